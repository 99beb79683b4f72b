import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { fixture, LEAKY } from "./helpers.js";

const BIN = fileURLToPath(new URL("../bin/layerlint.js", import.meta.url));
const DIST = fileURLToPath(new URL("../dist/main.js", import.meta.url));
const BUNDLE = fileURLToPath(new URL("../dist-bundle/layerlint.cjs", import.meta.url));

function layerlint(args: string[], cwd: string, input?: string) {
  // Colour is decided by the pipe, not by the environment vitest runs in.
  const env = { ...process.env };
  delete env.NO_COLOR;
  delete env.FORCE_COLOR;
  return spawnSync(process.execPath, [BIN, ...args], { cwd, input, encoding: "utf8", env });
}

describe("the layerlint bin (end to end)", () => {
  beforeAll(() => {
    if (!existsSync(DIST)) {
      throw new Error(`${DIST} is missing: build first (npm run build, or node_modules/.bin/tsc -b packages/cli).`);
    }
  });

  it("lints files through real stdio and exits 1 on errors", () => {
    const cwd = fixture({ Dockerfile: LEAKY });
    const result = layerlint(["--format", "json"], cwd);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(1);
    const [file] = JSON.parse(result.stdout) as { filePath: string; messages: { ruleId: string; line: number; column: number }[] }[];
    expect(file!.messages.map((m) => `${m.ruleId}@${m.line}:${m.column}`)).toEqual(["no-secret-in-arg@2:5", "require-secret-mount@3:1"]);
  });

  it("reads standard input and prints uncoloured stylish output to a pipe", () => {
    const cwd = fixture();
    const result = layerlint(["--stdin"], cwd, LEAKY);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^\n<stdin>\n {2}2:5 {2}error {2}/);
    expect(result.stdout).not.toContain("\u001b[");
    expect(result.stdout.endsWith("\u2716 2 problems (2 errors, 0 warnings)\n")).toBe(true);
  });

  it("stops quietly when the reader of its output goes away, and keeps the lint's exit code", () => {
    // `layerlint | head -2` over a report of 1,200 findings (about 200 kB, more than a pipe holds):
    // head exits after two lines and the CLI's next write fails with EPIPE.
    const cwd = fixture({ Dockerfile: `FROM alpine\n${Array.from({ length: 600 }, (_, i) => `ARG TOKEN_${i}\nRUN echo $TOKEN_${i}\n`).join("")}` });
    for (const bin of [BIN, BUNDLE]) {
      const result = spawnSync("/bin/sh", ["-c", `{ "${process.execPath}" "${bin}" --no-color; echo "exit $?" >&2; } | head -2`], { cwd, encoding: "utf8" });
      expect(result.stderr).toBe("exit 1\n");
      expect(result.stdout).toBe("\nDockerfile\n");
    }
  });

  it("exits 2 with one line when standard output cannot be written (a full disk)", () => {
    const cwd = fixture({ Dockerfile: LEAKY });
    for (const bin of [BIN, BUNDLE]) {
      const result = spawnSync("/bin/sh", ["-c", `"${process.execPath}" "${bin}" --no-color > /dev/full`], { cwd, encoding: "utf8" });
      expect(result.stderr).toBe("layerlint: Cannot write to standard output: ENOSPC.\n");
      expect(result.status).toBe(2);
    }
  });

  it("exits 0 for a clean file and 2 for a usage error", () => {
    const cwd = fixture({ Dockerfile: "FROM alpine\n" });
    expect(layerlint([], cwd)).toMatchObject({ status: 0, stdout: "", stderr: "" });
    expect(layerlint(["--bogus"], cwd)).toMatchObject({
      status: 2,
      stdout: "",
      stderr: "layerlint: Unknown option '--bogus'.\nRun layerlint --help for usage.\n",
    });
  });
});
