import { execFileSync } from "node:child_process";
import { chmodSync, mkdirSync, symlinkSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createContextCache, findIgnoreFile, readBuildContext } from "../src/index.js";
import { createTempDir, type TempDir } from "./temp-dir.js";

/** A stand-in for core's detector: what these tests need, nothing more. */
const SECRET_NAME = /(?:^|\/)(?:\.env(?:\.[^/]*)?|\.npmrc|id_rsa|[^/]+\.pem)$/;
const isSecretFile = (rel: string): boolean => SECRET_NAME.test(rel);

let temp: TempDir;
beforeEach(() => {
  temp = createTempDir();
});
afterEach(() => {
  temp.remove();
});

describe("readBuildContext", () => {
  it("walks only the scope it is given: the files and directories the COPY sources can send", () => {
    const files: Record<string, string> = { "package.json": "", ".env": "", "src/.npmrc": "", "src/app.js": "", "config/id_rsa": "" };
    for (let i = 0; i < 100; i++) files[`node_modules/pkg${i}/index.js`] = "";
    temp.write(files);
    // Two entries in scope: the bound (5) is never reached, node_modules is never listed.
    const scoped = readBuildContext({ contextDir: temp.root, isSecretFile, maxEntries: 5, scope: ["package.json", "src"], collectFiles: true });
    expect(scoped.truncated).toBeUndefined();
    expect(scoped.secretFiles).toEqual([{ path: "src/.npmrc", type: "file" }]);
    expect(scoped.files).toEqual(["package.json", "src/.npmrc", "src/app.js"]);
    // Nothing in scope: only the ignore file is read; a missing path is nothing to send.
    expect(readBuildContext({ contextDir: temp.root, isSecretFile, scope: [] }).secretFiles).toEqual([]);
    expect(readBuildContext({ contextDir: temp.root, isSecretFile, scope: ["missing.json"] }).secretFiles).toEqual([]);
    // The whole context, as without a scope.
    expect(readBuildContext({ contextDir: temp.root, isSecretFile, scope: [""] }).secretFiles.map((f) => f.path)).toEqual([".env", "config/id_rsa", "src/.npmrc"]);
  });

  it("lists every secret file when there is no ignore file", () => {
    temp.write({ "z.pem": "", ".env": "", "app/.npmrc": "", "app/main.go": "", "app/deep/id_rsa": "" });
    const context = readBuildContext({ contextDir: temp.root, isSecretFile });
    expect(context.ignoreFile).toBeNull();
    expect(context.isExcluded(".env")).toBe(false);
    expect(context.secretFiles).toEqual([
      { path: ".env", type: "file" },
      { path: "app/.npmrc", type: "file" },
      { path: "app/deep/id_rsa", type: "file" },
      { path: "z.pem", type: "file" },
    ]);
    expect(context.truncated).toBeUndefined();
    expect(context.warnings).toEqual([]);
  });

  it("re-includes .env with an exception", () => {
    temp.write({ ".dockerignore": ".env*\n!.env\n", ".env": "", ".env.local": "", "src/.env.test": "" });
    const context = readBuildContext({ contextDir: temp.root, isSecretFile });
    expect(context.ignoreFile).toEqual({ path: ".dockerignore", text: ".env*\n!.env\n", perDockerfile: false });
    expect(context.isExcluded(".env.local")).toBe(true);
    expect(context.secretFiles).toEqual([
      { path: ".env", type: "file" },
      { path: "src/.env.test", type: "file" },
    ]);
  });

  it("does not descend into directories an allow-list excludes", () => {
    temp.write({
      ".dockerignore": "*\n!src/\n!package.json\n",
      ".env": "",
      "package.json": "{}",
      "src/.env": "",
      "src/app.ts": "",
      "config/.npmrc": "",
      "config/deep/id_rsa": "",
    });
    const seen: string[] = [];
    const context = readBuildContext({
      contextDir: temp.root,
      isSecretFile: (rel) => {
        seen.push(rel);
        return isSecretFile(rel);
      },
    });
    expect(context.secretFiles).toEqual([{ path: "src/.env", type: "file" }]);
    expect(seen).toEqual([".dockerignore", ".env", "package.json", "src/.env", "src/app.ts"]);
  });

  it("descends into an excluded directory an exception reaches into", () => {
    temp.write({ ".dockerignore": "secrets\n!secrets/public.pem\n", "secrets/public.pem": "", "secrets/id_rsa": "" });
    const context = readBuildContext({ contextDir: temp.root, isSecretFile });
    expect(context.secretFiles).toEqual([{ path: "secrets/public.pem", type: "file" }]);
  });

  it("walks every excluded directory once an exception has a wildcard, as BuildKit does", () => {
    temp.write({ ".dockerignore": "*\n!**/.env\n", "deep/dir/.env": "", "deep/id_rsa": "", ".npmrc": "" });
    const context = readBuildContext({ contextDir: temp.root, isSecretFile });
    expect(context.secretFiles).toEqual([{ path: "deep/dir/.env", type: "file" }]);
  });

  it("prefers <Dockerfile name>.dockerignore beside the Dockerfile", () => {
    temp.write({
      ".dockerignore": "nothing-relevant\n",
      "docker/api.Dockerfile": "FROM scratch\n",
      "docker/api.Dockerfile.dockerignore": ".env\n",
      ".env": "",
      "id_rsa": "",
    });
    const context = readBuildContext({
      contextDir: temp.root,
      dockerfilePath: temp.path("docker", "api.Dockerfile"),
      isSecretFile,
    });
    expect(context.ignoreFile).toEqual({
      path: "docker/api.Dockerfile.dockerignore",
      text: ".env\n",
      perDockerfile: true,
    });
    expect(context.secretFiles).toEqual([{ path: "id_rsa", type: "file" }]);
    // Without its own ignore file the Dockerfile falls back to the context's.
    expect(findIgnoreFile(temp.root, temp.path("docker", "other.Dockerfile"))).toEqual({
      absolutePath: temp.path(".dockerignore"),
      path: ".dockerignore",
      perDockerfile: false,
    });
  });

  it("names a per-Dockerfile ignore file outside the context by its absolute path", () => {
    temp.write({ "ctx/.env": "", "build/Dockerfile": "", "build/Dockerfile.dockerignore": ".env\n" });
    const location = findIgnoreFile(temp.path("ctx"), temp.path("build", "Dockerfile"));
    expect(location).toEqual({
      absolutePath: temp.path("build", "Dockerfile.dockerignore"),
      path: temp.path("build", "Dockerfile.dockerignore"),
      perDockerfile: true,
    });
  });

  it("lists a symlink that points outside the context but never follows it", () => {
    temp.write({ "outside/.env": "", "outside/.npmrc": "", "ctx/app.js": "" });
    symlinkSync(temp.path("outside"), temp.path("ctx", "linked"));
    symlinkSync(temp.path("outside", ".npmrc"), temp.path("ctx", ".npmrc"));
    const seen: string[] = [];
    const context = readBuildContext({
      contextDir: temp.path("ctx"),
      isSecretFile: (rel) => {
        seen.push(rel);
        return isSecretFile(rel);
      },
    });
    expect(context.secretFiles).toEqual([{ path: ".npmrc", type: "symlink" }]);
    expect(seen).toEqual([".npmrc", "app.js", "linked"]);
  });

  it("survives symlink loops", () => {
    temp.write({ "a/.env": "" });
    symlinkSync(".", temp.path("loop"));
    symlinkSync("../a", temp.path("a", "again"));
    const context = readBuildContext({ contextDir: temp.root, isSecretFile });
    expect(context.secretFiles).toEqual([{ path: "a/.env", type: "file" }]);
    expect(context.truncated).toBeUndefined();
  });

  it("stops at maxEntries and says where", () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 30; i += 1) files[`f${String(i).padStart(2, "0")}.pem`] = "";
    temp.write(files);
    const context = readBuildContext({ contextDir: temp.root, isSecretFile, maxEntries: 10 });
    expect(context.truncated).toBe(
      "The build context walk stopped after 10 entries, at f10.pem; files after it were not checked.",
    );
    expect(context.secretFiles.map((file) => file.path)).toEqual([
      "f00.pem", "f01.pem", "f02.pem", "f03.pem", "f04.pem", "f05.pem", "f06.pem", "f07.pem", "f08.pem", "f09.pem",
    ]);
  });

  it("stops at maxMillis and says where", () => {
    temp.write({ "a.pem": "", "b.pem": "" });
    const context = readBuildContext({ contextDir: temp.root, isSecretFile, maxMillis: 0 });
    expect(context.truncated).toBe(
      "The build context walk stopped after 0 ms, at a.pem; files after it were not checked.",
    );
    expect(context.secretFiles).toEqual([]);
  });

  it("tolerates an unreadable directory", () => {
    temp.write({ "locked/.env": "", "open/.env": "" });
    chmodSync(temp.path("locked"), 0o000);
    const context = readBuildContext({ contextDir: temp.root, isSecretFile });
    if (process.getuid?.() === 0) {
      // root reads through mode 000, as Docker run by root would.
      expect(context.secretFiles).toEqual([
        { path: "locked/.env", type: "file" },
        { path: "open/.env", type: "file" },
      ]);
      expect(context.warnings).toEqual([]);
    } else {
      expect(context.secretFiles).toEqual([{ path: "open/.env", type: "file" }]);
      expect(context.warnings).toEqual([
        "Cannot read locked/ in the build context: EACCES; its files were not checked.",
      ]);
    }
  });

  it("never opens FIFOs, even one named .dockerignore", () => {
    temp.write({ "id_rsa": "" });
    execFileSync("mkfifo", [temp.path(".dockerignore"), temp.path(".env")]);
    const context = readBuildContext({ contextDir: temp.root, isSecretFile });
    expect(context.ignoreFile).toBeNull();
    expect(context.secretFiles).toEqual([{ path: "id_rsa", type: "file" }]);
  });

  it("reports a missing context instead of throwing", () => {
    const context = readBuildContext({ contextDir: temp.path("missing"), isSecretFile });
    expect(context.secretFiles).toEqual([]);
    expect(context.warnings).toEqual([`Cannot read the build context ${temp.path("missing")}: ENOENT.`]);
  });

  it("passes ignore-file warnings on, naming the file", () => {
    temp.write({ ".dockerignore": "!\n.env\n", ".env": "" });
    const context = readBuildContext({ contextDir: temp.root, isSecretFile });
    expect(context.secretFiles).toEqual([]);
    expect(context.warnings).toEqual(['.dockerignore: Line 1: a lone "!" is not a pattern (Docker rejects this file).']);
  });
});

describe("createContextCache", () => {
  it("reuses a context until invalidated or expired", () => {
    temp.write({ ".env": "" });
    mkdirSync(temp.path("sub"));
    const cache = createContextCache(60_000);
    const options = { contextDir: temp.root, isSecretFile };
    const first = cache.get(options);
    expect(cache.get(options)).toBe(first);

    temp.write({ "sub/.npmrc": "" });
    expect(cache.get(options)).toBe(first);
    cache.invalidate(temp.path("sub", ".npmrc"));
    const second = cache.get(options);
    expect(second).not.toBe(first);
    expect(second.secretFiles.map((file) => file.path)).toEqual([".env", "sub/.npmrc"]);

    cache.invalidate(temp.path("..", "unrelated-dir-elsewhere"));
    expect(cache.get(options)).toBe(second);
    expect(cache.get({ ...options, isSecretFile: () => false })).not.toBe(second);
    cache.invalidate();
    expect(cache.get({ ...options, isSecretFile: () => false }).secretFiles).toEqual([]);

    const expiring = createContextCache(0);
    expect(expiring.get(options)).not.toBe(expiring.get(options));
  });
});
