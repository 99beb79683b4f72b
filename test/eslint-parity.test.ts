/**
 * The ESLint plugin reports exactly what core reports: on every fixture folder (and every
 * example), the real `ESLint` class with the plugin and all rules on gives the same rule ids,
 * messageIds, positions and messages as core through the host with the same build context and
 * the same context file contents.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";
import { rules, type RuleId } from "@layerlint/core";
import { createLinterHost } from "@layerlint/node";
import layerlint from "../packages/eslint-plugin/src/index.js";

const FIXTURES = join(import.meta.dirname, "fixtures");
const EXAMPLES = join(import.meta.dirname, "../examples");

interface Reported {
  readonly ruleId: string;
  readonly messageId: string | undefined;
  readonly line: number;
  readonly column: number;
  readonly endLine: number | undefined;
  readonly endColumn: number | undefined;
  readonly message: string;
}

const byPosition = (a: Reported, b: Reported) =>
  a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId) || a.message.localeCompare(b.message);

function coreReports(dir: string): Reported[] {
  const dockerfilePath = join(dir, "Dockerfile");
  const everyRule = Object.fromEntries([...rules.keys()].map((id) => [id, "error"])) as Record<RuleId, "error">;
  const { result } = createLinterHost({ cwd: dir }).lintFile({
    path: dockerfilePath,
    source: readFileSync(dockerfilePath, "utf8"),
    overrides: { rules: everyRule },
  });
  expect(result.ruleErrors).toEqual([]);
  return result.findings
    .map((f) => ({
      ruleId: `layerlint/${f.ruleId}`,
      messageId: f.messageId,
      line: f.span.line,
      column: f.span.column,
      endLine: f.span.endLine,
      endColumn: f.span.endColumn,
      message: f.message,
    }))
    .sort(byPosition);
}

async function eslintReports(dir: string): Promise<Reported[]> {
  const eslint = new ESLint({
    cwd: dir,
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ["Dockerfile"],
        plugins: { layerlint },
        language: "layerlint/dockerfile",
        rules: Object.fromEntries(Object.keys(layerlint.rules).map((id) => [`layerlint/${id}`, "error"])),
      },
    ],
  });
  const [result] = await eslint.lintFiles(["Dockerfile"]);
  return result!.messages
    .map((m) => ({
      ruleId: m.ruleId ?? "(none)",
      messageId: m.messageId,
      line: m.line,
      column: m.column,
      endLine: m.endLine,
      endColumn: m.endColumn,
      message: m.message,
    }))
    .sort(byPosition);
}

const cases = [
  // The plugin lints Dockerfiles: the build-configuration rules' fixtures are not its to compare.
  ...readdirSync(FIXTURES)
    .filter((rule) => rules.has(rule as RuleId))
    .flatMap((rule) => readdirSync(join(FIXTURES, rule)).map((name) => [`fixtures/${rule}/${name}`, join(FIXTURES, rule, name)])),
  ...readdirSync(EXAMPLES).map((name) => [`examples/${name}`, join(EXAMPLES, name)]),
];

describe("ESLint plugin parity with core", () => {
  it("has cases to compare", () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
  });

  it.each(cases)("%s", async (name, dir) => {
    const expected = coreReports(dir);
    if (name.includes("/ng.") || name.includes("/leaky-")) expect(expected.length).toBeGreaterThan(0);
    expect(await eslintReports(dir)).toEqual(expected);
  });
});
