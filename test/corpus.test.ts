/**
 * The realistic corpus: every clean Dockerfile (official-image style, app multi-stage builds,
 * BuildKit mounts) must produce no finding; every leaky one exactly the rule ids its first line
 * `# expect: …` lists.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lint } from "@layerlint/core";

const CORPUS = join(import.meta.dirname, "corpus");
const files = (dir: string) => readdirSync(join(CORPUS, dir)).filter((f) => f.endsWith(".Dockerfile")).sort();

describe("clean corpus", () => {
  it("has at least 30 files", () => {
    expect(files("clean").length).toBeGreaterThanOrEqual(30);
  });
  it.each(files("clean"))("%s has no finding", (file) => {
    const result = lint(readFileSync(join(CORPUS, "clean", file), "utf8"));
    expect(result.ruleErrors).toEqual([]);
    expect(result.findings.map((f) => `${f.span.line}:${f.span.column} ${f.ruleId} ${f.message}`)).toEqual([]);
  });
});

describe("leaky corpus", () => {
  it.each(files("leaky"))("%s triggers exactly its expected rules", (file) => {
    const text = readFileSync(join(CORPUS, "leaky", file), "utf8");
    const header = /^# expect: (.+)$/m.exec(text.split("\n")[0] ?? "");
    expect(header, `${file} starts with # expect:`).not.toBeNull();
    const expected = header![1]!.split(",").map((id) => id.trim()).sort();
    const result = lint(text);
    expect(result.ruleErrors).toEqual([]);
    expect([...new Set(result.findings.map((f) => f.ruleId))].sort()).toEqual(expected);
  });
});
