// `npm run pack`: the installable tarballs of every public package and the VS Code extension, in
// artifacts/ (ignored by git) — exactly the files a release publishes (docs/releasing.md).
//
//   node scripts/pack.mjs [--out DIR] [--only NAME,NAME…]   (after a build: npm run pack builds first)
//
// Each package is laid out in a staging directory with only what it ships — its README, the
// repository's LICENSE, the compiled JavaScript and type declarations of its current sources (no
// source maps: the sources are not shipped), the bundles of scripts/bundle.mjs — and a manifest
// made for publishing: `workspace:*` replaced by the version it names (what pnpm does when it
// packs), no scripts, devDependencies or `private`, no `source` export condition. `npm pack` makes the
// tarball; @vscode/vsce makes the .vsix.
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { cliBundle, coreBundle, REPO_ROOT, vscodeBundles } from "./bundle.mjs";

export const ARTIFACTS = join(REPO_ROOT, "artifacts");

/**
 * The published packages, in publish order (each after what it depends on). `javascript` says
 * where the shipped JavaScript comes from: `tsc`, the compiled tree of dist/; `core`, the bundle
 * with the vendored parser. `extra` adds files: a bundle, or a directory copied as is.
 */
export const PACKAGES = [
  { name: "core", dir: "packages/core", javascript: "core", vendored: ["dockerfile-ast"] },
  { name: "node", dir: "packages/node", javascript: "tsc" },
  {
    name: "cli",
    dir: "packages/cli",
    javascript: "tsc",
    // The bin is the self-contained bundle, which starts faster than the module tree (docs/performance.md); dist/ is the library.
    extra: [{ bundle: cliBundle, into: "dist-bundle" }],
    bin: { layerlint: "./dist-bundle/layerlint.cjs" },
  },
  { name: "eslint-plugin", dir: "packages/eslint-plugin", javascript: "tsc" },
  { name: "language-server", dir: "packages/lsp", javascript: "tsc", extra: [{ copy: "bin" }] },
];
export const VSCODE_DIR = "packages/vscode";

const SOURCE_MAP_COMMENT = /\n\/\/# sourceMappingURL=\S+\s*$/;

function readJson(path) {
  return JSON.parse(readFileSync(path, "utf8"));
}

function writeFile(path, contents) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, contents);
}

/** Every `.ts` file under `dir` (relative, `/`-separated), sorted. */
function sourceFiles(dir, prefix = "") {
  const out = [];
  for (const entry of readdirSync(join(dir, prefix), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = prefix === "" ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) out.push(...sourceFiles(dir, path));
    else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts")) out.push(path);
  }
  return out;
}

/** The versions of the workspace's packages, by name. */
function workspaceVersions() {
  const versions = new Map();
  for (const dir of readdirSync(join(REPO_ROOT, "packages"))) {
    const path = join(REPO_ROOT, "packages", dir, "package.json");
    if (existsSync(path)) {
      const manifest = readJson(path);
      versions.set(manifest.name, manifest.version);
    }
  }
  return versions;
}

/** `workspace:*` → `1.2.3`, `workspace:^` → `^1.2.3`, `workspace:~` → `~1.2.3`, `workspace:1.x` → `1.x` (pnpm's rules). */
export function resolveWorkspaceRange(name, range, versions) {
  if (!range.startsWith("workspace:")) return range;
  const rest = range.slice("workspace:".length);
  const version = versions.get(name);
  if (version === undefined) throw new Error(`${name}: ${range} names no package of the workspace.`);
  if (rest === "*") return version;
  if (rest === "^" || rest === "~") return `${rest}${version}`;
  return rest;
}

/** The manifest as published: what the staging directory holds, nothing of the workspace. */
export function publishedManifest(manifest, { versions, files, bin, vendored = [] }) {
  // `private` guards the workspace manifest against `npm publish` from its directory.
  const { scripts: _scripts, devDependencies: _devDependencies, "//": _comment, private: _private, ...published } = manifest;
  for (const field of ["dependencies", "peerDependencies", "optionalDependencies"]) {
    if (published[field] === undefined) continue;
    const entries = Object.entries(published[field])
      .filter(([name]) => !vendored.includes(name))
      .map(([name, range]) => [name, resolveWorkspaceRange(name, range, versions)]);
    if (entries.length === 0) delete published[field];
    else published[field] = Object.fromEntries(entries);
  }
  if (published.exports !== undefined) {
    published.exports = Object.fromEntries(
      Object.entries(published.exports).map(([subpath, conditions]) => {
        const { source: _source, ...shipped } = conditions;
        return [subpath, shipped];
      }),
    );
  }
  if (bin !== undefined) published.bin = bin;
  published.files = files;
  return published;
}

/** Lays out one package in `stage`; returns the manifest to publish. */
async function stagePackage(spec, stage, versions) {
  const dir = join(REPO_ROOT, spec.dir);
  const manifest = readJson(join(dir, "package.json"));
  const dist = join(dir, "dist");
  for (const source of sourceFiles(join(dir, "src"))) {
    const base = source.replace(/\.ts$/, "");
    const declaration = join(dist, `${base}.d.ts`);
    if (!existsSync(declaration)) throw new Error(`${relative(REPO_ROOT, declaration)} is missing: build first (npm run build).`);
    writeFile(join(stage, "dist", `${base}.d.ts`), readFileSync(declaration, "utf8").replace(SOURCE_MAP_COMMENT, "\n"));
    if (spec.javascript === "tsc") {
      writeFile(join(stage, "dist", `${base}.js`), readFileSync(join(dist, `${base}.js`), "utf8").replace(SOURCE_MAP_COMMENT, "\n"));
    }
  }
  if (spec.javascript === "core") {
    for (const [name, contents] of await coreBundle()) writeFile(join(stage, "dist", name), contents);
  }
  for (const extra of spec.extra ?? []) {
    if (extra.copy !== undefined) {
      for (const name of readdirSync(join(dir, extra.copy))) writeFile(join(stage, extra.copy, name), readFileSync(join(dir, extra.copy, name)));
    } else {
      for (const [name, contents] of await extra.bundle()) writeFile(join(stage, extra.into, name), contents);
    }
  }
  copyFileSync(join(dir, "README.md"), join(stage, "README.md"));
  copyFileSync(join(REPO_ROOT, "LICENSE"), join(stage, "LICENSE"));
  const files = readdirSync(stage).filter((name) => !["package.json", "README.md", "LICENSE"].includes(name)).sort();
  return publishedManifest(manifest, { versions, files, bin: spec.bin, vendored: spec.vendored });
}

