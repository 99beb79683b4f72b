/**
 * A hand-written, single-pass shell parser for RUN scripts. It runs on every keystroke in an
 * editor, so it is linear in the input, allocates little, never backtracks and never throws:
 * malformed input (unbalanced quotes, a stray `)`, a missing heredoc delimiter) ends where the
 * text ends and yields a best-effort model. Compound commands are flattened into their simple
 * commands; command substitutions are parsed too, up to `MAX_DEPTH` levels, deeper ones only
 * scanned for variable references.
 */
import {
  AMP,
  ansiQuoteEnd,
  BACKTICK,
  braceName,
  CR,
  type Dialect,
  dialectOf,
  DOLLAR,
  DQUOTE,
  GT,
  HASH,
  isDigit,
  isNameChar,
  isNameStart,
  isSpecialParameter,
  LBRACE,
  LPAREN,
  LT,
  NL,
  newlineLength,
  type OpenVarRef,
  percentRef,
  PERCENT,
  PIPE,
  RPAREN,
  SCAN_BACKTICK,
  SCAN_BRACE,
  SCAN_HEREDOC,
  SCAN_PAREN,
  scanRefs,
  SEMI,
  simpleRef,
  SPACE,
  SQUOTE,
  TAB,
} from "./scan.js";
import type { Assignment, RedirectOp, ShellOptions, ShellScript, SimpleCommand, VarRef, Word } from "./types.js";

/** Nesting of `$(…)`/backticks parsed into commands; deeper ones are only scanned. */
const MAX_DEPTH = 24;
/**
 * Simple commands read from one script. Real RUNs have tens; `RUN a;a;a;…` of 8 MB has four
 * million, and their model would cost gigabytes. The rest of a longer script is not analysed
 * (`ShellScript.truncatedAt` says where), which errs toward silence.
 */
export const MAX_SHELL_COMMANDS = 50_000;

/** Words that structure compound commands and are skipped where a command name may stand. */
const SKIPPED_KEYWORDS = new Set(["if", "then", "else", "elif", "fi", "do", "done", "while", "until", "!", "{", "}"]);

const NO_TERMINATOR = 0;

const NO_VARS: readonly VarRef[] = Object.freeze([]);

interface MutableCommand {
  assignments: Assignment[];
  words: Word[];
  redirects: MutableRedirect[];
  start: number;
  end: number;
  pipedFrom?: number;
}

interface MutableRedirect {
  op: RedirectOp;
  fd?: number;
  target: Word;
  heredocBody?: string;
}

interface PendingHeredoc {
  readonly redirect: MutableRedirect;
  readonly delimiter: string;
  readonly stripTabs: boolean;
  readonly expands: boolean;
}

/** State of one command list (the script, or the body of one substitution). */
interface ListState {
  /** Open `(` subshells of this list. */
  subshells: number;
  /** Open `case … esac` of this list. */
  cases: number;
  /** After `in` or `;;`: the next words are a case pattern up to `)`. */
  expectPattern: boolean;
  /** Index of the command whose output the next command reads (after `|`), or -1. */
  pipeFrom: number;
  /** Index of this list's last command, or -1. */
  last: number;
}

/** Pieces of the word being read, shared by the helpers that read its parts. */
interface WordParts {
  value: string;
  quoted: boolean;
  substitution: boolean;
}

/** Redirection operators, longer before their prefixes. */
const REDIRECT_OPS: readonly RedirectOp[] = ["&>>", "&>", "<<<", "<<-", "<<", "<&", "<>", "<", ">>", ">&", ">|", ">"];

function isWordBreak(c: number): boolean {
  return (
    c === SPACE ||
    c === TAB ||
    c === NL ||
    c === CR ||
    c === SEMI ||
    c === AMP ||
    c === PIPE ||
    c === LT ||
    c === GT ||
    c === LPAREN ||
    c === RPAREN
  );
}

class Parser {
  readonly commands: MutableCommand[] = [];
  readonly vars: OpenVarRef[] = [];
  pos = 0;
  /** Offset of the first command past MAX_SHELL_COMMANDS, where reading stopped. */
  truncatedAt: number | undefined;
  private depth = 0;
  /** The character that ends the list being parsed: `)`, a backtick, or none. */
  private terminator = NO_TERMINATOR;
  private pending: PendingHeredoc[] = [];
  private readonly length: number;

  constructor(
    private readonly src: string,
    private readonly dialect: Dialect,
  ) {
    this.length = src.length;
  }

