import type { Finding, RuleId, Span } from "@layerlint/core";
import { describe, expect, it } from "vitest";
import { json } from "../src/formatters/json.js";
import { stylish } from "../src/formatters/stylish.js";
import type { FileResult } from "../src/result.js";

function span(line: number, column: number, endColumn: number, start = 0): Span {
  return { start, end: start + endColumn - column, line, column, endLine: line, endColumn };
}

function finding(ruleId: RuleId, severity: Finding["severity"], at: Span, message: string, extra: Partial<Finding> = {}): Finding {
  return {
    ruleId,
    messageId: "msg",
    message,
    severity,
    channel: "history",
    shipped: severity === "error",
    span: at,
    related: [],
    suggestions: [],
    ...extra,
  };
}

const context = { cwd: "/repo", color: false, rulesMeta: new Map(), version: "0.0.0" };

const results: FileResult[] = [
  {
    filePath: "/repo/app/Dockerfile",
    findings: [
      finding("no-secret-in-arg", "error", span(2, 5, 14, 12), "ARG NPM_TOKEN carries a secret."),
      finding("require-secret-mount", "warning", span(13, 1, 30, 40), "RUN uses NPM_TOKEN."),
    ],
    unusedDirectives: [{ span: span(10, 1, 40, 30), rules: ["no-secret-in-env"], message: "Unused layerlint-disable directive." }],
  },
  { filePath: "/repo/clean/Dockerfile", findings: [], unusedDirectives: [] },
  { filePath: "/elsewhere/Containerfile", findings: [finding("no-hardcoded-secret", "error", span(1, 12, 20), "Hardcoded ghp_….")], unusedDirectives: [] },
];

describe("stylish", () => {
  it("prints aligned rows per file and a summary, nothing for clean files", () => {
    expect(stylish(results, context)).toBe(
      [
        "",
        "app/Dockerfile",
        "   2:5  error    ARG NPM_TOKEN carries a secret      no-secret-in-arg",
        "  10:1  warning  Unused layerlint-disable directive",
        "  13:1  warning  RUN uses NPM_TOKEN                  require-secret-mount",
        "",
        "/elsewhere/Containerfile",
        "  1:12  error  Hardcoded ghp_…  no-hardcoded-secret",
        "",
        "\u2716 4 problems (2 errors, 2 warnings)",
        "",
      ].join("\n"),
    );
  });

  it("ends the rule-id column within 120 characters; a longer summary is followed by its id directly", () => {
    const fits = `ARG TOKEN leaks ${"x".repeat(54)}`; // 70 characters
    const tooLong = `ARG TOKEN leaks ${"y".repeat(100)}`; // 116 characters
    const wide: FileResult = {
      filePath: "/repo/Dockerfile",
      findings: [
        finding("no-secret-in-arg", "error", span(2, 5, 14), `${fits}.`),
        finding("require-dockerignore-entries", "error", span(3, 1, 9), `${tooLong}.`),
      ],
      unusedDirectives: [],
    };
    const rows = stylish([wide], context).split("\n").filter((row) => row.startsWith("  "));
    // Prefix "  2:5  error  " is 14 wide, the longest id 28: summaries get 120 - 14 - 2 - 28 = 76
    // columns and the id column starts at 92.
    expect(rows).toEqual([
      `  2:5  error  ${fits}${" ".repeat(76 - fits.length)}  no-secret-in-arg`,
      `  3:1  error  ${tooLong}  require-dockerignore-entries`,
    ]);
    expect(rows[0]!.indexOf("no-secret-in-arg")).toBe(92);
    expect(rows[0]!.length).toBeLessThanOrEqual(120);
  });

  it("prints nothing when there are no problems", () => {
    expect(stylish([results[1]!], context)).toBe("");
    expect(stylish([], context)).toBe("");
  });

  it("uses singular words and a yellow summary for warnings only", () => {
    const warningOnly: FileResult = {
      filePath: "/repo/Dockerfile",
      findings: [finding("require-secret-mount", "warning", span(3, 1, 9), "RUN uses NPM_TOKEN.")],
      unusedDirectives: [],
    };
    expect(stylish([warningOnly], context)).toContain("\u2716 1 problem (0 errors, 1 warning)\n");
    const colored = stylish([warningOnly], { ...context, color: true });
    expect(colored).toContain("\u001b[4mDockerfile\u001b[24m");
    expect(colored).toContain("\u001b[33mwarning\u001b[39m");
    expect(colored).toContain("\u001b[2m3:1\u001b[22m");
    expect(colored).toContain("\u001b[33m\u001b[1m\u2716 1 problem (0 errors, 1 warning)\u001b[22m\u001b[39m");
  });

  it("leaves file-level errors to stderr", () => {
    expect(stylish([{ filePath: "/repo/Dockerfile", findings: [], unusedDirectives: [], fatal: "Cannot read." }], context)).toBe("");
  });
});

