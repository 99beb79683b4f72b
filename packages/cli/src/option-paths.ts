import { statSync } from "node:fs";
import { resolve } from "node:path";
import { FileProblem } from "./problem.js";

export function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** `--context DIR` must name a directory (relative to `cwd`): both the lint and `layerlint image` exit 2 otherwise. */
export function checkContextOption(given: string | undefined, cwd: string): void {
  if (given !== undefined && !isDirectory(resolve(cwd, given))) throw new FileProblem(`--context ${given}: no such directory.`);
}
