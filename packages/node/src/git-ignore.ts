/**
 * Whether git tracks a file as far as the working tree tells: inside a repository, a file that no
 * `.gitignore` on its way down from the root (nor `.git/info/exclude`) ignores. Read with the
 * `ignore` package, the gitignore implementation ESLint and Prettier use, rather than another
 * hand-written matcher. Outside a repository a present file counts as committed: whoever has the
 * tree has the file.
 */
import { readFileSync, statSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import ignore, { type Ignore } from "ignore";

/** A `.gitignore` larger than this is not one people write; it is skipped. */
const MAX_GITIGNORE_BYTES = 1024 * 1024;
/** Directory levels walked up looking for the repository root. */
const MAX_LEVELS = 64;

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

function readIgnore(path: string): Ignore | null {
  try {
    const stat = statSync(path);
    if (!stat.isFile() || stat.size > MAX_GITIGNORE_BYTES) return null;
    return ignore().add(readFileSync(path, "utf8"));
  } catch {
    return null;
  }
}

/** The repository root above `dir` (a directory holding `.git`, a directory or a worktree's file), or null. */
export function findRepositoryRoot(dir: string): string | null {
  let current = dir;
  for (let level = 0; level < MAX_LEVELS; level++) {
    if (exists(join(current, ".git"))) return current;
    const parent = dirname(current);
    if (parent === current) return null;
    current = parent;
  }
  return null;
}

function toSlash(path: string): string {
  return sep === "/" ? path : path.split(sep).join("/");
}

/** True when the file at the absolute `path` is in the repository (see the module comment). */
export function isCommitted(path: string): boolean {
  const root = findRepositoryRoot(dirname(path));
  if (root === null) return true;
  const rel = toSlash(relative(root, path));
  if (rel.startsWith("../") || rel === "..") return false;
  // Outer rules first; a deeper .gitignore decides over them, as git reads them.
  const levels: { base: string; rules: Ignore | null }[] = [{ base: root, rules: readIgnore(join(root, ".git", "info", "exclude")) }];
  const parts = rel.split("/");
  let dir = root;
  for (let i = 0; i < parts.length; i++) {
    levels.push({ base: dir, rules: readIgnore(join(dir, ".gitignore")) });
    if (i < parts.length - 1) dir = join(dir, parts[i]!);
  }
  let ignored = false;
  for (const { base, rules } of levels) {
    if (!rules) continue;
    const result = rules.test(toSlash(relative(base, path)));
    if (result.ignored) ignored = true;
    else if (result.unignored) ignored = false;
  }
  return !ignored;
}
