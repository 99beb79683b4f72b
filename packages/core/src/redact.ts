/**
 * Redaction (docs/spec.md §3.4): no output ever shows more than the first 4 characters of a secret, and a
 * short secret never shows more than half of itself.
 */
import { findEmbeddedTokens, findSecretsInText } from "./detect/secret-values.js";

const ELLIPSIS = "…";
const MAX_SHOWN = 4;

/** Code units of the part of `secret` a redaction shows: min(4, ⌊length/2⌋) code points. */
function shownLength(secret: string): number {
  const chars = Array.from(secret);
  const shown = Math.min(MAX_SHOWN, Math.floor(chars.length / 2));
  return chars.slice(0, shown).join("").length;
}

/** The first min(4, ⌊length/2⌋) characters (code points) of the secret, then `…`. */
export function redact(secret: string): string {
  return secret.slice(0, shownLength(secret)) + ELLIPSIS;
}

interface Span {
  readonly start: number;
  readonly end: number;
}

/** The spans of every occurrence of every secret, plus every secret `findSecretsInText` finds. */
function secretSpans(text: string, secrets: readonly string[]): Span[] {
  const spans: Span[] = [];
  const longestFirst = [...new Set(secrets)].filter((s) => s !== "").sort((a, b) => b.length - a.length);
  for (const secret of longestFirst) {
    for (let at = text.indexOf(secret); at >= 0; at = text.indexOf(secret, at + secret.length)) {
      spans.push({ start: at, end: at + secret.length });
    }
  }
  for (const match of findSecretsInText(text)) spans.push({ start: match.start, end: match.end });
  for (const match of findEmbeddedTokens(text)) spans.push({ start: match.start, end: match.end });
  return spans;
}

/**
 * Replaces each occurrence of each secret (longest first) and anything `findSecretsInText` finds
 * by its redaction. Overlapping secrets are redacted as one span that shows no more of any of
 * them than its own redaction would (`abcd` inside `abcdefgh` keeps `abcdefgh` to `ab…`).
 */
export function redactText(text: string, secrets: readonly string[]): string {
  const spans = secretSpans(text, secrets).sort((a, b) => a.start - b.start || b.end - a.end);
  let result = "";
  let copied = 0;
  let start = -1;
  let end = -1;
  let shown = 0;
  const flush = () => {
    if (start < 0) return;
    result += text.slice(copied, start) + text.slice(start, start + shown) + ELLIPSIS;
    copied = end;
  };
  for (const span of spans) {
    if (start >= 0 && span.start < end) {
      end = Math.max(end, span.end);
      shown = Math.min(shown, span.start - start + shownLength(text.slice(span.start, span.end)));
      continue;
    }
    flush();
    start = span.start;
    end = span.end;
    shown = shownLength(text.slice(span.start, span.end));
  }
  flush();
  return result + text.slice(copied);
}

/**
 * Control characters (a file name from the build context may hold a line break) as `\\uXXXX`
 * escapes: a message or a printed path stays one line and cannot forge another line of output
 * (a `::error` workflow command in a CI log).
 */
export function escapeControlCharacters(text: string): string {
  return text.replace(CONTROL_CHARACTERS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/**
 * C0 and C1 controls (ESC starts terminal sequences, NEL breaks lines), the line and paragraph
 * separators, and the bidirectional formatting characters (U+202E can make a line read backwards
 * in a terminal or a review: "Trojan Source").
 */
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;

/** Each character `escapeControlCharacters` would escape, replaced by `by` (a `?` in an ignore pattern). */
export function replaceControlCharacters(text: string, by: string): string {
  return text.replace(CONTROL_CHARACTERS, by);
}
