import { compileGlob, type GlobMatcher } from "../util/glob.js";

/** POSIX path helpers for paths inside an image or a build context (no node:path: core is pure). */

/** Normalises `p` (resolving `.`, `..`, duplicate slashes); keeps it absolute when it was. */
export function normalizePath(p: string): string {
  const absolute = p.startsWith("/");
  const parts: string[] = [];
  for (const part of p.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (parts.length > 0 && parts[parts.length - 1] !== "..") parts.pop();
      else if (!absolute) parts.push("..");
      continue;
    }
    parts.push(part);
  }
  const joined = parts.join("/");
  return absolute ? `/${joined}` : joined === "" ? "." : joined;
}

/** Resolves `p` against the absolute directory `base`. */
export function resolveIn(base: string, p: string): string {
  return normalizePath(p.startsWith("/") ? p : `${base}/${p}`);
}

export function basename(p: string): string {
  const trimmed = p.replace(/\/+$/, "");
  const at = trimmed.lastIndexOf("/");
  return at < 0 ? trimmed : trimmed.slice(at + 1);
}

/** True when `path` is `dir` or lies under it. */
export function isUnder(path: string, dir: string): boolean {
  if (dir === "/" || dir === "") return true;
  return path === dir || path.startsWith(dir.endsWith("/") ? dir : `${dir}/`);
}

/** `path` relative to `dir` (which must contain it). */
export function relativeTo(path: string, dir: string): string {
  if (path === dir) return "";
  if (dir === "/" || dir === "") return path.replace(/^\/+/, "");
  return path.slice(dir.length + 1);
}

const GLOB_CHARS = /[*?[]/;

export function hasGlob(p: string): boolean {
  return GLOB_CHARS.test(p);
}

/**
 * A Go `filepath.Match`-style glob (as COPY sources and `rm` arguments use, plus BuildKit's `**`)
 * over a whole path, matched in linear time (util/glob.ts).
 */
export function matchGlob(glob: string): GlobMatcher {
  return compileGlob(glob);
}
