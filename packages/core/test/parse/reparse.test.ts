import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseDockerfile } from "../../src/parse/dockerfile.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { reparse } from "../../src/parse/reparse.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "../../../..");

function fixtureTexts(): string[] {
  const texts: string[] = [];
  const fixtures = join(ROOT, "test/fixtures");
  for (const rule of readdirSync(fixtures)) {
    for (const fixture of readdirSync(join(fixtures, rule))) {
      const file = join(fixtures, rule, fixture, "Dockerfile");
      if (statSync(file, { throwIfNoEntry: false })?.isFile()) texts.push(readFileSync(file, "utf8"));
    }
  }
  return texts;
}

/** A long file made of the fixtures (incremental parsing starts at a few thousand characters). */
const BASE = (() => {
  const fixtures = fixtureTexts().map((text) => text.replace(/^#\s*(syntax|escape|check)\s*=.*\n/gm, ""));
  return `# syntax=docker/dockerfile:1\nFROM alpine AS base\n${fixtures.join("\n")}`.repeat(2);
})();

/** Plain data: what lint reads (the LineIndex compared by its text and line starts). */
function plain(parsed: ReturnType<typeof parseDockerfile>) {
  return { ...parsed, lines: { text: parsed.lines.text, lineStarts: parsed.lines.lineStarts } };
}

const SNIPPETS = [
  "x",
  " ",
  "\n",
  "\r\n",
  "\r",
  "# escape=`\n",
  "HEALTHCHECK CMD [\"curl\", \"-f\"]\n",
  "\\\n",
  " \\\n    && echo more",
  "#",
  "# layerlint-disable-next-line no-secret-in-arg\n",
  "RUN echo $NPM_TOKEN\n",
  "ARG NPM_TOKEN\n",
  "ENV API_KEY=abc DEBUG=1\n",
  "ONBUILD RUN echo hi\n",
  "COPY --from=base /a /b\n",
  "FROM node:20 AS build\n",
  '"',
  "'",
  "=",
  "RUN <<EOF\necho hi\nEOF\n",
  "😀",
  "\t",
];

const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.nat({ max: 60 }),
  insert: fc.oneof(fc.constantFrom(...SNIPPETS), fc.string({ maxLength: 12 })),
});

function applyEdit(text: string, e: { at: number; remove: number; insert: string }): string {
  const start = Math.floor(e.at * text.length);
  return text.slice(0, start) + e.insert + text.slice(Math.min(text.length, start + e.remove));
}

describe("reparse", () => {
  it("equals a full parse after any sequence of edits", { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), (edits) => {
        let text = BASE;
        let parsed = parseDockerfile(text);
        for (const e of edits) {
          text = applyEdit(text, e);
          parsed = reparse(parsed, text);
          expect(plain(parsed)).toEqual(plain(parseDockerfile(text)));
        }
      }),
      { numRuns: Number(process.env.LAYERLINT_FUZZ_RUNS ?? 200) },
    );
  });

  it("equals a full parse for typing line by line through the file", { timeout: 60_000 }, () => {
    let text = BASE;
    let parsed = parseDockerfile(text);
    const lines = text.split("\n").length;
    let edits = 0;
    let reused = 0;
    for (let line = 0; line < lines; line += 3) {
      const offset = text.split("\n").slice(0, line).join("\n").length + (line > 0 ? 1 : 0);
      for (const insert of [" x", "\\", ""]) {
        const next = insert === "" ? text.slice(0, offset) + text.slice(offset + 1) : text.slice(0, offset) + insert + text.slice(offset);
        const previous = parsed;
        parsed = reparse(parsed, next);
        expect(plain(parsed)).toEqual(plain(parseDockerfile(next)));
        // A reused parse keeps the untouched first instruction object.
        edits++;
        if (parsed.instructions[0] === previous.instructions[0]) reused++;
        text = next;
      }
    }
    expect(BASE.length).toBeGreaterThan(4_000);
    expect(reused / edits).toBeGreaterThan(0.6);
  });

  it("reuses the previous parse when nothing changed, and parses from scratch without one", () => {
    const parsed = parseDockerfile(BASE);
    expect(reparse(parsed, BASE)).toBe(parsed);
    expect(plain(reparse(undefined, "FROM alpine\n"))).toEqual(plain(parseDockerfile("FROM alpine\n")));
  });
});
