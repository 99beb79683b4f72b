// Cost proportional to what the Dockerfile reads (issue 15): the CLI on a Dockerfile that copies
// nothing from a context of 16,000 files, and on `COPY package.json .` beside a node_modules of
// 100,000 files, against `node -e 0` and against the same Dockerfile in an empty directory.
//
//   node bench/context-scope.mjs [--runs 11]
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { ROOT } from "./tools.mjs";

const { values } = parseArgs({ options: { runs: { type: "string", default: "11" } } });
const RUNS = Number(values.runs);
const BUNDLE = join(ROOT, "packages/cli/dist-bundle/layerlint.cjs");
const base = mkdtempSync(join(process.platform === "linux" ? "/dev/shm" : tmpdir(), "layerlint-scope-"));

function tree(name, dockerfile, files) {
  const dir = join(base, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "Dockerfile"), dockerfile);
  for (const [path, count] of files) {
    for (let i = 0; i < count; i++) {
      const file = join(dir, path.replace("#", String(i)));
      mkdirSync(join(file, ".."), { recursive: true });
      writeFileSync(file, "");
    }
  }
  return dir;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
function time(args, cwd) {
  const samples = [];
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    const run = spawnSync(process.execPath, args, { cwd, encoding: "utf8" });
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (run.status !== 0 && run.status !== 1) throw new Error(`${args.join(" ")}: exit ${run.status}: ${run.stderr}`);
    if (i === 0 && run.stderr.includes("walk stopped")) process.stderr.write(`  (${cwd}: ${run.stderr.trim()})\n`);
  }
  return median(samples);
}

const cases = [
  ["FROM alpine + RUN echo, empty directory", tree("empty", "FROM alpine\nRUN echo hi\n", [])],
  ["FROM alpine + RUN echo, 16,000 files", tree("many", "FROM alpine\nRUN echo hi\n", [["files/d#/f.txt", 16_000]])],
  ["COPY package.json ., node_modules of 100,000 files", tree("modules", "FROM node:20\nCOPY package.json .\nRUN npm ci\n", [["package.json", 1], ["node_modules/p#/index.js", 100_000]])],
  ["COPY . . with node_modules ignored, 100,000 files", tree("ignored", "FROM node:20\nCOPY . .\n", [["package.json", 1], ["node_modules/p#/index.js", 100_000]])],
];
writeFileSync(join(base, "ignored", ".dockerignore"), "node_modules\n.git\n.env\n.env.*\n.npmrc\n*.pem\n*.key\n");

const baseline = time(["-e", "0"], base);
console.log(`node -e 0: ${baseline.toFixed(1)} ms (median of ${RUNS})`);
for (const [name, dir] of cases) {
  const ms = time([BUNDLE, "Dockerfile"], dir);
  console.log(`${name}: ${ms.toFixed(1)} ms = ${(ms / baseline).toFixed(2)}× node -e 0`);
}
rmSync(base, { recursive: true, force: true });
