/**
 * Runs the build-configuration rules' fixture folders through the whole pipeline, as a front end
 * would: every compose file, workflow and bake file of `test/fixtures/<rule-id>/<case>/` is linted,
 * each Dockerfile its builds name is linted as the build builds it, and the findings on both (each
 * Dockerfile's once per distinct finding) are compared with `expected.json`. `ng.<case>` must
 * report the folder's rule; `ok.<case>` must not, and has an expected.json only when other rules
 * report something (a builder-stage warning in its Dockerfile). `UPDATE_FIXTURES=1` rewrites them.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildConfigRules } from "@layerlint/core";
import { FIXTURES, lintBuildConfigFixture } from "./fixture-lint.js";

describe("build-configuration fixtures", () => {
  for (const ruleId of [...buildConfigRules.keys()].sort()) {
    for (const name of readdirSync(join(FIXTURES, ruleId)).sort()) {
      const dir = join(FIXTURES, ruleId, name);
      it(`${ruleId}/${name}`, () => {
        const findings = lintBuildConfigFixture(dir);
        const expectedPath = join(dir, "expected.json");
        if (process.env.UPDATE_FIXTURES === "1" && (name.startsWith("ng.") || findings.length > 0)) {
          writeFileSync(expectedPath, `${JSON.stringify(findings, null, 2)}\n`);
        }
        if (name.startsWith("ok.")) {
          expect(findings.filter((f) => f.ruleId === ruleId)).toEqual([]);
          expect(findings).toEqual(existsSync(expectedPath) ? JSON.parse(readFileSync(expectedPath, "utf8")) : []);
          return;
        }
        expect(existsSync(expectedPath), `${expectedPath} exists`).toBe(true);
        expect(findings.some((f) => f.ruleId === ruleId), `${name} triggers ${ruleId}`).toBe(true);
        expect(findings).toEqual(JSON.parse(readFileSync(expectedPath, "utf8")));
      });
    }
  }
});
