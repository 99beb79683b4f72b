/**
 * A layer's files, one entry at a time (docs/spec.md §9): secret files by name (core's table) and by
 * content (the value detectors), and the whiteouts that hide lower layers' files. The node side
 * streams a layer's tar and hands each entry here, with a bounded prefix of a regular file's text:
 * nothing here holds more than the bounded list of what it found.
 */
import { secretFileKind, type FileLists } from "../detect/secret-files.js";
import type { NameLists } from "../detect/secret-names.js";
import { normalizePath } from "../model/paths.js";
import { fileContentSecrets, type SecretValue } from "./values.js";

export type LayerEntryType = "file" | "directory" | "symlink" | "hardlink" | "other";

/** One tar entry of a layer, as the reader saw it. */
export interface LayerEntry {
  /** The name in the tar header, as written (`app/.env`, `./app/.env`, `../../etc/passwd`). */
  readonly name: string;
  readonly type: LayerEntryType;
  readonly size: number;
  readonly mode: number;
  readonly linkTarget?: string;
  /** Text of a regular file, when the reader read it (bounded; never for binaries). */
  readonly content?: string;
  /** Why the reader did not read the content (`binary`, `larger than 1 MiB`). */
  readonly skipped?: string;
}

/** A secret file of a layer: by its name, by its content, or both. */
export interface LayerSecret {
  /** Absolute, normalised path in the image. */
  readonly path: string;
  /** What the name says it holds ("dotenv file"), or null. */
  readonly fileKind: string | null;
  /** What the content holds, or null. */
  readonly content: SecretValue | null;
}

/** A whiteout: `path` is the hidden path, or for an opaque whiteout the directory whose lower contents it hides. */
export interface Whiteout {
  readonly path: string;
  readonly opaque: boolean;
}

/** Entries left out of the scan, by reason. */
export interface SkippedEntries {
  readonly reason: string;
  readonly count: number;
  /** The first such entry's path, as named (checkImage redacts and escapes it for messages). */
  readonly example: string;
}

/** What one layer holds, as plain data. */
export interface LayerSummary {
  /** The layer's diff id or blob digest (`sha256:…`), or its name in the archive. */
  readonly digest: string;
  readonly entries: number;
  readonly secrets: readonly LayerSecret[];
  /** Secrets found beyond `maxSecrets` (not listed). */
  readonly omittedSecrets: number;
  readonly whiteouts: readonly Whiteout[];
  readonly omittedWhiteouts: number;
  readonly skipped: readonly SkippedEntries[];
  /** Set when the layer could not be read to its end (truncated, corrupt): what it holds beyond is unknown. */
  readonly error?: string;
}

export interface LayerScanOptions {
  /** User `secretFiles` lists. */
  readonly files?: FileLists;
  /** User `secretNames` lists (file contents are judged by them, as in no-secret-in-context-file). */
  readonly names?: NameLists;
  /** Bound on listed secrets per layer (default 1,000). */
  readonly maxSecrets?: number;
  /** Bound on recorded whiteouts per layer (default 100,000). */
  readonly maxWhiteouts?: number;
}

const WHITEOUT_PREFIX = ".wh.";
const OPAQUE = ".wh..wh..opq";
/** Reason for an entry whose path leaves the layer's root (`../../etc/passwd`). */
export const ESCAPES_ROOT = "path escapes the layer root";

/** Absolute image path of a tar entry name, or null when it leaves the root. */
export function layerPath(name: string): string | null {
  const relative = normalizePath(name.replace(/^\/+/, ""));
  if (relative === ".") return "/";
  if (relative === ".." || relative.startsWith("../")) return null;
  return `/${relative}`;
}

function parentOf(path: string): string {
  const at = path.lastIndexOf("/");
  return at <= 0 ? "/" : path.slice(0, at);
}

/** Scans one layer's entries in order; pure and synchronous, bounded in what it keeps. */
export class LayerScanner {
  readonly #digest: string;
  readonly #files: FileLists | undefined;
  readonly #names: NameLists | undefined;
  readonly #maxSecrets: number;
  readonly #maxWhiteouts: number;
  readonly #secrets: LayerSecret[] = [];
  readonly #whiteouts: Whiteout[] = [];
  readonly #skipped = new Map<string, { count: number; example: string }>();
  #entries = 0;
  #omittedSecrets = 0;
  #omittedWhiteouts = 0;
  #error: string | undefined;

