/**
 * Never leaks (docs/spec.md §3.4): a Dockerfile holding a fake secret of every detector kind goes through
 * every output path — each CLI format from the formatter registry, --output-file, --fix-dry-run,
 * --fix, --stdin, the bin's real stdout, --print-config and config errors, and the ESLint
 * formatters — and nothing printed shows more than the first 4 characters of any of them. (The
 * language server's diagnostics, hovers and code actions are checked in language-server.test.ts.)
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { lint } from "@layerlint/core";
import { formatterNames } from "../../packages/cli/src/formatters/index.js";
import { ALL_FAKE_SECRETS, cli, leaked, leakyDockerfile, tree } from "./helpers.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const BIN = join(ROOT, "packages/cli/bin/layerlint.js");
const ESLINT_PLUGIN = join(ROOT, "packages/eslint-plugin/dist/index.js");
const TOKEN = ALL_FAKE_SECRETS[0]!.secret;

/** A project whose Dockerfile leaks everything, with a context that has secret files in it. */
function leakyProject(): string {
  return tree({
    Dockerfile: leakyDockerfile(),
    ".dockerignore": "node_modules\n",
    ".env": "FAKE=1\n",
    "deploy/id_rsa": "not a key\n",
  });
}

describe("the leaky Dockerfile", () => {
  it("has every planted secret found by core, so every check below is a real one", () => {
    const text = leakyDockerfile();
    const result = lint(text, { fileName: "Dockerfile" });
    expect(result.ruleErrors).toEqual([]);
    const missed = ALL_FAKE_SECRETS.filter(({ secret }) => {
      const at = text.indexOf(secret);
      expect(at, secret).toBeGreaterThanOrEqual(0);
      return !result.findings.some((f) => f.ruleId === "no-hardcoded-secret" && f.span.start <= at && at < f.span.end);
    });
    expect(missed.map((m) => m.kind)).toEqual([]);
  });

  it("is caught by the leak check when a secret is printed (the check can fail)", () => {
    expect(leaked(`prefix ${TOKEN.slice(0, 4)}… is fine`)).toEqual([]);
    const github = expect.stringMatching(/^GitHub token: /);
    expect(leaked(`a ${TOKEN.slice(0, 5)}`)).toEqual([github]);
    // (The brief's fakes repeat FAKE: the GitHub one's tail holds the Stripe one's whole body too.)
    expect(leaked(`tail ${TOKEN.slice(4)}`)).toContainEqual(github);
    expect(leaked(TOKEN.toUpperCase())).toContainEqual(github);
  });
});

describe("CLI output", () => {
  it("knows the formats of the spec", () => {
    expect([...formatterNames].sort()).toEqual(["checkstyle", "github", "gitlab", "json", "sarif", "stylish"]);
  });

  it.each([...formatterNames])("--format %s shows no secret, on stdout or stderr", async (format) => {
    const cwd = leakyProject();
    const { code, stdout, stderr } = await cli(["--format", format, "--no-config-lookup", "--report-unused-disable-directives"], cwd);
    expect(code).toBe(1);
    expect(stdout).toContain("no-hardcoded-secret");
    expect(leaked(stdout)).toEqual([]);
    expect(leaked(stderr)).toEqual([]);
  });

  it.each([...formatterNames])("--format %s --output-file writes no secret", async (format) => {
    const cwd = leakyProject();
    const { code, stdout } = await cli(["--format", format, "-o", "report.out", "--color"], cwd);
    expect({ code, stdout }).toEqual({ code: 1, stdout: "" });
    const written = readFileSync(join(cwd, "report.out"), "utf8");
    expect(written).toContain("no-hardcoded-secret");
    expect(leaked(written)).toEqual([]);
  });

  it("--stdin, --quiet and colour show no secret", async () => {
    const cwd = leakyProject();
    for (const argv of [["--stdin"], ["--stdin", "--stdin-filename", "Dockerfile", "--color"], ["--stdin", "--quiet", "-f", "json"]]) {
      const { code, stdout, stderr } = await cli(argv, cwd, leakyDockerfile());
      expect(code, argv.join(" ")).toBe(1);
      expect(leaked(stdout + stderr), argv.join(" ")).toEqual([]);
    }
  });

  it("--fix-dry-run and --fix show and write no secret", async () => {
    const cwd = leakyProject();
    const dry = await cli(["--fix-dry-run"], cwd);
    expect(dry.stdout).toContain(".dockerignore");
    expect(leaked(dry.stdout + dry.stderr)).toEqual([]);
    const fixed = await cli(["--fix", "-f", "json"], cwd);
    expect(leaked(fixed.stdout + fixed.stderr)).toEqual([]);
    const ignore = readFileSync(join(cwd, ".dockerignore"), "utf8");
    expect(ignore).toContain(".env");
    expect(leaked(ignore)).toEqual([]);
  });

  it("the bin's real stdout and stderr show no secret", () => {
    const cwd = leakyProject();
    for (const format of formatterNames) {
      const run = spawnSync(process.execPath, [BIN, "--format", format, "--color"], { cwd, encoding: "utf8" });
      expect(run.status, `${format}: ${run.stderr}`).toBe(1);
      expect(leaked(run.stdout + run.stderr), format).toEqual([]);
    }
  });
});

