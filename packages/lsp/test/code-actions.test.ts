import { applyEdits as applyCoreEdits, lint } from "@layerlint/core";
import { describe, expect, it } from "vitest";
import { TextDocument } from "vscode-languageserver-textdocument";
import type { CodeAction, Diagnostic, TextDocumentEdit, TextEdit } from "vscode-languageserver/node";
import {
  diagnosticsForRequest,
  isLayerlintData,
  toActionData,
  toCodeActions,
  type LayerlintDiagnosticData,
} from "../src/code-actions.js";
import { toDiagnostic } from "../src/to-diagnostic.js";
import { FAKE_TOKEN, fakeContext, findingOf, lintText, URI } from "./helpers/findings.js";

const FULL = { uri: URI, version: 7, documentChanges: true, createFiles: true };

function diagnosticsOf(text: string, options: Parameters<typeof lintText>[1] = {}, contextDir?: string): Diagnostic[] {
  const { findings, parsed, document } = lintText(text, options);
  return findings.map((finding) =>
    toDiagnostic(finding, {
      uri: URI,
      relatedInformation: true,
      data: toActionData(finding, {
        document,
        parsed,
        ...(contextDir === undefined ? {} : { contextDir, ignoreFile: options.context?.ignoreFile ?? null }),
      }),
    }),
  );
}

function only(diagnostics: Diagnostic[], code: string): Diagnostic {
  const found = diagnostics.find((d) => d.code === code);
  if (found === undefined) throw new Error(`No ${code} in ${diagnostics.map((d) => d.code).join(", ")}`);
  return found;
}

function apply(text: string, edits: readonly TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create(URI, "dockerfile", 0, text), [...edits]);
}

function documentEdits(action: CodeAction): TextEdit[] {
  const change = action.edit!.documentChanges![0] as TextDocumentEdit;
  expect(change.textDocument).toEqual({ uri: URI, version: 7 });
  return change.edits as TextEdit[];
}

