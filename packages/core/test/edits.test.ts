import { describe, expect, it } from "vitest";
import { mergeAppends } from "../src/edits.js";

describe("mergeAppends", () => {
  it("unites appended blocks, each line once, after a base without a final newline", () => {
    const base = "node_modules";
    expect(mergeAppends(base, [`${base}\n# added\n.env\n.npmrc\n`, `${base}\n# added\n.npmrc\n/key.pem\n`])).toEqual({
      text: "node_modules\n# added\n.env\n.npmrc\n/key.pem\n",
      used: 2,
    });
  });

  it("takes only the first result when a fix does more than append", () => {
    expect(mergeAppends("a\n", ["b\n", "a\nc\n"])).toEqual({ text: "b\n", used: 1 });
    expect(mergeAppends("a\n", ["a\nc\n", "b\n"])).toEqual({ text: "a\nc\n", used: 1 });
    expect(mergeAppends("a\n", [])).toEqual({ text: "a\n", used: 0 });
  });
});
