import { constants, lstatSync } from "node:fs";
import { open } from "node:fs/promises";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { isDirectory } from "./option-paths.js";
import { FileProblem } from "./problem.js";
import { displayPath } from "./result.js";


/**
 * The absolute path `--output-file GIVEN` writes to, checked before anything is linted (a typo does
 * not cost a whole run). Throws FileProblem for a missing directory, a directory, or a symlinked
 * directory on the way inside the working directory.
 */
export function checkOutputPath(given: string, cwd: string): string {
  const path = resolve(cwd, given);
  if (!isDirectory(dirname(path))) throw new FileProblem(`--output-file ${given}: the directory ${dirname(path)} does not exist.`);
  if (isDirectory(path)) throw new FileProblem(`--output-file ${given} is a directory.`);
  // Inside the working directory (the repository), a directory on the way may be a symlink the
  // repository planted (`reports -> /etc`): O_NOFOLLOW guards only the file itself.
  const rel = relative(cwd, dirname(path));
  if (rel !== "" && !rel.startsWith("..") && !isAbsolute(rel)) {
    let walked = cwd;
    for (const part of rel.split(sep)) {
      walked = join(walked, part);
      if (lstatSync(walked).isSymbolicLink()) {
        throw new FileProblem(`--output-file ${given}: ${displayPath(walked, cwd)} is a symbolic link, which layerlint does not write through.`);
      }
    }
  }
  return path;
}

/**
 * Writes a report to `path` — never through a symlink a repository planted there. Returns null,
 * or why it could not be written (for `Cannot write FILE: <reason>.`).
 */
export async function writeReport(path: string, text: string): Promise<string | null> {
  try {
    const handle = await open(path, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW, 0o666);
    try {
      await handle.writeFile(text);
    } finally {
      await handle.close();
    }
    return null;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === "ELOOP" ? "it is a symbolic link, which layerlint does not write through" : (code ?? String(error));
  }
}
