/** What a simple command runs: wrappers such as `sudo` and `env` seen through, `-c` scripts found. */
import type { SimpleCommand, Word } from "./types.js";

interface Wrapper {
  /** Short options that take a value (`-u user`). */
  readonly valued: string;
  /** Long options that take a value as the next word (`--user user`). */
  readonly longValued: readonly string[];
  /** Positional words before the wrapped program (`timeout 10 cmd`, `gosu user cmd`). */
  readonly positionals: number;
  /** Options after which the wrapper runs nothing (`command -v x`). */
  readonly noRun: string;
}

const wrapper = (valued: string, longValued: readonly string[] = [], positionals = 0, noRun = ""): Wrapper => ({
  valued,
  longValued,
  positionals,
  noRun,
});

const WRAPPERS: ReadonlyMap<string, Wrapper> = new Map([
  ["sudo", wrapper("ugCDhprtUT", ["user", "group", "chdir", "host", "prompt", "role", "type", "other-user", "close-from", "command-timeout"], 0, "lLvVkK")],
  ["doas", wrapper("uC")],
  ["env", wrapper("uCS", ["unset", "chdir", "split-string"])],
  ["exec", wrapper("a")],
  ["command", wrapper("", [], 0, "vV")],
  ["builtin", wrapper("")],
  ["time", wrapper("fo", ["format", "output"])],
  ["nice", wrapper("n", ["adjustment"])],
  ["nohup", wrapper("")],
  ["stdbuf", wrapper("ioe", ["input", "output", "error"])],
  ["ionice", wrapper("cnp", ["class", "classdata", "pid"])],
  ["timeout", wrapper("sk", ["signal", "kill-after"], 1)],
  ["gosu", wrapper("", [], 1)],
  ["su-exec", wrapper("", [], 1)],
]);

export function basenameOf(program: string): string {
  const slash = program.lastIndexOf("/");
  return slash < 0 ? program : program.slice(slash + 1);
}

const ASSIGNMENT_WORD = /^[A-Za-z_][A-Za-z0-9_]*=/;

/**
 * Index of the first word after the options (and positionals) of the wrapper at `index`;
 * -1 when the wrapper runs no program here (`command -v x`, `env -S …`, nothing follows).
 */
function skipWrapper(words: readonly Word[], index: number, spec: Wrapper, isEnv: boolean): number {
  let at = index + 1;
  while (at < words.length) {
    const value = words[at]!.value;
    if (value === "--") {
      at++;
      break;
    }
    if (!value.startsWith("-") || value === "-") break;
    if (value.startsWith("--")) {
      const name = value.slice(2).split("=", 1)[0]!;
      if (isEnv && name === "split-string") return -1;
      at += !value.includes("=") && spec.longValued.includes(name) ? 2 : 1;
      continue;
    }
    let skipNext = false;
    for (let i = 1; i < value.length; i++) {
      const letter = value[i]!;
      if (spec.noRun.includes(letter)) return -1;
      if (isEnv && letter === "S") return -1;
      if (spec.valued.includes(letter)) {
        skipNext = i === value.length - 1;
        break;
      }
    }
    at += skipNext ? 2 : 1;
  }
  if (isEnv) while (at < words.length && ASSIGNMENT_WORD.test(words[at]!.value)) at++;
  at += spec.positionals;
  return at < words.length ? at : -1;
}

/**
 * The program a command runs and its arguments, seeing through `sudo [-u x]`, `env [A=b…]`,
 * `exec`, `command`, `time`, `nice`, `nohup`, `timeout`, `gosu`… (not `xargs`). The name is the
 * basename of the program word's value (`/usr/bin/curl` → `curl`); "" for a command without words.
 */
export function programOf(cmd: SimpleCommand): { name: string; args: readonly Word[] } {
  const words = cmd.words;
  if (words.length === 0) return { name: "", args: [] };
  let index = 0;
  for (;;) {
    const name = basenameOf(words[index]!.value);
    const spec = WRAPPERS.get(name);
    const next = spec ? skipWrapper(words, index, spec, name === "env") : -1;
    if (next < 0) return { name, args: words.slice(index + 1) };
    index = next;
  }
}

const POSIX_SHELLS = new Set(["sh", "bash", "dash", "ash", "zsh", "ksh", "mksh"]);

/** Where `word`'s value starts in the script, when the value is a verbatim slice of it; else -1. */
function verbatimOffset(word: Word): number {
  if (word.raw === word.value) return word.start;
  const quote = word.raw[0];
  if (
    (quote === "'" || quote === '"') &&
    word.raw.length === word.value.length + 2 &&
    word.raw.endsWith(quote) &&
    word.raw.slice(1, -1) === word.value
  ) {
    return word.start + 1;
  }
  return -1;
}

/**
 * The scripts a command hands to a POSIX shell with `-c` (`bash -c "…"`, `sudo sh -ec '…'`,
 * `busybox sh -c …`). `offset` is where the script starts in the outer script when the word is a
 * verbatim (plain or simply quoted) string, else -1. Parse `script` with `parseShell`.
 */
export function innerScripts(cmd: SimpleCommand): { script: string; offset: number }[] {
  let { name, args } = programOf(cmd);
  if (name === "busybox" && args.length > 0) {
    name = basenameOf(args[0]!.value);
    args = args.slice(1);
  }
  if (!POSIX_SHELLS.has(name)) return [];
  let command = false;
  let at = 0;
  for (; at < args.length; at++) {
    const value = args[at]!.value;
    if (value === "--" || value === "-") {
      at++;
      break;
    }
    if (value.startsWith("--")) {
      if (value === "--rcfile" || value === "--init-file") at++;
      continue;
    }
    if (value.length < 2 || (value[0] !== "-" && value[0] !== "+")) break;
    if (value.includes("c")) command = true;
    if (value.includes("o") || value.includes("O")) at++;
  }
  const script = args[at];
  if (!command || !script) return [];
  return [{ script: script.value, offset: verbatimOffset(script) }];
}
