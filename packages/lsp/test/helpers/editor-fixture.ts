/** What the real-editor tests (Neovim, Emacs) open: one Dockerfile with four kinds of finding. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const FAKE_TOKEN = `ghp_${"FAKE".repeat(9)}`;

/** A temporary directory holding the Dockerfile; `out` is where the editor script writes its report. */
export function editorFixture(prefix: string): { dir: string; dockerfile: string; out: string } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const dockerfile = join(dir, "Dockerfile");
  writeFileSync(
    dockerfile,
    [
      "FROM node:20-alpine",
      "WORKDIR /app",
      "ARG NPM_TOKEN",
      'RUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc && npm ci && rm .npmrc',
      `ENV GITHUB_TOKEN=${FAKE_TOKEN}`,
      "COPY . .",
      "",
    ].join("\n"),
  );
  return { dir, dockerfile, out: join(dir, "report.json") };
}
