import { readFile, stat } from "node:fs/promises";
import { getSystemErrorMap } from "node:util";
import { FileProblem } from "./problem.js";

/** How much of a file is searched for a NUL byte, as git and grep do to call it binary. */
const BINARY_PROBE_BYTES = 8 * 1024;

/**
 * Dockerfile text from raw bytes. A BOM is kept (core handles it, and offsets then match the
 * file). Throws FileProblem for a binary file or invalid UTF-8; the message never quotes content.
 */
export function decodeDockerfile(bytes: Uint8Array): string {
  if (bytes.subarray(0, BINARY_PROBE_BYTES).includes(0)) {
    throw new FileProblem("Cannot lint a binary file (it has a NUL byte in its first 8 KB).");
  }
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new FileProblem("Cannot lint the file: it is not valid UTF-8.");
  }
}

/** The operating system's words for a failed read: `permission denied (EACCES)`. */
function osReason(error: unknown): string {
  const { errno, code, message } = error as NodeJS.ErrnoException;
  const text = errno === undefined ? undefined : getSystemErrorMap().get(errno)?.[1];
  if (text !== undefined && code !== undefined) return `${text} (${code})`;
  return code ?? message;
}

/** Reads and decodes a Dockerfile. Throws FileProblem. */
export async function readDockerfile(path: string): Promise<string> {
  let bytes: Uint8Array;
  try {
    // A FIFO or a device (a Dockerfile symlinked to /dev/zero) would block or never end.
    const info = await stat(path);
    if (!info.isFile()) throw new FileProblem("Cannot lint it: it is not a regular file.");
    bytes = await readFile(path);
  } catch (error) {
    if (error instanceof FileProblem) throw error;
    throw new FileProblem(`Cannot read the file: ${osReason(error)}.`);
  }
  return decodeDockerfile(bytes);
}

/** Reads all of standard input and decodes it. Throws FileProblem. */
export async function readStdin(stdin: AsyncIterable<string | Uint8Array>): Promise<string> {
  const chunks: Uint8Array[] = [];
  try {
    for await (const chunk of stdin) chunks.push(typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk);
  } catch (error) {
    throw new FileProblem(`Cannot read standard input: ${osReason(error)}.`);
  }
  return decodeDockerfile(Buffer.concat(chunks));
}
