import { isAbsolute, relative, sep } from "node:path";
import { escapeControlCharacters, redactText, type AnyRuleId, type Finding, type UnusedDirective } from "@layerlint/core";

/** What the CLI hands a formatter for one file. Never holds the file's text. */
export interface FileResult {
  /** Absolute path, or `<stdin>` for standard input without `--stdin-filename`. */
  readonly filePath: string;
  /** From core: ordered, suppressions applied, messages already redacted (image findings carry a `location`). */
  readonly findings: readonly Finding<AnyRuleId>[];
  /** Reported as warnings (`--report-unused-disable-directives`). */
  readonly unusedDirectives: readonly UnusedDirective[];
  /** Why the file was not linted (unreadable, binary, bad config, unknown target). */
  readonly fatal?: string;
  /** Absolute build context directory: related locations in context files (`file`) are relative to it. */
  readonly contextDir?: string;
}

/**
 * False for an image finding that points at no Dockerfile line (no `--dockerfile`, or no matching
 * instruction): formats with optional positions leave them out rather than show line 1.
 */
export function hasPosition(finding: Finding<AnyRuleId>): boolean {
  return finding.location === undefined || (finding.attribution?.line ?? null) !== null;
}

export interface ProblemCounts {
  readonly errorCount: number;
  readonly fatalErrorCount: number;
  readonly warningCount: number;
  readonly fixableErrorCount: number;
  readonly fixableWarningCount: number;
}

export function countProblems(result: FileResult): ProblemCounts {
  let errorCount = result.fatal === undefined ? 0 : 1;
  let warningCount = result.unusedDirectives.length;
  let fixableErrorCount = 0;
  let fixableWarningCount = 0;
  for (const finding of result.findings) {
    const fixable = finding.fix !== undefined;
    if (finding.severity === "error") {
      errorCount += 1;
      if (fixable) fixableErrorCount += 1;
    } else {
      warningCount += 1;
      if (fixable) fixableWarningCount += 1;
    }
  }
  return {
    errorCount,
    fatalErrorCount: result.fatal === undefined ? 0 : 1,
    warningCount,
    fixableErrorCount,
    fixableWarningCount,
  };
}

export function sumProblems(results: readonly FileResult[]): ProblemCounts {
  const total = { errorCount: 0, fatalErrorCount: 0, warningCount: 0, fixableErrorCount: 0, fixableWarningCount: 0 };
  for (const result of results) {
    const counts = countProblems(result);
    for (const key of Object.keys(total) as (keyof ProblemCounts)[]) total[key] += counts[key];
  }
  return total;
}

/** `--quiet`: the result without its warnings. */
export function errorsOnly(result: FileResult): FileResult {
  return {
    ...result,
    findings: result.findings.filter((finding) => finding.severity === "error"),
    unusedDirectives: [],
  };
}

/** Control characters of a path (or any text from the repository) as escapes: see core. */
export const printable = escapeControlCharacters;

/**
 * A path from the repository as any output shows it: a token-shaped part redacted like a value
 * (`svc-ghp_…/Dockerfile`: a path is the user's own, but a CI log is public), control characters
 * escaped.
 */
export function printablePath(path: string): string {
  return printable(redactText(path, []));
}

/** A path as the user should read it: relative to `cwd` when inside it, else as is; see printablePath. */
export function displayPath(filePath: string, cwd: string): string {
  if (!isAbsolute(filePath)) return printablePath(filePath);
  const rel = relative(cwd, filePath);
  return printablePath(rel === "" || rel.split(sep)[0] === ".." || isAbsolute(rel) ? filePath : rel);
}

/**
 * A path as CI systems want it: relative to `cwd` (the repository root in CI) with `/`
 * separators, or absolute when outside it.
 */
export function portablePath(filePath: string, cwd: string): string {
  const shown = displayPath(filePath, cwd);
  return sep === "/" ? shown : shown.split(sep).join("/");
}
