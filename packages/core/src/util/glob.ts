/**
 * Globs matched in linear time. A glob is compiled once into a small token program and run as a
 * Thompson simulation (every live state advanced together, no backtracking), so a hostile pattern
 * such as `*a*a*a*a*a*a*a*a*a*a*a*a*b` against a long name costs O(path × pattern), never the
 * exponential time of a backtracking RegExp. One engine serves every glob layerlint matches: COPY
 * and `rm` globs in core, secret-file lists, config globs (`contexts`, `ignorePatterns`) and, through
 * `@layerlint/node`, `.dockerignore` patterns.
 *
 * Syntax: `*` and `?` stay within a path segment, `[…]` classes with ranges and `!`/`^` negation,
 * `\` escapes the next character, `**` spans segments (`**​/` zero or more whole directories, a
 * trailing `**` anything), and, with `braces`, `{a,b}` alternatives.
 */

const SLASH = 0x2f;

const enum GlobOp {
  Char,
  /** `?`: one character other than `/`. */
  Any,
  /** `[...]`. */
  Class,
  /** `*`: any run of characters other than `/`. */
  Star,
  /**
   * `**​/` with more pattern after it, zero or more whole directories (`(.*\/)?`), as two states:
   * the entry (at a segment start: go on with the pattern, or read a directory name) and the body
   * (inside a directory name: only its `/` leads back to the entry).
   */
  DirsEntry,
  DirsBody,
  /** `**` elsewhere: anything, `/` included. */
  Rest,
}

export interface CharClass {
  readonly negated: boolean;
  /** Inclusive code point ranges, `[lo0, hi0, lo1, hi1, …]`. */
  readonly ranges: readonly number[];
}

export interface GlobProgram {
  /** `.dockerignore` classes are RegExp classes (moby), which may match `/`; Go's filepath.Match ones never do. */
  readonly classMatchesSlash: boolean;
  readonly ops: Uint8Array;
  /** Code point for `Char`, index into `classes` for `Class`. */
  readonly args: Int32Array;
  readonly classes: readonly CharClass[];
}

/** A pattern the glob syntax rejects (Go's `filepath.Match` returns ErrBadPattern for these). */
export class GlobSyntaxError extends Error {}

export function codePoints(text: string): number[] {
  const out: number[] = [];
  for (const ch of text) out.push(ch.codePointAt(0) as number);
  return out;
}

/** Go `filepath.Match`'s escape-aware character of a class: returns [code point, next index]. */
function classChar(cps: readonly number[], at: number): [number, number] {
  let i = at;
  const first = cps[i];
  if (first === undefined || first === 0x2d /* - */ || first === 0x5d /* ] */) throw new GlobSyntaxError("bad character class");
  if (first === 0x5c /* \ */) {
    i += 1;
    if (cps[i] === undefined) throw new GlobSyntaxError("bad character class");
  }
  const cp = cps[i] as number;
  if (cps[i + 1] === undefined) throw new GlobSyntaxError("unterminated character class");
  return [cp, i + 1];
}

/** Parses `[...]` starting after the `[`; returns the class and the index after `]`. */
export function parseClass(cps: readonly number[], start: number, bangNegates = true): [CharClass, number] {
  let i = start;
  let negated = false;
  if (cps[i] === 0x5e /* ^ */ || (bangNegates && cps[i] === 0x21) /* ! */) {
    negated = true;
    i += 1;
  }
  const ranges: number[] = [];
  for (;;) {
    if (cps[i] === 0x5d && ranges.length > 0) return [{ negated, ranges }, i + 1];
    const [lo, afterLo] = classChar(cps, i);
    let hi = lo;
    i = afterLo;
    if (cps[i] === 0x2d /* - */ && cps[i + 1] !== 0x5d) {
      const [rangeEnd, afterHi] = classChar(cps, i + 1);
      hi = rangeEnd;
      i = afterHi;
    }
    ranges.push(lo, hi);
  }
}

function classMatches(cls: CharClass, cp: number): boolean {
  let inside = false;
  for (let r = 0; r < cls.ranges.length; r += 2) {
    if ((cls.ranges[r] as number) <= cp && cp <= (cls.ranges[r + 1] as number)) {
      inside = true;
      break;
    }
  }
  return inside !== cls.negated;
}

/** A program under construction: the compilers of core and of `.dockerignore` share its ops. */
export class GlobProgramBuilder {
  private readonly ops: GlobOp[] = [];
  private readonly args: number[] = [];
  private readonly classes: CharClass[] = [];

  constructor(private readonly classMatchesSlash = false) {}

  get length(): number {
    return this.ops.length;
  }

  private push(op: GlobOp, arg = 0): void {
    this.ops.push(op);
    this.args.push(arg);
  }

