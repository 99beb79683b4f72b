import { writeFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import ts from "typescript";
import { afterAll, describe, expect, it } from "vitest";
import { defineRule } from "../src/rules/types.js";

const TYPES = resolve(import.meta.dirname, "../src/rules/types.ts");
const BUILD_CONFIG_TYPES = resolve(import.meta.dirname, "../src/build-config/rules/types.ts");
const dir = mkdtempSync(join(tmpdir(), "layerlint-define-rule-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Type-checks `body` (after imports of both define functions) and returns the compiler's errors, one line each. */
function typeErrors(body: string): string[] {
  const file = join(dir, `rule-${Math.random().toString(36).slice(2)}.ts`);
  const imports = [
    `import { defineRule, docsUrl } from ${JSON.stringify(TYPES.replace(/\.ts$/, ".js"))};`,
    `import { defineBuildConfigRule } from ${JSON.stringify(BUILD_CONFIG_TYPES.replace(/\.ts$/, ".js"))};`,
  ].join("\n");
  writeFileSync(file, `${imports}\n${body}\n`);
  const program = ts.createProgram([file], {
    strict: true,
    noEmit: true,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    skipLibCheck: true,
    types: [],
  });
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file?.fileName === file)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, " "));
}

const META = `type: "problem", docs: { description: "d", recommended: true, url: docsUrl("no-secret-in-arg") }, schema: [], channel: "history", severity: "stage"`;

describe("defineRule", () => {
  it("returns the rule it is given", () => {
    const rule = defineRule({
      id: "no-secret-in-arg",
      meta: { type: "problem", docs: { description: "d", recommended: true, url: "u" }, messages: { a: "A" }, schema: [], defaultOptions: [], channel: "history", severity: "stage" },
      check() {},
    });
    expect(rule.meta.messages).toEqual({ a: "A" });
  });

  it("accepts reports with the rule's message ids and reads of its options", () => {
    expect(
      typeErrors(`
        export const rule = defineRule({
          id: "no-secret-in-arg",
          meta: { ${META}, messages: { leak: "L", other: "O" }, defaultOptions: [{ allFiles: false }] },
          check({ report, options }) {
            const all: boolean = options.allFiles;
            if (all) report({ messageId: "other", instruction: null, span: { start: 0, end: 0, line: 1, column: 1, endLine: 1, endColumn: 1 } });
            report({ messageId: "leak", instruction: null, span: { start: 0, end: 0, line: 1, column: 1, endLine: 1, endColumn: 1 } });
          },
        });`),
    ).toEqual([]);
  }, 30_000);

  it("does not compile a report with a misspelt message id", () => {
    expect(
      typeErrors(`
        export const rule = defineRule({
          id: "no-secret-in-arg",
          meta: { ${META}, messages: { leak: "L" }, defaultOptions: [] },
          check({ report }) {
            report({ messageId: "laek", instruction: null, span: { start: 0, end: 0, line: 1, column: 1, endLine: 1, endColumn: 1 } });
          },
        });`),
    ).toEqual([`Type '"laek"' is not assignable to type '"leak"'.`]);
  }, 30_000);

  it("does not compile a read of an option the rule does not have", () => {
    expect(
      typeErrors(`
        export const rule = defineRule({
          id: "no-secret-in-arg",
          meta: { ${META}, messages: { leak: "L" }, defaultOptions: [{ allFiles: false }] },
          check({ options }) {
            void options.allFile;
          },
        });`),
    ).toEqual([`Property 'allFile' does not exist on type 'Readonly<{ allFiles: boolean; }>'. Did you mean 'allFiles'?`]);
  }, 30_000);

  it("types build-configuration rules the same way", () => {
    expect(
      typeErrors(`
        export const rule = defineBuildConfigRule({
          id: "no-secret-build-arg",
          meta: { ${META}, messages: { secretBuildArg: "S" }, defaultOptions: [] },
          check({ report }) {
            report({ messageId: "secretBuildArgs", span: { start: 0, end: 0, line: 1, column: 1, endLine: 1, endColumn: 1 } });
          },
        });`),
    ).toEqual([`Type '"secretBuildArgs"' is not assignable to type '"secretBuildArg"'.`]);
  }, 30_000);
});
