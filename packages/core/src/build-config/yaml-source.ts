/**
 * Reads a YAML (or JSON) build configuration with the `yaml` package, keeping positions: every
 * node has its source range, a `LineCounter` turns offsets into lines and columns, and the CST
 * gives the comments suppression directives are read from. Aliases and merge keys (`<<: *common`,
 * common in compose files) are followed, within a budget, so a billion-laughs file stays cheap.
 */
import { Composer, isAlias, isMap, isPair, isScalar, isSeq, LineCounter, Parser, visit } from "yaml";
import type { Document, Node as YamlNode, Scalar, YAMLMap } from "yaml";
import { redactText } from "../redact.js";
import type { SuppressionSource } from "../suppress.js";
import type { Span } from "../types.js";
import type { BuildConfigProblem } from "./types.js";

/** Alias resolutions and merged maps followed per file: far above any real file, far below a blow-up. */
const MAX_ALIAS_FOLLOWS = 10_000;

export type Node = YamlNode;

/** A key of a map with its (alias-resolved) value. */
export interface Entry {
  readonly key: string;
  readonly keyNode: Scalar;
  readonly value: Node | null;
}

/** A scalar's decoded text, with a way back to the source offsets of its characters. */
export interface ScalarText {
  readonly value: string;
  /** The source span of `value.slice(start, end)`; the whole scalar when that part is not verbatim in the source. */
  span(start: number, end: number): Span;
}

export class YamlSource {
  readonly text: string;
  readonly documents: readonly Document.Parsed[];
  readonly problems: BuildConfigProblem[] = [];
  private readonly lines = new LineCounter();
  private readonly cst: unknown[];
  private aliasBudget = MAX_ALIAS_FOLLOWS;
  /** Each map's entries, merges resolved, computed once (readers ask for one key at a time). */
  private readonly entryCache = new WeakMap<object, Entry[]>();
  private readonly aliasCache = new WeakMap<object, Node | null>();
  /** Anchor name → its definitions in file order (built on the first alias). */
  private anchors: Map<string, { start: number; node: Node }[]> | undefined;

  constructor(text: string) {
    this.text = text;
    const parser = new Parser(this.lines.addNewLine);
    const composer = new Composer({ prettyErrors: false, uniqueKeys: false, merge: false, strict: false });
    this.cst = [];
    const documents: Document.Parsed[] = [];
    try {
      const tokens = [...parser.parse(text)];
      this.cst = tokens;
      for (const document of composer.compose(tokens, true, text.length)) documents.push(document);
    } catch (error) {
      // The parser recurses per nesting level: a pathologically deep file ends here, not in a crash.
      this.problems.push({ message: `could not read the YAML: ${error instanceof Error ? error.message : String(error)}`, span: this.span(0, 0) });
    }
    this.documents = documents;
    // The first error is the one to fix; the rest are usually its echoes (a templated file fails on every line).
    const errors = documents.flatMap((document) => document.errors);
    const first = errors[0];
    if (first) {
      const [start, end] = first.pos;
      const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : "";
      // YAML messages may quote the source: nothing secret reaches a report.
      this.problems.push({ message: `YAML syntax error: ${redactText(first.message, [])}${more}`, span: this.span(start, Math.max(start, end)) });
    }
  }

  /** The first document's root node. */
  get root(): Node | null {
    const contents = this.documents[0]?.contents;
    return contents ? this.resolve(contents) : null;
  }

