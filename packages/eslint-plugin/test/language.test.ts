import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import layerlint from "../src/index.js";

const language = layerlint.languages.dockerfile;

function sourceCodeOf(text: string, languageOptions: Record<string, unknown> = {}) {
  const file = { path: "Dockerfile", physicalPath: "Dockerfile", bom: false, body: text };
  const result = language.parse(file, { languageOptions });
  if (!result.ok) throw new Error(`parse failed: ${JSON.stringify(result.errors)}`);
  return language.createSourceCode(file, result);
}

/** Lints `text` as `<input>` (no build context) with every layerlint rule at `severity`. */
function lintText(text: string, options: { severity?: "warn" | "error"; languageOptions?: Record<string, unknown> } = {}) {
  const linter = new Linter({ configType: "flat" });
  const rules = Object.fromEntries(Object.keys(layerlint.rules).map((id) => [`layerlint/${id}`, options.severity ?? "error"]));
  return linter.verify(text, [
    {
      files: ["**"],
      plugins: { layerlint },
      language: "layerlint/dockerfile",
      ...(options.languageOptions ? { languageOptions: options.languageOptions } : {}),
      rules,
    },
  ]);
}

const brief = (messages: Linter.LintMessage[]) =>
  messages.map((m) => ({ ruleId: m.ruleId, severity: m.severity, line: m.line, column: m.column, message: m.message }));

describe("parse", () => {
  const text = "# syntax=docker/dockerfile:1\n# build the app\nFROM node:20 AS build\nRUN npm ci \\\n  && npm test\n";

  it("builds a Dockerfile root with instructions and comments in source order", () => {
    const ast = sourceCodeOf(text).ast;
    expect(ast.type).toBe("Dockerfile");
    expect(ast.loc).toEqual({ start: { line: 1, column: 1 }, end: { line: 6, column: 1 } });
    expect(ast.range).toEqual([0, text.length]);
    expect(ast.children.map((c) => [c.type, c.type === "Instruction" ? c.keyword : c.value, c.loc, c.range])).toEqual([
      ["Comment", " build the app", { start: { line: 2, column: 1 }, end: { line: 2, column: 16 } }, [29, 44]],
      ["Instruction", "FROM", { start: { line: 3, column: 1 }, end: { line: 3, column: 22 } }, [45, 66]],
      ["Instruction", "RUN", { start: { line: 4, column: 1 }, end: { line: 5, column: 14 } }, [67, 93]],
    ]);
  });

  it("never throws: any text parses", () => {
    for (const junk of ["", "\0\0\0", "FROM", "RUN <<EOF\nno end", "\r\r\n\t#", "ONBUILD", "}{][".repeat(100)]) {
      const file = { path: "Dockerfile", physicalPath: "Dockerfile", bom: false, body: junk };
      expect(language.parse(file, { languageOptions: {} }).ok).toBe(true);
    }
  });

  it("reports a target stage the file does not have as a parse error", () => {
    const file = { path: "Dockerfile", physicalPath: "Dockerfile", bom: false, body: "FROM a AS build\nFROM b AS final\n" };
    expect(language.parse(file, { languageOptions: { target: "final" } }).ok).toBe(true);
    expect(language.parse(file, { languageOptions: { target: "release" } })).toEqual({
      ok: false,
      errors: [{ message: expect.stringContaining('Target stage "release" does not exist'), line: 1, column: 1 }],
    });
  });
});

