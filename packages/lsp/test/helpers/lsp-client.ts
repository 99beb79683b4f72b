/** A minimal LSP client over the built server's real stdio, for the end-to-end tests. */
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from "vscode-jsonrpc/node";
import type { ClientCapabilities, Diagnostic, PublishDiagnosticsParams } from "vscode-languageserver-protocol";

export const SERVER_BIN = join(dirname(fileURLToPath(import.meta.url)), "../../bin/layerlint-language-server.js");
const SERVER_DIST = join(dirname(fileURLToPath(import.meta.url)), "../../dist/server.js");

export function assertServerBuilt(): void {
  if (!existsSync(SERVER_DIST)) {
    throw new Error(`${SERVER_DIST} is missing: build first (node_modules/.bin/tsc -b, or npm test which does it).`);
  }
}

type Waiter = { readonly test: () => boolean; readonly resolve: () => void };

/** How to start a server other than the workspace's built bin (an installed package, a .vsix). */
export interface ServerCommand {
  readonly command: string;
  readonly args: readonly string[];
  readonly cwd?: string;
}

export class TestClient {
  readonly process: ChildProcessWithoutNullStreams;
  readonly connection: MessageConnection;
  readonly published: PublishDiagnosticsParams[] = [];
  readonly messages: { type: number; message: string }[] = [];
  readonly logs: { type: number; message: string }[] = [];
  readonly registrations: { method: string; registerOptions?: unknown }[] = [];
  readonly refreshRequests: number[] = [];
  stderr = "";
  /** Answer to `workspace/configuration` for the `layerlint` section. */
  settings: Record<string, unknown> = {};
  readonly #waiters: Waiter[] = [];

  constructor(args: readonly string[] = ["--stdio"], server?: ServerCommand) {
    if (server === undefined) assertServerBuilt();
    const { command, args: prefix, cwd } = server ?? { command: process.execPath, args: [SERVER_BIN] };
    this.process = spawn(command, [...prefix, ...args], { stdio: "pipe", ...(cwd === undefined ? {} : { cwd }) });
    this.process.stderr.setEncoding("utf8").on("data", (chunk: string) => (this.stderr += chunk));
    this.connection = createMessageConnection(
      new StreamMessageReader(this.process.stdout),
      new StreamMessageWriter(this.process.stdin),
    );
    this.connection.onNotification("textDocument/publishDiagnostics", (params: PublishDiagnosticsParams) => {
      this.published.push(params);
      this.#check();
    });
    this.connection.onNotification("window/showMessage", (params: { type: number; message: string }) => {
      this.messages.push(params);
      this.#check();
    });
    this.connection.onNotification("window/logMessage", (params: { type: number; message: string }) => {
      this.logs.push(params);
    });
    this.connection.onRequest("workspace/configuration", (params: { items: { section?: string }[] }) =>
      params.items.map((item) => (item.section === "layerlint" ? this.settings : null)),
    );
    this.connection.onRequest("client/registerCapability", (params: { registrations: { method: string; registerOptions?: unknown }[] }) => {
      this.registrations.push(...params.registrations);
      this.#check();
      return null;
    });
    this.connection.onRequest("workspace/diagnostic/refresh", () => {
      this.refreshRequests.push(Date.now());
      this.#check();
      return null;
    });
    this.connection.onRequest("window/showMessageRequest", () => null);
    this.connection.listen();
  }

  #check(): void {
    for (const waiter of [...this.#waiters]) {
      if (waiter.test()) {
        this.#waiters.splice(this.#waiters.indexOf(waiter), 1);
        waiter.resolve();
      }
    }
  }

  /** Resolves once `test` holds (checked on every message), rejects after `timeoutMs`. */
  waitFor(what: string, test: () => boolean, timeoutMs = 10_000): Promise<void> {
    if (test()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#waiters.splice(this.#waiters.indexOf(waiter), 1);
        reject(new Error(`Timed out waiting for ${what}. Server stderr: ${this.stderr}\nLogs: ${JSON.stringify(this.logs)}`));
      }, timeoutMs);
      const waiter: Waiter = {
        test,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      };
      this.#waiters.push(waiter);
    });
  }

  /** The next publishDiagnostics for `uri` (after those already received) matching `test`. */
  async nextDiagnostics(
    uri: string,
    test: (params: PublishDiagnosticsParams) => boolean = () => true,
    timeoutMs?: number,
  ): Promise<PublishDiagnosticsParams> {
    const from = this.published.length;
    let found: PublishDiagnosticsParams | undefined;
    await this.waitFor(
      `diagnostics for ${uri}`,
      () => {
        found = this.published.slice(from).find((p) => p.uri === uri && test(p));
        return found !== undefined;
      },
      timeoutMs,
    );
    return found!;
  }

  initialize(capabilities: ClientCapabilities, rootUri: string | null, initializationOptions?: unknown): Promise<{ capabilities: Record<string, unknown>; serverInfo?: { name: string; version?: string } }> {
    const answer = this.connection.sendRequest<{ capabilities: Record<string, unknown>; serverInfo?: { name: string; version?: string } }>("initialize", {
      processId: process.pid,
      rootUri,
      workspaceFolders: rootUri === null ? null : [{ uri: rootUri, name: "test" }],
      capabilities,
      ...(initializationOptions === undefined ? {} : { initializationOptions }),
    });
    // A server that dies while starting (a module it cannot load) never answers: say so at once.
    const died = new Promise<never>((_, reject) => {
      this.process.once("exit", (code, signal) => reject(new Error(`The server exited (${signal ?? code}) before answering initialize. Its stderr: ${this.stderr}`)));
    });
    return Promise.race([answer, died]);
  }

  async initialized(): Promise<void> {
    await this.connection.sendNotification("initialized", {});
  }

  open(uri: string, text: string, version = 1, languageId = "dockerfile"): Promise<void> {
    return this.connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId, version, text } });
  }

  change(uri: string, version: number, contentChanges: unknown[]): Promise<void> {
    return this.connection.sendNotification("textDocument/didChange", { textDocument: { uri, version }, contentChanges });
  }

  close(uri: string): Promise<void> {
    return this.connection.sendNotification("textDocument/didClose", { textDocument: { uri } });
  }

  /** shutdown + exit; resolves with the server's exit code. */
  async shutdown(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => this.process.once("exit", (code) => resolve(code)));
    await this.connection.sendRequest("shutdown");
    await this.connection.sendNotification("exit");
    const code = await exited;
    this.connection.dispose();
    return code;
  }

  kill(): void {
    this.connection.dispose();
    if (this.process.exitCode === null) this.process.kill();
  }
}

export function codes(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => `${String(d.code)}@${d.range.start.line}`).sort();
}

/**
 * One short session with `server` (default: the workspace's bin), as an editor opens a file:
 * initialize in `dir`, open `dir/Dockerfile` holding `text`, take the first diagnostics, shut
 * down. For the tests of what is installed (the npm package, the .vsix).
 */
export async function firstSession(dir: string, text: string, server?: ServerCommand) {
  const client = new TestClient(["--stdio"], server);
  try {
    client.settings = { debounceMs: 0 };
    const initialize = await client.initialize({ workspace: { configuration: true } }, pathToFileURL(dir).href);
    await client.initialized();
    const uri = pathToFileURL(join(dir, "Dockerfile")).href;
    const pending = client.nextDiagnostics(uri, () => true, 20_000);
    await client.open(uri, text);
    const { diagnostics } = await pending;
    const exitCode = await client.shutdown();
    return { initialize, diagnostics, exitCode, stderr: client.stderr };
  } finally {
    client.kill();
  }
}
