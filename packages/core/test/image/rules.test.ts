import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, imageRules, isImageRuleId, rules, validateConfig } from "../../src/index.js";

const PAGE = readFileSync(join(import.meta.dirname, "../../../../docs/integrations/image.md"), "utf8").split("\n");

describe("image rules", () => {
  it("are the three rules of docs/spec.md §9, none of them a Dockerfile rule", () => {
    expect([...imageRules.keys()]).toEqual(["image-secret-in-config", "image-secret-in-history", "image-secret-in-layer"]);
    for (const id of imageRules.keys()) expect(rules.has(id as never)).toBe(false);
    expect(isImageRuleId("image-secret-in-layer")).toBe(true);
    expect(isImageRuleId("no-secret-in-arg")).toBe(false);
  });

  it.each([...imageRules.values()].map((rule) => [rule.id, rule] as const))("%s has well-formed meta and a section of docs/integrations/image.md", (id, rule) => {
    expect(rule.meta.docs.url).toBe(`https://github.com/layerlint/layerlint/blob/main/docs/integrations/image.md#${id}`);
    expect(rule.meta.docs.description).toMatch(/^Disallow /);
    expect(rule.meta.severity).toBe("error");
    for (const [messageId, text] of Object.entries(rule.meta.messages)) {
      expect(messageId).toMatch(/^[a-z][A-Za-z]*$/);
      // The closing sentence is the Dockerfile attribution (empty without one).
      expect(text).toMatch(/^[A-Z].*\.\{\{origin\}\}$/s);
    }
    const heading = PAGE.indexOf(`## ${id}`);
    expect(heading, `## ${id} in docs/integrations/image.md`).toBeGreaterThan(0);
    expect(PAGE.slice(heading + 1).find((line) => line.trim() !== "")).toBe(`${rule.meta.docs.description}.`);
  });

  it("are accepted by the configuration with a severity, never with options", () => {
    expect(validateConfig({ rules: { "image-secret-in-layer": "warn", "image-secret-in-history": 0 } }, "c.json", rules)).toEqual({
      rules: { "image-secret-in-layer": "warn", "image-secret-in-history": "off" },
    });
    expect(() => validateConfig({ rules: { "image-secret-in-layer": ["error", { x: 1 }] } }, "c.json", rules)).toThrow(
      new ConfigError("c.json", "rules.image-secret-in-layer[1]", "is an option this rule does not take."),
    );
  });
});
