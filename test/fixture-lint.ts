/**
 * Lints a fixture folder the way a host does: the build context walked with `collectFiles`, the
 * files its COPY/ADD sources send read with `withContextContents`, then `lint`. Shared by the
 * fixture test and the parity test's guard that every `ng.` fixture reports something.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { isSecretFile, lint } from "@layerlint/core";
import { readBuildContext, withContextContents } from "@layerlint/node";

export const FIXTURES = join(import.meta.dirname, "fixtures");

export function lintFixture(dir: string, dockerfile = "Dockerfile") {
  const dockerfilePath = join(dir, dockerfile);
  const text = readFileSync(dockerfilePath, "utf8");
  const walked = readBuildContext({ contextDir: dir, dockerfilePath, isSecretFile: (p) => isSecretFile(p), collectFiles: true });
  const context = withContextContents(walked, { contextDir: dir, dockerfile: text, lint: { fileName: dockerfile } });
  const result = lint(text, { context, fileName: dockerfile });
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
