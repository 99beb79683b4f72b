import { execFileSync } from "node:child_process";
import { symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { isSecretFile, lint } from "@layerlint/core";
import { createContentsCache, createLinterHost, readBuildContext, readContextContents, withContextContents } from "../src/index.js";
import { createTempDir, type TempDir } from "./temp-dir.js";

let temp: TempDir;
beforeEach(() => {
  temp = createTempDir();
});
afterEach(() => {
  temp.remove();
});

const PASSWORD_YAML = "production:\n  password: Fake-Qz8r-Vw3t9\n";

describe("readBuildContext({ collectFiles })", () => {
  it("lists the regular files the ignore file does not exclude, sorted", () => {
    temp.write({ ".dockerignore": "node_modules\n*.log\n", "b.txt": "", "a/z.yml": "", "a/b/c.yml": "", "x.log": "", "node_modules/m/i.js": "" });
    symlinkSync(temp.path("b.txt"), temp.path("link.txt"));
    execFileSync("mkfifo", [temp.path("pipe")]);
    const context = readBuildContext({ contextDir: temp.root, isSecretFile: () => false, collectFiles: true });
    expect(context.files).toEqual([".dockerignore", "a/b/c.yml", "a/z.yml", "b.txt"]);
    expect(context.filesTruncated).toBeUndefined();
  });

  it("lists at most the given number of files, and says so", () => {
    temp.write({ "a.yml": "", "b.yml": "", "c.yml": "" });
    const context = readBuildContext({ contextDir: temp.root, isSecretFile: () => false, collectFiles: 2 });
    expect(context.files).toEqual(["a.yml", "b.yml"]);
    expect(context.filesTruncated).toBe(
      "Only the first 2 files of the build context were listed for content scanning; c.yml and the files after it were not scanned.",
    );
  });

  it("lists nothing without the option", () => {
    temp.write({ "a.yml": "" });
    expect(readBuildContext({ contextDir: temp.root, isSecretFile: () => false }).files).toBeUndefined();
  });
});

describe("readContextContents", () => {
  it("reads text with a content hash, in the given order", () => {
    temp.write({ "config/db.yml": PASSWORD_YAML, "b.txt": "hello\n" });
    const contents = readContextContents({ contextDir: temp.root, paths: ["config/db.yml", "b.txt"] });
    expect([...contents.files.keys()]).toEqual(["config/db.yml", "b.txt"]);
    expect(contents.files.get("config/db.yml")).toEqual({ text: PASSWORD_YAML, hash: expect.stringMatching(/^[A-Za-z0-9_-]{27}$/) });
    expect(contents.bytes).toBe(PASSWORD_YAML.length + 6);
    expect(contents.budgetHit).toBeUndefined();
  });

  it("skips binaries: a NUL byte, or invalid UTF-8 beyond a stray byte", () => {
    writeFileSync(temp.path("nul.bin"), Buffer.from([0x61, 0x00, 0x62]));
    writeFileSync(temp.path("noise.bin"), Buffer.from(Array.from({ length: 64 }, (_, i) => 0x80 + (i % 64))));
    writeFileSync(temp.path("latin1.conf"), Buffer.concat([Buffer.from("name = caf"), Buffer.from([0xe9]), Buffer.from(" au lait and a long enough line\n".repeat(4))]));
    writeFileSync(temp.path("bom.yml"), `\uFEFF${PASSWORD_YAML}`);
    const contents = readContextContents({ contextDir: temp.root, paths: ["nul.bin", "noise.bin", "latin1.conf", "bom.yml"] });
    expect(contents.files.get("nul.bin")).toEqual({ skipped: "binary" });
    expect(contents.files.get("noise.bin")).toEqual({ skipped: "binary" });
    expect((contents.files.get("latin1.conf") as { text: string }).text.startsWith("name = caf\uFFFD au lait")).toBe(true);
    expect((contents.files.get("bom.yml") as { text: string }).text).toBe(PASSWORD_YAML);
  });

  it("skips files over maxFileBytes without reading them", () => {
    temp.write({ "big.yml": "x".repeat(101), "small.yml": "x".repeat(100) });
    const contents = readContextContents({ contextDir: temp.root, paths: ["big.yml", "small.yml"], maxFileBytes: 100 });
    expect(contents.files.get("big.yml")).toEqual({ skipped: "too-large" });
    expect(contents.files.get("small.yml")).toMatchObject({ text: "x".repeat(100) });
    expect(contents.bytes).toBe(100);
  });

  it("stops at maxTotalBytes and says where", () => {
    temp.write({ "a.yml": "a".repeat(40), "b.yml": "b".repeat(40), "c.yml": "c".repeat(10), "d.yml": "d" });
    const contents = readContextContents({ contextDir: temp.root, paths: ["a.yml", "b.yml", "c.yml", "d.yml"], maxTotalBytes: 60 });
    expect([...contents.files].map(([path, content]) => [path, "text" in content ? "text" : content.skipped])).toEqual([
      ["a.yml", "text"],
      ["b.yml", "budget"],
      ["c.yml", "budget"],
      ["d.yml", "budget"],
    ]);
    expect(contents.budgetHit).toBe(
      "Reading build context files for content scanning stopped at b.yml: the budget of 60 bytes per lint (contextFiles.maxTotalBytes) was reached; 3 files were not scanned.",
    );
  });

  it("never follows a symlink, to a file or through a directory, and never opens a FIFO", () => {
    const outside = createTempDir("layerlint-outside-");
    try {
      outside.write({ "secret.yml": PASSWORD_YAML, "dir/db.yml": PASSWORD_YAML });
      symlinkSync(outside.path("secret.yml"), temp.path("linked.yml"));
      symlinkSync(outside.path("dir"), temp.path("linked-dir"));
      execFileSync("mkfifo", [temp.path("pipe.yml")]);
      const contents = readContextContents({ contextDir: temp.root, paths: ["linked.yml", "linked-dir/db.yml", "pipe.yml"] });
      expect([...contents.files.values()]).toEqual([{ skipped: "unreadable" }, { skipped: "unreadable" }, { skipped: "unreadable" }]);
      expect(contents.bytes).toBe(0);
    } finally {
      outside.remove();
    }
  });

  it("refuses paths that leave the context, and missing files", () => {
    temp.write({ "a.yml": "x" });
    const contents = readContextContents({ contextDir: temp.path("a.yml", ".."), paths: ["../a.yml", "/etc/passwd", "./a.yml", "missing.yml", ""] });
    expect([...contents.files.values()].every((content) => "skipped" in content && content.skipped === "unreadable")).toBe(true);
    expect(contents.files.size).toBe(5);
  });

  it("reads an unchanged file once with a cache, and again after it changes", () => {
    temp.write({ "db.yml": PASSWORD_YAML });
    const cache = createContentsCache();
    const first = readContextContents({ contextDir: temp.root, paths: ["db.yml"], cache }).files.get("db.yml");
    expect(readContextContents({ contextDir: temp.root, paths: ["db.yml"], cache }).files.get("db.yml")).toBe(first);
    writeFileSync(temp.path("db.yml"), "password: ${DB_PASSWORD}\n");
    utimesSync(temp.path("db.yml"), new Date(2_000_000_000_000), new Date(2_000_000_000_000));
    const changed = readContextContents({ contextDir: temp.root, paths: ["db.yml"], cache }).files.get("db.yml");
    expect(changed).toMatchObject({ text: "password: ${DB_PASSWORD}\n" });
    expect(readContextContents({ contextDir: temp.root, paths: ["db.yml"], cache }).files.get("db.yml")).toBe(changed);
    cache.invalidate(temp.path("db.yml"));
    expect(readContextContents({ contextDir: temp.root, paths: ["db.yml"], cache }).files.get("db.yml")).not.toBe(changed);
  });
});

describe("withContextContents", () => {
  const dockerignore = ".env\n.env.*\n.git\n.npmrc\n.pypirc\n.netrc\n.git-credentials\n.aws\n.ssh\nid_rsa\nid_ed25519\n.docker\n*.key\n*.pem\n";
  const read = (dockerfile: string, config = {}) => {
    const walked = readBuildContext({ contextDir: temp.root, isSecretFile: (p) => isSecretFile(p), collectFiles: true });
    return withContextContents(walked, { contextDir: temp.root, dockerfile, lint: { config, fileName: "Dockerfile" } });
  };

  it("reads only the files the COPY sources send, secret-named files first", () => {
    temp.write({ ".dockerignore": dockerignore, "src/.npmrc": "//r/:_authToken=${NPM_TOKEN}\n", "src/app.yml": PASSWORD_YAML, "docs/db.yml": PASSWORD_YAML, "src/yarn.lock": "x" });
    const context = read("FROM node\nCOPY src/ /app/\n");
    expect([...context.contents!.files.keys()]).toEqual(["src/.npmrc", "src/app.yml"]);
    const findings = lint("FROM node\nCOPY src/ /app/\n", { context, fileName: "Dockerfile" }).findings;
    expect(findings.map((f) => [f.ruleId, f.severity, f.related.map((r) => r.file?.path)])).toEqual([
      ["no-secret-in-context-file", "error", ["src/app.yml"]],
      ["require-dockerignore-entries", "warning", []],
    ]);
  });

  it("reads nothing with contextFiles.scan: false, or without a walked file list", () => {
    temp.write({ ".dockerignore": dockerignore, "app.yml": PASSWORD_YAML });
    expect(read("FROM node\nCOPY . .\n", { contextFiles: { scan: false } }).contents).toBeUndefined();
    const walked = readBuildContext({ contextDir: temp.root, isSecretFile: () => false });
    expect(withContextContents(walked, { contextDir: temp.root, dockerfile: "FROM node\nCOPY . .\n", lint: {} })).toBe(walked);
  });

  it("leaves out files contextFiles.allow or secretFiles.allow name, and honours maxTotalBytes", () => {
    temp.write({ ".dockerignore": dockerignore, "test/fixtures/db.yml": PASSWORD_YAML, "config/a.yml": "a: 1\n", "config/b.yml": PASSWORD_YAML });
    expect([...read("FROM node\nCOPY . .\n", { contextFiles: { allow: ["test/**"] } }).contents!.files.keys()]).toEqual(["config/a.yml", "config/b.yml", ".dockerignore"]);
    expect([...read("FROM node\nCOPY . .\n", { secretFiles: { allow: ["*.yml"] } }).contents!.files.keys()]).toEqual([".dockerignore"]);
    const limited = read("FROM node\nCOPY config .\n", { contextFiles: { maxTotalBytes: 10 } }).contents!;
    expect([...limited.files.values()].map((c) => ("text" in c ? "text" : c.skipped))).toEqual(["text", "budget"]);
    expect(limited.budgetHit).toContain("stopped at config/b.yml");
  });
});

describe("the linter host reads contents", () => {
  const dockerignore = ".env\n.env.*\n.git\n.npmrc\n.pypirc\n.netrc\n.git-credentials\n.aws\n.ssh\nid_rsa\nid_ed25519\n.docker\n*.key\n*.pem\n";
  const dockerfile = `FROM node\nENV API_TOKEN=${"ghp_" + "FAKE".repeat(9)}\nCOPY . .\nRUN make\n`;

  it("reports what the copies send, not the Dockerfile itself (no-hardcoded-secret has it)", () => {
    temp.write({ ".dockerignore": dockerignore, Dockerfile: dockerfile, "config/db.yml": PASSWORD_YAML });
    const lint = createLinterHost({ cwd: temp.root }).lintFile({ path: temp.path("Dockerfile"), source: dockerfile });
    expect(lint.result.findings.map((f) => [f.ruleId, f.span.line, f.related.map((r) => r.file?.path)])).toEqual([
      ["no-hardcoded-secret", 2, []],
      ["no-secret-in-context-file", 3, ["config/db.yml"]],
    ]);
    expect([...lint.context!.context.contents!.files.keys()]).toEqual(["config/db.yml", ".dockerignore"]);
  });

  it("reads again only when the copies or the files change", () => {
    temp.write({ ".dockerignore": dockerignore, Dockerfile: dockerfile, "config/db.yml": PASSWORD_YAML });
    const host = createLinterHost({ cwd: temp.root, cacheTtlMs: 60_000 });
    const contentsOf = (source: string) => host.lintFile({ path: temp.path("Dockerfile"), source }).context!.context.contents;
    const first = contentsOf(dockerfile);
    expect(contentsOf(dockerfile.replace("RUN make", "RUN make all"))).toBe(first);
    expect(contentsOf(dockerfile.replace("COPY . .", "COPY config /app"))).not.toBe(first);
    writeFileSync(temp.path("config/db.yml"), "password: ${DB_PASSWORD}\n");
    host.invalidate(temp.path("config/db.yml"));
    const again = host.lintFile({ path: temp.path("Dockerfile"), source: dockerfile });
    expect(again.result.findings.map((f) => f.ruleId)).toEqual(["no-hardcoded-secret"]);
  });

  it("says where the byte budget stopped the reading", () => {
    temp.write({ ".dockerignore": dockerignore, Dockerfile: dockerfile, ".layerlintrc.json": '{ "contextFiles": { "maxTotalBytes": 10 } }', "config/db.yml": PASSWORD_YAML });
    const lint = createLinterHost({ cwd: temp.root }).lintFile({ path: temp.path("Dockerfile"), source: dockerfile });
    expect(lint.warnings).toEqual([
      `${temp.root}: Reading build context files for content scanning stopped at .layerlintrc.json: the budget of 10 bytes per lint (contextFiles.maxTotalBytes) was reached; 3 files were not scanned.`,
    ]);
  });
});