  /** Parses commands until EOF or the list's terminator, which it consumes. */
  parseList(terminator: number): void {
    const state: ListState = { subshells: 0, cases: 0, expectPattern: false, pipeFrom: -1, last: -1 };
    const src = this.src;
    const saved = this.terminator;
    this.terminator = terminator;
    while (this.pos < this.length) {
      this.skipBlanks(true);
      if (this.pos >= this.length) break;
      const at = this.pos;
      const c = src.charCodeAt(at);
      const next = src.charCodeAt(at + 1);
      if (c === NL) {
        this.pos++;
        this.readHeredocBodies();
      } else if (c === RPAREN) {
        this.pos++;
        if (state.subshells > 0) state.subshells--;
        else if (terminator === RPAREN) break;
      } else if (c === BACKTICK && terminator === BACKTICK) {
        this.pos++;
        break;
      } else if (c === SEMI) {
        // `;`, or a case arm's end: `;;`, `;&`, `;;&`.
        this.pos += next === SEMI ? (src.charCodeAt(at + 2) === AMP ? 3 : 2) : next === AMP ? 2 : 1;
        if (this.pos - at > 1 && state.cases > 0) state.expectPattern = true;
        state.pipeFrom = -1;
      } else if (c === AMP && next !== GT) {
        this.pos += next === AMP ? 2 : 1;
        state.pipeFrom = -1;
      } else if (c === PIPE) {
        if (next === PIPE) {
          this.pos += 2;
          state.pipeFrom = -1;
        } else {
          this.pos += next === AMP ? 2 : 1;
          state.pipeFrom = state.last;
        }
      } else if (c === LPAREN) {
        if (next === LPAREN) this.pos = scanRefs(src, at + 1, this.length, SCAN_PAREN, this.dialect, this.vars);
        else {
          state.subshells++;
          this.pos++;
        }
      } else if (state.expectPattern) {
        this.readCasePattern(state);
      } else {
        this.parseCommand(state);
      }
      if (this.pos === at) this.pos++;
    }
    this.terminator = saved;
  }

  /** Spaces, tabs, CRs, line continuations and (when `comments`) a `#` comment up to the newline. */
  private skipBlanks(comments: boolean): void {
    const src = this.src;
    let pos = this.pos;
    while (pos < this.length) {
      const c = src.charCodeAt(pos);
      if (c === SPACE || c === TAB || c === CR) pos++;
      else if (c === this.dialect.continuation && newlineLength(src, pos + 1) > 0) pos += 1 + newlineLength(src, pos + 1);
      else if (c === HASH && comments && this.dialect.shell !== "cmd") {
        const eol = src.indexOf("\n", pos);
        pos = eol < 0 ? this.length : eol;
      } else break;
    }
    this.pos = pos;
  }

