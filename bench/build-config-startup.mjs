// Start-up cost of the build-config work (issue 13), measured, not asserted by a test: a
// Dockerfile-only CLI run must not load the `yaml` package that reading compose files and
// workflows needs. Prints the median wall time of `node -e 0`, of `bin/layerlint.js Dockerfile`
// and of the committed bundle on one Dockerfile, and which entry points load `yaml` (a module
// resolution hook in a fresh process records every resolved `yaml` URL).
//
//   node bench/build-config-startup.mjs [--runs N] [--root DIR]   (build first: node scripts/setup.mjs --build-only)
//
// `--root DIR` measures another built checkout (the base commit, say) the same way. `--base DIR`
// compares: it runs this checkout's and DIR's CLI and bundle interleaved, run by run, so that the
// machine's load changes both alike (the steadiest before/after figure on a shared machine).
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";

const { values } = parseArgs({ options: { runs: { type: "string", default: "15" }, root: { type: "string" }, base: { type: "string" } } });
const ROOT = values.root ?? join(dirname(fileURLToPath(import.meta.url)), "..");
const RUNS = Math.max(1, Math.min(200, Number(values.runs) || 15));

const project = mkdtempSync(join(tmpdir(), "layerlint-startup-"));
writeFileSync(join(project, "Dockerfile"), 'FROM node:20-bookworm-slim\nWORKDIR /app\nCOPY package.json ./\nRUN npm ci\nCOPY . .\nCMD ["node", "server.js"]\n');
writeFileSync(join(project, ".dockerignore"), ".git\nnode_modules\n.env\n.env.*\n*.pem\n*.key\n.npmrc\n.ssh\n.aws\nid_rsa*\n.pypirc\n.netrc\n.git-credentials\n.docker\nid_ed25519\n");

function wall(argv) {
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, argv, { cwd: project, encoding: "utf8" });
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, status: child.status, output: `${child.stdout}${child.stderr}` };
}

function median(list) {
  const sorted = [...list].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

// A resolve hook that prints `yaml-loaded` on stderr when anything resolves the `yaml` package.
const hook = `export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  if (/\\/node_modules\\/(?:\\.pnpm\\/yaml@[^/]+\\/node_modules\\/)?yaml\\//.test(result.url)) process.stderr.write("yaml-loaded\\n");
  return result;
}`;
const register = `import { register } from "node:module"; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hook)}`)});`;
const withHook = ["--import", `data:text/javascript,${encodeURIComponent(register)}`];

function loadsYaml(argv) {
  const run = wall([...withHook, ...argv]);
  return run.output.includes("yaml-loaded");
}

const cliBin = join(ROOT, "packages/cli/bin/layerlint.js");
const bundleBin = join(ROOT, "packages/cli/dist-bundle/layerlint.mjs");
if (!existsSync(join(ROOT, "packages/cli/dist/main.js"))) {
  console.error("packages/cli is not built: run node scripts/setup.mjs --build-only");
  process.exit(2);
}

const importOf = (path) => ["--input-type=module", "-e", `await import(${JSON.stringify(pathToFileURL(join(ROOT, path)).href)});`];
const entries = [
  ["bin/layerlint.js Dockerfile", [cliBin, "Dockerfile"]],
  ["import @layerlint/core", importOf("packages/core/dist/index.js")],
  ["import @layerlint/node", importOf("packages/node/dist/index.js")],
  ...(existsSync(join(ROOT, "packages/core/dist/build-config/index.js"))
    ? [["import @layerlint/core/build-config", importOf("packages/core/dist/build-config/index.js")]]
    : []),
  ...(existsSync(join(ROOT, "packages/node/dist/build-config.js"))
    ? [["import @layerlint/node/build-config", importOf("packages/node/dist/build-config.js")]]
    : []),
];

wall(["-e", "0"]);
wall([cliBin, "Dockerfile"]);
const node = [];
const cli = [];
const bundle = [];
for (let i = 0; i < RUNS; i++) {
  node.push(wall(["-e", "0"]).ms);
  cli.push(wall([cliBin, "Dockerfile"]).ms);
  if (existsSync(bundleBin)) bundle.push(wall([bundleBin, "Dockerfile"]).ms);
}
const last = wall([cliBin, "Dockerfile"]);
console.log(`${ROOT}: runs: ${RUNS} (median wall time)`);
console.log(`node -e 0                      ${median(node).toFixed(1)} ms`);
console.log(`bin/layerlint.js Dockerfile    ${median(cli).toFixed(1)} ms  (${(median(cli) / median(node)).toFixed(2)}×, exit ${last.status})`);
if (bundle.length > 0) console.log(`dist-bundle/layerlint.mjs      ${median(bundle).toFixed(1)} ms  (${(median(bundle) / median(node)).toFixed(2)}×)`);
// CPU time (user + system) of importing each main entry in a fresh process: on a shared machine
// far steadier than wall time, which other processes' scheduling inflates.
const importMs = (path) => {
  const code = `const c = process.cpuUsage(); await import(${JSON.stringify(pathToFileURL(join(ROOT, path)).href)}); const d = process.cpuUsage(c); console.log((d.user + d.system) / 1000);`;
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(Number(wall(["--input-type=module", "-e", code]).output.trim()));
  return median(runs);
};
console.log(`import @layerlint/core         ${importMs("packages/core/dist/index.js").toFixed(1)} ms CPU`);
console.log(`import @layerlint/node         ${importMs("packages/node/dist/index.js").toFixed(1)} ms CPU`);
if (values.base) {
  const sides = [
    ["base", values.base],
    ["this", ROOT],
  ];
  const times = new Map();
  for (let i = 0; i < RUNS; i++) {
    for (const [side, root] of sides) {
      for (const [what, bin] of [
        ["bin/layerlint.js", join(root, "packages/cli/bin/layerlint.js")],
        ["dist-bundle", join(root, "packages/cli/dist-bundle/layerlint.mjs")],
      ]) {
        const key = `${what} ${side}`;
        times.set(key, [...(times.get(key) ?? []), wall([bin, "Dockerfile"]).ms]);
      }
    }
  }
  console.log(`interleaved with --base ${values.base}:`);
  for (const [key, list] of times) console.log(`  ${key.padEnd(24)} ${median(list).toFixed(1)} ms`);
}
console.log("loads yaml:");
for (const [name, argv] of entries) console.log(`  ${name.padEnd(38)} ${loadsYaml(argv) ? "yes" : "no"}`);
rmSync(project, { recursive: true, force: true });
