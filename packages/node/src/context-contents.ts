/**
 * Reads the text of the context files a Dockerfile's COPY/ADD sends, for core's content rule
 * (`no-secret-in-context-file`) and the name rules it sharpens. Core scans text; this module is
 * the only one that opens those files. It is bounded like the walk: binaries, files over
 * `maxFileBytes` and everything after `maxTotalBytes` are skipped and said so; symlinks are never
 * followed (not the file, not a directory on its way) and FIFOs and devices are never opened; a
 * cache lets the language server read an unchanged file once.
 */
import { createHash } from "node:crypto";
import { isUtf8 } from "node:buffer";
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, type Stats } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import {
  contextFileLimits,
  contextFilesToRead,
  type BuildContext,
  type ContextContents,
  type ContextFileContent,
  type LintOptions,
  type ParsedDockerfile,
} from "@layerlint/core";

export interface ReadContentsOptions {
  /** The build context directory. */
  readonly contextDir: string;
  /** Context-relative, `/`-separated files to read, in order (most important first). */
  readonly paths: readonly string[];
  /** Larger files are not read (`skipped: "too-large"`); default core's DEFAULT_MAX_FILE_BYTES. */
  readonly maxFileBytes?: number;
  /** Reading stops once this many bytes were read (`skipped: "budget"`, `budgetHit`); default DEFAULT_MAX_TOTAL_BYTES. */
  readonly maxTotalBytes?: number;
  /** Reuse reads across lints (the language server, ESLint in an editor). */
  readonly cache?: ContentsCache;
}

export interface ReadContentsResult extends ContextContents {
  /** Bytes of the files that were read or taken from the cache (what the budget counts). */
  readonly bytes: number;
}

/** Remembers what was read, by absolute path, device, inode, size and modification time. */
export interface ContentsCache {
  /** Forgets the file at `path` (or everything under it, or everything when omitted). */
  invalidate(path?: string): void;
}

interface CachedRead {
  readonly dev: number;
  readonly ino: number;
  readonly size: number;
  readonly mtimeMs: number;
  readonly content: ContextFileContent;
}

const CACHE = Symbol("layerlint.contentsCache");
type CacheInternals = ContentsCache & { readonly [CACHE]: Map<string, CachedRead> };

/**
 * A cache of file reads, bounded in entries and in the characters of text it holds. The defaults
 * hold more than one lint reads (at most 50,000 listed files, a 32 MiB budget): a cache smaller
 * than that would evict each file before the next lint needs it.
 */
export function createContentsCache(maxEntries = 65_536, maxTextChars = 96 * 1024 * 1024): ContentsCache {
  const reads = new Map<string, CachedRead>();
  let chars = 0;
  const cache: CacheInternals & { put(path: string, read: CachedRead): void } = {
    [CACHE]: reads,
    invalidate(path) {
      if (path === undefined) {
        reads.clear();
        chars = 0;
        return;
      }
      const changed = resolve(path);
      for (const [key, read] of reads) {
        if (key === changed || key.startsWith(`${changed}${sep}`)) {
          reads.delete(key);
          chars -= "text" in read.content ? read.content.text.length : 0;
        }
      }
    },
    put(path, read) {
      const size = "text" in read.content ? read.content.text.length : 0;
      const previous = reads.get(path);
      if (previous !== undefined) {
        reads.delete(path);
        chars -= "text" in previous.content ? previous.content.text.length : 0;
      }
      while (reads.size > 0 && (reads.size >= maxEntries || chars + size > maxTextChars)) {
        const [oldest, held] = reads.entries().next().value as [string, CachedRead];
        reads.delete(oldest);
        chars -= "text" in held.content ? held.content.text.length : 0;
      }
      reads.set(path, read);
      chars += size;
    },
  };
  return cache;
}

/** Invalid UTF-8 beyond this share of the bytes (or any NUL byte) makes a file binary. */
const MAX_INVALID_SHARE = 0.01;
const REPLACEMENT = 0xfffd;
const BOM = "\uFEFF";

function isSafeRelative(path: string): boolean {
  if (path === "" || path.startsWith("/") || path.includes("\0")) return false;
  return path.split("/").every((segment) => segment !== "" && segment !== "." && segment !== "..");
}

/** Text, or null for a binary: a NUL byte, or more invalid UTF-8 than a stray Latin-1 character. */
function decode(bytes: Buffer): string | null {
  if (bytes.indexOf(0) >= 0) return null;
  let text = bytes.toString("utf8");
  if (!isUtf8(bytes)) {
    let invalid = 0;
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === REPLACEMENT) invalid++;
    if (invalid > Math.max(1, bytes.length * MAX_INVALID_SHARE)) return null;
  }
  // Editors do not count a byte order mark as a column.
  if (text.startsWith(BOM)) text = text.slice(1);
  return text;
}

function readOpened(fd: number, size: number): Buffer {
  const buffer = Buffer.alloc(size);
  let length = 0;
  while (length < size) {
    const read = readSync(fd, buffer, length, size - length, null);
    if (read === 0) break;
    length += read;
  }
  return length === size ? buffer : buffer.subarray(0, length);
}

/**
 * One file, never through a symlink and never a FIFO or device: `lstat` first, then open with
 * `O_NOFOLLOW | O_NONBLOCK` and check that the descriptor is the same regular file.
 */
