/**
 * The GitHub Action (action.yml), run here as a runner would run it: its script steps, in order,
 * with bash as Actions starts it, in a user's workspace, with `GITHUB_ACTION_PATH` pointing at a
 * copy of what a checkout of this repository gives the action (the root manifest and the CLI
 * bundle) and `GITHUB_OUTPUT` collected. The `uses:` steps (setup-node, upload-sarif) need GitHub;
 * here Node is already set up and the report they would upload is checked instead.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";

const REPO = realpathSync(join(import.meta.dirname, "../.."));
const LEAKY = "FROM alpine\nARG NPM_TOKEN\nRUN npm ci --token $NPM_TOKEN\n";
/** A leak in a builder stage that is not shipped: a warning, not an error. */
const BUILDER_ONLY = "FROM alpine AS builder\nARG NPM_TOKEN\nRUN npm ci --token $NPM_TOKEN\nFROM alpine\nRUN echo hi\n";
const CLEAN = "FROM alpine\nRUN echo hello\n";
const SLOW = { timeout: 120_000 };

interface Step {
  name: string;
  id?: string;
  if?: string;
  uses?: string;
  with?: Record<string, string>;
  shell?: string;
  env?: Record<string, string>;
  run?: string;
}

interface Action {
  runs: { using: string; steps: Step[] };
  inputs: Record<string, { default: string }>;
  outputs: Record<string, { value: string }>;
}

/** This machine's environment (its CA certificates, PATH…) without what npm adds for the test run. */
const RUNNER_ENV = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith("npm_") && !name.startsWith("VITEST")));
const action = parseYaml(readFileSync(join(REPO, "action.yml"), "utf8")) as Action;
const made: string[] = [];

afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

let actionPath: string | undefined;
/** What `uses: layerlint/layerlint@vX` checks out, as far as the action reads it. */
function checkout(): string {
  if (actionPath !== undefined) return actionPath;
  actionPath = mkdtempSync(join(tmpdir(), "layerlint-action-"));
  made.push(actionPath);
  for (const path of ["action.yml", "package.json", "packages/cli/package.json", "packages/cli/dist-bundle"]) {
    mkdirSync(dirname(join(actionPath, path)), { recursive: true });
    cpSync(join(REPO, path), join(actionPath, path), { recursive: true });
  }
  return actionPath;
}

/** The few expression forms action.yml uses; anything else fails the test, so it is kept in sync. */
function evaluate(value: string, inputs: Record<string, string>, outputs: Record<string, string>): string {
  const expression = /^\$\{\{\s*(.+?)\s*\}\}$/.exec(value)?.[1];
  if (expression === undefined) {
    if (value.includes("${{")) throw new Error(`Expression inside text: ${value}`);
    return value;
  }
  const operand = (text: string): string => {
    const literal = /^'(.*)'$/.exec(text);
    if (literal) return literal[1]!;
    const input = /^inputs\.([\w-]+)$/.exec(text);
    if (input) return inputs[input[1]!] ?? action.inputs[input[1]!]!.default;
    const output = /^steps\.lint\.outputs\.([\w-]+)$/.exec(text);
    if (output) return outputs[output[1]!] ?? "";
    throw new Error(`Unknown expression ${text}`);
  };
  const conjuncts = expression.split(/\s*&&\s*/).map((part) => {
    const comparison = /^(.+?)\s*(==|!=)\s*(.+)$/.exec(part);
    if (comparison === null) return operand(part);
    return String((operand(comparison[1]!) === operand(comparison[3]!)) === (comparison[2] === "=="));
  });
  return conjuncts.length === 1 ? conjuncts[0]! : String(conjuncts.every((value) => value === "true"));
}

interface StepRun {
  name: string;
  status: number | null;
  stdout: string;
}