  private parseCommand(state: ListState): void {
    const src = this.src;
    const command: MutableCommand = { assignments: [], words: [], redirects: [], start: -1, end: -1 };
    let atName = true;
    // Words that are not a command: 1 `for`/`select` header, 2 `case` header, 3 `function` name.
    let header = 0;
    let inTest = false;
    for (;;) {
      this.skipBlanks(true);
      const at = this.pos;
      if (at >= this.length) break;
      const c = src.charCodeAt(at);
      const next = src.charCodeAt(at + 1);
      if (c === NL || c === SEMI) break;
      if (c === BACKTICK && this.terminator === BACKTICK && this.dialect.backtick) break;
      if (inTest) {
        // Inside `[[ … ]]`, `<`, `>`, `&&`, `||` and parentheses are operators of the test.
        if ((c === AMP && next === AMP) || (c === PIPE && next === PIPE)) {
          this.pos += 2;
          continue;
        }
        if (c === LT || c === GT || c === LPAREN || c === RPAREN) {
          this.pos++;
          continue;
        }
      }
      if (c === PIPE || c === RPAREN || (c === AMP && next !== GT)) break;
      if (c === LPAREN) {
        if (next === LPAREN && (header === 1 || (atName && command.words.length === 0))) {
          // `(( … ))` arithmetic, also as `for (( …; …; … ))`.
          this.pos = scanRefs(src, at + 1, this.length, SCAN_PAREN, this.dialect, this.vars);
        } else if (atName && header === 0 && command.words.length === 0) {
          state.subshells++;
          this.pos++;
        } else {
          // Only a bare name can be a function's: `a<<x()` is a command (and a syntax error).
          const bare = command.words.length === 1 && command.redirects.length === 0 && command.assignments.length === 0;
          const close = bare ? this.closingParen(at + 1) : -1;
          if (close >= 0) {
            // `name() { … }`: a function definition, not a command.
            command.words.length = 0;
            command.start = -1;
            atName = true;
            this.pos = close + 1;
          } else this.pos++;
        }
        continue;
      }
      if (((c === LT || c === GT) && next !== LPAREN) || c === AMP) {
        command.end = this.readRedirect(command, undefined);
        if (command.start < 0) command.start = at;
        continue;
      }
      if (isDigit(c)) {
        let end = at + 1;
        while (end < this.length && isDigit(src.charCodeAt(end))) end++;
        const op = src.charCodeAt(end);
        if ((op === LT || op === GT) && src.charCodeAt(end + 1) !== LPAREN) {
          this.pos = end;
          const fd = end - at <= 9 ? Number(src.slice(at, end)) : undefined;
          command.end = this.readRedirect(command, fd);
          if (command.start < 0) command.start = at;
          continue;
        }
      }
      if (atName && header === 0) {
        const assignment = this.readAssignment();
        if (assignment) {
          command.assignments.push(assignment);
          if (command.start < 0) command.start = assignment.start;
          command.end = assignment.end;
          continue;
        }
      }
      const word = this.readWord(false);
      if (header !== 0) {
        if (header === 2 && !word.quoted && word.raw === "in") {
          state.cases++;
          state.expectPattern = true;
          return;
        }
        if (header === 3) header = 0;
        continue;
      }
      if (atName && !word.quoted) {
        const keyword = word.raw;
        if (SKIPPED_KEYWORDS.has(keyword)) continue;
        if (keyword === "esac") {
          if (state.cases > 0) state.cases--;
          continue;
        }
        if (keyword === "for" || keyword === "select") {
          header = 1;
          continue;
        }
        if (keyword === "case") {
          header = 2;
          continue;
        }
        if (keyword === "function") {
          header = 3;
          continue;
        }
        if (keyword === "[[") inTest = true;
      }
      if (inTest && !word.quoted && word.raw === "]]") inTest = false;
      command.words.push(word);
      if (command.start < 0) command.start = word.start;
      command.end = word.end;
      atName = false;
    }
    if (header !== 0) return;
    if (command.words.length === 0 && command.assignments.length === 0 && command.redirects.length === 0) return;
    if (state.pipeFrom >= 0) {
      command.pipedFrom = state.pipeFrom;
      state.pipeFrom = -1;
    }
    if (this.commands.length >= MAX_SHELL_COMMANDS) {
      this.truncatedAt = command.start >= 0 ? command.start : this.pos;
      this.pos = this.length;
      return;
    }
    state.last = this.commands.length;
    this.commands.push(command);
  }

  /** The offset of a `)` that follows `pos` after nothing but blanks, or -1. */
  private closingParen(pos: number): number {
    const src = this.src;
    let at = pos;
    while (at < this.length && (src.charCodeAt(at) === SPACE || src.charCodeAt(at) === TAB)) at++;
    return src.charCodeAt(at) === RPAREN ? at : -1;
  }

  /** Words of a case pattern (`a|b)`), discarded; consumes the closing `)` or the `esac`. */
  private readCasePattern(state: ListState): void {
    const src = this.src;
    for (;;) {
      this.skipBlanks(true);
      const at = this.pos;
      if (at >= this.length) return;
      const c = src.charCodeAt(at);
      if (c === NL) {
        this.pos++;
        this.readHeredocBodies();
        continue;
      }
      if (c === RPAREN) {
        this.pos++;
        state.expectPattern = false;
        return;
      }
      if (c === LPAREN || c === PIPE) {
        this.pos++;
        continue;
      }
      if (isWordBreak(c) || (c === BACKTICK && this.terminator === BACKTICK)) {
        state.expectPattern = false;
        return;
      }
      const word = this.readWord(false);
      if (!word.quoted && word.raw === "esac") {
        if (state.cases > 0) state.cases--;
        state.expectPattern = false;
        return;
      }
    }
  }

