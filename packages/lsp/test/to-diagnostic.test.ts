import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { lint, rules, type Finding } from "@layerlint/core";
import { describe, expect, it } from "vitest";
import { TextDocument } from "vscode-languageserver-textdocument";
import { toActionData } from "../src/code-actions.js";
import { problemDiagnostic, spanToRange, toDiagnostic } from "../src/to-diagnostic.js";
import { FAKE_TOKEN, findingOf, lintText, URI } from "./helpers/findings.js";

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), "../../../test/fixtures");

function diagnose(text: string, finding: Finding, relatedInformation = true) {
  const { parsed, document } = lintText(text);
  return toDiagnostic(finding, { uri: URI, relatedInformation, data: toActionData(finding, { document, parsed }) });
}

describe("toDiagnostic", () => {
  it("maps a finding to an LSP diagnostic with 0-based range, rule code, docs link and source", () => {
    const text = "FROM alpine\nARG NPM_TOKEN\nRUN echo $NPM_TOKEN > /dev/null\n";
    const { findings } = lintText(text);
    const diagnostic = diagnose(text, findingOf(findings, "no-secret-in-arg"));
    expect(diagnostic).toMatchObject({
      range: { start: { line: 1, character: 4 }, end: { line: 1, character: 13 } },
      severity: 1,
      code: "no-secret-in-arg",
      codeDescription: { href: rules.get("no-secret-in-arg")!.meta.docs.url },
      source: "layerlint",
      data: { ruleId: "no-secret-in-arg", channel: "history", version: 7 },
    });
    expect(diagnostic.message).toBe(findingOf(findings, "no-secret-in-arg").message);
    expect(diagnostic.relatedInformation).toBeUndefined();
  });

  it("maps warnings (a stage that is not shipped) to severity 2", () => {
    const text = "FROM alpine AS build\nARG NPM_TOKEN\nRUN echo $NPM_TOKEN > /dev/null\nFROM alpine\nCOPY --from=build /bin/sh /bin/sh\n";
    const { findings } = lintText(text);
    expect(diagnose(text, findingOf(findings, "no-secret-in-arg")).severity).toBe(2);
  });

  it("gives related locations as relatedInformation, or in the message when the client has none", () => {
    const text = "FROM alpine\nCOPY .env /app/.env\nRUN make\nRUN rm /app/.env\n";
    const finding = findingOf(lintText(text).findings, "no-ineffective-delete");
    const withRelated = diagnose(text, finding, true);
    expect(withRelated.range).toEqual({ start: { line: 3, character: 0 }, end: { line: 3, character: 16 } });
    expect(withRelated.relatedInformation).toEqual([
      {
        location: { uri: URI, range: { start: { line: 1, character: 0 }, end: { line: 1, character: 19 } } },
        message: "/app/.env is added here (dotenv file).",
      },
    ]);
    const without = diagnose(text, finding, false);
    expect(without.relatedInformation).toBeUndefined();
    expect(without.message).toBe(`${finding.message}\nLine 2: /app/.env is added here (dotenv file).`);
  });

  it("opens a related location in a context file in that file when the context is known", () => {
    const text = "FROM node\nCOPY . .\n";
    const context = {
      ignoreFile: null,
      isExcluded: () => false,
      secretFiles: [],
      contents: { files: new Map([["config/db.yml", { text: "production:\n  password: Fake-Qz8r-Vw3t9\n" }]]) },
    };
    const finding = findingOf(lint(text, { context, fileName: "Dockerfile" }).findings, "no-secret-in-context-file");
    const { parsed, document } = lintText(text);
    const data = toActionData(finding, { document, parsed });
    expect(toDiagnostic(finding, { uri: URI, contextDir: "/repo/app", relatedInformation: true, data }).relatedInformation).toEqual([
      {
        location: { uri: "file:///repo/app/config/db.yml", range: { start: { line: 1, character: 12 }, end: { line: 1, character: 27 } } },
        message: 'literal password under "password" in config/db.yml:2.',
      },
    ]);
    // Without the context directory: the COPY source in the Dockerfile; without relatedInformation, in the message.
    expect(toDiagnostic(finding, { uri: URI, relatedInformation: true, data }).relatedInformation?.[0]?.location).toEqual({
      uri: URI,
      range: { start: { line: 1, character: 5 }, end: { line: 1, character: 6 } },
    });
    expect(toDiagnostic(finding, { uri: URI, contextDir: "/repo/app", relatedInformation: false, data }).message).toBe(
      `${finding.message}\nLine 2: literal password under "password" in config/db.yml:2.`,
    );
  });

  it("spans multi-line instructions, CRLF line breaks and astral characters exactly as TextDocument counts them", () => {
    const text = "FROM alpine\r\nARG NPM_TOKEN\r\nRUN echo 😀 \\\r\n    $NPM_TOKEN > /dev/null\r\n";
    const finding = findingOf(lintText(text).findings, "require-secret-mount");
    expect(spanToRange(finding.span)).toEqual({ start: { line: 2, character: 0 }, end: { line: 3, character: 26 } });
    const document = TextDocument.create(URI, "dockerfile", 1, text);
    expect(spanToRange(finding.span)).toEqual({ start: document.positionAt(finding.span.start), end: document.positionAt(finding.span.end) });
  });

  it("agrees with TextDocument.positionAt on every fixture finding, with LF and CRLF", () => {
    let checked = 0;
    for (const rule of readdirSync(FIXTURES)) {
      for (const fixture of readdirSync(join(FIXTURES, rule))) {
        const file = join(FIXTURES, rule, fixture, "Dockerfile");
        if (!statSync(file, { throwIfNoEntry: false })?.isFile()) continue;
        const lf = readFileSync(file, "utf8").replace(/\r\n/g, "\n");
        for (const text of [lf, lf.replace(/\n/g, "\r\n")]) {
          const document = TextDocument.create(URI, "dockerfile", 1, text);
          for (const finding of lint(text, { fileName: "Dockerfile" }).findings) {
            const range = spanToRange(finding.span);
            expect(range.start).toEqual(document.positionAt(finding.span.start));
            expect(range.end).toEqual(document.positionAt(finding.span.end));
            for (const related of finding.related) {
              expect(spanToRange(related.span).start).toEqual(document.positionAt(related.span.start));
            }
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it("never carries the secret: message, data and all", () => {
    const text = `FROM alpine\nENV GITHUB_TOKEN=${FAKE_TOKEN}\nRUN echo ${FAKE_TOKEN}\n# ${FAKE_TOKEN}\n`;
    const { findings } = lintText(text);
    expect(findings.length).toBeGreaterThanOrEqual(3);
    for (const finding of findings) {
      const serialized = JSON.stringify(diagnose(text, finding));
      expect(serialized).not.toContain("ghp_F");
    }
  });
});

describe("problemDiagnostic", () => {
  it("is one diagnostic on the first line without a rule code", () => {
    expect(problemDiagnostic("Bad config.", 11)).toEqual({
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 11 } },
      severity: 1,
      source: "layerlint",
      message: "Bad config.",
    });
    expect(problemDiagnostic("Too big.", 3, 3).severity).toBe(3);
  });
});
