// Language server latency (docs/spec.md §8): time from sending `textDocument/didChange` to receiving the
// `textDocument/publishDiagnostics` for that version, over 200 one-line edits of a generated
// 2,000-line Dockerfile, through the built server's real stdio. The debounce is set to 0 with
// `layerlint.debounceMs` and its configured value subtracted, so the figure is the server's own
// work: applying the change, config and context lookup, the lint in the worker, mapping, JSON-RPC.
// For comparison it also times core's `lint` alone on each text, in this process, right after the
// server answered (so both see the same machine load).
//
//   node bench/lsp-latency.mjs           200 edits, writes bench/results/lsp-latency.json
//   node bench/lsp-latency.mjs --quick   50 edits (smoke run)
// Needs the build (`node_modules/.bin/tsc -b`).
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { cpus, platform, release, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { singleStageFile } from "./generate.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const SERVER = join(ROOT, "packages/lsp/bin/layerlint-language-server.js");
const RESULT = join(ROOT, "bench/results/lsp-latency.json");
const LINES = 2000;
const DEBOUNCE_MS = 0;
const TARGET_P95_MS = 15;
const WARMUP_EDITS = 30;

const { values: args } = parseArgs({ options: { quick: { type: "boolean", default: false } } });
const EDITS = args.quick ? 50 : 200;

if (!existsSync(join(ROOT, "packages/lsp/dist/server.js"))) {
  console.error("bench/lsp-latency.mjs: packages/lsp is not built; run node_modules/.bin/tsc -b first.");
  process.exit(2);
}
const requireFromLsp = createRequire(join(ROOT, "packages/lsp/package.json"));
const { createMessageConnection, StreamMessageReader, StreamMessageWriter } = requireFromLsp("vscode-jsonrpc/node");
const { TextDocument } = requireFromLsp("vscode-languageserver-textdocument");
const core = await import(pathToFileURL(join(ROOT, "packages/core/dist/index.js")).href);

/** The generated file, with a leak near the top so every lint reports something and maps fixes. */
function dockerfileText() {
  const lines = singleStageFile(LINES - 3).trimEnd().split("\n");
  lines.splice(1, 0, "ARG NPM_TOKEN", 'RUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc && npm ci && rm .npmrc', "COPY . /app");
  return `${lines.join("\n")}\n`;
}

/** The i-th edit: type " x" at the end of a line spread over the file, then delete it again. */
function editAt(document, i) {
  const line = 10 + ((Math.floor(i / 2) * 97) % (document.lineCount - 20));
  const end = document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$/, "").length;
  return i % 2 === 0
    ? { range: { start: { line, character: end }, end: { line, character: end } }, text: " x" }
    : { range: { start: { line, character: end - 2 }, end: { line, character: end } }, text: "" };
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const round = (x) => Math.round(x * 100) / 100;
  return {
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    mean: round(samples.reduce((a, b) => a + b, 0) / samples.length),
    max: round(sorted[sorted.length - 1]),
  };
}

const dir = mkdtempSync(join(tmpdir(), "layerlint-lsp-bench-"));
const file = join(dir, "Dockerfile");
const uri = pathToFileURL(file).href;
let text = dockerfileText();
writeFileSync(file, text);
writeFileSync(join(dir, ".dockerignore"), ".env\n.env.*\n.git\n.npmrc\n*.pem\n*.key\n");

const server = spawn(process.execPath, [SERVER, "--stdio"], { stdio: ["pipe", "pipe", "inherit"] });
const connection = createMessageConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
const waiting = new Map();
let diagnosticsCount = 0;
connection.onNotification("textDocument/publishDiagnostics", (params) => {
  const at = performance.now();
  const resolve = waiting.get(params.version);
  diagnosticsCount = params.diagnostics.length;
  if (resolve) {
    waiting.delete(params.version);
    resolve(at);
  }
});
connection.onRequest("workspace/configuration", (params) => params.items.map(() => ({ debounceMs: DEBOUNCE_MS })));
connection.onRequest("client/registerCapability", () => null);
connection.listen();

