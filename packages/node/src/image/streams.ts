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

const ZSTD_MAGIC = 0xfd2fb528;

/**
 * Follows the frames of a compressed zstd stream (RFC 8878 §3.1: frame headers, block headers,
 * checksums, skippable frames) without decoding them, so the window of every frame is checked
 * before fzstd allocates it — a stream may hold many frames (pzstd writes one per chunk).
 * Something that is not zstd stops the guard; fzstd reports it.
 */
type GuardState = "magic" | "skippable-size" | "descriptor" | "header" | "block" | "checksum";

class ZstdFrameGuard {
  #state: GuardState = "magic";
  #pending: number[] = [];
  #want = 4;
  #skip = 0;
  #header: number[] = [];
  #checksum = false;
  #stopped = false;

  /** Throws when a frame asks for a window over MAX_ZSTD_WINDOW. */
  check(chunk: Uint8Array): void {
    let at = 0;
    while (at < chunk.length && !this.#stopped) {
      if (this.#skip > 0) {
        const n = Math.min(this.#skip, chunk.length - at);
        this.#skip -= n;
        at += n;
        continue;
      }
      this.#pending.push(chunk[at++]!);
      if (this.#pending.length === this.#want) this.#step(this.#pending.splice(0));
    }
  }

  #step(bytes: number[]): void {
    const little = (from: number, n: number) => bytes.slice(from, from + n).reduceRight((value, byte) => value * 256 + byte, 0);
    switch (this.#state) {
      case "magic": {
        const magic = little(0, 4);
        if (magic === ZSTD_MAGIC) this.#expect("descriptor", 1);
        else if ((magic & 0xfffffff0) >>> 0 === 0x184d2a50) this.#expect("skippable-size", 4);
        else this.#stopped = true;
        this.#header = bytes;
        return;
      }
      case "skippable-size":
        this.#skip = little(0, 4);
        this.#expect("magic", 4);
        return;
      case "descriptor": {
        const descriptor = bytes[0]!;
        this.#checksum = ((descriptor >> 2) & 1) === 1;
        const singleSegment = (descriptor >> 5) & 1;
        const sizeFlag = descriptor >> 6;
        const length = (singleSegment ? 0 : 1) + [0, 1, 2, 4][descriptor & 3]! + (sizeFlag === 0 ? singleSegment : [1, 2, 4, 8][sizeFlag]!);
        this.#header = [...this.#header, descriptor];
        if (length === 0) this.#frameHeader();
        else this.#expect("header", length);
        return;
      }
      case "header":
        this.#header = [...this.#header, ...bytes];
        this.#frameHeader();
        return;
      case "block": {
        const header = little(0, 3);
        const type = (header >> 1) & 3;
        this.#skip = type === 1 ? 1 : header >>> 3;
        if ((header & 1) === 1) this.#expect(this.#checksum ? "checksum" : "magic", 4);
        else this.#expect("block", 3);
        return;
      }
      case "checksum":
        this.#expect("magic", 4);
        return;
    }
  }

  #frameHeader(): void {
    const window = zstdWindowSize(Uint8Array.from(this.#header));
    if (window !== null && window > MAX_ZSTD_WINDOW) {
      throw new Error(`its zstd window is ${Math.round(window / 1024 / 1024)} MiB, over the ${MAX_ZSTD_WINDOW / 1024 / 1024} MiB limit`);
    }
    this.#expect("block", 3);
  }

  #expect(state: GuardState, bytes: number): void {
    this.#state = state;
    this.#want = bytes;
  }
}

/** Bytes fed to fzstd at a time: one push decodes at most ~1,000 blocks (a 128 KiB block needs 4 bytes). */
const ZSTD_SLICE = 4096;

/** fzstd as an async transform: each slice's output is yielded before the next slice is decoded. */
async function* zstdDecompress(source: AsyncIterable<Buffer>): AsyncGenerator<Uint8Array> {
  let output: Uint8Array[] = [];
  const decompressor = new Decompress((chunk) => {
    output.push(chunk);
  });
  const guard = new ZstdFrameGuard();
  for await (const chunk of source) {
    guard.check(chunk);
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
