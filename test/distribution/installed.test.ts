/**
 * What users install behaves like the repository: `npm run pack`'s tarballs (scripts/pack.mjs),
 * installed into fresh `npm init -y` projects in a temporary directory outside the repository —
 * our packages from the tarball files only, third-party ones from the registry — then used the
 * way the docs say: `npx layerlint`, ESLint 10 and ESLint 9 with the one-line `eslint.config.mjs`,
 * `npx layerlint-language-server --stdio`. Also checks what each tarball holds and that the
 * installed core runs the patched parser. Needs the workspace built (npm test builds it) and npm
 * with the registry reachable.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { freshProject, projectManifest } from "../../scripts/fresh-project.mjs";
import { pack } from "../../scripts/pack.mjs";
import { firstSession } from "../../packages/lsp/test/helpers/lsp-client.js";

const REPO = realpathSync(join(import.meta.dirname, "../.."));
const VERSION = (JSON.parse(readFileSync(join(REPO, "packages/core/package.json"), "utf8")) as { version: string }).version;
const LEAKY = "FROM alpine\nARG NPM_TOKEN\nRUN npm ci --token $NPM_TOKEN\n";
const ESLINT_CONFIG = 'import layerlint from "@layerlint/eslint-plugin";\n\nexport default [layerlint.configs.recommended];\n';
const SLOW = { timeout: 300_000 };
const NAMES = ["@layerlint/core", "@layerlint/node", "@layerlint/cli", "@layerlint/eslint-plugin", "@layerlint/language-server"];

interface Packed {
  name: string;
  version: string;
  file: string;
  files: { path: string; size: number }[];
}

interface Manifest {
  name: string;
  version: string;
  license?: string;
  type?: string;
  homepage?: string;
  repository?: { type: string; url: string; directory: string };
  engines?: Record<string, string>;
  bin?: Record<string, string>;
  exports?: Record<string, Record<string, string>>;
  files?: string[];
  private?: boolean;
  scripts?: unknown;
  devDependencies?: unknown;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

interface Setup {
  out: string;
  packed: Packed[];
  /** All five packages and ESLint 10. */
  project: string;
  /** Core, node and the ESLint plugin with ESLint 9, and stock dockerfile-ast 0.7.1 beside them. */
  eslint9: string;
}

let setup: Promise<Setup> | undefined;

/** Packs and installs once, on first use (from each test, so a failure fails each with its message). */
function installed(): Promise<Setup> {
  setup ??= (async () => {
    const out = mkdtempSync(join(tmpdir(), "layerlint-tarballs-"));
    const packed = (await pack({ out, only: ["core", "node", "cli", "eslint-plugin", "language-server"] })) as Packed[];
    const tarball = (name: string) => packed.find((p) => p.name === name)!.file;
    const project = freshProject({ tarballs: NAMES.map(tarball), packages: ["eslint@10.15.0"] });
    const eslint9 = freshProject({
      tarballs: ["@layerlint/core", "@layerlint/node", "@layerlint/eslint-plugin"].map(tarball),
      packages: ["eslint@9.39.5", "dockerfile-ast@0.7.1"],
    });
    for (const dir of [project, eslint9]) {
      writeFileSync(join(dir, "Dockerfile"), LEAKY);
      writeFileSync(join(dir, "eslint.config.mjs"), ESLINT_CONFIG);
    }
    return { out, packed, project, eslint9 };
  })();
  return setup;
}

afterAll(async () => {
  const done = await setup?.catch(() => undefined);
  if (done === undefined) return;
  for (const dir of [done.out, done.project, done.eslint9]) rmSync(dir, { recursive: true, force: true });
});

