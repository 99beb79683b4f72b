import { describe, expect, it } from "vitest";
import { lint, mergeLintResults } from "../src/index.js";

const dockerfile = "FROM node:20 AS builder\nARG NPM_TOKEN\nRUN npm ci --token $NPM_TOKEN\nFROM alpine\n# layerlint-disable-next-line no-secret-in-env\nENV A=1\nRUN true\n";

describe("mergeLintResults", () => {
  it("reports a Dockerfile built two ways once per distinct finding", () => {
    const asFinal = lint(dockerfile, { reportUnusedDisableDirectives: true });
    const asBuilder = lint(dockerfile, { target: "builder", reportUnusedDisableDirectives: true });
    const again = lint(dockerfile, { reportUnusedDisableDirectives: true });
    const merged = mergeLintResults([asFinal, asBuilder, again]);
    // The builder stage's findings as warnings (built for the final stage) and as errors (built as the target).
    expect(merged.findings.map((f) => `${f.span.line} ${f.ruleId} ${f.severity}`)).toEqual([
      "2 no-secret-in-arg warning",
      "2 no-secret-in-arg error",
      "3 require-secret-mount warning",
      "3 require-secret-mount error",
    ]);
    expect(mergeLintResults([asFinal, again]).findings).toEqual(asFinal.findings);
  });

  it("keeps a directive as unused only when no lint used it, and each rule error once", () => {
    const unusedEverywhere = lint(dockerfile, { reportUnusedDisableDirectives: true });
    expect(unusedEverywhere.unusedDirectives.map((d) => d.span.line)).toEqual([5]);
    const usedOnce = { ...unusedEverywhere, unusedDirectives: [], ruleErrors: [{ ruleId: "no-secret-in-env" as const, message: "boom" }] };
    const merged = mergeLintResults([unusedEverywhere, usedOnce, usedOnce]);
    expect(merged.unusedDirectives).toEqual([]);
    expect(merged.ruleErrors).toEqual([{ ruleId: "no-secret-in-env", message: "boom" }]);
    expect(mergeLintResults([unusedEverywhere, unusedEverywhere]).unusedDirectives.map((d) => d.span.line)).toEqual([5]);
  });
});
