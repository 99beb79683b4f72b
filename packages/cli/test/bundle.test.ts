import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { CLI_BUNDLE_DIR as BUNDLE_DIR, staleFiles } from "../../../scripts/bundle.mjs";
import { fixture, LEAKY } from "./helpers.js";

const CLI_DIR = fileURLToPath(new URL("..", import.meta.url));

describe("the committed bundle (what the pre-commit hook runs)", () => {
  it("is what the sources build to", async () => {
    const stale = await staleFiles();
    expect(stale, "Run npm run bundle (node scripts/bundle.mjs) and commit packages/cli/dist-bundle/.").toEqual([]);
  }, 60_000);

  it("runs on its own, without node_modules or a build", () => {
    // Laid out as npm installs the repository root: the bundle and the CLI's manifest, nothing else.
    const installed = fixture({ "app/Dockerfile": LEAKY, "app/.layerlintrc.json": '{"rules":{"require-secret-mount":"warn"}}' });
    mkdirSync(join(installed, "pkg/packages/cli/dist-bundle"), { recursive: true });
    const bin = join(installed, "pkg/packages/cli/dist-bundle/layerlint.cjs");
    copyFileSync(join(BUNDLE_DIR, "layerlint.cjs"), bin);
    copyFileSync(join(CLI_DIR, "package.json"), join(installed, "pkg/packages/cli/package.json"));

    const version = spawnSync(process.execPath, [bin, "--version"], { encoding: "utf8" });
    const manifest = JSON.parse(readFileSync(join(CLI_DIR, "package.json"), "utf8")) as { version: string };
    expect(version.stdout).toBe(`layerlint ${manifest.version}\n`);

    const lint = spawnSync(process.execPath, [bin, "--format", "json", "app"], { cwd: installed, encoding: "utf8" });
    expect(lint.stderr).toBe("");
    expect(lint.status).toBe(1);
    const [file] = JSON.parse(lint.stdout) as { messages: { ruleId: string; severity: number }[] }[];
    expect(file!.messages.map((m) => `${m.ruleId}:${m.severity}`)).toEqual(["no-secret-in-arg:2", "require-secret-mount:1"]);
  });

  it("starts with a node shebang, so npm can link it as a bin", () => {
    expect(readFileSync(join(BUNDLE_DIR, "layerlint.cjs"), "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
  });
});
