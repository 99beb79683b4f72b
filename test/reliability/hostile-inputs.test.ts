/**
 * Hostile inputs: each reproduction of an independent attack on the linter (a Dockerfile or a
 * repository that hangs it, exhausts its memory, or makes it print a secret) is a test here. Time
 * bounds are the harness's (a vitest timeout, a child process's kill timer, a V8 heap cap), never
 * a timed assertion: on a slow machine these still pass, on a regression they fail.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import * as core from "@layerlint/core";
import { compileDockerignore, readBuildContext } from "@layerlint/node";
import { describe, expect, it, onTestFinished } from "vitest";
import type { Diagnostic } from "vscode-languageserver-protocol";
import fc from "fast-check";
import { DocumentLinter, type LintRequest } from "../../packages/lsp/src/lint-document.js";
import { DEFAULT_SETTINGS } from "../../packages/lsp/src/settings.js";
import { TestClient } from "../../packages/lsp/test/helpers/lsp-client.js";
import { arbitraries, lintProblems, seedDockerfiles } from "../../scripts/fuzz.mjs";
import { FAST_TMP, leaked, tree } from "./helpers.js";

const BIN = fileURLToPath(new URL("../../packages/cli/bin/layerlint.js", import.meta.url));
const ESLINT_PLUGIN = fileURLToPath(new URL("../../packages/eslint-plugin/dist/index.js", import.meta.url));
/** Obviously fake, with the GitHub token format's length and alphabet (36 after `ghp_`). */
const TOKEN = `ghp_${"FAKE".repeat(9)}`;
const COPY_ALL = "FROM alpine\nCOPY . /app\n";

/** The CLI as a real process, killed after `timeoutMs`; `heapMb` caps V8's heap (a memory bound). */
function spawnCli(args: readonly string[], cwd: string, { timeoutMs = 20_000, heapMb }: { timeoutMs?: number; heapMb?: number } = {}) {
  const node = heapMb === undefined ? [] : [`--max-old-space-size=${heapMb}`];
  const result = spawnSync(process.execPath, [...node, BIN, ...args], { cwd, encoding: "utf8", timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 });
  return { code: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
}

/** The 156-byte Dockerfile whose `COPY --from` glob stalled a backtracking RegExp for minutes. */
const REDOS_DOCKERFILE = `FROM alpine AS b\nCOPY <<EOF /${"a".repeat(60)}.pem\nEOF\nFROM alpine\nCOPY --from=b /${"*a".repeat(12)}*b /x/\n`;

describe("globs never backtrack", () => {
  /** What every front end reports on it: the builder stage's heredoc key, a warning (the glob matches no file it holds). */
  const REDOS_FINDING = ["no-secret-file-copy", 2];

  it("the 156-byte COPY --from glob: the CLI answers", () => {
    const cwd = tree({ Dockerfile: REDOS_DOCKERFILE, ".dockerignore": ".git\n" });
    const run = spawnCli(["-f", "json", "Dockerfile"], cwd, { timeoutMs: 15_000 });
    expect(run.signal).toBeNull();
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout)[0].messages as { ruleId: string; line: number }[]).map((m) => [m.ruleId, m.line])).toEqual([REDOS_FINDING]);
  }, 30_000);

  it("the 156-byte COPY --from glob: ESLint answers", { timeout: 30_000 }, async () => {
    const { ESLint } = await import("eslint");
    const plugin = ((await import(ESLINT_PLUGIN)) as { default: { configs: { recommended: object } } }).default;
    const cwd = tree({ Dockerfile: REDOS_DOCKERFILE, ".dockerignore": ".git\n" });
    const eslint = new ESLint({ cwd, overrideConfigFile: true, overrideConfig: [plugin.configs.recommended] as never });
    const [result] = await eslint.lintFiles(["Dockerfile"]);
    expect(result!.messages.map((m) => [m.ruleId, m.line])).toEqual([[`layerlint/${REDOS_FINDING[0]}`, REDOS_FINDING[1]]]);
  });

  it("the 156-byte COPY --from glob: the language server publishes, and a second document is not held up", { timeout: 30_000 }, async () => {
    const cwd = tree({ Dockerfile: REDOS_DOCKERFILE, "other/Dockerfile": "FROM alpine\nARG NPM_TOKEN\n" });
    const client = new TestClient();
    try {
      await client.initialize({}, pathToFileURL(cwd).href);
      await client.initialized();
      const hostile = pathToFileURL(join(cwd, "Dockerfile")).href;
      const other = pathToFileURL(join(cwd, "other/Dockerfile")).href;
      await client.open(hostile, REDOS_DOCKERFILE);
      await client.open(other, "FROM alpine\nARG NPM_TOKEN\n");
      await client.waitFor("both documents' diagnostics", () => [hostile, other].every((uri) => client.published.some((p) => p.uri === uri)), 10_000);
      const of = (uri: string) => client.published.find((p) => p.uri === uri)!.diagnostics;
      expect(of(other).map((d) => d.code)).toEqual(["no-secret-in-arg"]);
      expect(of(hostile).map((d) => [d.code, d.range.start.line + 1])).toEqual([REDOS_FINDING]);
    } finally {
      client.kill();
    }
  });

  it.each([
    ["contexts", (glob: string) => ({ contexts: { [glob]: "." } })],
    ["ignorePatterns", (glob: string) => ({ ignorePatterns: [glob] })],
    ["secretFiles.deny", (glob: string) => ({ secretFiles: { deny: [glob] } })],
  ])("a backtracking-hostile glob in config %s against a 60-character name", (_key, config) => {
    const name = `${"a".repeat(60)}.Dockerfile`;
    const hostile = `${"*a".repeat(12)}*b`;
    const cwd = tree({ [name]: COPY_ALL, [`${"a".repeat(60)}.txt`]: "", ".dockerignore": ".git\n", ".layerlintrc.json": JSON.stringify(config(hostile)) });
    const run = spawnCli(["-f", "json", "."], cwd, { timeoutMs: 15_000 });
    expect(run.signal).toBeNull();
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
  }, 30_000);
});

