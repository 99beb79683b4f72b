import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { Readable } from "node:stream";
import { checkImage } from "@layerlint/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ImageArchiveError, readImageArchive } from "../../src/index.js";
import { createTempDir, type TempDir } from "../temp-dir.js";
import { configOf, dockerArchive, gzip, hugeHeader, ociFiles, seedLayers, tarOf, tarOfFiles, zstd } from "./archives.js";

let temp: TempDir;
beforeEach(() => {
  temp = createTempDir("layerlint-image-");
});
afterEach(() => {
  temp.remove();
});

function save(name: string, bytes: Buffer): string {
  const path = temp.path(name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, bytes);
  return path;
}

function writeDir(name: string, files: ReadonlyMap<string, Buffer>): string {
  for (const [file, bytes] of files) save(join(name, file), bytes);
  return temp.path(name);
}

async function errorOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ImageArchiveError);
    return (error as Error).message;
  }
  throw new Error("expected an ImageArchiveError");
}

/** What a reader's result says, compactly: per image, its layers' secrets, whiteouts and errors. */
function shape(images: Awaited<ReturnType<typeof readImageArchive>>["images"]) {
  return images.map((image) => ({
    name: image.name,
    layers: image.layers.map((l) => ({
      entries: l.entries,
      secrets: l.secrets.map((s) => `${s.path}:${s.fileKind ?? ""}:${s.content?.what ?? ""}`),
      whiteouts: l.whiteouts.map((w) => `${w.path}${w.opaque ? " (opaque)" : ""}`),
      ...(l.error === undefined ? {} : { error: l.error }),
    })),
  }));
}

const SEED_SHAPE = [
  { entries: 2, secrets: [], whiteouts: [] },
  { entries: 2, secrets: ["/app/.env:dotenv file:a Stripe key (sk_l…)"], whiteouts: [] },
  { entries: 2, secrets: [], whiteouts: ["/app/.env"] },
];

