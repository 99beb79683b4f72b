/**
 * The language server under load, over its real stdio: 10,000 random edits across 20 open
 * documents, closes and reopens while lints run, malformed requests and notifications, and the
 * build context deleted mid-session. The server stays alive and answering, its memory stays flat
 * (VmRSS of the process, before and after), and every document ends with diagnostics for its
 * latest version that match what core reports for that text. Also: no diagnostic, related
 * message, hover, code-action title or log line shows a planted secret.
 */
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CodeAction, Diagnostic, Hover, MarkupContent } from "vscode-languageserver-protocol";
import { lint } from "@layerlint/core";
import { TestClient } from "../../packages/lsp/test/helpers/lsp-client.js";
import { FAKE_TOKENS } from "../../scripts/fuzz.mjs";
import { leaked, leakyDockerfile, tree } from "./helpers.js";

const CAPABILITIES = {
  workspace: { configuration: true, workspaceEdit: { documentChanges: true, resourceOperations: ["create" as const] } },
  textDocument: {
    publishDiagnostics: { relatedInformation: true, versionSupport: true },
    hover: { contentFormat: ["markdown" as const, "plaintext" as const] },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ["quickfix"] } } },
  },
};
const DOCUMENTS = 20;
const EDITS = 10_000;
const SEED = 7;

/** Resident memory of a process in kB (Linux), from /proc/<pid>/status. */
function rssKb(pid: number): number {
  const match = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  if (match === null) throw new Error(`no VmRSS for ${pid}`);
  return Number(match[1]);
}

function rulesAndLines(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => `${String(d.code)}@${d.range.start.line + 1}`).sort();
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The client's copy of a document: LSP positions (UTF-16, `\r\n`, `\r` and `\n` end lines). */
class Doc {
  constructor(
    readonly text: string,
    readonly version: number,
  ) {}

  positionAt(offset: number): { line: number; character: number } {
    let line = 0;
    let lineStart = 0;
    for (let i = 0; i < offset; i += 1) {
      const c = this.text[i];
      if (c === "\r" && this.text[i + 1] === "\n" && i + 1 < offset) i += 1;
      if (c === "\r" || c === "\n") {
        line += 1;
        lineStart = i + 1;
      }
    }
    return { line, character: offset - lineStart };
  }

  /** `[start, end)` replaced by `text`, as the next version. */
  edit(start: number, end: number, text: string): Doc {
    return new Doc(this.text.slice(0, start) + text + this.text.slice(end), this.version + 1);
  }
}

