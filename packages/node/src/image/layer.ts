/**
 * Reads one layer blob as a stream — tar, tar+gzip or tar+zstd — and hands each entry to core's
 * LayerScanner with a bounded prefix of a regular file's text. Nothing is extracted, nothing is
 * written, no layer is ever held in memory: an entry's bytes beyond the prefix are read and dropped.
 */
import { pipeline } from "node:stream/promises";
import { LayerScanner, MAX_SCANNED_TEXT, type LayerEntryType, type LayerScanOptions, type LayerSummary } from "@layerlint/core";
import tar from "tar-stream";
import { compressionOf, decompressor, looksLikeTar, peek, type Compression } from "./streams.js";

export interface LayerReadOptions {
  readonly scan?: LayerScanOptions;
  /** Files larger than this are not read, and said so (default: core's MAX_SCANNED_TEXT, 1 MiB). */
  readonly maxFileBytes?: number;
}

/** A NUL among the first bytes marks a binary file (git's test): its content is not text to scan. */
const BINARY_PROBE = 8000;

const TYPES: Readonly<Record<string, LayerEntryType>> = {
  file: "file",
  "contiguous-file": "file",
  directory: "directory",
  symlink: "symlink",
  link: "hardlink",
};

function size(bytes: number): string {
  return bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0 ? `${bytes / 1024 / 1024} MiB` : bytes >= 1024 ? `${Math.round(bytes / 1024)} KiB` : `${bytes} bytes`;
}

/** Says what was wrong with a tar stream's bytes (a layer's, an archive's), from the library's message. */
export function describeReadError(error: unknown, compression: Compression): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/unexpected end of data/i.test(message)) return "it is truncated (its tar data ends in the middle of an entry)";
  if (/invalid tar header/i.test(message)) return "it is corrupt (an invalid tar header)";
  if (compression === "gzip") return /unexpected end of file/i.test(message) ? "it is truncated (its gzip data ends early)" : `it is corrupt (gzip: ${message})`;
  if (compression === "zstd") return /unexpected EOF/i.test(message) ? "it is truncated (its zstd data ends early)" : `it is corrupt (zstd: ${message})`;
  return message;
}

async function readEntry(entry: AsyncIterable<Uint8Array>, limit: number): Promise<Buffer> {
  const kept: Buffer[] = [];
  let length = 0;
  for await (const chunk of entry) {
    if (length >= limit) continue;
    const bytes = Buffer.from(chunk);
    kept.push(bytes.length > limit - length ? bytes.subarray(0, limit - length) : bytes);
    length += bytes.length;
  }
  return Buffer.concat(kept);
}

/**
 * Scans a layer blob. Never throws on bad bytes: a layer that is not a tar, truncated or corrupt
 * comes back with `error` set and what was read before the problem. The caller drains `source`.
 */
export async function scanLayerStream(source: AsyncIterable<Uint8Array>, digest: string, options: LayerReadOptions = {}): Promise<LayerSummary> {
  const scanner = new LayerScanner(digest, options.scan);
  const limit = options.maxFileBytes ?? MAX_SCANNED_TEXT;
  const { head, stream } = await peek(source);
  const compression = compressionOf(head);
  if (compression === "none" && !looksLikeTar(head)) {
    scanner.fail(head.length === 0 ? "it is empty" : "it is not a tar stream (nor gzip or zstd)");
    return scanner.summary();
  }
  const extract = tar.extract();
  const stage = decompressor(compression);
  const feeding = (stage === null ? pipeline(stream, extract) : pipeline(stream, stage, extract)).then(
    () => null,
    (error: unknown) => error,
  );
  try {
    for await (const entry of extract) {
      const header = entry.header;
      const type = TYPES[header.type ?? ""] ?? "other";
      const bytes = header.size ?? 0;
      if (type === "file" && bytes <= limit) {
        const data = await readEntry(entry, limit);
        const binary = data.subarray(0, BINARY_PROBE).includes(0);
        scanner.add({ name: header.name, type, size: bytes, mode: header.mode ?? 0, ...(binary ? { skipped: "binary" } : { content: data.toString("utf8") }) });
        continue;
      }
      await readEntry(entry, 0);
      scanner.add({
        name: header.name,
        type,
        size: bytes,
        mode: header.mode ?? 0,
        ...(header.linkname ? { linkTarget: header.linkname } : {}),
        ...(type === "file" ? { skipped: `larger than ${size(limit)}` } : {}),
      });
    }
  } catch (error) {
    scanner.fail(describeReadError(error, compression));
  }
  const failed = await feeding;
  if (failed !== null) scanner.fail(describeReadError(failed, compression));
  return scanner.summary();
}
