/**
 * The language server: wiring only. Protocol handlers call the pure mappers (to-diagnostic.ts,
 * code-actions.ts, hover.ts, settings.ts) and the lint worker (lint-runner.ts); every handler is
 * guarded so that no request or notification can take the server down.
 */
import { readFileSync } from "node:fs";
import { sep } from "node:path";
import { parseArgs } from "node:util";
import {
  CodeActionKind,
  createConnection,
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  MessageType,
  ProposedFeatures,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type Diagnostic,
  type InitializeResult,
} from "vscode-languageserver/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { clientFeatures, wantsQuickFixes } from "./capabilities.js";
import { diagnosticsForRequest, toCodeActions } from "./code-actions.js";
import { isDockerfileDocument, uriToPath } from "./documents.js";
import { diagnosticsAt, toHover } from "./hover.js";
import { scrub, type LintOutcome } from "./lint-document.js";
import { LintAbortedError, LintRunner } from "./lint-runner.js";
import { LintScheduler } from "./scheduler.js";
import { DEFAULT_SETTINGS, parseSettings, resolveConfigPath, type Settings } from "./settings.js";
import { problemDiagnostic } from "./to-diagnostic.js";
import { classifyWatchedFile, FILE_WATCHERS } from "./watch.js";

const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };

/** A lint running longer than this is stopped and its worker replaced. */
const LINT_TIMEOUT_MS = 20_000;
/** A client that never answers `workspace/configuration` gets the defaults after this. */
const CONFIGURATION_TIMEOUT_MS = 3_000;
/** Distinct log lines remembered to avoid repeating them on every keystroke. */
const MAX_REMEMBERED_LOG_LINES = 1_000;

function withTimeout<T>(promise: Promise<T>, ms: number, fallback: T): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => resolve(fallback), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