describe("toActionData + toCodeActions", () => {
  const leakyArg = "FROM alpine\nARG NPM_TOKEN\nRUN npm ci --token $NPM_TOKEN\n";

  it("offers the finding's suggestion with its exact edits, then the disable comment", () => {
    const actions = toCodeActions([only(diagnosticsOf(leakyArg), "no-secret-in-arg")], FULL);
    expect(actions.map((a) => [a.title, a.kind, a.isPreferred])).toEqual([
      ["Pass NPM_TOKEN as a BuildKit secret (--mount=type=secret,id=npm_token) instead of ARG NPM_TOKEN", "quickfix", undefined],
      ["Disable no-secret-in-arg for this instruction", "quickfix", undefined],
    ]);
    expect(documentEdits(actions[0]!)).toEqual([
      { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: "# syntax=docker/dockerfile:1\n" },
      { range: { start: { line: 1, character: 0 }, end: { line: 2, character: 0 } }, newText: "" },
      { range: { start: { line: 2, character: 4 }, end: { line: 2, character: 4 } }, newText: "--mount=type=secret,id=npm_token,env=NPM_TOKEN " },
    ]);
    expect(apply(leakyArg, documentEdits(actions[0]!))).toBe(
      "# syntax=docker/dockerfile:1\nFROM alpine\nRUN --mount=type=secret,id=npm_token,env=NPM_TOKEN npm ci --token $NPM_TOKEN\n",
    );
    expect(documentEdits(actions[1]!)).toEqual([
      { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, newText: "# layerlint-disable-next-line no-secret-in-arg\n" },
    ]);
  });

  it("produces the same text core's own applyEdits does", () => {
    const { findings } = lintText(leakyArg);
    const suggestion = findingOf(findings, "no-secret-in-arg").suggestions[0]!;
    const coreText = applyCoreEdits(leakyArg, suggestion.changes.flatMap((c) => (c.file === "dockerfile" ? c.edits : [])));
    const action = toCodeActions([only(diagnosticsOf(leakyArg), "no-secret-in-arg")], FULL)[0]!;
    expect(apply(leakyArg, documentEdits(action))).toBe(coreText);
  });

  it("uses `changes` when the client takes no documentChanges", () => {
    const actions = toCodeActions([only(diagnosticsOf(leakyArg), "no-secret-in-arg")], { ...FULL, documentChanges: false });
    expect(actions[1]!.edit).toEqual({
      changes: {
        [URI]: [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, newText: "# layerlint-disable-next-line no-secret-in-arg\n" }],
      },
    });
  });

  it("disables above the first line of the instruction, with its indentation and line break", () => {
    const text = `FROM alpine\r\n    RUN echo start \\\r\n      && curl -H "Authorization: token ${FAKE_TOKEN}" https://example.com\r\n`;
    const diagnostic = only(diagnosticsOf(text), "no-hardcoded-secret");
    expect(diagnostic.range.start.line).toBe(2);
    const disable = toCodeActions([diagnostic], FULL).find((a) => a.title === "Disable no-hardcoded-secret for this instruction")!;
    expect(documentEdits(disable)).toEqual([
      { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, newText: "    # layerlint-disable-next-line no-hardcoded-secret\r\n" },
    ]);
    const fixed = apply(text, documentEdits(disable));
    expect(lint(fixed).findings.filter((f) => f.ruleId === "no-hardcoded-secret")).toEqual([]);
  });

  it("fences a secret in a comment with disable/enable, which silences it", () => {
    const text = `FROM alpine\n# token: ${FAKE_TOKEN}\nRUN true`;
    const diagnostic = only(diagnosticsOf(text), "no-hardcoded-secret");
    const [disable] = toCodeActions([diagnostic], FULL);
    expect(disable!.title).toBe("Disable no-hardcoded-secret for this line");
    expect(documentEdits(disable!)).toEqual([
      { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, newText: "# layerlint-disable no-hardcoded-secret\n" },
      { range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, newText: "# layerlint-enable no-hardcoded-secret\n" },
    ]);
    expect(lint(apply(text, documentEdits(disable!))).findings).toEqual([]);
    // At the end of a file without a final line break, the enable comment goes on a new last line.
    const last = `FROM alpine\n# token: ${FAKE_TOKEN}`;
    const atEnd = toCodeActions([only(diagnosticsOf(last), "no-hardcoded-secret")], FULL)[0]!;
    expect(apply(last, documentEdits(atEnd))).toBe(`FROM alpine\n# layerlint-disable no-hardcoded-secret\n# token: ${FAKE_TOKEN}\n# layerlint-enable no-hardcoded-secret`);
  });

  it("creates .dockerignore with CreateFile + TextDocumentEdit, preferred", () => {
    const text = "FROM alpine\nCOPY . /app\n";
    const diagnostic = only(diagnosticsOf(text, { context: fakeContext(null) }, "/work/app"), "require-dockerignore");
    const [create, disable] = toCodeActions([diagnostic], FULL);
    expect(create!.title).toBe("Create .dockerignore excluding secret files");
    expect(create!.isPreferred).toBe(true);
    const [createFile, edit] = create!.edit!.documentChanges!;
    expect(createFile).toEqual({ kind: "create", uri: "file:///work/app/.dockerignore", options: { ignoreIfExists: true } });
    expect(edit).toMatchObject({
      textDocument: { uri: "file:///work/app/.dockerignore", version: null },
      edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }],
    });
    expect((edit as TextDocumentEdit).edits[0]!.newText.split("\n")).toEqual(expect.arrayContaining([".env", ".npmrc", "*.pem"]));
    expect(disable!.title).toBe("Disable require-dockerignore for this instruction");

    // A client that cannot create files gets plain `changes` (it creates the file on save).
    const plain = toCodeActions([diagnostic], { ...FULL, createFiles: false })[0]!;
    expect(Object.keys(plain.edit!.changes!)).toEqual(["file:///work/app/.dockerignore"]);
    expect(plain.edit!.documentChanges).toBeUndefined();
  });

  it("appends missing entries at the end of the existing ignore file", () => {
    const text = "FROM alpine\nCOPY . /app\n";
    const context = fakeContext("node_modules", [".env"]);
    const diagnostics = diagnosticsOf(text, { context }, "/work/app").filter((d) => d.code === "require-dockerignore-entries");
    expect(diagnostics).toHaveLength(2);
    const actions = toCodeActions(diagnostics, FULL);
    const add = actions.find((a) => a.title === "Add .env to .dockerignore")!;
    expect(add.edit!.documentChanges).toEqual([
      {
        textDocument: { uri: "file:///work/app/.dockerignore", version: null },
        edits: [{ range: { start: { line: 0, character: 12 }, end: { line: 0, character: 12 } }, newText: "\n# Secrets (added by layerlint --fix)\n.env\n" }],
      },
    ]);
  });

  it("offers a fix shared by several findings once, for all of them", () => {
    const text = "FROM alpine\nCOPY . /app\nCOPY . /srv\n";
    const diagnostics = diagnosticsOf(text, { context: fakeContext("node_modules", [".env"]) }, "/work/app");
    const titles = toCodeActions(diagnostics, FULL).map((a) => a.title);
    expect(new Set(titles).size).toBe(titles.length);
  });

  it("leaves out .dockerignore fixes when there is no build context (untitled buffer)", () => {
    const diagnostic = only(diagnosticsOf("FROM alpine\nCOPY . /app\n", { context: fakeContext(null) }), "require-dockerignore");
    expect(toCodeActions([diagnostic], FULL).map((a) => a.title)).toEqual(["Disable require-dockerignore for this instruction"]);
  });

  it("offers nothing for a stale version, another source or foreign data", () => {
    const diagnostic = only(diagnosticsOf(leakyArg), "no-secret-in-arg");
    expect(toCodeActions([diagnostic], { ...FULL, version: 8 })).toEqual([]);
    expect(toCodeActions([{ ...diagnostic, source: "hadolint" }], FULL)).toEqual([]);
    expect(toCodeActions([{ ...diagnostic, data: { ruleId: "x" } }], FULL)).toEqual([]);
    expect(isLayerlintData(null)).toBe(false);
    expect(isLayerlintData({ ruleId: "a", channel: "history", version: 1, fixes: [{ title: 1 }] })).toBe(false);
    expect(isLayerlintData(diagnostic.data)).toBe(true);
  });

  it("never puts the secret in titles or edits", () => {
    const text = `FROM alpine\nARG GITHUB_TOKEN=${FAKE_TOKEN}\nRUN git clone https://$GITHUB_TOKEN@example.com/r.git\n# ${FAKE_TOKEN}\n`;
    const diagnostics = diagnosticsOf(text);
    expect(diagnostics.length).toBeGreaterThanOrEqual(2);
    const actions = toCodeActions(diagnostics, FULL);
    expect(actions.length).toBeGreaterThan(0);
    for (const action of actions) expect(action.title).not.toContain("ghp_F");
    const data = diagnostics.map((d) => d.data as LayerlintDiagnosticData);
    for (const item of data) for (const fix of item.fixes) expect(fix.title).not.toContain("ghp_F");
  });
});

describe("diagnosticsForRequest", () => {
  const held = diagnosticsOf("FROM alpine\nARG NPM_TOKEN\nRUN npm ci --token $NPM_TOKEN\n");
  const range = (line: number) => ({ start: { line, character: 0 }, end: { line, character: 0 } });

  it("restores data a client dropped, from the server's copy", () => {
    const { data: _data, ...stripped } = held[0]!;
    expect(diagnosticsForRequest([stripped], held, range(1))).toEqual([held[0]]);
  });

  it("uses the server's diagnostics on the range when the client sends none", () => {
    expect(diagnosticsForRequest([], held, range(2)).map((d) => d.code)).toEqual(["require-secret-mount"]);
    expect(diagnosticsForRequest([], held, range(0))).toEqual([]);
  });
});
