/**
 * Runs every fixture folder through the host every front end uses (`createLinterHost`), with a
 * real build context and the contents of the files its copies send:
 * `test/fixtures/<rule-id>/ok.<case>/` must produce no finding at all, `ng.<case>/` exactly the
 * findings in its `expected.json` (with `relatedFiles`, `path:line:column-endLine:endColumn`, for related
 * locations in context files). `UPDATE_FIXTURES=1` rewrites expected.json (review the diff).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildConfigRules, rules, type RuleId } from "@layerlint/core";
import { FIXTURES, lintFixture } from "./fixture-lint.js";

describe("fixtures", () => {
  it("has a fixture folder for every rule, with ok and ng cases", () => {
    const folders = readdirSync(FIXTURES).sort();
    // Build-configuration rules have their folders too, run by build-config-fixtures.test.ts.
    expect(folders).toEqual([...rules.keys(), ...buildConfigRules.keys()].sort());
    for (const folder of folders) {
      const cases = readdirSync(join(FIXTURES, folder));
      expect(cases.some((c) => c.startsWith("ok.")), `${folder} has an ok case`).toBe(true);
      expect(cases.some((c) => c.startsWith("ng.")), `${folder} has an ng case`).toBe(true);
    }
  });

  for (const ruleId of readdirSync(FIXTURES).filter((folder) => rules.has(folder as RuleId)).sort()) {
    for (const name of readdirSync(join(FIXTURES, ruleId)).sort()) {
      const dir = join(FIXTURES, ruleId, name);
      it(`${ruleId}/${name}`, () => {
        const findings = lintFixture(dir);
        if (name.startsWith("ok.")) {
          expect(findings).toEqual([]);
          return;
        }
        const expectedPath = join(dir, "expected.json");
        if (process.env.UPDATE_FIXTURES === "1") writeFileSync(expectedPath, `${JSON.stringify(findings, null, 2)}\n`);
        expect(existsSync(expectedPath), `${expectedPath} exists`).toBe(true);
        const expected = JSON.parse(readFileSync(expectedPath, "utf8")) as unknown[];
        expect(findings.some((f) => f.ruleId === ruleId), `${name} triggers ${ruleId}`).toBe(true);
        expect(findings).toEqual(expected);
      });
    }
  }
});
