/**
 * What counts as a secret in an image's plain data: a `NAME=value` pair (a `Config.Env` entry, a
 * label, a build arg recorded in the history, an ENV's recorded text) or free text (a command).
 * The same detectors as the Dockerfile rules (docs/spec.md §3), applied to the values the build recorded.
 */
import { classifySecretName, type NameLists } from "../detect/secret-names.js";
import {
  findSecretsInText,
  isFlagValue,
  isPlaceholder,
  isReferenceValue,
  type SecretMatch,
} from "../detect/secret-values.js";
import { scanContextFile } from "../detect/context-content.js";
import { findVariableUses } from "../model/substitution.js";
import { LineIndex } from "../parse/text.js";
import { redact } from "../redact.js";

/** A secret found in a value: what it is (for messages) and the literal values to redact. */
export interface SecretValue {
  /** `a GitHub token (ghp_…)`, `a value under a secret name (s3cr…)`: already redacted. */
  readonly what: string;
  readonly secrets: readonly string[];
}

/**
 * Longest text scanned (a history entry, a label, a file's content): beyond it, only its start is.
 * Readers skip files larger than this (and say so) rather than scan a part of them.
 */
export const MAX_SCANNED_TEXT = 1024 * 1024;

/** `a GitHub token`, `an npm token`, `URL credentials`: detector kinds read as English. */
function article(kind: string): string {
  if (/credentials$/.test(kind)) return kind;
  return /^(?:[aeio]|npm\b|\.npmrc|SSH\b)/i.test(kind) ? `an ${kind}` : `a ${kind}`;
}

/** `a GitHub token (ghp_…)` for a detector match. */
export function describeSecret(kind: string, value: string): string {
  return `${article(kind)} (${redact(value)})`;
}

/** The secrets `matches` find in `text`, described by the first (`a GitHub token (ghp_…) and 2 more`). */
export function secretValueOf(text: string, matches: readonly SecretMatch[]): SecretValue | null {
  if (matches.length === 0) return null;
  const values = matches.map((m) => text.slice(m.start, m.end));
  const more = matches.length > 1 ? ` and ${matches.length - 1} more` : "";
  return { what: `${describeSecret(matches[0]!.kind, values[0]!)}${more}`, secrets: values };
}

/** Every literal secret of a text (token formats, credential syntax), described. */
export function secretsInText(text: string): SecretValue | null {
  const bounded = text.length > MAX_SCANNED_TEXT ? text.slice(0, MAX_SCANNED_TEXT) : text;
  return secretValueOf(bounded, findSecretsInText(bounded));
}

/**
 * A pair is secret when its value holds a known token or credentials, or when its name is a secret
 * name (docs/spec.md §3.1) and its value is real: not empty, a reference, a placeholder, a boolean switch,
 * or made of variables (an ENV's recorded text keeps `${NPM_TOKEN}` unexpanded).
 */
export function secretAssignment(name: string, value: string, names: NameLists | undefined): SecretValue | null {
  const found = secretsInText(value);
  if (found) return found;
  const trimmed = value.trim();
  if (trimmed === "" || classifySecretName(name, names) !== "secret") return null;
  if (isReferenceValue(trimmed) || isPlaceholder(trimmed) || isFlagValue(trimmed)) return null;
  if (findVariableUses(trimmed).length > 0) return null;
  return { what: `a value under a secret name (${redact(trimmed)})`, secrets: [trimmed] };
}

/**
 * The secrets in a file an image holds, by the same content scan `no-secret-in-context-file` runs
 * on the files a COPY sends (token formats, credentials, `password:` under a secret name…; lock
 * files, generated files and templates are not judged): what a static finding predicts is what the
 * image scan confirms.
 */
export function fileContentSecrets(path: string, text: string, names?: NameLists): SecretValue | null {
  const bounded = text.length > MAX_SCANNED_TEXT ? text.slice(0, MAX_SCANNED_TEXT) : text;
  const { findings } = scanContextFile(path, bounded, { memo: false, ...(names === undefined ? {} : { names }) });
  if (findings.length === 0) return null;
  const lines = new LineIndex(bounded);
  const values = findings.map((f) => bounded.slice(lines.offsetAt(f.line - 1, f.column - 1), lines.offsetAt(f.endLine - 1, f.endColumn - 1)));
  const more = findings.length > 1 ? ` and ${findings.length - 1} more` : "";
  return { what: `${describeSecret(findings[0]!.kind, values[0]!)}${more}`, secrets: values.filter((v) => v !== "") };
}
