/**
 * Never trusts the repository: layerlint runs on checkouts it did not write, in CI, as a user
 * with tokens in its environment. Config files are data (no JavaScript config is ever loaded,
 * YAML tags are refused); the build-context walk lists directories without leaving the context
 * through symlinks, never opens FIFOs or device files, survives unreadable directories, stops at
 * its entry and time bounds and says so; a pathological .dockerignore cannot stall it; and the
 * CLI writes only the report file it was asked to and, with --fix, ignore files inside the context.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { isSecretFile } from "@layerlint/core";
import { readBuildContext } from "@layerlint/node";
import { cli, FAST_TMP, listTree, tree, withFileModesBinding } from "./helpers.js";

const BIN = fileURLToPath(new URL("../../packages/cli/bin/layerlint.js", import.meta.url));
const LEAKY = "FROM alpine\nARG NPM_TOKEN\nRUN npm ci --token $NPM_TOKEN\n";
const COPY_ALL = "FROM alpine\nCOPY . /app\n";

interface JsonResult {
  filePath: string;
  messages: { ruleId: string | null; message: string; fatal?: boolean }[];
}

/** The bin in a child process, so a hang fails the test (killed at `timeout`) instead of stalling it. */
function bin(args: readonly string[], cwd: string, options: { fileModesBind?: boolean; timeout?: number } = {}) {
  const started = performance.now();
  const [command, commandArgs] = options.fileModesBind ? withFileModesBinding(process.execPath, [BIN, ...args]) : [process.execPath, [BIN, ...args]];
  const run = spawnSync(command, commandArgs, { cwd, encoding: "utf8", timeout: options.timeout ?? 20_000 });
  return { status: run.status, signal: run.signal, stdout: run.stdout, stderr: run.stderr, millis: performance.now() - started };
}