describe("json", () => {
  it("gives a related location in a context file its file, absolute when the context is known", () => {
    const related = [{ message: "literal password in config/db.yml:4.", span: span(3, 6, 7), file: { path: "config/db.yml", line: 4, column: 13, endLine: 4, endColumn: 28 } }];
    const result = (contextDir?: string): FileResult => ({
      filePath: "/repo/Dockerfile",
      findings: [finding("no-secret-in-arg", "error", span(3, 1, 9), "COPY . sends config/db.yml:4.", { related })],
      unusedDirectives: [],
      ...(contextDir === undefined ? {} : { contextDir }),
    });
    const relatedOf = (r: FileResult) => JSON.parse(json([r], context))[0].messages[0].layerlint.related;
    expect(relatedOf(result("/repo"))).toEqual([
      { message: "literal password in config/db.yml:4.", line: 3, column: 6, endLine: 3, endColumn: 7, file: { path: "/repo/config/db.yml", line: 4, column: 13, endLine: 4, endColumn: 28 } },
    ]);
    expect(relatedOf(result())[0].file).toEqual({ path: "config/db.yml", line: 4, column: 13, endLine: 4, endColumn: 28 });
  });

  it("has ESLint's result shape, clean files included", () => {
    const withExtras: FileResult = {
      filePath: "/repo/Dockerfile",
      findings: [
        finding("no-secret-in-arg", "error", span(2, 5, 14, 12), "ARG NPM_TOKEN carries a secret.", {
          messageId: "secretArg",
          stage: "#0",
          related: [{ message: "Used here.", span: span(3, 20, 30, 40) }],
          suggestions: [
            { description: "Use a secret mount", changes: [{ file: "dockerfile", edits: [{ start: 12, end: 26, text: "" }] }] },
            {
              description: "Two edits",
              changes: [{ file: "dockerfile", edits: [{ start: 0, end: 0, text: "# syntax=docker/dockerfile:1\n" }, { start: 12, end: 26, text: "" }] }],
            },
          ],
          fix: { description: "Add .env to .dockerignore", changes: [{ file: "dockerignore", path: ".dockerignore", create: false, edits: [{ start: 4, end: 4, text: ".env\n" }] }] },
        }),
      ],
      unusedDirectives: [{ span: span(1, 1, 30), rules: [], message: "Unused layerlint-disable directive (no problems were reported)." }],
    };
    const report = JSON.parse(json([withExtras, results[1]!, { filePath: "<stdin>", findings: [], unusedDirectives: [], fatal: "Cannot lint a binary file." }], context));
    expect(report).toEqual([
      {
        filePath: "/repo/Dockerfile",
        messages: [
          { ruleId: null, severity: 1, message: "Unused layerlint-disable directive (no problems were reported).", line: 1, column: 1, endLine: 1, endColumn: 30 },
          {
            ruleId: "no-secret-in-arg",
            severity: 2,
            message: "ARG NPM_TOKEN carries a secret.",
            line: 2,
            column: 5,
            endLine: 2,
            endColumn: 14,
            messageId: "secretArg",
            suggestions: [{ desc: "Use a secret mount", fix: { range: [12, 26], text: "" } }, { desc: "Two edits" }],
            layerlint: {
              channel: "history",
              stage: "#0",
              shipped: true,
              related: [{ message: "Used here.", line: 3, column: 20, endLine: 3, endColumn: 30 }],
              fix: withExtras.findings[0]!.fix,
              suggestions: withExtras.findings[0]!.suggestions,
            },
          },
        ],
        suppressedMessages: [],
        errorCount: 1,
        fatalErrorCount: 0,
        warningCount: 1,
        fixableErrorCount: 1,
        fixableWarningCount: 0,
        usedDeprecatedRules: [],
      },
      {
        filePath: "/repo/clean/Dockerfile",
        messages: [],
        suppressedMessages: [],
        errorCount: 0,
        fatalErrorCount: 0,
        warningCount: 0,
        fixableErrorCount: 0,
        fixableWarningCount: 0,
        usedDeprecatedRules: [],
      },
      {
        filePath: "<stdin>",
        messages: [{ ruleId: null, fatal: true, severity: 2, message: "Cannot lint a binary file." }],
        suppressedMessages: [],
        errorCount: 1,
        fatalErrorCount: 1,
        warningCount: 0,
        fixableErrorCount: 0,
        fixableWarningCount: 0,
        usedDeprecatedRules: [],
      },
    ]);
  });

  it("prints [] for no files", () => {
    expect(json([], context)).toBe("[]");
  });
});
