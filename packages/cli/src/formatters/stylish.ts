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

/**
 * ESLint's default format: each file with problems, then one aligned row per problem
 * (`line:column  severity  message  rule`), then a summary. Clean files print nothing, and
 * file-level errors are not rows: the CLI prints them on stderr.
 */
export const stylish: Formatter = (results, { cwd, color }) => {
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
    const cells = rows.map((row) => ({
      line: String(row.line),
      column: String(row.column),
      severity: row.error ? "error" : "warning",
      // As ESLint does: the closing period is noise in a table.
      message: row.message.replace(/([^ ])\.$/u, "$1"),
      ruleId: row.ruleId,
    }));
    const width = (key: keyof (typeof cells)[number]): number => Math.max(...cells.map((cell) => cell[key].length));
    const lineWidth = width("line");
    const columnWidth = width("column");
    const severityWidth = width("severity");
    const messageWidth = width("message");
    output += `\n${style.underline(displayPath(result.filePath, cwd))}\n`;
    for (const cell of cells) {
      const position = style.dim(`${cell.line.padStart(lineWidth)}:${cell.column}`) + " ".repeat(columnWidth - cell.column.length);
      const severity = (cell.severity === "error" ? style.red : style.yellow)(cell.severity);
      const padding = " ".repeat(severityWidth - cell.severity.length);
      const rule = cell.ruleId === "" ? "" : `${" ".repeat(messageWidth - cell.message.length)}  ${style.dim(cell.ruleId)}`;
      output += `  ${position}  ${severity}${padding}  ${cell.message}${rule}\n`;
    }
  }
  const total = errors + warnings;
  if (total === 0) return "";
  const summaryColor = errors > 0 ? style.red : style.yellow;
  const summary = `\u2716 ${plural(total, "problem")} (${plural(errors, "error")}, ${plural(warnings, "warning")})`;
  return `${output}\n${summaryColor(style.bold(summary))}\n`;
};
