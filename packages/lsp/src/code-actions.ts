/**
 * Finding → code actions, in two pure steps. At lint time `toActionData` turns the finding's own
 * `fix` (`.dockerignore` changes) and `suggestions` (Dockerfile edits), plus the "disable for this
 * instruction" comment, into LSP edits carried in the diagnostic's `data`. When the client asks,
 * `toCodeActions` wraps them in workspace edits the client can apply. Nothing is rebuilt from
 * the rule id.
 */
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { disableDirectiveFix, type Channel, type FileChange, type Finding, type Fix, type ParsedDockerfile, type RuleId } from "@layerlint/core";
import {
  CodeActionKind,
  CreateFile,
  TextDocumentEdit,
  type CodeAction,
  type Diagnostic,
  type Position,
  type Range,
  type TextEdit,
  type WorkspaceEdit,
} from "vscode-languageserver/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { SOURCE } from "./to-diagnostic.js";

/** Edits of a file other than the Dockerfile (the ignore file), created first when `create`. */
export interface FileEdits {
  readonly uri: string;
  readonly create: boolean;
  readonly edits: readonly TextEdit[];
}

export interface QuickFix {
  readonly title: string;
  /** `fix`: the finding's safe fix (preferred); `suggestion`: a build-changing rewrite; `disable`: the comment. */
  readonly kind: "fix" | "suggestion" | "disable";
  readonly documentEdits: readonly TextEdit[];
  readonly fileEdits: readonly FileEdits[];
}

/** Carried in `Diagnostic.data`: everything code actions and hovers need, nothing secret. */
export interface LayerlintDiagnosticData {
  readonly ruleId: RuleId;
  readonly channel: Channel;
  /** The document version the edits apply to. */
  readonly version: number;
  readonly fixes: readonly QuickFix[];
}

export interface ActionDataContext {
  /** The linted document (its version and text: edits are converted with its line index). */
  readonly document: TextDocument;
  readonly parsed: ParsedDockerfile;
  /** Absolute build context directory; without it `.dockerignore` fixes cannot be placed. */
  readonly contextDir?: string;
  /** The ignore file core saw (path relative to the context, as in the fix), to place appends. */
  readonly ignoreFile?: { readonly path: string; readonly text: string } | null;
}

function positionsIn(text: string): TextDocument {
  return TextDocument.create("layerlint:edit", "", 0, text);
}

function toEdits(target: TextDocument, edits: FileChange["edits"]): TextEdit[] {
  return edits.map((edit) => ({
    range: { start: target.positionAt(edit.start), end: target.positionAt(edit.end) },
    newText: edit.text,
  }));
}

/** A core Fix as a QuickFix, or null when part of it cannot be placed (no context, unknown ignore file). */
function toQuickFix(fix: Fix, kind: QuickFix["kind"], context: ActionDataContext): QuickFix | null {
  const documentEdits: TextEdit[] = [];
  const fileEdits: FileEdits[] = [];
  for (const change of fix.changes) {
    if (change.file === "dockerfile") {
      documentEdits.push(...toEdits(context.document, change.edits));
      continue;
    }
    if (context.contextDir === undefined) return null;
    let text: string;
    if (change.create) text = "";
    else if (context.ignoreFile && context.ignoreFile.path === change.path) text = context.ignoreFile.text;
    else return null;
    fileEdits.push({
      uri: pathToFileURL(resolve(context.contextDir, change.path)).href,
      create: change.create,
      edits: toEdits(positionsIn(text), change.edits),
    });
  }
  return { title: fix.description, kind, documentEdits, fileEdits };
}

