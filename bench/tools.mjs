// The tools the benchmark times, each as `run(text)`. dockerfile-ast is resolved from
// @layerlint/core so the baseline is exactly the parser (and patch) core runs on.
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, readdirSync, realpathSync, rmSync, symlinkSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const requireFromCore = createRequire(join(ROOT, "packages/core/package.json"));
const requireFromRoot = createRequire(join(ROOT, "package.json"));

/** Where dockerfilelint looks for its `.dockerfilelintrc`: a directory that has none. */
const NO_CONFIG_DIR = join(ROOT, "bench", "results");

/**
 * dockerfile-ast 0.7.1 exactly as published, the parser docs/spec.md §8 measures against: the installed
 * (patched) copy with patches/dockerfile-ast@0.7.1.patch reversed, in bench/results/ (needs GNU
 * `patch`). Returns null, with the reason on stderr, when it cannot be made.
 */
function loadStockParser() {
  const installed = dirname(requireFromCore.resolve("dockerfile-ast/package.json"));
  const patchFile = readdirSync(join(ROOT, "patches")).find((f) => f.startsWith("dockerfile-ast@"));
  if (!patchFile) return requireFromCore("dockerfile-ast").DockerfileParser; // not patched: installed is stock
  const home = join(ROOT, "bench", "results", "stock-dockerfile-ast");
  const target = join(home, "node_modules", "dockerfile-ast");
  rmSync(home, { recursive: true, force: true });
  mkdirSync(dirname(target), { recursive: true });
  cpSync(installed, target, { recursive: true, dereference: true });
  const reverse = spawnSync("patch", ["-R", "-p1", "-s", "-d", target, "-i", join(ROOT, "patches", patchFile)], { encoding: "utf8" });
  if (reverse.status !== 0) {
    process.stderr.write(`stock dockerfile-ast unavailable: \`patch -R\` failed: ${reverse.error?.message ?? reverse.stderr}\n`);
    return null;
  }
  // Its own dependencies: pnpm installs them beside the installed copy.
  for (const dep of ["vscode-languageserver-textdocument", "vscode-languageserver-types"]) {
    symlinkSync(realpathSync(join(dirname(installed), dep)), join(home, "node_modules", dep), "dir");
  }
  return createRequire(join(target, "package.json"))("./lib/main.js").DockerfileParser;
}

export async function loadTools({ peers = true, stock: withStock = true } = {}) {
  const { DockerfileParser } = requireFromCore("dockerfile-ast");
  const core = await import("@layerlint/core");
  const stock = withStock ? loadStockParser() : null;
  const tools = [
    { id: "dockerfile-ast", label: "dockerfile-ast parse (patched, shipped)", run: (text) => DockerfileParser.parse(text) },
    ...(stock ? [{ id: "dockerfile-ast-stock", label: "dockerfile-ast 0.7.1 parse (stock)", run: (text) => stock.parse(text) }] : []),
    { id: "layerlint-parse", label: "layerlint parseDockerfile", run: (text) => core.parseDockerfile(text) },
    { id: "layerlint", label: "layerlint lint", run: (text) => core.lint(text) },
  ];
  if (peers) {
    const peer = (name) => {
      try {
        return requireFromRoot(name);
      } catch {
        return null;
      }
    };
    const utils = peer("dockerfile-utils");
    if (utils) tools.push({ id: "dockerfile-utils", label: "dockerfile-utils validate", run: (text) => utils.validate(text) });
    const dockerfilelint = peer("dockerfilelint");
    if (dockerfilelint) tools.push({ id: "dockerfilelint", label: "dockerfilelint run", run: (text) => dockerfilelint.run(NO_CONFIG_DIR, text) });
  }
  return tools;
}
