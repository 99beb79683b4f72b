/** Paths and buildx option values shared by the compose, workflow and bake readers. */
import { normalizePath } from "../model/paths.js";
import type { Span } from "../types.js";
import type { BuildSecret, CacheExport } from "./types.js";
import { splitFields } from "./values.js";

/** A context that is not a local directory: a URL (`https://…`, `git://…`, `docker-image://…`) or a Git remote. */
const REMOTE = /^(?:[A-Za-z][A-Za-z0-9+.-]*:\/\/|git@|github\.com\/)/;

export function isRemoteContext(path: string): boolean {
  return REMOTE.test(path);
}

/** `p` against the directory `base` (both relative to the configuration file's directory, or absolute). */
export function joinPath(base: string, p: string): string {
  if (p.startsWith("/")) return normalizePath(p);
  return normalizePath(base === "." || base === "" ? p : `${base}/${p}`);
}

/** A `cache-to` value: `type=registry,ref=…,mode=max`; a bare reference is `type=registry,ref=<it>`. */
export function cacheExportOf(text: string, span: Span): CacheExport {
  const fields = splitFields(text);
  const type = fields.find((f) => f.key === "type")?.value.toLowerCase() ?? "registry";
  const mode = fields.find((f) => f.key === "mode")?.value.toLowerCase() === "max" ? "max" : "min";
  return { type, mode, span };
}

/** Where a `--secret` / bake `secret` entry reads the secret from (`env=`, `src=`, `type=`). */
export function secretSourceOf(fields: readonly { key: string; value: string }[]): BuildSecret["source"] {
  const type = fields.find((f) => f.key === "type")?.value.toLowerCase();
  if (type === "env" || fields.some((f) => f.key === "env")) return "environment";
  if (type === "file" || fields.some((f) => f.key === "src" || f.key === "source")) return "file";
  return "unknown";
}