describe("variable expansion is capped", () => {
  const doubling = (levels: number) => {
    let text = "FROM alpine\nARG A0=xy\n";
    for (let i = 1; i <= levels; i++) text += `ARG A${i}=\${A${i - 1}}\${A${i - 1}}\n`;
    return text;
  };

  it("28 doubling ARGs: lint returns (it threw `Invalid string length`)", { timeout: 10_000 }, () => {
    const result = core.lint(doubling(28));
    expect(result.findings).toEqual([]);
    expect(result.ruleErrors).toEqual([]);
  });

  it("27 doubling ARGs and ten ENVs that use the longest: within a 256 MB heap (it took 48 s and 2.7 GB)", () => {
    let text = doubling(27);
    for (let i = 0; i < 10; i++) text += `ENV DATABASE_URL=${i}\${A27}\nRUN echo "$A27$A27$A27" > "/tmp/$A27"\n`;
    const cwd = tree({ Dockerfile: text });
    const run = spawnCli(["--no-config-lookup", "-f", "json", "Dockerfile"], cwd, { timeoutMs: 20_000, heapMb: 256 });
    expect(run.signal).toBeNull();
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
  }, 30_000);
});

describe("size: capped, and linear below the cap", () => {
  const runLines = (bytes: number) => {
    const line = "RUN apt-get update && apt-get install -y curl git && rm -rf /var/lib/apt/lists/*\n";
    return `FROM alpine\n${line.repeat(Math.floor(bytes / line.length))}`;
  };

  it.each([
    ["5 MB of RUN lines", runLines(5_000_000)],
    ["one 4 MB RUN of 400,000 commands", `FROM alpine\nRUN ${"echo x && ".repeat(400_000)}true\n`],
    ["one 8 MB RUN of `a;`", `FROM alpine\nRUN ${"a;".repeat(4_100_000)}\n`],
  ])("%s: linted within a 512 MB heap", (_name, text) => {
    const cwd = tree({ Dockerfile: text }, FAST_TMP);
    const run = spawnCli(["--no-config-lookup", "-f", "json", "Dockerfile"], cwd, { timeoutMs: 30_000, heapMb: 512 });
    expect(run.signal).toBeNull();
    expect(run.code).toBe(0);
  }, 60_000);

  it("a RUN of more than 50,000 commands: the rest is not analysed, and the CLI says so", () => {
    const cwd = tree({ Dockerfile: `FROM alpine\nRUN ${"true; ".repeat(60_000)}echo $NPM_TOKEN\n` });
    const run = spawnCli(["--no-config-lookup", "Dockerfile"], cwd);
    expect(run.stderr).toBe("layerlint: warning: Dockerfile:2:300005: The RUN on line 2 has more than 50,000 commands: the rest of it was not analysed.\n");
    expect(run.code).toBe(0);
  });

  it("a 600 MB file is refused by its size, before it is read (it was called 'not valid UTF-8')", () => {
    const cwd = tree({ "ok/Dockerfile": "FROM alpine\nARG NPM_TOKEN\n" }, FAST_TMP);
    const big = join(cwd, "big.Dockerfile");
    writeFileSync(big, "FROM alpine\n");
    // A sparse file: 600 MB long, nothing written.
    spawnSync("truncate", ["-s", "600M", big]);
    const run = spawnCli(["-f", "json", "big.Dockerfile", "ok"], cwd, { heapMb: 128 });
    expect(run.stderr).toBe("layerlint: big.Dockerfile: Not linted: it is 600 MiB (629,145,600 bytes), more than the 8 MiB (8,388,608 bytes) layerlint lints.\n");
    expect(run.code).toBe(2);
    expect((JSON.parse(run.stdout) as { messages: { ruleId: string | null }[] }[]).map((r) => r.messages.map((m) => m.ruleId))).toEqual([
      [null],
      ["no-secret-in-arg"],
    ]);
  });

  it("the language server: an 8.2 MB document, opened and edited, in one lint each (it took 9.5 s and 19.4 s)", { timeout: 30_000 }, () => {
    const linter = new DocumentLinter();
    const text = `FROM alpine\nRUN ${"a;".repeat(4_100_000)}\n`;
    const request = (body: string, version: number): LintRequest => ({
      uri: "file:///nowhere/Dockerfile",
      version,
      text: body,
      settings: DEFAULT_SETTINGS,
      relatedInformation: true,
    });
    const notice = "The RUN on line 2 has more than 50,000 commands: the rest of it was not analysed.";
    expect(linter.lint(request(text, 1)).diagnostics.map((d) => [d.code, d.message])).toEqual([[undefined, notice]]);
    const edited = linter.lint(request(`${text}ARG NPM_TOKEN\n`, 2));
    expect(edited.diagnostics.map((d) => d.code ?? d.message)).toEqual(["no-secret-in-arg", notice]);
  });
});