  /** `NAME=value`, `NAME+=value`, `NAME[i]=value` at the current position, or null (nothing consumed). */
  private readAssignment(): Assignment | null {
    const src = this.src;
    const start = this.pos;
    if (!isNameStart(src.charCodeAt(start))) return null;
    let at = start + 1;
    while (at < this.length && isNameChar(src.charCodeAt(at))) at++;
    const nameEnd = at;
    if (src.charCodeAt(at) === 91 /* [ */) {
      while (at < this.length && src.charCodeAt(at) !== 93 /* ] */ && !isWordBreak(src.charCodeAt(at))) at++;
      if (src.charCodeAt(at) !== 93) return null;
      at++;
    }
    if (src.charCodeAt(at) === 43 /* + */) at++;
    if (src.charCodeAt(at) !== 61 /* = */) return null;
    this.pos = at + 1;
    const value = this.readWord(true);
    return { name: src.slice(start, nameEnd), value, start, end: value.end };
  }

  /** Reads a redirection operator at the current position and its target; returns the end offset. */
  private readRedirect(command: MutableCommand, fd: number | undefined): number {
    const src = this.src;
    const at = this.pos;
    let op: RedirectOp = ">";
    for (const candidate of REDIRECT_OPS) {
      if (src.startsWith(candidate, at)) {
        op = candidate;
        this.pos = at + candidate.length;
        break;
      }
    }
    this.skipBlanks(false);
    const isHeredoc = op === "<<" || op === "<<-";
    const varsBefore = this.vars.length;
    let target: Word;
    const c = src.charCodeAt(this.pos);
    if (this.pos < this.length && !isWordBreak(c) && !(c === BACKTICK && this.terminator === BACKTICK)) {
      target = this.readWord(false);
    } else {
      target = { raw: "", value: "", start: this.pos, end: this.pos, vars: NO_VARS, quoted: false, hasSubstitution: false };
    }
    if (isHeredoc && target.vars.length > 0) {
      // A heredoc delimiter is never expanded.
      this.vars.length = varsBefore;
      target = { ...target, vars: NO_VARS };
    }
    const redirect: MutableRedirect = fd === undefined ? { op, target } : { op, fd, target };
    if (isHeredoc) {
      this.pending.push({ redirect, delimiter: target.value, stripTabs: op === "<<-", expands: !target.quoted });
    }
    command.redirects.push(redirect);
    return target.end;
  }

  /** Called just after a newline: the bodies of the heredocs opened on the line before. */
  private readHeredocBodies(): void {
    if (this.pending.length === 0) return;
    const src = this.src;
    const pending = this.pending;
    this.pending = [];
    for (const heredoc of pending) {
      const bodyStart = this.pos;
      let bodyEnd = this.length;
      let resume = this.length;
      let line = bodyStart;
      while (line < this.length) {
        const newline = src.indexOf("\n", line);
        const lineEnd = newline < 0 ? this.length : newline;
        let textStart = line;
        if (heredoc.stripTabs) while (textStart < lineEnd && src.charCodeAt(textStart) === TAB) textStart++;
        const textEnd = lineEnd > textStart && src.charCodeAt(lineEnd - 1) === CR ? lineEnd - 1 : lineEnd;
        if (textEnd - textStart === heredoc.delimiter.length && src.startsWith(heredoc.delimiter, textStart)) {
          bodyEnd = line;
          resume = newline < 0 ? this.length : newline + 1;
          break;
        }
        line = newline < 0 ? this.length : newline + 1;
      }
      const body = src.slice(bodyStart, bodyEnd);
      heredoc.redirect.heredocBody = heredoc.stripTabs ? stripLeadingTabs(body) : body;
      if (heredoc.expands) scanRefs(src, bodyStart, bodyEnd, SCAN_HEREDOC, this.dialect, this.vars);
      this.pos = resume;
    }
  }

