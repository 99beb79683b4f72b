// False-positive sweep and speed figure of the context content scan (no-secret-in-context-file).
//
//   node bench/content-sweep.mjs DIR…             every file of each tree, as the reader reads it
//   node bench/content-sweep.mjs --manifest M     what the rule reports on real apps: each Dockerfile
//                                                 of M (/work/corpus/checkouts/manifest.json shape)
//                                                 linted with its context and contents
//   node bench/content-sweep.mjs --examples       the cost of reading and scanning contents on examples/
//   options: --list N (findings listed, default 200), --json FILE (all findings, no values)
//
// A tree is walked whole (every file but `.git/`, symlinks not followed, `.dockerignore` not
// applied: the detector's false-positive rate is measured on everything), read like a context
// (`readContextContents`: binaries and files over 1 MiB skipped) and every text file is scanned
// (`scanContextFile`). Prints findings per 1,000 files scanned, by kind, with file:line — never a
// value — and the scan's throughput (bytes of text per second of scanning alone).
// Needs a build first (`npm run build`): it imports the packages' dist output.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { contentSkipReason, DEFAULT_MAX_FILE_BYTES, isSecretFile, lint, scanContextFile } from "../packages/core/dist/index.js";
import { readBuildContext, readContextContents, withContextContents } from "../packages/node/dist/index.js";
import { ROOT } from "./tools.mjs";

const { values: args, positionals: dirs } = parseArgs({
  allowPositionals: true,
  options: {
    list: { type: "string", default: "200" },
    json: { type: "string" },
    examples: { type: "boolean", default: false },
    manifest: { type: "string" },
  },
});

const log = (line) => process.stdout.write(`${line}\n`);
const BATCH_FILES = 2000;
const UNBOUNDED = Number.MAX_SAFE_INTEGER;

