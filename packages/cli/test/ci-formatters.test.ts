import { createHash } from "node:crypto";
import type { Finding, RuleId, RuleMeta, Span } from "@layerlint/core";
import { describe, expect, it } from "vitest";
import { checkstyle, xmlAttribute } from "../src/formatters/checkstyle.js";
import { escapeData, escapeProperty, github } from "../src/formatters/github.js";
import { gitlab } from "../src/formatters/gitlab.js";
import { formatterNames, type FormatterContext } from "../src/formatters/index.js";
import { sarif } from "../src/formatters/sarif.js";
import type { FileResult } from "../src/result.js";

function span(line: number, column: number, endColumn: number, start = 0): Span {
  return { start, end: start + endColumn - column, line, column, endLine: line, endColumn };
}

function finding(ruleId: RuleId, severity: Finding["severity"], at: Span, message: string, extra: Partial<Finding> = {}): Finding {
  return { ruleId, messageId: "msg", message, severity, channel: "history", shipped: severity === "error", span: at, related: [], suggestions: [], ...extra };
}

function meta(description: string, severity: RuleMeta["severity"], channel: RuleMeta["channel"], url: string): RuleMeta {
  return {
    type: "problem",
    docs: { description, recommended: true, url },
    messages: {},
    schema: [],
    defaultOptions: [],
    channel,
    severity,
  };
}

/** Two rules of each kind the formats rate differently; metadata is the test's own, not core's. */
const rulesMeta = new Map<RuleId, RuleMeta>([
  ["no-secret-in-arg", meta("Disallow secret build args", "stage", "history", "https://docs.example/no-secret-in-arg.md")],
  ["no-hardcoded-secret", meta("Disallow literal secrets", "error", "history", "https://docs.example/no-hardcoded-secret.md")],
  ["require-dockerignore-entries", meta("Require secret entries in .dockerignore", "stage", "context", "https://docs.example/rde.md")],
]);

const context: FormatterContext = { cwd: "/repo", color: false, rulesMeta, version: "9.8.7" };

const TRICKY = `RUN rm .npmrc: <layer> & "quotes" 'too', 100%\r\nnext,line.`;

const results: FileResult[] = [
  {
    filePath: "/repo/app/Dockerfile",
    findings: [
      finding("no-secret-in-arg", "error", span(2, 5, 14, 12), "ARG NPM_TOKEN carries a secret.", { stage: "#0" }),
      finding("require-dockerignore-entries", "warning", span(5, 1, 9, 40), TRICKY, {
        channel: "context",
        stage: "builder",
        related: [{ message: "Copied here.", span: span(3, 1, 16, 20) }],
      }),
    ],
    unusedDirectives: [{ span: span(7, 1, 40, 60), rules: ["no-secret-in-env"], message: "Unused layerlint-disable directive." }],
  },
  { filePath: "/repo/clean/Dockerfile", findings: [], unusedDirectives: [] },
  {
    filePath: "/repo/odd dir,x:y/Containerfile",
    findings: [finding("no-hardcoded-secret", "error", span(1, 12, 20), "ENV GITHUB_TOKEN holds a literal token (ghp_…).")],
    unusedDirectives: [],
  },
  { filePath: "/repo/bin/Dockerfile", findings: [], unusedDirectives: [], fatal: "Cannot lint a binary file (it has a NUL byte in its first 8 KB)." },
];

/** The documented fingerprint: rule, repository-relative path, message, occurrence — no lines. */
function expectedFingerprint(check: string, path: string, message: string, occurrence = 0): string {
  return createHash("sha256").update([check, path, message, String(occurrence)].join("\0")).digest("hex");
}

describe("the formatter registry", () => {
  it("offers every format of docs/spec.md §7", () => {
    expect([...formatterNames].sort()).toEqual(["checkstyle", "github", "gitlab", "json", "sarif", "stylish"]);
  });
});

