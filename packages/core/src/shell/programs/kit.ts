/**
 * What the program modules share: the flows of text through a script, getopt-style argument
 * parsing, path resolution of option values, and the call a program's knowledge is asked with.
 */
import { resolvePath, resolveWordPath } from "../paths.js";
import { dialectOf, type OpenVarRef, SCAN_HEREDOC, scanRefs } from "../scan.js";
import type { PathContext, Redirect, SimpleCommand, Word, WriteVia } from "../types.js";

/** What a command reads or prints, as far as it is known. */
export interface Flow {
  readonly text: string;
  readonly vars: readonly string[];
  /** Files whose content flows along (`cat a`, `< a`). */
  readonly sources: readonly string[];
  /** `text` is exactly the content: no variables, substitutions or unknown input. */
  readonly literal: boolean;
}

export const UNKNOWN: Flow = { text: "", vars: [], sources: [], literal: false };

export interface OptionValue {
  readonly text: string;
  readonly word: Word;
  /** `text` is the whole word (`-o f`), not a part of it (`-of`, `--output=f`). */
  readonly whole: boolean;
}

export interface ParsedArgs {
  readonly operands: readonly Word[];
  /** Short option letters and long option names present. */
  readonly flags: ReadonlySet<string>;
  readonly values: ReadonlyMap<string, OptionValue>;
}

/** getopt-style arguments: bundled short options, `--long[=value]`, `--` ends options. */
export function parseArgs(args: readonly Word[], shortValued: string, longValued: readonly string[]): ParsedArgs {
  const operands: Word[] = [];
  const flags = new Set<string>();
  const values = new Map<string, OptionValue>();
  let options = true;
  for (let i = 0; i < args.length; i++) {
    const word = args[i]!;
    const value = word.value;
    if (!options || value === "-" || !value.startsWith("-")) {
      operands.push(word);
      continue;
    }
    if (value === "--") {
      options = false;
      continue;
    }
    if (value.startsWith("--")) {
      const eq = value.indexOf("=");
      const name = eq < 0 ? value.slice(2) : value.slice(2, eq);
      flags.add(name);
      if (eq >= 0) values.set(name, { text: value.slice(eq + 1), word, whole: false });
      else if (longValued.includes(name) && i + 1 < args.length) {
        const next = args[++i]!;
        values.set(name, { text: next.value, word: next, whole: true });
      }
      continue;
    }
    for (let k = 1; k < value.length; k++) {
      const letter = value[k]!;
      flags.add(letter);
      if (!shortValued.includes(letter)) continue;
      if (k + 1 < value.length) values.set(letter, { text: value.slice(k + 1), word, whole: false });
      else if (i + 1 < args.length) {
        const next = args[++i]!;
        values.set(letter, { text: next.value, word: next, whole: true });
      }
      break;
    }
  }
  return { operands, flags, values };
}

export function resolveOption(option: OptionValue, ctx: PathContext): string | null {
  if (option.whole) return resolveWordPath(option.word, ctx);
  const { word, text } = option;
  if (word.hasSubstitution || (word.vars.length === 0 && text.includes("$"))) return null;
  return resolvePath(text, ctx);
}

/** The variables the words reference, then `also`, each once. */
export function varNames(words: readonly Word[], also: readonly string[] = []): string[] {
  const names = new Set<string>();
  for (const word of words) for (const ref of word.vars) names.add(ref.name);
  for (const name of also) names.add(name);
  return [...names];
}

export function isLiteral(word: Word): boolean {
  return word.vars.length === 0 && !word.hasSubstitution;
}

export function wordsFlow(words: readonly Word[], text = words.map((w) => w.value).join(" ")): Flow {
  return { text, vars: varNames(words), sources: [], literal: words.every(isLiteral) };
}

export function heredocFlow(redirect: Redirect): Flow {
  const body = redirect.heredocBody ?? "";
  if (redirect.target.quoted) return { text: body, vars: [], sources: [], literal: true };
  const refs: OpenVarRef[] = [];
  scanRefs(body, 0, body.length, SCAN_HEREDOC, dialectOf(undefined), refs);
  const vars = [...new Set(refs.map((ref) => ref.name))];
  return { text: body, vars, sources: [], literal: vars.length === 0 && !body.includes("$(") && !body.includes("`") };
}

