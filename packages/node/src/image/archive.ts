/**
 * Reads the images of an archive without extracting it: a `docker save` tar (classic, or the OCI
 * layout Docker 25+ writes), the docker-archive and oci-archive tars `buildah push` and
 * `podman save` write, an OCI image layout directory, or an extracted docker-save directory. A tar
 * archive is read in one pass, in whatever order it holds its members (docker save writes
 * manifest.json last), so it can come from a pipe: JSON members are kept (bounded), each layer is
 * scanned as it streams by and only its summary is kept.
 */
import { createReadStream, lstatSync, readFileSync, realpathSync, statSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { pipeline } from "node:stream/promises";
import { escapeControlCharacters, redactText, type ImageInput, type LayerSummary } from "@layerlint/core";
import tar from "tar-stream";
import { describeReadError, scanLayerStream, type LayerReadOptions } from "./layer.js";
import { compressionOf, decompressor, looksLikeTar, peek } from "./streams.js";

export type ArchiveFormat = "docker-archive" | "oci-archive" | "oci-layout" | "docker-directory";

export interface ReadImagesOptions extends LayerReadOptions {
  /** Only the image this names (`--image`): a tag, a name (`:latest` implied), or a config digest (prefix). */
  readonly image?: string;
  /** Largest JSON member read (manifest, index, config); default 16 MiB. */
  readonly maxJsonBytes?: number;
}

export interface ArchiveImages {
  readonly format: ArchiveFormat;
  readonly images: readonly ImageInput[];
  /** Problems that did not stop the read. */
  readonly warnings: readonly string[];
}

/** The archive cannot be read as images: the message says what was wrong and where. */
export class ImageArchiveError extends Error {
  constructor(message: string) {
    // Names and paths come from the archive: tokens redacted, then control characters escaped
    // (escaping first could hide a token from the detectors behind a `\u000a`).
    super(escapeControlCharacters(redactText(message, [])));
    this.name = "ImageArchiveError";
  }
}

const DEFAULT_MAX_JSON = 16 * 1024 * 1024;
/** All JSON members of a tar together: beyond it, further ones are skipped (with a warning). */
const MAX_JSON_TOTAL = 64 * 1024 * 1024;
/** Nested indexes followed (a multi-platform index inside an index). */
const MAX_INDEX_DEPTH = 4;
const MAX_IMAGES = 1000;
const MAX_ALIAS_HOPS = 16;
const DIGEST = /^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]{1,256}$/;
const INDEX_TYPES: ReadonlySet<string> = new Set([
  "application/vnd.oci.image.index.v1+json",
  "application/vnd.docker.distribution.manifest.list.v2+json",
]);

/** Where an archive's members come from: a tar read once, or a directory read on demand. */
interface Members {
  text(name: string): Promise<string | undefined>;
  layer(name: string): Promise<LayerSummary | undefined>;
}

/** A member name inside the archive (`./a/../b` → `b`), or null when it leaves the archive. */
function memberName(name: string): string | null {
  const parts: string[] = [];
  for (const part of name.replaceAll("\\", "/").split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (parts.length === 0) return null;
      parts.pop();
    } else parts.push(part);
  }
  return parts.length === 0 ? null : parts.join("/");
}

function dirOf(name: string): string {
  const at = name.lastIndexOf("/");
  return at < 0 ? "" : name.slice(0, at);
}

function looksLikeJson(head: Uint8Array): boolean {
  for (const byte of head) {
    if (byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d) continue;
    return byte === 0x7b || byte === 0x5b;
  }
  return false;
}

/** An async iterable over `source` whose early `return()` does not close it: the caller drains it. */
function unclosable<T>(iterator: AsyncIterator<T>): AsyncIterable<T> {
  return { [Symbol.asyncIterator]: () => ({ next: () => iterator.next(), return: async () => ({ done: true, value: undefined }) }) };
}

async function drain(iterator: AsyncIterator<unknown>): Promise<void> {
  for (let next = await iterator.next(); !next.done; next = await iterator.next());
}