describe("the walk never passes when it gives up", () => {
  it("a secret file after the entry bound: the run fails, and says what was not checked", () => {
    const files: Record<string, string> = { Dockerfile: COPY_ALL, ".dockerignore": ".git\n" };
    for (let i = 0; i < 60; i++) files[`assets/f${String(i).padStart(2, "0")}.txt`] = "";
    files["zz/terraform.tfstate"] = "";
    const contextDir = tree(files);
    const context = readBuildContext({ contextDir, dockerfilePath: join(contextDir, "Dockerfile"), isSecretFile: (p) => core.isSecretFile(p), maxEntries: 40 });
    expect(context.truncated).toBe("The build context walk stopped after 40 entries, at assets/f36.txt; files after it were not checked.");
    expect(context.unchecked).toEqual(["assets/ (from f36.txt on)", "zz/"]);
    const findings = core.lint(COPY_ALL, { context, fileName: "Dockerfile" }).findings;
    expect(findings.map((f) => [f.ruleId, f.severity, f.message])).toEqual([
      [
        "require-dockerignore-entries",
        "error",
        "COPY . sends files from a build context that was not fully checked for secret files: the build context walk stopped after 40 entries, at assets/f36.txt; not checked: assets/ (from f36.txt on) and zz/. Exclude large directories (dependencies, build output) in .dockerignore so the walk finishes.",
      ],
      [
        "require-dockerignore-entries",
        "warning",
        ".dockerignore does not exclude .env, .env.local, .env.production, .npmrc, .pypirc, .netrc and 8 more: COPY . would send such files into a layer. Add the missing entries (layerlint --fix does this).",
      ],
    ]);
  });

  it("a 2,500-level tree is walked to the bottom (per-entry cost no longer grows with depth)", { timeout: 20_000 }, () => {
    // Not tree(): Node's recursive rmSync overflows its stack on a tree this deep.
    const contextDir = mkdtempSync(join(FAST_TMP, "layerlint-deep-"));
    writeFileSync(join(contextDir, ".dockerignore"), "node_modules\n**/*.log\n!keep.log\nbuild/\n");
    onTestFinished(() => {
      spawnSync("rm", ["-rf", contextDir]);
    });
    let dir = contextDir;
    // Linux refuses paths over 4,096 bytes: 2,000 levels of `d/` is as deep as a context can be named.
    for (let level = 0; level < 2000; level++) {
      dir = join(dir, "d");
      mkdirSync(dir);
    }
    writeFileSync(join(dir, "id_rsa"), "");
    const context = readBuildContext({ contextDir, isSecretFile: (p) => core.isSecretFile(p) });
    expect(context.truncated).toBeUndefined();
    expect(context.secretFiles.map((f) => f.path)).toEqual([`${"d/".repeat(2000)}id_rsa`]);
  });
});