/** URLs with userinfo (`https://user:pass@host`, `https://$TOKEN@host`). */
export function hasUserinfo(value: string): boolean {
  const scheme = value.indexOf("://");
  if (scheme < 0) return false;
  for (let i = scheme + 3; i < value.length; i++) {
    const c = value[i];
    if (c === "@") return i > scheme + 3;
    if (c === "/") return false;
  }
  return false;
}

/** Index of a git/docker/aws subcommand, skipping the global options (`valued` take a value). */
export function subcommandIndex(args: readonly Word[], valued: readonly string[]): number {
  for (let i = 0; i < args.length; i++) {
    const value = args[i]!.value;
    if (!value.startsWith("-")) return i;
    if (valued.includes(value)) i++;
  }
  return -1;
}

export function isDevice(path: string): boolean {
  return path === "/dev" || path.startsWith("/dev/") || path.startsWith("/proc/");
}

/** `key=value` or `key value` pairs after `set`, with the words that spell them. */
export function settings(operands: readonly Word[]): { key: string; value: string; words: Word[] }[] {
  const out: { key: string; value: string; words: Word[] }[] = [];
  for (let i = 0; i < operands.length; i++) {
    const word = operands[i]!;
    const eq = word.value.indexOf("=");
    if (eq > 0) out.push({ key: word.value.slice(0, eq), value: word.value.slice(eq + 1), words: [word] });
    else {
      const value = operands[i + 1];
      out.push({ key: word.value, value: value?.value ?? "", words: value ? [word, value] : [word] });
      i++;
    }
  }
  return out;
}

export function settingsFlow(pairs: readonly { key: string; value: string; words: Word[] }[], separator: string): Flow {
  const words = pairs.flatMap((pair) => pair.words);
  return wordsFlow(words, pairs.map((pair) => `${pair.key}${separator}${pair.value}`).join("\n"));
}

/** Files read by the substitutions inside command `index` (`echo "$(cat /run/secrets/t)"`). */
export function substitutedSources(commands: readonly SimpleCommand[], index: number, flows: readonly Flow[]): string[] {
  const cmd = commands[index]!;
  const sources: string[] = [];
  // Inner commands are stored just before the command that holds them.
  for (let j = index - 1; j >= 0 && commands[j]!.start >= cmd.start; j--) {
    if (commands[j]!.end <= cmd.end) sources.push(...flows[j]!.sources);
  }
  return sources;
}


/** Records a file the command writes: its path (null: not known), how, what flows into it, where it is named. */
export type Write = (path: string | null, via: WriteVia, flow: Flow, at: { readonly start: number; readonly end: number }) => void;

/** One command of a script, as a program's knowledge is asked about it. */
export interface ProgramCall {
  readonly cmd: SimpleCommand;
  /** The words after the program's name (wrappers such as `sudo` removed). */
  readonly args: readonly Word[];
  /** What it reads on stdin. */
  readonly input: Flow;
  readonly ctx: PathContext;
  /** The script's commands, this one's index, and the flows of the commands before it. */
  readonly commands: readonly SimpleCommand[];
  readonly index: number;
  readonly flows: readonly Flow[];
  /** The working directory and home, resolved. */
  readonly workdir: string | null;
  readonly home: string | null;
  readonly write: Write;
  /** Records a file the command deletes (`recursive`: everything under it too). */
  readonly remove: (word: Word, recursive: boolean) => void;
  /** The git URLs with credentials anywhere in the script (what `credential.helper store` stores). */
  readonly gitCredentialUrls: () => Word[];
}

/** A word of a command line as the value detectors read raw text: its value and each character's offset. */
export interface CommandWord {
  readonly start: number;
  readonly value: string;
  readonly offsets: readonly number[];
}

/** Where a program's credential options are reported: the part of `word` from `from` on (the detector keeps only literals). */
export interface CredentialSink {
  value(kind: string, word: CommandWord | undefined, from: number): void;
}

/** `-pVALUE`: a password attached to its option. */
export const ATTACHED_PASSWORD = /^-p(.+)$/;

/**
 * What layerlint knows of a program, in one place: the text it prints (what a redirect or `tee`
 * writes), the files it writes and deletes, and whether it passes what it reads through unchanged
 * (a mounted secret it reads lands in the file it writes), and the options of its command line
 * that carry a credential (what the value detectors report in any text: RUN, comments, CMD).
 */
export interface Program {
  readonly names: readonly string[];
  readonly output?: (call: ProgramCall) => Flow;
  readonly effects?: (call: ProgramCall) => void;
  readonly passesThrough?: boolean;
  readonly credentials?: (words: readonly CommandWord[], sink: CredentialSink) => void;
}
