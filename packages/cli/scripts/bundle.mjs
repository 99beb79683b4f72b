// The self-contained CLI that the pre-commit hook installs: bin/layerlint.js and everything it
// loads (the CLI, @layerlint/core, @layerlint/node, dockerfile-ast, yaml, picomatch) in one ESM
// file, built from the TypeScript sources, plus the licence notices of the bundled packages. It is
// committed, because pre-commit installs this repository with plain `npm install`: no pnpm, no
// build step (docs/integrations/pre-commit.md). A test rebuilds it and fails when it is stale.
//
//   node packages/cli/scripts/bundle.mjs           write packages/cli/dist-bundle/
//   node packages/cli/scripts/bundle.mjs --check   exit 1 if the committed files are stale
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const cliDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const repoRoot = join(cliDir, "../..");
export const BUNDLE_DIR = join(cliDir, "dist-bundle");
const BIN = join(cliDir, "bin/layerlint.js");

/** bin/layerlint.js imports the compiled `../dist/*.js`; the bundle is built from the sources. */
const fromSources = {
  name: "layerlint-sources",
  setup(plugin) {
    plugin.onResolve({ filter: /^\.\.\/dist\/.*\.js$/ }, (args) => ({
      path: join(dirname(args.importer), args.path.replace(/^\.\.\/dist\//, "../src/").replace(/\.js$/, ".ts")),
    }));
  },
};

/** The directory of the npm package a bundled file belongs to, or null for our own sources. */
function packageDirOf(input) {
  const parts = input.split("/");
  const index = parts.lastIndexOf("node_modules");
  if (index === -1) return null;
  const nameParts = parts[index + 1]?.startsWith("@") ? 2 : 1;
  return join(repoRoot, ...parts.slice(0, index + 1 + nameParts));
}

function noticesOf(inputs) {
  const packageDirs = [...new Set(inputs.map(packageDirOf).filter((dir) => dir !== null))];
  const packages = packageDirs
    .map((dir) => {
      const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
      const licenseFile = ["LICENSE", "LICENSE.md", "LICENSE.txt", "license", "License.txt"].find((name) => existsSync(join(dir, name)));
      const text = licenseFile === undefined ? `License: ${manifest.license}` : readFileSync(join(dir, licenseFile), "utf8").trim();
      return { name: manifest.name, version: manifest.version, license: manifest.license, text };
    })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  let notices = "# Third-party notices\n\nlayerlint.mjs in this directory bundles these packages.\n";
  for (const pkg of packages) notices += `\n## ${pkg.name} ${pkg.version} (${pkg.license})\n\n\`\`\`text\n${pkg.text}\n\`\`\`\n`;
  return notices;
}

/** Builds the bundle in memory: file name (relative to dist-bundle/) → contents. */
export async function bundle() {
  const result = await build({
    entryPoints: [BIN],
    absWorkingDir: repoRoot,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    conditions: ["source"],
    plugins: [fromSources],
    charset: "utf8",
    legalComments: "none",
    metafile: true,
    write: false,
    outfile: join(BUNDLE_DIR, "layerlint.mjs"),
    // CommonJS dependencies (dockerfile-ast) call require() for Node built-ins.
    banner: { js: 'import { createRequire as __layerlintCreateRequire } from "node:module";\nconst require = __layerlintCreateRequire(import.meta.url);' },
    logLevel: "silent",
  });
  const [output] = result.outputFiles;
  const inputs = Object.keys(result.metafile.inputs).map((input) => input.split(sep).join("/"));
  return new Map([
    ["layerlint.mjs", output.text],
    ["THIRD-PARTY-NOTICES.md", noticesOf(inputs)],
  ]);
}

/** The files of dist-bundle/ that differ from a fresh build. */
export async function staleFiles() {
  const stale = [];
  for (const [name, contents] of await bundle()) {
    const path = join(BUNDLE_DIR, name);
    if (!existsSync(path) || readFileSync(path, "utf8") !== contents) stale.push(relative(repoRoot, path));
  }
  return stale;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes("--check")) {
    const stale = await staleFiles();
    if (stale.length > 0) {
      console.error(`Stale: ${stale.join(", ")}. Run node packages/cli/scripts/bundle.mjs and commit the result.`);
      process.exit(1);
    }
  } else {
    mkdirSync(BUNDLE_DIR, { recursive: true });
    for (const [name, contents] of await bundle()) writeFileSync(join(BUNDLE_DIR, name), contents);
  }
}
