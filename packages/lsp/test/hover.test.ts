import { describe, expect, it } from "vitest";
import type { Diagnostic, MarkupContent } from "vscode-languageserver/node";
import { toActionData } from "../src/code-actions.js";
import { CHANNELS } from "@layerlint/core";
import { diagnosticsAt, toHover } from "../src/hover.js";
import { toDiagnostic } from "../src/to-diagnostic.js";
import { FAKE_TOKEN, fakeContext, lintText, URI } from "./helpers/findings.js";

function diagnosticsOf(text: string, withContext = false): Diagnostic[] {
  const context = withContext ? fakeContext("node_modules", [".env", "certs/server.pem"]) : undefined;
  const { findings, parsed, document } = lintText(text, context === undefined ? {} : { context });
  return findings.map((finding) =>
    toDiagnostic(finding, {
      uri: URI,
      relatedInformation: true,
      data: toActionData(finding, { document, parsed, ...(context === undefined ? {} : { contextDir: "/work/app", ignoreFile: context.ignoreFile }) }),
    }),
  );
}

function hoverAt(diagnostics: Diagnostic[], line: number, character: number, markdown = true): string | null {
  const hover = toHover(diagnosticsAt(diagnostics, { line, character }), { markdown });
  return hover === null ? null : (hover.contents as MarkupContent).value;
}

describe("toHover", () => {
  const leaky = "FROM alpine\nARG NPM_TOKEN\nRUN npm ci --token $NPM_TOKEN\n";

  it("explains what leaks, through which channel, and how to fix it", () => {
    const text = hoverAt(diagnosticsOf(leaky), 1, 6)!;
    expect(text).toContain("**layerlint** `no-secret-in-arg` (error)");
    expect(text).toContain("ARG NPM\\_TOKEN carries a secret");
    expect(text).toContain("**Leaks through**\n\nThe image history: anyone who can pull the image reads it with `docker history --no-trunc <image>`.");
    expect(text).toContain("**How to fix**\n\n- Pass NPM\\_TOKEN as a BuildKit secret (--mount=type=secret,id=npm\\_token) instead of ARG NPM\\_TOKEN (quick fix, changes the build)");
    expect(text).toContain("`# layerlint-disable-next-line no-secret-in-arg -- reason`");
    expect(text).toMatch(/\[no-secret-in-arg documentation\]\(https:\/\/\S+\/docs\/rules\/no-secret-in-arg\.md\)/);
  });

  it("names the reader's command for every channel", () => {
    expect(CHANNELS.history.exposure).toContain("docker history");
    expect(CHANNELS.config.exposure).toContain("docker inspect");
    expect(CHANNELS.layers.exposure).toContain("docker save");
    expect(CHANNELS.context.exposure).toContain("build context");
    expect(CHANNELS.cache.exposure).toContain("provenance");
    const env = hoverAt(diagnosticsOf("FROM alpine\nARG API_SECRET\nENV API_SECRET=${API_SECRET}\n"), 2, 6)!;
    expect(env).toContain("The image config");
    const copy = hoverAt(diagnosticsOf("FROM alpine\nCOPY .env /app/.env\n"), 1, 6)!;
    expect(copy).toContain("The image layer");
    const context = hoverAt(diagnosticsOf("FROM alpine\nCOPY . /app\n", true), 1, 2)!;
    expect(context).toContain("The build context");
    expect(context).toContain("Add .env, /certs/server.pem to .dockerignore (quick fix)");
    const builder = hoverAt(diagnosticsOf("FROM alpine AS build\nARG NPM_TOKEN\nRUN npm ci --token $NPM_TOKEN\nFROM alpine\n"), 1, 6)!;
    expect(builder).toContain("(warning)");
    expect(builder).toContain("The build cache and provenance");
  });

  it("stacks several findings on the same spot", () => {
    const text = hoverAt(diagnosticsOf(leaky), 2, 2)!;
    expect(text).toContain("require-secret-mount");
    const both = toHover(diagnosticsOf(leaky), { markdown: true })!;
    expect((both.contents as MarkupContent).value.split("\n---\n")).toHaveLength(2);
    expect(both.range).toEqual(diagnosticsOf(leaky)[0]!.range);
  });

  it("writes plain text for clients without markdown", () => {
    const hover = toHover(diagnosticsAt(diagnosticsOf(leaky), { line: 1, character: 6 }), { markdown: false })!;
    expect(hover.contents).toMatchObject({ kind: "plaintext" });
    const text = (hover.contents as MarkupContent).value;
    expect(text).toContain("layerlint no-secret-in-arg (error)");
    expect(text).toContain("ARG NPM_TOKEN carries a secret");
    expect(text).not.toContain("`");
    expect(text).toContain("Documentation: https://");
  });

  it("is null off the flagged ranges and for other tools' diagnostics", () => {
    const diagnostics = diagnosticsOf(leaky);
    expect(hoverAt(diagnostics, 0, 2)).toBeNull();
    expect(hoverAt(diagnostics, 1, 3)).toBeNull();
    expect(hoverAt(diagnostics, 1, 4)).not.toBeNull();
    expect(hoverAt(diagnostics, 1, 13)).not.toBeNull();
    expect(hoverAt(diagnostics, 1, 14)).toBeNull();
    expect(toHover(diagnostics.map((d) => ({ ...d, source: "hadolint" })), { markdown: true })).toBeNull();
  });

  it("never shows the secret: at most its ghp_ prefix", () => {
    const text = `FROM alpine\nENV GITHUB_TOKEN=${FAKE_TOKEN}\n# ${FAKE_TOKEN}\nRUN curl -H "Authorization: token ${FAKE_TOKEN}" https://example.com\n`;
    const diagnostics = diagnosticsOf(text);
    expect(diagnostics.length).toBeGreaterThanOrEqual(3);
    for (const diagnostic of diagnostics) {
      for (const markdown of [true, false]) {
        const value = hoverAt([diagnostic], diagnostic.range.start.line, diagnostic.range.start.character, markdown)!;
        expect(value).toContain("ghp");
        expect(value).not.toContain("ghp_F");
        expect(value).not.toContain("FAKEFAKE");
      }
    }
  });
});
