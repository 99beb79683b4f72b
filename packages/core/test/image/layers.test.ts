import { describe, expect, it } from "vitest";
import { LayerScanner, layerPath, type LayerEntry } from "../../src/index.js";
import { WhiteoutIndex } from "../../src/image/layers.js";
import { FAKE } from "../helpers.js";

const file = (name: string, content?: string, extra: Partial<LayerEntry> = {}): LayerEntry => ({
  name,
  type: "file",
  size: content?.length ?? 0,
  mode: 0o644,
  ...(content === undefined ? {} : { content }),
  ...extra,
});

function scan(entries: readonly LayerEntry[], options = {}) {
  const scanner = new LayerScanner("sha256:layer", options);
  for (const entry of entries) scanner.add(entry);
  return scanner.summary();
}

describe("layerPath", () => {
  it.each([
    ["app/.env", "/app/.env"],
    ["./app/.env", "/app/.env"],
    ["/app//x/../.env", "/app/.env"],
    ["./", "/"],
    ["../../etc/passwd", null],
    ["app/../../etc/passwd", null],
  ])("%s → %s", (name, path) => {
    expect(layerPath(name)).toBe(path);
  });
});

describe("LayerScanner", () => {
  it("finds secret files by name and by content, and nothing in plain files", () => {
    const summary = scan([
      file("app/.env", "API_SECRET=not-a-real-secret\n"),
      file("app/config.js", `module.exports = { token: "${FAKE.github}" };\n`),
      file("app/index.js", "console.log('hello');\n"),
      { name: "app/", type: "directory", size: 0, mode: 0o755 },
    ]);
    expect(summary.secrets).toEqual([
      { path: "/app/.env", fileKind: "dotenv file", content: null },
      { path: "/app/config.js", fileKind: null, content: { what: "a GitHub token (ghp_…)", secrets: [FAKE.github] } },
    ]);
    expect(summary.entries).toBe(4);
    expect(summary.error).toBeUndefined();
  });

  it("reports a hardlinked secret file by name, never a symlink (it holds no bytes)", () => {
    const summary = scan([
      { name: "root/.npmrc", type: "hardlink", size: 0, mode: 0o644, linkTarget: "app/npmrc" },
      { name: "app/.env", type: "symlink", size: 0, mode: 0o777, linkTarget: "/run/secrets/env" },
    ]);
    expect(summary.secrets).toEqual([{ path: "/root/.npmrc", fileKind: "npm credentials", content: null }]);
  });

  it("skips entries whose path leaves the layer root, and counts what the reader did not read", () => {
    const summary = scan([
      file("../../etc/passwd", `token=${FAKE.github}`),
      file("usr/bin/tool", undefined, { skipped: "binary" }),
      file("usr/bin/other", undefined, { skipped: "binary" }),
      file("data/big.db", undefined, { skipped: "larger than 1 MiB" }),
    ]);
    expect(summary.secrets).toEqual([]);
    expect(summary.skipped).toEqual([
      { reason: "path escapes the layer root", count: 1, example: "../../etc/passwd" },
      { reason: "binary", count: 2, example: "/usr/bin/tool" },
      { reason: "larger than 1 MiB", count: 1, example: "/data/big.db" },
    ]);
  });

  it("records whiteouts and opaque directories, not AUFS bookkeeping", () => {
    const summary = scan([file("app/.wh..env"), file("cache/.wh..wh..opq"), file(".wh..wh.plnk"), file("app/.wh.."), file(".wh.top")]);
    expect(summary.whiteouts).toEqual([
      { path: "/app/.env", opaque: false },
      { path: "/cache", opaque: true },
      { path: "/top", opaque: false },
    ]);
    expect(summary.secrets).toEqual([]);
  });

  it("keeps at most maxSecrets secrets and maxWhiteouts whiteouts, counting the rest", () => {
    const entries = Array.from({ length: 5 }, (_, i) => file(`app${i}/.env`));
    const summary = scan([...entries, file("a/.wh.x"), file("a/.wh.y"), file("a/.wh.z")], { maxSecrets: 2, maxWhiteouts: 1 });
    expect(summary.secrets.map((s) => s.path)).toEqual(["/app0/.env", "/app1/.env"]);
    expect(summary.omittedSecrets).toBe(3);
    expect(summary.whiteouts).toEqual([{ path: "/a/x", opaque: false }]);
    expect(summary.omittedWhiteouts).toBe(2);
  });

  it("judges file contents by the secretNames lists, as no-secret-in-context-file does", () => {
    const settings = file("app/settings.yml", "build_salt: Zq8xFakeSaltValue42\n");
    expect(scan([settings]).secrets).toEqual([]);
    expect(scan([settings], { names: { deny: ["BUILD_SALT"] } }).secrets).toEqual([
      { path: "/app/settings.yml", fileKind: null, content: { what: "a high-entropy secret (Zq8x…)", secrets: ["Zq8xFakeSaltValue42"] } },
    ]);
  });

  it("honours the secretFiles lists", () => {
    const summary = scan([file("app/.env"), file("app/build.secret")], { files: { allow: ["/app/.env"], deny: ["*.secret"] } });
    expect(summary.secrets).toEqual([{ path: "/app/build.secret", fileKind: "configured secret file", content: null }]);
  });

  it("keeps the first read error", () => {
    const scanner = new LayerScanner("d");
    scanner.add(file("app/.env"));
    scanner.fail("it is truncated");
    scanner.fail("a second problem");
    expect(scanner.summary()).toMatchObject({ entries: 1, error: "it is truncated", secrets: [{ path: "/app/.env" }] });
  });
});

describe("WhiteoutIndex", () => {
  const layer = (whiteouts: { path: string; opaque: boolean }[]) => ({
    digest: "d",
    entries: 0,
    secrets: [],
    omittedSecrets: 0,
    whiteouts,
    omittedWhiteouts: 0,
    skipped: [],
  });
  const index = new WhiteoutIndex([
    layer([]),
    layer([]),
    layer([{ path: "/app/.env", opaque: false }]),
    layer([{ path: "/etc", opaque: true }]),
    layer([{ path: "/srv", opaque: false }]),
  ]);

  it("finds the first later layer that hides the path itself, an ancestor, or an opaque ancestor directory", () => {
    expect(index.deletedIn(0, "/app/.env")).toBe(2);
    expect(index.deletedIn(1, "/etc/secret.key")).toBe(3);
    expect(index.deletedIn(0, "/srv/a/b/id_rsa")).toBe(4);
  });

  it("says null when nothing later hides it: the layer's own whiteouts, an opaque directory itself, other paths", () => {
    expect(index.deletedIn(2, "/app/.env")).toBeNull();
    expect(index.deletedIn(0, "/etc")).toBeNull();
    expect(index.deletedIn(0, "/app/.env.local")).toBeNull();
    expect(index.deletedIn(4, "/srv/x")).toBeNull();
  });
});
