import { hasPosition, portablePath, type FileResult } from "../result.js";
import type { Formatter } from "./index.js";

/** A workflow command's message: GitHub decodes `%25`, `%0D` and `%0A` there. */
export function escapeData(text: string): string {
  return text.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
}

/** A workflow command property value: as the message, plus `:` and `,`, which end a property. */
export function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(":", "%3A").replaceAll(",", "%2C");
}

interface Annotation {
  readonly level: "error" | "warning";
  readonly title: string;
  readonly message: string;
  readonly position?: { line: number; col: number; endLine: number; endColumn: number };
}

function annotationsOf(result: FileResult): Annotation[] {
  const annotations: Annotation[] = [];
  if (result.fatal !== undefined) annotations.push({ level: "error", title: "layerlint", message: result.fatal });
  for (const finding of result.findings) {
    const { line, column, endLine, endColumn } = finding.span;
    annotations.push({
      level: finding.severity,
      title: `layerlint/${finding.ruleId}`,
      message: finding.message,
      ...(hasPosition(finding) ? { position: { line, col: column, endLine, endColumn } } : {}),
    });
  }
  for (const directive of result.unusedDirectives) {
    const { line, column, endLine, endColumn } = directive.span;
    annotations.push({ level: "warning", title: "layerlint", message: directive.message, position: { line, col: column, endLine, endColumn } });
  }
  return annotations;
}

/**
 * GitHub Actions workflow commands: one `::error` or `::warning` annotation per problem, on the
 * file's repository-relative path (Actions runs from the repository root). Standard input
 * without a file name gets annotations without a file.
 */
export const github: Formatter = (results, { cwd }) => {
  let output = "";
  for (const result of results) {
    const file = result.filePath === "<stdin>" ? undefined : portablePath(result.filePath, cwd);
    for (const annotation of annotationsOf(result)) {
      const properties: [string, string | number][] = [];
      if (file !== undefined) properties.push(["file", file]);
      if (annotation.position !== undefined) properties.push(...Object.entries(annotation.position));
      properties.push(["title", annotation.title]);
      const rendered = properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(",");
      output += `::${annotation.level} ${rendered}::${escapeData(annotation.message)}\n`;
    }
  }
  return output;
};
