import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixture, run, runJson } from "./helpers.js";

const DOCKERFILE = "FROM alpine AS build\nARG GH\nRUN ./fetch --token \"$GH\"\nFROM alpine\nCOPY --from=build /out /out\n";
const COMPOSE = [
  "services:",
  "  api:",
  "    build:",
  "      context: ./app",
  "      args:",
  "        GH: ${GH_TOKEN}",
  "  worker:",
  "    build:",
  "      context: ./app",
  "      target: build",
  "      args:",
  "        GH: ${GH_TOKEN}",
  "    environment:",
  "      API_SECRET: FaKe9qZx2Lw7Rt4Kp8Mn3Vb",
  "",
].join("\n");

describe("build configurations in the CLI", () => {
  it("lints compose files beside Dockerfiles, and each Dockerfile as its builds build it, once per distinct finding", async () => {
    const cwd = fixture({ "compose.yaml": COMPOSE, "app/Dockerfile": DOCKERFILE, "app/.dockerignore": ".git\n" });
    const { code, report, stderr } = await runJson(["."], { cwd });
    expect(stderr).toBe("");
    expect(code).toBe(1);
    expect(report.map((r) => r.filePath)).toEqual([join(cwd, "compose.yaml"), join(cwd, "app/Dockerfile")]);
    const [compose, dockerfile] = report;
    expect(compose!.messages.map((m) => `${m.ruleId}@${m.line}:${m.severity}`)).toEqual([
      "no-secret-build-arg@6:2",
      "no-secret-build-arg@12:2",
      "no-secret-in-compose-env@14:2",
    ]);
    // Built twice (the last stage; the builder as target): the builder-stage findings are errors
    // in the worker's build, where that stage ships, and reported once.
    expect(dockerfile!.messages.map((m) => `${m.ruleId}@${m.line}:${m.severity}`)).toEqual([
      "no-secret-in-arg@2:1",
      "no-secret-in-arg@2:2",
      "require-secret-mount@3:1",
      "require-secret-mount@3:2",
    ]);
  });

  it("takes a compose file named on the command line, and a directory with only a compose file is not 'no Dockerfiles'", async () => {
    const cwd = fixture({ "deploy/compose.yaml": "services:\n  db:\n    image: postgres\n    environment:\n      POSTGRES_PASSWORD: FaKe9qZx2Lw7Rt4Kp8Mn3Vb\n" });
    const named = await runJson(["deploy/compose.yaml"], { cwd });
    expect(named.code).toBe(1);
    expect(named.report[0]!.messages.map((m) => m.ruleId)).toEqual(["no-secret-in-compose-env"]);
    const directory = await run(["deploy"], { cwd });
    expect(directory.stderr).toBe("");
    expect(directory.code).toBe(1);
  });

  it("reports a compose file that is not valid YAML, and lints the rest", async () => {
    const cwd = fixture({ "compose.yaml": "services: [unclosed\n", "Dockerfile": "FROM alpine\nARG NPM_TOKEN\n" });
    const { code, report, stderr } = await runJson(["."], { cwd });
    expect(code).toBe(2);
    expect(stderr).toBe("layerlint: compose.yaml: YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ] (line 2)\n");
    expect(report.map((r) => r.messages.map((m) => m.ruleId))).toEqual([[null], ["no-secret-in-arg"]]);
  });
});
