// Every bundle layerlint ships, built from the TypeScript sources by one bundler (esbuild), each
// with the licence notices of the npm packages inside it:
//
// - the CLI (`cliBundle`): bin/layerlint.js and all it loads in one CommonJS file. It is committed as
//   packages/cli/dist-bundle/, because pre-commit and the GitHub Action (action.yml) run it from a
//   checkout of this repository with no build step, and it is the `layerlint` bin of the published
//   @layerlint/cli (a single file starts faster than a tree of modules: docs/performance.md);
// - @layerlint/core's published JavaScript (`coreBundle`): core in one file, importing the patched
//   dockerfile-ast from its own vendor file (docs/releasing.md says why it is vendored);
// - the VS Code extension's client and its language server (`vscodeBundles`).
//
// scripts/pack.mjs builds the published packages from these; `npm run bundle` writes the CLI's.
//
//   node scripts/bundle.mjs           write packages/cli/dist-bundle/
//   node scripts/bundle.mjs --check   exit 1 if the committed files are stale
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
export const CLI_BUNDLE_DIR = join(REPO_ROOT, "packages/cli/dist-bundle");
export const CLI_BUNDLE_FILE = "layerlint.cjs";

/** The values core imports from dockerfile-ast: what the vendored copy exports. */
const PARSER_EXPORTS = ["DockerfileParser"];
/** Where core's bundle finds the vendored parser, relative to the bundle. */
export const VENDORED_PARSER = "./vendor/dockerfile-ast.js";

