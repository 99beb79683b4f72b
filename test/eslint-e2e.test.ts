/**
 * End to end: the real `eslint` command, with ESLint 10 and the newest ESLint 9, in a temporary
 * project whose `eslint.config.js` is what the docs tell a user to write — importing the built
 * plugin — over a few Dockerfiles.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..");
const PLUGIN = join(ROOT, "packages/eslint-plugin");
const ESLINTS = [
  ["ESLint 10", join(PLUGIN, "node_modules/eslint/bin/eslint.js")],
  ["ESLint 9", join(PLUGIN, "node_modules/eslint9/bin/eslint.js")],
] as const;

const FILES: Record<string, string> = {
  "package.json": '{ "private": true, "type": "module" }\n',
  "leaky/Dockerfile": "FROM node:20\nARG NPM_TOKEN\nRUN npm ci --token $NPM_TOKEN\n",
  // `Dockerfile.*` matches it, but an ignore file is not a Dockerfile: the config excludes it.
  "leaky/Dockerfile.dockerignore": "node_modules\n",
  "services/api.Dockerfile":
    "FROM golang:1.23 AS build\nARG GITHUB_TOKEN\nRUN go build ./...\nFROM gcr.io/distroless/static\nCOPY --from=build /out/app /app\n",
  "clean/Dockerfile":
    "# syntax=docker/dockerfile:1\nFROM node:20\nRUN --mount=type=secret,id=npm_token,env=NPM_TOKEN npm ci\nCMD [\"node\", \"index.js\"]\n",
  "disabled/Dockerfile":
    "FROM node:20\n# eslint-disable-next-line layerlint/no-secret-in-arg -- injected by CI, rotated daily\nARG NPM_TOKEN\n",
};

let project: string;

beforeAll(() => {
  // The config imports the built plugin, as a user's would: build it (incremental, quick when fresh).
  const build = spawnSync(process.execPath, [join(ROOT, "node_modules/typescript/bin/tsc"), "-b", PLUGIN], { encoding: "utf8" });
  expect(build.status, build.stdout + build.stderr).toBe(0);
  project = mkdtempSync(join(tmpdir(), "layerlint-eslint-e2e-"));
  const plugin = pathToFileURL(join(PLUGIN, "dist/index.js")).href;
  const files = {
    ...FILES,
    "eslint.config.js": `import layerlint from ${JSON.stringify(plugin)};\n\nexport default [layerlint.configs.recommended];\n`,
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(project, path)), { recursive: true });
    writeFileSync(join(project, path), text);
  }
});

afterAll(() => {
  rmSync(project, { recursive: true, force: true });
});

function eslint(bin: string, args: string[]) {
  const run = spawnSync(process.execPath, [bin, ...args], { cwd: project, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

interface JsonResult {
  filePath: string;
  messages: { ruleId: string | null; severity: number; line: number; column: number; endLine?: number; endColumn?: number; message: string }[];
  errorCount: number;
}

describe.each(ESLINTS)("%s", (_name, bin) => {
  it("runs", () => {
    const version = eslint(bin, ["--version"]);
    expect(version.stdout).toMatch(_name === "ESLint 9" ? /^v9\.39\./ : /^v10\./);
  });

  it("reports the leaky Dockerfiles, honours the disable comment and exits 1", () => {
    const run = eslint(bin, ["--format", "json", "."]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(1);
    const results = (JSON.parse(run.stdout) as JsonResult[])
      .map((r) => ({
        file: relative(project, r.filePath).split("\\").join("/"),
        messages: r.messages.map((m) => [m.ruleId, m.severity, m.line, m.column, m.endLine, m.endColumn]),
      }))
      .sort((a, b) => a.file.localeCompare(b.file));
    expect(results).toEqual([
      { file: "clean/Dockerfile", messages: [] },
      { file: "disabled/Dockerfile", messages: [] },
      { file: "eslint.config.js", messages: [] },
      {
        file: "leaky/Dockerfile",
        messages: [
          ["layerlint/no-secret-in-arg", 2, 2, 5, 2, 14],
          ["layerlint/require-secret-mount", 2, 3, 1, 3, 30],
        ],
      },
      // A builder-only ARG: core's default would be a warning; in ESLint the configured severity rules.
      { file: "services/api.Dockerfile", messages: [["layerlint/no-secret-in-arg", 2, 2, 5, 2, 17]] },
    ]);
  });

  it("prints core's message, which names the stage", () => {
    const run = eslint(bin, ["services"]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("services/api.Dockerfile");
    expect(run.stdout).toMatch(/2:5\s+error\s+ARG GITHUB_TOKEN carries a secret in stage "build" \(build cache and provenance only\)/);
    expect(run.stdout).toContain("layerlint/no-secret-in-arg");
  });

  it("exits 0 with no output on clean Dockerfiles", () => {
    expect(eslint(bin, ["clean", "disabled"])).toEqual({ status: 0, stdout: "", stderr: "" });
  });
});