  /** A literal character. */
  char(cp: number): void {
    this.push(GlobOp.Char, cp);
  }

  /** `?`. */
  any(): void {
    this.push(GlobOp.Any);
  }

  /** `*` (a second star in a row adds nothing). */
  star(): void {
    if (this.ops[this.ops.length - 1] !== GlobOp.Star) this.push(GlobOp.Star);
  }

  /** `**​/` followed by more pattern: zero or more whole directories. */
  dirs(): void {
    this.push(GlobOp.DirsEntry);
    this.push(GlobOp.DirsBody);
  }

  /** `**` matching anything, `/` included. */
  rest(): void {
    this.push(GlobOp.Rest);
  }

  charClass(cls: CharClass): void {
    this.push(GlobOp.Class, this.classes.length);
    this.classes.push(cls);
  }

  build(): GlobProgram {
    return {
      classMatchesSlash: this.classMatchesSlash,
      ops: Uint8Array.from(this.ops),
      args: Int32Array.from(this.args),
      classes: this.classes,
    };
  }
}

/** Compiles one brace-free glob. Throws GlobSyntaxError for a bad class or a trailing `\`. */
function compileProgram(cps: readonly number[]): GlobProgram {
  const builder = new GlobProgramBuilder();
  let i = 0;
  while (i < cps.length) {
    const ch = cps[i] as number;
    i += 1;
    if (ch === 0x2a /* * */) {
      if (cps[i] === 0x2a) {
        const runStart = i - 1;
        while (cps[i] === 0x2a) i += 1;
        const atSegmentStart = runStart === 0 || cps[runStart - 1] === SLASH;
        if (cps[i] === SLASH && atSegmentStart) {
          i += 1;
          if (i >= cps.length) builder.rest();
          else builder.dirs();
        } else {
          builder.rest();
        }
      } else {
        builder.star();
      }
    } else if (ch === 0x3f /* ? */) {
      builder.any();
    } else if (ch === 0x5c /* \ */) {
      const escaped = cps[i];
      if (escaped === undefined) throw new GlobSyntaxError("trailing backslash");
      i += 1;
      builder.char(escaped);
    } else if (ch === 0x5b /* [ */) {
      const [cls, next] = parseClass(cps, i);
      i = next;
      builder.charClass(cls);
    } else {
      builder.char(ch);
    }
  }
  return builder.build();
}

/**
 * The literal text a program starts with and the literal text it ends with (cheap pre-checks
 * before the simulation); "" when it starts or ends with a wildcard.
 */
export function literalAffixes(program: GlobProgram): { prefix: string; suffix: string } {
  const { ops, args } = program;
  let prefixEnd = 0;
  while (prefixEnd < ops.length && ops[prefixEnd] === GlobOp.Char) prefixEnd += 1;
  let suffixStart = ops.length;
  while (suffixStart > prefixEnd && ops[suffixStart - 1] === GlobOp.Char) suffixStart -= 1;
  const literal = (from: number, to: number): string => {
    let text = "";
    for (let i = from; i < to; i++) text += String.fromCodePoint(args[i] as number);
    return text;
  };
  return { prefix: literal(0, prefixEnd), suffix: suffixStart === ops.length ? "" : literal(suffixStart, ops.length) };
}

/**
 * Thompson simulation of a program over a path's code points: no backtracking, O(path × pattern)
 * at worst. One runner is reused for many queries (its state arrays grow to the largest program).
 */
export class GlobRunner {
  private current = new Int32Array(8);
  private next = new Int32Array(8);
  private marks = new Uint32Array(8);
  private generation = 0;
  private nextLength = 0;

  private reserve(size: number): void {
    if (this.marks.length >= size) return;
    this.current = new Int32Array(size);
    this.next = new Int32Array(size);
    this.marks = new Uint32Array(size);
    this.generation = 0;
  }

  private add(program: GlobProgram, state: number): void {
    const { ops } = program;
    let s = state;
    for (;;) {
      if (this.marks[s] === this.generation) return;
      this.marks[s] = this.generation;
      const op = ops[s];
      if (op === GlobOp.DirsEntry) {
        // Not a consuming state: read a directory name (the body), or skip the directories.
        this.add(program, s + 1);
        s += 2;
        continue;
      }
      this.next[this.nextLength++] = s;
      // `*` and `**` may match nothing: the next token is reachable at once.
      if (op === GlobOp.Star || op === GlobOp.Rest) s += 1;
      else return;
    }
  }

  private swap(): number {
    const held = this.current;
    this.current = this.next;
    this.next = held;
    const length = this.nextLength;
    this.nextLength = 0;
    this.generation += 1;
    if (this.generation === 0xffffffff) {
      this.marks.fill(0);
      this.generation = 1;
    }
    return length;
  }

