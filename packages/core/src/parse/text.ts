import type { Span } from "../types.js";

/**
 * Line index of a text with the line breaks `vscode-languageserver-textdocument` (and so
 * dockerfile-ast) uses: `\r\n`, `\r` and `\n`. Converts between offsets and positions.
 */
export class LineIndex {
  readonly lineStarts: readonly number[];

  constructor(readonly text: string) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      } else if (ch === 10 /* \n */) {
        starts.push(i + 1);
      }
    }
    this.lineStarts = starts;
  }

  /** Offset of a 0-based LSP position, clamped to the text. */
  offsetAt(line: number, character: number): number {
    if (line < 0) return 0;
    if (line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStarts[line]!;
    const next = line + 1 < this.lineStarts.length ? this.lineStarts[line + 1]! : this.text.length;
    return Math.min(start + Math.max(0, character), next);
  }

  /** 0-based line of an offset (binary search). */
  lineOf(offset: number): number {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  /** A span with 1-based lines and columns for `[start, end)`. */
  span(start: number, end: number): Span {
    const s = Math.max(0, Math.min(start, this.text.length));
    const e = Math.max(s, Math.min(end, this.text.length));
    const line = this.lineOf(s);
    const endLine = e === s ? line : this.lineOf(e);
    return {
      start: s,
      end: e,
      line: line + 1,
      column: s - this.lineStarts[line]! + 1,
      endLine: endLine + 1,
      endColumn: e - this.lineStarts[endLine]! + 1,
    };
  }

  /** End offset of a 0-based line, before its line break. */
  lineEnd(line: number): number {
    if (line + 1 >= this.lineStarts.length) return this.text.length;
    let end = this.lineStarts[line + 1]!;
    if (this.text.charCodeAt(end - 1) === 10) end--;
    if (this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }
}

/** The last index whose item starts at or before `offset` (items in text order), or -1. */
export function lastStartingAtOrBefore(items: readonly { readonly span: { readonly start: number } }[], offset: number): number {
  let low = 0;
  let high = items.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (items[mid]!.span.start <= offset) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found;
}