/** Runs the action's script steps in a new workspace holding `files`; stops at the first failing one, as Actions does. */
function runAction(files: Record<string, string>, inputs: Record<string, string> = {}) {
  const workspace = realpathSync(mkdtempSync(join(tmpdir(), "layerlint-workspace-")));
  made.push(workspace);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(workspace, path)), { recursive: true });
    writeFileSync(join(workspace, path), text);
  }
  const outputFile = join(workspace, "..", `${workspace.split("/").pop()}.github-output`);
  made.push(outputFile);
  writeFileSync(outputFile, "");
  const outputs: Record<string, string> = {};
  const steps: StepRun[] = [];
  const skipped: string[] = [];
  for (const step of action.runs.steps) {
    if (step.if !== undefined && evaluate(step.if, inputs, outputs) !== "true") continue;
    if (step.uses !== undefined) {
      skipped.push(step.uses);
      continue;
    }
    const env = Object.fromEntries(Object.entries(step.env ?? {}).map(([name, value]) => [name, evaluate(value, inputs, outputs)]));
    const script = join(workspace, "..", `${workspace.split("/").pop()}.step.sh`);
    made.push(script);
    writeFileSync(script, step.run!);
    // `shell: bash` is `bash --noprofile --norc -eo pipefail {0}` on GitHub's runners.
    const run = spawnSync("bash", ["--noprofile", "--norc", "-eo", "pipefail", script], {
      cwd: workspace,
      encoding: "utf8",
      timeout: 90_000,
      env: { ...RUNNER_ENV, GITHUB_ACTION_PATH: checkout(), GITHUB_OUTPUT: outputFile, GITHUB_WORKSPACE: workspace, ...env },
    });
    for (const line of readFileSync(outputFile, "utf8").split("\n").filter(Boolean)) {
      const [name, ...value] = line.split("=");
      outputs[name!] = value.join("=");
    }
    steps.push({ name: step.name, status: run.status, stdout: run.stdout + run.stderr });
    if (run.status !== 0) break;
  }
  const sarifPath = outputs["sarif-file"] === undefined || outputs["sarif-file"] === "" ? undefined : join(workspace, outputs["sarif-file"]);
  const sarif = sarifPath === undefined ? undefined : (JSON.parse(readFileSync(sarifPath, "utf8")) as { version: string; runs: { results: { ruleId: string; level: string }[] }[] });
  return { outputs, steps, skipped, sarif, results: sarif?.runs[0]!.results.map((r) => `${r.ruleId}:${r.level}`) };
}

describe("action.yml", () => {
  it("is a composite action: Node, the bundled CLI, upload-sarif, then the verdict", () => {
    expect(action.runs.using).toBe("composite");
    expect(action.runs.steps.map((s) => s.uses ?? s.name)).toEqual([
      "actions/setup-node@v4",
      "Install layerlint's run-time dependency",
      "Lint Dockerfiles",
      "github/codeql-action/upload-sarif@v3",
      "Fail on findings",
    ]);
    expect(Object.keys(action.inputs)).toEqual(["paths", "config", "fail-on", "sarif-file", "upload", "category", "node-version"]);
    expect(action.runs.steps[3]!.with).toEqual({ sarif_file: "${{ steps.lint.outputs.sarif-file }}", category: "${{ inputs.category }}" });
    expect(action.runs.steps[2]!.run).toContain('"$GITHUB_ACTION_PATH/packages/cli/dist-bundle/layerlint.cjs"');
  });

  it("passes inputs to its scripts through the environment, never pasted into them", () => {
    for (const step of action.runs.steps.filter((s) => s.run !== undefined)) expect(step.run, step.name).not.toContain("${{");
  });
});

