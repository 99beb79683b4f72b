import { describe, expect, it } from "vitest";
import { lint } from "../../src/index.js";
import { fakeContext, findingsOf, type Expected } from "../helpers.js";

const rule = "require-dockerignore";
const copy = (line: number, text: string): Expected => ({ messageId: "missing", line, column: 1, endLine: line, endColumn: text.length + 1, severity: "error" });
const noIgnore = fakeContext({ ignoreText: null });

describe(rule, () => {
  it.each<[string, string, ReturnType<typeof fakeContext> | undefined, Expected[]]>([
    ["COPY . . without an ignore file", "FROM node\nWORKDIR /app\nCOPY . .\n", noIgnore, [copy(3, "COPY . .")]],
    ["ADD ./ without an ignore file", "FROM node\nADD ./ /app/\n", noIgnore, [copy(2, "ADD ./ /app/")]],
    ["only the first whole-context copy", "FROM node\nCOPY . .\nCOPY * /x/\n", noIgnore, [copy(2, "COPY . .")]],
    ["in a builder stage it is still an error", "FROM node AS b\nCOPY . .\nFROM alpine\n", noIgnore, [copy(2, "COPY . .")]],
    ["an ignore file exists", "FROM node\nCOPY . .\n", fakeContext({ ignoreText: ".env\n", excluded: [".env"] }), []],
    ["no context (stdin)", "FROM node\nCOPY . .\n", undefined, []],
    ["explicit sources only", "FROM node\nCOPY package.json src/ ./\n", noIgnore, []],
    ["COPY --from . is not the context", "FROM a AS b\nFROM node\nCOPY --from=b . .\n", noIgnore, []],
  ])("%s", (_name, code, context, expected) => {
    expect(findingsOf(rule, code, context ? { context } : {})).toEqual(expected);
  });

  it("fixes it by creating a .dockerignore with the default secret entries", () => {
    const [finding] = lint("FROM node\nCOPY . .\n", { context: noIgnore }).findings.filter((f) => f.ruleId === rule);
    const change = finding!.fix!.changes[0]!;
    expect(change).toMatchObject({ file: "dockerignore", path: ".dockerignore", create: true });
    expect(change.edits[0]!.text.split("\n")).toEqual([
      "# Secrets must never reach the Docker build context (written by layerlint --fix).",
      ".env",
      ".env.*",
      "!.env.example",
      ".git",
      ".npmrc",
      ".pypirc",
      ".netrc",
      ".git-credentials",
      ".aws",
      ".ssh",
      "id_rsa",
      "id_ed25519",
      ".docker",
      "*.key",
      "*.pem",
      "",
    ]);
  });
});
