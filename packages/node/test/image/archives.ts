/** Small image archives built in memory for the reader's tests: tar, gzip and zstd layers, docker and OCI layouts. */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import { gzipSync } from "node:zlib";
import tar from "tar-stream";

export interface Entry {
  readonly name: string;
  readonly data?: string | Buffer;
  readonly type?: "file" | "directory" | "symlink" | "link";
  readonly linkname?: string;
  readonly mode?: number;
}

/** A tar of `entries`, in order. */
export async function tarOf(entries: readonly Entry[]): Promise<Buffer> {
  const pack = tar.pack();
  const chunks: Buffer[] = [];
  const done = new Promise<void>((resolve, reject) => {
    pack.on("data", (chunk: Buffer) => chunks.push(chunk));
    pack.on("end", resolve);
    pack.on("error", reject);
  });
  for (const entry of entries) {
    const type = entry.type ?? "file";
    const data = type === "file" ? Buffer.from(entry.data ?? "") : Buffer.alloc(0);
    await new Promise<void>((resolve, reject) =>
      pack.entry({ name: entry.name, type, mode: entry.mode ?? (type === "directory" ? 0o755 : 0o644), mtime: new Date(0), ...(entry.linkname ? { linkname: entry.linkname } : {}) }, data, (error) =>
        error ? reject(error) : resolve(),
      ),
    );
  }
  pack.finalize();
  await done;
  return Buffer.concat(chunks);
}

/** A tar header (512 bytes) claiming `size` bytes of content, with no content after it. */
export function hugeHeader(name: string, size: number): Buffer {
  const headers = createRequire(import.meta.url)("tar-stream/headers.js") as { encode(opts: object): Buffer };
  return headers.encode({ name, size, type: "file", mode: 0o644, mtime: new Date(0), uid: 0, gid: 0, uname: "", gname: "" });
}

export const gzip = (bytes: Buffer): Buffer => gzipSync(bytes);

/** zstd-compressed bytes, by the zstd CLI (Debian package zstd; scripts/system-deps.mjs installs it). */
export function zstd(bytes: Buffer, ...flags: string[]): Buffer {
  const result = spawnSync("zstd", ["-q", "-c", ...flags], { input: bytes });
  if (result.error || result.status !== 0) {
    throw new Error(`zstd is needed for this test (apt-get install zstd, or node scripts/system-deps.mjs): ${result.error?.message ?? result.stderr.toString()}`);
  }
  return result.stdout;
}

export const digestOf = (bytes: Buffer | string): string => `sha256:${createHash("sha256").update(bytes).digest("hex")}`;

/** A buildah-style config: Env, Labels, history, diff ids of the uncompressed layers. */
export function configOf(options: { env?: string[]; labels?: Record<string, string>; history: { created_by: string; empty_layer?: boolean }[]; layers: Buffer[] }): string {
  return JSON.stringify({
    architecture: "amd64",
    os: "linux",
    config: { Env: options.env ?? ["PATH=/usr/bin:/bin"], Labels: options.labels ?? {} },
    rootfs: { type: "layers", diff_ids: options.layers.map((layer) => digestOf(layer)) },
    history: options.history,
  });
}

export interface ArchiveImage {
  readonly tags: readonly string[];
  readonly config: string;
  /** The blobs as stored (compressed or not). */
  readonly layers: readonly Buffer[];
}

/**
 * `buildah push docker-archive:` / classic `docker save`: `<digest>.tar` layers, `<id>/layer.tar`
 * symlinks to them, `<id>.json` configs and manifest.json written last.
 */