describe("the language server under load", () => {
  let client: TestClient;
  let workspace: string;
  const numbers: Record<string, number> = {};

  beforeAll(async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < DOCUMENTS; i += 1) {
      files[`ctx/svc${i}/Dockerfile`] = "";
      files[`ctx/svc${i}/.env`] = "FAKE=1\n";
    }
    workspace = tree(files);
    client = new TestClient();
    // No debounce: every edit asks for a lint, so lints run (and go stale) all through the burst.
    client.settings = { debounceMs: 0 };
    await client.initialize(CAPABILITIES, pathToFileURL(workspace).href);
    await client.initialized();
  });

  afterAll(async () => {
    client.kill();
  });

  it(`stays alive, flat and current through ${EDITS.toLocaleString("en")} edits, closes, malformed requests and a deleted context`, { timeout: 90_000 }, async () => {
    const uris = Array.from({ length: DOCUMENTS }, (_, i) => pathToFileURL(join(workspace, `ctx/svc${i}/Dockerfile`)).href);
    const documents = new Map<string, Doc>();
    const seeds = ["FROM alpine\nARG NPM_TOKEN\nRUN npm ci --token $NPM_TOKEN\nCOPY . /app\n", leakyDockerfile()];
    for (const [i, uri] of uris.entries()) {
      const text = seeds[i % seeds.length]!;
      documents.set(uri, new Doc(text, 1));
      await client.open(uri, text, 1);
    }
    for (const uri of uris) await client.nextDiagnostics(uri, (p) => p.version === 1, 20_000).catch(() => undefined);

    // Random edits: a random range of a random document replaced by Dockerfile-ish text.
    const insertion = fc.oneof(
      fc.constantFrom("\n", "\\\n", "ARG NPM_TOKEN\n", "RUN echo $NPM_TOKEN\n", "COPY .env /app/\n", "FROM alpine AS b\n", "<<EOF\n", "EOF\n", '"', "${", "\r\n", "\u00e9", "\uD83D\uDE00", ...FAKE_TOKENS.map((t) => ` ${t.secret} `)),
      fc.string({ maxLength: 12 }),
    );
    const edits = fc.sample(fc.tuple(fc.nat(DOCUMENTS - 1), fc.nat(), fc.nat(60), insertion), { numRuns: EDITS, seed: SEED });

    // The first edits grow V8's heaps to their working size: RSS is measured from there.
    const warmUp = 2_000;
    const apply = async (index: number) => {
      const [doc, at, length, text] = edits[index]!;
      const uri = uris[doc]!;
      const current = documents.get(uri)!;
      let start = current.text.length === 0 ? 0 : at % (current.text.length + 1);
      let end = Math.min(current.text.length, start + length);
      // Never split a \r\n pair: no LSP position points between its two characters.
      if (current.text[start - 1] === "\r" && current.text[start] === "\n") start -= 1;
      if (current.text[end - 1] === "\r" && current.text[end] === "\n") end += 1;
      const range = { start: current.positionAt(start), end: current.positionAt(end) };
      const next = current.edit(start, end, text);
      documents.set(uri, next);
      await client.change(uri, next.version, [{ range, text }]);
    };

    for (let i = 0; i < warmUp; i += 1) {
      await apply(i);
      if (i % 10 === 0) await sleep(1);
    }
    await sleep(1_000);
    numbers.rssBeforeKb = rssKb(client.process.pid!);

    const started = performance.now();
    for (let i = warmUp; i < EDITS; i += 1) {
      await apply(i);
      // Typing speed, roughly: the server lints between bursts, and a close lands mid-lint.
      if (i % 10 === 0) await sleep(1);
      if (i % 1_000 === 0) {
        // A close during analysis, then a reopen with a new text and version.
        const uri = uris[(i / 1_000) % DOCUMENTS]!;
        const reopened = new Doc(documents.get(uri)!.text, documents.get(uri)!.version + 1);
        await client.close(uri);
        documents.set(uri, reopened);
        await client.open(uri, reopened.text, reopened.version);
      }
      if (i % 1_000 === 500) {
        // Malformed traffic: unknown methods, missing and wrong params, unknown documents, a stale version.
        await expect(client.connection.sendRequest("layerlint/unknown", { x: 1 })).rejects.toMatchObject({ code: -32601 });
        await client.connection.sendRequest("textDocument/hover", {}).catch(() => null);
        await client.connection.sendRequest("textDocument/hover", { textDocument: { uri: 42 }, position: { line: -1, character: "x" } }).catch(() => null);
        await client.connection.sendRequest("textDocument/codeAction", { textDocument: { uri: uris[0] }, range: null, context: null }).catch(() => null);
        await client.connection.sendRequest("textDocument/codeAction", { textDocument: { uri: "file:///nope/Dockerfile" }, range: { start: { line: 1e9, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [{}] } }).catch(() => null);
        await client.connection.sendNotification("textDocument/didChange", { textDocument: { uri: "file:///never/opened/Dockerfile", version: 3 }, contentChanges: [{ text: "FROM a" }] });
        await client.connection.sendNotification("textDocument/didChange", { textDocument: { uri: uris[1], version: 0 }, contentChanges: [] });
        await client.connection.sendNotification("textDocument/didOpen", { textDocument: null });
        await client.connection.sendNotification("workspace/didChangeConfiguration", { settings: { layerlint: { debounceMs: "soon", rules: 7 } } });
        await client.connection.sendNotification("workspace/didChangeConfiguration", { settings: { layerlint: {} } });
        await client.connection.sendNotification("layerlint/unknownNotification", [1, 2, 3]);
      }
      if (i === 5_000) {
        // The build context disappears while its documents stay open.
        rmSync(join(workspace, "ctx"), { recursive: true, force: true });
        await client.connection.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: pathToFileURL(join(workspace, "ctx/svc0/.dockerignore")).href, type: 3 }] });
      }
    }
    numbers.editMillis = Math.round(performance.now() - started);

    // Every document ends with diagnostics for its latest version, equal to core's for that text.
    const deadline = performance.now() + 40_000;
    for (const uri of uris) {
      const document = documents.get(uri)!;
      const found = () => client.published.findLast((p) => p.uri === uri);
      await client.waitFor(`diagnostics of ${uri} v${document.version}`, () => found()?.version === document.version, Math.max(1, deadline - performance.now()));
      const expected = lint(document.text, { fileName: "Dockerfile" });
      expect(rulesAndLines(found()!.diagnostics), uri).toEqual(rulesAndLines(expected.findings.map((f) => ({ code: f.ruleId, range: { start: { line: f.span.line - 1 } } }) as Diagnostic)));
    }
    numbers.settleMillis = Math.round(performance.now() - started - numbers.editMillis);
    numbers.published = client.published.length;

    await sleep(1_000);
    numbers.rssAfterKb = rssKb(client.process.pid!);
    expect(client.process.exitCode).toBeNull();
    const hover = await client.connection.sendRequest("textDocument/hover", { textDocument: { uri: uris[0] }, position: { line: 0, character: 0 } });
    expect(hover === null || typeof hover === "object").toBe(true);
    // Flat: what 8,000 edits across 20 documents leave behind is well under the server's own size.
    expect(numbers.rssAfterKb - numbers.rssBeforeKb).toBeLessThan(Math.max(64 * 1024, numbers.rssBeforeKb * 0.5));
    expect(client.stderr).toBe("");
    console.log(`language server soak: ${JSON.stringify(numbers)}`);
  });

  it("shows no secret in diagnostics, related information, hovers, code-action titles or logs", { timeout: 30_000 }, async () => {
    const dir = tree({ ".dockerignore": "node_modules\n", ".env": "FAKE=1\n" });
    const uri = pathToFileURL(join(dir, "Dockerfile")).href;
    const text = leakyDockerfile();
    const pending = client.nextDiagnostics(uri, (p) => p.version === 1, 20_000);
    await client.open(uri, text, 1);
    const { diagnostics } = await pending;
    expect(diagnostics.map((d) => d.code)).toContain("no-hardcoded-secret");
    const shown: string[] = [];
    for (const diagnostic of diagnostics) {
      shown.push(diagnostic.message, ...(diagnostic.relatedInformation ?? []).map((r) => r.message));
      for (const position of [diagnostic.range.start, diagnostic.range.end]) {
        const hover = (await client.connection.sendRequest("textDocument/hover", { textDocument: { uri }, position })) as Hover | null;
        shown.push((hover?.contents as MarkupContent | undefined)?.value ?? "");
      }
      const actions = (await client.connection.sendRequest("textDocument/codeAction", {
        textDocument: { uri },
        range: diagnostic.range,
        context: { diagnostics: [diagnostic], only: ["quickfix"] },
      })) as CodeAction[];
      shown.push(...actions.map((a) => a.title));
    }
    expect(shown.join("\n")).toContain("ghp_…");
    expect(leaked(shown.join("\n"))).toEqual([]);
    expect(leaked(JSON.stringify(client.logs) + JSON.stringify(client.messages))).toEqual([]);
    await client.close(uri);
  });
});
