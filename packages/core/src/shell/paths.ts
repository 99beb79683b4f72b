/** Resolving the paths a RUN script names to absolute image paths (docs/spec.md §4). */
import { normalizePath } from "../model/paths.js";
import { isNameChar, isNameStart } from "./scan.js";
import type { PathContext, Word } from "./types.js";

/**
 * Linux's PATH_MAX: a longer "path" (`"$A$A$A…"` with long values) names no file, and building it
 * would cost memory proportional to the expansion instead of the text.
 */
export const MAX_PATH_LENGTH = 4096;

/** Globs, brace expansion, Windows paths and control characters: not a path we can name. */
const UNRESOLVABLE = /[*?[{}\\\0\n\r`]|^[A-Za-z]:/;

function homeOf(ctx: PathContext): string {
  return ctx.resolveVar("HOME") ?? ctx.home;
}

function valueOf(name: string, ctx: PathContext): string | undefined {
  if (name === "HOME") return homeOf(ctx);
  if (name === "PWD") return ctx.workdir;
  return ctx.resolveVar(name);
}

/** Replaces `$NAME` and `${NAME}` with known values; null when one is unknown or not that simple. */
function expandVariables(path: string, ctx: PathContext): string | null {
  let out = "";
  let run = 0;
  let at = path.indexOf("$");
  while (at >= 0) {
    let nameStart = at + 1;
    const braced = path.charCodeAt(nameStart) === 123; /* { */
    if (braced) nameStart++;
    if (!isNameStart(path.charCodeAt(nameStart))) return null;
    let nameEnd = nameStart + 1;
    while (nameEnd < path.length && isNameChar(path.charCodeAt(nameEnd))) nameEnd++;
    if (braced && path.charCodeAt(nameEnd) !== 125 /* } */) return null;
    const value = valueOf(path.slice(nameStart, nameEnd), ctx);
    if (value === undefined) return null;
    out += path.slice(run, at) + value;
    if (out.length > MAX_PATH_LENGTH) return null;
    run = braced ? nameEnd + 1 : nameEnd;
    at = path.indexOf("$", run);
  }
  return out + path.slice(run);
}

/**
 * The absolute, normalised POSIX path `p` names: `~` and `$HOME` expand to the home directory,
 * known variables to their values, relative paths resolve against the working directory. Null
 * when a variable is unknown or a glob, brace expansion or Windows path remains.
 */
export function resolvePath(p: string, ctx: PathContext): string | null {
  if (p === "") return null;
  let path = p;
  if (path.startsWith("~")) {
    if (path.length > 1 && path[1] !== "/") return null;
    path = homeOf(ctx) + path.slice(1);
  }
  if (path.includes("$")) {
    const expanded = expandVariables(path, ctx);
    if (expanded === null) return null;
    path = expanded;
  }
  if (path === "" || path.length > MAX_PATH_LENGTH || UNRESOLVABLE.test(path)) return null;
  if (path.startsWith("/")) return normalizePath(path);
  const workdir = ctx.workdir.startsWith("/") ? ctx.workdir : `/${ctx.workdir}`;
  return normalizePath(`${workdir}/${path}`);
}

/** `resolvePath` for a shell word: substitutions and escaped `$` are unresolvable, a quoted `~` is literal. */
export function resolveWordPath(word: Word, ctx: PathContext): string | null {
  if (word.hasSubstitution) return null;
  let value = word.value;
  if (word.vars.length === 0 && value.includes("$")) return null;
  if (value.startsWith("~") && !word.raw.startsWith("~")) value = `./${value}`;
  return resolvePath(value, ctx);
}
