/**
 * Lints a fixture folder through the host the front ends use (`createLinterHost`): a fixture's own
 * `.layerlintrc`, its build context and the contents of the files its COPY/ADD sources send apply.
 * Shared by the fixture test and the parity test's guard that every `ng.` fixture reports something.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createLinterHost } from "@layerlint/node";

export const FIXTURES = join(import.meta.dirname, "fixtures");

export function lintFixture(dir: string, dockerfile = "Dockerfile") {
  const dockerfilePath = join(dir, dockerfile);
  const { result } = createLinterHost({ cwd: dir }).lintFile({ path: dockerfilePath, source: readFileSync(dockerfilePath, "utf8") });
  return result.findings.map((f) => {
    const files = f.related.flatMap((r) => (r.file ? [`${r.file.path}:${r.file.line}:${r.file.column}-${r.file.endLine}:${r.file.endColumn}`] : []));
    return {
      ruleId: f.ruleId,
      messageId: f.messageId,
      severity: f.severity,
      line: f.span.line,
      column: f.span.column,
      endLine: f.span.endLine,
      endColumn: f.span.endColumn,
      ...(files.length > 0 ? { relatedFiles: files } : {}),
    };
  });
}