function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, npm_config_update_notifier: "false" } });
  if (result.status !== 0) {
    throw new Error(`\`${command} ${args.join(" ")}\` failed in ${cwd} (exit ${result.status ?? result.signal}):\n${result.stderr}${result.stdout}`);
  }
  return result.stdout;
}

/** Packs one npm package into `out`; returns { name, version, file, size, unpackedSize, files }. */
async function packPackage(spec, out, work, versions) {
  const stage = join(work, spec.name);
  const manifest = await stagePackage(spec, stage, versions);
  writeFile(join(stage, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  const [result] = JSON.parse(run("npm", ["pack", "--json", "--pack-destination", out], stage));
  return {
    name: result.name,
    version: result.version,
    file: join(out, result.filename),
    size: result.size,
    unpackedSize: result.unpackedSize,
    files: result.files.map((f) => ({ path: f.path, size: f.size })).sort((a, b) => (a.path < b.path ? -1 : 1)),
  };
}

/**
 * The VS Code extension's manifest as packaged: no workspace fields, everything it runs bundled,
 * and CommonJS, which is what the bundles are (the sources are ESM, as in the other packages).
 */
export function extensionManifest(manifest) {
  const { scripts: _scripts, devDependencies: _devDependencies, dependencies: _dependencies, private: _private, ...packaged } = manifest;
  return { ...packaged, type: "commonjs" };
}

/** Packs the VS Code extension into `out`; returns { name, version, file, size, files }. */
async function packExtension(out, work) {
  const dir = join(REPO_ROOT, VSCODE_DIR);
  const stage = join(work, "vscode");
  const manifest = readJson(join(dir, "package.json"));
  writeFile(join(stage, "package.json"), `${JSON.stringify(extensionManifest(manifest), null, 2)}\n`);
  for (const [name, contents] of await vscodeBundles()) writeFile(join(stage, name), contents);
  copyFileSync(join(dir, "README.md"), join(stage, "README.md"));
  copyFileSync(join(REPO_ROOT, "CHANGELOG.md"), join(stage, "CHANGELOG.md"));
  copyFileSync(join(REPO_ROOT, "LICENSE"), join(stage, "LICENSE"));
  const vsce = join(dirname(createRequire(join(dir, "package.json")).resolve("@vscode/vsce/package.json")), "vsce");
  const file = join(out, `${manifest.name}-${manifest.version}.vsix`);
  // Nothing to install: the client and the server are bundled (a .vsix has no node_modules).
  run(process.execPath, [vsce, "package", "--no-dependencies", "--no-update-package-json", "--out", file], stage);
  return { name: manifest.name, version: manifest.version, file, size: statSync(file).size };
}

/**
 * The one version everything is released under (docs/releasing.md): every published package, the
 * extension, the repository root (the pre-commit package) and the versions built into the code
 * (core's `version` export, the ESLint plugin's `meta.version`). Throws, naming each, when they differ.
 */
export async function releaseVersion() {
  const found = [
    ...[...PACKAGES.map((spec) => spec.dir), VSCODE_DIR, "."].map((dir) => [`${dir}/package.json`, readJson(join(REPO_ROOT, dir, "package.json")).version]),
    ["@layerlint/core's version export", (await import(join(REPO_ROOT, "packages/core/dist/index.js"))).version],
    ["@layerlint/eslint-plugin's meta.version", (await import(join(REPO_ROOT, "packages/eslint-plugin/dist/index.js"))).default.meta.version],
  ];
  const versions = new Set(found.map(([, version]) => version));
  if (versions.size !== 1) throw new Error(`Versions differ: ${found.map(([where, version]) => `${where} ${version}`).join(", ")}.`);
  return [...versions][0];
}

/** Writes the tarballs (and the .vsix) into `out`; returns what it wrote. */
export async function pack({ out = ARTIFACTS, only } = {}) {
  await releaseVersion();
  mkdirSync(out, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), "layerlint-pack-"));
  try {
    const versions = workspaceVersions();
    const packed = [];
    for (const spec of PACKAGES) {
      if (only === undefined || only.includes(spec.name)) packed.push(await packPackage(spec, resolve(out), work, versions));
    }
    if (only === undefined || only.includes("vscode")) packed.push(await packExtension(resolve(out), work));
    return packed;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { out: { type: "string" }, only: { type: "string" } } });
  const packed = await pack({ out: values.out === undefined ? ARTIFACTS : resolve(values.out), ...(values.only === undefined ? {} : { only: values.only.split(",") }) });
  for (const item of packed) {
    console.log(`${relative(process.cwd(), item.file).split(sep).join("/")}  ${(item.size / 1024).toFixed(1)} kB${item.files ? `, ${item.files.length} files, ${(item.unpackedSize / 1024).toFixed(1)} kB unpacked` : ""}`);
  }
}
