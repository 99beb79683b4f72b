// What a user who installs layerlint from npm gets (docs/performance.md, "Installed packages"):
// packs the tarballs (scripts/pack.mjs), installs them into a fresh npm project outside the
// repository (scripts/fresh-project.mjs) together with stock dockerfile-ast 0.7.1 from the registry,
// and measures there
//
// - the CLI's start-up against `node -e 0` (median of N interleaved spawns): the `layerlint` bin
//   as npm links it, `npx layerlint`, and the CLI's module tree (`@layerlint/cli`'s dist/) for
//   comparison with the bundled bin;
// - the parser on a 50,000-line many-stage file (bench/generate.mjs `concatenatedFile`): stock
//   dockerfile-ast 0.7.1 against the patched copy vendored in the installed @layerlint/core, each
//   in a fresh process (first parse, then the best of 3 warm ones), plus the installed core's
//   `lint()` and the installed CLI on that file;
// - what a scoped fork of the parser would cost instead of vendoring it: loading the parser as an
//   npm package (dockerfile-ast's layout, which a fork keeps) against the one vendored file, and
//   the size of each.
//
//   node bench/installed.mjs [--runs N] [--tarballs DIR]   (after a build; writes bench/results/installed.json)
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { freshProject } from "../scripts/fresh-project.mjs";
import { pack } from "../scripts/pack.mjs";
import { concatenatedFile, generateCorpus } from "./generate.mjs";
import { ROOT } from "./tools.mjs";