describe("config errors quote no secret from the config file", () => {
  // A token pasted into the wrong place of a config file is repository content printed to CI logs.
  // Each case: the config file, and the name the error names (the config file, or for a target
  // checked against each Dockerfile's stages, the Dockerfile).
  const cases: Record<string, Record<string, string>> = {
    "a token as a severity (JSON)": { ".layerlintrc.json": JSON.stringify({ rules: { "no-secret-in-arg": TOKEN } }) },
    "a token as a setting name": { ".layerlintrc.json": JSON.stringify({ [TOKEN]: true }) },
    "a token as a rule name": { ".layerlintrc.json": JSON.stringify({ rules: { [TOKEN]: "error" } }) },
    "a token as a rule option": { ".layerlintrc.json": JSON.stringify({ rules: { "no-secret-in-arg": ["error", { [TOKEN]: 1 }] } }) },
    "a token as a secretNames list": { ".layerlintrc.json": JSON.stringify({ secretNames: { [TOKEN]: [] } }) },
    "a token as the target": { ".layerlintrc.json": JSON.stringify({ target: TOKEN }) },
    "a bare token breaking the JSON": { ".layerlintrc.json": `{ "target": ${TOKEN} }` },
    "a token as a severity (YAML)": { ".layerlintrc.yaml": `rules:\n  no-secret-in-arg: ${TOKEN}\n` },
    "a token as a YAML tag": { ".layerlintrc.yaml": `target: !${TOKEN} x\n` },
    "a token as an unresolved YAML alias": { ".layerlintrc.yml": `target: *${TOKEN}\n` },
  };

  it.each(Object.entries(cases))("%s: exit 2, the file named, the token redacted", async (_name, files) => {
    const cwd = tree({ ...files, Dockerfile: "FROM alpine\n" });
    const [configName] = Object.keys(files);
    const isTarget = configName === ".layerlintrc.json" && files[configName]!.startsWith('{"target"');
    for (const argv of isTarget ? [[], ["-f", "json"]] : [[], ["--print-config", "Dockerfile"], ["-f", "json"]]) {
      const { code, stdout, stderr } = await cli(argv, cwd);
      expect(code, argv.join(" ")).toBe(2);
      expect(stderr).toContain(isTarget ? 'Dockerfile: Target stage "ghp_…" does not exist' : configName);
      expect(stderr).not.toContain("Internal error");
      expect(leaked(stdout + stderr), `${argv.join(" ")}: ${stderr}`).toEqual([]);
    }
  });
});

describe("ESLint output", () => {
  it("the real ESLint class and its stylish and json formatters show no secret", async () => {
    expect(existsSync(ESLINT_PLUGIN), `${ESLINT_PLUGIN} is missing: build first (npm run build)`).toBe(true);
    const { ESLint } = await import("eslint");
    const plugin = ((await import(ESLINT_PLUGIN)) as { default: { configs: { recommended: object } } }).default;
    const cwd = leakyProject();
    const eslint = new ESLint({ cwd, overrideConfigFile: true, overrideConfig: [plugin.configs.recommended] as never });
    const results = await eslint.lintFiles(["Dockerfile"]);
    const messages = results.flatMap((r) => r.messages);
    expect(messages.map((m) => m.ruleId)).toContain("layerlint/no-hardcoded-secret");
    expect(messages.filter((m) => m.fatal)).toEqual([]);
    const stylish = await (await eslint.loadFormatter("stylish")).format(results);
    expect(stylish).toContain("no-hardcoded-secret");
    expect(leaked(stylish)).toEqual([]);
    // ESLint's json formatter copies each file with problems whole into `source` (ESLint's own
    // behaviour for every language; docs/security.md says so). Everything layerlint adds is clean.
    const json = JSON.parse(await (await eslint.loadFormatter("json")).format(results)) as { source?: string }[];
    expect(json[0]!.source).toBe(leakyDockerfile());
    for (const result of json) delete result.source;
    expect(JSON.stringify(json)).toContain("no-hardcoded-secret");
    expect(leaked(JSON.stringify(json))).toEqual([]);
    // Suggestions are offered in editors and printed by formatters that show them.
    expect(leaked(JSON.stringify(messages.map((m) => [m.message, m.suggestions?.map((s) => s.desc)])))).toEqual([]);
  });
});