describe("sarif", () => {
  it("points a related location in a context file at that file, relative to the working directory", () => {
    const related = [
      {
        message: 'literal password under "password" in config/db.yml:4.',
        span: span(3, 6, 7),
        file: { path: "config/db.yml", line: 4, column: 13, endLine: 4, endColumn: 28 },
      },
    ];
    const withFile = (contextDir?: string): FileResult => ({
      filePath: "/repo/app/Dockerfile",
      findings: [finding("no-secret-in-arg", "error", span(3, 1, 9), "COPY . sends config/db.yml:4.", { related })],
      unusedDirectives: [],
      ...(contextDir === undefined ? {} : { contextDir }),
    });
    const relatedOf = (result: FileResult) => JSON.parse(sarif([result], context)).runs[0].results[0].relatedLocations;
    expect(relatedOf(withFile("/repo/app"))).toEqual([
      {
        id: 1,
        physicalLocation: {
          artifactLocation: { uri: "app/config/db.yml", uriBaseId: "%SRCROOT%" },
          region: { startLine: 4, startColumn: 13, endLine: 4, endColumn: 28 },
        },
        message: { text: 'literal password under "password" in config/db.yml:4.' },
      },
    ]);
    // Without the context directory the Dockerfile span (the COPY source) stands in.
    expect(relatedOf(withFile())[0].physicalLocation).toEqual({
      artifactLocation: { uri: "app/Dockerfile", uriBaseId: "%SRCROOT%" },
      region: { startLine: 3, startColumn: 6, endLine: 3, endColumn: 7 },
    });
  });

  it("writes SARIF 2.1.0 with described rules, regions, related locations and line-free fingerprints", () => {
    const location = (uri: string, region?: object) => ({
      physicalLocation: { artifactLocation: { uri, uriBaseId: "%SRCROOT%" }, ...(region === undefined ? {} : { region }) },
    });
    const rule = (id: string, name: string, description: string, url: string, channel: string, level: string, securitySeverity: string) => ({
      id,
      name,
      shortDescription: { text: `${description}.` },
      fullDescription: { text: `${description}. Secrets it finds leak through ${channel}.` },
      help: {
        text: `${description}. Secrets it finds leak through ${channel}. See ${url}`,
        markdown: `**${description}.** Secrets it finds leak through ${channel}.\n\n[Rule documentation](${url})`,
      },
      helpUri: url,
      defaultConfiguration: { level },
      properties: { tags: ["security", "secrets", "docker"], precision: "high", "security-severity": securitySeverity },
    });
    const history = "the image history (docker history --no-trunc)";
    const expected = {
      $schema: "https://json.schemastore.org/sarif-2.1.0.json",
      version: "2.1.0",
      runs: [
        {
          tool: {
            driver: {
              name: "layerlint",
              version: "9.8.7",
              semanticVersion: "9.8.7",
              informationUri: "https://github.com/layerlint/layerlint",
              rules: [
                rule("no-secret-in-arg", "NoSecretInArg", "Disallow secret build args", "https://docs.example/no-secret-in-arg.md", history, "error", "7.5"),
                rule("no-hardcoded-secret", "NoHardcodedSecret", "Disallow literal secrets", "https://docs.example/no-hardcoded-secret.md", history, "error", "8.0"),
                rule(
                  "require-dockerignore-entries",
                  "RequireDockerignoreEntries",
                  "Require secret entries in .dockerignore",
                  "https://docs.example/rde.md",
                  "the build context that COPY/ADD sends into a layer",
                  "warning",
                  "5.0",
                ),
              ],
            },
          },
          invocations: [
            {
              executionSuccessful: false,
              toolExecutionNotifications: [
                {
                  level: "warning",
                  message: { text: "Unused layerlint-disable directive." },
                  locations: [location("app/Dockerfile", { startLine: 7, startColumn: 1, endLine: 7, endColumn: 40 })],
                },
                {
                  level: "error",
                  message: { text: "Cannot lint a binary file (it has a NUL byte in its first 8 KB)." },
                  locations: [location("bin/Dockerfile")],
                },
              ],
            },
          ],
          originalUriBaseIds: { "%SRCROOT%": { uri: "file:///repo/" } },
          columnKind: "utf16CodeUnits",
          results: [
            {
              ruleId: "no-secret-in-arg",
              ruleIndex: 0,
              level: "error",
              message: { text: "ARG NPM_TOKEN carries a secret." },
              locations: [location("app/Dockerfile", { startLine: 2, startColumn: 5, endLine: 2, endColumn: 14 })],
              partialFingerprints: {
                "layerlintFindingHash/v1": expectedFingerprint("no-secret-in-arg", "app/Dockerfile", "ARG NPM_TOKEN carries a secret."),
              },
              properties: { channel: "history", stage: "#0", shipped: true },
            },
            {
              ruleId: "require-dockerignore-entries",
              ruleIndex: 2,
              level: "warning",
              message: { text: TRICKY },
              locations: [location("app/Dockerfile", { startLine: 5, startColumn: 1, endLine: 5, endColumn: 9 })],
              relatedLocations: [
                {
                  id: 1,
                  ...location("app/Dockerfile", { startLine: 3, startColumn: 1, endLine: 3, endColumn: 16 }),
                  message: { text: "Copied here." },
                },
              ],
              partialFingerprints: { "layerlintFindingHash/v1": expectedFingerprint("require-dockerignore-entries", "app/Dockerfile", TRICKY) },
              properties: { channel: "context", stage: "builder", shipped: false },
            },
            {
              ruleId: "no-hardcoded-secret",
              ruleIndex: 1,
              level: "error",
              message: { text: "ENV GITHUB_TOKEN holds a literal token (ghp_…)." },
              // Each path segment percent-encoded: a relative reference whose first segment has a
              // colon would otherwise read as a URI scheme.
              locations: [location("odd%20dir%2Cx%3Ay/Containerfile", { startLine: 1, startColumn: 12, endLine: 1, endColumn: 20 })],
              partialFingerprints: {
                "layerlintFindingHash/v1": expectedFingerprint(
                  "no-hardcoded-secret",
                  "odd dir,x:y/Containerfile",
                  "ENV GITHUB_TOKEN holds a literal token (ghp_…).",
                ),
              },
              properties: { channel: "history", shipped: true },
            },
          ],
        },
      ],
    };
    expect(sarif(results, context)).toBe(`${JSON.stringify(expected, null, 2)}\n`);
  });

  it("gives files outside the working directory absolute file URIs, and an empty run when clean", () => {
    const outside: FileResult = { filePath: "/elsewhere/Dockerfile", findings: [finding("no-secret-in-arg", "error", span(1, 1, 5), "X.")], unusedDirectives: [] };
    const log = JSON.parse(sarif([outside], context));
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: "file:///elsewhere/Dockerfile" });
    const clean = JSON.parse(sarif([results[1]!], context));
    expect(clean.runs[0].results).toEqual([]);
    expect(clean.runs[0].invocations).toEqual([{ executionSuccessful: true }]);
    expect(clean.runs[0].tool.driver.rules).toHaveLength(3);
  });
});

