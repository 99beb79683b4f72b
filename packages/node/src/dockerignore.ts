/**
 * `.dockerignore` matching with the semantics BuildKit applies when it sends a build context:
 * moby's `ignorefile.ReadAll` (line handling), `patternmatcher` (pattern syntax,
 * `MatchesOrParentMatches`) and fsutil's walker (which excluded directories it still descends).
 *
 * Why not `@balena/dockerignore@1.0.2`: it reproduces Docker's documented examples only with
 * `{ ignorecase: false }` (its default is case-insensitive, Docker is not), and it is a port of
 * moby 19.03, before moby fixed its regexp escaping. It escapes only `.` and `$`, so `a+b` does
 * not match the file `a+b` and a pattern such as `logs (old)` throws "Unterminated group"; its
 * backtracking RegExps stall on patterns like `*a*a*a*a*a*a*a*a*a*a*a*b` (1.6 s on a 30-character
 * path, doubling with each character); it accepts a lone `!`, ignores the UTF-8 BOM, does not
 * reproduce moby's `**name` suffix match, and cannot say whether an exception may re-include
 * something under an excluded directory. So each pattern is compiled once here, like moby's
 * `patternmatcher`, but into a small automaton run without backtracking (time linear in the path
 * for a given pattern) instead of a RegExp.
 *
 * Known divergences from moby, all on patterns nobody writes on purpose: `*` and `?` inside a
 * character class are plain characters (`[*]`), `\d`-style escapes are the literal letter (Go's
 * regexp would read a class), and BuildKit's walker can skip an inclusion pattern that it already
 * saw match a parent directory (`a`, `!a/b`, `a` re-includes `a/b` there); here the last
 * matching line always wins, as Docker documents.
 */

import { codePoints, GlobProgramBuilder, GlobRunner, GlobSyntaxError, literalAffixes, normalizePath, parseClass, type GlobProgram } from "@layerlint/core";

/** Lines beyond this count are ignored (with a warning); real files have a few hundred. */
export const MAX_IGNORE_PATTERNS = 10_000;
/**
 * Longer lines are ignored (with a warning): Linux paths are at most 4,096 bytes (PATH_MAX), and
 * Docker itself rejects lines over 64 KiB ("token too long").
 */
export const MAX_IGNORE_PATTERN_LENGTH = 4_096;

export interface IgnoreMatcher {
  /** True if Docker would not send the context-relative, `/`-separated `path`. */
  isExcluded(path: string): boolean;
  /** True if some exception pattern could re-include something under dir. */
  mayReincludeUnder(dir: string): boolean;
  /** Lines that were skipped: invalid patterns (Docker rejects the file) or lines over the caps. */
  readonly warnings: readonly string[];
}

const SLASH = 0x2f;
const BOM = "\uFEFF";
/** Characters moby escapes before building its RegExp: they are literal in a pattern. */
const GLOB_CHARS_FOR_WALK = /[*[\]?^\\]/;

/** Everything but a plain literal, which is looked up in a map instead. */
type Matcher =
  | { readonly kind: "prefix"; readonly text: string }
  | { readonly kind: "suffix"; readonly text: string }
  | { readonly kind: "program"; readonly program: GlobProgram; readonly literalPrefix: string; readonly literalSuffix: string };

type Compiled = { readonly kind: "exact"; readonly text: string } | Matcher;

interface Rule {
  readonly index: number;
  readonly exception: boolean;
  /** The cleaned pattern without `!`, as moby's `Pattern.String()`. */
  readonly pattern: string;
  readonly compiled: Compiled;
}

/** moby `ignorefile.ReadAll` for one line: null when the line holds no pattern. */
function readLine(line: string): string | null {
  // Only a `#` in the first column starts a comment; Docker checks before trimming.
  if (line.startsWith("#")) return null;
  let pattern = line.trim();
  if (pattern === "") return null;
  const invert = pattern.startsWith("!");
  if (invert) pattern = pattern.slice(1).trim();
  if (pattern.length > 0) {
    pattern = normalizePath(pattern);
    if (pattern.length > 1 && pattern.startsWith("/")) pattern = pattern.slice(1);
  }
  return invert ? `!${pattern}` : pattern;
}