async function readText(stream: AsyncIterable<Uint8Array>, limit: number): Promise<string | null> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of stream) {
    length += chunk.length;
    if (length > limit) return null;
    chunks.push(Buffer.from(chunk));
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** One pass over a tar archive (possibly compressed as a whole: `docker save | gzip`). */
async function readTarMembers(source: AsyncIterable<Uint8Array>, label: string, options: ReadImagesOptions, warnings: string[]): Promise<Members> {
  const maxJson = options.maxJsonBytes ?? DEFAULT_MAX_JSON;
  const { head, stream } = await peek(source);
  const compression = compressionOf(head);
  if (compression === "none" && !looksLikeTar(head)) {
    throw new ImageArchiveError(
      `${label} is not an image archive: ${head.length === 0 ? "it is empty" : "it is not a tar file"} (expected docker save, podman save, buildah push docker-archive:/oci-archive:, or an OCI layout directory).`,
    );
  }
  const texts = new Map<string, string>();
  const layers = new Map<string, LayerSummary>();
  const aliases = new Map<string, string>();
  let jsonTotal = 0;
  const extract = tar.extract();
  const stage = decompressor(compression);
  const feeding = (stage === null ? pipeline(stream, extract) : pipeline(stream, stage, extract)).then(
    () => null,
    (error: unknown) => error,
  );
  let members = 0;
  try {
    for await (const entry of extract) {
      members++;
      const iterator = entry[Symbol.asyncIterator]();
      const name = memberName(entry.header.name);
      const type = entry.header.type;
      if (name === null) {
        warnings.push(`${label}: member ${JSON.stringify(entry.header.name)} leaves the archive's root; skipped.`);
      } else if ((type === "symlink" || type === "link") && entry.header.linkname) {
        const target = memberName(type === "symlink" ? `${dirOf(name)}/${entry.header.linkname}` : entry.header.linkname);
        if (target !== null) aliases.set(name, target);
      } else if (type === "file" || type === "contiguous-file") {
        const peeked = await peek(unclosable(iterator));
        if (looksLikeJson(peeked.head)) {
          const text = jsonTotal + (entry.header.size ?? 0) > MAX_JSON_TOTAL ? null : await readText(peeked.stream, maxJson);
          if (text === null) warnings.push(`${label}: ${name} is larger than the JSON limit; skipped.`);
          else {
            texts.set(name, text);
            jsonTotal += text.length;
          }
        } else if (compressionOf(peeked.head) !== "none" || looksLikeTar(peeked.head)) {
          layers.set(name, await scanLayerStream(peeked.stream, name, options));
        }
      }
      await drain(iterator);
    }
  } catch (error) {
    throw new ImageArchiveError(`${label} cannot be read past member ${members}: ${describeReadError(error, compression)}.`);
  }
  const failed = await feeding;
  if (failed !== null) throw new ImageArchiveError(`${label} cannot be read to its end: ${describeReadError(failed, compression)}.`);
  const resolveAlias = (name: string): string => {
    let current = name;
    for (let hop = 0; hop < MAX_ALIAS_HOPS && aliases.has(current); hop++) current = aliases.get(current)!;
    return current;
  };
  return {
    text: async (name) => texts.get(resolveAlias(name)),
    layer: async (name) => layers.get(resolveAlias(name)),
  };
}

/** Members of a directory (an OCI layout, an extracted docker save): only files inside it are read. */
function directoryMembers(root: string, options: ReadImagesOptions): Members {
  const realRoot = realpathSync(root);
  const inside = (name: string): string | null => {
    const path = resolve(root, name);
    try {
      const real = realpathSync(path);
      const rel = relative(realRoot, real);
      if (rel === "" || rel === ".." || rel.startsWith(`..${sep}`) || resolve(realRoot, rel) !== real) return null;
      return statSync(real).isFile() ? real : null;
    } catch {
      return null;
    }
  };
  const maxJson = options.maxJsonBytes ?? DEFAULT_MAX_JSON;
  return {
    text: async (name) => {
      const path = inside(name);
      if (path === null || statSync(path).size > maxJson) return undefined;
      return readFileSync(path, "utf8");
    },
    layer: async (name) => {
      const path = inside(name);
      if (path === null) return undefined;
      const stream = createReadStream(path);
      try {
        return await scanLayerStream(stream, name, options);
      } finally {
        stream.destroy();
      }
    },
  };
}

/** One image as the manifests describe it, before its layers are read. */
interface ImageRef {
  readonly names: readonly string[];
  readonly config: string;
  readonly layers: readonly string[];
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new ImageArchiveError(`${what} is not valid JSON (${(error as Error).message}).`);
  }
}

function blobName(digest: unknown): string | null {
  if (typeof digest !== "string" || !DIGEST.test(digest)) return null;
  const [algorithm, hex] = digest.split(":") as [string, string];
  return `blobs/${algorithm}/${hex}`;
}