  /**
   * True if the program matches the whole path — or, with `orParent`, one of its parent
   * directories too (`.dockerignore`'s `MatchesOrParentMatches`).
   */
  matches(program: GlobProgram, cps: readonly number[], orParent = false): boolean {
    const accept = program.ops.length;
    this.reserve(accept + 1);
    this.generation += 1;
    this.nextLength = 0;
    this.add(program, 0);
    let length = this.swap();
    for (let j = 0; j <= cps.length; j += 1) {
      const cp = cps[j];
      if (cp === undefined || (orParent && cp === SLASH)) {
        for (let k = 0; k < length; k += 1) if (this.current[k] === accept) return true;
        if (cp === undefined) return false;
      }
      for (let k = 0; k < length; k += 1) {
        const s = this.current[k] as number;
        if (s === accept) continue;
        switch (program.ops[s] as GlobOp) {
          case GlobOp.Char:
            if (cp === program.args[s]) this.add(program, s + 1);
            break;
          case GlobOp.Any:
            if (cp !== SLASH) this.add(program, s + 1);
            break;
          case GlobOp.Class:
            if ((cp !== SLASH || program.classMatchesSlash) && classMatches(program.classes[program.args[s] as number] as CharClass, cp)) this.add(program, s + 1);
            break;
          case GlobOp.Star:
            if (cp !== SLASH) this.add(program, s);
            break;
          case GlobOp.DirsBody:
            this.add(program, cp === SLASH ? s - 1 : s);
            break;
          case GlobOp.Rest:
            this.add(program, s);
            break;
        }
      }
      length = this.swap();
      if (length === 0) return false;
    }
    return false;
  }
}

/** At most this many alternatives come out of one pattern's `{a,b}` groups; beyond, braces are literal. */
export const MAX_BRACE_ALTERNATIVES = 64;

/** `{a,b}` expansion (nested groups allowed), or null when it would exceed the cap or is unbalanced. */
function expandBraces(glob: string, limit: number): string[] | null {
  let open = -1;
  let depth = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === "\\") i++;
    else if (c === "{") {
      if (depth === 0) open = i;
      depth++;
    } else if (c === "}" && depth > 0) {
      depth--;
      if (depth === 0) {
        const body = glob.slice(open + 1, i);
        const parts: string[] = [];
        let partStart = 0;
        let inner = 0;
        for (let k = 0; k < body.length; k++) {
          const b = body[k];
          if (b === "\\") k++;
          else if (b === "{") inner++;
          else if (b === "}") inner--;
          else if (b === "," && inner === 0) {
            parts.push(body.slice(partStart, k));
            partStart = k + 1;
          }
        }
        parts.push(body.slice(partStart));
        if (parts.length < 2) continue;
        const prefix = glob.slice(0, open);
        const rest = glob.slice(i + 1);
        const out: string[] = [];
        for (const part of parts) {
          const expanded = expandBraces(prefix + part + rest, limit - out.length);
          if (expanded === null) return null;
          out.push(...expanded);
          if (out.length > limit) return null;
        }
        return out;
      }
    }
  }
  return [glob];
}

export interface GlobOptions {
  /** Compare case-insensitively (secret-file lists). */
  readonly caseInsensitive?: boolean;
  /** Read `{a,b}` as alternatives (config globs). COPY sources and `.dockerignore` have none. */
  readonly braces?: boolean;
}

export interface GlobMatcher {
  /** True when the glob matches the whole `/`-separated path. */
  test(path: string): boolean;
}

const NEVER: GlobMatcher = { test: () => false };
const runner = new GlobRunner();
const cache = new Map<string, GlobMatcher>();

/**
 * Compiles a glob (memoised). A pattern the syntax rejects (`[z-a`, a trailing `\`) matches
 * nothing, as in Go's `filepath.Match` (which returns an error and no match).
 */
export function compileGlob(glob: string, options: GlobOptions = {}): GlobMatcher {
  const key = `${options.caseInsensitive ? "i" : "-"}${options.braces ? "b" : "-"}${glob}`;
  const held = cache.get(key);
  if (held !== undefined) return held;
  const source = options.caseInsensitive ? glob.toLowerCase() : glob;
  const alternatives = options.braces ? (expandBraces(source, MAX_BRACE_ALTERNATIVES) ?? [source]) : [source];
  let matcher: GlobMatcher;
  try {
    const programs = alternatives.map((alternative) => compileProgram(codePoints(alternative)));
    matcher = {
      test(path: string): boolean {
        const cps = codePoints(options.caseInsensitive ? path.toLowerCase() : path);
        return programs.some((program) => runner.matches(program, cps));
      },
    };
  } catch (error) {
    if (!(error instanceof GlobSyntaxError)) throw error;
    matcher = NEVER;
  }
  if (cache.size >= 1024) cache.clear();
  cache.set(key, matcher);
  return matcher;
}
