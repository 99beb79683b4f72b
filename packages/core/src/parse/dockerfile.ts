import {
  DockerfileParser,
  type Comment as AstComment,
  type Env,
  type Heredoc as AstHeredoc,
  type Instruction as AstInstruction,
  type Label,
  type Onbuild,
} from "dockerfile-ast";
import type { Span } from "../types.js";
import { heredocReaderMeetsNewline, tokenizeArguments, type RawArgument } from "./arguments.js";
import { LineIndex } from "./text.js";

/** A `--name=value` flag of an instruction (`--mount=type=secret,id=x`, `--from=builder`). */
export interface Flag {
  readonly name: string;
  readonly value: string | null;
  /** `key=value` options of the flag value (`--mount` options). */
  readonly options: ReadonlyMap<string, string>;
  readonly span: Span;
}

/** One `key=value` pair of ARG, ENV or LABEL. */
export interface Property {
  readonly name: string;
  /** Unquoted value; null for `ARG NAME` without a default. */
  readonly value: string | null;
  readonly nameSpan: Span;
  readonly valueSpan: Span | null;
  readonly span: Span;
}

export interface Heredoc {
  readonly name: string;
  readonly content: string;
  /** Offset of the first content character in the Dockerfile text. */
  readonly contentStart: number;
}

/** A word of the instruction's arguments (flags and heredoc bodies excluded). */
export interface Word {
  readonly value: string;
  readonly span: Span;
}

export interface Instruction {
  readonly index: number;
  /** Upper-case keyword (`RUN`, `COPY`…); for an ONBUILD trigger, the trigger's keyword. */
  readonly keyword: string;
  readonly span: Span;
  /** Offset where the arguments start (after keyword and flags for RUN); equal to span.end when none. */
  readonly argsStart: number;
  readonly argsEnd: number;
  readonly flags: readonly Flag[];
  readonly properties: readonly Property[];
  readonly heredocs: readonly Heredoc[];
  /** Arguments as words, flags removed (for COPY/ADD/FROM/WORKDIR/USER…). */
  readonly words: readonly Word[];
  /** Exec (JSON) form arguments, when the arguments are a JSON array of strings. */
  readonly exec: readonly string[] | null;
  /** Set on the ONBUILD instruction: its trigger, analysed as an instruction of its own. */
  readonly trigger: Instruction | null;
  /** True for an ONBUILD trigger. */
  readonly onbuild: boolean;
}

export interface Comment {
  readonly text: string;
  readonly span: Span;
}

export interface Directives {
  readonly syntax: string | null;
  readonly escape: "\\" | "`";
  readonly check: string | null;
  readonly checkSpan: Span | null;
}

/** Something the parser could not read as Docker would: the lint goes on, the user should know. */
export interface ParseNotice {
  readonly message: string;
  readonly span: Span;
}

export interface ParsedDockerfile {
  readonly text: string;
  readonly lines: LineIndex;
  readonly directives: Directives;
  readonly instructions: readonly Instruction[];
  readonly comments: readonly Comment[];
  /** Invalid parser directives, instructions the parser could not describe (and skipped). */
  readonly notices: readonly ParseNotice[];
}

/** dockerfile-ast's (LSP) range: 0-based lines and characters. */
interface AstRange {
  readonly start: { readonly line: number; readonly character: number };
  readonly end: { readonly line: number; readonly character: number };
}

const DIRECTIVE = /^#[ \t]*([A-Za-z]+)[ \t]*=[ \t]*(.*?)[ \t]*$/;

function readDirectives(lines: LineIndex, notices: ParseNotice[]): Directives {
  let syntax: string | null = null;
  let escape: "\\" | "`" = "\\";
  let check: string | null = null;
  let checkSpan: Span | null = null;
  const text = lines.text.charCodeAt(0) === 0xfeff ? lines.text.slice(1) : lines.text;
  const shift = text === lines.text ? 0 : 1;
  for (let line = 0; line < lines.lineStarts.length; line++) {
    const start = lines.lineStarts[line]! - (line === 0 ? 0 : shift);
    const end = lines.lineEnd(line) - shift;
    const match = DIRECTIVE.exec(text.slice(start, end));
    if (!match) break;
    const key = match[1]!.toLowerCase();
    const value = match[2]!;
    if (key === "syntax") syntax = value;
    else if (key === "escape") {
      escape = value === "`" ? "`" : "\\";
      if (value !== "`" && value !== "\\") {
        // BuildKit: "invalid escape token … does not match ` or \\" — the build fails.
        notices.push({
          message: "The escape directive accepts only \\ or ` (Docker rejects this Dockerfile); layerlint read it with \\.",
          span: lines.span(start + shift, end + shift),
        });
      }
    }
    else if (key === "check") {
      check = value;
      checkSpan = lines.span(start + shift, end + shift);
    }
  }
  return { syntax, escape, check, checkSpan };
}

