/**
 * End to end in a second real editor: Emacs 28 with eglot (Debian's `emacs-nox` and `elpa-eglot`,
 * installed by scripts/system-deps.mjs) runs the server as docs/integrations/editors.md sets it
 * up, and emacs/e2e.el reads flymake's diagnostics, asks eldoc's hover, lists eglot's code
 * actions, applies "disable for this instruction" and waits for the re-lint. Without Emacs or
 * eglot this test fails with that message — it is never skipped.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { editorFixture } from "./helpers/editor-fixture.js";
import { assertServerBuilt, SERVER_BIN } from "./helpers/lsp-client.js";

const SCRIPT = join(dirname(fileURLToPath(import.meta.url)), "emacs/e2e.el");

interface EmacsDiagnostic {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  type: string;
  text: string;
}

interface EmacsReport {
  error?: string;
  server?: string;
  diagnostics?: EmacsDiagnostic[];
  hover?: string;
  actions?: string[];
  lines?: string[];
  after?: EmacsDiagnostic[];
}

/** `rule@line:column-endLine:endColumn` (1-based lines, 0-based columns as Emacs counts them). */
function where(diagnostics: readonly EmacsDiagnostic[]): string[] {
  return diagnostics.map((d) => `${/\[([a-z-]+)\]/.exec(d.text)?.[1]}@${d.line}:${d.column}-${d.endLine}:${d.endColumn}`);
}

function assertEmacsWithEglot(): void {
  const probe = spawnSync("emacs", ["--batch", "-q", "--eval", '(progn (require (quote eglot)) (princ emacs-version))'], { encoding: "utf8" });
  if (probe.error !== undefined || probe.status !== 0) {
    throw new Error(
      "Emacs with eglot is not installed, so the Emacs end-to-end test cannot run. Install it with " +
        `\`apt-get install -y emacs-nox elpa-eglot\` (npm test does: scripts/system-deps.mjs). ${probe.error?.message ?? probe.stderr}`,
    );
  }
}

describe("Emacs (eglot) as the LSP client", () => {
  let dir: string | undefined;
  let report: EmacsReport | undefined;

  /** Runs Emacs once, on first use (from each test, so a missing Emacs fails them all with its message). */
  function emacsReport(): EmacsReport {
    if (report !== undefined) return report;
    assertServerBuilt();
    assertEmacsWithEglot();
    const { dir: fixtureDir, dockerfile, out } = editorFixture("layerlint-emacs-");
    dir = fixtureDir;
    const run = spawnSync("emacs", ["--batch", "-q", "-l", SCRIPT], {
      cwd: dir,
      encoding: "utf8",
      timeout: 100_000,
      env: { ...process.env, LAYERLINT_SERVER: SERVER_BIN, LAYERLINT_FILE: dockerfile, LAYERLINT_OUT: out },
    });
    if (!existsSync(out)) throw new Error(`Emacs wrote no report (exit ${run.status ?? run.signal}): ${run.stderr}${run.stdout}`);
    report = JSON.parse(readFileSync(out, "utf8")) as EmacsReport;
    return report;
  }

  afterAll(() => {
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  });

  it("shows the expected diagnostics through flymake", { timeout: 120_000 }, () => {
    const report = emacsReport();
    expect(report.error).toBeUndefined();
    expect(report.server).toBe("layerlint-language-server");
    expect(where(report.diagnostics!)).toEqual([
      "no-secret-in-arg@3:4-3:13",
      "require-secret-mount@4:0-4:88",
      "no-hardcoded-secret@5:17-5:57",
      "require-dockerignore@6:0-6:8",
    ]);
    expect(report.diagnostics!.map((d) => d.type)).toEqual(["eglot-error", "eglot-error", "eglot-error", "eglot-warning"]);
    expect(report.diagnostics![0]!.text).toBe(
      "layerlint [no-secret-in-arg]: ARG NPM_TOKEN carries a secret in the final image: its value is recorded in the image " +
        "history of every RUN that follows and in the build's provenance. Pass it with RUN --mount=type=secret,id=npm_token,env=NPM_TOKEN instead.",
    );
    expect(JSON.stringify([report.diagnostics, report.hover, report.after])).not.toContain("ghp_F");
  });

  it("shows a hover that names the channel and the fix", { timeout: 120_000 }, () => {
    const hover = emacsReport().hover!;
    expect(hover.split("\n")[0]).toBe("layerlint no-secret-in-arg (error)");
    expect(hover).toContain("The image history: anyone who can pull the image reads it with docker history --no-trunc <image>.");
    expect(hover).toContain("Documentation: https://github.com/layerlint/layerlint/blob/main/docs/rules/no-secret-in-arg.md");
  });

  it("offers the quick fixes and applies 'disable for this instruction'", { timeout: 120_000 }, () => {
    const report = emacsReport();
    expect(report.actions).toEqual([
      "Pass NPM_TOKEN as a BuildKit secret (--mount=type=secret,id=npm_token) instead of ARG NPM_TOKEN",
      "Disable no-secret-in-arg for this instruction",
    ]);
    expect(report.lines!.slice(2, 4)).toEqual(["# layerlint-disable-next-line no-secret-in-arg", "ARG NPM_TOKEN"]);
    expect(where(report.after!)).toEqual(["require-secret-mount@5:0-5:88", "no-hardcoded-secret@6:17-6:57", "require-dockerignore@7:0-7:8"]);
  });
});
