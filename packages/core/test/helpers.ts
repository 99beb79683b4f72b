import { lint } from "../src/index.js";
import type { LintOptions } from "../src/index.js";

export interface Expected {
  readonly ruleId?: string;
  readonly messageId: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly severity: "error" | "warning";
}

/** A finding that spans one whole single-line instruction (`text`, at `line`). */
export function onInstruction(line: number, text: string, messageId: string, severity: Expected["severity"]): Expected {
  return { messageId, line, column: 1, endLine: line, endColumn: text.length + 1, severity };
}

/** Lints `code` and keeps only `ruleId`'s findings, as compact objects for exact comparison. */
export function findingsOf(ruleId: string, code: string, options: LintOptions = {}): Expected[] {
  const result = lint(code, options);
  if (result.ruleErrors.length > 0) throw new Error(`rule crashed: ${JSON.stringify(result.ruleErrors)}`);
  return result.findings
    .filter((f) => f.ruleId === ruleId)
    .map((f) => ({
      messageId: f.messageId,
      line: f.span.line,
      column: f.span.column,
      endLine: f.span.endLine,
      endColumn: f.span.endColumn,
      severity: f.severity,
    }));
}

export function messagesOf(ruleId: string, code: string, options: LintOptions = {}): string[] {
  return lint(code, options).findings.filter((f) => f.ruleId === ruleId).map((f) => f.message);
}

/** Fake values that match token formats but are obviously not live credentials. */
export const FAKE = {
  github: "ghp_" + "FAKE".repeat(9),
  aws: "AKIA" + "FAKEFAKEFAKE0000",
  stripe: "sk_live_" + "FAKE".repeat(6),
  npm: "npm_" + "FAKE".repeat(9),
} as const;

import type { BuildContext } from "../src/index.js";

/**
 * An in-memory build context for core tests: `excluded` lists the paths (and directory prefixes)
 * the ignore file excludes; `secretFiles` the secret files the walk found that are not excluded.
 */
export function fakeContext(options: {
  ignoreText?: string | null;
  excluded?: readonly string[];
  everythingBut?: readonly string[];
  secretFiles?: readonly string[];
  /** Context files the caller read (path → text), as `BuildContext.contents`. */
  contents?: Readonly<Record<string, string>>;
}): BuildContext {
  const excluded = options.excluded ?? [];
  const isExcluded = (path: string) => {
    if (options.everythingBut) return !options.everythingBut.some((keep) => path === keep || path.startsWith(`${keep}/`));
    return excluded.some((e) => path === e || path.startsWith(`${e}/`));
  };
  return {
    ignoreFile: options.ignoreText === null || options.ignoreText === undefined ? null : { path: ".dockerignore", text: options.ignoreText, perDockerfile: false },
    isExcluded,
    secretFiles: (options.secretFiles ?? []).map((path) => ({ path, type: "file" as const })),
    ...(options.contents === undefined
      ? {}
      : { contents: { files: new Map(Object.entries(options.contents).map(([path, text]) => [path, { text }])) } }),
  };
}

export function findingsWithRelated(ruleId: string, code: string, options: LintOptions = {}) {
  return lint(code, options)
    .findings.filter((f) => f.ruleId === ruleId)
    .map((f) => ({ line: f.span.line, endLine: f.span.endLine, severity: f.severity, messageId: f.messageId, related: f.related.map((r) => r.span.line) }));
}