describe("secrets are never printed", () => {
  const formats = ["stylish", "json", "sarif", "gitlab", "checkstyle", "github"];

  it.each(formats)("a token in a directory name, --format %s", (format) => {
    const cwd = tree({ [`svc-${TOKEN}/Dockerfile`]: "FROM alpine\nARG NPM_TOKEN\n" });
    const run = spawnCli(["-f", format, "."], cwd);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("svc-ghp_");
    expect(leaked(run.stdout + run.stderr)).toEqual([]);
  });

  it("a token in a context file name: fix text in json, the dry-run diff on stdout and stderr, all alike and applicable", () => {
    const files = { Dockerfile: COPY_ALL, ".dockerignore": ".git\n", [`${TOKEN}.pem`]: "" };
    const cwd = tree(files);
    const report = spawnCli(["-f", "json", "."], cwd);
    const json = spawnCli(["-f", "json", "--fix-dry-run", "."], cwd);
    const stylish = spawnCli(["--fix-dry-run", "."], cwd);
    const entry = `/ghp_${"?".repeat(36)}.pem`;
    expect(leaked(report.stdout + report.stderr)).toEqual([]);
    const fixTexts = (JSON.parse(report.stdout)[0].messages as { layerlint: { fix?: { changes: { edits: { text: string }[] }[] } } }[]).flatMap(
      (m) => m.layerlint.fix?.changes.flatMap((c) => c.edits.map((e) => e.text)) ?? [],
    );
    expect(fixTexts.some((text) => text.includes(entry))).toBe(true);
    expect(json.stderr.startsWith("--- a/.dockerignore\n+++ b/.dockerignore\n@@ -1,1 +1,")).toBe(true);
    expect(json.stderr).toContain(`\n+${entry}\n`);
    expect(stylish.stdout).toContain(json.stderr);
    expect(leaked(json.stdout + json.stderr + stylish.stdout + stylish.stderr)).toEqual([]);
    // The entry excludes that file (and names of the same length and start only).
    expect(compileDockerignore(entry).isExcluded(`${TOKEN}.pem`)).toBe(true);
    expect(compileDockerignore(entry).isExcluded("ghp_other.pem")).toBe(false);
    // --fix writes that diff.
    const fixed = spawnCli(["--fix", "."], cwd);
    expect(fixed.code).toBe(0);
    expect(readFileSync(join(cwd, ".dockerignore"), "utf8")).toContain(`${entry}\n`);
    expect(leaked(readFileSync(join(cwd, ".dockerignore"), "utf8"))).toEqual([]);
  });

  it("a token in a context file name: the language server's code-action text", async () => {
    const linter = new DocumentLinter();
    const cwd = tree({ Dockerfile: COPY_ALL, ".dockerignore": ".git\n", [`${TOKEN}.pem`]: "" });
    const outcome = linter.lint({ uri: pathToFileURL(join(cwd, "Dockerfile")).href, version: 1, text: COPY_ALL, settings: DEFAULT_SETTINGS, relatedInformation: true });
    const data = JSON.stringify(outcome.diagnostics.map((d: Diagnostic) => d.data));
    expect(data).toContain(`ghp_${"?".repeat(36)}.pem`);
    expect(leaked(data + JSON.stringify(outcome.diagnostics))).toEqual([]);
  });

  it.each([
    ["a URL with a password", "postgres://user:FAKEpassw0rdFAKE@db/[x\n", "unterminated character class"],
    ["password= with a literal", "password=FAKEpassw0rdFAKE[\n", "bad character class"],
    ["a terminal escape", "\u001b[31mred[\n", "unterminated character class"],
  ])(".dockerignore warnings quote no line: %s", (_name, line, reason) => {
    const cwd = tree({ Dockerfile: COPY_ALL, ".dockerignore": `.git\n${line}` });
    const run = spawnCli(["."], cwd);
    expect(run.stderr).toBe(`layerlint: warning: .dockerignore: Line 2: invalid pattern (${reason}); Docker rejects this file.\n`);
  });

  it("a token inside an ARG name: in no message, no suggestion, no format (the fuzzer's seed 4242 found it)", () => {
    const text = `FROM alpine\nARG NPM_TOKEN_${TOKEN}\nRUN npm ci --token $NPM_TOKEN_${TOKEN}\n`;
    const cwd = tree({ Dockerfile: text });
    for (const format of formats) {
      const run = spawnCli(["-f", format, "Dockerfile"], cwd);
      expect(run.code).toBe(1);
      expect(leaked(run.stdout + run.stderr)).toEqual([]);
      // Nor lower-cased, as a suggested `id=` would have it.
      expect((run.stdout + run.stderr).toLowerCase()).not.toContain(TOKEN.slice(0, 8).toLowerCase());
    }
    const result = core.lint(text);
    expect(result.findings.map((f) => f.ruleId)).toEqual(["no-secret-in-arg", "require-secret-mount"]);
    expect(result.findings.every((f) => f.suggestions.length === 0)).toBe(true);
  });

  // The campaign's own generators and invariants (scripts/fuzz.mjs), on several seeds: a clean run
  // must not depend on its seed. `npm run fuzz` runs them longer.
  it.each([4242, 1, 77, 20241])("the fuzzer's generators, seed %d: no secret printed, nothing thrown", { timeout: 120_000 }, (seed) => {
    const { dockerfile, options } = arbitraries(fc, { compileDockerignore, seeds: seedDockerfiles() });
    fc.assert(
      fc.property(dockerfile, fc.option(options, { nil: undefined }), (text, lintOptions) => {
        expect(lintProblems(core, text, lintOptions)).toEqual([]);
      }),
      { numRuns: 1500, seed },
    );
  });

  it.each([
    ["an unknown key", '{"hunter2hunter2": 1}', 'layerlint: Dockerfile: .layerlintrc.json: "hunt…" is not a layerlint setting'],
    ["a YAML tag", "rules: !hunter2hunter2 {}\n", "at line 1, column 8: a tag (!name) layerlint does not read: config files hold plain data only.\n"],
    ["a YAML alias", "rules: *hunter2hunter2\n", ": an alias (*name) refers to an anchor (&name) that is not defined before it.\n"],
    ["a target", '{"target": "hunter2hunter2"}', 'layerlint: Dockerfile: Target stage "hunt…" does not exist in this Dockerfile (stages: base).\n'],
  ])("config errors repeat no secret: %s", (_name, config, expected) => {
    const name = config.startsWith("{") ? ".layerlintrc.json" : ".layerlintrc.yaml";
    const cwd = tree({ Dockerfile: "FROM alpine AS base\nRUN true\n", [name]: config });
    const run = spawnCli(["Dockerfile"], cwd);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(expected);
    expect(run.stderr).not.toContain("hunter2");
  });
});

