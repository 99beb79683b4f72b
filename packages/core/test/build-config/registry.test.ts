import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildConfigRules, getRule, rules, validateConfig } from "../../src/index.js";

const RULES_DIR = join(import.meta.dirname, "../../src/build-config/rules");
const SUPPORT = new Set(["index", "types"]);

describe("build-configuration rule registry", () => {
  it("lists exactly the rule files of src/build-config/rules, each under its file name", () => {
    const files = readdirSync(RULES_DIR)
      .filter((f) => f.endsWith(".ts"))
      .map((f) => f.slice(0, -3))
      .filter((f) => !SUPPORT.has(f))
      .sort();
    expect([...buildConfigRules.keys()].sort()).toEqual(files);
    for (const [id, rule] of buildConfigRules) expect(rule.id).toBe(id);
  });

  it("has a test file per rule", () => {
    const tests = readdirSync(join(import.meta.dirname, "rules")).map((f) => f.replace(/\.test\.ts$/, "")).sort();
    expect(tests).toEqual([...buildConfigRules.keys()].sort());
  });

  it("shares no id with the Dockerfile rules", () => {
    for (const id of buildConfigRules.keys()) expect(rules.has(id as never)).toBe(false);
  });

  it.each([...buildConfigRules.values()].map((r) => [r.id, r] as const))("%s has well-formed meta", (id, rule) => {
    expect(rule.meta.docs.url).toBe(`https://github.com/layerlint/layerlint/blob/main/docs/rules/${id}.md`);
    expect(rule.meta.docs.description).toMatch(/^(Disallow|Require) /);
    expect(rule.meta.severity).toBe("error");
    for (const [messageId, text] of Object.entries(rule.meta.messages)) {
      expect(messageId).toMatch(/^[a-z][A-Za-z]*$/);
      expect(text).toMatch(/^[A-Z{].*(\.|\{\{\s*\w+\s*\}\})$/s);
    }
  });

  it("is in the one rule namespace: getRule finds them, .layerlintrc rules may set them", () => {
    expect(getRule("no-secret-build-arg")?.meta.docs.url).toBe("https://github.com/layerlint/layerlint/blob/main/docs/rules/no-secret-build-arg.md");
    expect(getRule("no-secret-in-arg")?.id).toBe("no-secret-in-arg");
    expect(getRule("no-such-rule")).toBeUndefined();
    const config = validateConfig({ rules: { "no-secret-build-arg": "warn", "no-secret-cache-export": "off", "no-secret-in-arg": "error" } }, ".layerlintrc.json", rules);
    expect(config.rules).toEqual({ "no-secret-build-arg": "warn", "no-secret-cache-export": "off", "no-secret-in-arg": "error" });
    expect(() => validateConfig({ rules: { "no-secret-in-compose-env": ["error", { extra: 1 }] } }, ".layerlintrc.json", rules)).toThrow(
      '.layerlintrc.json: "rules.no-secret-in-compose-env[1]" is an option this rule does not take.',
    );
  });
});
