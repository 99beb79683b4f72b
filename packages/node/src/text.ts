/**
 * Dockerfile text from bytes, for every front end: the size cap, the encodings Docker reads, and
 * messages that name what is wrong without quoting any content.
 */

/**
 * Files larger than this are not linted (the language server caps editor text at the same size).
 * Real Dockerfiles are kilobytes; the largest generated ones a few hundred: past this, a file is
 * not one anyone builds, and linting it would cost seconds and hundreds of megabytes.
 */
export const MAX_DOCKERFILE_BYTES = 8 * 1024 * 1024;

/** How much of a file is searched for a NUL byte, as git and grep do to call it binary. */
const BINARY_PROBE_BYTES = 8 * 1024;

/** A file that cannot be linted as Dockerfile text: the message says why, never what it holds. */
export class TextProblem extends Error {
  override readonly name = "TextProblem";
}

/** `8 MiB (8,388,608 bytes)`. */
function describeSize(bytes: number): string {
  const mib = bytes / (1024 * 1024);
  return `${Number.isInteger(mib) ? mib : mib.toFixed(1)} MiB (${bytes.toLocaleString("en")} bytes)`;
}

/** The message for a file over the cap. */
export function tooLargeMessage(size: number, max = MAX_DOCKERFILE_BYTES): string {
  return `Not linted: it is ${describeSize(size)}, more than the ${describeSize(max)} layerlint lints.`;
}

/** UTF-16 by its byte-order mark, or by the NUL bytes ASCII text has in every other byte. */
function utf16Kind(bytes: Uint8Array): "little-endian" | "big-endian" | null {
  // UTF-16 text has an even number of bytes.
  if (bytes.length % 2 !== 0) return null;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "little-endian";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "big-endian";
  const probe = Math.min(bytes.length - (bytes.length % 2), 512);
  if (probe < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < probe; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = probe / 2;
  if (oddNul === pairs && evenNul === 0) return "little-endian";
  if (evenNul === pairs && oddNul === 0) return "big-endian";
  return null;
}

/**
 * Decodes Dockerfile bytes as UTF-8 (BuildKit's encoding; a UTF-8 BOM is kept, core handles it).
 * Throws TextProblem for a file over `maxBytes`, UTF-16 text, a binary file or invalid UTF-8.
 */
export function decodeDockerfile(bytes: Uint8Array, maxBytes = MAX_DOCKERFILE_BYTES): string {
  if (bytes.length > maxBytes) throw new TextProblem(tooLargeMessage(bytes.length, maxBytes));
  const utf16 = utf16Kind(bytes);
  if (utf16 !== null) {
    throw new TextProblem(
      `Cannot lint the file: it is UTF-16 (${utf16}) text; Docker reads Dockerfiles as UTF-8 (convert it, e.g. iconv -f UTF-16 -t UTF-8).`,
    );
  }
  if (bytes.subarray(0, BINARY_PROBE_BYTES).includes(0)) {
    throw new TextProblem("Cannot lint a binary file (it has a NUL byte in its first 8 KB).");
  }
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new TextProblem("Cannot lint the file: it is not valid UTF-8.");
  }
}
