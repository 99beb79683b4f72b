import { redactText } from "@layerlint/core";
import type { FileResult } from "../result.js";
import type { Formatter } from "./index.js";

/**
 * Text as an XML 1.0 attribute value: the five markup characters as entities, tab and line
 * breaks as character references (a parser would otherwise normalise them to spaces), and the
 * characters XML 1.0 cannot carry at all (other C0 controls, lone surrogates, U+FFFE, U+FFFF) as
 * U+FFFD.
 */
export function xmlAttribute(text: string): string {
  return text.replace(
    // With the u flag, a surrogate pair is one code point: [\ud800-\udfff] matches lone halves only.
    /[&<>"'\t\n\r]|[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/gu,
    (char) => {
      switch (char) {
        case "&":
          return "&amp;";
        case "<":
          return "&lt;";
        case ">":
          return "&gt;";
        case '"':
          return "&quot;";
        case "'":
          return "&apos;";
        case "\t":
          return "&#9;";
        case "\n":
          return "&#10;";
        case "\r":
          return "&#13;";
        default:
          return "\ufffd";
      }
    },
  );
}

interface Entry {
  readonly line: number;
  readonly column: number;
  readonly severity: "error" | "warning";
  readonly message: string;
  readonly source: string;
}

function entriesOf(result: FileResult): Entry[] {
  const entries: Entry[] = [];
  // A file that could not be linted has no position; checkstyle wants one: its first line.
  if (result.fatal !== undefined) entries.push({ line: 1, column: 1, severity: "error", message: result.fatal, source: "layerlint.fatal" });
  for (const finding of result.findings) {
    entries.push({
      line: finding.span.line,
      column: finding.span.column,
      severity: finding.severity,
      message: finding.message,
      source: `layerlint.${finding.ruleId}`,
    });
  }
  for (const directive of result.unusedDirectives) {
    entries.push({
      line: directive.span.line,
      column: directive.span.column,
      severity: "warning",
      message: directive.message,
      source: "layerlint.unused-disable-directive",
    });
  }
  return entries.sort((a, b) => a.line - b.line || a.column - b.column);
}

/**
 * Checkstyle XML, as ESLint writes it: one `<file>` per linted file (clean ones included, so a
 * CI plugin can count them), one `<error>` per problem, `source` = `layerlint.<rule id>`.
 */
export const checkstyle: Formatter = (results) => {
  let output = '<?xml version="1.0" encoding="utf-8"?>\n<checkstyle version="4.3">\n';
  for (const result of results) {
    output += `  <file name="${xmlAttribute(redactText(result.filePath, []))}">\n`;
    for (const entry of entriesOf(result)) {
      output +=
        `    <error line="${entry.line}" column="${entry.column}" severity="${entry.severity}"` +
        ` message="${xmlAttribute(entry.message)}" source="${xmlAttribute(entry.source)}" />\n`;
    }
    output += "  </file>\n";
  }
  return `${output}</checkstyle>\n`;
};