  constructor(digest: string, options: LayerScanOptions = {}) {
    this.#digest = digest;
    this.#files = options.files;
    this.#names = options.names;
    this.#maxSecrets = options.maxSecrets ?? 1000;
    this.#maxWhiteouts = options.maxWhiteouts ?? 100_000;
  }

  /** Records an entry left out of the scan (the reader calls it too, for entries it cannot hand over). */
  recordSkipped(reason: string, name: string): void {
    const known = this.#skipped.get(reason);
    if (known) known.count++;
    else this.#skipped.set(reason, { count: 1, example: name });
  }

  add(entry: LayerEntry): void {
    this.#entries++;
    const path = layerPath(entry.name);
    if (path === null) {
      this.recordSkipped(ESCAPES_ROOT, entry.name);
      return;
    }
    const base = path.slice(path.lastIndexOf("/") + 1);
    if (base.startsWith(WHITEOUT_PREFIX)) {
      this.#whiteout(path, base);
      return;
    }
    if (entry.skipped !== undefined) this.recordSkipped(entry.skipped, path);
    // A symlink holds no bytes of its own; a hardlink holds its target's (read with the target).
    if (entry.type !== "file" && entry.type !== "hardlink") return;
    const fileKind = secretFileKind(path, this.#files);
    const content = entry.content === undefined ? null : fileContentSecrets(path, entry.content, this.#names);
    if (fileKind === null && content === null) return;
    if (this.#secrets.length >= this.#maxSecrets) {
      this.#omittedSecrets++;
      return;
    }
    this.#secrets.push({ path, fileKind, content });
  }

  #whiteout(path: string, base: string): void {
    const dir = parentOf(path);
    let whiteout: Whiteout | null = null;
    if (base === OPAQUE) whiteout = { path: dir, opaque: true };
    // Other `.wh..wh.` names are AUFS bookkeeping (`.wh..wh.plnk`), not deletions.
    else if (!base.startsWith(`${WHITEOUT_PREFIX}${WHITEOUT_PREFIX}`)) {
      const hidden = base.slice(WHITEOUT_PREFIX.length);
      if (hidden !== "" && hidden !== "." && hidden !== "..") whiteout = { path: dir === "/" ? `/${hidden}` : `${dir}/${hidden}`, opaque: false };
    }
    if (whiteout === null) return;
    if (this.#whiteouts.length >= this.#maxWhiteouts) this.#omittedWhiteouts++;
    else this.#whiteouts.push(whiteout);
  }

  /** The layer could not be read to its end. */
  fail(message: string): void {
    this.#error ??= message;
  }

  summary(): LayerSummary {
    return {
      digest: this.#digest,
      entries: this.#entries,
      secrets: [...this.#secrets],
      omittedSecrets: this.#omittedSecrets,
      whiteouts: [...this.#whiteouts],
      omittedWhiteouts: this.#omittedWhiteouts,
      skipped: [...this.#skipped].map(([reason, { count, example }]) => ({ reason, count, example })),
      ...(this.#error === undefined ? {} : { error: this.#error }),
    };
  }
}

/** Per layer, the paths its whiteouts hide: answers "which later layer deletes this file?". */
export class WhiteoutIndex {
  readonly #hidden: ReadonlySet<string>[];
  readonly #opaque: ReadonlySet<string>[];

  constructor(layers: readonly LayerSummary[]) {
    this.#hidden = layers.map((l) => new Set(l.whiteouts.filter((w) => !w.opaque).map((w) => w.path)));
    this.#opaque = layers.map((l) => new Set(l.whiteouts.filter((w) => w.opaque).map((w) => w.path)));
  }

  /** The first layer after `layer` that hides `path` (itself, an ancestor, or an opaque ancestor directory), or null. */
  deletedIn(layer: number, path: string): number | null {
    const ancestors: string[] = [];
    for (let p = path; p !== "/"; p = parentOf(p)) ancestors.push(p);
    for (let later = layer + 1; later < this.#hidden.length; later++) {
      const hidden = this.#hidden[later]!;
      const opaque = this.#opaque[later]!;
      if (hidden.size === 0 && opaque.size === 0) continue;
      if (ancestors.some((a) => hidden.has(a))) return later;
      // An opaque directory hides what lower layers put inside it, not the directory itself.
      if (opaque.has("/") || ancestors.slice(1).some((a) => opaque.has(a))) return later;
    }
    return null;
  }
}