/** moby `Pattern.compile`: same match types, a linear-time glob program (core) instead of a RegExp. */
function compilePattern(pattern: string): Compiled {
  const cps = codePoints(pattern);
  const builder = new GlobProgramBuilder(true);
  let type: "exact" | "prefix" | "suffix" | "program" = "exact";
  let i = 0;
  let step = 0;
  while (i < cps.length) {
    const ch = cps[i] as number;
    i += 1;
    if (ch === 0x2a /* * */) {
      if (cps[i] === 0x2a) {
        i += 1;
        if (cps[i] === SLASH) i += 1;
        if (i >= cps.length) {
          builder.rest();
          type = type === "exact" ? "prefix" : "program";
        } else {
          builder.dirs();
          type = "program";
        }
        if (step === 0) type = "suffix";
      } else {
        builder.star();
        type = "program";
      }
    } else if (ch === 0x3f /* ? */) {
      builder.any();
      type = "program";
    } else if (ch === 0x5c /* \ */) {
      const escaped = cps[i];
      // Go's filepath.Match (which moby runs first) rejects a trailing backslash.
      if (escaped === undefined) throw new GlobSyntaxError("trailing backslash");
      i += 1;
      builder.char(escaped);
      type = "program";
    } else if (ch === 0x5b /* [ */) {
      const [cls, next] = parseClass(cps, i, false);
      i = next;
      builder.charClass(cls);
      type = "program";
    } else {
      builder.char(ch);
      if (ch === 0x5d /* ] */) type = "program";
    }
    step += 1;
  }
  if (type === "exact") return { kind: "exact", text: pattern };
  if (type === "prefix") return { kind: "prefix", text: pattern.slice(0, -2) };
  if (type === "suffix") return { kind: "suffix", text: pattern.slice(2) };
  const program = builder.build();
  const { prefix, suffix } = literalAffixes(program);
  return { kind: "program", program, literalPrefix: prefix, literalSuffix: suffix };
}

/** A path prepared once per query. */
class Subject {
  /** End offsets (UTF-16) of every parent directory, shortest first, then of the path itself. */
  readonly ends: readonly number[];
  private cachedCodePoints: readonly number[] | undefined;

  constructor(readonly text: string) {
    const ends: number[] = [];
    for (let i = text.indexOf("/"); i !== -1; i = text.indexOf("/", i + 1)) ends.push(i);
    ends.push(text.length);
    this.ends = ends;
  }

  get codePoints(): readonly number[] {
    this.cachedCodePoints ??= codePoints(this.text);
    return this.cachedCodePoints;
  }
}

/** Context-relative, `/`-separated, cleaned; null for the context root itself. */
function subjectOf(path: string): Subject | null {
  let text = normalizePath(path);
  while (text.startsWith("/")) text = text.slice(1);
  if (text === "." || text === "") return null;
  return new Subject(text);
}

function matches(compiled: Matcher, subject: Subject, runner: GlobRunner): boolean {
  const { text, ends } = subject;
  switch (compiled.kind) {
    case "prefix":
      return text.startsWith(compiled.text);
    case "suffix": {
      const suffix = compiled.text;
      // moby's fast path: `**/foo` matches `foo`, `x/foo`; `**foo` also matches `xfoo`.
      return ends.some(
        (end) =>
          (end >= suffix.length && text.startsWith(suffix, end - suffix.length)) ||
          (suffix.startsWith("/") && end === suffix.length - 1 && text.startsWith(suffix.slice(1))),
      );
    }
    case "program": {
      const { program } = compiled;
      if (!text.startsWith(compiled.literalPrefix)) return false;
      const suffix = compiled.literalSuffix;
      if (suffix !== "" && !ends.some((end) => end >= suffix.length && text.startsWith(suffix, end - suffix.length))) {
        return false;
      }
      return runner.matches(program, subject.codePoints, true);
    }
  }
}

function patternWithoutTrailingGlob(pattern: string): string {
  let out = pattern;
  if (out.endsWith("/**")) out = out.slice(0, -3);
  if (out.endsWith("/*")) out = out.slice(0, -2);
  return out;
}

