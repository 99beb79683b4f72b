/** ESLint's RuleTester wired to vitest, plus build contexts on disk for the context rules. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { RuleTester } from "eslint";
import { afterAll, describe, it } from "vitest";
import layerlint from "../src/index.js";

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

export const ruleTester = new RuleTester({ plugins: { layerlint }, language: "layerlint/dockerfile" });

/** The plugin's rule, typed for RuleTester (whose types only know JavaScript rules). */
export function ruleOf(id: string): Parameters<RuleTester["run"]>[1] {
  const rule = layerlint.rules[id];
  if (rule === undefined) throw new Error(`no rule ${id}`);
  return rule as unknown as Parameters<RuleTester["run"]>[1];
}

const created: string[] = [];
afterAll(() => {
  for (const dir of created) rmSync(dir, { recursive: true, force: true });
});

/**
 * A build context directory holding `files` (path → content), created when the test file is
 * collected (RuleTester needs the paths up front) and removed after it. Returns the path of
 * `Dockerfile` in it: a test case's `filename`.
 */
export function dockerfileIn(files: Readonly<Record<string, string>>): string {
  const dir = mkdtempSync(join(tmpdir(), "layerlint-eslint-"));
  created.push(dir);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return join(dir, "Dockerfile");
}

/** Fake values shaped like tokens, obviously not live credentials. */
export const FAKE_GITHUB_TOKEN = `ghp_${"FAKE".repeat(9)}`;