function parseFlagOptions(value: string | null): Map<string, string> {
  const options = new Map<string, string>();
  if (!value) return options;
  for (const part of value.split(",")) {
    const eq = part.indexOf("=");
    const key = (eq < 0 ? part : part.slice(0, eq)).trim().toLowerCase();
    if (key) options.set(key, eq < 0 ? "" : part.slice(eq + 1).trim());
  }
  return options;
}

function unquote(value: string): string {
  if (value.length >= 2) {
    const first = value[0];
    if ((first === '"' || first === "'") && value[value.length - 1] === first) return value.slice(1, -1);
  }
  return value;
}

/** Splits `text` into whitespace-separated words, keeping quoted runs together; skips escaped newlines. */
function splitWords(text: string, base: number, escape: string, limit = Infinity): { value: string; start: number; end: number }[] {
  const words: { value: string; start: number; end: number }[] = [];
  let i = 0;
  while (i < text.length && words.length < limit) {
    const ch = text[i]!;
    if (ch === " " || ch === "\t" || ch === "\n" || ch === "\r") {
      i++;
      continue;
    }
    if (ch === escape && (text[i + 1] === "\n" || text[i + 1] === "\r")) {
      i += 2;
      continue;
    }
    const start = i;
    let quote: string | null = null;
    while (i < text.length) {
      const c = text[i]!;
      if (quote) {
        if (c === quote) quote = null;
        else if (c === escape && quote === '"') i++;
      } else if (c === '"' || c === "'") quote = c;
      else if (c === " " || c === "\t" || c === "\n" || c === "\r") break;
      else if (c === escape) {
        if (text[i + 1] === "\n" || text[i + 1] === "\r") break;
        i++;
      }
      i++;
    }
    words.push({ value: text.slice(start, i), start: base + start, end: base + i });
  }
  return words;
}

function parseExecForm(raw: string): string[] | null {
  const trimmed = raw.trim();
  if (!trimmed.startsWith("[") || !trimmed.endsWith("]")) return null;
  try {
    const parsed: unknown = JSON.parse(trimmed.replace(/\\\r?\n/g, ""));
    if (Array.isArray(parsed) && parsed.every((item) => typeof item === "string")) return parsed as string[];
  } catch {
    // Not JSON: Docker runs it as shell form.
  }
  return null;
}

/** Keywords dockerfile-ast gives `--flag` arguments, each with the test that keeps its search going. */
const FLAG_SEARCH: ReadonlyMap<string, (value: string) => boolean> = new Map([
  ...["ADD", "COPY", "FROM", "RUN"].map((keyword) => [keyword, (value: string) => value.includes("--")] as const),
  [
    "HEALTHCHECK",
    (value: string) => {
      const upper = value.toUpperCase();
      return upper !== "CMD" && upper !== "NONE";
    },
  ],
  // JSON-form instructions take no flags: the search stops at the first argument.
  ...["CMD", "ENTRYPOINT", "SHELL", "VOLUME"].map((keyword) => [keyword, () => false] as const),
]);

/** A flag read from a `--` argument the way dockerfile-ast's `ModifiableInstruction.getFlags` reads it. */
function readFlag(text: string, arg: RawArgument): { name: string; value: string | null } {
  const { value } = arg;
  const index = text.slice(arg.start, arg.end).indexOf("=");
  if (index === -1) return { name: value.substring(2), value: null };
  if (index === value.length - 1) return { name: value.substring(2, index), value: "" };
  const nameIndex = value.indexOf("=");
  return { name: value.substring(2, nameIndex), value: value.substring(nameIndex + 1) };
}

class Builder {
  private index = 0;
  readonly instructions: Instruction[] = [];

