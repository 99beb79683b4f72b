import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { lint, type FullLintResult } from "@layerlint/core";
import { lintBuildConfigFile, NotABuildConfigError, type DockerfileLintSpec } from "../src/build-config.js";
import { isCommitted } from "../src/git-ignore.js";
import { buildConfigKind, expandBuildConfigPaths, isBuildConfigFile, readBuildContext } from "../src/index.js";
import { createTempDir, type TempDir } from "./temp-dir.js";

const FAKE_GITHUB = "ghp_" + "FAKE".repeat(9);

describe("buildConfigKind", () => {
  it.each([
    ["compose.yaml", "compose"],
    ["compose.yml", "compose"],
    ["docker-compose.yaml", "compose"],
    ["docker-compose.yml", "compose"],
    ["compose.override.yaml", "compose"],
    ["docker-compose.prod.yml", "compose"],
    ["app/docker-compose.dev.yaml", "compose"],
    ["docker-bake.json", "bake"],
    ["docker-bake.override.json", "bake"],
    [".github/workflows/ci.yml", "workflow"],
    ["repo/.github/workflows/release.yaml", "workflow"],
    ["docker-bake.hcl", null],
    [".github/workflows/nested/ci.yml", null],
    [".github/ci.yml", null],
    ["workflows/ci.yml", null],
    ["compose.json", null],
    ["my-compose.yml", null],
    ["docker-compose.yml.dist", null],
    ["Dockerfile", null],
  ])("%s → %s", (path, kind) => {
    expect(buildConfigKind(path)).toBe(kind);
    expect(isBuildConfigFile(path)).toBe(kind !== null);
  });
});

describe("expandBuildConfigPaths", () => {
  let temp: TempDir;
  beforeEach(() => {
    temp = createTempDir();
    temp.write({
      "compose.yaml": "",
      "app/docker-compose.override.yml": "",
      "app/Dockerfile": "",
      ".github/workflows/ci.yml": "",
      ".github/workflows/notes.md": "",
      "bake/docker-bake.json": "",
      "bake/docker-bake.hcl": "",
      "node_modules/pkg/compose.yaml": "",
      ".git/compose.yaml": "",
      "vendor/compose.yaml": "",
    });
  });
  afterEach(() => temp.remove());

  it("finds compose files, workflows and bake JSON under a directory, with Dockerfile discovery's skips", () => {
    expect(expandBuildConfigPaths(["."], { cwd: temp.root, ignorePatterns: ["vendor"] })).toEqual(
      [".github/workflows/ci.yml", "app/docker-compose.override.yml", "bake/docker-bake.json", "compose.yaml"].map((p) => temp.path(p)),
    );
  });

  it("keeps a file argument only when it is a build configuration, and skips missing paths", () => {
    expect(expandBuildConfigPaths(["compose.yaml", "app/Dockerfile", "missing.yml"], { cwd: temp.root })).toEqual([temp.path("compose.yaml")]);
  });
});

describe("isCommitted", () => {
  let temp: TempDir;
  beforeEach(() => {
    temp = createTempDir();
  });
  afterEach(() => temp.remove());

  it("follows the .gitignore files from the repository root down, and .git/info/exclude", () => {
    temp.write({
      ".git/info/exclude": "local.env\n",
      ".gitignore": ".env\n*.secret\n",
      "app/.gitignore": "!.env\n",
      ".env": "",
      "app/.env": "",
      "app/prod.env": "",
      "app/x.secret": "",
      "local.env": "",
    });
    expect(isCommitted(temp.path(".env"))).toBe(false);
    expect(isCommitted(temp.path("app/.env"))).toBe(true);
    expect(isCommitted(temp.path("app/prod.env"))).toBe(true);
    expect(isCommitted(temp.path("app/x.secret"))).toBe(false);
    expect(isCommitted(temp.path("local.env"))).toBe(false);
  });

  it("counts a present file outside any repository as committed", () => {
    temp.write({ "tree/.env": "" });
    mkdirSync(temp.path("tree", "sub"));
    expect(isCommitted(temp.path("tree/.env"))).toBe(true);
  });
});