describe("readImageArchive", () => {
  it("reads buildah's docker-archive: layers first, symlinked layer.tar, manifest.json last", async () => {
    const { layers, config } = await seedLayers();
    const path = save("seed.tar", await dockerArchive([{ tags: ["docker.io/library/seed:latest"], config, layers }]));
    const read = await readImageArchive(path);
    expect(read.format).toBe("docker-archive");
    expect(read.warnings).toEqual([]);
    expect(shape(read.images)).toEqual([{ name: "docker.io/library/seed:latest", layers: SEED_SHAPE }]);
    const [finding] = checkImage(read.images[0]!).findings;
    expect(finding!.location).toMatchObject({ channel: "layer", layer: 1, path: "/app/.env", deletedInLayer: 2 });
  });

  it.each([
    ["gzip", gzip, "application/vnd.oci.image.layer.v1.tar+gzip"],
    ["zstd", (b: Buffer) => zstd(b), "application/vnd.oci.image.layer.v1.tar+zstd"],
    ["uncompressed", (b: Buffer) => b, "application/vnd.oci.image.layer.v1.tar"],
  ])("reads an OCI archive with %s layers", async (_, compress, mediaType) => {
    const { layers, config } = await seedLayers();
    const files = ociFiles([{ tags: ["seed:1"], config, layers: layers.map(compress) }], { layerMediaType: mediaType });
    const read = await readImageArchive(save("seed-oci.tar", await tarOfFiles(files)));
    expect(read.format).toBe("oci-archive");
    expect(shape(read.images)).toEqual([{ name: "seed:1", layers: SEED_SHAPE }]);
  });

  it("reads an OCI layout directory through a nested (multi-platform) index", async () => {
    const { layers, config } = await seedLayers();
    const dir = writeDir("layout", ociFiles([{ tags: ["seed:2"], config, layers: layers.map(gzip) }], { nestedIndex: true }));
    const read = await readImageArchive(dir);
    expect(read.format).toBe("oci-layout");
    expect(shape(read.images)).toEqual([{ name: "seed:2 (linux/amd64)", layers: SEED_SHAPE }]);
  });

  it("reads an index that lists itself once, not once per path (a 2 kB layout took 20 s before)", async () => {
    const self = `sha256:${"ab".repeat(32)}`;
    const entry = { mediaType: "application/vnd.oci.image.index.v1+json", digest: self, size: 1 };
    const files = new Map<string, Buffer>([
      ["oci-layout", Buffer.from('{"imageLayoutVersion":"1.0.0"}')],
      ["index.json", Buffer.from(JSON.stringify({ schemaVersion: 2, manifests: [entry] }))],
      [`blobs/sha256/${"ab".repeat(32)}`, Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: entry.mediaType, manifests: Array.from({ length: 20 }, () => entry) }))],
    ]);
    const message = await errorOf(readImageArchive(writeDir("cycle", files)));
    expect(message).toMatch(/no image/i);
  }, 5_000);

  it("reads Docker 25's docker save (an OCI layout with manifest.json), gzip-compressed as a whole, and from a stream", async () => {
    const { layers, config } = await seedLayers();
    const archive = gzip(await tarOfFiles(ociFiles([{ tags: ["seed:3"], config, layers }], { dockerManifest: true })));
    const fromFile = await readImageArchive(save("seed.tar.gz", archive));
    expect(fromFile.format).toBe("docker-archive");
    expect(shape(fromFile.images)).toEqual([{ name: "seed:3", layers: SEED_SHAPE }]);
    const fromStream = await readImageArchive(Readable.from([archive.subarray(0, 100), archive.subarray(100)]));
    expect(shape(fromStream.images)).toEqual(shape(fromFile.images));
  });

  it("reads every image of a multi-image archive, or the one --image names (tag, short name, config digest)", async () => {
    const { layers, config } = await seedLayers();
    const other = configOf({ env: ["A=1"], history: [{ created_by: "/bin/sh" }], layers: [layers[0]!] });
    const path = save("two.tar", await dockerArchive([{ tags: ["docker.io/library/seed:latest"], config, layers }, { tags: ["localhost/other:v2"], config: other, layers: [layers[0]!] }]));
    expect((await readImageArchive(path)).images.map((i) => i.name)).toEqual(["docker.io/library/seed:latest", "localhost/other:v2"]);
    for (const wanted of ["seed", "seed:latest", "docker.io/library/seed:latest"]) {
      expect((await readImageArchive(path, { image: wanted })).images.map((i) => i.name)).toEqual(["docker.io/library/seed:latest"]);
    }
    const digest = (await import("./archives.js")).digestOf(other).slice(0, 19);
    expect((await readImageArchive(path, { image: digest })).images.map((i) => i.name)).toEqual(["localhost/other:v2"]);
    expect(await errorOf(readImageArchive(path, { image: "nginx" }))).toBe(`--image nginx matches no image of ${path} (it holds: docker.io/library/seed:latest, localhost/other:v2).`);
  });
});

