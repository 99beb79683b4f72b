/** Finding → LSP diagnostic: a mechanical translation of core's Finding. Pure. */
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { escapeControlCharacters, getRule, type Finding, type ParseNotice, type RelatedLocation, type Span } from "@layerlint/core";
import { DiagnosticSeverity, type Diagnostic, type Location, type Range } from "vscode-languageserver/node";
import type { LayerlintDiagnosticData } from "./code-actions.js";

export const SOURCE = "layerlint";

/** A core span (1-based lines and UTF-16 columns, end exclusive) as an LSP range (0-based). */
export function spanToRange(span: Span): Range {
  return {
    start: { line: span.line - 1, character: span.column - 1 },
    end: { line: span.endLine - 1, character: span.endColumn - 1 },
  };
}

export interface DiagnosticOptions {
  /** The document's URI: related locations are in the same file, unless they name a context file. */
  readonly uri: string;
  /** Absolute build context directory: a related location in a context file opens that file. */
  readonly contextDir?: string;
  /** The client shows `relatedInformation`; otherwise related locations are appended to the message. */
  readonly relatedInformation: boolean;
  /** What code actions and hovers need (see code-actions.ts). */
  readonly data: LayerlintDiagnosticData;
}

/** Where a related location is: its context file when the context is known, else the Dockerfile span. */
function relatedLocation(related: RelatedLocation, options: DiagnosticOptions): Location {
  if (related.file !== undefined && options.contextDir !== undefined) {
    const { file } = related;
    return {
      uri: pathToFileURL(resolve(options.contextDir, file.path)).href,
      range: { start: { line: file.line - 1, character: file.column - 1 }, end: { line: file.endLine - 1, character: file.endColumn - 1 } },
    };
  }
  return { uri: options.uri, range: spanToRange(related.span) };
}

export function toDiagnostic(finding: Finding, options: DiagnosticOptions): Diagnostic {
  const url = getRule(finding.ruleId)?.meta.docs.url;
  const related = finding.related;
  let message = finding.message;
  if (related.length > 0 && !options.relatedInformation) {
    // A context file's location is in its message (`… in config/db.yml:4.`); the line is the COPY's.
    message += related.map((r) => `\nLine ${r.span.line}: ${r.message}`).join("");
  }
  return {
    range: spanToRange(finding.span),
    severity: finding.severity === "error" ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    code: finding.ruleId,
    ...(url === undefined ? {} : { codeDescription: { href: url } }),
    source: SOURCE,
    message,
    ...(related.length > 0 && options.relatedInformation
      ? {
          relatedInformation: related.map((r) => ({ location: relatedLocation(r, options), message: r.message })),
        }
      : {}),
    data: options.data,
  };
}

/**
 * The one diagnostic that stands for a problem that stopped the lint (a broken config file, a bad
 * setting, an unknown target, a timeout): on the first line, with no rule code.
 */
export function problemDiagnostic(
  message: string,
  firstLineLength: number,
  severity: DiagnosticSeverity = DiagnosticSeverity.Error,
): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: firstLineLength } },
    severity,
    source: SOURCE,
    message,
  };
}

/** A part of the file that was not checked (core's notice): a warning at its place, with no rule code. */
export function noticeDiagnostic(notice: ParseNotice): Diagnostic {
  return { range: spanToRange(notice.span), severity: DiagnosticSeverity.Warning, source: SOURCE, message: escapeControlCharacters(notice.message) };
}
