import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync, statSync } from "node:fs";
import type { Dirent } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import type { BuildContext, ContextFile } from "@layerlint/core";
import { compileDockerignore } from "./dockerignore.js";

export interface ReadContextOptions {
  /** Absolute path of the build context. */
  readonly contextDir: string;
  /** Absolute; `<Dockerfile name>.dockerignore` beside it wins over `<context>/.dockerignore`. */
  readonly dockerfilePath?: string;
  /** Supplied by the caller (core's detector); gets a context-relative, `/`-separated path. */
  readonly isSecretFile: (relPath: string) => boolean;
  /** Directory entries to look at before giving up; default 50,000. */
  readonly maxEntries?: number;
  /** Milliseconds to spend before giving up; default 2,000. */
  readonly maxMillis?: number;
  /**
   * Also list the regular files the walk passes that the ignore file does not exclude (`files`),
   * for `withContextContents`: at most this many (`true`: DEFAULT_MAX_COLLECTED_FILES), saying
   * so in `filesTruncated`. Symlinks, FIFOs and devices are never listed.
   */
  readonly collectFiles?: boolean | number;
  /**
   * Walk only these context-relative files and directories (what the Dockerfile's COPY/ADD can
   * send: core's `contextScope`); `[""]` or absent: the whole context; `[]`: nothing but the
   * ignore file.
   */
  readonly scope?: readonly string[];
}

/** The build context plus what a front end may want to tell the user about it. */
export interface ReadBuildContextResult extends BuildContext {
  /** Unreadable directories, ignore-file lines that were skipped, a missing context. */
  readonly warnings: readonly string[];
  /** With `collectFiles`: the non-excluded regular files the walk passed, context-relative, sorted. */
  readonly files?: readonly string[];
  /** With `collectFiles`: set when more files were found than are listed. */
  readonly filesTruncated?: string;
}

export interface IgnoreFileLocation {
  /** Where it is on disk. */
  readonly absolutePath: string;
  /** Relative to the context root (`/`-separated) when inside it, else absolute. */
  readonly path: string;
  /** True for `<Dockerfile name>.dockerignore` beside the Dockerfile. */
  readonly perDockerfile: boolean;
}

export const DEFAULT_MAX_ENTRIES = 50_000;
export const DEFAULT_MAX_MILLIS = 2_000;
/**
 * Files `collectFiles: true` lists at most: as many as the walk looks at entries, so by default the
 * list ends only where the walk does (and says so); reading is bounded by a byte budget anyway.
 */
export const DEFAULT_MAX_COLLECTED_FILES = DEFAULT_MAX_ENTRIES;
/** An ignore file is data for a matcher, not a place to store megabytes: read at most this. */
export const MAX_IGNORE_FILE_BYTES = 4 * 1024 * 1024;

function toSlash(path: string): string {
  return sep === "/" ? path : path.split(sep).join("/");
}

function isRegularFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function displayPath(contextDir: string, absolutePath: string): string {
  const rel = relative(contextDir, absolutePath);
  if (rel === "" || rel.startsWith("..") || isAbsolute(rel)) return absolutePath;
  return toSlash(rel);
}

/**
 * BuildKit's choice of ignore file: `<Dockerfile name>.dockerignore` beside the Dockerfile if it
 * is a regular file, else `<context>/.dockerignore`. Anything that is not a regular file (a FIFO,
 * a directory) counts as absent, so it is never opened.
 */
export function findIgnoreFile(contextDir: string, dockerfilePath?: string): IgnoreFileLocation | null {
  const root = resolve(contextDir);
  if (dockerfilePath !== undefined) {
    const dockerfile = resolve(dockerfilePath);
    const beside = join(dirname(dockerfile), `${basename(dockerfile)}.dockerignore`);
    if (isRegularFile(beside)) {
      return { absolutePath: beside, path: displayPath(root, beside), perDockerfile: true };
    }
  }
  const atRoot = join(root, ".dockerignore");
  if (isRegularFile(atRoot)) return { absolutePath: atRoot, path: ".dockerignore", perDockerfile: false };
  return null;
}