  /**
   * Reads one word at the current position. `arrayValue`: the word is an assignment value, which
   * may be empty or an array `(…)`.
   */
  private readWord(arrayValue: boolean): Word {
    const src = this.src;
    const dialect = this.dialect;
    const start = this.pos;
    const varsFrom = this.vars.length;
    const parts: WordParts = { value: "", quoted: false, substitution: false };
    let pos = start;
    let run = pos;
    while (pos < this.length) {
      const c = src.charCodeAt(pos);
      if (c === dialect.continuation) {
        const nl = newlineLength(src, pos + 1);
        if (nl > 0) {
          parts.value += src.slice(run, pos);
          pos += 1 + nl;
          run = pos;
          continue;
        }
      }
      if (isWordBreak(c)) {
        if (pos !== start) break;
        if (arrayValue && c === LPAREN) {
          pos = scanRefs(src, pos + 1, this.length, SCAN_PAREN, dialect, this.vars);
          continue;
        }
        if ((c === LT || c === GT) && src.charCodeAt(pos + 1) === LPAREN) {
          // Process substitution `<(…)`: its commands run.
          parts.substitution = true;
          pos = this.substitution(pos + 2, RPAREN);
          continue;
        }
        break;
      }
      if (c === BACKTICK && dialect.backtick && this.terminator === BACKTICK) break;
      if (c === dialect.escape) {
        parts.value += src.slice(run, pos);
        parts.quoted = true;
        if (pos + 1 >= this.length) {
          parts.value += src[pos];
          pos++;
        } else {
          const nl = newlineLength(src, pos + 1);
          if (nl > 0) pos += 1 + nl;
          else {
            parts.value += src[pos + 1];
            pos += 2;
          }
        }
        run = pos;
        continue;
      }
      if (c === SQUOTE && dialect.singleQuotes) {
        parts.value += src.slice(run, pos);
        parts.quoted = true;
        const close = src.indexOf("'", pos + 1);
        const end = close < 0 ? this.length : close;
        parts.value += src.slice(pos + 1, end);
        pos = Math.min(end + 1, this.length);
        run = pos;
        continue;
      }
      if (c === DQUOTE) {
        parts.value += src.slice(run, pos);
        pos = this.readDoubleQuoted(pos, parts);
        run = pos;
        continue;
      }
      if (c === DOLLAR || (c === BACKTICK && dialect.backtick)) {
        parts.value += src.slice(run, pos);
        pos = run = c === DOLLAR ? this.readDollar(pos, parts, false) : this.readBacktick(pos, parts);
        continue;
      }
      // cmd's `%VAR%` stays in the literal run: cmd expands it only when the command runs.
      pos = c === PERCENT && dialect.shell === "cmd" ? Math.max(this.readPercentRef(pos), pos + 1) : pos + 1;
    }
    parts.value += src.slice(run, pos);
    this.pos = pos;
    return {
      raw: src.slice(start, pos),
      value: parts.value,
      start,
      end: pos,
      vars: this.vars.length === varsFrom ? NO_VARS : this.vars.slice(varsFrom),
      quoted: parts.quoted,
      hasSubstitution: parts.substitution,
    };
  }

  /** Reads a `` `…` `` substitution at `open` into the word (kept textually); returns the offset after it. */
  private readBacktick(open: number, parts: WordParts): number {
    parts.substitution = true;
    const end = this.substitution(open + 1, BACKTICK);
    parts.value += this.src.slice(open, end);
    return end;
  }

  /** Records a cmd `%X%` reference at `pos` (the text stays in the word); returns its end, or -1. */
  private readPercentRef(pos: number): number {
    const ref = percentRef(this.src, pos, this.length);
    if (!ref) return -1;
    this.vars.push(ref);
    return ref.end;
  }

  /** Reads `"…"` starting at its opening quote; returns the offset after the closing quote. */
  private readDoubleQuoted(open: number, parts: WordParts): number {
    const src = this.src;
    const dialect = this.dialect;
    parts.quoted = true;
    let pos = open + 1;
    let run = pos;
    while (pos < this.length) {
      const c = src.charCodeAt(pos);
      if (c === DQUOTE) {
        parts.value += src.slice(run, pos);
        return pos + 1;
      }
      if (c === dialect.continuation || (c === dialect.escape && dialect.shell !== "cmd")) {
        const nl = newlineLength(src, pos + 1);
        if (nl > 0) {
          parts.value += src.slice(run, pos);
          pos += 1 + nl;
          run = pos;
          continue;
        }
      }
      if (c === dialect.escape && dialect.shell !== "cmd" && pos + 1 < this.length) {
        const next = src.charCodeAt(pos + 1);
        // POSIX: inside double quotes a backslash only escapes `$`, a backtick, `"` and itself.
        if (c !== 92 || next === DOLLAR || next === BACKTICK || next === DQUOTE || next === 92) {
          parts.value += src.slice(run, pos) + src[pos + 1];
          pos += 2;
          run = pos;
          continue;
        }
      }
      if (c === DOLLAR || (c === BACKTICK && dialect.backtick)) {
        parts.value += src.slice(run, pos);
        pos = run = c === DOLLAR ? this.readDollar(pos, parts, true) : this.readBacktick(pos, parts);
        continue;
      }
      // cmd's `%VAR%` stays in the literal run: cmd expands it only when the command runs.
      pos = c === PERCENT && dialect.shell === "cmd" ? Math.max(this.readPercentRef(pos), pos + 1) : pos + 1;
    }
    parts.value += src.slice(run, pos);
    return this.length;
  }