describe("config is data only", () => {
  it("never loads or runs a JavaScript config, whatever its name", async () => {
    const marker = (name: string) => `require("node:fs").writeFileSync(${JSON.stringify(`${name}.ran`)}, "1");`;
    const cwd = tree({
      Dockerfile: LEAKY,
      ".layerlintrc.js": `${marker("js")}\nmodule.exports = { rules: { "no-secret-in-arg": "off" } };\n`,
      ".layerlintrc.cjs": `${marker("cjs")}\nmodule.exports = { rules: { "no-secret-in-arg": "off" } };\n`,
      ".layerlintrc.mjs": `import { writeFileSync } from "node:fs";\nwriteFileSync("mjs.ran", "1");\nexport default { rules: { "no-secret-in-arg": "off" } };\n`,
      "layerlint.config.js": `${marker("config")}\nexport default { rules: { "no-secret-in-arg": "off" } };\n`,
    });
    const { code, stdout } = await cli(["-f", "json"], cwd);
    expect(code).toBe(1);
    const [result] = JSON.parse(stdout) as JsonResult[];
    // The JavaScript configs were not applied: their "off" did not reach the rule.
    expect(result!.messages.map((m) => m.ruleId)).toContain("no-secret-in-arg");
    // Named explicitly, a .js file is read as YAML text, which it is not: an error, no execution.
    const explicit = await cli(["-c", ".layerlintrc.js"], cwd);
    expect(explicit.code).toBe(2);
    expect(explicit.stderr).toMatch(/^layerlint: (Dockerfile: )?Invalid YAML in config file .*\.layerlintrc\.js/);
    for (const name of ["js", "cjs", "mjs", "config"]) expect(existsSync(join(cwd, `${name}.ran`)), name).toBe(false);
  });

  it.each([
    ["!!js/function", `target: !!js/function "function () { require('node:fs').writeFileSync('tag.ran', '1'); return 'final'; }"\n`],
    ["!!js/regexp", "target: !!js/regexp /final/\n"],
    ["!!js/undefined", "target: !!js/undefined ''\n"],
    ["!!python/object/apply", "target: !!python/object/apply:os.system ['touch tag.ran']\n"],
    ["a local tag", "rules: !include ../../etc/passwd\n"],
  ])("refuses a YAML config with a %s tag, running nothing", async (_tag, yaml) => {
    const cwd = tree({ Dockerfile: LEAKY, ".layerlintrc.yaml": yaml });
    const { code, stdout, stderr } = await cli(["-f", "json"], cwd);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^layerlint: Dockerfile: Invalid YAML in config file .*\.layerlintrc\.yaml at line 1, column \d+: a tag \(!name\) layerlint does not read: config files hold plain data only\.\n$/);
    expect((JSON.parse(stdout) as JsonResult[])[0]!.messages[0]).toMatchObject({ fatal: true });
    expect(existsSync(join(cwd, "tag.ran"))).toBe(false);
  });

  it("lets no config key reach Object.prototype", async () => {
    const cwd = tree({
      "a/Dockerfile": LEAKY,
      "a/.layerlintrc.json": '{ "__proto__": { "polluted": true } }',
      "b/Dockerfile": LEAKY,
      "b/.layerlintrc.json": '{ "rules": { "__proto__": { "polluted": true } }, "secretNames": { "constructor": { "prototype": { "polluted": true } } } }',
      "c/Dockerfile": LEAKY,
      "c/.layerlintrc.yaml": "__proto__:\n  polluted: true\nrules:\n  __proto__:\n    polluted: true\n",
    });
    const { code, stderr } = await cli([], cwd);
    expect(code).toBe(2);
    expect(stderr.split("\n").filter(Boolean)).toHaveLength(3);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("the build-context walk", () => {
  it("never leaves the context through symlinks (to /, to .., to a sibling with secrets)", async () => {
    const root = tree({
      "secrets/.env": "FAKE=1\n",
      "secrets/id_rsa": "fake\n",
      "secrets/deep/.npmrc": "fake\n",
      "ctx/Dockerfile": COPY_ALL,
      "ctx/.dockerignore": "node_modules\n",
      "ctx/app.js": "",
    });
    const ctx = join(root, "ctx");
    symlinkSync("/", join(ctx, "rootfs"));
    symlinkSync("..", join(ctx, "up"));
    symlinkSync("../secrets", join(ctx, "sibling"));
    symlinkSync(join(root, "secrets"), join(ctx, "absolute"));
    const seen: string[] = [];
    const context = readBuildContext({
      contextDir: ctx,
      dockerfilePath: join(ctx, "Dockerfile"),
      isSecretFile: (path) => {
        seen.push(path);
        return isSecretFile(path);
      },
    });
    expect(seen.sort()).toEqual([".dockerignore", "Dockerfile", "absolute", "app.js", "rootfs", "sibling", "up"]);
    expect(context.secretFiles).toEqual([]);
    expect(context.truncated).toBeUndefined();
    const { stdout } = await cli(["-f", "json", "ctx"], root);
    const messages = (JSON.parse(stdout) as JsonResult[])[0]!.messages.map((m) => m.message).join("\n");
    expect(messages).not.toMatch(/secrets|sibling\/|absolute\/|up\/|rootfs\//);
  });

  it("never opens FIFOs or device files, as ignore file, config file, secret file or Dockerfile", () => {
    const cwd = tree({ Dockerfile: COPY_ALL, "svc/Dockerfile": COPY_ALL, "svc/app.js": "" });
    execFileSync("mkfifo", [join(cwd, ".env"), join(cwd, ".dockerignore"), join(cwd, ".layerlintrc.yaml"), join(cwd, "svc/.layerlintrc.json")]);
    mkdirSync(join(cwd, "fifo"));
    execFileSync("mkfifo", [join(cwd, "fifo/Dockerfile")]);
    symlinkSync("/dev/zero", join(cwd, "Dockerfile.dockerignore"));
    symlinkSync("/dev/zero", join(cwd, ".layerlintrc.json"));
    symlinkSync("/dev/random", join(cwd, "id_rsa"));
    symlinkSync("/dev/urandom", join(cwd, "svc/.dockerignore"));
    symlinkSync("/dev/zero", join(cwd, "svc/Dockerfile.dockerignore"));
    symlinkSync("/dev/zero", join(cwd, "svc/.layerlintrc.yml"));
    mkdirSync(join(cwd, "dev"));
    symlinkSync("/dev/zero", join(cwd, "dev/Dockerfile"));
    symlinkSync("/dev/stdin", join(cwd, "dev/stdin.Dockerfile"));
    const run = bin(["-f", "json", "."], cwd);
    expect(run.signal, `killed: ${run.stderr}`).toBeNull();
    expect(run.status).toBe(1);
    const results = JSON.parse(run.stdout) as JsonResult[];
    // The FIFO and device "Dockerfiles" are not regular files: directory expansion skips them.
    expect(results.map((r) => r.filePath)).toEqual([join(cwd, "Dockerfile"), join(cwd, "svc/Dockerfile")]);
    // No ignore file could be read: both contexts lack one, and the secret-looking entries are listed.
    for (const result of results) expect(result.messages.map((m) => m.ruleId)).toContain("require-dockerignore");
    expect(run.millis).toBeLessThan(10_000);
  });

  it("reports an unreadable directory and lints on", () => {
    const cwd = tree({ Dockerfile: COPY_ALL, ".dockerignore": "node_modules\n", "locked/.env": "FAKE=1\n", "open/.env": "FAKE=1\n" });
    chmodSync(join(cwd, "locked"), 0o000);
    // chmod does not stop root: the CLI runs without root's file-mode override, so the directory really is unreadable.
    const run = bin(["-f", "json"], cwd, { fileModesBind: true });
    chmodSync(join(cwd, "locked"), 0o755);
    expect(run.stderr).toBe("layerlint: warning: Cannot read locked/ in the build context: EACCES; its files were not checked.\n");
    expect(run.status).toBe(1);
    const messages = (JSON.parse(run.stdout) as JsonResult[])[0]!.messages.map((m) => m.message).join("\n");
    expect(messages).toContain("open/.env");
    expect(messages).not.toContain("locked/.env");
  });

  it("stops at its entry bound and says so, still reporting what it saw", async () => {
    const cwd = tree({ Dockerfile: COPY_ALL, ".dockerignore": "node_modules\n", "a/.env": "FAKE=1\n" }, FAST_TMP);
    mkdirSync(join(cwd, "z"));
    // 50,001 empty files, made by one process rather than 50,001 calls.
    execFileSync("sh", ["-c", "seq 0 50000 | sed 's/^/f/' | xargs touch"], { cwd: join(cwd, "z") });
    const { code, stdout, stderr } = await cli(["-f", "json"], cwd);
    expect(stderr).toBe(`layerlint: warning: ${cwd}: The build context walk stopped after 50000 entries, at z/f9994; files after it were not checked.\n`);
    expect(code).toBe(1);
    expect((JSON.parse(stdout) as JsonResult[])[0]!.messages.map((m) => m.message).join("\n")).toContain("a/.env");
  });

  it("stops at its time bound and says so, even walking /", () => {
    const started = performance.now();
    const context = readBuildContext({ contextDir: "/", isSecretFile, maxEntries: Number.MAX_SAFE_INTEGER, maxMillis: 150 });
    expect(performance.now() - started).toBeLessThan(3_000);
    // Either the whole of / was listed in 150 ms (a tiny container), or the walk says where it stopped.
    if (context.truncated !== undefined) expect(context.truncated).toMatch(/^The build context walk stopped after 150 ms, at .+; files after it were not checked\.$/);
  });

  it("is not stalled by a pathological .dockerignore (10,000 patterns, 1 MB lines, nested **)", async () => {
    const lines: string[] = ["y".repeat(1024 * 1024), `${"*a".repeat(2_000)}*b`, `${"**/".repeat(2_000)}z`];
    for (let i = 0; i < 10_010; i += 1) lines.push(i % 2 === 0 ? `${"**/".repeat(20)}x${i}` : `!${"*".repeat(30)}[a-z]?${i}`);
    const files: Record<string, string> = { Dockerfile: COPY_ALL, ".dockerignore": lines.join("\n") };
    const deep = Array.from({ length: 60 }, (_, i) => `d${i}`).join("/");
    for (let i = 0; i < 300; i += 1) files[`${deep}/${"a".repeat(100)}${i}.pem`] = "";
    for (let i = 0; i < 1_000; i += 1) files[`wide/${"a".repeat(200)}b${i}`] = "";
    const cwd = tree(files);
    const started = performance.now();
    const { code, stderr } = await cli(["-f", "json"], cwd);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(code).toBe(1);
    expect(stderr).toContain("layerlint: warning: .dockerignore: Line 1 is longer than 4096 characters and was ignored.\n");
    expect(stderr).toContain("layerlint: warning: .dockerignore: Only the first 10000 patterns are used;");
  });

  it("reads at most 4 MB of a huge .dockerignore and says so", async () => {
    const cwd = tree({ Dockerfile: COPY_ALL, ".dockerignore": `${"# padding\n".repeat(1_000_000)}.env\n` });
    const started = performance.now();
    const { code, stdout, stderr } = await cli(["-f", "json"], cwd);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(stderr).toBe(`layerlint: warning: ${join(cwd, ".dockerignore")} is larger than ${4 * 1024 * 1024} bytes; only its start was read.\n`);
    // The `.env` line lies beyond the part read: the probe for .env is reported as not excluded.
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as JsonResult[])[0]!.messages.map((m) => m.message).join("\n")).toMatch(/does not exclude \.env/);
  });

  it("refuses a config's contexts entry that points outside the repository", async () => {
    for (const outside of ["/", "..", "../victim"]) {
      const cwd = tree({ Dockerfile: COPY_ALL, ".layerlintrc.json": JSON.stringify({ contexts: { Dockerfile: outside } }) });
      const { code, stdout, stderr } = await cli(["-f", "json"], cwd);
      expect(code).toBe(2);
      expect(stderr).toBe(
        `layerlint: Dockerfile: ${cwd}/.layerlintrc.json: "contexts" maps "Dockerfile" to a directory outside ${cwd}, which a config file may not point at; pass --context to lint with that context.\n`,
      );
      expect((JSON.parse(stdout) as JsonResult[])[0]!.messages).toMatchObject([{ fatal: true }]);
    }
  });

  it("bounds the walk of a huge context chosen with --context /, and the unfinished walk fails the run", async () => {
    const cwd = tree({ Dockerfile: COPY_ALL });
    const { code, stdout, stderr } = await cli(["-f", "json", "--context", "/"], cwd);
    expect(code).toBe(1);
    // A context this large hits a bound (50,000 entries or 2 s), and the CLI says which; the only
    // other warnings are directories it may not list (/proc of other processes) and, where the walk
    // reached enough file bytes before its bound, the content-scanning budget.
    const lines = stderr.split("\n").filter(Boolean);
    for (const line of lines) {
      expect(line).toMatch(
        /^layerlint: warning: (Cannot read .+\/ in the build context: E[A-Z]+; its files were not checked\.|\/: The build context walk stopped after (50000 entries|2000 ms), at .+; files after it were not checked\.|\/: Reading build context files for content scanning stopped at .+: the budget of 33554432 bytes per lint \(contextFiles\.maxTotalBytes\) was reached; \d+ files? (was|were) not scanned\.)$/,
      );
    }
    expect(lines.filter((line) => line.includes("walk stopped")).length).toBe(1);
    const messages = (JSON.parse(stdout) as { messages: { ruleId: string; severity: number; message: string }[] }[])[0]!.messages;
    const incomplete = messages.filter((m) => m.ruleId === "require-dockerignore-entries");
    expect(incomplete).toHaveLength(1);
    expect(incomplete[0]!.severity).toBe(2);
    expect(incomplete[0]!.message).toMatch(/^COPY \. sends files from a build context that was not fully checked for secret files: the build context walk stopped after (50000 entries|2000 ms), at .+; not checked: .+\. Exclude large directories/);
  }, 30_000);
});

describe("the CLI writes only where it is asked", () => {
  it("--output-file ../report.json writes that file and nothing else", async () => {
    const root = tree({ "repo/svc/Dockerfile": LEAKY, "repo/svc/.dockerignore": "x\n", "sibling/keep.txt": "keep\n" });
    const before = listTree(root);
    const { code, stdout, stderr } = await cli(["-f", "sarif", "-o", "../report.sarif", "Dockerfile"], join(root, "repo/svc"));
    expect({ code, stdout, stderr }).toEqual({ code: 1, stdout: "", stderr: "" });
    const after = listTree(root);
    expect(after.filter((entry) => !before.includes(entry))).toEqual([expect.stringMatching(/^repo\/report\.sarif \d+$/)]);
    expect(before.filter((entry) => !after.includes(entry))).toEqual([]);
  });

  it("--fix edits only ignore files inside the context, never through a symlink or outside it", async () => {
    const root = tree({
      "outside/.dockerignore": "outside\n",
      "ctx/Dockerfile": COPY_ALL,
      "ctx/.env": "FAKE=1\n",
      "other/Dockerfile": COPY_ALL,
      "other/Dockerfile.dockerignore": "node_modules\n",
    });
    symlinkSync("../outside/.dockerignore", join(root, "ctx/.dockerignore"));
    const before = listTree(root);
    const linked = await cli(["--fix", "ctx"], root);
    expect(linked.stderr).toContain("not fixed");
    expect(readFileSync(join(root, "outside/.dockerignore"), "utf8")).toBe("outside\n");
    // other/Dockerfile.dockerignore sits beside the Dockerfile but outside the --context ctx.
    const perDockerfile = await cli(["--fix", "--context", "ctx", "other/Dockerfile"], root);
    expect(perDockerfile.stderr).toContain("outside the build context");
    expect(readFileSync(join(root, "other/Dockerfile.dockerignore"), "utf8")).toBe("node_modules\n");
    expect(listTree(root)).toEqual(before);
  });

  it("--fix writes a file name as a literal entry: glob characters and line breaks cannot add patterns", async () => {
    const cwd = tree({ Dockerfile: COPY_ALL, ".dockerignore": "node_modules\n", "other.pem": "", "a[b]/id_rsa": "", "star*.key": "" });
    writeFileSync(join(cwd, "x.pem\n!*.pem"), "");
    const fixed = await cli(["--fix"], cwd);
    expect(fixed.stderr).toBe("");
    expect(fixed.code).toBe(0);
    const ignore = readFileSync(join(cwd, ".dockerignore"), "utf8");
    expect(ignore.split("\n")).not.toContain("!*.pem");
    expect(ignore).toContain("/a\\[b\\]/id_rsa\n");
    const after = await cli(["-f", "json"], cwd);
    expect((JSON.parse(after.stdout) as JsonResult[])[0]!.messages).toEqual([]);
  });
});

describe("no network, no programs", () => {
  /** Preloaded into the process under test: records (and refuses) every socket, lookup and child process. */
  const GUARD = `
const fs = require("node:fs");
const log = process.env.LAYERLINT_GUARD_LOG;
const refuse = (what) => function () {
  fs.appendFileSync(log, what + "\\n");
  throw new Error("refused by the test: " + what);
};
const net = require("node:net");
net.Socket.prototype.connect = refuse("net.Socket.connect");
net.connect = net.createConnection = refuse("net.connect");
require("node:tls").connect = refuse("tls.connect");
require("node:dns").lookup = refuse("dns.lookup");
require("node:dns").promises.lookup = refuse("dns.promises.lookup");
require("node:dgram").createSocket = refuse("dgram.createSocket");
for (const name of ["http", "https"]) { const m = require("node:" + name); m.request = m.get = refuse(name + ".request"); }
globalThis.fetch = refuse("fetch");
const cp = require("node:child_process");
for (const name of ["spawn", "spawnSync", "exec", "execSync", "execFile", "execFileSync", "fork"]) cp[name] = refuse("child_process." + name);
`;

  it("the CLI and the language server open no socket and start no program", async () => {
    const cwd = tree({
      "guard.cjs": GUARD,
      Dockerfile: `${LEAKY}ADD https://example.org/tool.tgz /opt/\nCOPY . /app\n`,
      ".dockerignore": "node_modules\n",
      ".layerlintrc.yaml": "rules:\n  no-secret-in-env: warn\n",
    });
    const log = join(cwd, "guard.log");
    writeFileSync(log, "");
    const env = { ...process.env, LAYERLINT_GUARD_LOG: log };
    for (const format of ["stylish", "json", "sarif", "checkstyle", "gitlab", "github"]) {
      const run = spawnSync(process.execPath, ["-r", join(cwd, "guard.cjs"), BIN, "-f", format, "--fix-dry-run"], { cwd, env, encoding: "utf8", timeout: 20_000 });
      expect(run.status, run.stderr).toBe(1);
    }
    const { TestClient } = await import("../../packages/lsp/test/helpers/lsp-client.js");
    process.env.NODE_OPTIONS = `-r ${join(cwd, "guard.cjs")}`;
    process.env.LAYERLINT_GUARD_LOG = log;
    const client = new TestClient();
    delete process.env.NODE_OPTIONS;
    delete process.env.LAYERLINT_GUARD_LOG;
    try {
      await client.initialize({}, pathToFileURL(cwd).href);
      await client.initialized();
      const uri = pathToFileURL(join(cwd, "Dockerfile")).href;
      const pending = client.nextDiagnostics(uri);
      await client.open(uri, readFileSync(join(cwd, "Dockerfile"), "utf8"));
      expect((await pending).diagnostics.length).toBeGreaterThan(0);
      await client.connection.sendRequest("textDocument/hover", { textDocument: { uri }, position: { line: 1, character: 5 } });
    } finally {
      client.kill();
    }
    expect(readFileSync(log, "utf8")).toBe("");
  });
});

