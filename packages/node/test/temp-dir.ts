import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

/** A fresh directory under the OS temp dir; `remove()` deletes it even after a chmod 000. */
export interface TempDir {
  readonly root: string;
  /** Writes each `relative path → content` (parents created); returns the root. */
  write(files: Readonly<Record<string, string>>): string;
  path(...parts: string[]): string;
  remove(): void;
}

function unlockAll(dir: string): void {
  chmodSync(dir, 0o755);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) unlockAll(join(dir, entry.name));
  }
}

export function createTempDir(prefix = "layerlint-node-"): TempDir {
  const root = mkdtempSync(join(tmpdir(), prefix));
  return {
    root,
    write(files) {
      for (const [rel, content] of Object.entries(files)) {
        const path = join(root, rel);
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, content);
      }
      return root;
    },
    path: (...parts) => join(root, ...parts),
    remove() {
      unlockAll(root);
      rmSync(root, { recursive: true, force: true });
    },
  };
}