/** Wires the server onto a connection and starts listening. */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  let features = clientFeatures({});
  let globalSettings: Settings = DEFAULT_SETTINGS;
  let workspaceFolders: string[] = [];
  const settingsCache = new Map<string, Promise<Settings>>();
  /** The latest diagnostics of each document and the version they belong to (hovers and code actions read them). */
  const latest = new Map<string, { readonly version: number; readonly diagnostics: Diagnostic[] }>();
  const opened = new Set<string>();
  const shownProblems = new Map<string, string>();
  const loggedLines = new Set<string>();

  const logError = (message: string): void => connection.console.error(message);
  const logOnce = (message: string, level: "warn" | "error"): void => {
    if (loggedLines.has(message)) return;
    if (loggedLines.size >= MAX_REMEMBERED_LOG_LINES) loggedLines.clear();
    loggedLines.add(message);
    if (level === "warn") connection.console.warn(message);
    else connection.console.error(message);
  };
  const describe = (error: unknown): string => scrub(error instanceof Error ? (error.stack ?? error.message) : String(error));

  /** A handler that logs its failure and answers `fallback` instead of throwing. */
  function guard<P extends unknown[], R>(name: string, fallback: R, handler: (...params: P) => R | Promise<R>) {
    return async (...params: P): Promise<R> => {
      try {
        return await handler(...params);
      } catch (error) {
        logError(`layerlint: ${name} failed: ${describe(error)}`);
        return fallback;
      }
    };
  }

  const runner = new LintRunner({
    workerUrl: new URL("./lint-worker.js", import.meta.url),
    timeoutMs: LINT_TIMEOUT_MS,
    log: logError,
  });

  function folderOf(uri: string): string | undefined {
    const path = uriToPath(uri);
    if (path === undefined) return workspaceFolders[0];
    const inside = workspaceFolders.filter((folder) => path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep));
    return inside.sort((a, b) => b.length - a.length)[0] ?? workspaceFolders[0];
  }

  async function fetchSettings(uri: string): Promise<Settings> {
    let settings = globalSettings;
    if (features.configuration) {
      try {
        const raw: unknown = await withTimeout(
          connection.workspace.getConfiguration({ scopeUri: uri, section: "layerlint" }),
          CONFIGURATION_TIMEOUT_MS,
          undefined,
        );
        settings = parseSettings(raw, globalSettings);
      } catch (error) {
        logOnce(`layerlint: workspace/configuration failed, using defaults: ${describe(error)}`, "warn");
      }
    }
    return resolveConfigPath(settings, folderOf(uri));
  }

  function settingsFor(uri: string): Promise<Settings> {
    let settings = settingsCache.get(uri);
    if (settings === undefined) {
      settings = fetchSettings(uri);
      settingsCache.set(uri, settings);
    }
    return settings;
  }

  /** Logs what the lint left for the log and shows a stopping problem once (until it changes). */
  function report(outcome: LintOutcome): void {
    for (const warning of outcome.warnings) logOnce(`layerlint: ${warning}`, "warn");
    for (const error of outcome.ruleErrors) {
      logError(`layerlint: rule ${error.ruleId} failed on ${outcome.uri}: ${error.message}`);
    }
    if (outcome.problem === undefined) {
      shownProblems.delete(outcome.uri);
    } else if (shownProblems.get(outcome.uri) !== outcome.problem) {
      shownProblems.set(outcome.uri, outcome.problem);
      const type = outcome.diagnostics[0]?.severity === DiagnosticSeverity.Error ? MessageType.Error : MessageType.Info;
      void connection.sendNotification(ShowMessageNotification.type, { type, message: outcome.problem });
    }
  }

  async function lintNow(document: TextDocument): Promise<LintOutcome> {
    const settings = await settingsFor(document.uri);
    const request = {
      uri: document.uri,
      version: document.version,
      text: document.getText(),
      settings,
      relatedInformation: features.relatedInformation,
    };
    let outcome: LintOutcome;
    try {
      outcome = await runner.lint(request);
    } catch (error) {
      if (!(error instanceof LintAbortedError)) throw error;
      const message = `layerlint stopped: ${error.message}`;
      logError(message);
      const firstLine = document.getText({ start: { line: 0, character: 0 }, end: { line: 1, character: 0 } }).trimEnd().length;
      outcome = {
        uri: document.uri,
        version: document.version,
        diagnostics: [problemDiagnostic(message, firstLine, DiagnosticSeverity.Warning)],
        warnings: [],
        ruleErrors: [],
      };
    }
    report(outcome);
    return outcome;
  }

  /** Lints a document and pushes its diagnostics, unless the document moved on meanwhile. */
  async function lintAndPublish(uri: string): Promise<void> {
    try {
      const document = documents.get(uri);
      if (document === undefined || !isDockerfileDocument(uri, document.languageId)) return;
      const outcome = await lintNow(document);
      // Stale: a newer version was (or will be) scheduled; its lint publishes.
      if (documents.get(uri)?.version !== outcome.version) return;
      latest.set(uri, { version: outcome.version, diagnostics: outcome.diagnostics });
      await connection.sendDiagnostics({ uri, version: outcome.version, diagnostics: outcome.diagnostics });
    } catch (error) {
      logError(`layerlint: linting ${uri} failed: ${describe(error)}`);
    }
  }

  const scheduler = new LintScheduler(lintAndPublish);

  /** Something outside the documents changed (settings, ignore or config files): lint them again. */
  function relintAll(): void {
    if (features.pull) {
      if (features.pullRefresh) {
        connection.languages.diagnostics.refresh().catch((error: unknown) => logError(`layerlint: diagnostic refresh failed: ${describe(error)}`));
      }
      return;
    }
    for (const document of documents.all()) {
      if (isDockerfileDocument(document.uri, document.languageId)) scheduler.schedule(document.uri, 0);
    }
  }

  connection.onInitialize((params): InitializeResult => {
    features = clientFeatures(params.capabilities);
    globalSettings = parseSettings(params.initializationOptions ?? undefined);
    const folders = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
    workspaceFolders = folders.map(uriToPath).filter((path): path is string => path !== undefined);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        ...(features.pull
          ? { diagnosticProvider: { identifier: "layerlint", interFileDependencies: true, workspaceDiagnostics: false } }
          : {}),
      },
      serverInfo: { name: "layerlint-language-server", version },
    };
  });

  connection.onInitialized(
    guard("initialized", undefined, async () => {
      if (features.configurationRegistration) {
        await connection.client.register(DidChangeConfigurationNotification.type, { section: "layerlint" });
      }
      if (features.watchedFilesRegistration) {
        await connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [...FILE_WATCHERS] });
      }
    }),
  );

  connection.onDidChangeConfiguration(
    guard("didChangeConfiguration", undefined, (params) => {
      const settings: unknown = params.settings;
      if (typeof settings === "object" && settings !== null && "layerlint" in settings) globalSettings = parseSettings(settings);
      settingsCache.clear();
      relintAll();
    }),
  );

  connection.onDidChangeWatchedFiles(
    guard("didChangeWatchedFiles", undefined, (params) => {
      let relevant = false;
      for (const change of params.changes) {
        const path = uriToPath(change.uri);
        if (path === undefined || classifyWatchedFile(path) === null) continue;
        relevant = true;
        runner.invalidate(path);
      }
      if (relevant) relintAll();
    }),
  );

  documents.onDidChangeContent(
    guard("didChange", undefined, async ({ document }) => {
      const { uri } = document;
      if (features.pull || !isDockerfileDocument(uri, document.languageId)) return;
      // Opening lints at once; edits wait for the debounce.
      const delay = opened.has(uri) ? (await settingsFor(uri)).debounceMs : 0;
      opened.add(uri);
      scheduler.schedule(uri, delay);
    }),
  );

  documents.onDidClose(
    guard("didClose", undefined, async ({ document }) => {
      const { uri } = document;
      scheduler.cancel(uri);
      runner.forget(uri);
      opened.delete(uri);
      latest.delete(uri);
      settingsCache.delete(uri);
      shownProblems.delete(uri);
      if (!features.pull && isDockerfileDocument(uri, document.languageId)) await connection.sendDiagnostics({ uri, diagnostics: [] });
    }),
  );

  connection.languages.diagnostics.on(
    guard("textDocument/diagnostic", { kind: DocumentDiagnosticReportKind.Full, items: [] as Diagnostic[] }, async (params) => {
      const { uri } = params.textDocument;
      // The document may change while it is linted: lint the newest version (a few tries).
      for (let attempt = 0; attempt < 3; attempt++) {
        const document = documents.get(uri);
        if (document === undefined || !isDockerfileDocument(uri, document.languageId)) break;
        const outcome = await lintNow(document);
        if (documents.get(uri)?.version !== outcome.version) continue;
        latest.set(uri, { version: outcome.version, diagnostics: outcome.diagnostics });
        return { kind: DocumentDiagnosticReportKind.Full, items: outcome.diagnostics };
      }
      return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    }),
  );

  connection.onHover(
    guard("hover", null, (params) => {
      const document = documents.get(params.textDocument.uri);
      const held = latest.get(params.textDocument.uri);
      if (document === undefined || held === undefined || held.version !== document.version) return null;
      return toHover(diagnosticsAt(held.diagnostics, params.position), { markdown: features.hoverMarkdown });
    }),
  );

  connection.onCodeAction(
    guard("codeAction", [], (params) => {
      const document = documents.get(params.textDocument.uri);
      if (document === undefined || !wantsQuickFixes(params.context.only)) return [];
      const held = latest.get(document.uri);
      const diagnostics = diagnosticsForRequest(
        params.context.diagnostics,
        held !== undefined && held.version === document.version ? held.diagnostics : [],
        params.range,
      );
      return toCodeActions(diagnostics, {
        uri: document.uri,
        version: document.version,
        documentChanges: features.documentChanges,
        createFiles: features.createFiles,
      });
    }),
  );

  connection.onShutdown(
    guard("shutdown", undefined, async () => {
      scheduler.dispose();
      await runner.dispose();
    }),
  );

  // Last line of defence: a stray error is logged, never fatal.
  process.on("uncaughtException", (error) => logError(`layerlint: uncaught error: ${describe(error)}`));
  process.on("unhandledRejection", (error) => logError(`layerlint: unhandled rejection: ${describe(error)}`));

  documents.listen(connection);
  connection.listen();
}

