import { lintBuildConfig, parseBuildConfig, type BuildConfigKind, type LintBuildConfigOptions } from "../../src/build-config/index.js";
import type { Span } from "../../src/index.js";

/** `line:column-endLine:endColumn`, for exact and readable position assertions. */
export function at(span: Span): string {
  return `${span.line}:${span.column}-${span.endLine}:${span.endColumn}`;
}

/** The findings of `ruleId` on a build configuration, as `position messageId` strings. */
export function configFindings(ruleId: string, text: string, kind: BuildConfigKind, options: LintBuildConfigOptions = {}): string[] {
  const result = lintBuildConfig(parseBuildConfig(text, kind), options);
  if (result.ruleErrors.length > 0) throw new Error(`rule crashed: ${JSON.stringify(result.ruleErrors)}`);
  return result.findings.filter((f) => f.ruleId === ruleId).map((f) => `${at(f.span)} ${f.messageId}`);
}

export function configMessages(ruleId: string, text: string, kind: BuildConfigKind, options: LintBuildConfigOptions = {}): string[] {
  return lintBuildConfig(parseBuildConfig(text, kind), options)
    .findings.filter((f) => f.ruleId === ruleId)
    .map((f) => f.message);
}

/** Obviously fake token-shaped values (the detectors must fire on them). */
export const FAKE = {
  github: "ghp_" + "FAKE".repeat(9),
  npm: "npm_" + "FAKE".repeat(9),
} as const;
