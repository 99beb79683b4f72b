/**
 * Character-level scanning shared by the parser and the textual variable scan. Everything here
 * is iterative and single-pass: nesting is tracked on an explicit stack, never by recursion, so
 * any input is scanned in linear time without exhausting the call stack.
 */
import type { ShellDialect, ShellOptions, VarRef } from "./types.js";

export const TAB = 9;
export const NL = 10;
export const CR = 13;
export const SPACE = 32;
export const BANG = 33;
export const DQUOTE = 34;
export const HASH = 35;
export const DOLLAR = 36;
export const PERCENT = 37;
export const AMP = 38;
export const SQUOTE = 39;
export const LPAREN = 40;
export const RPAREN = 41;
export const SEMI = 59;
export const LT = 60;
export const GT = 62;
export const BACKSLASH = 92;
export const BACKTICK = 96;
export const LBRACE = 123;
export const PIPE = 124;
export const RBRACE = 125;
const CARET = 94;

/** How one shell dialect quotes and escapes. */
export interface Dialect {
  readonly shell: ShellDialect;
  /** Line continuation character (the Dockerfile escape). */
  readonly continuation: number;
  /** The character that escapes the next one inside words. */
  readonly escape: number;
  /** Backticks are command substitutions. */
  readonly backtick: boolean;
  /** Single quotes quote. */
  readonly singleQuotes: boolean;
}

export function dialectOf(options: ShellOptions | undefined): Dialect {
  const shell = options?.shell ?? "posix";
  const continuation = options?.escapeChar === "`" ? BACKTICK : BACKSLASH;
  const escape =
    shell === "powershell" ? BACKTICK : shell === "cmd" ? CARET : continuation === BACKTICK ? BACKTICK : BACKSLASH;
  return {
    shell,
    continuation,
    escape,
    backtick: shell === "posix" && escape !== BACKTICK,
    singleQuotes: shell !== "cmd",
  };
}