/** Every regular file under `root` but `.git/`, relative and sorted; symlinks are not followed. */
function allFiles(root) {
  const files = [];
  const pending = [""];
  while (pending.length > 0) {
    const dir = pending.pop();
    let entries;
    try {
      entries = readdirSync(dir === "" ? root : join(root, dir), { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      const rel = dir === "" ? entry.name : `${dir}/${entry.name}`;
      if (entry.isDirectory()) {
        if (entry.name !== ".git") pending.push(rel);
      } else if (entry.isFile()) files.push(rel);
    }
  }
  return files.sort();
}

function sweep(dir) {
  const root = resolve(dir);
  const files = allFiles(root);
  const stats = { root, files: files.length, scanned: 0, bytes: 0, scanMs: 0, scanCpuMs: 0, readMs: 0, skipped: {}, findings: [] };
  const skip = (reason) => (stats.skipped[reason] = (stats.skipped[reason] ?? 0) + 1);
  const toRead = [];
  for (const path of files) {
    const reason = contentSkipReason(path);
    if (reason === null) toRead.push(path);
    else skip(reason);
  }
  for (let at = 0; at < toRead.length; at += BATCH_FILES) {
    const batch = toRead.slice(at, at + BATCH_FILES);
    const readStart = performance.now();
    const contents = readContextContents({ contextDir: root, paths: batch, maxFileBytes: DEFAULT_MAX_FILE_BYTES, maxTotalBytes: UNBOUNDED });
    stats.readMs += performance.now() - readStart;
    const texts = [];
    for (const [path, content] of contents.files) {
      if ("text" in content) texts.push([path, content.text]);
      else skip(content.skipped);
    }
    // The scan alone is timed, over the whole batch (wall and CPU time of this process).
    const scans = [];
    const start = performance.now();
    const cpu = process.cpuUsage();
    for (const [path, text] of texts) scans.push(scanContextFile(path, text));
    const used = process.cpuUsage(cpu);
    stats.scanMs += performance.now() - start;
    stats.scanCpuMs += (used.user + used.system) / 1000;
    texts.forEach(([path, text], i) => {
      stats.scanned++;
      stats.bytes += Buffer.byteLength(text);
      for (const finding of scans[i].findings) stats.findings.push({ file: path, line: finding.line, kind: finding.kind, ...(finding.key ? { key: finding.key } : {}) });
    });
  }
  return stats;
}

function report(stats) {
  log(`\n## ${stats.root}`);
  log(`files ${stats.files}, scanned ${stats.scanned} (${(stats.bytes / 1e6).toFixed(1)} MB of text)`);
  log(`skipped: ${Object.entries(stats.skipped).map(([reason, n]) => `${reason} ${n}`).join(", ") || "none"}`);
  const rate = stats.scanned === 0 ? 0 : (stats.findings.length / stats.scanned) * 1000;
  const filesWith = new Set(stats.findings.map((f) => f.file)).size;
  log(`findings ${stats.findings.length} in ${filesWith} files: ${rate.toFixed(2)} per 1,000 files scanned (${((filesWith / Math.max(1, stats.scanned)) * 1000).toFixed(2)} files per 1,000)`);
  const byKind = new Map();
  for (const f of stats.findings) byKind.set(f.kind, (byKind.get(f.kind) ?? 0) + 1);
  for (const [kind, n] of [...byKind].sort((a, b) => b[1] - a[1])) log(`  ${String(n).padStart(6)}  ${kind}  (${((n / Math.max(1, stats.scanned)) * 1000).toFixed(2)} per 1,000)`);
  // CPU time beside wall time: on a shared machine other processes only ever add wall time.
  log(
    `scan ${stats.scanMs.toFixed(0)} ms wall, ${stats.scanCpuMs.toFixed(0)} ms CPU: ${(stats.bytes / 1e6 / (stats.scanMs / 1000)).toFixed(1)} MB/s wall, ${(stats.bytes / 1e6 / (stats.scanCpuMs / 1000)).toFixed(1)} MB/s CPU; read ${stats.readMs.toFixed(0)} ms`,
  );
  const max = Number(args.list);
  for (const f of stats.findings.slice(0, max)) log(`  ${f.file}:${f.line}  ${f.kind}${f.key ? `  [${f.key}]` : ""}`);
  if (stats.findings.length > max) log(`  … ${stats.findings.length - max} more (--list N)`);
}

/** Lint time of each example with and without contents (best of rounds), and what the reading adds. */
function examples() {
  const dir = join(ROOT, "examples");
  const rounds = 30;
  log("## examples/: lint with the context walk, then with contents read and scanned (best of 30, ms)");
  for (const name of readdirSync(dir).sort()) {
    const contextDir = join(dir, name);
    const dockerfilePath = join(contextDir, "Dockerfile");
    const text = readFileSync(dockerfilePath, "utf8");
    const time = (withContents) => {
      let best = Infinity;
      let read = 0;
      for (let round = 0; round < rounds; round++) {
        const start = performance.now();
        let context = readBuildContext({ contextDir, dockerfilePath, isSecretFile: (p) => isSecretFile(p), collectFiles: withContents });
        if (withContents) context = withContextContents(context, { contextDir, dockerfile: text, lint: { fileName: "Dockerfile" } });
        lint(text, { context, fileName: "Dockerfile" });
        best = Math.min(best, performance.now() - start);
        read = context.contents?.files.size ?? 0;
      }
      return { best, read };
    };
    const without = time(false);
    const withContents = time(true);
    log(`  ${name.padEnd(18)} ${without.best.toFixed(3)} → ${withContents.best.toFixed(3)} ms (+${(withContents.best - without.best).toFixed(3)}), ${withContents.read} files read`);
  }
}

/** Each Dockerfile of a checkout manifest, linted with its real context and contents: what the rule reports. */
function manifestRun(path) {
  const base = dirname(resolve(path));
  const entries = JSON.parse(readFileSync(path, "utf8"));
  let dockerfiles = 0;
  let filesRead = 0;
  let bytes = 0;
  let ms = 0;
  let cpuMs = 0;
  let baseMs = 0;
  let baseCpuMs = 0;
  const reported = [];
  log(`## ${path}: each Dockerfile linted with its context and contents (no-secret-in-context-file)`);
  for (const entry of entries) {
    const repo = join(base, entry.dir);
    for (const dockerfile of entry.dockerfiles) {
      const dockerfilePath = join(repo, dockerfile);
      let text;
      try {
        text = readFileSync(dockerfilePath, "utf8");
      } catch {
        continue;
      }
      dockerfiles++;
      const contextDir = join(repo, entry.contexts?.[dockerfile] ?? dirname(dockerfile));
      // The same lint without contents, for the cost of reading and scanning them.
      const baseCpu = process.cpuUsage();
      const baseStart = performance.now();
      lint(text, { context: readBuildContext({ contextDir, dockerfilePath, isSecretFile: (p) => isSecretFile(p) }), fileName: dockerfile.split("/").pop() });
      baseMs += performance.now() - baseStart;
      const baseUsed = process.cpuUsage(baseCpu);
      baseCpuMs += (baseUsed.user + baseUsed.system) / 1000;
      const start = performance.now();
      const cpu = process.cpuUsage();
      const walked = readBuildContext({ contextDir, dockerfilePath, isSecretFile: (p) => isSecretFile(p), collectFiles: true });
      const context = withContextContents(walked, { contextDir, dockerfile: text, lint: { fileName: dockerfile.split("/").pop() } });
      const findings = lint(text, { context, fileName: dockerfile.split("/").pop() }).findings;
      ms += performance.now() - start;
      const used = process.cpuUsage(cpu);
      cpuMs += (used.user + used.system) / 1000;
      for (const content of context.contents?.files.values() ?? []) {
        if ("text" in content) {
          filesRead++;
          bytes += Buffer.byteLength(content.text);
        }
      }
      if (context.contents?.budgetHit) log(`  ${entry.dir}/${dockerfile}: ${context.contents.budgetHit}`);
      for (const finding of findings) {
        if (finding.ruleId === "no-secret-in-context-file" || finding.messageId === "referencesOnly" || finding.messageId === "copyReferencesOnly") {
          reported.push({ dockerfile: `${entry.dir}/${dockerfile}`, line: finding.span.line, ruleId: finding.ruleId, messageId: finding.messageId, severity: finding.severity, files: finding.related.flatMap((r) => (r.file ? [`${r.file.path}:${r.file.line} ${r.message}`] : [])) });
        }
      }
    }
  }
  log(
    `${dockerfiles} Dockerfiles, ${filesRead} context files read (${(bytes / 1e6).toFixed(1)} MB): walk + read + scan + lint ${ms.toFixed(0)} ms wall, ${cpuMs.toFixed(0)} ms CPU; walk + lint without contents ${baseMs.toFixed(0)} ms wall, ${baseCpuMs.toFixed(0)} ms CPU`,
  );
  log(`${reported.length} findings:`);
  for (const r of reported) {
    log(`  ${r.dockerfile}:${r.line} ${r.ruleId} ${r.messageId} ${r.severity}`);
    for (const file of r.files) log(`      ${file}`);
  }
}

if (args.examples) examples();
if (args.manifest) manifestRun(args.manifest);
const all = [];
for (const dir of dirs) {
  const stats = sweep(dir);
  report(stats);
  all.push(stats);
}
if (all.length > 1) {
  const scanned = all.reduce((n, s) => n + s.scanned, 0);
  const findings = all.reduce((n, s) => n + s.findings.length, 0);
  const bytes = all.reduce((n, s) => n + s.bytes, 0);
  const ms = all.reduce((n, s) => n + s.scanMs, 0);
  const cpuMs = all.reduce((n, s) => n + s.scanCpuMs, 0);
  log(
    `\n## total: ${scanned} files scanned, ${findings} findings, ${((findings / Math.max(1, scanned)) * 1000).toFixed(2)} per 1,000; ${(bytes / 1e6 / (ms / 1000)).toFixed(1)} MB/s wall, ${(bytes / 1e6 / (cpuMs / 1000)).toFixed(1)} MB/s CPU`,
  );
}
if (args.json) {
  writeFileSync(args.json, `${JSON.stringify(all.map((s) => ({ ...s, findings: s.findings.map((f) => ({ ...f, file: relative(process.cwd(), join(s.root, f.file)) })) })), null, 1)}\n`);
}
