import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { messageParts, rules } from "../src/index.js";

const RULES_DIR = join(import.meta.dirname, "../src/rules");
/** Support modules of the rules folder (not rules). */
const SUPPORT = new Set(["index", "types", "secret-utils", "copy-utils", "dockerignore-utils", "edit-utils"]);

describe("rule registry", () => {
  it("lists exactly the rule files of src/rules, each under its file name", () => {
    const files = readdirSync(RULES_DIR)
      .filter((f) => f.endsWith(".ts"))
      .map((f) => f.slice(0, -3))
      .filter((f) => !SUPPORT.has(f))
      .sort();
    expect([...rules.keys()].sort()).toEqual(files);
    for (const [id, rule] of rules) expect(rule.id).toBe(id);
  });

  it.each([...rules.values()].map((r) => [r.id, r] as const))("%s writes messages a terminal can split: summary, then how, then what to do", (_id, rule) => {
    for (const [messageId, text] of Object.entries(rule.meta.messages)) {
      const parts = messageParts(text);
      expect(parts.summary, messageId).not.toBe(text);
      expect(parts.summary.length, `${messageId}: a summary, not the whole message`).toBeLessThan(text.length / 1.3);
      expect(parts.explanation, messageId).not.toBe("");
      expect(parts.fix, `${messageId}: says what to do`).not.toBe("");
    }
  });

  it("has a test file per rule", () => {
    const tests = readdirSync(join(import.meta.dirname, "rules")).map((f) => f.replace(/\.test\.ts$/, "")).sort();
    expect(tests).toEqual([...rules.keys()].sort());
  });

  it.each([...rules.values()].map((r) => [r.id, r] as const))("%s has well-formed meta", (id, rule) => {
    expect(rule.meta.docs.url).toBe(`https://github.com/layerlint/layerlint/blob/main/docs/rules/${id}.md`);
    expect(rule.meta.docs.description).toMatch(/^(Disallow|Require) /);
    for (const [messageId, text] of Object.entries(rule.meta.messages)) {
      expect(messageId).toMatch(/^[a-z][A-Za-z]*$/);
      // A message ends with a period, or with a placeholder that supplies the closing sentence.
      expect(text).toMatch(/^[A-Z{].*(\.|\{\{\s*\w+\s*\}\})$/s);
    }
  });
});
