import { readdirSync, statSync } from "node:fs";
import type { Dirent } from "node:fs";
import { basename, isAbsolute, join, relative, resolve, sep } from "node:path";
import { compileGlob } from "@layerlint/core";

/** Directories a directory argument never descends into. */
const SKIPPED_DIRECTORIES = new Set(["node_modules", ".git"]);

/**
 * `Dockerfile`, `Dockerfile.*`, `*.Dockerfile`, `*.dockerfile`, `Containerfile`,
 * `Containerfile.*` (case-sensitive, the `*` non-empty) — never `*.dockerignore`.
 */
export function isDockerfileName(basename: string): boolean {
  if (basename.endsWith(".dockerignore")) return false;
  if (basename === "Dockerfile" || basename === "Containerfile") return true;
  // `s`: a name may hold a line break (it is escaped wherever it is printed), and `.` must match it.
  if (/^(?:Dockerfile|Containerfile)\../s.test(basename)) return true;
  return /.\.(?:Dockerfile|dockerfile)$/s.test(basename);
}

export interface ExpandPathsOptions {
  /** Relative arguments are resolved against it. */
  readonly cwd: string;
  /**
   * Globs (gitignore-ish) for directory expansion: each is matched against the path relative to
   * `ignoreBase` and against the basename; a later `!pattern` re-includes; a matched directory is
   * not entered. Explicit file arguments are never filtered.
   */
  readonly ignorePatterns?: readonly string[];
  /** Default: `cwd`. */
  readonly ignoreBase?: string;
}

export interface ExpandPathsResult {
  /** Absolute paths, sorted, without duplicates. */
  readonly files: string[];
  /** One per argument that was missing or held no Dockerfile, in argument order. */
  readonly errors: { path: string; message: string; kind?: "unmatched" }[];
}

export type IgnoreTest = (absolutePath: string) => boolean;

function toSlash(path: string): string {
  return sep === "/" ? path : path.split(sep).join("/");
}

export function compileIgnorePatterns(patterns: readonly string[], base: string): IgnoreTest {
  const rules = patterns
    .map((raw) => raw.trim())
    .filter((raw) => raw !== "" && !raw.startsWith("#"))
    .map((raw) => {
      const negated = raw.startsWith("!");
      const glob = (negated ? raw.slice(1) : raw).replace(/^\.\//, "").replace(/\/+$/, "");
      const matcher = compileGlob(glob, { braces: true });
      return { negated, test: (path: string) => matcher.test(path) };
    });
  if (rules.length === 0) return () => false;
  return (absolutePath) => {
    const rel = toSlash(relative(base, absolutePath));
    const inside = rel !== "" && !rel.startsWith("../") && rel !== ".." && !isAbsolute(rel);
    const name = basename(absolutePath);
    let ignored = false;
    for (const rule of rules) {
      if ((inside && rule.test(rel)) || rule.test(name)) ignored = !rule.negated;
    }
    return ignored;
  };
}

function byName(a: Dirent, b: Dirent): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

function isFileTarget(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * Files under `root` that `accept` takes (by absolute path and basename), depth-first in name
 * order, skipping `node_modules`, `.git` and ignored paths; symlinked directories are not entered.
 */
export function collectFiles(root: string, isIgnored: IgnoreTest, accept: (path: string, name: string) => boolean, found: string[]): void {
  const pending = [root];
  while (pending.length > 0) {
    const dir = pending.pop() as string;
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    entries.sort(byName);
    const subdirs: string[] = [];
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.has(entry.name) && !isIgnored(path)) subdirs.push(path);
      } else if (accept(path, entry.name) && !isIgnored(path)) {
        // A symlink counts when it points at a regular file; FIFOs and devices are never opened.
        if (entry.isFile() || (entry.isSymbolicLink() && isFileTarget(path))) found.push(path);
      }
    }
    for (let i = subdirs.length - 1; i >= 0; i -= 1) pending.push(subdirs[i] as string);
  }
}

/**
 * Expands CLI path arguments: a directory becomes the Dockerfiles under it (skipping
 * `node_modules`, `.git` and `ignorePatterns`); any other existing path is taken as given.
 */
export function expandPaths(paths: readonly string[], options: ExpandPathsOptions): ExpandPathsResult {
  const cwd = resolve(options.cwd);
  const isIgnored = compileIgnorePatterns(options.ignorePatterns ?? [], resolve(cwd, options.ignoreBase ?? cwd));
  const files = new Set<string>();
  const errors: ExpandPathsResult["errors"] = [];
  for (const argument of paths) {
    const absolute = resolve(cwd, argument);
    let isDirectory: boolean;
    try {
      // stat follows a symlinked argument: the user named it explicitly.
      isDirectory = statSync(absolute).isDirectory();
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "ENOENT" || code === "ENOTDIR") {
        errors.push({ path: argument, message: "No such file or directory" });
        continue;
      }
      // Exists but cannot be inspected: the caller reports the read error with the file name.
      isDirectory = false;
    }
    if (!isDirectory) {
      files.add(absolute);
      continue;
    }
    const found: string[] = [];
    collectFiles(absolute, isIgnored, (_path, name) => isDockerfileName(name), found);
    if (found.length === 0) {
      errors.push({ path: argument, message: "No Dockerfiles found", kind: "unmatched" });
      continue;
    }
    for (const file of found) files.add(file);
  }
  return { files: [...files].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)), errors };
}