/** Runs a command in `cwd` (`npx …` finds the project's bins, as for a user). */
function run(cwd: string, command: string, args: readonly string[]) {
  const result = spawnSync(command, args, { cwd, encoding: "utf8", timeout: 60_000, env: { ...process.env, NO_COLOR: "1", npm_config_update_notifier: "false" } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function tarballManifest(setup: Setup, name: string): Manifest {
  return JSON.parse(readFileSync(join(setup.project, "node_modules", name, "package.json"), "utf8")) as Manifest;
}

describe("the tarballs of npm run pack", () => {
  it("are one per public package, at the workspace's version", SLOW, async () => {
    const { packed } = await installed();
    expect(packed.map((p) => `${p.name}@${p.version}`)).toEqual(NAMES.map((name) => `${name}@${VERSION}`));
    expect(packed.map((p) => p.file.split("/").pop())).toEqual(NAMES.map((name) => `${name.slice(1).replace("/", "-")}-${VERSION}.tgz`));
  });

  it("hold README, LICENSE and compiled JavaScript with its types: no sources, maps or tests", SLOW, async () => {
    const { packed } = await installed();
    const license = readFileSync(join(REPO, "LICENSE"), "utf8");
    for (const { name, files } of packed) {
      const paths = files.map((f) => f.path);
      expect(paths.filter((p) => !p.includes("/")), name).toEqual(["LICENSE", "README.md", "package.json"]);
      const unexpected = paths.filter((p) => p.includes("/") && !/^(dist|dist-bundle|bin)\/[\w./-]+\.(js|cjs|d\.ts|md)$/.test(p));
      expect(unexpected, name).toEqual([]);
      expect(paths.filter((p) => /(^|\/)(src|test)\//.test(p) || p.endsWith(".map")), name).toEqual([]);
      expect(readFileSync(join((await installed()).project, "node_modules", name, "LICENSE"), "utf8"), name).toBe(license);
    }
  });

  it("ship core's JavaScript as its two entry points over one shared bundle and the patched parser as one vendored file with its notices", SLOW, async () => {
    const { packed } = await installed();
    const core = packed.find((p) => p.name === "@layerlint/core")!.files.map((f) => f.path);
    expect(core.filter((p) => !p.endsWith(".d.ts"))).toEqual([
      "LICENSE",
      "README.md",
      "dist/build-config/index.js",
      "dist/index.js",
      "dist/shared.js",
      "dist/vendor/THIRD-PARTY-NOTICES.md",
      "dist/vendor/dockerfile-ast.js",
      "package.json",
    ]);
    const setup = await installed();
    const notices = readFileSync(join(setup.project, "node_modules/@layerlint/core/dist/vendor/THIRD-PARTY-NOTICES.md"), "utf8");
    expect(notices.split("\n").filter((line) => line.startsWith("## "))).toEqual([
      "## dockerfile-ast 0.7.1 (MIT)",
      "## vscode-languageserver-textdocument 1.0.16 (MIT)",
      "## vscode-languageserver-types 3.18.5 (MIT)",
    ]);
    expect(notices).toContain("Copyright (c) 2017-2021 Remy Suen");
  });

  it("have manifests made for the registry", SLOW, async () => {
    const setup = await installed();
    for (const name of NAMES) {
      const manifest = tarballManifest(setup, name);
      expect(manifest.license, name).toBe("MIT");
      expect(manifest.engines, name).toEqual({ node: ">=20.19" });
      expect(manifest.repository, name).toEqual({
        type: "git",
        url: "git+https://github.com/layerlint/layerlint.git",
        directory: `packages/${name === "@layerlint/language-server" ? "lsp" : name.split("/")[1]}`,
      });
      expect(manifest.homepage, name).toMatch(/^https:\/\/github\.com\/layerlint\/layerlint[#/]/);
      expect([manifest.private, manifest.scripts, manifest.devDependencies], name).toEqual([undefined, undefined, undefined]);
      expect(JSON.stringify(manifest), name).not.toContain("workspace:");
      for (const [dependency, range] of Object.entries(manifest.dependencies ?? {})) {
        if (dependency.startsWith("@layerlint/")) expect(range, `${name} → ${dependency}`).toBe(VERSION);
        else expect(range, `${name} → ${dependency}`).toMatch(/^\d+\.\d+\.\d+$/);
      }
      // Every export and bin names a shipped file; no `source` condition pointing at unshipped sources.
      for (const [subpath, conditions] of Object.entries(manifest.exports ?? {})) {
        expect(Object.keys(conditions), `${name} ${subpath}`).toEqual(["types", "default"]);
        for (const target of Object.values(conditions)) expect(existsSync(join(setup.project, "node_modules", name, target)), `${name} ${target}`).toBe(true);
      }
      for (const target of Object.values(manifest.bin ?? {})) {
        expect(readFileSync(join(setup.project, "node_modules", name, target), "utf8").startsWith("#!/usr/bin/env node\n"), `${name} ${target}`).toBe(true);
      }
    }
    // dockerfile-ast is vendored (patched); yaml is loaded by ./build-config only.
    expect(tarballManifest(setup, "@layerlint/core").dependencies).toEqual({ yaml: "2.9.1" });
    expect(tarballManifest(setup, "@layerlint/cli").bin).toEqual({ layerlint: "./dist-bundle/layerlint.cjs" });
    expect(tarballManifest(setup, "@layerlint/eslint-plugin").peerDependencies).toEqual({ eslint: "^9.15.0 || ^10.0.0" });
  });
});

describe("installed into a fresh npm project", () => {
  it("is a CommonJS project with nothing of ours from the registry", SLOW, async () => {
    const { project } = await installed();
    const manifest = projectManifest(project) as { type: string; dependencies: Record<string, string> };
    expect(manifest.type).toBe("commonjs");
    for (const name of NAMES) expect(manifest.dependencies[name], name).toMatch(/^file:.*\.tgz$/);
    const lock = JSON.parse(readFileSync(join(project, "package-lock.json"), "utf8")) as { packages: Record<string, { resolved?: string }> };
    const ours = Object.entries(lock.packages).filter(([path]) => path.includes("node_modules/@layerlint/"));
    expect(ours.map(([path]) => path).sort()).toEqual(NAMES.map((name) => `node_modules/${name}`).sort());
    for (const [path, entry] of ours) expect(entry.resolved, path).toMatch(/^file:.*\.tgz$/);
  });

  it("npx layerlint reports the leaks and exits 1", SLOW, async () => {
    const { project } = await installed();
    const stylish = run(project, "npx", ["layerlint"]);
    expect(stylish.stderr).toBe("");
    expect(stylish.status).toBe(1);
    expect(stylish.stdout).toContain("✖ 2 problems (2 errors, 0 warnings)");
    const json = run(project, "npx", ["layerlint", "--format", "json", "Dockerfile"]);
    expect(json.status).toBe(1);
    const [result] = JSON.parse(json.stdout) as { filePath: string; messages: { ruleId: string; line: number; column: number; severity: number }[] }[];
    expect(result!.filePath).toBe(join(project, "Dockerfile"));
    expect(result!.messages.map((m) => `${m.ruleId}@${m.line}:${m.column}:${m.severity}`)).toEqual(["no-secret-in-arg@2:5:2", "require-secret-mount@3:1:2"]);
    expect(run(project, "npx", ["layerlint", "--version"]).stdout).toBe(`layerlint ${VERSION}\n`);
  });

  it("runs the self-contained bin, which reads YAML config through its own yaml dependency", SLOW, async () => {
    const { project } = await installed();
    expect(realpathSync(join(project, "node_modules/.bin/layerlint"))).toBe(join(project, "node_modules/@layerlint/cli/dist-bundle/layerlint.cjs"));
    const dir = mkdtempSync(join(project, "yaml-config-"));
    writeFileSync(join(dir, "Dockerfile"), LEAKY);
    writeFileSync(join(dir, ".layerlintrc.yaml"), "rules:\n  require-secret-mount: warn\n");
    const json = run(dir, join(project, "node_modules/.bin/layerlint"), ["--format", "json"]);
    expect(json.stderr).toBe("");
    const [result] = JSON.parse(json.stdout) as { messages: { ruleId: string; severity: number }[] }[];
    expect(result!.messages.map((m) => `${m.ruleId}:${m.severity}`)).toEqual(["no-secret-in-arg:2", "require-secret-mount:1"]);
  });

  it.each([
    ["ESLint 10", "project", "v10.15.0"],
    ["ESLint 9", "eslint9", "v9.39.5"],
  ] as const)("%s lints the Dockerfile with the one-line eslint.config.mjs", SLOW, async (_name, which, version) => {
    const dir = (await installed())[which];
    expect(run(dir, "npx", ["eslint", "--version"]).stdout).toBe(`${version}\n`);
    const result = run(dir, "npx", ["eslint", "--format", "json", "Dockerfile"]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(1);
    const [file] = JSON.parse(result.stdout) as { messages: { ruleId: string; line: number; column: number }[] }[];
    expect(file!.messages.map((m) => `${m.ruleId}@${m.line}:${m.column}`)).toEqual(["layerlint/no-secret-in-arg@2:5", "layerlint/require-secret-mount@3:1"]);
  });

  it("npx layerlint-language-server --stdio answers initialize and publishes diagnostics", SLOW, async () => {
    const { project } = await installed();
    const session = await firstSession(project, LEAKY, { command: "npx", args: ["layerlint-language-server"], cwd: project });
    expect(session.initialize.serverInfo).toEqual({ name: "layerlint-language-server", version: VERSION });
    expect(session.diagnostics.map((d) => `${String(d.code)}@${d.range.start.line}:${d.range.start.character}`)).toEqual([
      "no-secret-in-arg@1:4",
      "require-secret-mount@2:0",
    ]);
    expect(session.exitCode).toBe(0);
    const help = run(project, "npx", ["layerlint-language-server", "--help"]);
    expect(help.stdout).toContain("https://github.com/layerlint/layerlint/blob/main/docs/integrations/editors.md");
    expect(help.stdout).not.toMatch(/(^|[\s(])(docs|packages)\//m);
  });
});

describe("the installed core's parser", () => {
  /** Every module URL that `script` (ESM, run in `cwd`) resolves, through a module.register() resolve hook. */
  function resolvedBy(cwd: string, script: string): string[] {
    writeFileSync(join(cwd, "log-resolve-hooks.mjs"), "let port;\nexport function initialize(data) { port = data.port; }\nexport async function resolve(specifier, context, next) { const result = await next(specifier, context); port.postMessage(result.url); return result; }\n");
    writeFileSync(
      join(cwd, "log-resolve.mjs"),
      [
        'import { register } from "node:module";',
        'import { MessageChannel } from "node:worker_threads";',
        "const { port1, port2 } = new MessageChannel();",
        "const urls = [];",
        'port1.on("message", (url) => urls.push(url));',
        'register("./log-resolve-hooks.mjs", import.meta.url, { data: { port: port2 }, transferList: [port2] });',
        script,
        "setTimeout(() => { console.log(JSON.stringify(urls)); port1.close(); }, 200);",
      ].join("\n"),
    );
    const result = run(cwd, process.execPath, ["log-resolve.mjs"]);
    if (result.status !== 0) throw new Error(result.stderr);
    return (JSON.parse(result.stdout) as string[]).map((url) => url.replace(`file://${cwd}/`, ""));
  }

  /** Whether the parser at `specifier` is patched: Instruction caches its tokens (patches/dockerfile-ast@0.7.1.patch). */
  function isPatched(cwd: string, specifier: string): boolean {
    const script = `import { DockerfileParser } from ${JSON.stringify(specifier)};\nconst run = DockerfileParser.parse("FROM alpine\\nRUN echo hi\\n").getInstructions()[1];\nconsole.log(JSON.stringify(Object.hasOwn(run, "rawArguments") && typeof run.tokenizeArguments === "function"));`;
    const result = run(cwd, process.execPath, ["--input-type=module", "-e", script]);
    if (result.status !== 0) throw new Error(result.stderr);
    return JSON.parse(result.stdout) as boolean;
  }

  it("is the vendored, patched copy, even when stock dockerfile-ast is installed beside it", SLOW, async () => {
    const { eslint9 } = await installed();
    const urls = resolvedBy(eslint9, 'const { parseDockerfile } = await import("@layerlint/core");\nparseDockerfile("FROM alpine\\n");');
    expect(urls.filter((url) => url.includes("@layerlint/core") || url.includes("dockerfile-ast"))).toEqual([
      "node_modules/@layerlint/core/dist/index.js",
      "node_modules/@layerlint/core/dist/shared.js",
      "node_modules/@layerlint/core/dist/vendor/dockerfile-ast.js",
    ]);
    expect(isPatched(eslint9, "./node_modules/@layerlint/core/dist/vendor/dockerfile-ast.js")).toBe(true);
    // The check tells them apart: the registry's dockerfile-ast 0.7.1 is not patched.
    expect(isPatched(eslint9, "dockerfile-ast")).toBe(false);
  });

  it("serves ./build-config from the same shared bundle, with the registry's yaml", SLOW, async () => {
    const { eslint9 } = await installed();
    const compose = "services:\n  web:\n    build:\n      context: .\n      args:\n        NPM_TOKEN: ${NPM_TOKEN}\n";
    const script = [
      'const { parseBuildConfig, lintBuildConfig } = await import("@layerlint/core/build-config");',
      `const result = lintBuildConfig(parseBuildConfig(${JSON.stringify(compose)}, "compose"));`,
      'const { writeFileSync } = await import("node:fs");',
      'writeFileSync("build-config-findings.json", JSON.stringify(result.findings.map((f) => [f.ruleId, f.span.line])));',
    ].join("\n");
    const urls = resolvedBy(eslint9, script);
    expect(urls.filter((url) => url.includes("@layerlint/core") || url.includes("node_modules/yaml/"))).toEqual([
      "node_modules/@layerlint/core/dist/build-config/index.js",
      "node_modules/@layerlint/core/dist/shared.js",
      "node_modules/yaml/dist/index.js",
      "node_modules/@layerlint/core/dist/vendor/dockerfile-ast.js",
    ]);
    expect(JSON.parse(readFileSync(join(eslint9, "build-config-findings.json"), "utf8"))).toEqual([["no-secret-build-arg", 6]]);
  });

  it("installs no parser package: core's only dependency is yaml", SLOW, async () => {
    const { project } = await installed();
    expect(existsSync(join(project, "node_modules/dockerfile-ast"))).toBe(false);
    expect(isPatched(project, "./node_modules/@layerlint/core/dist/vendor/dockerfile-ast.js")).toBe(true);
  });
});
