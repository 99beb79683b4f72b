/**
 * End to end over real stdio: the built server process, spoken to with vscode-jsonrpc as an
 * editor would — initialize, open, change, diagnostics, code actions applied, hover, watched-file
 * changes, config errors, pull diagnostics, an edit burst, shutdown.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, unlinkSync, writeFileSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TextDocument } from "vscode-languageserver-textdocument";
import type {
  CodeAction,
  CreateFile,
  Diagnostic,
  DocumentDiagnosticReport,
  Hover,
  MarkupContent,
  TextDocumentEdit,
} from "vscode-languageserver-protocol";
import { assertServerBuilt, codes, SERVER_BIN, TestClient } from "./helpers/lsp-client.js";

const FAKE_TOKEN = `ghp_${"FAKE".repeat(9)}`;
const CAPABILITIES = {
  workspace: {
    configuration: true,
    didChangeConfiguration: { dynamicRegistration: true },
    didChangeWatchedFiles: { dynamicRegistration: true },
    workspaceEdit: { documentChanges: true, resourceOperations: ["create" as const] },
  },
  textDocument: {
    publishDiagnostics: { relatedInformation: true, versionSupport: true },
    hover: { contentFormat: ["markdown" as const, "plaintext" as const] },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ["quickfix"] } } },
  },
};

const DOCKERFILE = [
  "FROM node:20-alpine",
  "WORKDIR /app",
  "ARG NPM_TOKEN",
  'RUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc && npm ci && rm .npmrc',
  "COPY . .",
  "",
].join("\n");

function applyEdits(text: string, edits: TextDocumentEdit["edits"]): string {
  return TextDocument.applyEdits(TextDocument.create("x", "dockerfile", 0, text), edits.filter((e) => "range" in e));
}

function hoverText(hover: Hover | null): string {
  return (hover?.contents as MarkupContent | undefined)?.value ?? "";
}

describe("layerlint-language-server over stdio", () => {
  let dir: string;
  let client: TestClient;
  let uri: string;
  let text = DOCKERFILE;
  let version = 1;
  let current: Diagnostic[] = [];

  async function changeTo(next: string): Promise<Diagnostic[]> {
    version += 1;
    text = next;
    const pending = client.nextDiagnostics(uri, (p) => p.version === version);
    await client.change(uri, version, [{ text }]);
    current = (await pending).diagnostics;
    return current;
  }

  async function codeActionsFor(diagnostic: Diagnostic): Promise<CodeAction[]> {
    return client.connection.sendRequest("textDocument/codeAction", {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic], only: ["quickfix"] },
    });
  }

  function find(code: string, line?: number): Diagnostic {
    const found = current.find((d) => d.code === code && (line === undefined || d.range.start.line === line));
    if (found === undefined) throw new Error(`No ${code} diagnostic in ${JSON.stringify(codes(current))}`);
    return found;
  }

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "layerlint-lsp-"));
    writeFileSync(join(dir, "Dockerfile"), DOCKERFILE);
    writeFileSync(join(dir, ".env"), "NOT_A_REAL_SECRET=1\n");
    uri = pathToFileURL(join(dir, "Dockerfile")).href;
  });

  afterAll(() => {
    client?.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  it("initializes and registers file watchers", async () => {
    // Started here, not in a hook: an unbuilt server fails this test instead of skipping them all.
    client = new TestClient();
    client.settings = { debounceMs: 10 };
    const result = await client.initialize(CAPABILITIES, pathToFileURL(dir).href);
    expect(result.serverInfo?.name).toBe("layerlint-language-server");
    expect(result.capabilities).toMatchObject({
      textDocumentSync: { openClose: true, change: 2 },
      hoverProvider: true,
      codeActionProvider: { codeActionKinds: ["quickfix"] },
    });
    // A client without pull support gets pushed diagnostics only.
    expect(result.capabilities.diagnosticProvider).toBeUndefined();
    await client.initialized();
    await client.waitFor("watcher registration", () => client.registrations.some((r) => r.method === "workspace/didChangeWatchedFiles"));
    const watchers = client.registrations.find((r) => r.method === "workspace/didChangeWatchedFiles")!.registerOptions as {
      watchers: { globPattern: string }[];
    };
    const globs = watchers.watchers.map((w) => w.globPattern).join(" ");
    expect(globs).toContain(".dockerignore");
    expect(globs).toContain(".layerlintrc.json");
    expect(globs).toContain(".env");
  });

  it("publishes diagnostics on open", async () => {
    const pending = client.nextDiagnostics(uri);
    await client.open(uri, text, version);
    const published = await pending;
    current = published.diagnostics;
    expect(published.version).toBe(1);
    expect(codes(current)).toEqual(["no-secret-in-arg@2", "require-dockerignore@4", "require-secret-mount@3"]);
    const arg = find("no-secret-in-arg");
    expect(arg).toMatchObject({
      range: { start: { line: 2, character: 4 }, end: { line: 2, character: 13 } },
      severity: 1,
      source: "layerlint",
      codeDescription: { href: expect.stringMatching(/\/docs\/rules\/no-secret-in-arg\.md$/) },
    });
    expect(arg.message).toMatch(/^ARG NPM_TOKEN carries a secret/);
  });

  it("lints the new version on change, redacting the secret", async () => {
    const lines = text.split("\n");
    lines.splice(2, 0, `ENV GITHUB_TOKEN=${FAKE_TOKEN}`);
    // An incremental change, as editors send them: insert one line.
    version += 1;
    text = lines.join("\n");
    const pending = client.nextDiagnostics(uri, (p) => p.version === version);
    await client.change(uri, version, [
      { range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: `ENV GITHUB_TOKEN=${FAKE_TOKEN}\n` },
    ]);
    current = (await pending).diagnostics;
    expect(codes(current)).toEqual([
      "no-hardcoded-secret@2",
      "no-secret-in-arg@3",
      "require-dockerignore@5",
      "require-secret-mount@4",
    ]);
    expect(JSON.stringify(current)).not.toContain("ghp_F");
  });

  it("hovers explain the channel and the fix, without the secret", async () => {
    const secret: Hover | null = await client.connection.sendRequest("textDocument/hover", {
      textDocument: { uri },
      position: { line: 2, character: 20 },
    });
    const secretText = hoverText(secret);
    expect(secretText).toContain("no-hardcoded-secret");
    expect(secretText).not.toContain("ghp_F");
    const copy: Hover | null = await client.connection.sendRequest("textDocument/hover", {
      textDocument: { uri },
      position: { line: 5, character: 2 },
    });
    const copyText = hoverText(copy);
    expect(copyText).toContain("require-dockerignore");
    expect(copyText).toContain("build context");
    expect(copyText).toContain("Create .dockerignore excluding secret files");
    const none = await client.connection.sendRequest("textDocument/hover", { textDocument: { uri }, position: { line: 0, character: 1 } });
    expect(none).toBeNull();
  });

  it("offers the suggestion as a quick fix whose edit rewrites the ARG into a secret mount", async () => {
    const actions = await codeActionsFor(find("no-secret-in-arg"));
    expect(actions.map((a) => a.title)).toEqual([
      "Pass NPM_TOKEN as a BuildKit secret (--mount=type=secret,id=npm_token) instead of ARG NPM_TOKEN",
      "Disable no-secret-in-arg for this instruction",
    ]);
    const change = actions[0]!.edit!.documentChanges![0] as TextDocumentEdit;
    expect(change.textDocument).toEqual({ uri, version });
    const fixed = applyEdits(text, change.edits);
    expect(fixed).toBe(
      [
        "# syntax=docker/dockerfile:1",
        "FROM node:20-alpine",
        "WORKDIR /app",
        `ENV GITHUB_TOKEN=${FAKE_TOKEN}`,
        'RUN --mount=type=secret,id=npm_token,env=NPM_TOKEN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc && npm ci && rm .npmrc',
        "COPY . .",
        "",
      ].join("\n"),
    );
    await changeTo(fixed);
    expect(codes(current)).toEqual(["no-hardcoded-secret@3", "require-dockerignore@5"]);
  });

  it("offers 'disable for this instruction', which silences the finding", async () => {
    const actions = await codeActionsFor(find("no-hardcoded-secret"));
    const disable = actions.find((a) => a.title === "Disable no-hardcoded-secret for this instruction")!;
    expect(actions.map((a) => a.title).join("\n")).not.toContain("ghp_F");
    const change = disable.edit!.documentChanges![0] as TextDocumentEdit;
    expect(change.edits).toEqual([
      { range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, newText: "# layerlint-disable-next-line no-hardcoded-secret\n" },
    ]);
    await changeTo(applyEdits(text, change.edits));
    expect(codes(current)).toEqual(["require-dockerignore@6"]);
  });

  it("creates .dockerignore through a workspace edit and re-lints when the watched file appears", async () => {
    const actions = await codeActionsFor(find("require-dockerignore"));
    const create = actions.find((a) => a.title === "Create .dockerignore excluding secret files")!;
    expect(create.isPreferred).toBe(true);
    const ignoreUri = pathToFileURL(join(dir, ".dockerignore")).href;
    const [createFile, edit] = create.edit!.documentChanges! as [CreateFile, TextDocumentEdit];
    expect(createFile).toEqual({ kind: "create", uri: ignoreUri, options: { ignoreIfExists: true } });
    expect(edit.textDocument).toEqual({ uri: ignoreUri, version: null });
    const content = applyEdits("", edit.edits);
    expect(content.split("\n")).toContain(".env");

    // First a .dockerignore that misses the secrets: the finding changes to require-dockerignore-entries.
    writeFileSync(join(dir, ".dockerignore"), "node_modules\n");
    let pending = client.nextDiagnostics(uri, (p) => !codes(p.diagnostics).includes("require-dockerignore@6"));
    await client.connection.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: ignoreUri, type: 1 }] });
    current = (await pending).diagnostics;
    expect(codes(current)).toEqual(["require-dockerignore-entries@6", "require-dockerignore-entries@6"]);

    // "Add … to .dockerignore" edits the existing file at its end.
    const entries = current.find((d) => d.message.includes("sends .env"))!;
    const add = (await codeActionsFor(entries)).find((a) => a.title.startsWith("Add "))!;
    expect(add.title).toBe("Add .env to .dockerignore");
    const addEdit = add.edit!.documentChanges![0] as TextDocumentEdit;
    expect(addEdit.textDocument).toEqual({ uri: ignoreUri, version: null });
    expect(addEdit.edits).toEqual([
      { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, newText: "# Secrets (added by layerlint --fix)\n.env\n" },
    ]);

    // The full default file from the create action: nothing is left to report.
    writeFileSync(join(dir, ".dockerignore"), content);
    pending = client.nextDiagnostics(uri, (p) => p.diagnostics.length === 0);
    await client.connection.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: ignoreUri, type: 2 }] });
    current = (await pending).diagnostics;
    expect(current).toEqual([]);
  });

  it("answers pull requests with the same diagnostics", async () => {
    unlinkSync(join(dir, ".dockerignore"));
    const pending = client.nextDiagnostics(uri, (p) => p.diagnostics.length > 0);
    await client.connection.sendNotification("workspace/didChangeWatchedFiles", {
      changes: [{ uri: pathToFileURL(join(dir, ".dockerignore")).href, type: 3 }],
    });
    current = (await pending).diagnostics;
    const report: DocumentDiagnosticReport = await client.connection.sendRequest("textDocument/diagnostic", { textDocument: { uri } });
    expect(report.kind).toBe("full");
    expect(report.kind === "full" ? report.items : []).toEqual(current);
    expect(codes(current)).toEqual(["require-dockerignore@6"]);
  });

  it("turns a broken config file into one diagnostic and one message, then recovers", async () => {
    const configPath = join(dir, ".layerlintrc.json");
    const configUri = pathToFileURL(configPath).href;
    writeFileSync(configPath, JSON.stringify({ rules: { "no-such-rule": "error" } }));
    let pending = client.nextDiagnostics(uri, (p) => p.diagnostics.length === 1 && p.diagnostics[0]!.code === undefined);
    await client.connection.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: configUri, type: 1 }] });
    const [problem] = (await pending).diagnostics;
    expect(problem!.message).toContain('"rules.no-such-rule" is not a layerlint rule');
    expect(problem!.range.start).toEqual({ line: 0, character: 0 });
    await client.waitFor("showMessage", () => client.messages.some((m) => m.message.includes("no-such-rule")));
    expect(client.messages.filter((m) => m.message.includes("no-such-rule"))).toHaveLength(1);

    writeFileSync(configPath, JSON.stringify({ rules: { "require-dockerignore": "warn" } }));
    pending = client.nextDiagnostics(uri, (p) => p.diagnostics.some((d) => d.code === "require-dockerignore"));
    await client.connection.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: configUri, type: 2 }] });
    current = (await pending).diagnostics;
    expect(find("require-dockerignore").severity).toBe(2);
    unlinkSync(configPath);
    pending = client.nextDiagnostics(uri, (p) => p.diagnostics.some((d) => d.code === "require-dockerignore" && d.severity === 1));
    await client.connection.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: configUri, type: 3 }] });
    current = (await pending).diagnostics;
  });

  it("reports an unknown target from the settings as one diagnostic", async () => {
    client.settings = { debounceMs: 10, target: "no-such-stage" };
    const pending = client.nextDiagnostics(uri, (p) => p.diagnostics.length === 1 && p.diagnostics[0]!.code === undefined);
    await client.connection.sendNotification("workspace/didChangeConfiguration", { settings: null });
    const [problem] = (await pending).diagnostics;
    expect(problem!.message).toContain("no-such-stage");
    client.settings = { debounceMs: 10 };
    const back = client.nextDiagnostics(uri, (p) => p.diagnostics.some((d) => d.code === "require-dockerignore"));
    await client.connection.sendNotification("workspace/didChangeConfiguration", { settings: null });
    current = (await back).diagnostics;
  });

  it("publishes only the last version of an edit burst", async () => {
    const start = client.published.length;
    const base = text;
    for (let i = 0; i < 40; i++) {
      version += 1;
      text = `${base}# edit ${i}\n`;
      await client.change(uri, version, [{ text }]);
    }
    const last = version;
    await client.nextDiagnostics(uri, (p) => p.version === last);
    // Give stragglers a moment: none may be older than the last version.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const versions = client.published.slice(start).filter((p) => p.uri === uri).map((p) => p.version);
    expect(versions.every((v) => v === last)).toBe(true);
  });

  it("keeps answering while a huge document is linted, and clears diagnostics on close", { timeout: 90_000 }, async () => {
    const hugeUri = pathToFileURL(join(dir, "huge.Dockerfile")).href;
    const huge = `FROM alpine\n${"RUN echo building && true\n".repeat(150_000)}`;
    const hugeDiagnostics = client.nextDiagnostics(hugeUri, () => true, 60_000);
    await client.open(hugeUri, huge);
    const order: string[] = [];
    const hover = client.connection
      .sendRequest("textDocument/hover", { textDocument: { uri }, position: { line: 6, character: 1 } })
      .then(() => order.push("hover"));
    await Promise.all([hover, hugeDiagnostics.then(() => order.push("huge"))]);
    expect(order[0]).toBe("hover");

    const cleared = client.nextDiagnostics(uri);
    await client.close(uri);
    expect((await cleared).diagnostics).toEqual([]);
    await client.close(hugeUri);
  });

  it("shuts down and exits cleanly", async () => {
    expect(await client.shutdown()).toBe(0);
    expect(client.logs.filter((l) => l.type === 1)).toEqual([]);
  });
});

describe("layerlint-language-server with a pull-diagnostics client", () => {
  it("advertises a diagnostic provider, answers pulls and asks for a refresh when .dockerignore changes", async () => {
    const dir = mkdtempSync(join(tmpdir(), "layerlint-lsp-pull-"));
    const client = new TestClient();
    try {
      writeFileSync(join(dir, "Dockerfile"), "FROM alpine\nCOPY . .\n");
      const uri = pathToFileURL(join(dir, "Dockerfile")).href;
      const result = await client.initialize(
        {
          workspace: { configuration: true, diagnostics: { refreshSupport: true } },
          textDocument: { diagnostic: { dynamicRegistration: false } },
        },
        pathToFileURL(dir).href,
      );
      expect(result.capabilities.diagnosticProvider).toMatchObject({ interFileDependencies: true, workspaceDiagnostics: false });
      await client.initialized();
      await client.open(uri, readFileSync(join(dir, "Dockerfile"), "utf8"));
      const pull = (): Promise<DocumentDiagnosticReport> => client.connection.sendRequest("textDocument/diagnostic", { textDocument: { uri } });
      const first = await pull();
      expect(first.kind === "full" ? codes(first.items) : []).toEqual(["require-dockerignore@1"]);

      writeFileSync(join(dir, ".dockerignore"), ".env\n.env.*\n.git\n.npmrc\n.pypirc\n.netrc\n.git-credentials\n.aws\n.ssh\nid_rsa\nid_ed25519\n.docker\n*.key\n*.pem\n");
      await client.connection.sendNotification("workspace/didChangeWatchedFiles", {
        changes: [{ uri: pathToFileURL(join(dir, ".dockerignore")).href, type: 1 }],
      });
      await client.waitFor("workspace/diagnostic/refresh", () => client.refreshRequests.length > 0);
      const second = await pull();
      expect(second.kind === "full" ? second.items : null).toEqual([]);
      // Pull clients are never pushed to.
      expect(client.published).toEqual([]);
      expect(await client.shutdown()).toBe(0);
    } finally {
      client.kill();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("layerlint-language-server command line", () => {
  it("prints its version and help, and refuses to start without --stdio", () => {
    assertServerBuilt();
    const version = spawnSync(process.execPath, [SERVER_BIN, "--version"], { encoding: "utf8" });
    expect(version.status).toBe(0);
    // The CLI's form (`layerlint 0.1.0`): the program's name, then its version.
    expect(version.stdout.trim()).toMatch(/^layerlint-language-server \d+\.\d+\.\d+$/);
    const help = spawnSync(process.execPath, [SERVER_BIN, "--help"], { encoding: "utf8" });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("--stdio");
    const none = spawnSync(process.execPath, [SERVER_BIN], { encoding: "utf8" });
    expect(none.status).toBe(2);
    expect(none.stderr).toContain("--stdio is required");
  });
});