/** `manifest.json` of docker save / docker-archive: `[{Config, RepoTags, Layers}]`. */
function dockerRefs(manifest: unknown, label: string): ImageRef[] {
  if (!Array.isArray(manifest)) throw new ImageArchiveError(`${label}: manifest.json is not a list of images.`);
  return manifest.slice(0, MAX_IMAGES).map((item, i) => {
    const entry = record(item);
    const config = typeof entry.Config === "string" ? memberName(entry.Config) : null;
    if (config === null) throw new ImageArchiveError(`${label}: image ${i} of manifest.json names no config file inside the archive.`);
    const layers = (Array.isArray(entry.Layers) ? entry.Layers : []).map((layer, j) => {
      const name = typeof layer === "string" ? memberName(layer) : null;
      if (name === null) throw new ImageArchiveError(`${label}: layer ${j} of image ${i} of manifest.json is not a path inside the archive.`);
      return name;
    });
    const tags = (Array.isArray(entry.RepoTags) ? entry.RepoTags : []).filter((t): t is string => typeof t === "string");
    return { names: tags, config, layers };
  });
}

/** `index.json` of an OCI layout: manifests, through nested indexes (multi-platform images). */
async function ociRefs(members: Members, label: string, warnings: string[]): Promise<ImageRef[]> {
  const refs: ImageRef[] = [];
  // Each nested index is read once: an index that lists itself (or a cycle of them) would
  // otherwise be walked once per path, exponentially in its entries.
  const visited = new Set<string>();
  const visit = async (indexText: string, what: string, depth: number, names: readonly string[]): Promise<void> => {
    const index = record(parseJson(indexText, `${label}: ${what}`));
    for (const item of Array.isArray(index.manifests) ? index.manifests : []) {
      if (refs.length >= MAX_IMAGES) return;
      const descriptor = record(item);
      const annotations = record(descriptor.annotations);
      const name = blobName(descriptor.digest);
      if (name === null) {
        warnings.push(`${label}: ${what} lists a manifest without a valid digest; skipped.`);
        continue;
      }
      // BuildKit's attestation manifests (provenance, SBOM) describe the image; they are not one.
      if (annotations["vnd.docker.reference.type"] === "attestation-manifest") continue;
      const refName = [annotations["io.containerd.image.name"], annotations["org.opencontainers.image.ref.name"]].filter(
        (n): n is string => typeof n === "string",
      );
      const platform = record(descriptor.platform);
      const platformName = typeof platform.os === "string" ? `${platform.os}/${String(platform.architecture ?? "")}` : null;
      const ownNames = refName.length > 0 ? refName : names.map((n) => (platformName ? `${n} (${platformName})` : n));
      if (visited.has(name)) continue;
      const text = await members.text(name);
      if (text === undefined) {
        warnings.push(`${label}: manifest ${String(descriptor.digest)} is not in the archive; skipped.`);
        continue;
      }
      const manifest = record(parseJson(text, `${label}: manifest ${String(descriptor.digest)}`));
      const mediaType = typeof manifest.mediaType === "string" ? manifest.mediaType : String(descriptor.mediaType ?? "");
      if (INDEX_TYPES.has(mediaType) || Array.isArray(manifest.manifests)) {
        visited.add(name);
        if (depth < MAX_INDEX_DEPTH) await visit(text, `index ${String(descriptor.digest)}`, depth + 1, ownNames);
        continue;
      }
      const config = blobName(record(manifest.config).digest);
      if (config === null) {
        warnings.push(`${label}: manifest ${String(descriptor.digest)} has no config; skipped.`);
        continue;
      }
      const layers = (Array.isArray(manifest.layers) ? manifest.layers : []).map((layer, j) => {
        const layerName = blobName(record(layer).digest);
        if (layerName === null) throw new ImageArchiveError(`${label}: layer ${j} of manifest ${String(descriptor.digest)} has no valid digest.`);
        return layerName;
      });
      refs.push({ names: ownNames, config, layers });
    }
  };
  const index = await members.text("index.json");
  if (index !== undefined) await visit(index, "index.json", 0, []);
  return refs;
}

/** A reference as Docker reads it: `t1` is `docker.io/library/t1:latest`. */
function canonicalName(name: string): string {
  let n = name.trim();
  const lastSlash = n.lastIndexOf("/");
  if (!n.includes("@") && !n.slice(lastSlash + 1).includes(":")) n = `${n}:latest`;
  return n.replace(/^(?:docker\.io\/library\/|docker\.io\/|index\.docker\.io\/library\/|localhost\/)/, "");
}