describe("readImageArchive on bad input", () => {
  it("refuses what is not an image archive, saying what was expected", async () => {
    const text = save("notes.txt", Buffer.from("hello, this is not a tar file\n".repeat(40)));
    expect(await errorOf(readImageArchive(text))).toBe(
      `${text} is not an image archive: it is not a tar file (expected docker save, podman save, buildah push docker-archive:/oci-archive:, or an OCI layout directory).`,
    );
    const empty = save("empty.tar", Buffer.alloc(0));
    expect(await errorOf(readImageArchive(empty))).toMatch(/ is not an image archive: it is empty \(/);
    expect(await errorOf(readImageArchive(temp.path("missing.tar")))).toBe(`${temp.path("missing.tar")}: no such file or directory.`);
    const plain = save("plain.tar", await tarOf([{ name: "README", data: "x" }]));
    expect(await errorOf(readImageArchive(plain))).toBe(`${plain} holds no manifest.json or index.json: it is not a docker save or OCI image archive.`);
    const badJson = save("bad.tar", await tarOf([{ name: "manifest.json", data: "{not json" }]));
    expect(await errorOf(readImageArchive(badJson))).toMatch(/^.*bad\.tar: manifest\.json is not valid JSON \(/);
  });

  it("says where a truncated archive ends", async () => {
    const { layers, config } = await seedLayers();
    const whole = await dockerArchive([{ tags: ["seed"], config, layers }]);
    const cut = save("cut.tar", whole.subarray(0, 1800));
    expect(await errorOf(readImageArchive(cut))).toBe(`${cut} cannot be read past member 1: it is truncated (its tar data ends in the middle of an entry).`);
    const cutGzip = save("cut.tar.gz", gzip(whole).subarray(0, 200));
    expect(await errorOf(readImageArchive(cutGzip))).toMatch(/cut\.tar\.gz cannot be read past member \d+: it is truncated \(its gzip data ends early\)\.$/);
  });

  it("reads the other layers when one is truncated, corrupt gzip or corrupt zstd, and says which", async () => {
    const { layers, config } = await seedLayers();
    const truncated = layers[1]!.subarray(0, 700);
    const corruptGzip = Buffer.concat([Buffer.from([0x1f, 0x8b, 0x08, 0x00]), Buffer.alloc(60, 0x41)]);
    const truncatedZstd = zstd(layers[0]!).subarray(0, 12);
    // A frame descriptor with its reserved bit set.
    const corruptZstd = Buffer.concat([Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 0x08]), Buffer.alloc(40, 0x11)]);
    const path = save("broken.tar", await tarOfFiles(ociFiles([{ tags: ["broken"], config, layers: [corruptGzip, truncated, corruptZstd, truncatedZstd] }])));
    const read = await readImageArchive(path);
    expect(read.images[0]!.layers.map((l) => [l.entries, l.error])).toEqual([
      [0, "it is corrupt (gzip: invalid stored block lengths)"],
      [1, "it is truncated (its tar data ends in the middle of an entry)"],
      [0, "it is corrupt (zstd: invalid zstd data)"],
      [0, "it is truncated (its zstd data ends early)"],
    ]);
  });

  it("skips layer entries that leave the root, never follows symlinks, and reads a hardlinked secret by name", async () => {
    const layer = await tarOf([
      { name: "../../etc/passwd", data: `root:${"FAKE".repeat(4)}` },
      { name: "app/.env", type: "symlink", linkname: "../../../run/secrets/env" },
      { name: "app/config", data: "plain" },
      { name: "app/.npmrc", type: "link", linkname: "app/config" },
    ]);
    const config = configOf({ history: [{ created_by: "/bin/sh" }], layers: [layer] });
    const [image] = (await readImageArchive(save("links.tar", await dockerArchive([{ tags: ["links"], config, layers: [layer] }])))).images;
    expect(image!.layers[0]).toMatchObject({
      entries: 4,
      secrets: [{ path: "/app/.npmrc", fileKind: "npm credentials", content: null }],
      skipped: [{ reason: "path escapes the layer root", count: 1, example: "../../etc/passwd" }],
    });
  });

  it("stops at a header that claims 10 GB the layer does not hold, without reading or allocating it", async () => {
    const layer = Buffer.concat([await tarOf([{ name: "app/small.txt", data: "ok" }]).then((t) => t.subarray(0, 1024)), hugeHeader("data/sparse.img", 10 * 1024 ** 3), Buffer.alloc(4096)]);
    const config = configOf({ history: [{ created_by: "/bin/sh" }], layers: [layer] });
    const [image] = (await readImageArchive(save("huge.tar", await dockerArchive([{ tags: ["huge"], config, layers: [layer] }])))).images;
    expect(image!.layers[0]).toMatchObject({
      entries: 1,
      skipped: [],
      error: "it is truncated (its tar data ends in the middle of an entry)",
    });
  });

  it("does not read files over the size limit or binaries, and says so", async () => {
    const token = `ghp_${"FAKE".repeat(9)}`;
    const layer = gzip(
      await tarOf([
        { name: "data/zeros.bin", data: Buffer.alloc(3 * 1024 * 1024) },
        { name: "usr/bin/tool", data: Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0]), Buffer.from(token)]) },
        { name: "app/settings.py", data: `TOKEN = "${token}"\n` },
      ]),
    );
    const config = configOf({ history: [{ created_by: "/bin/sh" }], layers: [layer] });
    const [image] = (await readImageArchive(save("big.tar", await tarOfFiles(ociFiles([{ tags: ["big"], config, layers: [layer] }]))), { maxFileBytes: 1024 * 1024 })).images;
    expect(image!.layers[0]).toMatchObject({
      entries: 3,
      secrets: [{ path: "/app/settings.py", fileKind: null, content: { what: "a GitHub token (ghp_…)" } }],
      skipped: [
        { reason: "larger than 1 MiB", count: 1, example: "/data/zeros.bin" },
        { reason: "binary", count: 1, example: "/usr/bin/tool" },
      ],
    });
  });

  it("refuses a zstd frame that asks for a window over 128 MiB before allocating it", async () => {
    const { layers, config } = await seedLayers();
    // Frame header: magic, descriptor 0x00 (no single segment), window descriptor 0xa8 (2^31 bytes).
    const bomb = Buffer.concat([Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 0x00, 0xa8]), Buffer.alloc(64)]);
    const read = await readImageArchive(save("window.tar", await tarOfFiles(ociFiles([{ tags: ["w"], config, layers: [bomb, layers[1]!] }]))));
    expect(read.images[0]!.layers.map((l) => l.error ?? null)).toEqual(["it is corrupt (zstd: its zstd window is 2048 MiB, over the 128 MiB limit)", null]);
  });

  it("reads a zstd layer of several frames, and refuses a later frame that asks for a window over 128 MiB", async () => {
    const { layers, config } = await seedLayers();
    const tar = layers[0]!;
    const split = Math.floor(tar.length / 2);
    const frames = Buffer.concat([zstd(tar.subarray(0, split)), zstd(tar.subarray(split), "--check")]);
    const bomb = Buffer.concat([zstd(tar.subarray(0, split)), Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 0x00, 0xa8]), Buffer.alloc(64)]);
    const media = { layerMediaType: "application/vnd.oci.image.layer.v1.tar+zstd" };
    const read = await readImageArchive(save("frames.tar", await tarOfFiles(ociFiles([{ tags: ["f"], config, layers: [frames, ...layers.slice(1).map((l) => zstd(l))] }], media))));
    expect(shape(read.images)).toEqual([{ name: "f", layers: SEED_SHAPE }]);
    const refused = await readImageArchive(save("bomb.tar", await tarOfFiles(ociFiles([{ tags: ["b"], config, layers: [bomb, ...layers.slice(1).map((l) => zstd(l))] }], media))));
    expect(refused.images[0]!.layers.map((l) => l.error ?? null)).toEqual(["it is corrupt (zstd: its zstd window is 2048 MiB, over the 128 MiB limit)", null, null]);
  });

  it("refuses manifest paths and digests that leave the archive, and reports a layer the archive lacks", async () => {
    const { layers, config } = await seedLayers();
    const escaping = save("escape.tar", await tarOf([{ name: "c.json", data: config }, { name: "manifest.json", data: JSON.stringify([{ Config: "c.json", RepoTags: ["x"], Layers: ["../../etc/passwd"] }]) }]));
    expect(await errorOf(readImageArchive(escaping))).toBe(`${escaping}: layer 0 of image 0 of manifest.json is not a path inside the archive.`);
    const missing = save("missing-layer.tar", await tarOf([{ name: "c.json", data: config }, { name: "manifest.json", data: JSON.stringify([{ Config: "c.json", RepoTags: ["x"], Layers: ["gone.tar"] }]) }]));
    expect((await readImageArchive(missing)).images[0]!.layers.map((l) => l.error)).toEqual(["gone.tar is missing from the archive"]);
    const files = ociFiles([{ tags: ["x"], config, layers }]);
    const index = JSON.parse(files.get("index.json")!.toString()) as { manifests: { digest: string }[] };
    index.manifests[0]!.digest = "sha256:../../../etc/passwd";
    files.set("index.json", Buffer.from(JSON.stringify(index)));
    const badDigest = save("bad-digest.tar", await tarOfFiles(files));
    expect(await errorOf(readImageArchive(badDigest))).toBe(`${badDigest} lists no image.`);
    expect((await readImageArchive(save("warn.tar", await tarOfFiles(ociFiles([{ tags: ["y"], config, layers }])))) ).warnings).toEqual([]);
  });

  it("in a directory, reads only files inside it: a symlink out of it is a missing layer", async () => {
    const { layers, config } = await seedLayers();
    const outside = save("outside/secret.tar", layers[1]!);
    const dir = writeDir("layout", ociFiles([{ tags: ["d"], config, layers }]));
    const blob = join(dir, "blobs/sha256", (await import("./archives.js")).digestOf(layers[1]!).slice(7));
    const { rmSync } = await import("node:fs");
    rmSync(blob);
    symlinkSync(outside, blob);
    const [image] = (await readImageArchive(dir)).images;
    expect(image!.layers.map((l) => l.error ?? null)).toEqual([null, expect.stringMatching(/ is missing from the archive$/), null]);
  });
});
