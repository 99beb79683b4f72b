import { existsSync, readdirSync, readFileSync, readlinkSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import type { BuildContext, Finding } from "@layerlint/core";
import { describe, expect, it } from "vitest";
import { unifiedDiff } from "../src/diff.js";
import { IgnoreFileFixes } from "../src/fix.js";
import { fixture, run, runJson } from "./helpers.js";

/** Every default secret pattern except `.npmrc`: the probe finding then asks for `.npmrc` alone. */
const ALL_BUT_NPMRC = ["node_modules", ".env", ".env.*", ".git", ".pypirc", ".netrc", ".git-credentials", ".aws", ".ssh", "id_rsa", "id_ed25519", ".docker", "*.key", "*.pem", ""].join("\n");
const COPY_ALL = "FROM alpine\nCOPY . /app\n";
const CONTEXT_RULES = new Set(["require-dockerignore", "require-dockerignore-entries"]);

/** Every file under `root` with its content (symlinks as `-> target`), to prove nothing was written. */
function snapshot(root: string, dir = ""): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
    const rel = dir === "" ? entry.name : `${dir}/${entry.name}`;
    if (entry.isDirectory()) Object.assign(files, snapshot(root, rel));
    else if (entry.isSymbolicLink()) files[rel] = `-> ${readlinkSync(join(root, rel))}`;
    else files[rel] = readFileSync(join(root, rel), "utf8");
  }
  return files;
}

async function contextFindings(cwd: string, args: string[] = []): Promise<string[]> {
  const { report } = await runJson(args, { cwd });
  return report.flatMap((file) => file.messages.filter((m) => m.ruleId !== null && CONTEXT_RULES.has(m.ruleId)).map((m) => `${m.ruleId}@${m.line}`));
}