  /** Reads what a `$` at `pos` starts; appends its text to `parts.value` as written. */
  private readDollar(pos: number, parts: WordParts, inDoubleQuotes: boolean): number {
    const src = this.src;
    const next = src.charCodeAt(pos + 1);
    let end: number;
    if (next === LBRACE) {
      const name = braceName(src, pos + 2, this.length, this.dialect);
      const ref = name === null ? null : { name, start: pos, end: this.length };
      if (ref) this.vars.push(ref);
      end = scanRefs(src, pos + 2, this.length, SCAN_BRACE, this.dialect, this.vars);
      if (ref) ref.end = end;
    } else if (next === LPAREN) {
      if (src.charCodeAt(pos + 2) === LPAREN) {
        end = scanRefs(src, pos + 2, this.length, SCAN_PAREN, this.dialect, this.vars);
      } else {
        parts.substitution = true;
        end = this.substitution(pos + 2, RPAREN);
      }
    } else if (next === SQUOTE && !inDoubleQuotes && this.dialect.shell === "posix") {
      parts.quoted = true;
      end = ansiQuoteEnd(src, pos + 1, this.length);
      parts.value += decodeAnsi(src.slice(pos + 2, src.charCodeAt(end - 1) === SQUOTE && end - 1 > pos + 1 ? end - 1 : end));
      return end;
    } else if (next === DQUOTE && !inDoubleQuotes && this.dialect.shell === "posix") {
      // `$"…"` (a translated string) is a double-quoted string.
      return pos + 1;
    } else {
      const ref = simpleRef(src, pos, this.length, this.dialect);
      if (ref) {
        this.vars.push(ref);
        end = ref.end;
      } else end = Math.min(pos + (isSpecialParameter(next) ? 2 : 1), this.length);
    }
    parts.value += src.slice(pos, end);
    return end;
  }

  /** Parses a `$(…)`/backtick body starting at `pos`; returns the offset after its terminator. */
  private substitution(pos: number, terminator: number): number {
    if (this.depth >= MAX_DEPTH) {
      return scanRefs(this.src, pos, this.length, terminator === RPAREN ? SCAN_PAREN : SCAN_BACKTICK, this.dialect, this.vars);
    }
    this.depth++;
    this.pos = pos;
    this.parseList(terminator);
    this.depth--;
    return this.pos;
  }
}

function stripLeadingTabs(text: string): string {
  let out = "";
  let line = 0;
  while (line < text.length) {
    let start = line;
    while (text.charCodeAt(start) === TAB) start++;
    const newline = text.indexOf("\n", start);
    const end = newline < 0 ? text.length : newline + 1;
    out += text.slice(start, end);
    line = end;
  }
  return out;
}

const ANSI_ESCAPES: Readonly<Record<string, string>> = { n: "\n", t: "\t", r: "\r", "\\": "\\", "'": "'", '"': '"' };

/** The common escapes of an ANSI-C `$'…'` body; others are kept as written. */
function decodeAnsi(body: string): string {
  let out = "";
  let run = 0;
  for (let i = 0; i < body.length; i++) {
    if (body.charCodeAt(i) !== 92) continue;
    const decoded = ANSI_ESCAPES[body[i + 1] ?? ""];
    if (decoded === undefined) continue;
    out += body.slice(run, i) + decoded;
    i++;
    run = i + 1;
  }
  return out + body.slice(run);
}

/**
 * Parses a RUN script (shell form, or a heredoc body) into its simple commands. Never throws;
 * runs in time linear in `script`.
 */
export function parseShell(script: string, options?: ShellOptions): ShellScript {
  const parser = new Parser(script, dialectOf(options));
  parser.parseList(NO_TERMINATOR);
  const vars = parser.vars;
  for (let i = 1; i < vars.length; i++) {
    if (vars[i]!.start < vars[i - 1]!.start) {
      vars.sort((a, b) => a.start - b.start);
      break;
    }
  }
  const commands: SimpleCommand[] = parser.commands;
  return parser.truncatedAt === undefined ? { commands, vars } : { commands, vars, truncatedAt: parser.truncatedAt };
}