  constructor(
    private readonly lines: LineIndex,
    private readonly escape: "\\" | "`",
    /** The escape character dockerfile-ast tokenised with (its reading of the directives). */
    private readonly astEscape: string,
  ) {}

  offset(position: AstRange["start"]): number {
    return this.lines.offsetAt(position.line, position.character);
  }

  spanOf(range: AstRange): Span {
    return this.lines.span(this.offset(range.start), this.offset(range.end));
  }

  /**
   * dockerfile-ast gives the instruction's boundaries and keyword. Its arguments, flags and
   * argument range are read here in one pass with dockerfile-ast's own rules
   * (`tokenizeArguments`): its getters re-tokenise on every call. Its heredoc and ENV/LABEL
   * readers still run, where they can find something.
   */
  build(ast: AstInstruction, onbuild: boolean): Instruction {
    const text = this.lines.text;
    const keyword = ast.getKeyword().toUpperCase();
    const span = this.spanOf(ast.getRange());
    const keywordEnd = this.offset(ast.getInstructionRange().end);

    // Flags are the leading `--` arguments. dockerfile-ast then drops as many leading arguments
    // as it found flags; the argument range starts after them.
    const searchesFlags = FLAG_SEARCH.get(keyword);
    const args = tokenizeArguments(text, keywordEnd, span.end, this.astEscape, searchesFlags, true);
    const flags: Flag[] = [];
    if (searchesFlags) {
      for (const arg of args) {
        if (!searchesFlags(arg.value)) break;
        if (!arg.value.startsWith("--")) continue;
        const flag = readFlag(text, arg);
        flags.push({
          name: flag.name.toLowerCase(),
          value: flag.value,
          options: parseFlagOptions(flag.value),
          span: this.lines.span(arg.start, arg.end),
        });
      }
    }
    const hasArgs = args.length > flags.length;
    let argsStart = hasArgs ? args[flags.length]!.start : span.end;
    const argsEnd = hasArgs ? args[args.length - 1]!.end : span.end;
    for (const flag of flags) if (flag.span.end > argsStart) argsStart = flag.span.end;

    // dockerfile-ast's heredoc reader runs only where it finds a heredoc (an argument starting with
    // `<<`) or where it throws: a multi-line instruction that goes on past a newline no escape
    // character continues. The throw skips the instruction below, as it always has.
    const heredocs: Heredoc[] = [];
    let heredocArg = false;
    for (let i = flags.length; i < args.length && !heredocArg; i++) heredocArg = args[i]!.heredoc;
    if (heredocArg || (hasArgs && span.line !== span.endLine && heredocReaderMeetsNewline(text, args[flags.length]!.start, span.end, this.astEscape))) {
      // Public on RUN and COPY; every instruction inherits it (ADD and ONBUILD need it too).
      for (const heredoc of (ast as unknown as { getHeredocs(): AstHeredoc[] }).getHeredocs()) {
        const range = heredoc.getContentRange();
        const start = range ? this.offset(range.start) : span.end;
        const end = range ? this.offset(range.end) : span.end;
        heredocs.push({ name: heredoc.getName(), content: text.slice(start, end), contentStart: start });
      }
    }

    // Words of the first line group only: heredoc bodies are not arguments.
    const firstBodyStart = heredocs.length > 0 ? this.lines.lineStarts[this.lines.lineOf(heredocs[0]!.contentStart)]! : argsEnd;
    const wordsEnd = Math.min(argsEnd, Math.max(argsStart, firstBodyStart));
    // Read on first use: rules read the words of COPY, FROM, WORKDIR… and the first two of a RUN,
    // and a 400,000-word RUN would otherwise cost 400,000 word objects and spans.
    let words: Word[] | undefined;
    const lines = this.lines;
    const escape = this.escape;
    const readWords = (): Word[] =>
      (words ??= splitWords(text.slice(argsStart, wordsEnd), argsStart, escape).map((w) => ({
        value: unquote(w.value),
        span: lines.span(w.start, w.end),
      })));

    const properties = this.properties(ast, keyword, argsStart, wordsEnd);
    const exec = keyword === "RUN" || keyword === "COPY" || keyword === "ADD" || keyword === "CMD" || keyword === "ENTRYPOINT" || keyword === "SHELL" || keyword === "HEALTHCHECK"
      ? parseExecForm(text.slice(argsStart, argsEnd))
      : null;

    const instruction: Instruction = {
      index: this.index++,
      keyword,
      span,
      argsStart,
      argsEnd,
      flags,
      properties,
      heredocs,
      get words() {
        return readWords();
      },
      exec,
      trigger: null,
      onbuild,
    };
    if (keyword === "ONBUILD" && !onbuild) {
      const trigger = (ast as Onbuild).getTriggerInstruction();
      if (trigger) {
        const built = this.build(trigger, true);
        (instruction as { trigger: Instruction | null }).trigger = built;
      }
    }
    return instruction;
  }