describe("source code", () => {
  it("traverses root, children, root and knows each node's parent", () => {
    const sourceCode = sourceCodeOf("FROM a\n# note\nRUN b\n");
    const steps = [...sourceCode.traverse()].map((step) => [(step.target as { type: string }).type, step.phase]);
    expect(steps).toEqual([
      ["Dockerfile", 1],
      ["Instruction", 1],
      ["Instruction", 2],
      ["Comment", 1],
      ["Comment", 2],
      ["Instruction", 1],
      ["Instruction", 2],
      ["Dockerfile", 2],
    ]);
    const [from] = sourceCode.ast.children;
    expect(sourceCode.getParent(from!)).toBe(sourceCode.ast);
    expect(sourceCode.getParent(sourceCode.ast)).toBeUndefined();
    expect(sourceCode.getLoc(from!)).toEqual({ start: { line: 1, column: 1 }, end: { line: 1, column: 7 } });
    expect(sourceCode.getRange(from!)).toEqual([0, 6]);
    expect(sourceCode.getText(from!)).toBe("FROM a");
  });

  it("lets user rules visit Instruction nodes, with selectors", () => {
    const keywords: string[] = [];
    const runs: number[] = [];
    const linter = new Linter({ configType: "flat" });
    linter.verify("FROM a\nRUN b\nONBUILD RUN c\n", [
      {
        files: ["**"],
        plugins: {
          layerlint,
          local: {
            rules: {
              keywords: {
                create: () => ({
                  Instruction: (node: { keyword: string }) => void keywords.push(node.keyword),
                  'Dockerfile > Instruction[keyword="RUN"]': (node: { loc: { start: { line: number } } }) => void runs.push(node.loc.start.line),
                }),
              },
            },
          },
        },
        language: "layerlint/dockerfile",
        rules: { "local/keywords": "error" },
      },
    ]);
    expect(keywords).toEqual(["FROM", "RUN", "ONBUILD"]);
    expect(runs).toEqual([2]);
  });

  it("takes only eslint comments for inline config, never parser directives", () => {
    const text = [
      "# syntax=docker/dockerfile:1",
      "# check=skip=all",
      "# eslint-disable layerlint/no-secret-in-env -- set by CI",
      "FROM a",
      "  # eslint-disable-next-line layerlint/no-secret-in-arg",
      "ARG NPM_TOKEN",
      "# eslint-enable",
      '# eslint layerlint/no-secret-in-arg: "warn"',
      "# eslintish is not a directive",
      "# layerlint-disable no-secret-in-env",
    ].join("\n");
    const sourceCode = sourceCodeOf(text);
    expect(sourceCode.comments.map((c) => c.loc.start.line)).toEqual([3, 5, 7, 8, 9, 10]);
    expect(sourceCode.getInlineConfigNodes().map((c) => c.loc.start.line)).toEqual([3, 5, 7, 8]);
    const { directives, problems } = sourceCode.getDisableDirectives();
    expect(problems).toEqual([]);
    expect(directives.map((d) => [d.type, d.value, d.justification])).toEqual([
      ["disable", "layerlint/no-secret-in-env", "set by CI"],
      ["disable-next-line", "layerlint/no-secret-in-arg", ""],
      ["enable", "", ""],
    ]);
    expect(sourceCode.applyInlineConfig()).toEqual({
      configs: [{ config: { rules: { "layerlint/no-secret-in-arg": "warn" } }, loc: sourceCode.comments[3]!.loc }],
      problems: [],
    });
  });

  it("reports an inline config comment it cannot parse", () => {
    const { problems } = sourceCodeOf("# eslint layerlint/no-secret-in-arg: [warn\nFROM a\n").applyInlineConfig();
    expect(problems).toEqual([
      { ruleId: null, message: expect.stringContaining("Failed to parse JSON from"), loc: { start: { line: 1, column: 1 }, end: { line: 1, column: 43 } } },
    ]);
  });

  it("counts \\r, \\n and \\r\\n as line breaks, like core", () => {
    const sourceCode = sourceCodeOf("FROM a\rRUN b\r\nRUN c\n");
    expect(sourceCode.lines).toEqual(["FROM a", "RUN b", "RUN c", ""]);
    expect(sourceCode.ast.children.map((c) => c.loc.start.line)).toEqual([1, 2, 3]);
  });
});

describe("validateLanguageOptions", () => {
  it("accepts target and context, and ignores the JavaScript options shared JS configs set for every file", () => {
    expect(() => language.validateLanguageOptions({})).not.toThrow();
    expect(() => language.validateLanguageOptions({ target: "final", context: "." })).not.toThrow();
    expect(() => language.validateLanguageOptions({ sourceType: "module", parser: {}, globals: {} })).not.toThrow();
  });

  it("names a bad value and an unknown key", () => {
    expect(() => language.validateLanguageOptions({ target: 3 })).toThrow('layerlint/dockerfile: "target" must be a string, got 3.');
    expect(() => language.validateLanguageOptions({ contxt: "." })).toThrow(
      'layerlint/dockerfile: unknown language option "contxt". Known options: "target", "context".',
    );
  });

  it("stops on a context that is not a directory, naming it", () => {
    expect(() => lintText("FROM a\n", { languageOptions: { context: "/nonexistent/layerlint-context" } })).toThrow(
      'layerlint/dockerfile: the build context "/nonexistent/layerlint-context" resolves to /nonexistent/layerlint-context, which is not a directory.',
    );
  });

  it("makes ESLint reject the config with that message", () => {
    expect(() => lintText("FROM a\n", { languageOptions: { contxt: "." } })).toThrow(/unknown language option "contxt"/);
  });
});

