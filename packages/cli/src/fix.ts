import { lstatSync, readFileSync, realpathSync, type Stats } from "node:fs";
import { writeFile } from "node:fs/promises";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { applyEdits, mergeAppends, type BuildContext, type FileChange, type Finding } from "@layerlint/core";

/** An ignore file as `--fix` leaves it. */
export interface IgnoreFileEdit {
  /** Absolute. */
  readonly path: string;
  /** What is on disk now; null when the file is created. */
  readonly before: string | null;
  readonly after: string;
}

/** Where one change of a fix lands, or why it may not be applied. */
type Target = { readonly path: string; readonly base: string; readonly before: string | null } | { readonly refused: string };

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== "" && rel.split(sep)[0] !== ".." && !isAbsolute(rel);
}

function lstatOrNull(path: string): Stats | null {
  try {
    return lstatSync(path, { throwIfNoEntry: false }) ?? null;
  } catch {
    return null;
  }
}

function realpathOrNull(path: string): string | null {
  try {
    return realpathSync(path);
  } catch {
    return null;
  }
}

/**
 * The fixes of one run, held in memory until written: findings' `fix` changes to the ignore files
 * of their build context, and nothing else. A change is refused when it would edit the Dockerfile,
 * a file that is not an ignore file, anything outside the build context (after resolving `..` and
 * symlinks), or a symlink; `--fix-dry-run` prints the same edits `--fix` writes.
 */
export class IgnoreFileFixes {
  /** By absolute path, in the order first changed. */
  readonly #edits = new Map<string, { before: string | null; after: string }>();
  /** Fixes already applied for a Dockerfile (`rule\0description`): proposed again, they failed. */
  readonly #applied = new Map<string, Set<string>>();

  get edits(): IgnoreFileEdit[] {
    return [...this.#edits].map(([path, { before, after }]) => ({ path, before, after }));
  }

  /** Each ignore file as the pending edits leave it (absolute path → text): the host lints the context as fixed. */
  pendingTexts(): ReadonlyMap<string, string> {
    return new Map([...this.#edits].map(([path, { after }]) => [path, after]));
  }

  /**
   * Applies in memory the fixes of `findings`, which were linted against `context` (the build
   * context at `contextDir`, pending edits included). Returns whether an ignore file changed and
   * why fixes were refused.
   */
  apply(
    dockerfile: string,
    findings: readonly Finding[],
    context: BuildContext,
    contextDir: string,
  ): { changed: boolean; refused: string[] } {
    const refused: string[] = [];
    const applied = this.#applied.get(dockerfile) ?? new Set<string>();
    this.#applied.set(dockerfile, applied);
    const proposals = new Map<string, { base: string; before: string | null; results: string[]; keys: string[] }>();
    for (const finding of findings) {
      const fix = finding.fix;
      if (fix === undefined) continue;
      // The same fix again after an earlier pass applied it: it did not work, do not loop on it.
      const key = `${finding.ruleId}\0${fix.description}`;
      if (applied.has(key)) {
        refused.push(`${fix.description}: applying it did not resolve the ${finding.ruleId} finding.`);
        continue;
      }
      const targets = fix.changes.map((change) => ({ change, target: this.#target(change, context, contextDir) }));
      const refusal = targets.find((entry) => "refused" in entry.target);
      if (refusal !== undefined && "refused" in refusal.target) {
        refused.push(`${fix.description}: ${refusal.target.refused}`);
        continue;
      }
      for (const { change, target } of targets) {
        if ("refused" in target) continue;
        const proposal = proposals.get(target.path) ?? { base: target.base, before: target.before, results: [], keys: [] };
        proposal.results.push(applyEdits(target.base, change.edits));
        proposal.keys.push(key);
        proposals.set(target.path, proposal);
      }
    }
    let changed = false;
    for (const [path, { base, before, results, keys }] of proposals) {
      const { text: after, used } = mergeAppends(base, results);
      for (const key of keys.slice(0, used)) applied.add(key);
      if (after === base) continue;
      changed = true;
      const pending = this.#edits.get(path);
      this.#edits.set(path, { before: pending !== undefined ? pending.before : before, after });
    }
    return { changed, refused };
  }

  #target(change: FileChange, context: BuildContext, contextDir: string): Target {
    if (change.file !== "dockerignore") return { refused: "it would edit the Dockerfile, which --fix never does." };
    const path = resolve(contextDir, change.path);
    if (!basename(path).endsWith(".dockerignore")) return { refused: `${change.path} is not an ignore file.` };
    const root = realpathOrNull(contextDir);
    const parent = realpathOrNull(dirname(path));
    if (root === null || parent === null || !isInside(root, join(parent, basename(path)))) {
      return { refused: `${change.path} is outside the build context ${contextDir}.` };
    }
    const stats = lstatOrNull(path);
    if (stats !== null && !stats.isFile()) return { refused: `${change.path} is not a regular file.` };
    const pending = this.#edits.get(path);
    if (change.create) {
      if (pending !== undefined || stats !== null) return { refused: `${change.path} already exists.` };
      return { path, base: "", before: null };
    }
    const ignore = context.ignoreFile;
    if (ignore === null || resolve(contextDir, ignore.path) !== path) {
      return { refused: `${change.path} is not the ignore file the finding was linted with.` };
    }
    // `before` null is a file this run creates: it stays one however many passes add to it.
    return { path, base: ignore.text, before: pending !== undefined ? pending.before : ignore.text };
  }
}

/**
 * Writes the edits; returns a message per file that could not be written. A created file must
 * still not exist, and an edited one must still hold what was linted (else it changed meanwhile,
 * or was longer than the part the context reader reads).
 */
export async function writeIgnoreFileEdits(edits: readonly IgnoreFileEdit[]): Promise<Map<string, string>> {
  const failures = new Map<string, string>();
  for (const { path, before, after } of edits) {
    try {
      if (before === null) {
        await writeFile(path, after, { flag: "wx" });
        continue;
      }
      const stats = lstatSync(path);
      if (!stats.isFile() || readFileSync(path, "utf8") !== before) {
        failures.set(path, "it no longer holds what layerlint read (it changed meanwhile); run layerlint --fix again.");
        continue;
      }
      await writeFile(path, after);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      failures.set(path, code === "EEXIST" ? "it was created while layerlint ran; run layerlint --fix again." : `${code ?? String(error)}.`);
    }
  }
  return failures;
}
