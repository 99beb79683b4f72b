/** The RUN command model (docs/spec.md §4): plain, readonly data produced by `parseShell` and `fileEffects`. */

export type ShellDialect = "posix" | "powershell" | "cmd";

export interface ShellOptions {
  /** The Dockerfile `# escape=` character: with it, escape-newline continues a line. */
  readonly escapeChar?: "\\" | "`";
  /** The shell that runs the script (`SHELL [...]`); decides quoting and the variable syntaxes. */
  readonly shell?: ShellDialect;
}

/**
 * A textual variable use. Offsets are in the scanned script and cover `$X`, the whole `${…}`,
 * PowerShell `$env:X` and cmd `%X%`. Positional and special parameters (`$1`, `$@`, `$?`) are not refs.
 */
export interface VarRef {
  readonly name: string;
  readonly start: number;
  readonly end: number;
}

export interface Word {
  /** The source text of the word. */
  readonly raw: string;
  /** Quotes and escapes removed; variable references and substitutions kept as written. */
  readonly value: string;
  readonly start: number;
  readonly end: number;
  readonly vars: readonly VarRef[];
  /** Any part was quoted or escaped. */
  readonly quoted: boolean;
  /** Contains `$(…)`, `` `…` `` or a process substitution. */
  readonly hasSubstitution: boolean;
}

export type RedirectOp =
  | ">"
  | ">>"
  | "<"
  | "<<"
  | "<<-"
  | "<<<"
  | ">&"
  | "<&"
  | "&>"
  | "&>>"
  | ">|"
  | "<>";

export interface Redirect {
  readonly op: RedirectOp;
  /** The explicit file descriptor (`2>`), absent when none was written. */
  readonly fd?: number;
  /** The file, the fd (`>&2`), the here-string or the heredoc delimiter. */
  readonly target: Word;
  /** `<<`/`<<-` only: the body (tabs stripped for `<<-`); its refs are in `ShellScript.vars` unless the delimiter is quoted. */
  readonly heredocBody?: string;
}

export interface Assignment {
  readonly name: string;
  readonly value: Word;
  readonly start: number;
  readonly end: number;
}

export interface SimpleCommand {
  /** Leading `NAME=value` words. */
  readonly assignments: readonly Assignment[];
  /** The argv as written (wrappers such as `sudo` included; see `programOf`). */
  readonly words: readonly Word[];
  readonly redirects: readonly Redirect[];
  readonly start: number;
  readonly end: number;
  /** Index (in `ShellScript.commands`) of the command whose stdout is piped into this one. */
  readonly pipedFrom?: number;
}

export interface ShellScript {
  /**
   * Every simple command, compound commands flattened. A command substitution's inner commands
   * come before the command that holds it (they run first), so `pipedFrom` always points backwards.
   */
  readonly commands: readonly SimpleCommand[];
  /** Every variable reference of the script in source order, heredoc bodies included. */
  readonly vars: readonly VarRef[];
  /** Set when the script has more than MAX_SHELL_COMMANDS commands: the offset where reading stopped. */
  readonly truncatedAt?: number;
}

export interface PathContext {
  /** The absolute working directory relative paths resolve against. */
  readonly workdir: string;
  /** What `~`, `$HOME` and `${HOME}` expand to. */
  readonly home: string;
  /** The value of a variable when it is known. */
  readonly resolveVar: (name: string) => string | undefined;
}

export type WriteVia =
  | "redirect"
  | "heredoc"
  | "tee"
  | "cp"
  | "mv"
  | "install"
  | "touch"
  | "curl"
  | "wget"
  | "npm config"
  | "yarn config"
  | "docker login"
  | "aws configure"
  | "git config"
  | "git credential store";

export interface FileWrite {
  /** Absolute, normalised POSIX path. */
  readonly path: string;
  /** Index of the writing command in `ShellScript.commands`. */
  readonly command: number;
  readonly via: WriteVia;
  /**
   * The exact text written, present only when it is wholly literal (no variables, substitutions
   * or unknown input); `echo`'s trailing newline is not included.
   */
  readonly content?: string;
  /** Names of the variables referenced by what flows into the file. */
  readonly contentVars: readonly string[];
  /** What flows into the file as far as it is known (empty when unknown). */
  readonly contentText: string;
  /** The word naming the file, or the whole command when no word does (`npm config set`). */
  readonly start: number;
  readonly end: number;
}

export interface FileDelete {
  readonly path: string;
  /** Everything under `path` is gone too (`rm -r`, the source of `mv`). */
  readonly recursive: boolean;
  readonly command: number;
  readonly start: number;
  readonly end: number;
}

/** Content copied from one file into another (`cp`, `mv`, `install`, `cat src > dst`, `cat src | tee dst`). */
export interface FileCopy {
  readonly from: string;
  readonly to: string;
  readonly command: number;
}

export interface FileEffects {
  readonly writes: readonly FileWrite[];
  readonly deletes: readonly FileDelete[];
  readonly copies: readonly FileCopy[];
}
