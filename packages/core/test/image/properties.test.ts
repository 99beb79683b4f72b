/**
 * The image scan never throws (docs/spec.md §8): whatever JSON an archive's config holds, whatever its
 * history records and its layers' entries are named, `checkImage` returns findings or nothing, and
 * no message or warning shows more than 4 characters of a planted token.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkImage, LayerScanner, parseCreatedBy, type LayerEntry } from "../../src/index.js";
import { FAKE } from "../helpers.js";

const SEED = 20_261_202;
const word = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom("NPM_TOKEN", "API_SECRET", "|2", "#(nop)", "/bin/sh", "-c", "ENV", "ARG", "RUN", "LABEL", "=", FAKE.github, FAKE.npm, "${X}", '"', ".wh.", ".wh..wh..opq"));
/** Words joined by separators that end a token (a token run into more letters is not a token). */
const text = fc.tuple(fc.array(word, { maxLength: 20 }), fc.constantFrom(" ", "=", "/", "\n")).map(([words, separator]) => words.join(separator));

const entry: fc.Arbitrary<LayerEntry> = fc.record({
  name: fc.oneof(text, fc.constantFrom("app/.env", "../../etc/passwd", "app/.wh..env", "x/.wh..wh..opq", "/", "", ".")),
  type: fc.constantFrom("file", "directory", "symlink", "hardlink", "other"),
  size: fc.nat(),
  mode: fc.nat(),
  content: fc.option(text, { nil: undefined }),
}) as fc.Arbitrary<LayerEntry>;

describe("the image scan on any input", () => {
  it("parseCreatedBy reads any text", () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ maxLength: 300 }), fc.string({ unit: "binary", maxLength: 100 })), (createdBy) => {
        const recorded = parseCreatedBy(createdBy);
        for (const pair of [...recorded.buildArgs, ...recorded.pairs]) expect(pair.valueStart).toBeGreaterThanOrEqual(0);
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it("checkImage returns findings or nothing, and never shows a planted token", () => {
    const config = fc.oneof(
      fc.anything({ maxDepth: 3 }),
      fc.record({
        config: fc.record({ Env: fc.array(text, { maxLength: 5 }), Labels: fc.dictionary(text, text, { maxKeys: 3 }), Cmd: fc.array(text, { maxLength: 3 }) }),
        history: fc.array(fc.record({ created_by: text, empty_layer: fc.boolean() }), { maxLength: 6 }),
        rootfs: fc.record({ diff_ids: fc.array(fc.constant(`sha256:${"a".repeat(64)}`), { maxLength: 4 }) }),
      }),
    );
    const layers = fc.array(fc.array(entry, { maxLength: 6 }), { maxLength: 4 });
    const dockerfile = fc.option(fc.oneof(text, fc.constantFrom("FROM a\nARG NPM_TOKEN\nRUN x\n", "FROM a AS b\nCOPY .env /app/\nFROM b\nRUN rm /app/.env\n")), { nil: undefined });
    fc.assert(
      fc.property(config, layers, dockerfile, (raw, entries, text) => {
        const summaries = entries.map((list) => {
          const scanner = new LayerScanner("d");
          for (const e of list) scanner.add(e);
          return scanner.summary();
        });
        const result = checkImage({ name: "img", config: raw, layers: summaries }, text === undefined ? {} : { dockerfile: { text } });
        for (const said of [JSON.stringify(result.findings), ...result.warnings, ...result.notes, ...result.incomplete]) {
          expect(said).not.toContain(FAKE.github.slice(0, 5));
          expect(said).not.toContain(FAKE.npm.slice(0, 5));
        }
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});