/** Bins import the compiled `../dist/*.js`; bundles are built from the sources. */
const fromSources = {
  name: "layerlint-sources",
  setup(plugin) {
    plugin.onResolve({ filter: /^\.\.\/dist\/.*\.js$/ }, (args) => ({
      path: join(dirname(args.importer), args.path.replace(/^\.\.\/dist\//, "../src/").replace(/\.js$/, ".ts")),
    }));
  },
};

/** `dockerfile-ast` resolved to the vendored copy beside core's bundle, not to an npm package. */
const vendoredParser = {
  name: "layerlint-vendored-parser",
  setup(plugin) {
    plugin.onResolve({ filter: /^dockerfile-ast$/ }, () => ({ path: VENDORED_PARSER, external: true }));
  },
};

/**
 * @layerlint/node loads `yaml` lazily with `createRequire(import.meta.url)("yaml")`, which a
 * bundler cannot follow (the CLI, whose package depends on yaml, keeps it that way). A bundle that
 * has no node_modules beside it (the VS Code extension) needs yaml inside: this turns that call
 * into a plain `require("yaml")`, which esbuild bundles and still evaluates only when called.
 */
const LAZY_YAML = 'createRequire(import.meta.url)("yaml")';
const inlineLazyYaml = {
  name: "layerlint-inline-yaml",
  setup(plugin) {
    plugin.onLoad({ filter: /[\\/]packages[\\/]node[\\/]src[\\/]config-file\.ts$/ }, (args) => {
      const source = readFileSync(args.path, "utf8");
      if (!source.includes(LAZY_YAML)) {
        return { errors: [{ text: `${LAZY_YAML} is no longer in ${args.path}: update scripts/bundle.mjs (inlineLazyYaml).` }] };
      }
      return { contents: source.replace(LAZY_YAML, 'require("yaml")'), loader: "ts" };
    });
  },
};

/** An ESM bundle may hold CommonJS packages (dockerfile-ast), which call require() for Node built-ins. */
const ESM_REQUIRE = 'import { createRequire as __layerlintCreateRequire } from "node:module";\nconst require = __layerlintCreateRequire(import.meta.url);';
/**
 * A CommonJS bundle of ESM sources: `import.meta.url` is the bundle file's URL. Strict, as the
 * sources are (the banner goes before esbuild's own "use strict", which would then not count).
 */
const CJS_IMPORT_META_URL = '"use strict";\nconst __layerlintImportMetaUrl = require("node:url").pathToFileURL(__filename).href;';

/** The directory of the npm package a bundled file belongs to, or null for our own sources. */
function packageDirOf(input) {
  const parts = input.split("/");
  const index = parts.lastIndexOf("node_modules");
  if (index === -1) return null;
  const nameParts = parts[index + 1]?.startsWith("@") ? 2 : 1;
  return join(REPO_ROOT, ...parts.slice(0, index + 1 + nameParts));
}

/** THIRD-PARTY-NOTICES.md for the npm packages among `inputs` (paths relative to the repository). */
function noticesOf(inputs, what) {
  const packageDirs = [...new Set(inputs.map(packageDirOf).filter((dir) => dir !== null))];
  const packages = packageDirs
    .map((dir) => {
      const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
      const licenseFile = ["LICENSE", "LICENSE.md", "LICENSE.txt", "license", "License.txt"].find((name) => existsSync(join(dir, name)));
      const text = licenseFile === undefined ? `License: ${manifest.license}` : readFileSync(join(dir, licenseFile), "utf8").trim();
      return { name: manifest.name, version: manifest.version, license: manifest.license, text };
    })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  let notices = `# Third-party notices\n\n${what} bundles these packages.\n`;
  for (const pkg of packages) notices += `\n## ${pkg.name} ${pkg.version} (${pkg.license})\n\n\`\`\`text\n${pkg.text}\n\`\`\`\n`;
  return notices;
}

/**
 * Bundles `entryPoints` ({ output file name: source path }), or `stdin` ({ out, contents,
 * resolveDir }), in memory. Returns the output files (name → contents) and the inputs, relative
 * to the repository with `/` separators.
 */
async function bundleFiles({ entryPoints, stdin, format, external = [], plugins = [], define = {}, banner, splitting = false }) {
  const outdir = join(REPO_ROOT, "bundle-output");
  const names = entryPoints === undefined ? [stdin.out] : Object.keys(entryPoints);
  const result = await build({
    ...(entryPoints === undefined
      ? { stdin: { contents: stdin.contents, resolveDir: join(REPO_ROOT, stdin.resolveDir), loader: "js" }, outfile: join(outdir, stdin.out) }
      : {
          entryPoints: Object.entries(entryPoints).map(([out, path]) => ({ out: out.replace(/\.[cm]?js$/, ""), in: join(REPO_ROOT, path) })),
          outExtension: { ".js": /\.[cm]js$/.exec(names[0])?.[0] ?? ".js" },
          outdir,
        }),
    absWorkingDir: REPO_ROOT,
    bundle: true,
    platform: "node",
    format,
    splitting,
    // One stable name for the code the entry points share (two entry points make one chunk).
    ...(splitting ? { chunkNames: "shared" } : {}),
    target: "node20",
    conditions: ["source"],
    external,
    plugins: [fromSources, ...plugins],
    define,
    charset: "utf8",
    legalComments: "none",
    metafile: true,
    write: false,
    ...(banner === undefined ? {} : { banner: { js: banner } }),
    logLevel: "silent",
  });
  const files = new Map(result.outputFiles.map((file) => [relative(outdir, file.path).split(sep).join("/"), file.text]));
  const inputs = Object.keys(result.metafile.inputs).map((input) => input.split(sep).join("/"));
  return { files, inputs };
}

/**
 * The self-contained CLI: dist-bundle/ file name → contents. CommonJS, which Node starts faster
 * than an ES module (no ES module loader to set up: docs/performance.md).
 */
export async function cliBundle() {
  const { files, inputs } = await bundleFiles({
    entryPoints: { [CLI_BUNDLE_FILE]: "packages/cli/bin/layerlint.js" },
    format: "cjs",
    define: { "import.meta.url": "__layerlintImportMetaUrl" },
    banner: CJS_IMPORT_META_URL,
  });
  return new Map([...files, ["THIRD-PARTY-NOTICES.md", noticesOf(inputs, `${CLI_BUNDLE_FILE} in this directory`)]]);
}

/**
 * @layerlint/core's published JavaScript, file name (relative to its dist/) → contents: index.js,
 * core in one ESM file, and vendor/dockerfile-ast.js, the patched parser (patches/ applied by
 * pnpm to node_modules) with its two dependencies, plus their notices.
 */
export async function coreBundle() {
  // Two entry points, as package.json exports them; what they share is one chunk, so the rule
  // registry and the detectors exist once. yaml stays a dependency (only ./build-config loads it).
  const core = await bundleFiles({
    entryPoints: { "index.js": "packages/core/src/index.ts", "build-config/index.js": "packages/core/src/build-config/index.ts" },
    format: "esm",
    splitting: true,
    external: ["yaml"],
    plugins: [vendoredParser],
  });
  const parser = await bundleFiles({
    // Resolved from packages/core: the copy pnpm installed for core, with the patch applied.
    stdin: { out: VENDORED_PARSER.replace(/^\.\//, ""), contents: `export { ${PARSER_EXPORTS.join(", ")} } from "dockerfile-ast";\n`, resolveDir: "packages/core" },
    format: "esm",
    banner: ESM_REQUIRE,
  });
  return new Map([
    ...core.files,
    ...parser.files,
    ["vendor/THIRD-PARTY-NOTICES.md", noticesOf(parser.inputs, "dockerfile-ast.js in this directory")],
  ]);
}

/**
 * The VS Code extension's JavaScript, path in the extension → contents: the client
 * (dist/extension.js) and the language server with its lint worker (server/), CommonJS as VS Code
 * loads extensions, and self-contained: a .vsix has no node_modules.
 */
export async function vscodeBundles() {
  const client = await bundleFiles({
    entryPoints: { "dist/extension.js": "packages/vscode/src/extension.ts" },
    format: "cjs",
    external: ["vscode"],
  });
  const server = await bundleFiles({
    entryPoints: { "server/server.js": "packages/lsp/bin/layerlint-language-server.js", "server/lint-worker.js": "packages/lsp/src/lint-worker.ts" },
    format: "cjs",
    plugins: [inlineLazyYaml],
    define: { "import.meta.url": "__layerlintImportMetaUrl" },
    banner: CJS_IMPORT_META_URL,
  });
  const inputs = [...client.inputs, ...server.inputs];
  return new Map([...client.files, ...server.files, ["THIRD-PARTY-NOTICES.md", noticesOf(inputs, "The JavaScript in dist/ and server/")]]);
}

/** The files of packages/cli/dist-bundle/ that differ from a fresh build. */
export async function staleFiles() {
  const stale = [];
  for (const [name, contents] of await cliBundle()) {
    const path = join(CLI_BUNDLE_DIR, name);
    if (!existsSync(path) || readFileSync(path, "utf8") !== contents) stale.push(relative(REPO_ROOT, path));
  }
  return stale;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes("--check")) {
    const stale = await staleFiles();
    if (stale.length > 0) {
      console.error(`Stale: ${stale.join(", ")}. Run npm run bundle (node scripts/bundle.mjs) and commit the result.`);
      process.exit(1);
    }
  } else {
    mkdirSync(CLI_BUNDLE_DIR, { recursive: true });
    for (const [name, contents] of await cliBundle()) writeFileSync(join(CLI_BUNDLE_DIR, name), contents);
  }
}