  private properties(ast: AstInstruction, keyword: string, argsStart: number, argsEnd: number): Property[] {
    if (keyword === "ARG") {
      // dockerfile-ast reads `ARG A B=2` as one pair; Docker reads two declarations.
      return splitWords(this.lines.text.slice(argsStart, argsEnd), argsStart, this.escape).map((word) => {
        const eq = word.value.indexOf("=");
        if (eq < 0) {
          const nameSpan = this.lines.span(word.start, word.end);
          return { name: word.value, value: null, nameSpan, valueSpan: null, span: nameSpan };
        }
        return {
          name: word.value.slice(0, eq),
          value: unquote(word.value.slice(eq + 1)),
          nameSpan: this.lines.span(word.start, word.start + eq),
          valueSpan: this.lines.span(word.start + eq + 1, word.end),
          span: this.lines.span(word.start, word.end),
        };
      });
    }
    if (keyword === "ENV" || keyword === "LABEL") {
      const props = (ast as Env | Label).getProperties();
      return props.map((prop) => {
        const nameSpan = this.spanOf(prop.getNameRange());
        const valueRange = prop.getValueRange();
        const valueSpan = valueRange ? this.spanOf(valueRange) : null;
        return {
          name: unquote(prop.getName()),
          value: prop.getValue() ?? "",
          nameSpan,
          valueSpan,
          span: this.lines.span(nameSpan.start, valueSpan ? valueSpan.end : nameSpan.end),
        };
      });
    }
    return [];
  }
}

/**
 * The first `count` words of an instruction's arguments (unquoted values), without reading all
 * of them as `instruction.words` does: enough to tell what a RUN runs (`<<EOF`, `bash <<EOF`).
 */
export function leadingWords(parsed: ParsedDockerfile, instruction: Instruction, count: number): string[] {
  const end = instruction.heredocs.length > 0 ? Math.min(instruction.argsEnd, instruction.heredocs[0]!.contentStart) : instruction.argsEnd;
  return splitWords(parsed.text.slice(instruction.argsStart, Math.max(instruction.argsStart, end)), instruction.argsStart, parsed.directives.escape, count).map((w) =>
    unquote(w.value),
  );
}

/** Parses a Dockerfile into a plain model. Never throws on any text. */
export function parseDockerfile(text: string): ParsedDockerfile {
  const lines = new LineIndex(text);
  const notices: ParseNotice[] = [];
  const directives = readDirectives(lines, notices);
  let astInstructions: AstInstruction[] = [];
  let astComments: AstComment[] = [];
  let astEscape = "\\";
  try {
    const ast = DockerfileParser.parse(text);
    astInstructions = ast.getInstructions();
    astComments = ast.getComments();
    astEscape = ast.getEscapeCharacter();
  } catch {
    // dockerfile-ast reports no syntax errors, but a crash inside it must not reach the user.
  }
  const builder = new Builder(lines, directives.escape, astEscape);
  const instructions: Instruction[] = [];
  for (const ast of astInstructions) {
    try {
      instructions.push(builder.build(ast, false));
    } catch {
      // An instruction the parser cannot describe is skipped (wrong guesses err toward silence),
      // but never silently: its findings are missing, and the user is told where.
      let span: Span;
      try {
        span = builder.spanOf(ast.getRange());
      } catch {
        span = lines.span(0, 0);
      }
      notices.push({ message: `layerlint could not read the instruction on line ${span.line}: it was not checked.`, span });
    }
  }
  const comments = astComments.map((comment) => {
    const span = builder.spanOf(comment.getRange());
    return { text: text.slice(span.start, span.end), span };
  });
  return { text, lines, directives, instructions, comments, notices };
}