function readOne(absolute: string, stats: Stats): ContextFileContent {
  let fd: number;
  try {
    fd = openSync(absolute, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
  } catch {
    return { skipped: "unreadable" };
  }
  try {
    const opened = fstatSync(fd);
    if (!opened.isFile() || opened.ino !== stats.ino || opened.dev !== stats.dev) return { skipped: "unreadable" };
    const bytes = readOpened(fd, Math.min(opened.size, stats.size));
    const text = decode(bytes);
    if (text === null) return { skipped: "binary" };
    return { text, hash: createHash("sha1").update(bytes).digest("base64url") };
  } catch {
    return { skipped: "unreadable" };
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads `paths` under `contextDir`, in order: the contents core's rules scan. A file that is not
 * a regular file (or is reached through a symlinked directory) is `unreadable`, one over
 * `maxFileBytes` `too-large`, one that is not text `binary`; once `maxTotalBytes` would be
 * exceeded the rest are `budget` and `budgetHit` says where reading stopped.
 */
export function readContextContents(options: ReadContentsOptions): ReadContentsResult {
  const root = resolve(options.contextDir);
  const limits = contextFileLimits({
    ...(options.maxFileBytes === undefined ? {} : { maxFileBytes: options.maxFileBytes }),
    ...(options.maxTotalBytes === undefined ? {} : { maxTotalBytes: options.maxTotalBytes }),
  });
  const cache = options.cache as (CacheInternals & { put(path: string, read: CachedRead): void }) | undefined;
  const files = new Map<string, ContextFileContent>();
  /** Directories (context-relative) checked to be real directories, not symlinks. */
  const realDirectories = new Map<string, boolean>([["", true]]);
  const isRealDirectory = (dir: string): boolean => {
    const known = realDirectories.get(dir);
    if (known !== undefined) return known;
    const slash = dir.lastIndexOf("/");
    let real = isRealDirectory(slash < 0 ? "" : dir.slice(0, slash));
    if (real) {
      try {
        real = lstatSync(join(root, dir)).isDirectory();
      } catch {
        real = false;
      }
    }
    realDirectories.set(dir, real);
    return real;
  };
  let bytes = 0;
  let budgetHit: string | undefined;
  let notRead = 0;
  for (const path of options.paths) {
    if (files.has(path)) continue;
    if (budgetHit !== undefined) {
      files.set(path, { skipped: "budget" });
      notRead++;
      continue;
    }
    const slash = path.lastIndexOf("/");
    if (!isSafeRelative(path) || !isRealDirectory(slash < 0 ? "" : path.slice(0, slash))) {
      files.set(path, { skipped: "unreadable" });
      continue;
    }
    const absolute = join(root, path);
    let stats: Stats;
    try {
      stats = lstatSync(absolute);
    } catch {
      files.set(path, { skipped: "unreadable" });
      continue;
    }
    if (!stats.isFile()) {
      files.set(path, { skipped: "unreadable" });
      continue;
    }
    if (stats.size > limits.maxFileBytes) {
      files.set(path, { skipped: "too-large" });
      continue;
    }
    if (bytes + stats.size > limits.maxTotalBytes) {
      budgetHit = `Reading build context files for content scanning stopped at ${path}: the budget of ${limits.maxTotalBytes} bytes per lint (contextFiles.maxTotalBytes) was reached`;
      files.set(path, { skipped: "budget" });
      notRead++;
      continue;
    }
    bytes += stats.size;
    const held = cache?.[CACHE].get(absolute);
    if (held !== undefined && held.dev === stats.dev && held.ino === stats.ino && held.size === stats.size && held.mtimeMs === stats.mtimeMs) {
      files.set(path, held.content);
      continue;
    }
    const content = readOne(absolute, stats);
    files.set(path, content);
    cache?.put(absolute, { dev: stats.dev, ino: stats.ino, size: stats.size, mtimeMs: stats.mtimeMs, content });
  }
  return {
    files,
    bytes,
    ...(budgetHit === undefined ? {} : { budgetHit: `${budgetHit}; ${notRead} ${notRead === 1 ? "file was" : "files were"} not scanned.` }),
  };
}

/** What `withContextContents` needs besides the walk: the Dockerfile and the lint options it will be linted with. */
export interface WithContentsOptions {
  readonly contextDir: string;
  /** The Dockerfile's text or parse (its COPY/ADD sources decide which files are read). */
  readonly dockerfile: string | ParsedDockerfile;
  /** `config` (`contextFiles`, `secretFiles`, `secretNames`) and `fileName`, as given to `lint`. */
  readonly lint: LintOptions;
  readonly cache?: ContentsCache;
  /**
   * The linted Dockerfile (absolute): not read when it lies in the context. A secret in it is
   * `no-hardcoded-secret`'s finding, on its own line; `COPY . .` sending it must not report it twice.
   */
  readonly dockerfilePath?: string;
}

/**
 * The one call a host makes after `readBuildContext({ …, collectFiles: true })`: reads the
 * files this Dockerfile's copies send (`contextFilesToRead`) within the configured limits and
 * returns the context with `contents`, ready for `lint`. A context walked without `collectFiles`,
 * or `contextFiles.scan: false`, comes back without contents (the content rule is then silent).
 */
export function withContextContents<C extends BuildContext & { readonly files?: readonly string[] }>(
  context: C,
  options: WithContentsOptions,
): C {
  const limits = contextFileLimits(options.lint.config?.contextFiles);
  if (context.files === undefined || !limits.scan) return context;
  const self = options.dockerfilePath === undefined ? null : relative(resolve(options.contextDir), resolve(options.dockerfilePath)).split(sep).join("/");
  const files = self === null ? context.files : context.files.filter((path) => path !== self);
  const paths = contextFilesToRead(options.dockerfile, files, { ...options.lint, context });
  const contents = readContextContents({
    contextDir: options.contextDir,
    paths,
    maxFileBytes: limits.maxFileBytes,
    maxTotalBytes: limits.maxTotalBytes,
    ...(options.cache === undefined ? {} : { cache: options.cache }),
  });
  return { ...context, contents: { files: contents.files, ...(contents.budgetHit === undefined ? {} : { budgetHit: contents.budgetHit }) } };
}
