import { constants } from "node:fs";
import { open } from "node:fs/promises";

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