describe("fingerprints (sarif and gitlab)", () => {
  const moved = (lineShift: number): FileResult[] => [
    {
      filePath: "/repo/Dockerfile",
      findings: [
        finding("no-secret-in-arg", "error", span(2 + lineShift, 5, 14), "ARG NPM_TOKEN carries a secret."),
        finding("no-secret-in-arg", "error", span(9 + lineShift, 5, 14), "ARG NPM_TOKEN carries a secret."),
      ],
      unusedDirectives: [],
    },
  ];

  it("stay the same when lines move, and tell identical findings apart by occurrence", () => {
    const sarifPrints = (r: FileResult[]) =>
      JSON.parse(sarif(r, context)).runs[0].results.map((x: { partialFingerprints: Record<string, string> }) => x.partialFingerprints["layerlintFindingHash/v1"]);
    const gitlabPrints = (r: FileResult[]) => JSON.parse(gitlab(r, context)).map((x: { fingerprint: string }) => x.fingerprint);
    expect(sarifPrints(moved(0))).toEqual(sarifPrints(moved(30)));
    expect(gitlabPrints(moved(0))).toEqual(gitlabPrints(moved(30)));
    const [first, second] = gitlabPrints(moved(0)) as string[];
    expect(first).not.toBe(second);
    expect(gitlabPrints(moved(0))).toEqual(sarifPrints(moved(0)));
  });

  it("change with the file", () => {
    const other = moved(0).map((r) => ({ ...r, filePath: "/repo/api/Dockerfile" }));
    expect(JSON.parse(gitlab(other, context))[0].fingerprint).not.toBe(JSON.parse(gitlab(moved(0), context))[0].fingerprint);
  });
});

describe("gitlab", () => {
  it("writes Code Quality issues: critical for always-error rules, major for stage errors, minor for warnings", () => {
    const issue = (description: string, check: string, severity: string, path: string, begin: number, end?: number, fingerprint?: string) => ({
      description,
      check_name: `layerlint/${check}`,
      fingerprint: fingerprint ?? expectedFingerprint(check, path, description),
      severity,
      location: { path, lines: end === undefined ? { begin } : { begin, end } },
    });
    const expected = [
      issue("ARG NPM_TOKEN carries a secret.", "no-secret-in-arg", "major", "app/Dockerfile", 2, 2),
      issue(TRICKY, "require-dockerignore-entries", "minor", "app/Dockerfile", 5, 5),
      issue("Unused layerlint-disable directive.", "unused-disable-directive", "info", "app/Dockerfile", 7, 7),
      issue("ENV GITHUB_TOKEN holds a literal token (ghp_…).", "no-hardcoded-secret", "critical", "odd dir,x:y/Containerfile", 1, 1),
      issue("Cannot lint a binary file (it has a NUL byte in its first 8 KB).", "fatal", "critical", "bin/Dockerfile", 1),
    ];
    expect(gitlab(results, context)).toBe(`${JSON.stringify(expected, null, 2)}\n`);
  });

  it("writes an empty array when there is nothing to report", () => {
    expect(gitlab([results[1]!], context)).toBe("[]\n");
  });
});