const { values: args } = parseArgs({ options: { runs: { type: "string", default: "21" }, tarballs: { type: "string" } } });
const RUNS = Number(args.runs);
const RESULTS_DIR = join(ROOT, "bench", "results");
const log = (line) => process.stderr.write(`${line}\n`);
const round = (x, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Total size in bytes of the files under `path`. */
function sizeOf(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((sum, name) => sum + sizeOf(join(path, name)), 0);
}

mkdirSync(RESULTS_DIR, { recursive: true });
const tarballDir = args.tarballs ?? join(RESULTS_DIR, "installed-tarballs");
if (args.tarballs === undefined) {
  log("packing…");
  rmSync(tarballDir, { recursive: true, force: true });
  await pack({ out: tarballDir, only: ["core", "node", "cli"] });
}
const tarballs = readdirSync(tarballDir).filter((name) => /^layerlint-(core|node|cli)-.*\.tgz$/.test(name)).map((name) => join(tarballDir, name));
log(`installing ${tarballs.length} tarballs and dockerfile-ast@0.7.1 into a fresh project…`);
const project = freshProject({ tarballs, packages: ["dockerfile-ast@0.7.1"], prefix: "layerlint-bench-" });

const DOCKERFILE = 'FROM node:20-bookworm-slim\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci --omit=dev\nCOPY . .\nUSER node\nCMD ["node", "server.js"]\n';
writeFileSync(join(project, "Dockerfile"), DOCKERFILE);
writeFileSync(join(project, ".dockerignore"), ".git\nnode_modules\n.env\n.env.*\n*.pem\n*.key\n.npmrc\n.ssh\n.aws\nid_rsa*\n");
const corpus = generateCorpus({ count: 2000 });
const big = concatenatedFile(50_000, corpus);
writeFileSync(join(project, "big.Dockerfile"), big);

function wall(command, argv) {
  const start = process.hrtime.bigint();
  const child = spawnSync(command, argv, { cwd: project, encoding: "utf8" });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (child.status !== 0 && child.status !== 1) throw new Error(`${command} ${argv.join(" ")} exited ${child.status}: ${child.stderr}`);
  return { ms, status: child.status, stdout: child.stdout };
}

// 1. Start-up ----------------------------------------------------------------------------------
log(`start-up: ${RUNS} interleaved spawns of each…`);
const BIN = join(project, "node_modules", ".bin", "layerlint");
const MODULE_TREE = 'import { main } from "@layerlint/cli"; process.exitCode = await main(["Dockerfile"], { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, cwd: process.cwd(), env: process.env, isTTY: false });';
const startup = {
  node: { label: "node -e 0", run: () => wall(process.execPath, ["-e", "0"]), times: [] },
  bin: { label: "node_modules/.bin/layerlint Dockerfile", run: () => wall(BIN, ["Dockerfile"]), times: [] },
  npx: { label: "npx layerlint Dockerfile", run: () => wall("npx", ["layerlint", "Dockerfile"]), times: [] },
  moduleTree: { label: "the CLI's module tree (dist/, not bundled)", run: () => wall(process.execPath, ["--input-type=module", "-e", MODULE_TREE]), times: [] },
};
for (const entry of Object.values(startup)) entry.run(); // warm the file cache
for (let i = 0; i < RUNS; i++) for (const entry of Object.values(startup)) entry.times.push(entry.run().ms);
const nodeMs = median(startup.node.times);
const startupResults = Object.fromEntries(
  Object.entries(startup).map(([id, entry]) => [id, { label: entry.label, medianMs: round(median(entry.times)), ratio: round(median(entry.times) / nodeMs, 2) }]),
);

// 2. The parser on the 50,000-line file ---------------------------------------------------------
const VENDORED = join(project, "node_modules", "@layerlint", "core", "dist", "vendor", "dockerfile-ast.js");
/** Parses big.Dockerfile in a fresh process: the first call, then the best of 3 more. */
function timeInChild(setup, call) {
  const script = `import { readFileSync } from "node:fs";
${setup}
const text = readFileSync("big.Dockerfile", "utf8");
const time = () => { const t = performance.now(); ${call}; return performance.now() - t; };
const first = time();
const warm = Math.min(time(), time(), time());
console.log(JSON.stringify({ first, warm }));`;
  const child = spawnSync(process.execPath, ["--input-type=module", "-e", script], { cwd: project, encoding: "utf8", timeout: 300_000 });
  if (child.status !== 0) throw new Error(`child failed: ${child.stderr}`);
  const { first, warm } = JSON.parse(child.stdout);
  return { firstMs: round(first), warmMs: round(warm) };
}
log("parser on the 50,000-line file…");
const parser = {
  stock: { label: "dockerfile-ast 0.7.1 from the registry (stock)", ...timeInChild('import { DockerfileParser } from "dockerfile-ast";', "DockerfileParser.parse(text)") },
  patched: { label: "the parser vendored in @layerlint/core (patched)", ...timeInChild(`import { DockerfileParser } from ${JSON.stringify(VENDORED)};`, "DockerfileParser.parse(text)") },
  lint: { label: "@layerlint/core lint()", ...timeInChild('import { lint } from "@layerlint/core";', "lint(text)") },
};
const cliBig = Math.min(...Array.from({ length: 3 }, () => wall(BIN, ["--format", "json", "--output-file", "big.json", "big.Dockerfile"]).ms));

// 3. Vendored file against an npm package (a scoped fork keeps dockerfile-ast's layout) ----------
log("loading the parser: vendored file against a package…");
const loadTimes = { vendored: [], package: [] };
const loadScript = (specifier) => `const t = performance.now(); await import(${JSON.stringify(specifier)}); console.log(performance.now() - t);`;
for (let i = 0; i < RUNS; i++) {
  loadTimes.vendored.push(Number(wall(process.execPath, ["--input-type=module", "-e", loadScript(VENDORED)]).stdout));
  loadTimes.package.push(Number(wall(process.execPath, ["--input-type=module", "-e", loadScript("dockerfile-ast")]).stdout));
}
const modules = join(project, "node_modules");
const forkFiles = ["dockerfile-ast", "vscode-languageserver-types", "vscode-languageserver-textdocument"];
const vendoring = {
  vendoredLoadMs: round(median(loadTimes.vendored)),
  packageLoadMs: round(median(loadTimes.package)),
  vendoredBytes: sizeOf(VENDORED),
  packageBytes: forkFiles.reduce((sum, name) => sum + sizeOf(join(modules, name)), 0),
  packagePackages: forkFiles.length,
};
const tarballSizes = Object.fromEntries(tarballs.map((file) => [file.split("/").pop(), statSync(file).size]));

const results = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, model: cpus()[0]?.model, node: process.version },
  runs: RUNS,
  startup: startupResults,
  bigFile: { lines: big.split("\n").length - 1, parser, cliMs: round(cliBig) },
  vendoring,
  tarballSizes,
};
writeFileSync(join(RESULTS_DIR, "installed.json"), `${JSON.stringify(results, null, 2)}\n`);
rmSync(project, { recursive: true, force: true });

console.log(`Installed packages (fresh npm project, ${results.machine.node}, ${results.machine.cpus} CPUs)\n`);
console.log(`start-up, median of ${RUNS}:`);
for (const entry of Object.values(startupResults)) console.log(`  ${entry.label.padEnd(44)} ${String(entry.medianMs).padStart(7)} ms  ${entry.ratio}×`);
console.log(`\n${results.bigFile.lines.toLocaleString("en")}-line many-stage file (fresh process: first call, best warm of 3):`);
for (const entry of Object.values(parser)) console.log(`  ${entry.label.padEnd(50)} first ${String(entry.firstMs).padStart(8)} ms  warm ${String(entry.warmMs).padStart(8)} ms`);
console.log(`  the installed CLI on it (best of 3)${" ".repeat(16)} ${String(round(cliBig)).padStart(8)} ms`);
console.log(
  `\nparser as one vendored file: loads in ${vendoring.vendoredLoadMs} ms, ${round(vendoring.vendoredBytes / 1024)} kB; ` +
    `as a package (a fork's layout): ${vendoring.packageLoadMs} ms, ${round(vendoring.packageBytes / 1024)} kB in ${vendoring.packagePackages} packages`,
);