describe("the action's script steps, run locally", () => {
  it("writes the SARIF report and fails on an error finding (fail-on: error)", SLOW, () => {
    const result = runAction({ "Dockerfile": LEAKY });
    expect(result.skipped).toEqual(["actions/setup-node@v4", "github/codeql-action/upload-sarif@v3"]);
    expect(result.steps.map((s) => `${s.name}:${s.status}`)).toEqual(["Install layerlint's run-time dependency:0", "Lint Dockerfiles:0", "Fail on findings:1"]);
    expect(result.outputs).toEqual({ "sarif-file": "layerlint.sarif", "exit-code": "1" });
    expect(result.sarif!.version).toBe("2.1.0");
    expect(result.results).toEqual(["no-secret-in-arg:error", "require-secret-mount:error"]);
    expect(result.steps[1]!.stdout).toContain("no-secret-in-arg");
    expect(result.steps[2]!.stdout).toBe("::error title=layerlint::layerlint found problems (fail-on: error): see the log above or the code scanning alerts.\n");
  });

  it("passes a clean repository", SLOW, () => {
    const result = runAction({ "Dockerfile": CLEAN, ".dockerignore": ".env\n" });
    expect(result.steps.map((s) => `${s.name}:${s.status}`)).toEqual(["Install layerlint's run-time dependency:0", "Lint Dockerfiles:0", "Fail on findings:0"]);
    expect(result.results).toEqual([]);
  });

  it("fails on warnings only with fail-on: warning", SLOW, () => {
    const files = { "Dockerfile": BUILDER_ONLY };
    expect(runAction(files).outputs["exit-code"]).toBe("0");
    const strict = runAction(files, { "fail-on": "warning" });
    expect(strict.outputs["exit-code"]).toBe("1");
    expect(strict.results).toEqual(["no-secret-in-arg:warning", "require-secret-mount:warning"]);
    expect(strict.steps.at(-1)!.status).toBe(1);
  });

  it("reports without failing with fail-on: none", SLOW, () => {
    const result = runAction({ "Dockerfile": LEAKY }, { "fail-on": "none" });
    expect(result.outputs["exit-code"]).toBe("1");
    expect(result.steps.at(-1)).toMatchObject({ status: 0, stdout: "layerlint found problems; fail-on is none, so the step passes.\n" });
  });

  it("lints the given paths, split on spaces and new lines, never globbed", SLOW, () => {
    const result = runAction(
      // `d*` is a directory of that name: globbed, it would also match dx/.
      { "a/Dockerfile": LEAKY, "b/Containerfile": LEAKY, "c/Dockerfile": LEAKY, "d*/Dockerfile": LEAKY, "dx/Dockerfile": LEAKY },
      { paths: "a/Dockerfile\nb/Containerfile  d*", "sarif-file": "out.sarif" },
    );
    expect(result.outputs["sarif-file"]).toBe("out.sarif");
    const uris = (result.sarif as unknown as { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] }).runs[0]!.results.map(
      (r) => r.locations[0]!.physicalLocation.artifactLocation.uri,
    );
    expect([...new Set(uris)]).toEqual(["a/Dockerfile", "b/Containerfile", "d*/Dockerfile"]);
  });

  it("uses the config input, YAML included (the bundle's yaml dependency is installed)", SLOW, () => {
    const result = runAction({ "Dockerfile": LEAKY, "ci/layerlint.yaml": "rules:\n  require-secret-mount: 'off'\n" }, { config: "ci/layerlint.yaml" });
    expect(result.results).toEqual(["no-secret-in-arg:error"]);
  });

  it("fails whatever fail-on says when the config cannot be read, and rejects an unknown fail-on", SLOW, () => {
    const broken = runAction({ "Dockerfile": LEAKY }, { config: "missing.json", "fail-on": "none" });
    // No report to upload: the config error stops the run before anything is linted.
    expect(broken.outputs).toEqual({ "sarif-file": "", "exit-code": "2" });
    expect(broken.steps.at(-1)).toMatchObject({ name: "Fail on findings", status: 2 });
    const wrong = runAction({ "Dockerfile": LEAKY }, { "fail-on": "sometimes" });
    expect(wrong.steps.at(-1)).toEqual({
      name: "Lint Dockerfiles",
      status: 2,
      stdout: '::error title=layerlint::fail-on must be error, warning or none, not "sometimes".\n',
    });
  });
});
