import type { TextEdit } from "./types.js";

/** Applies non-overlapping edits to a text (edits in any order; overlapping later ones are dropped). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = "";
  let last = 0;
  for (const edit of sorted) {
    if (edit.start < last) continue;
    out += text.slice(last, edit.start) + edit.text;
    last = edit.end;
  }
  return out + text.slice(last);
}

/** Lines of an appended block: without the line break that separates it from the base. */
function appendedLines(base: string, result: string): string[] | null {
  if (!result.startsWith(base)) return null;
  let tail = result.slice(base.length);
  if (base !== "" && !base.endsWith("\n") && tail.startsWith("\n")) tail = tail.slice(1);
  return tail.replace(/\n$/, "").split("\n");
}

/**
 * Several fixes of one file, each applied to the same `base` (their `results`): when all of them
 * only append (as `.dockerignore` fixes do), one block with every appended line once, in order,
 * and every fix counts as used; else just the first (a later lint proposes the rest against the
 * new text).
 */
export function mergeAppends(base: string, results: readonly string[]): { text: string; used: number } {
  const [first] = results;
  if (first === undefined) return { text: base, used: 0 };
  if (results.length === 1) return { text: first, used: 1 };
  const lines: string[] = [];
  for (const result of results) {
    const appended = appendedLines(base, result);
    if (appended === null) return { text: first, used: 1 };
    for (const line of appended) if (!lines.includes(line)) lines.push(line);
  }
  const separator = base === "" || base.endsWith("\n") ? "" : "\n";
  return { text: `${base}${separator}${lines.join("\n")}\n`, used: results.length };
}
