// The reality suite's agreement table (issue 11): every rule fixture and example built with buildah,
// scanned with `layerlint image`, and compared with the static lint (test/reality/harness.mjs).
// Prints one row per case, the cases buildah could not build and why, every disagreement and
// documented limit, the totals and the wall time; writes bench/results/reality.json.
//
//   npm run bench:reality           (as root, with buildah: node scripts/system-deps.mjs installs it)
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { leakChannel, missingTools, reality, RealityRun, ROOT, totals } from "../test/reality/harness.mjs";

const missing = missingTools();
if (missing.length > 0) {
  console.error(`bench/reality.mjs needs: ${missing.join("; ")}.`);
  process.exit(1);
}

const started = Date.now();
const cases = reality();
const run = new RealityRun({ log: (line) => process.stderr.write(`${line}\n`) });
let results;
try {
  run.setup(cases);
  results = await run.runAll(cases);
} finally {
  run.cleanup();
}
const wallMillis = Date.now() - started;

const rows = results.map((r) => {
  const leaks = r.static.filter((f) => leakChannel(f) !== null);
  const shipped = r.images.find((image) => image.target === null);
  const targets = r.images.filter((image) => image.target !== null);
  return {
    case: r.id,
    built: r.unbuildable ? "no" : "yes",
    "static errors": leaks.filter((f) => f.severity === "error").length,
    "static warnings": leaks.filter((f) => f.severity === "warning").length,
    "image (shipped)": shipped?.findings.length ?? 0,
    "image (--target)": targets.reduce((n, image) => n + image.findings.length, 0),
    verdict: r.unbuildable ? "unbuildable" : r.disagreements.length > 0 ? "DISAGREE" : r.limits.length > 0 ? "agree (limit)" : "agree",
    seconds: (r.millis / 1000).toFixed(1),
  };
});

const columns = Object.keys(rows[0] ?? {});
const width = (key) => Math.max(key.length, ...rows.map((row) => String(row[key]).length));
const format = (row) => columns.map((key) => String(row[key]).padEnd(width(key))).join("  ");
console.log(format(Object.fromEntries(columns.map((key) => [key, key]))));
console.log(columns.map((key) => "-".repeat(width(key))).join("  "));
for (const row of rows) console.log(format(row));

const sum = totals(results);
console.log("");
for (const r of results.filter((x) => x.unbuildable)) console.log(`unbuildable: ${r.id}: ${r.unbuildable}`);
for (const r of results) for (const d of r.disagreements) console.log(`DISAGREEMENT: ${r.id}: ${d}`);
for (const r of results) for (const l of r.limits) console.log(`limit of the oracle: ${r.id}: ${l}`);
console.log("");
console.log(
  `totals: ${sum.cases} cases, ${sum.built} built (${sum.images} images), ${sum.unbuildable} unbuildable; ` +
    `${sum.agree} agree, ${sum.disagree} disagree; ${sum.staticErrors} static leak errors and ${sum.staticWarnings} builder-stage warnings checked, ` +
    `${sum.imageFindings} image findings, ${sum.limits} documented limits`,
);
console.log(`wall time: ${(wallMillis / 1000).toFixed(1)} s (base image ${(run.setupMillis / 1000).toFixed(1)} s)`);

const resultsDir = join(ROOT, "bench", "results");
mkdirSync(resultsDir, { recursive: true });
writeFileSync(join(resultsDir, "reality.json"), `${JSON.stringify({ totals: sum, wallMillis, rows, results }, null, 2)}\n`);
