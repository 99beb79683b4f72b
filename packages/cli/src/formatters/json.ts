import { join } from "node:path";
import { redactText, type FileChange, type Fix, type Span } from "@layerlint/core";
import { countProblems, type FileResult } from "../result.js";
import type { Formatter } from "./index.js";

function position(span: Span): { line: number; column: number; endLine: number; endColumn: number } {
  return { line: span.line, column: span.column, endLine: span.endLine, endColumn: span.endColumn };
}

/** ESLint's suggestion shape holds one edit of the linted file; anything else has no `fix`. */
function eslintSuggestion(suggestion: Fix): { desc: string; fix?: { range: [number, number]; text: string } } {
  const [change, ...others] = suggestion.changes;
  if (change?.file === "dockerfile" && others.length === 0 && change.edits.length === 1) {
    const [edit] = change.edits;
    if (edit) return { desc: suggestion.description, fix: { range: [edit.start, edit.end], text: edit.text } };
  }
  return { desc: suggestion.description };
}

function fullFix(fix: Fix): { description: string; changes: readonly FileChange[] } {
  return { description: fix.description, changes: fix.changes };
}

function messagesOf(result: FileResult): object[] {
  if (result.fatal !== undefined) return [{ ruleId: null, fatal: true, severity: 2, message: result.fatal }];
  const located: { span: Span; message: object }[] = result.findings.map((finding) => ({
    span: finding.span,
    message: {
      ruleId: finding.ruleId,
      severity: finding.severity === "error" ? 2 : 1,
      message: finding.message,
      ...position(finding.span),
      messageId: finding.messageId,
      // Image findings (`layerlint image`): where the secret is in the image.
      ...(finding.location === undefined ? {} : { location: finding.location }),
      ...(finding.suggestions.length > 0 ? { suggestions: finding.suggestions.map(eslintSuggestion) } : {}),
      // Everything ESLint's shape has no room for: the leak channel, the stage, related
      // locations, and fixes that edit files other than the Dockerfile (`.dockerignore`).
      layerlint: {
        channel: finding.channel,
        ...(finding.stage === undefined ? {} : { stage: finding.stage }),
        shipped: finding.shipped,
        related: finding.related.map((related) => ({
          message: related.message,
          ...position(related.span),
          // A location in a context file: its path (absolute when the context is known) and place.
          ...(related.file === undefined
            ? {}
            : { file: { ...related.file, path: redactText(result.contextDir === undefined ? related.file.path : join(result.contextDir, related.file.path), []) } }),
        })),
        ...(finding.fix === undefined ? {} : { fix: fullFix(finding.fix) }),
        suggestions: finding.suggestions.map(fullFix),
        ...(finding.attribution === undefined ? {} : { attribution: finding.attribution }),
      },
    },
  }));
  for (const directive of result.unusedDirectives) {
    located.push({
      span: directive.span,
      message: { ruleId: null, severity: 1, message: directive.message, ...position(directive.span) },
    });
  }
  return located.sort((a, b) => a.span.line - b.span.line || a.span.column - b.span.column).map((entry) => entry.message);
}

/** ESLint's JSON result format (one entry per linted file, clean files included), one line. */
export const json: Formatter = (results) =>
  JSON.stringify(
    results.map((result) => {
      const counts = countProblems(result);
      return {
        // A token-shaped part of a path is redacted, as in every format.
        filePath: redactText(result.filePath, []),
        messages: messagesOf(result),
        suppressedMessages: [],
        errorCount: counts.errorCount,
        fatalErrorCount: counts.fatalErrorCount,
        warningCount: counts.warningCount,
        fixableErrorCount: counts.fixableErrorCount,
        fixableWarningCount: counts.fixableWarningCount,
        usedDeprecatedRules: [],
      };
    }),
  );