const USAGE = `Usage: layerlint-language-server --stdio

The layerlint language server speaks the Language Server Protocol over standard input and
output. Editors start it: see
https://github.com/layerlint/layerlint/blob/main/docs/integrations/editors.md

Options:
  --stdio          talk LSP over stdin/stdout (required)
  -v, --version    print the version
  -h, --help       print this help
`;

/** The bin: `--stdio` starts the server; returns an exit code when it does not start. */
export function main(argv: readonly string[]): number | undefined {
  let values: { stdio?: boolean | string; version?: boolean | string; help?: boolean | string };
  try {
    // Not strict: clients add their own flags (vscode-languageclient passes --clientProcessId=N).
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        stdio: { type: "boolean" },
        version: { type: "boolean", short: "v" },
        help: { type: "boolean", short: "h" },
      },
      strict: false,
      allowPositionals: true,
    }));
  } catch (error) {
    process.stderr.write(`layerlint-language-server: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (values.version) {
    // The CLI's form: the program's name, then its version.
    process.stdout.write(`layerlint-language-server ${version}\n`);
    return 0;
  }
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (!values.stdio) {
    process.stderr.write(`layerlint-language-server: --stdio is required.\n\n${USAGE}`);
    return 2;
  }
  // With --stdio in argv, vscode-languageserver reads stdin/stdout and sends console.* to the client's log.
  const connection = createConnection(ProposedFeatures.all);
  startServer(connection);
  return undefined;
}
