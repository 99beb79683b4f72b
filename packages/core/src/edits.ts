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