/** Compiles the text of a `.dockerignore` file once; queries are then cheap. */
export function compileDockerignore(text: string): IgnoreMatcher {
  const warnings: string[] = [];
  const rules: Rule[] = [];
  const lines = text.split("\n");
  for (let lineIndex = 0; lineIndex < lines.length; lineIndex += 1) {
    let line = lines[lineIndex] as string;
    if (line.endsWith("\r")) line = line.slice(0, -1);
    if (lineIndex === 0 && line.startsWith(BOM)) line = line.slice(1);
    const lineNumber = lineIndex + 1;
    if (line.length > MAX_IGNORE_PATTERN_LENGTH) {
      warnings.push(
        `Line ${lineNumber} is longer than ${MAX_IGNORE_PATTERN_LENGTH} characters and was ignored.`,
      );
      continue;
    }
    const read = readLine(line);
    if (read === null) continue;
    if (rules.length >= MAX_IGNORE_PATTERNS) {
      warnings.push(
        `Only the first ${MAX_IGNORE_PATTERNS} patterns are used; line ${lineNumber} and later were ignored.`,
      );
      break;
    }
    // moby `patternmatcher.New`.
    let pattern = normalizePath(read.trim());
    const exception = pattern.startsWith("!");
    if (exception) {
      if (pattern.length === 1) {
        warnings.push(`Line ${lineNumber}: a lone "!" is not a pattern (Docker rejects this file).`);
        continue;
      }
      pattern = pattern.slice(1);
    }
    try {
      rules.push({ index: rules.length, exception, pattern, compiled: compilePattern(pattern) });
    } catch (error) {
      if (!(error instanceof GlobSyntaxError)) throw error;
      warnings.push(
        // The line is not quoted: an ignore file is repository content (a pasted URL with a
        // password, terminal escapes), and the line number is enough to find it.
        `Line ${lineNumber}: invalid pattern (${error.message}); Docker rejects this file.`,
      );
    }
  }

  const exactIndexes = new Map<string, number>();
  // No exact pattern is longer than this: deeper prefixes of a path need no lookup (a path 2,500
  // directories deep would otherwise cost 2,500 slices per query).
  let longestExact = 0;
  const otherRules: { readonly index: number; readonly matcher: Matcher }[] = [];
  for (const rule of rules) {
    if (rule.compiled.kind === "exact") {
      exactIndexes.set(rule.compiled.text, rule.index);
      longestExact = Math.max(longestExact, rule.compiled.text.length);
    } else otherRules.push({ index: rule.index, matcher: rule.compiled });
  }
  const exceptions = rules.filter((rule) => rule.exception);
  const exceptionsMayMatchAnywhere = exceptions.some((rule) =>
    GLOB_CHARS_FOR_WALK.test(patternWithoutTrailingGlob(rule.pattern)),
  );
  const runner = new GlobRunner();

  return {
    warnings,
    isExcluded(path: string): boolean {
      const subject = subjectOf(path);
      if (subject === null) return false;
      // The last matching line decides: find the highest-numbered rule that matches.
      let decided = -1;
      for (const end of subject.ends) {
        if (end > longestExact) break;
        const index = exactIndexes.get(subject.text.slice(0, end));
        if (index !== undefined && index > decided) decided = index;
      }
      for (let k = otherRules.length - 1; k >= 0; k -= 1) {
        const rule = otherRules[k] as (typeof otherRules)[number];
        if (rule.index < decided) break;
        if (matches(rule.matcher, subject, runner)) {
          decided = rule.index;
          break;
        }
      }
      return decided >= 0 && !(rules[decided] as Rule).exception;
    },
    mayReincludeUnder(dir: string): boolean {
      if (exceptions.length === 0) return false;
      // BuildKit (fsutil) walks every excluded directory once an exception holds a wildcard.
      if (exceptionsMayMatchAnywhere) return true;
      const subject = subjectOf(dir);
      if (subject === null) return true;
      const dirSlash = `${subject.text}/`;
      return exceptions.some((rule) => `${patternWithoutTrailingGlob(rule.pattern)}/`.startsWith(dirSlash));
    },
  };
}