describe("checkstyle", () => {
  it("writes one <file> per linted file and escaped <error> elements", () => {
    expect(checkstyle(results, context)).toBe(
      [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<checkstyle version="4.3">',
        '  <file name="/repo/app/Dockerfile">',
        '    <error line="2" column="5" severity="error" message="ARG NPM_TOKEN carries a secret." source="layerlint.no-secret-in-arg" />',
        '    <error line="5" column="1" severity="warning" message="RUN rm .npmrc: &lt;layer&gt; &amp; &quot;quotes&quot; &apos;too&apos;, 100%&#13;&#10;next,line." source="layerlint.require-dockerignore-entries" />',
        '    <error line="7" column="1" severity="warning" message="Unused layerlint-disable directive." source="layerlint.unused-disable-directive" />',
        "  </file>",
        '  <file name="/repo/clean/Dockerfile">',
        "  </file>",
        '  <file name="/repo/odd dir,x:y/Containerfile">',
        '    <error line="1" column="12" severity="error" message="ENV GITHUB_TOKEN holds a literal token (ghp_…)." source="layerlint.no-hardcoded-secret" />',
        "  </file>",
        '  <file name="/repo/bin/Dockerfile">',
        '    <error line="1" column="1" severity="error" message="Cannot lint a binary file (it has a NUL byte in its first 8 KB)." source="layerlint.fatal" />',
        "  </file>",
        "</checkstyle>",
        "",
      ].join("\n"),
    );
  });

  it("replaces what XML 1.0 cannot carry and keeps astral characters", () => {
    expect(xmlAttribute("a\u0000b\u0007c\u001bd\ufffee\uffff\ud800f\udc00g\ud83d\udd11h\u0085")).toBe("a\ufffdb\ufffdc\ufffdd\ufffde\ufffd\ufffdf\ufffdg\ud83d\udd11h\u0085");
    expect(xmlAttribute("\t<&>")).toBe("&#9;&lt;&amp;&gt;");
  });
});

describe("github", () => {
  it("writes one workflow command per problem, escaped as GitHub decodes them", () => {
    expect(github(results, context)).toBe(
      [
        "::error file=app/Dockerfile,line=2,col=5,endLine=2,endColumn=14,title=layerlint/no-secret-in-arg::ARG NPM_TOKEN carries a secret.",
        `::warning file=app/Dockerfile,line=5,col=1,endLine=5,endColumn=9,title=layerlint/require-dockerignore-entries::RUN rm .npmrc: <layer> & "quotes" 'too', 100%25%0D%0Anext,line.`,
        "::warning file=app/Dockerfile,line=7,col=1,endLine=7,endColumn=40,title=layerlint::Unused layerlint-disable directive.",
        "::error file=odd dir%2Cx%3Ay/Containerfile,line=1,col=12,endLine=1,endColumn=20,title=layerlint/no-hardcoded-secret::ENV GITHUB_TOKEN holds a literal token (ghp_…).",
        "::error file=bin/Dockerfile,title=layerlint::Cannot lint a binary file (it has a NUL byte in its first 8 KB).",
        "",
      ].join("\n"),
    );
  });

  it("prints nothing for clean files and no file property for standard input", () => {
    expect(github([results[1]!], context)).toBe("");
    const stdin: FileResult = { filePath: "<stdin>", findings: [finding("no-secret-in-arg", "warning", span(1, 1, 4), "X.")], unusedDirectives: [] };
    expect(github([stdin], context)).toBe("::warning line=1,col=1,endLine=1,endColumn=4,title=layerlint/no-secret-in-arg::X.\n");
  });

  it("escapes % first, so an escape sequence in the text survives as text", () => {
    expect(escapeData("50%0A done\n")).toBe("50%250A done%0A");
    expect(escapeProperty("a:b,c%\r")).toBe("a%3Ab%2Cc%25%0D");
  });
});