export function isNameStart(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

export function isNameChar(code: number): boolean {
  return isNameStart(code) || (code >= 48 && code <= 57);
}

export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** `$1`, `$@`, `$?`… : parameters that are not variables. */
export function isSpecialParameter(code: number): boolean {
  return isDigit(code) || code === 64 || code === 42 || code === HASH || code === 63 || code === DOLLAR || code === BANG || code === 45;
}

/** Length of the line break at `pos` (`\n` or `\r\n`), 0 when there is none. */
export function newlineLength(src: string, pos: number): number {
  const c = src.charCodeAt(pos);
  if (c === NL) return 1;
  return c === CR && src.charCodeAt(pos + 1) === NL ? 2 : 0;
}

/** A mutable ref while its end is not known yet; exposed as a readonly `VarRef`. */
export interface OpenVarRef {
  name: string;
  start: number;
  end: number;
}

/** `$NAME`, or PowerShell `$env:NAME`, at `pos` (which holds `$`); null when it is neither. */
export function simpleRef(src: string, pos: number, limit: number, dialect: Dialect): OpenVarRef | null {
  let from = pos + 1;
  if (dialect.shell === "powershell" && hasEnvPrefix(src, from) && from + 4 < limit && isNameStart(src.charCodeAt(from + 4))) {
    from += 4;
  }
  if (from >= limit || !isNameStart(src.charCodeAt(from))) return null;
  let end = from + 1;
  while (end < limit && isNameChar(src.charCodeAt(end))) end++;
  return { name: src.slice(from, end), start: pos, end };
}

function hasEnvPrefix(src: string, pos: number): boolean {
  return src.slice(pos, pos + 4).toLowerCase() === "env:";
}

/** Characters that may follow the name in `${NAME…}`. */
const AFTER_BRACE_NAME = new Set("}:-=?+#%/^,[@*".split("").map((ch) => ch.charCodeAt(0)));

/** The variable named by a `${…}` whose content starts at `pos`; null for `${1}`, `${#}`, `${@}`… */
export function braceName(src: string, pos: number, limit: number, dialect: Dialect): string | null {
  let from = pos;
  const first = src.charCodeAt(from);
  if (first === HASH || first === BANG) from++;
  if (dialect.shell === "powershell" && hasEnvPrefix(src, from)) from += 4;
  if (from >= limit || !isNameStart(src.charCodeAt(from))) return null;
  let end = from + 1;
  while (end < limit && isNameChar(src.charCodeAt(end))) end++;
  if (end < limit && !AFTER_BRACE_NAME.has(src.charCodeAt(end))) return null;
  return src.slice(from, end);
}

/** cmd `%NAME%` at `pos` (which holds `%`); `%%` is an escaped percent and yields null. */
export function percentRef(src: string, pos: number, limit: number): OpenVarRef | null {
  if (pos + 1 >= limit || !isNameStart(src.charCodeAt(pos + 1))) return null;
  let end = pos + 2;
  while (end < limit && isNameChar(src.charCodeAt(end))) end++;
  if (end >= limit || src.charCodeAt(end) !== PERCENT) return null;
  return { name: src.slice(pos + 1, end), start: pos, end: end + 1 };
}

/** End of an ANSI-C `$'…'` string whose opening quote is at `pos`. */
export function ansiQuoteEnd(src: string, pos: number, limit: number): number {
  let at = pos + 1;
  while (at < limit) {
    const c = src.charCodeAt(at);
    if (c === BACKSLASH) at += 2;
    else if (c === SQUOTE) return at + 1;
    else at++;
  }
  return limit;
}

/** Contexts of `scanRefs`. */
export const SCAN_TOP = 0;
/** Heredoc body: quotes are plain text, `$` still expands. */
export const SCAN_HEREDOC = 1;
/** Inside `$(…)`, `$((…))` or a subshell: ends at the matching `)`. */
export const SCAN_PAREN = 2;
/** Inside `${…}`: ends at the matching `}`. */
export const SCAN_BRACE = 3;
const SCAN_DQUOTE = 4;
/** Inside a backtick substitution: ends at the next backtick. */
export const SCAN_BACKTICK = 5;
export type ScanContext = typeof SCAN_TOP | typeof SCAN_HEREDOC | typeof SCAN_PAREN | typeof SCAN_BRACE | typeof SCAN_BACKTICK;

/**
 * Scans `src[pos, limit)` in context `base`, appending every variable reference to `out`.
 * Returns the offset just after the closing delimiter of `base` (or `limit` when there is none;
 * `SCAN_TOP` and `SCAN_HEREDOC` always run to `limit`).
 */
export function scanRefs(
  src: string,
  pos: number,
  limit: number,
  base: ScanContext,
  dialect: Dialect,
  out: OpenVarRef[],
): number {
  const stack: number[] = [base];
  // One entry per SCAN_BRACE pushed inside this scan: the ref whose end its `}` fixes.
  const openBraces: (OpenVarRef | null)[] = [];
  const cmd = dialect.shell === "cmd";
  while (pos < limit) {
    const top = stack[stack.length - 1]!;
    const c = src.charCodeAt(pos);
    if (c === dialect.continuation) {
      const nl = newlineLength(src, pos + 1);
      if (nl > 0) {
        pos += 1 + nl;
        continue;
      }
    }
    if (c === DOLLAR) {
      const next = src.charCodeAt(pos + 1);
      if (next === LBRACE) {
        const name = braceName(src, pos + 2, limit, dialect);
        const ref = name === null ? null : { name, start: pos, end: limit };
        if (ref) out.push(ref);
        stack.push(SCAN_BRACE);
        openBraces.push(ref);
        pos += 2;
      } else if (next === LPAREN) {
        stack.push(SCAN_PAREN);
        pos += 2;
      } else if (next === SQUOTE && top !== SCAN_DQUOTE && top !== SCAN_HEREDOC && dialect.shell === "posix") {
        pos = ansiQuoteEnd(src, pos + 1, limit);
      } else {
        const ref = simpleRef(src, pos, limit, dialect);
        if (ref) {
          out.push(ref);
          pos = ref.end;
        } else pos += isSpecialParameter(next) ? 2 : 1;
      }
      continue;
    }
    if (c === PERCENT && cmd) {
      const ref = percentRef(src, pos, limit);
      if (ref) {
        out.push(ref);
        pos = ref.end;
      } else pos += src.charCodeAt(pos + 1) === PERCENT ? 2 : 1;
      continue;
    }
    if (top === SCAN_DQUOTE || top === SCAN_HEREDOC) {
      if (c === DQUOTE && top === SCAN_DQUOTE) {
        stack.pop();
        pos++;
      } else if (c === dialect.escape && !(cmd && top === SCAN_DQUOTE)) pos += 2;
      else if (c === BACKTICK && dialect.backtick) {
        stack.push(SCAN_BACKTICK);
        pos++;
      } else pos++;
      continue;
    }
    if (c === dialect.escape) {
      pos += 2;
    } else if (c === SQUOTE && dialect.singleQuotes) {
      const close = src.indexOf("'", pos + 1);
      pos = close < 0 || close >= limit ? limit : close + 1;
    } else if (c === DQUOTE) {
      stack.push(SCAN_DQUOTE);
      pos++;
    } else if (c === BACKTICK && dialect.backtick) {
      if (top === SCAN_BACKTICK) stack.pop();
      else stack.push(SCAN_BACKTICK);
      pos++;
    } else if (c === LPAREN && top === SCAN_PAREN) {
      stack.push(SCAN_PAREN);
      pos++;
    } else if (c === RPAREN && top === SCAN_PAREN) {
      stack.pop();
      pos++;
    } else if (c === RBRACE && top === SCAN_BRACE) {
      stack.pop();
      const ref = openBraces.pop();
      if (ref) ref.end = pos + 1;
      pos++;
    } else pos++;
    if (stack.length === 0) return pos;
  }
  return limit;
}

/**
 * The variable references of `text`, scanned textually (no command structure): `$X`, `${X…}`,
 * plus `$env:X` for PowerShell and `%X%` for cmd. Single-quoted text holds none; double-quoted
 * text and command substitutions do. Comments are not recognised — use `parseShell(…).vars` for
 * RUN scripts (it also knows heredoc bodies).
 */
export function findVariableRefs(text: string, options?: ShellOptions): VarRef[] {
  const out: OpenVarRef[] = [];
  scanRefs(text, 0, text.length, SCAN_TOP, dialectOf(options), out);
  return out;
}
