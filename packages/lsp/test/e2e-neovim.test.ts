/**
 * End to end in a real third-party client: headless Neovim 0.7 (Debian's `neovim` package)
 * starts the server with vim.lsp.start_client, attaches it to a leaky Dockerfile, waits for the
 * diagnostics, asks for a hover and the code actions, applies "disable for this instruction" and
 * waits for the re-lint (test/neovim/e2e.lua). npm test installs neovim (scripts/system-deps.mjs):
 * without it this test fails — it is never skipped.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { editorFixture } from "./helpers/editor-fixture.js";
import { assertServerBuilt, SERVER_BIN } from "./helpers/lsp-client.js";

const SCRIPT = join(dirname(fileURLToPath(import.meta.url)), "neovim/e2e.lua");

interface NeovimDiagnostic {
  code: string;
  source: string;
  lnum: number;
  col: number;
  end_lnum: number;
  end_col: number;
  severity: number;
  message: string;
  href: string | null;
}

interface NeovimReport {
  error?: string;
  diagnostics?: NeovimDiagnostic[];
  hover?: string | null;
  actions?: string[];
  lines?: string[];
  after?: NeovimDiagnostic[];
}

function neovimVersion(): string {
  const probe = spawnSync("nvim", ["--version"], { encoding: "utf8" });
  if (probe.error !== undefined || probe.status !== 0) {
    throw new Error(
      "Neovim (`nvim`) is not installed, so the real-editor test cannot run. Install it with " +
        "`apt-get update && apt-get install -y neovim` (npm test does: scripts/system-deps.mjs).",
    );
  }
  return probe.stdout.split("\n")[0]!;
}

describe("Neovim as the LSP client", () => {
  let dir: string | undefined;
  let report: NeovimReport | undefined;

  /**
   * Runs Neovim once, on first use. Called from each test rather than a beforeAll hook, so that a
   * missing `nvim` fails every test with its message instead of leaving them skipped.
   */
  function neovimReport(): NeovimReport {
    if (report !== undefined) return report;
    assertServerBuilt();
    expect(neovimVersion()).toMatch(/^NVIM v0\.\d+/);
    const { dir: fixtureDir, dockerfile, out } = editorFixture("layerlint-nvim-");
    dir = fixtureDir;
    const run = spawnSync("nvim", ["--headless", "-u", "NONE", "-i", "NONE", "-n", "-c", `luafile ${SCRIPT}`], {
      cwd: dir,
      encoding: "utf8",
      timeout: 90_000,
      env: { ...process.env, LAYERLINT_SERVER: SERVER_BIN, LAYERLINT_FILE: dockerfile, LAYERLINT_OUT: out },
    });
    if (!existsSync(out)) {
      throw new Error(`Neovim wrote no report (exit ${run.status ?? run.signal}): ${run.stderr}${run.stdout}`);
    }
    report = JSON.parse(readFileSync(out, "utf8")) as NeovimReport;
    return report;
  }

  afterAll(() => {
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  });

  it("receives the expected diagnostics", { timeout: 120_000 }, () => {
    const report = neovimReport();
    expect(report.error).toBeUndefined();
    const seen = report.diagnostics!.map((d) => `${d.code}@${d.lnum}`);
    expect(seen).toEqual([
      "no-secret-in-arg@2",
      "require-secret-mount@3",
      "no-hardcoded-secret@4",
      "require-dockerignore@5",
    ]);
    const arg = report.diagnostics![0]!;
    expect(arg).toMatchObject({ source: "layerlint", col: 4, end_lnum: 2, end_col: 13, severity: 1 });
    expect(arg.href).toMatch(/\/docs\/rules\/no-secret-in-arg\.md$/);
    expect(JSON.stringify(report.diagnostics)).not.toContain("ghp_F");
  });

  it("shows a hover that names the channel", { timeout: 120_000 }, () => {
    const report = neovimReport();
    expect(report.hover).toContain("no-secret-in-arg");
    expect(report.hover).toContain("image history");
  });

  it("offers the quick fixes and applies 'disable for this instruction'", { timeout: 120_000 }, () => {
    const report = neovimReport();
    expect(report.actions).toContain("Disable no-secret-in-arg for this instruction");
    expect(report.actions!.some((title) => title.startsWith("Pass NPM_TOKEN as a BuildKit secret"))).toBe(true);
    expect(report.lines![2]).toBe("# layerlint-disable-next-line no-secret-in-arg");
    expect(report.lines![3]).toBe("ARG NPM_TOKEN");
    expect(report.after!.map((d) => `${d.code}@${d.lnum}`)).toEqual([
      "require-secret-mount@4",
      "no-hardcoded-secret@5",
      "require-dockerignore@6",
    ]);
  });
});
