/**
 * Byte-stream helpers of the image reader: look at a stream's first bytes without losing them,
 * recognise compression and tar, and decompress gzip (node:zlib) and zstd (fzstd) with
 * backpressure. Nothing here holds more than a chunk (and zstd's window) in memory.
 */
import type { Transform } from "node:stream";
import { createGunzip } from "node:zlib";
import { Decompress } from "fzstd";

export type Compression = "gzip" | "zstd" | "none";

/** Bytes looked at to recognise a stream: a tar header block. */
export const SNIFF_BYTES = 512;

/** The first `count` bytes of a stream, and the whole stream (those bytes included) to read on. */
export async function peek(source: AsyncIterable<Uint8Array>, count = SNIFF_BYTES): Promise<{ head: Buffer; stream: AsyncIterable<Buffer> }> {
  const iterator = source[Symbol.asyncIterator]();
  const chunks: Buffer[] = [];
  let length = 0;
  let done = false;
  while (length < count) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    const chunk = Buffer.from(next.value);
    chunks.push(chunk);
    length += chunk.length;
  }
  const head = Buffer.concat(chunks);
  async function* rest(): AsyncGenerator<Buffer> {
    if (head.length > 0) yield head;
    if (done) return;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield Buffer.from(next.value);
  }
  return { head: head.subarray(0, count), stream: rest() };
}

export function compressionOf(head: Uint8Array): Compression {
  if (head[0] === 0x1f && head[1] === 0x8b) return "gzip";
  if (head[0] === 0x28 && head[1] === 0xb5 && head[2] === 0x2f && head[3] === 0xfd) return "zstd";
  return "none";
}

/** A tar header block: `ustar` magic, a valid checksum, or the all-zero end of an empty archive. */
export function looksLikeTar(head: Uint8Array): boolean {
  if (head.length < SNIFF_BYTES) return head.length === 0 ? false : head.every((b) => b === 0);
  const magic = Buffer.from(head.subarray(257, 262)).toString("latin1");
  if (magic === "ustar") return true;
  if (head.every((b) => b === 0)) return true;
  // Old (v7) headers: the checksum field is the sum of the block with that field read as spaces.
  let sum = 8 * 0x20;
  for (let i = 0; i < SNIFF_BYTES; i++) if (i < 148 || i >= 156) sum += head[i]!;
  const stored = Number.parseInt(Buffer.from(head.subarray(148, 156)).toString("latin1").replace(/[\0 ]/g, ""), 8);
  return stored === sum;
}

/**
 * The largest zstd window accepted: zstd's own default decompression limit (`--memory=128MB`, window
 * log 27). fzstd allocates the window a frame header asks for, so a header asking for more is
 * refused before any allocation.
 */
export const MAX_ZSTD_WINDOW = 128 * 1024 * 1024;

/** The window a zstd frame header asks for (RFC 8878 §3.1.1.1), or null when the header is incomplete. */
export function zstdWindowSize(head: Uint8Array): number | null {
  if (head.length < 6) return null;
  const descriptor = head[4]!;
  const singleSegment = (descriptor >> 5) & 1;
  if (!singleSegment) {
    const windowDescriptor = head[5]!;
    const base = 2 ** (10 + (windowDescriptor >> 3));
    return base + (base / 8) * (windowDescriptor & 7);
  }
  // Single segment: the window is the frame content size.
  const dictionaryBytes = [0, 1, 2, 4][descriptor & 3]!;
  const sizeBytes = [1, 2, 4, 8][descriptor >> 6]!;
  const at = 5 + dictionaryBytes;
  if (head.length < at + sizeBytes) return null;
  let size = 0;
  for (let i = sizeBytes - 1; i >= 0; i--) size = size * 256 + head[at + i]!;
  return sizeBytes === 2 ? size + 256 : size;
}

/** Bytes fed to fzstd at a time: one push decodes at most ~1,000 blocks (a 128 KiB block needs 4 bytes). */
const ZSTD_SLICE = 4096;

/** fzstd as an async transform: each slice's output is yielded before the next slice is decoded. */
async function* zstdDecompress(source: AsyncIterable<Buffer>): AsyncGenerator<Uint8Array> {
  let output: Uint8Array[] = [];
  const decompressor = new Decompress((chunk) => {
    output.push(chunk);
  });
  let checked = false;
  for await (const chunk of source) {
    if (!checked) {
      checked = true;
      const window = zstdWindowSize(chunk);
      if (window !== null && window > MAX_ZSTD_WINDOW) {
        throw new Error(`its zstd window is ${Math.round(window / 1024 / 1024)} MiB, over the ${MAX_ZSTD_WINDOW / 1024 / 1024} MiB limit`);
      }
    }
    for (let at = 0; at < chunk.length; at += ZSTD_SLICE) {
      decompressor.push(chunk.subarray(at, at + ZSTD_SLICE));
      const ready = output;
      output = [];
      yield* ready;
    }
  }
  decompressor.push(new Uint8Array(0), true);
  yield* output;
}

/** The stage that decompresses a stream for `stream.pipeline`, or null when it is not compressed. */
export function decompressor(compression: Compression): Transform | ((source: AsyncIterable<Buffer>) => AsyncGenerator<Uint8Array>) | null {
  if (compression === "gzip") return createGunzip();
  if (compression === "zstd") return zstdDecompress;
  return null;
}