function readCapped(path: string, warnings: string[]): string | null {
  let fd: number;
  try {
    // O_NONBLOCK: should a FIFO replace the file after findIgnoreFile looked, opening cannot hang.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    warnings.push(`Cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}.`);
    return null;
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return null;
    const buffer = Buffer.alloc(Math.min(stats.size, MAX_IGNORE_FILE_BYTES));
    let length = 0;
    while (length < buffer.length) {
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
    }
    if (stats.size > MAX_IGNORE_FILE_BYTES) {
      warnings.push(`${path} is larger than ${MAX_IGNORE_FILE_BYTES} bytes; only its start was read.`);
    }
    return buffer.toString("utf8", 0, length);
  } catch (error) {
    warnings.push(`Cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}.`);
    return null;
  } finally {
    closeSync(fd);
  }
}

function entryType(entry: Dirent): ContextFile["type"] | "other" {
  if (entry.isSymbolicLink()) return "symlink";
  if (entry.isDirectory()) return "directory";
  if (entry.isFile()) return "file";
  return "other";
}

/**
 * Reads what `docker build` would send: the ignore file and the secret-looking files it does not
 * exclude. Synchronous (ESLint rules are). Only `readdir` is used — file contents are never read,
 * symlinks are listed but never followed, FIFOs and devices are never opened — and the walk stops
 * at `maxEntries` entries or `maxMillis` milliseconds, saying so in `truncated`.
 */
export function readBuildContext(options: ReadContextOptions): ReadBuildContextResult {
  const contextDir = resolve(options.contextDir);
  const maxEntries = options.maxEntries ?? DEFAULT_MAX_ENTRIES;
  const maxMillis = options.maxMillis ?? DEFAULT_MAX_MILLIS;
  const warnings: string[] = [];
  const started = Date.now();

  const location = findIgnoreFile(contextDir, options.dockerfilePath);
  const text = location === null ? null : readCapped(location.absolutePath, warnings);
  const matcher = text === null ? null : compileDockerignore(text);
  if (matcher !== null && location !== null) {
    for (const warning of matcher.warnings) warnings.push(`${location.path}: ${warning}`);
  }
  const isExcluded = matcher === null ? () => false : (path: string) => matcher.isExcluded(path);

  const secretFiles: ContextFile[] = [];
  const maxCollected =
    options.collectFiles === undefined || options.collectFiles === false
      ? -1
      : options.collectFiles === true
        ? DEFAULT_MAX_COLLECTED_FILES
        : options.collectFiles;
  const files: string[] | undefined = maxCollected < 0 ? undefined : [];
  let filesTruncated: string | undefined;
  let truncated: string | undefined;
  const unchecked: string[] = [];
  let entries = 0;
  // Depth-first, in name order, with an explicit stack: deep trees cannot overflow the call stack.
  const pending: string[] = [];
  const scope = options.scope ?? [""];
  if (scope.includes("")) pending.push("");
  else {
    // Each scoped path is an entry of its own; a directory is walked like the root.
    for (const path of [...scope].sort().reverse()) {
      let stats;
      try {
        stats = lstatSync(join(contextDir, path));
      } catch {
        continue; // not there: COPY would fail, and there is nothing to send
      }
      entries += 1;
      const type: ContextFile["type"] | "other" = stats.isSymbolicLink() ? "symlink" : stats.isDirectory() ? "directory" : stats.isFile() ? "file" : "other";
      if (type === "directory") {
        if (!isExcluded(path) || (matcher !== null && matcher.mayReincludeUnder(path))) pending.push(path);
        continue;
      }
      if (type !== "other" && options.isSecretFile(path) && !isExcluded(path)) secretFiles.push({ path, type });
      if (files !== undefined && type === "file" && !isExcluded(path) && files.length < maxCollected) files.push(path);
    }
  }
  walk: while (pending.length > 0) {
    const dirRel = pending.pop() as string;
    const dirAbs = dirRel === "" ? contextDir : join(contextDir, dirRel);
    let listing: Dirent[];
    try {
      listing = readdirSync(dirAbs, { withFileTypes: true });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      warnings.push(
        dirRel === ""
          ? `Cannot read the build context ${contextDir}: ${code}.`
          : `Cannot read ${dirRel}/ in the build context: ${code}; its files were not checked.`,
      );
      continue;
    }
    listing.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const subdirs: string[] = [];
    for (const entry of listing) {
      const rel = dirRel === "" ? entry.name : `${dirRel}/${entry.name}`;
      const bound =
        entries >= maxEntries ? `after ${maxEntries} entries` : Date.now() - started >= maxMillis ? `after ${maxMillis} ms` : null;
      if (bound !== null) {
        truncated = `The build context walk stopped ${bound}, at ${rel}; files after it were not checked.`;
        // What was not checked: the rest of this directory, then every directory still pending.
        unchecked.push(dirRel === "" ? "./ (the rest of the context root)" : `${dirRel}/ (from ${entry.name} on)`);
        for (const subdir of subdirs) unchecked.push(`${subdir}/`);
        for (let i = pending.length - 1; i >= 0; i -= 1) unchecked.push(`${pending[i]}/`);
        break walk;
      }
      entries += 1;
      const type = entryType(entry);
      if (type === "directory") {
        if (!isExcluded(rel) || (matcher !== null && matcher.mayReincludeUnder(rel))) subdirs.push(rel);
      } else if (type !== "other" && options.isSecretFile(rel) && !isExcluded(rel)) {
        secretFiles.push({ path: rel, type });
      }
      if (files !== undefined && type === "file" && filesTruncated === undefined && !isExcluded(rel)) {
        if (files.length < maxCollected) files.push(rel);
        else filesTruncated = `Only the first ${maxCollected} files of the build context were listed for content scanning; ${rel} and the files after it were not scanned.`;
      }
    }
    for (let i = subdirs.length - 1; i >= 0; i -= 1) pending.push(subdirs[i] as string);
  }
  secretFiles.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));

  return {
    ignoreFile:
      location === null || text === null
        ? null
        : { path: location.path, text, perDockerfile: location.perDockerfile },
    isExcluded,
    secretFiles,
    ...(truncated === undefined ? {} : { truncated, unchecked }),
    warnings,
    ...(files === undefined ? {} : { files: files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)) }),
    ...(filesTruncated === undefined ? {} : { filesTruncated }),
  };
}

