import { escapeControlCharacters, redactText } from "@layerlint/core";

/** Lines with their terminators, so `foo` and `foo\n` differ (the last line may have none). */
function linesOf(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

const CONTEXT_LINES = 3;

/** The `start,count` of a hunk side; an empty side names the line before it, as diff does. */
function range(start: number, count: number): string {
  return `${count === 0 ? start : start + 1},${count}`;
}

/**
 * One line of a hunk, safe for a terminal and a CI log: control and bidi characters escaped and
 * secrets redacted (the lines layerlint adds hold neither — it writes `?` for such characters and
 * masks secrets in names — so only lines already in the file can change, and the diff layerlint
 * prints is the diff it writes).
 */
function hunkLine(prefix: string, line: string): string {
  const ending = /\r?\n$/.exec(line)?.[0] ?? "";
  const body = escapeControlCharacters(redactText(line.slice(0, line.length - ending.length), []));
  return ending !== "" ? `${prefix}${body}${ending}` : `${prefix}${body}\n\\ No newline at end of file\n`;
}

/**
 * A unified diff of one file (`git apply` reads it from the directory a relative `path` is relative to):
 * one hunk spanning everything between the common first and last lines, with three lines of
 * context. `before` null means the file is created. Empty when nothing changes.
 */
export function unifiedDiff(path: string, before: string | null, after: string): string {
  if (before === after) return "";
  const old = linesOf(before ?? "");
  const next = linesOf(after);
  let prefix = 0;
  while (prefix < old.length && prefix < next.length && old[prefix] === next[prefix]) prefix += 1;
  let suffix = 0;
  while (
    suffix < old.length - prefix &&
    suffix < next.length - prefix &&
    old[old.length - 1 - suffix] === next[next.length - 1 - suffix]
  ) {
    suffix += 1;
  }
  const start = Math.max(0, prefix - CONTEXT_LINES);
  const oldEnd = Math.min(old.length, old.length - suffix + CONTEXT_LINES);
  const newEnd = next.length - (old.length - oldEnd);
  // git's a/ and b/ prefixes for a relative path; an absolute one (outside the working directory) as is.
  const [a, b] = /^(\/|[A-Za-z]:)/.test(path) ? [path, path] : [`a/${path}`, `b/${path}`];
  let output = `--- ${before === null ? "/dev/null" : a}\n+++ ${b}\n`;
  output += `@@ -${range(start, oldEnd - start)} +${range(start, newEnd - start)} @@\n`;
  for (const line of old.slice(start, prefix)) output += hunkLine(" ", line);
  for (const line of old.slice(prefix, old.length - suffix)) output += hunkLine("-", line);
  for (const line of next.slice(prefix, next.length - suffix)) output += hunkLine("+", line);
  for (const line of old.slice(old.length - suffix, oldEnd)) output += hunkLine(" ", line);
  return output;
}