  span(start: number, end: number): Span {
    start = Math.min(start, this.text.length);
    end = Math.min(Math.max(end, start), this.text.length);
    const from = this.lines.linePos(start);
    const to = this.lines.linePos(end);
    return { start, end, line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
  }

  /** The span of a node: its value, without trailing comments or line breaks. */
  nodeSpan(node: Node): Span {
    const [start, valueEnd] = node.range ?? [0, 0];
    let end = valueEnd;
    while (end > start && /\s/.test(this.text[end - 1]!)) end--;
    return this.span(start, end);
  }

  /** Follows an alias to its node, within the file's budget; null when it dangles or the budget is spent. */
  resolve(node: unknown): Node | null {
    if (node === null || node === undefined) return null;
    if (!isAlias(node)) return isScalar(node) || isMap(node) || isSeq(node) ? (node as Node) : null;
    const cached = this.aliasCache.get(node);
    if (cached !== undefined) return cached;
    const target = this.resolveAlias(node);
    this.aliasCache.set(node, target);
    return target;
  }

  private resolveAlias(node: { readonly source: string; readonly range?: readonly number[] | null }): Node | null {
    if (--this.aliasBudget < 0) return null;
    // yaml's Alias.resolve walks the whole document per call: one walk for all anchors instead.
    if (!this.anchors) {
      const anchors = new Map<string, { start: number; node: Node }[]>();
      for (const document of this.documents) {
        visit(document, (_, visited) => {
          const candidate = visited as Node & { anchor?: string };
          if ((isScalar(candidate) || isMap(candidate) || isSeq(candidate)) && candidate.anchor) {
            const list = anchors.get(candidate.anchor) ?? [];
            list.push({ start: candidate.range?.[0] ?? 0, node: candidate });
            anchors.set(candidate.anchor, list);
          }
        });
      }
      this.anchors = anchors;
    }
    // The alias refers to the last definition of its anchor before it.
    const at = node.range?.[0] ?? 0;
    let target: Node | null = null;
    for (const definition of this.anchors.get(node.source) ?? []) if (definition.start < at) target = definition.node;
    return target;
  }

  /**
   * The entries of a map: its own keys, then the keys merged from `<<: *alias` (or a list of
   * aliases) that it does not set itself, as YAML 1.1 merge keys (and compose) define them.
   */
  entries(node: Node | null): Entry[] {
    if (!node || !isMap(node)) return [];
    const cached = this.entryCache.get(node);
    if (cached) return cached;
    const own: Entry[] = [];
    const merged: Entry[] = [];
    this.collect(node, own, merged, 0);
    const keys = new Set(own.map((e) => e.key));
    for (const entry of merged) {
      if (keys.has(entry.key)) continue;
      keys.add(entry.key);
      own.push(entry);
    }
    this.entryCache.set(node, own);
    return own;
  }

  /** `seen`: the maps already merged in this lookup — a repeat adds no key, only time (`<<: [*a, *a, …]`). */
  private collect(map: YAMLMap, own: Entry[], merged: Entry[], depth: number, seen = new Set<YAMLMap>()): void {
    for (const pair of map.items) {
      if (!isPair(pair) || !isScalar(pair.key)) continue;
      const key = String(pair.key.value);
      if (key === "<<" && !pair.key.type?.includes("QUOTE")) {
        if (depth > 8) continue;
        const value = this.resolve(pair.value);
        const sources = value && isSeq(value) ? value.items.map((item) => this.resolve(item)) : [value];
        for (const source of sources) {
          if (!source || !isMap(source) || seen.has(source) || --this.aliasBudget < 0) continue;
          seen.add(source);
          // The merged map's own keys come before what it merges in turn (a parent beats a grandparent).
          const inner: Entry[] = [];
          const nested: Entry[] = [];
          this.collect(source, inner, nested, depth + 1, seen);
          merged.push(...inner, ...nested);
        }
        continue;
      }
      own.push({ key, keyNode: pair.key, value: this.resolve(pair.value) });
    }
  }

  get(node: Node | null, key: string): Entry | undefined {
    return this.entries(node).find((e) => e.key === key);
  }

  /** The items of a sequence, aliases resolved. */
  items(node: Node | null): Node[] {
    if (!node || !isSeq(node)) return [];
    const items: Node[] = [];
    for (const item of node.items) {
      const resolved = this.resolve(item);
      if (resolved) items.push(resolved);
    }
    return items;
  }

  /** A scalar's value as text (numbers and booleans as written in YAML's core schema); null for collections and null. */
  scalarValue(node: Node | null): string | null {
    if (!node || !isScalar(node) || node.value === null || node.value === undefined) return null;
    const value = node.value;
    return typeof value === "string" ? value : String(value);
  }

  /** A scalar's text and the source positions of its characters (block scalars and plain lines map exactly). */
  scalarText(node: Scalar): ScalarText {
    const value = this.scalarValue(node) ?? "";
    const [start, valueEnd] = node.range ?? [0, 0];
    const whole = this.span(start, valueEnd);
    const lines = value.split("\n");
    const block = node.type === "BLOCK_LITERAL" || node.type === "BLOCK_FOLDED";
    // A block scalar's text starts on the line after its header (`|`, `|-`, `| # comment`).
    let cursor = block ? this.text.indexOf("\n", start) + 1 || valueEnd : start;
    const lineStarts: { value: number; source: number }[] = [];
    let at = 0;
    for (const line of lines) {
      let source = -1;
      if (line !== "") {
        const found = this.text.indexOf(line, cursor);
        if (found >= 0 && found + line.length <= valueEnd) {
          source = found;
          cursor = found + line.length;
        }
      }
      lineStarts.push({ value: at, source });
      at += line.length + 1;
    }
    return {
      value,
      span: (from, to) => {
        let index = lineStarts.length - 1;
        while (index > 0 && lineStarts[index]!.value > from) index--;
        const line = lineStarts[index]!;
        const lineText = lines[index]!;
        if (line.source < 0 || to - line.value > lineText.length) return whole;
        return this.span(line.source + (from - line.value), line.source + (to - line.value));
      },
    };
  }

  /** Comments and entries (pairs and list items, from the start of their line) for suppression directives. */
  suppression(): SuppressionSource {
    // Most files have no directive: walking every token and entry for none would double the parse.
    if (!this.text.includes("layerlint-")) return { text: this.text, comments: [], instructions: [], directives: { check: null } };
    const comments: { text: string; span: Span }[] = [];
    const pending: unknown[] = [...this.cst];
    while (pending.length > 0) {
      const token = pending.pop();
      if (Array.isArray(token)) {
        pending.push(...token);
        continue;
      }
      if (typeof token !== "object" || token === null) continue;
      const record = token as Record<string, unknown>;
      if (record.type === "comment" && typeof record.offset === "number" && typeof record.source === "string") {
        comments.push({ text: record.source, span: this.span(record.offset, record.offset + record.source.length) });
        continue;
      }
      for (const value of Object.values(record)) if (typeof value === "object" && value !== null) pending.push(value);
    }
    comments.sort((a, b) => a.span.start - b.span.start);

    const instructions: { span: Span }[] = [];
    const add = (start: number, end: number) => {
      const lineStart = this.text.lastIndexOf("\n", start - 1) + 1;
      instructions.push({ span: this.span(lineStart, Math.max(end, start)) });
    };
    for (const document of this.documents) {
      visit(document, {
        Pair: (_, pair) => {
          const key = pair.key as Node | null;
          const value = pair.value as Node | null;
          if (key?.range) add(key.range[0], value?.range?.[1] ?? key.range[1]);
        },
        Seq: (_, seq) => {
          for (const item of seq.items) {
            const node = item as Node | null;
            if (node?.range) add(node.range[0], node.range[1]);
          }
        },
      });
    }
    instructions.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
    return { text: this.text, comments, instructions, directives: { check: null } };
  }
}

export { isMap, isScalar, isSeq };