describe("directive comments through ESLint", () => {
  const leaky = "FROM node:20\nARG NPM_TOKEN\nARG API_SECRET\n";

  it("reports without directives", () => {
    expect(lintText(leaky).map((m) => [m.ruleId, m.line])).toEqual([
      ["layerlint/no-secret-in-arg", 2],
      ["layerlint/no-secret-in-arg", 3],
    ]);
  });

  it("honours eslint-disable-next-line for the named rule only", () => {
    const text = "FROM node:20\n# eslint-disable-next-line layerlint/no-secret-in-arg -- rotated\nARG NPM_TOKEN\nARG API_SECRET\n";
    expect(lintText(text).map((m) => [m.ruleId, m.line])).toEqual([["layerlint/no-secret-in-arg", 4]]);
    const other = "FROM node:20\n# eslint-disable-next-line layerlint/no-secret-in-env\nARG NPM_TOKEN\n";
    expect(lintText(other).map((m) => [m.ruleId, m.line])).toEqual([
      // ESLint reports the directive that suppressed nothing (reportUnusedDisableDirectives).
      [null, 2],
      ["layerlint/no-secret-in-arg", 3],
    ]);
  });

  it("honours eslint-disable-next-line between continuation lines, where a # line is still a comment", () => {
    const token = `ghp_${"FAKE".repeat(9)}`;
    const text = `FROM a\nRUN echo \\\n  ${token} \\\n# eslint-disable-next-line layerlint/no-hardcoded-secret\n  ${token}\n`;
    expect(lintText(text).map((m) => [m.ruleId, m.line])).toEqual([["layerlint/no-hardcoded-secret", 3]]);
  });

  it("honours eslint-disable / eslint-enable ranges, right after parser directives", () => {
    const text = "# syntax=docker/dockerfile:1\n# eslint-disable\nFROM node:20\nARG NPM_TOKEN\n# eslint-enable\nARG API_SECRET\n";
    expect(lintText(text).map((m) => [m.ruleId, m.line])).toEqual([["layerlint/no-secret-in-arg", 6]]);
  });

  it("applies `# eslint rule: severity` comments", () => {
    const text = '# eslint layerlint/no-secret-in-arg: "warn"\nFROM node:20\nARG NPM_TOKEN\n';
    expect(lintText(text).map((m) => [m.ruleId, m.severity])).toEqual([["layerlint/no-secret-in-arg", 1]]);
  });

  it("also honours layerlint's own suppression comments, like the CLI", () => {
    const text = "FROM node:20\n# layerlint-disable-next-line no-secret-in-arg\nARG NPM_TOKEN\nARG API_SECRET\n";
    expect(lintText(text).map((m) => [m.ruleId, m.line])).toEqual([["layerlint/no-secret-in-arg", 4]]);
  });
});

describe("severity", () => {
  it("is the user's, while the message still says where the secret lands", () => {
    const text = "FROM node:20 AS builder\nARG NPM_TOKEN\nFROM node:20\nCOPY --from=builder /app /app\nARG GH_TOKEN\n";
    expect(brief(lintText(text, { severity: "warn" }))).toEqual([
      {
        ruleId: "layerlint/no-secret-in-arg",
        severity: 1,
        line: 2,
        column: 5,
        message: expect.stringContaining('in stage "builder", which is not shipped but stays in the build cache'),
      },
      { ruleId: "layerlint/no-secret-in-arg", severity: 1, line: 5, column: 5, message: expect.stringContaining("in the final image") },
    ]);
    expect(lintText(text).map((m) => m.severity)).toEqual([2, 2]);
  });

  it("turns an unknown target into a fatal parse error for that file", () => {
    expect(brief(lintText("FROM a AS build\n", { languageOptions: { target: "release" } }))).toEqual([
      { ruleId: null, severity: 2, line: 1, column: 1, message: expect.stringMatching(/^Parsing error: Target stage "release" does not exist/) },
    ]);
  });
});
