/**
 * The packaged extension, as the Marketplace and Open VSX receive it: `npm run pack`'s .vsix
 * (scripts/pack.mjs, @vscode/vsce), opened with a zip reader. VS Code itself cannot be installed
 * here, so the test checks what VS Code reads — the manifest, its activation events and settings —
 * runs the bundled language server from the unpacked .vsix over stdio, and loads the bundled
 * client as the extension host would (test/activate.cjs) to see it start that server.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import yauzl from "yauzl";
import { pack } from "../../../scripts/pack.mjs";
import { DEFAULT_SETTINGS, parseSettings } from "../../lsp/src/settings.js";
import { firstSession } from "../../lsp/test/helpers/lsp-client.js";

const HERE = dirname(fileURLToPath(import.meta.url));
const SOURCE_MANIFEST = JSON.parse(readFileSync(join(HERE, "../package.json"), "utf8")) as { version: string; devDependencies: Record<string, string> };
const LEAKY = "FROM alpine\nARG NPM_TOKEN\nRUN npm ci --token $NPM_TOKEN\n";
const SLOW = { timeout: 180_000 };

interface ExtensionManifest {
  name: string;
  publisher: string;
  version: string;
  type: string;
  main: string;
  license: string;
  repository: { url: string };
  engines: Record<string, string>;
  activationEvents: string[];
  contributes: { configuration: { title: string; properties: Record<string, { type: string; default: unknown }> } };
  dependencies?: unknown;
  devDependencies?: unknown;
  scripts?: unknown;
  private?: boolean;
}

/** Every entry of the zip at `file`: name → contents. */
function unzip(file: string): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    const entries = new Map<string, Buffer>();
    yauzl.open(file, { lazyEntries: true }, (error, zip) => {
      if (error) return reject(error);
      zip.on("error", reject);
      zip.on("end", () => resolve(entries));
      zip.on("entry", (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError) return reject(streamError);
          const chunks: Buffer[] = [];
          stream.on("data", (chunk: Buffer) => chunks.push(chunk));
          stream.on("end", () => {
            entries.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
}

let packaged: Promise<{ out: string; entries: Map<string, Buffer>; extension: string }> | undefined;

/** Packs the .vsix and unpacks it, once, on first use. */
function vsix() {
  packaged ??= (async () => {
    const out = mkdtempSync(join(tmpdir(), "layerlint-vsix-"));
    const [packed] = (await pack({ out, only: ["vscode"] })) as { file: string }[];
    const entries = await unzip(packed!.file);
    const unpacked = join(out, "unpacked");
    for (const [name, contents] of entries) {
      mkdirSync(dirname(join(unpacked, name)), { recursive: true });
      writeFileSync(join(unpacked, name), contents);
    }
    return { out, entries, extension: join(unpacked, "extension") };
  })();
  return packaged;
}

async function manifest(): Promise<ExtensionManifest> {
  return JSON.parse((await vsix()).entries.get("extension/package.json")!.toString("utf8")) as ExtensionManifest;
}

afterAll(async () => {
  const done = await packaged?.catch(() => undefined);
  if (done !== undefined) rmSync(done.out, { recursive: true, force: true });
});

describe("the packaged .vsix", () => {
  it("holds the manifest, the bundled client and server, the readme, changelog, licence and notices", SLOW, async () => {
    const { entries } = await vsix();
    expect([...entries.keys()].sort()).toEqual([
      "[Content_Types].xml",
      "extension.vsixmanifest",
      "extension/LICENSE.txt",
      "extension/THIRD-PARTY-NOTICES.md",
      "extension/changelog.md",
      "extension/dist/extension.js",
      "extension/package.json",
      "extension/readme.md",
      "extension/server/lint-worker.js",
      "extension/server/server.js",
    ]);
    const notices = entries.get("extension/THIRD-PARTY-NOTICES.md")!.toString("utf8");
    const bundled = notices.split("\n").filter((line) => line.startsWith("## ")).map((line) => line.split(" ")[1]);
    expect(bundled).toEqual(expect.arrayContaining(["dockerfile-ast", "vscode-languageclient", "vscode-languageserver", "yaml"]));
  });

  it("has a manifest VS Code and Open VSX accept", SLOW, async () => {
    const extension = await manifest();
    expect(extension).toMatchObject({
      name: "layerlint",
      publisher: "layerlint",
      version: SOURCE_MANIFEST.version,
      type: "commonjs",
      main: "./dist/extension.js",
      license: "MIT",
      repository: { url: "git+https://github.com/layerlint/layerlint.git" },
      engines: { vscode: "^1.91.0" },
    });
    // Bundled: nothing to install, no scripts to run.
    expect([extension.dependencies, extension.devDependencies, extension.scripts, extension.private]).toEqual([undefined, undefined, undefined, undefined]);
    const vsixManifest = (await vsix()).entries.get("extension.vsixmanifest")!.toString("utf8");
    expect(vsixManifest).toContain(`<Identity Language="en-US" Id="layerlint" Version="${SOURCE_MANIFEST.version}" Publisher="layerlint" />`);
    expect(vsixManifest).toContain('<Property Id="Microsoft.VisualStudio.Code.Engine" Value="^1.91.0" />');
  });

  it("is built for the VS Code its client library needs", SLOW, async () => {
    const client = JSON.parse(readFileSync(join(HERE, "../node_modules/vscode-languageclient/package.json"), "utf8")) as { engines: { vscode: string } };
    expect((await manifest()).engines.vscode).toBe(client.engines.vscode);
    expect(SOURCE_MANIFEST.devDependencies["@types/vscode"]).toBe(client.engines.vscode.replace(/^\^/, ""));
  });

  it("activates on Dockerfiles: the dockerfile language and docs/spec.md §7's file names", SLOW, async () => {
    expect((await manifest()).activationEvents).toEqual([
      "onLanguage:dockerfile",
      "workspaceContains:**/{Dockerfile,Dockerfile.*,*.Dockerfile,*.dockerfile,Containerfile,Containerfile.*}",
    ]);
  });

  it("exposes the server's layerlint.* settings with the server's defaults", SLOW, async () => {
    const { properties } = (await manifest()).contributes.configuration;
    expect(Object.keys(properties)).toEqual([
      "layerlint.enable",
      "layerlint.rules",
      "layerlint.target",
      "layerlint.configPath",
      "layerlint.debounceMs",
      "layerlint.trace.server",
    ]);
    expect([properties["layerlint.enable"]!.default, properties["layerlint.rules"]!.default, properties["layerlint.debounceMs"]!.default]).toEqual([
      DEFAULT_SETTINGS.enable,
      DEFAULT_SETTINGS.rules,
      DEFAULT_SETTINGS.debounceMs,
    ]);
    // An empty string is "not set" for the server, as an unset setting.
    expect(parseSettings({ layerlint: { target: properties["layerlint.target"]!.default, configPath: properties["layerlint.configPath"]!.default } })).toEqual(DEFAULT_SETTINGS);
    // The server reads each of them (trace.server is vscode-languageclient's): a value of the wrong type is named.
    const wrong = { boolean: 1, object: 1, string: 1, number: "1" } as Record<string, unknown>;
    for (const [key, schema] of Object.entries(properties).filter(([key]) => key !== "layerlint.trace.server")) {
      expect(parseSettings({ layerlint: { [key.slice("layerlint.".length)]: wrong[schema.type] } }).problem, key).toContain(`"${key}`);
    }
  });
});

describe("the bundled server, run from the unpacked .vsix", () => {
  it("answers initialize and publishes diagnostics over stdio", SLOW, async () => {
    const { extension } = await vsix();
    const dir = mkdtempSync(join(tmpdir(), "layerlint-vsix-project-"));
    try {
      const session = await firstSession(dir, LEAKY, { command: process.execPath, args: [join(extension, "server/server.js")] });
      expect(session.initialize.serverInfo).toEqual({ name: "layerlint-language-server", version: SOURCE_MANIFEST.version });
      expect(session.diagnostics.map((d) => `${String(d.code)}@${d.range.start.line}:${d.range.start.character}:${d.severity}`)).toEqual([
        "no-secret-in-arg@1:4:1",
        "require-secret-mount@2:0:1",
      ]);
      expect(session.exitCode).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("reads a YAML config with the yaml library bundled inside it", SLOW, async () => {
    const { extension } = await vsix();
    const dir = mkdtempSync(join(tmpdir(), "layerlint-vsix-project-"));
    try {
      writeFileSync(join(dir, ".layerlintrc.yaml"), "rules:\n  require-secret-mount: warn\n");
      const session = await firstSession(dir, LEAKY, { command: process.execPath, args: [join(extension, "server/server.js")] });
      expect(session.diagnostics.map((d) => `${String(d.code)}:${d.severity}`)).toEqual(["no-secret-in-arg:1", "require-secret-mount:2"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("the bundled client, loaded as the extension host loads it", () => {
  it("starts the bundled server over stdio, completes the handshake and stops it", SLOW, async () => {
    const { extension } = await vsix();
    const run = spawnSync(process.execPath, [join(HERE, "activate.cjs"), extension], { encoding: "utf8", timeout: 60_000 });
    const report = JSON.parse(run.stdout) as { error?: string; exports: string[]; requires: string[]; forks: unknown[]; serverOutput: string; activated: boolean; deactivated: boolean };
    expect(report.error).toBeUndefined();
    expect(report.exports).toEqual(["DOCUMENT_SELECTOR", "activate", "deactivate"]);
    // Only VS Code's module and Node's built-ins: everything else is inside the bundle.
    expect(report.requires.filter((request) => request !== "vscode" && !/^(node:)?[a-z_]+$/.test(request))).toEqual([]);
    expect(report.forks).toEqual([{ module: "server/server.js", args: ["--stdio", "--clientProcessId=<pid>"] }]);
    expect(report.serverOutput).toContain('"serverInfo":{"name":"layerlint-language-server"');
    expect([report.activated, report.deactivated]).toEqual([true, true]);
  });
});