const diagnosticsFor = (version) =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no diagnostics for version ${version} within 30 s`)), 30_000);
    waiting.set(version, (at) => {
      clearTimeout(timer);
      resolve(at);
    });
  });

let exitCode = 0;
try {
  await connection.sendRequest("initialize", {
    processId: process.pid,
    rootUri: pathToFileURL(dir).href,
    workspaceFolders: [{ uri: pathToFileURL(dir).href, name: "bench" }],
    capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: { relatedInformation: true, versionSupport: true } } },
  });
  await connection.sendNotification("initialized", {});

  let version = 1;
  let document = TextDocument.create(uri, "dockerfile", version, text);
  const opened = diagnosticsFor(version);
  await connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "dockerfile", version, text } });
  await opened;

  const latencies = [];
  const coreTimes = [];
  for (let i = 0; i < WARMUP_EDITS + EDITS; i++) {
    const change = editAt(document, i);
    version += 1;
    document = TextDocument.update(document, [change], version);
    const received = diagnosticsFor(version);
    const sent = performance.now();
    await connection.sendNotification("textDocument/didChange", { textDocument: { uri, version }, contentChanges: [change] });
    const at = await received;
    // Core alone on the same text, right after (the server is idle then): the floor it stands on.
    const coreStart = performance.now();
    core.lint(document.getText(), { fileName: "Dockerfile" });
    const coreTime = performance.now() - coreStart;
    if (i >= WARMUP_EDITS) {
      latencies.push(at - sent - DEBOUNCE_MS);
      coreTimes.push(coreTime);
    }
  }
  text = document.getText();

  const server_ = stats(latencies);
  const coreOnly = stats(coreTimes);
  const result = {
    generatedAt: new Date().toISOString(),
    machine: { cpu: cpus()[0]?.model ?? "unknown", nproc: cpus().length, node: process.version, os: `${platform()} ${release()}` },
    file: { lines: text.split("\n").length - 1, instructions: core.parseDockerfile(text).instructions.length, diagnostics: diagnosticsCount },
    edits: EDITS,
    warmupEdits: WARMUP_EDITS,
    debounceMs: DEBOUNCE_MS,
    p50Ms: server_.p50,
    p95Ms: server_.p95,
    meanMs: server_.mean,
    maxMs: server_.max,
    targetP95Ms: TARGET_P95_MS,
    met: server_.p95 <= TARGET_P95_MS,
    coreLintAlone: { p50: coreOnly.p50, p95: coreOnly.p95, mean: coreOnly.mean, max: coreOnly.max },
  };
  mkdirSync(dirname(RESULT), { recursive: true });
  writeFileSync(RESULT, `${JSON.stringify(result, null, 2)}\n`);

  const row = (name, s) => `| ${name.padEnd(38)} | ${String(s.p50).padStart(7)} | ${String(s.p95).padStart(7)} | ${String(s.mean).padStart(7)} | ${String(s.max).padStart(7)} |`;
  console.log(`LSP latency: ${EDITS} edits of a ${result.file.lines}-line Dockerfile (${result.file.instructions} instructions), debounce ${DEBOUNCE_MS} ms subtracted`);
  console.log(`| ${"measure (ms)".padEnd(38)} |     p50 |     p95 |    mean |     max |`);
  console.log(`|${"-".repeat(40)}|---------|---------|---------|---------|`);
  console.log(row("didChange → publishDiagnostics", server_));
  console.log(row("core lint() alone, same texts", coreOnly));
  console.log(`target p95 ≤ ${TARGET_P95_MS} ms: ${result.met ? "met" : "NOT met"} — written to ${RESULT}`);

  await connection.sendRequest("shutdown");
  await connection.sendNotification("exit");
} catch (error) {
  console.error(`bench/lsp-latency.mjs: ${error.stack ?? error}`);
  exitCode = 1;
  server.kill();
} finally {
  connection.dispose();
  rmSync(dir, { recursive: true, force: true });
}
process.exitCode = exitCode;