describe("--fix", () => {
  it("creates a missing .dockerignore with the default secret entries, and the finding is gone", async () => {
    const cwd = fixture({ Dockerfile: COPY_ALL, ".env": "X=1\n" });
    expect(await contextFindings(cwd)).toEqual(["require-dockerignore@2"]);
    const { code, stdout, stderr } = await run(["--fix"], { cwd });
    expect(stderr).toBe("");
    expect(stdout).toBe("layerlint --fix: created .dockerignore\n");
    expect(code).toBe(0);
    const written = readFileSync(join(cwd, ".dockerignore"), "utf8");
    expect(written.split("\n")).toEqual(expect.arrayContaining([".env", ".env.*", ".git", ".npmrc", ".aws", ".ssh", "id_rsa", "*.key", "*.pem"]));
    expect(readFileSync(join(cwd, "Dockerfile"), "utf8")).toBe(COPY_ALL);
    expect(await contextFindings(cwd)).toEqual([]);
    // A second run has nothing left to fix.
    expect(await run(["--fix"], { cwd })).toEqual({ code: 0, stdout: "", stderr: "" });
  });

  it("appends the missing entries to a partial .dockerignore, keeping what was there", async () => {
    const cwd = fixture({ Dockerfile: COPY_ALL, ".dockerignore": "node_modules\n# mine\n" });
    expect(await contextFindings(cwd)).toEqual(["require-dockerignore-entries@2"]);
    const { code, stdout } = await run(["--fix"], { cwd });
    expect(code).toBe(0);
    expect(stdout).toBe("layerlint --fix: updated .dockerignore\n");
    const written = readFileSync(join(cwd, ".dockerignore"), "utf8");
    expect(written.startsWith("node_modules\n# mine\n")).toBe(true);
    expect(written.split("\n")).toEqual(expect.arrayContaining([".env", ".npmrc", "*.pem"]));
    expect(await contextFindings(cwd)).toEqual([]);
  });

  it("appends to the Dockerfile's own ignore file and leaves the context's .dockerignore alone", async () => {
    const cwd = fixture({
      "docker/Dockerfile.prod": COPY_ALL,
      "docker/Dockerfile.prod.dockerignore": ALL_BUT_NPMRC,
      "docker/.dockerignore": "unrelated\n",
    });
    const { code, stdout } = await run(["--fix", "docker/Dockerfile.prod"], { cwd });
    expect(code).toBe(0);
    expect(stdout).toBe(`layerlint --fix: updated ${join("docker", "Dockerfile.prod.dockerignore")}\n`);
    expect(readFileSync(join(cwd, "docker/Dockerfile.prod.dockerignore"), "utf8")).toBe(`${ALL_BUT_NPMRC}# Secrets (added by layerlint --fix)\n.npmrc\n`);
    expect(readFileSync(join(cwd, "docker/.dockerignore"), "utf8")).toBe("unrelated\n");
  });

  it("merges fixes of several findings into one block without duplicate entries", async () => {
    // The probe finding asks for the default patterns, the real files' finding for .npmrc and
    // /config/server.key — .npmrc must be added once.
    const cwd = fixture({
      Dockerfile: "FROM alpine\nCOPY . /app\nCOPY config /config\n",
      ".dockerignore": "node_modules",
      ".npmrc": "registry=https://registry.example/\n",
      "config/server.key": "not a key\n",
    });
    const before = await contextFindings(cwd);
    expect(before.length).toBeGreaterThan(1);
    expect((await run(["--fix"], { cwd })).code).toBe(0);
    const lines = readFileSync(join(cwd, ".dockerignore"), "utf8").split("\n");
    expect(lines[0]).toBe("node_modules");
    expect(lines.filter((line) => line === "# Secrets (added by layerlint --fix)")).toHaveLength(1);
    const entries = lines.filter((line) => line !== "" && !line.startsWith("#"));
    expect(entries).toEqual([...new Set(entries)]);
    expect(entries).toEqual(expect.arrayContaining([".npmrc", "/config/server.key"]));
    expect(await contextFindings(cwd)).toEqual([]);
  });

  it("fixes a context shared by two Dockerfiles once", async () => {
    const cwd = fixture({ Dockerfile: COPY_ALL, "Dockerfile.dev": COPY_ALL });
    const { stdout } = await run(["--fix"], { cwd });
    expect(stdout).toBe("layerlint --fix: created .dockerignore\n");
    expect(await contextFindings(cwd)).toEqual([]);
  });

  it("writes in the build context given by --context, not beside the Dockerfile", async () => {
    const cwd = fixture({ "docker/Dockerfile": COPY_ALL, "ctx/app.js": "" });
    expect((await run(["--fix", "--context", "ctx", "docker/Dockerfile"], { cwd })).code).toBe(0);
    expect(existsSync(join(cwd, "ctx/.dockerignore"))).toBe(true);
    expect(existsSync(join(cwd, "docker/.dockerignore"))).toBe(false);
  });

  it("exits 1 when errors remain after fixing, and never edits the Dockerfile", async () => {
    const dockerfile = "FROM alpine\nARG NPM_TOKEN\nCOPY . /app\n";
    const cwd = fixture({ Dockerfile: dockerfile });
    const { code, stdout } = await run(["--fix"], { cwd });
    expect(code).toBe(1);
    expect(stdout).toContain("layerlint --fix: created .dockerignore\n");
    expect(stdout).toContain("no-secret-in-arg");
    expect(stdout).not.toContain("require-dockerignore");
    expect(readFileSync(join(cwd, "Dockerfile"), "utf8")).toBe(dockerfile);
  });

  it("refuses to write through a symlink or outside the build context", async () => {
    const cwd = fixture({
      "app/Dockerfile": COPY_ALL,
      "elsewhere/ignore": ALL_BUT_NPMRC,
      "docker/Dockerfile": COPY_ALL,
      "docker/Dockerfile.dockerignore": ALL_BUT_NPMRC,
      "ctx/app.js": "",
    });
    symlinkSync(join(cwd, "elsewhere/ignore"), join(cwd, "app/.dockerignore"));
    const before = snapshot(cwd);

    const linked = await run(["--fix", "app/Dockerfile"], { cwd });
    expect(linked.code).toBe(0);
    expect(linked.stderr).toBe(
      `layerlint: warning: ${join("app", "Dockerfile")}: not fixed: Add .npmrc to .dockerignore: .dockerignore is not a regular file.\n`,
    );
    expect(linked.stdout).toContain("require-dockerignore-entries");

    // BuildKit reads docker/Dockerfile.dockerignore, but it is outside the context ctx/.
    const outside = await run(["--fix", "--context", "ctx", "docker/Dockerfile"], { cwd });
    expect(outside.stderr).toContain("not fixed: Add .npmrc to ");
    expect(outside.stderr).toContain("is outside the build context");
    expect(snapshot(cwd)).toEqual(before);
  });
});

