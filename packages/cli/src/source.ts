import { readFile, stat } from "node:fs/promises";
import { getSystemErrorMap } from "node:util";
import { decodeDockerfile as decodeText, MAX_DOCKERFILE_BYTES, TextProblem, tooLargeMessage } from "@layerlint/node";
import { FileProblem } from "./problem.js";

/** Dockerfile text from raw bytes (node's decoder: size cap, UTF-16, binary, UTF-8). Throws FileProblem. */
export function decodeDockerfile(bytes: Uint8Array): string {
  try {
    return decodeText(bytes);
  } catch (error) {
    if (error instanceof TextProblem) throw new FileProblem(error.message);
    throw error;
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
    // Checked before reading: a 600 MB file is never read into memory.
    if (info.size > MAX_DOCKERFILE_BYTES) throw new FileProblem(tooLargeMessage(info.size));
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
  let size = 0;
  try {
    for await (const chunk of stdin) {
      const bytes = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
      size += bytes.length;
      // Past the cap only the count goes on: the rest is never held in memory.
      if (size <= MAX_DOCKERFILE_BYTES) chunks.push(bytes);
    }
  } catch (error) {
    throw new FileProblem(`Cannot read standard input: ${osReason(error)}.`);
  }
  if (size > MAX_DOCKERFILE_BYTES) throw new FileProblem(tooLargeMessage(size));
  return decodeDockerfile(Buffer.concat(chunks));
}

/** Reads a text file (a compose file, a workflow) under the same cap and decoding as a Dockerfile. Throws FileProblem. */
export const readTextFile = readDockerfile;