function matches(ref: ImageRef, configDigest: string, wanted: string): boolean {
  const w = wanted.trim();
  if (ref.names.some((name) => name === w || canonicalName(name) === canonicalName(w))) return true;
  const hex = w.replace(/^sha256:/, "");
  return /^[0-9a-f]{12,64}$/.test(hex) && configDigest.replace(/^sha256:/, "").startsWith(hex);
}

/** `sha256:<hex>` of a config member (`blobs/sha256/<hex>`, `<hex>.json`). */
function configDigestOf(config: string): string {
  const blob = /^blobs\/([a-z0-9]+)\/([0-9a-f]+)$/.exec(config);
  if (blob) return `${blob[1]}:${blob[2]}`;
  const file = /([0-9a-f]{64})(?:\.json)?$/.exec(config);
  return file ? `sha256:${file[1]}` : config;
}

async function assemble(members: Members, label: string, options: ReadImagesOptions, warnings: string[]): Promise<ImageInput[]> {
  const manifest = await members.text("manifest.json");
  let refs: ImageRef[];
  if (manifest !== undefined) refs = dockerRefs(parseJson(manifest, `${label}: manifest.json`), label);
  else if ((await members.text("index.json")) !== undefined) refs = await ociRefs(members, label, warnings);
  else throw new ImageArchiveError(`${label} holds no manifest.json or index.json: it is not a docker save or OCI image archive.`);
  if (refs.length === 0) throw new ImageArchiveError(`${label} lists no image.`);
  if (options.image !== undefined) {
    const wanted = options.image;
    const chosen = refs.filter((ref) => matches(ref, configDigestOf(ref.config), wanted));
    if (chosen.length === 0) {
      const names = refs.map((ref) => ref.names[0] ?? configDigestOf(ref.config).slice(0, 19));
      throw new ImageArchiveError(`--image ${wanted} matches no image of ${label} (it holds: ${names.join(", ")}).`);
    }
    refs = chosen;
  }
  const images: ImageInput[] = [];
  for (const ref of refs) {
    const digest = configDigestOf(ref.config);
    const name = ref.names[0] ?? digest.slice(0, 19);
    const text = await members.text(ref.config);
    if (text === undefined) throw new ImageArchiveError(`${label}: the config of image ${name} (${ref.config}) is not in the archive.`);
    const config = parseJson(text, `${label}: the config of image ${name}`);
    const layers: LayerSummary[] = [];
    for (const layer of ref.layers) {
      const summary = await members.layer(layer);
      layers.push(summary ?? { digest: layer, entries: 0, secrets: [], omittedSecrets: 0, whiteouts: [], omittedWhiteouts: 0, skipped: [], error: `${layer} is missing from the archive` });
    }
    images.push({ name, config, layers });
  }
  return images;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Reads the images of an archive: a path (tar file or directory) or a byte stream (standard input,
 * `docker save img | layerlint image -`). Throws ImageArchiveError when it holds no readable image.
 */
export async function readImageArchive(input: string | AsyncIterable<Uint8Array>, options: ReadImagesOptions = {}, label = typeof input === "string" ? input : "<stdin>"): Promise<ArchiveImages> {
  const warnings: string[] = [];
  if (typeof input === "string") {
    try {
      lstatSync(input);
    } catch {
      throw new ImageArchiveError(`${label}: no such file or directory.`);
    }
    if (isDirectory(input)) {
      const members = directoryMembers(input, options);
      const format: ArchiveFormat = statSafe(join(input, "index.json")) && !statSafe(join(input, "manifest.json")) ? "oci-layout" : "docker-directory";
      return { format, images: await assemble(members, label, options, warnings), warnings };
    }
    const stream = createReadStream(input);
    try {
      return await fromTar(stream, label, options, warnings);
    } finally {
      stream.destroy();
    }
  }
  return fromTar(input, label, options, warnings);
}

function statSafe(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

async function fromTar(source: AsyncIterable<Uint8Array>, label: string, options: ReadImagesOptions, warnings: string[]): Promise<ArchiveImages> {
  let failure: unknown;
  const members = await readTarMembers(source, label, options, warnings).catch((error: unknown) => {
    failure = error;
    return null;
  });
  if (members === null) {
    if (failure instanceof ImageArchiveError) throw failure;
    throw new ImageArchiveError(`${label} cannot be read: ${(failure as Error)?.message ?? String(failure)}.`);
  }
  const format: ArchiveFormat = (await members.text("manifest.json")) !== undefined ? "docker-archive" : "oci-archive";
  return { format, images: await assemble(members, label, options, warnings), warnings };
}
