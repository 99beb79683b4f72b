import { messageParts } from "@layerlint/core";
import { styles } from "../ansi.js";
import { countProblems, displayPath, type FileResult } from "../result.js";
import type { Formatter } from "./index.js";

interface Row {
  readonly line: number;
  readonly column: number;
  readonly error: boolean;
  readonly message: string;
  readonly ruleId: string;
}

function rowsOf(result: FileResult): Row[] {
  const rows: Row[] = result.findings.map((finding) => ({
    line: finding.span.line,
    column: finding.span.column,
    error: finding.severity === "error",
    message: finding.message,
    ruleId: finding.ruleId,
  }));
  for (const directive of result.unusedDirectives) {
    rows.push({ line: directive.span.line, column: directive.span.column, error: false, message: directive.message, ruleId: "" });
  }
  return rows.sort((a, b) => a.line - b.line || a.column - b.column);
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

/** The terminal width rows are laid out for. */
const TERMINAL_COLUMNS = 120;

/** As ESLint does: the closing period is noise in a table. */
function withoutPeriod(text: string): string {
  return text.replace(/([^ ])\.$/u, "$1");
}

/**
 * ESLint's default format, made for a terminal: each file with problems, then one row per problem
 * — `line:column  severity  summary  rule` — where the summary says what leaks and where it lands,
 * and under it, indented, what to do (and with `--verbose` how it leaks first). Rule ids line up in
 * one column that ends within 120 columns, so a 120-column terminal shows each problem with a
 * summary that fits without wrapping its rule id away. json, SARIF, the editor and ESLint keep the whole message. Clean files print nothing, and
 * file-level errors are not rows: the CLI prints them on stderr.
 */
export const stylish: Formatter = (results, { cwd, color, verbose = false }) => {
  const style = styles(color);
  let output = "";
  let errors = 0;
  let warnings = 0;
  for (const result of results) {
    const rows = rowsOf(result);
    if (rows.length === 0) continue;
    const counts = countProblems({ ...result, fatal: undefined });
    errors += counts.errorCount;
    warnings += counts.warningCount;
    const cells = rows.map((row) => {
      const parts = row.ruleId === "" ? { summary: row.message, explanation: "", fix: "" } : messageParts(row.message);
      return {
        line: String(row.line),
        column: String(row.column),
        severity: row.error ? "error" : "warning",
        summary: withoutPeriod(parts.summary),
        // What to do; how it leaks too with --verbose, or when the message says nothing more.
        details: [...((verbose || parts.fix === "") && parts.explanation !== "" ? [parts.explanation] : []), ...(parts.fix !== "" ? [parts.fix] : [])].map(withoutPeriod),
        ruleId: row.ruleId,
      };
    });
    const width = (values: readonly string[]): number => Math.max(...values.map((value) => value.length));
    const lineWidth = width(cells.map((cell) => cell.line));
    const columnWidth = width(cells.map((cell) => cell.column));
    const severityWidth = width(cells.map((cell) => cell.severity));
    const indent = " ".repeat(2 + lineWidth + 1 + columnWidth + 2 + severityWidth + 2);
    // Rule ids line up in one column that ends within the terminal; a summary too long for it is
    // followed by its id directly.
    const ruleWidth = width(cells.map((cell) => cell.ruleId));
    const summaryWidth = Math.min(width(cells.map((cell) => cell.summary)), Math.max(0, TERMINAL_COLUMNS - indent.length - 2 - ruleWidth));
    output += `\n${style.underline(displayPath(result.filePath, cwd))}\n`;
    for (const cell of cells) {
      const position = style.dim(`${cell.line.padStart(lineWidth)}:${cell.column}`) + " ".repeat(columnWidth - cell.column.length);
      const severity = (cell.severity === "error" ? style.red : style.yellow)(cell.severity);
      const padding = " ".repeat(severityWidth - cell.severity.length);
      const gap = " ".repeat(Math.max(0, summaryWidth - cell.summary.length));
      const rule = cell.ruleId === "" ? "" : `${gap}  ${style.dim(cell.ruleId)}`;
      output += `  ${position}  ${severity}${padding}  ${cell.summary}${rule}\n`;
      for (const detail of cell.details) output += `${indent}${style.dim(detail)}\n`;
    }
  }
  const total = errors + warnings;
  if (total === 0) return "";
  const summaryColor = errors > 0 ? style.red : style.yellow;
  const summary = `\u2716 ${plural(total, "problem")} (${plural(errors, "error")}, ${plural(warnings, "warning")})`;
  return `${output}\n${summaryColor(style.bold(summary))}\n`;
};
