/**
 * Re-parses only what an edit touched. Typing in a long Dockerfile changes one instruction, but
 * dockerfile-ast parses the whole text again — most of a lint's time on a 2,000-line file. Here
 * the instructions around the edit are parsed on their own and spliced between the unchanged
 * ones, whose offsets and lines shift by the edit's size. The result is the ParsedDockerfile
 * `parseDockerfile` would return (a property test holds it to that); whenever the edit could
 * change how the text around it parses — parser directives, heredocs, a non-default escape
 * character, a window that would continue past its end — it falls back to a full parse. Pure.
 */
import type { Span } from "../types.js";
import { parseDockerfile, type Comment, type Instruction, type ParsedDockerfile } from "./dockerfile.js";
import { lastStartingAtOrBefore, LineIndex } from "./text.js";

/** Below this size a full parse is as fast as the bookkeeping. */
const MIN_INCREMENTAL_LENGTH = 4_000;

type Shift = { readonly offset: number; readonly lines: number };

/**
 * The fields this module knows how to move. Should core's parse grow another field that holds
 * a position, the parse is done in full rather than spliced with a stale one.
 */
const INSTRUCTION_KEYS = "argsEnd,argsStart,exec,flags,heredocs,index,keyword,onbuild,properties,span,trigger,words";
const checkedShapes = new WeakSet<object>();

function hasKnownShape(instructions: readonly Instruction[]): boolean {
  return instructions.every(
    (instruction) =>
      Object.keys(instruction).sort().join(",") === INSTRUCTION_KEYS &&
      (instruction.trigger === null || Object.keys(instruction.trigger).sort().join(",") === INSTRUCTION_KEYS),
  );
}

/** Checked once per full parse; a spliced parse is known when its new part is. */
function knownShape(parsed: ParsedDockerfile): boolean {
  if (checkedShapes.has(parsed)) return true;
  if (!hasKnownShape(parsed.instructions)) return false;
  checkedShapes.add(parsed);
  return true;
}

/** A span moved by whole lines: it starts at or after a line start in both texts, so columns stay. */
function shiftSpan(span: Span, { offset, lines }: Shift): Span {
  return {
    start: span.start + offset,
    end: span.end + offset,
    line: span.line + lines,
    column: span.column,
    endLine: span.endLine + lines,
    endColumn: span.endColumn,
  };
}

function shiftInstruction(instruction: Instruction, by: Shift): Instruction {
  // Every field by name (INSTRUCTION_KEYS): `words` stays lazy, a 400,000-word RUN below an edit
  // is not split into words just to be moved.
  let words: Instruction["words"] | undefined;
  return {
    index: instruction.index,
    keyword: instruction.keyword,
    span: shiftSpan(instruction.span, by),
    argsStart: instruction.argsStart + by.offset,
    argsEnd: instruction.argsEnd + by.offset,
    flags: instruction.flags.map((flag) => ({ ...flag, span: shiftSpan(flag.span, by) })),
    properties: instruction.properties.map((property) => ({
      ...property,
      nameSpan: shiftSpan(property.nameSpan, by),
      valueSpan: property.valueSpan === null ? null : shiftSpan(property.valueSpan, by),
      span: shiftSpan(property.span, by),
    })),
    heredocs: instruction.heredocs.map((heredoc) => ({ ...heredoc, contentStart: heredoc.contentStart + by.offset })),
    get words() {
      return (words ??= instruction.words.map((word) => ({ ...word, span: shiftSpan(word.span, by) })));
    },
    exec: instruction.exec,
    trigger: instruction.trigger === null ? null : shiftInstruction(instruction.trigger, by),
    onbuild: instruction.onbuild,
  };
}

function shiftInstructions(instructions: readonly Instruction[], by: Shift): Instruction[] {
  return by.offset === 0 && by.lines === 0 ? [...instructions] : instructions.map((instruction) => shiftInstruction(instruction, by));
}

function shiftComments(comments: readonly Comment[], by: Shift): Comment[] {
  return by.offset === 0 && by.lines === 0 ? [...comments] : comments.map((comment) => ({ ...comment, span: shiftSpan(comment.span, by) }));
}

/** Instruction indexes in parse order: an ONBUILD's trigger takes the index after its own. */
function renumbered(instructions: readonly Instruction[]): Instruction[] {
  let next = 0;
  const number = (instruction: Instruction): Instruction => {
    const index = next++;
    const trigger = instruction.trigger === null ? null : number(instruction.trigger);
    if (index === instruction.index && trigger === instruction.trigger) return instruction;
    return withIndex(instruction, index, trigger);
  };
  return instructions.map(number);
}

/** The instruction with another index and trigger, its `words` still read on first use. */
function withIndex(instruction: Instruction, index: number, trigger: Instruction | null): Instruction {
  // Every field by name (INSTRUCTION_KEYS), as in shiftInstruction: copying property descriptors
  // cost 1.5 ms per lint of a 2,000-line file when an edit renumbered the instructions below it.
  return {
    index,
    keyword: instruction.keyword,
    span: instruction.span,
    argsStart: instruction.argsStart,
    argsEnd: instruction.argsEnd,
    flags: instruction.flags,
    properties: instruction.properties,
    heredocs: instruction.heredocs,
    get words() {
      return instruction.words;
    },
    exec: instruction.exec,
    trigger,
    onbuild: instruction.onbuild,
  };
}