describe("--fix-dry-run", () => {
  it("prints the changes as a unified diff and writes nothing", async () => {
    const cwd = fixture({ Dockerfile: COPY_ALL, ".dockerignore": ALL_BUT_NPMRC });
    const before = snapshot(cwd);
    const { code, stdout, stderr } = await run(["--fix-dry-run"], { cwd });
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        "--- a/.dockerignore",
        "+++ b/.dockerignore",
        "@@ -12,3 +12,5 @@",
        " .docker",
        " *.key",
        " *.pem",
        "+# Secrets (added by layerlint --fix)",
        "+.npmrc",
        "",
      ].join("\n"),
    );
    expect(snapshot(cwd)).toEqual(before);
  });

  it("shows a created file against /dev/null, reports as if fixed, and prints the same diff twice", async () => {
    const cwd = fixture({ Dockerfile: COPY_ALL, "Dockerfile.dev": COPY_ALL });
    const first = await run(["--fix-dry-run"], { cwd });
    expect(first.code).toBe(0);
    expect(first.stdout.startsWith("--- /dev/null\n+++ b/.dockerignore\n@@ -0,0 +1,")).toBe(true);
    expect(first.stdout.match(/^\+\+\+ /gm)).toHaveLength(1);
    expect(existsSync(join(cwd, ".dockerignore"))).toBe(false);
    expect(await run(["--fix-dry-run"], { cwd })).toEqual(first);
    // What --fix then writes is exactly what the dry run showed.
    await run(["--fix"], { cwd });
    const created = first.stdout.split("\n").filter((line) => line.startsWith("+") && !line.startsWith("+++")).map((line) => `${line.slice(1)}\n`);
    expect(readFileSync(join(cwd, ".dockerignore"), "utf8")).toBe(created.join(""));
  });

  it("keeps a machine-readable report on stdout parseable: the diff goes to stderr", async () => {
    const cwd = fixture({ Dockerfile: "FROM alpine\nARG NPM_TOKEN\nCOPY . /app\n" });
    const { code, stdout, stderr } = await run(["--fix-dry-run", "--format", "json"], { cwd });
    expect(code).toBe(1);
    const [file] = JSON.parse(stdout) as { messages: { ruleId: string }[] }[];
    expect(file!.messages.map((m) => m.ruleId)).toEqual(["no-secret-in-arg"]);
    expect(stderr.startsWith("--- /dev/null\n+++ b/.dockerignore\n")).toBe(true);
    expect(existsSync(join(cwd, ".dockerignore"))).toBe(false);
  });

  it("cannot be combined with --fix", async () => {
    const cwd = fixture({ Dockerfile: COPY_ALL });
    const { code, stderr } = await run(["--fix", "--fix-dry-run"], { cwd });
    expect(code).toBe(2);
    expect(stderr).toContain("--fix and --fix-dry-run cannot be combined");
  });
});