describe("no write or read outside the repository", () => {
  it("-o through a directory that is a symlink to elsewhere is refused", () => {
    const outside = tree();
    const cwd = tree({ Dockerfile: "FROM alpine\n" });
    symlinkSync(outside, join(cwd, "reports"));
    const run = spawnCli(["-o", "reports/out.sarif", "-f", "sarif", "Dockerfile"], cwd);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("layerlint: --output-file reports/out.sarif: reports is a symbolic link, which layerlint does not write through.\n");
    expect(readdirSync(outside)).toEqual([]);
  });

  it("a config's contexts entry pointing outside: --fix creates nothing there, no file there is named", () => {
    const parent = tree({ "victim/secret.pem": "" });
    const repo = join(parent, "repo");
    mkdirSync(repo);
    writeFileSync(join(repo, "Dockerfile"), COPY_ALL);
    writeFileSync(join(repo, ".layerlintrc.json"), JSON.stringify({ contexts: { "**": "../victim" } }));
    const run = spawnCli(["--fix", "."], repo);
    expect(run.code).toBe(2);
    expect(run.stdout + run.stderr).not.toContain("secret.pem");
    expect(readdirSync(join(parent, "victim"))).toEqual(["secret.pem"]);
  });
});

describe("smaller", () => {
  it("--fix creates a missing .dockerignore when the context holds a secret outside the default list", () => {
    const cwd = tree({ Dockerfile: COPY_ALL, "terraform.tfstate": "" });
    const dry = spawnCli(["--fix-dry-run", "."], cwd);
    expect(dry.stdout.split("\n").slice(0, 3)).toEqual(["--- /dev/null", "+++ b/.dockerignore", "@@ -0,0 +1,18 @@"]);
    const run = spawnCli(["--fix", "."], cwd);
    expect(run.stderr).toBe("");
    expect(run.stdout).toBe("layerlint --fix: created .dockerignore\n");
    expect(run.code).toBe(0);
    expect(readFileSync(join(cwd, ".dockerignore"), "utf8")).toBe(`${dry.stdout.split("\n").filter((l) => l.startsWith("+") && !l.startsWith("+++")).map((l) => l.slice(1)).join("\n")}\n`);
  });

  it("terminal escapes: context file names in the dry-run diff, ignore-file warnings and lint messages", () => {
    const cwd = tree({ Dockerfile: COPY_ALL, ".dockerignore": ".git\n\u001b[31m[\n", ["\u001b]0;title\u0007\u001b[2J.pem"]: "" });
    writeFileSync(join(cwd, "Dockerfile.bidi"), "FROM alpine\nCOPY .env.\u202etxt /app/\n");
    const run = spawnCli(["--fix-dry-run", "."], cwd);
    const out = run.stdout + run.stderr;
    expect(out).not.toMatch(/[\u001b\u0007\u0085\u2028\u202e]/);
    expect(out).toContain("\\u202e");
    // Each control character of the name as `?` in the entry (which still matches it).
    expect(out).toContain("\n+/?\\]0;title??\\[2J.pem\n");
  });

  it("a Dockerfile whose name holds a newline is found by directory expansion", () => {
    const cwd = tree({ "Dockerfile.a\nb": "FROM alpine\nARG NPM_TOKEN\n" });
    const run = spawnCli(["-f", "json", "."], cwd);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).map((r: { filePath: string }) => r.filePath)).toEqual([join(cwd, "Dockerfile.a\nb")]);
  });

  it.each(["x", "$", "é"])("# escape=%s, which Docker rejects, is reported", (value) => {
    const cwd = tree({ Dockerfile: `# escape=${value}\nFROM alpine\nRUN true\n` });
    const run = spawnCli(["Dockerfile"], cwd);
    expect(run.stderr).toBe("layerlint: warning: Dockerfile:1:1: The escape directive accepts only \\ or ` (Docker rejects this Dockerfile); layerlint read it with \\.\n");
  });
});