export async function dockerArchive(images: readonly ArchiveImage[]): Promise<Buffer> {
  const entries: Entry[] = [];
  const manifest: object[] = [];
  const written = new Set<string>();
  for (const image of images) {
    const layerNames: string[] = [];
    for (const layer of image.layers) {
      const hex = digestOf(layer).slice(7);
      if (!written.has(hex)) {
        written.add(hex);
        entries.push({ name: `${hex}.tar`, data: layer });
        entries.push({ name: `${hex.slice(0, 12)}dir`, type: "directory" });
        entries.push({ name: `${hex.slice(0, 12)}dir/layer.tar`, type: "symlink", linkname: `../${hex}.tar` });
      }
      layerNames.push(`${hex.slice(0, 12)}dir/layer.tar`);
    }
    const configName = `${digestOf(image.config).slice(7)}.json`;
    entries.push({ name: configName, data: image.config });
    manifest.push({ Config: configName, RepoTags: image.tags, Layers: layerNames });
  }
  entries.push({ name: "manifest.json", data: JSON.stringify(manifest) });
  return tarOf(entries);
}

/** An OCI image layout's files (`oci-layout`, `index.json`, `blobs/…`), as a name → bytes map. */
export function ociFiles(images: readonly ArchiveImage[], options: { nestedIndex?: boolean; layerMediaType?: string; dockerManifest?: boolean } = {}): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const blob = (bytes: Buffer | string) => {
    const digest = digestOf(bytes);
    files.set(`blobs/sha256/${digest.slice(7)}`, Buffer.from(bytes));
    return { digest, size: Buffer.byteLength(bytes) };
  };
  const descriptors: object[] = [];
  const docker: object[] = [];
  for (const image of images) {
    const config = blob(image.config);
    const layers = image.layers.map((layer) => ({ mediaType: options.layerMediaType ?? "application/vnd.oci.image.layer.v1.tar+gzip", ...blob(layer) }));
    const manifest = blob(JSON.stringify({ schemaVersion: 2, mediaType: "application/vnd.oci.image.manifest.v1+json", config: { mediaType: "application/vnd.oci.image.config.v1+json", ...config }, layers }));
    const named = { mediaType: "application/vnd.oci.image.manifest.v1+json", ...manifest, platform: { os: "linux", architecture: "amd64" } };
    if (options.nestedIndex) {
      const index = blob(JSON.stringify({ schemaVersion: 2, mediaType: "application/vnd.oci.image.index.v1+json", manifests: [named] }));
      descriptors.push({ mediaType: "application/vnd.oci.image.index.v1+json", ...index, annotations: { "org.opencontainers.image.ref.name": image.tags[0] } });
    } else {
      descriptors.push({ ...named, annotations: { "org.opencontainers.image.ref.name": image.tags[0] } });
    }
    docker.push({ Config: `blobs/sha256/${config.digest.slice(7)}`, RepoTags: image.tags, Layers: layers.map((l) => `blobs/sha256/${(l as { digest: string }).digest.slice(7)}`) });
  }
  files.set("oci-layout", Buffer.from('{"imageLayoutVersion":"1.0.0"}'));
  files.set("index.json", Buffer.from(JSON.stringify({ schemaVersion: 2, manifests: descriptors })));
  if (options.dockerManifest) files.set("manifest.json", Buffer.from(JSON.stringify(docker)));
  return files;
}

export function tarOfFiles(files: ReadonlyMap<string, Buffer>): Promise<Buffer> {
  return tarOf([...files].map(([name, data]) => ({ name, data })));
}

/** The layers and config of the seed's image: `.env` copied, then deleted by a whiteout. */
export async function seedLayers(): Promise<{ layers: Buffer[]; config: string }> {
  const layers = [
    await tarOf([{ name: "bin/", type: "directory" }, { name: "bin/sh", data: "\u007fELF\u0000binary" }]),
    await tarOf([{ name: "app/", type: "directory" }, { name: "app/.env", data: `STRIPE_KEY=sk_live_${"FAKE".repeat(6)}\n` }]),
    await tarOf([{ name: "app/", type: "directory" }, { name: "app/.wh..env" }]),
  ];
  const config = configOf({
    history: [{ created_by: "/bin/sh" }, { created_by: "/bin/sh -c #(nop) COPY file:b69f in /app/.env " }, { created_by: "/bin/sh -c rm /app/.env" }],
    layers,
  });
  return { layers, config };
}