function lineStartOf(lines: LineIndex, offset: number): number {
  return lines.lineStarts[lines.lineOf(offset)]!;
}

/** Characters compared at once by a native string comparison before the one-by-one step. */
const CHUNK = 256;

/** The length of the common start of `a` and `b`, at most `limit`: by chunks, then by characters. */
function commonPrefixLength(a: string, b: string, limit: number): number {
  let n = 0;
  while (n + CHUNK <= limit && a.slice(n, n + CHUNK) === b.slice(n, n + CHUNK)) n += CHUNK;
  while (n < limit && a.charCodeAt(n) === b.charCodeAt(n)) n++;
  return n;
}

/** The length of the common end of `a` and `b`, at most `limit`. */
function commonSuffixLength(a: string, b: string, limit: number): number {
  let n = 0;
  while (n + CHUNK <= limit && a.slice(a.length - n - CHUNK, a.length - n) === b.slice(b.length - n - CHUNK, b.length - n)) n += CHUNK;
  while (n < limit && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++;
  return n;
}

/** The parse of `text`, reusing `previous` (the parse of an earlier version) where the edit allows. */
export function reparse(previous: ParsedDockerfile | undefined, text: string): ParsedDockerfile {
  if (previous === undefined) return parseDockerfile(text);
  const old = previous.text;
  if (old === text) return previous;
  // Notices (an invalid directive, an unreadable instruction) are rare: a full parse places them.
  if (text.length < MIN_INCREMENTAL_LENGTH || previous.directives.escape !== "\\" || previous.notices.length > 0 || !knownShape(previous)) {
    return parseDockerfile(text);
  }

  // The changed region: [prefix, old.length - suffix) became [prefix, text.length - suffix).
  const limit = Math.min(old.length, text.length);
  const prefix = commonPrefixLength(old, text, limit);
  const suffix = commonSuffixLength(old, text, limit - prefix);
  const oldChangeEnd = old.length - suffix;
  const delta = text.length - old.length;

  const instructions = previous.instructions;
  // Edits above the first instruction can change the parser directives: parse it all.
  const first = instructions[0];
  if (first === undefined || prefix <= first.span.end) return parseDockerfile(text);

  // The window: whole instructions from one before the edit to one after it, on line starts.
  const before = Math.max(0, lastStartingAtOrBefore(instructions, prefix) - 1);
  const windowStart = lineStartOf(previous.lines, instructions[before]!.span.start);
  const afterEdit = lastStartingAtOrBefore(instructions, oldChangeEnd) + 2;
  const end = instructions[afterEdit];
  const oldWindowEnd = end === undefined ? old.length : lineStartOf(previous.lines, end.span.start);
  if (end !== undefined && oldWindowEnd < oldChangeEnd) return parseDockerfile(text);
  const newWindowEnd = oldWindowEnd + delta;
  const window = text.slice(windowStart, newWindowEnd);

  // Heredocs and continuations can carry a parse past the window's end: not worth the risk.
  if (window.includes("<<")) return parseDockerfile(text);
  if (end !== undefined && /\\[ \t]*\r?\n?[\s]*$/.test(window)) return parseDockerfile(text);
  if (/^\s*#/.test(window)) return parseDockerfile(text);

  const part = parseDockerfile(window);
  const lines = new LineIndex(text);
  const lineShift = lines.lineOf(windowStart);
  const oldEndLine = end === undefined ? previous.lines.lineStarts.length : previous.lines.lineOf(oldWindowEnd);
  const newEndLine = end === undefined ? lines.lineStarts.length : lines.lineOf(newWindowEnd);
  const lineDelta = newEndLine - oldEndLine;

  const kept = (items: readonly Instruction[] | readonly Comment[]) => ({
    head: items.filter((item) => item.span.end <= windowStart),
    tail: items.filter((item) => item.span.start >= oldWindowEnd),
  });
  const oldInstructions = kept(instructions);
  const oldComments = kept(previous.comments);
  // An instruction straddling the window's start means it was not made of whole instructions.
  if (oldInstructions.head.length !== before) return parseDockerfile(text);

  if (part.notices.length > 0 || !hasKnownShape(part.instructions)) return parseDockerfile(text);
  const result: ParsedDockerfile = {
    text,
    lines,
    directives: previous.directives,
    instructions: renumbered([
      ...(oldInstructions.head as Instruction[]),
      ...shiftInstructions(part.instructions, { offset: windowStart, lines: lineShift }),
      ...shiftInstructions(oldInstructions.tail as Instruction[], { offset: delta, lines: lineDelta }),
    ]),
    comments: [
      ...(oldComments.head as Comment[]),
      ...shiftComments(part.comments, { offset: windowStart, lines: lineShift }),
      ...shiftComments(oldComments.tail as Comment[], { offset: delta, lines: lineDelta }),
    ],
    notices: [],
  };
  checkedShapes.add(result);
  return result;
}
