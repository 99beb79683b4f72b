import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildConfigRules, getRule, messageParts, rules, validateConfig, type RuleMeta } from "../src/index.js";

/** Each registry: its rules folder (and the support modules in it), its tests folder. */
const REGISTRIES: readonly {
  readonly name: string;
  readonly registry: ReadonlyMap<string, { readonly id: string; readonly meta: RuleMeta }>;
  readonly rulesDir: string;
  readonly support: ReadonlySet<string>;
  readonly testsDir: string;
}[] = [
  {
    name: "Dockerfile",
    registry: rules,
    rulesDir: join(import.meta.dirname, "../src/rules"),
    support: new Set(["index", "types"]),
    testsDir: join(import.meta.dirname, "rules"),
  },
  {
    name: "build-configuration",
    registry: buildConfigRules,
    rulesDir: join(import.meta.dirname, "../src/build-config/rules"),
    support: new Set(["index", "types"]),
    testsDir: join(import.meta.dirname, "build-config/rules"),
  },
];

describe.each(REGISTRIES)("$name rule registry", ({ registry, rulesDir, support, testsDir }) => {
  it("lists exactly the rule files of its rules folder, each under its file name", () => {
    const files = readdirSync(rulesDir)
      .filter((f) => f.endsWith(".ts"))
      .map((f) => f.slice(0, -3))
      .filter((f) => !support.has(f))
      .sort();
    expect([...registry.keys()].sort()).toEqual(files);
    for (const [id, rule] of registry) expect(rule.id).toBe(id);
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
    const tests = readdirSync(testsDir).map((f) => f.replace(/\.test\.ts$/, "")).sort();
    expect(tests).toEqual([...registry.keys()].sort());
  });

  it.each([...registry.values()].map((r) => [r.id, r] as const))("%s has well-formed meta", (id, rule) => {
    expect(rule.meta.docs.url).toBe(`https://github.com/layerlint/layerlint/blob/main/docs/rules/${id}.md`);
    expect(rule.meta.docs.description).toMatch(/^(Disallow|Require) /);
    for (const [messageId, text] of Object.entries(rule.meta.messages)) {
      expect(messageId).toMatch(/^[a-z][A-Za-z]*$/);
      // A message ends with a period, or with a placeholder that supplies the closing sentence.
      expect(text).toMatch(/^[A-Z{].*(\.|\{\{\s*\w+\s*\}\})$/s);
    }
  });
});

describe("one rule namespace", () => {
  it("no id is in both registries, and build-configuration rules are always errors (no stages)", () => {
    for (const [id, rule] of buildConfigRules) {
      expect(rules.has(id as never)).toBe(false);
      expect(rule.meta.severity).toBe("error");
    }
  });

  it("getRule finds both kinds, and .layerlintrc rules may set both", () => {
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
