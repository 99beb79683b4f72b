/**
 * What a history entry's `created_by` records. Builders write it three ways: the classic builder
 * and buildah (`/bin/sh -c #(nop) ENV A=1`, and `|2 A=1 B=2 /bin/sh -c <command>` for a RUN with
 * its build args), and BuildKit (`ENV A=1`, `RUN |1 A=1 /bin/sh -c <command> # buildkit`).
 */

/** A `NAME=value` pair recorded in a history entry, with the offset of its value in `created_by`. */
export interface RecordedPair {
  readonly name: string;
  readonly value: string;
  readonly valueStart: number;
}

export interface RecordedInstruction {
  /** Upper-case keyword (`RUN`, `COPY`, `ENV`…), or null when the entry says nothing recognisable. */
  readonly keyword: string | null;
  /** A RUN's build args (`|N NAME=value…`). */
  readonly buildArgs: readonly RecordedPair[];
  /** ENV, LABEL and ARG pairs as recorded (buildah keeps `${VAR}` unexpanded, BuildKit expands). */
  readonly pairs: readonly RecordedPair[];
  /** What follows the keyword (a RUN: its command, after the build args and the shell's `-c`). */
  readonly text: string;
}

const KEYWORDS: ReadonlySet<string> = new Set([
  "RUN",
  "COPY",
  "ADD",
  "ENV",
  "ARG",
  "LABEL",
  "WORKDIR",
  "USER",
  "CMD",
  "ENTRYPOINT",
  "EXPOSE",
  "VOLUME",
  "HEALTHCHECK",
  "SHELL",
  "STOPSIGNAL",
  "ONBUILD",
  "MAINTAINER",
]);

/** `/bin/sh -c #(nop) ` and friends: the classic builder's and buildah's mark of a non-RUN instruction. */
const NOP = /^\S{1,256} -c #\(nop\)[ \t]+/;
const SHELL_RUN = /^\S{1,256} -c /;
const KEYWORD = /^([A-Z]{2,11})(?:[ \t]+|$)/;
const ARG_COUNT = /^\|(\d{1,9}) /;
const PAIR_NAME = /^([A-Za-z_][A-Za-z0-9_]*)=/;
const NEXT_PAIR = / [A-Za-z_][A-Za-z0-9_]*=/g;
const LABEL_NAME = /^([^\s="']{1,256})=/;
/** Most pairs one entry is read for: a history entry is untrusted text. */
const MAX_PAIRS = 1000;

/** `|N A=1 B=2 <command>`: the build args, and where the command starts. */
function readBuildArgs(text: string, from: number): { args: RecordedPair[]; end: number } {
  const count = ARG_COUNT.exec(text.slice(from, from + 12));
  if (!count) return { args: [], end: from };
  const n = Math.min(Number(count[1]), MAX_PAIRS);
  const args: RecordedPair[] = [];
  let at = from + count[0].length;
  for (let k = 0; k < n; k++) {
    const name = PAIR_NAME.exec(text.slice(at, at + 257));
    if (!name) break;
    const valueStart = at + name[0].length;
    let valueEnd: number;
    if (k < n - 1) {
      // Values are written unquoted: the next ` NAME=` ends this one.
      NEXT_PAIR.lastIndex = valueStart;
      const next = NEXT_PAIR.exec(text);
      valueEnd = next ? next.index : text.length;
    } else {
      // The last value ends at the first space (the command follows); a value with spaces leaves its
      // tail in the command text, which is scanned too.
      const space = text.indexOf(" ", valueStart);
      valueEnd = space < 0 ? text.length : space;
    }
    args.push({ name: name[1]!, value: text.slice(valueStart, valueEnd), valueStart });
    at = valueEnd + 1;
  }
  NEXT_PAIR.lastIndex = 0;
  return { args, end: Math.min(at, text.length) };
}

function unquote(value: string): string {
  const first = value[0];
  return value.length >= 2 && (first === '"' || first === "'") && value.endsWith(first) ? value.slice(1, -1) : value;
}

/** `A=1 B="x y" c.d=e` (or the legacy `NAME value`), as recorded for ENV, LABEL and ARG. */
function readPairs(text: string, from: number, keyword: string): RecordedPair[] {
  const pairs: RecordedPair[] = [];
  const body = text.slice(from);
  const nameOf = keyword === "LABEL" ? LABEL_NAME : PAIR_NAME;
  const starts: { name: string; at: number; valueStart: number }[] = [];
  // Pair starts: at the beginning, and after each space that precedes `NAME=`.
  for (let at = 0; at < body.length && starts.length < MAX_PAIRS; ) {
    const match = nameOf.exec(body.slice(at, at + 258));
    if (match) starts.push({ name: match[1]!, at, valueStart: at + match[0].length });
    const space = body.indexOf(" ", match ? at + match[0].length : at);
    if (space < 0) break;
    at = space + 1;
  }
  if (starts.length === 0) {
    // `ENV NAME value`: the legacy form, one pair.
    const space = body.indexOf(" ");
    if (keyword === "ENV" && space > 0 && PAIR_NAME.test(`${body.slice(0, space)}=`)) {
      const value = body.slice(space + 1);
      pairs.push({ name: body.slice(0, space), value: unquote(value.trim()), valueStart: from + space + 1 });
    }
    return pairs;
  }
  starts.forEach((start, i) => {
    const end = i + 1 < starts.length ? starts[i + 1]!.at - 1 : body.length;
    const raw = body.slice(start.valueStart, end);
    const value = unquote(raw.trim());
    pairs.push({ name: start.name, value, valueStart: from + start.valueStart + (raw.length - raw.trimStart().length) });
  });
  return pairs;
}

/** BuildKit's ` # buildkit` suffix (after one or more blanks) removed; linear, where a regex backtracks on long blank runs. */
function withoutBuildkitSuffix(text: string): string {
  const SUFFIX = "# buildkit";
  if (!text.endsWith(SUFFIX)) return text;
  let end = text.length - SUFFIX.length;
  if (end === 0 || (text[end - 1] !== " " && text[end - 1] !== "\t")) return text;
  while (end > 0 && (text[end - 1] === " " || text[end - 1] === "\t")) end--;
  return text.slice(0, end);
}

/** Reads a `created_by` text. Total and bounded: any text yields a result. */
export function parseCreatedBy(createdBy: string): RecordedInstruction {
  const text = withoutBuildkitSuffix(createdBy);
  let at = 0;
  let keyword: string | null = null;
  const nop = NOP.exec(text);
  if (nop) {
    at = nop[0].length;
    const kw = KEYWORD.exec(text.slice(at, at + 13));
    if (kw && KEYWORDS.has(kw[1]!)) {
      keyword = kw[1]!;
      at += kw[0].length;
    }
  } else {
    const kw = KEYWORD.exec(text.slice(0, 13));
    if (kw && KEYWORDS.has(kw[1]!)) {
      keyword = kw[1]!;
      at = kw[0].length;
    } else if (ARG_COUNT.test(text.slice(0, 12)) || SHELL_RUN.test(text)) {
      keyword = "RUN";
    }
  }
  if (keyword === "RUN") {
    const { args, end } = readBuildArgs(text, at);
    const shell = SHELL_RUN.exec(text.slice(end, end + 260));
    return { keyword, buildArgs: args, pairs: [], text: text.slice(end + (shell ? shell[0].length : 0)) };
  }
  if (keyword === "ENV" || keyword === "LABEL" || keyword === "ARG") {
    return { keyword, buildArgs: [], pairs: readPairs(text, at, keyword), text: text.slice(at) };
  }
  return { keyword, buildArgs: [], pairs: [], text: text.slice(at) };
}