describe("unifiedDiff", () => {
  it("marks a missing final newline as diff does", () => {
    expect(unifiedDiff("x/.dockerignore", "a\nb", "a\nb\n.env\n")).toBe(
      ["--- a/x/.dockerignore", "+++ b/x/.dockerignore", "@@ -1,2 +1,3 @@", " a", "-b", "\\ No newline at end of file", "+b", "+.env", ""].join("\n"),
    );
  });

  it("keeps three lines of context around a change in the middle, and is empty without one", () => {
    const before = "1\n2\n3\n4\n5\n6\n7\n8\n9\n";
    expect(unifiedDiff("f", before, before.replace("5\n", "five\n"))).toBe(
      ["--- a/f", "+++ b/f", "@@ -2,7 +2,7 @@", " 2", " 3", " 4", "-5", "+five", " 6", " 7", " 8", ""].join("\n"),
    );
    expect(unifiedDiff("f", before, before)).toBe("");
    expect(unifiedDiff("/abs/f", null, "x\n")).toBe("--- /dev/null\n+++ /abs/f\n@@ -0,0 +1,1 @@\n+x\n");
  });
});


describe("IgnoreFileFixes", () => {
  const context = (text: string): BuildContext => ({
    ignoreFile: { path: ".dockerignore", text, perDockerfile: false },
    isExcluded: () => false,
    secretFiles: [],
  });
  const finding = (text: string): Finding => ({
    ruleId: "require-dockerignore-entries",
    messageId: "missingPatterns",
    message: "Missing.",
    severity: "warning",
    channel: "context",
    shipped: true,
    span: { start: 0, end: 1, line: 1, column: 1, endLine: 1, endColumn: 2 },
    related: [],
    suggestions: [],
    fix: {
      description: "Add .env to .dockerignore",
      changes: [{ file: "dockerignore", path: ".dockerignore", create: false, edits: [{ start: text.length, end: text.length, text: ".env\n" }] }],
    },
  });

  it("stops at a fix that, once applied, is proposed again (it did not resolve its finding)", () => {
    const dir = fixture({ ".dockerignore": "node_modules\n" });
    const fixes = new IgnoreFileFixes();
    expect(fixes.apply("Dockerfile", [finding("node_modules\n")], context("node_modules\n"), dir)).toEqual({ changed: true, refused: [] });
    const again = fixes.apply("Dockerfile", [finding("node_modules\n.env\n")], context("node_modules\n.env\n"), dir);
    expect(again).toEqual({
      changed: false,
      refused: ["Add .env to .dockerignore: applying it did not resolve the require-dockerignore-entries finding."],
    });
    expect(fixes.edits).toEqual([{ path: join(dir, ".dockerignore"), before: "node_modules\n", after: "node_modules\n.env\n" }]);
  });

  it("refuses a fix that would edit the Dockerfile or a file that is not an ignore file", () => {
    const dir = fixture({ ".dockerignore": "" });
    const fixes = new IgnoreFileFixes();
    const base = finding("");
    const dockerfileFix: Finding = { ...base, fix: { description: "Edit", changes: [{ file: "dockerfile", edits: [{ start: 0, end: 0, text: "x" }] }] } };
    const otherFile: Finding = {
      ...base,
      fix: { description: "Other", changes: [{ file: "dockerignore", path: "../etc/passwd", create: false, edits: [{ start: 0, end: 0, text: "x" }] }] },
    };
    const escaping: Finding = {
      ...base,
      fix: { description: "Escape", changes: [{ file: "dockerignore", path: "../up.dockerignore", create: true, edits: [{ start: 0, end: 0, text: "x" }] }] },
    };
    expect(fixes.apply("Dockerfile", [dockerfileFix, otherFile, escaping], context(""), dir)).toEqual({
      changed: false,
      refused: [
        "Edit: it would edit the Dockerfile, which --fix never does.",
        "Other: ../etc/passwd is not an ignore file.",
        `Escape: ../up.dockerignore is outside the build context ${dir}.`,
      ],
    });
    expect(fixes.edits).toEqual([]);
  });
});