describe("lintBuildConfigFile", () => {
  let temp: TempDir;
  beforeEach(() => {
    temp = createTempDir();
  });
  afterEach(() => temp.remove());

  /** The host's part: read, walk the context and lint, recording what was asked. */
  function host(asked: DockerfileLintSpec[]) {
    return (spec: DockerfileLintSpec): FullLintResult | undefined => {
      asked.push(spec);
      const text = spec.dockerfileText ?? (spec.dockerfilePath && existsSync(spec.dockerfilePath) ? readFileSync(spec.dockerfilePath, "utf8") : null);
      if (text === null) return undefined;
      const context = readBuildContext({ contextDir: spec.contextDir, dockerfilePath: spec.dockerfilePath ?? undefined, isSecretFile: () => false });
      return lint(text, { context, target: spec.target, buildArgs: spec.buildArgs, fileName: "Dockerfile" });
    };
  }

  it("asks the host to lint each Dockerfile as its builds build it, once per distinct way, and feeds the cache rule", () => {
    const compose = [
      "services:",
      "  api:",
      "    build:",
      "      context: ./api",
      "      dockerfile: docker/Dockerfile",
      "      args:",
      "        GH: ${GH_TOKEN}",
      "      cache_to:",
      "        - type=registry,ref=r,mode=max",
      "  api-again:",
      "    build:",
      "      context: ./api",
      "      dockerfile: docker/Dockerfile",
      "      args:",
      "        GH: ${GH_TOKEN}",
      "  api-builder:",
      "    build:",
      "      context: ./api",
      "      dockerfile: docker/Dockerfile",
      "      target: builder",
      "  missing:",
      "    build: ./nowhere",
      "  inline:",
      "    build:",
      "      dockerfile_inline: FROM alpine",
      "",
    ].join("\n");
    temp.write({
      "compose.yaml": compose,
      "api/docker/Dockerfile": "FROM alpine AS builder\nARG GH\nRUN git clone https://$GH@github.com/acme/lib.git\nFROM alpine\nCOPY --from=builder /lib /lib\n",
    });
    const asked: DockerfileLintSpec[] = [];
    const result = lintBuildConfigFile({ path: temp.path("compose.yaml"), text: compose, lintDockerfile: host(asked) });
    expect(result.kind).toBe("compose");
    expect(asked.map((s) => [s.build.name, s.dockerfilePath, s.dockerfileText, s.contextDir, s.target, s.buildArgs])).toEqual([
      ["api", temp.path("api/docker/Dockerfile"), null, temp.path("api"), undefined, [{ name: "GH", secret: true }]],
      ["api-builder", temp.path("api/docker/Dockerfile"), null, temp.path("api"), "builder", []],
      ["missing", temp.path("nowhere/Dockerfile"), null, temp.path("nowhere"), undefined, []],
      ["inline", null, "FROM alpine", temp.root, undefined, []],
    ]);
    expect(result.dockerfileLints.map(({ spec, result: lintResult }) => [spec.build.name, lintResult.findings.map((f) => `${f.span.line} ${f.ruleId} ${f.messageId} ${f.severity}`)])).toEqual([
      ["api", ["2 no-secret-in-arg secretFromBuild warning", "3 require-secret-mount useMount warning"]],
      ["api-builder", []],
      ["inline", []],
    ]);
    expect(result.findings.map((f) => `${f.span.line}:${f.span.column} ${f.ruleId}`)).toEqual([
      "7:9 no-secret-build-arg",
      "9:11 no-secret-cache-export",
      "15:9 no-secret-build-arg",
    ]);
    expect(result.builds.map((b) => b.name)).toEqual(["api", "api-again", "api-builder", "missing", "inline"]);
  });

  it("resolves a workflow's paths against the repository root, and reads env files relative to the compose file", () => {
    const workflow = "on: push\njobs:\n  b:\n    runs-on: x\n    steps:\n      - uses: docker/build-push-action@v6\n        with:\n          context: web\n";
    temp.write({
      ".github/workflows/ci.yml": workflow,
      "deploy/compose.yaml": "services:\n  app:\n    env_file: ../config/app.env\n",
      "config/app.env": `GITHUB_TOKEN=${FAKE_GITHUB}\n`,
    });
    const asked: DockerfileLintSpec[] = [];
    lintBuildConfigFile({ path: temp.path(".github/workflows/ci.yml"), text: workflow, lintDockerfile: host(asked) });
    expect(asked.map((s) => [s.dockerfilePath, s.contextDir])).toEqual([[temp.path("web/Dockerfile"), temp.path("web")]]);

    const compose = lintBuildConfigFile({ path: temp.path("deploy/compose.yaml"), text: "services:\n  app:\n    env_file: ../config/app.env\n", lintDockerfile: host([]) });
    expect(compose.findings.map((f) => `${f.span.line}:${f.span.column} ${f.messageId}`)).toEqual(["3:15 committedEnvFile"]);
    expect(compose.findings[0]!.message).not.toContain(FAKE_GITHUB);

    temp.write({ ".git/HEAD": "", ".gitignore": "config/\n" });
    expect(lintBuildConfigFile({ path: temp.path("deploy/compose.yaml"), text: "services:\n  app:\n    env_file: ../config/app.env\n", lintDockerfile: host([]) }).findings).toEqual([]);
  });

  it("applies the configuration it is given, and throws for a file that is no build configuration", () => {
    const text = "services:\n  app:\n    build:\n      args:\n        NPM_TOKEN:\n";
    temp.write({ "compose.yaml": text });
    const off = lintBuildConfigFile({ path: temp.path("compose.yaml"), text, config: { rules: { "no-secret-build-arg": "off" } }, lintDockerfile: () => undefined });
    expect(off.findings).toEqual([]);
    expect(() => lintBuildConfigFile({ path: join(temp.root, "Dockerfile"), text: "FROM alpine", lintDockerfile: () => undefined })).toThrow(NotABuildConfigError);
  });
});