export interface ContextCache {
  /** The cached context for this context dir and Dockerfile, read again once older than the TTL. */
  get(options: ReadContextOptions): ReadBuildContextResult;
  /**
   * Forgets every entry the change of `path` may affect (a context that contains it or lies
   * under it, a Dockerfile directory that holds it); everything when `path` is omitted.
   */
  invalidate(path?: string): void;
}

interface CacheEntry {
  readonly contextDir: string;
  readonly dockerfileDir: string | undefined;
  readonly options: ReadContextOptions;
  readonly readAt: number;
  readonly value: ReadBuildContextResult;
}

const MAX_CACHE_ENTRIES = 64;

function contains(parent: string, child: string): boolean {
  return child === parent || child.startsWith(parent.endsWith(sep) ? parent : parent + sep);
}

/** A small TTL cache of build contexts for the language server and the ESLint plugin. */
export function createContextCache(ttlMs = 5_000): ContextCache {
  const entries = new Map<string, CacheEntry>();
  return {
    get(options) {
      const contextDir = resolve(options.contextDir);
      const dockerfilePath = options.dockerfilePath === undefined ? undefined : resolve(options.dockerfilePath);
      const key = `${contextDir}\0${dockerfilePath ?? ""}\0${options.scope === undefined ? "*" : JSON.stringify(options.scope)}`;
      const now = Date.now();
      const held = entries.get(key);
      if (
        held !== undefined &&
        now - held.readAt < ttlMs &&
        held.options.isSecretFile === options.isSecretFile &&
        held.options.maxEntries === options.maxEntries &&
        held.options.maxMillis === options.maxMillis &&
        held.options.collectFiles === options.collectFiles
      ) {
        return held.value;
      }
      const value = readBuildContext(options);
      entries.delete(key);
      entries.set(key, {
        contextDir,
        dockerfileDir: dockerfilePath === undefined ? undefined : dirname(dockerfilePath),
        options,
        readAt: now,
        value,
      });
      if (entries.size > MAX_CACHE_ENTRIES) entries.delete(entries.keys().next().value as string);
      return value;
    },
    invalidate(path) {
      if (path === undefined) {
        entries.clear();
        return;
      }
      const changed = resolve(path);
      for (const [key, entry] of entries) {
        if (
          contains(entry.contextDir, changed) ||
          contains(changed, entry.contextDir) ||
          (entry.dockerfileDir !== undefined && contains(changed, entry.dockerfileDir)) ||
          (entry.dockerfileDir !== undefined && dirname(changed) === entry.dockerfileDir)
        ) {
          entries.delete(key);
        }
      }
    },
  };
}