/** The quick fixes of a finding, as LSP edits, for `Diagnostic.data`. */
export function toActionData(finding: Finding, context: ActionDataContext): LayerlintDiagnosticData {
  const fixes: QuickFix[] = [];
  const safe = finding.fix === undefined ? null : toQuickFix(finding.fix, "fix", context);
  if (safe !== null) fixes.push(safe);
  for (const suggestion of finding.suggestions) {
    const quickFix = toQuickFix(suggestion, "suggestion", context);
    if (quickFix !== null) fixes.push(quickFix);
  }
  // Core owns the directive's grammar and placement; it always places (it edits only the Dockerfile).
  fixes.push(toQuickFix(disableDirectiveFix(context.parsed, finding.ruleId, finding.span), "disable", context)!);
  return { ruleId: finding.ruleId, channel: finding.channel, version: context.document.version, fixes };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** `Diagnostic.data` comes back from the client: check its shape before trusting it. */
export function isLayerlintData(value: unknown): value is LayerlintDiagnosticData {
  return (
    isRecord(value) &&
    typeof value.ruleId === "string" &&
    typeof value.channel === "string" &&
    typeof value.version === "number" &&
    Array.isArray(value.fixes) &&
    value.fixes.every(
      (fix) =>
        isRecord(fix) &&
        typeof fix.title === "string" &&
        Array.isArray(fix.documentEdits) &&
        Array.isArray(fix.fileEdits) &&
        fix.fileEdits.every((file) => isRecord(file) && typeof file.uri === "string" && Array.isArray(file.edits)),
    )
  );
}

export interface CodeActionOptions {
  /** The Dockerfile's URI and current version: data of another version is stale and offers nothing. */
  readonly uri: string;
  readonly version: number;
  /** The client takes `documentChanges` (versioned edits). */
  readonly documentChanges: boolean;
  /** The client can create files in a workspace edit (`resourceOperations` has `create`). */
  readonly createFiles: boolean;
}

function toWorkspaceEdit(fix: QuickFix, options: CodeActionOptions): WorkspaceEdit {
  const needsCreate = fix.fileEdits.some((file) => file.create);
  if (options.documentChanges && (!needsCreate || options.createFiles)) {
    const documentChanges: (TextDocumentEdit | CreateFile)[] = [];
    if (fix.documentEdits.length > 0) {
      documentChanges.push(TextDocumentEdit.create({ uri: options.uri, version: options.version }, [...fix.documentEdits]));
    }
    for (const file of fix.fileEdits) {
      if (file.create) documentChanges.push(CreateFile.create(file.uri, { ignoreIfExists: true }));
      documentChanges.push(TextDocumentEdit.create({ uri: file.uri, version: null }, [...file.edits]));
    }
    return { documentChanges };
  }
  const changes: Record<string, TextEdit[]> = {};
  if (fix.documentEdits.length > 0) changes[options.uri] = [...fix.documentEdits];
  for (const file of fix.fileEdits) (changes[file.uri] ??= []).push(...file.edits);
  return { changes };
}

/** Quick fixes for layerlint diagnostics: fixes first (the safe one preferred), the disable comment last. */
export function toCodeActions(diagnostics: readonly Diagnostic[], options: CodeActionOptions): CodeAction[] {
  const actions: CodeAction[] = [];
  const byTitle = new Map<string, CodeAction>();
  const disables: CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== SOURCE || !isLayerlintData(diagnostic.data)) continue;
    const data = diagnostic.data;
    if (data.version !== options.version) continue;
    for (const fix of data.fixes) {
      // Several findings may offer the same fix (one .dockerignore for all): offer it once.
      const held = byTitle.get(fix.title);
      if (held !== undefined) {
        held.diagnostics!.push(diagnostic);
        continue;
      }
      const action: CodeAction = {
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        ...(fix.kind === "fix" ? { isPreferred: true } : {}),
        edit: toWorkspaceEdit(fix, options),
      };
      byTitle.set(fix.title, action);
      (fix.kind === "disable" ? disables : actions).push(action);
    }
  }
  return [...actions, ...disables];
}

function sameRange(a: Range, b: Range): boolean {
  return (
    a.start.line === b.start.line &&
    a.start.character === b.start.character &&
    a.end.line === b.end.line &&
    a.end.character === b.end.character
  );
}

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

function overlaps(a: Range, b: Range): boolean {
  return !before(a.end, b.start) && !before(b.end, a.start);
}

/**
 * The diagnostics a code action request is about. Clients send the diagnostics under the cursor;
 * one that comes back without its `data` is matched to the server's own copy; a client that sends
 * none gets the server's diagnostics overlapping the requested range.
 */
export function diagnosticsForRequest(
  sent: readonly Diagnostic[],
  held: readonly Diagnostic[],
  range: Range,
): Diagnostic[] {
  const ours = sent.filter((diagnostic) => diagnostic.source === SOURCE);
  if (ours.length === 0) return held.filter((diagnostic) => overlaps(diagnostic.range, range));
  return ours.map((diagnostic) =>
    isLayerlintData(diagnostic.data)
      ? diagnostic
      : (held.find((h) => h.code === diagnostic.code && h.message === diagnostic.message && sameRange(h.range, diagnostic.range)) ?? diagnostic),
  );
}
