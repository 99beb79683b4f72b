import { describe, expect, it } from "vitest";
import { lint } from "../../src/index.js";
import { fakeContext, findingsOf, messagesOf, onInstruction, type Expected } from "../helpers.js";

const rule = "require-dockerignore";
const copy = (line: number, text: string, messageId = "sendsSecrets", severity: Expected["severity"] = "error"): Expected => onInstruction(line, text, messageId, severity);
const hygiene = (line: number, text: string) => copy(line, text, "noSecretsYet", "warning");
const noIgnore = fakeContext({ ignoreText: null });
const withEnv = fakeContext({ ignoreText: null, secretFiles: [".env"] });
const DSN = "db:\n  url: postgres://app:FakeReplica42@db-replica/app\n";
const withDsn = fakeContext({ ignoreText: null, contents: { "config/a/b/db.yml": DSN } });
const truncated = { ...noIgnore, truncated: "The build context walk stopped after 10 entries, at a; files after it were not checked." };

describe(rule, () => {
  it.each<[string, string, ReturnType<typeof fakeContext> | undefined, Expected[]]>([
    ["COPY . . without an ignore file, over a context with a secret file", "FROM node\nWORKDIR /app\nCOPY . .\n", withEnv, [copy(3, "COPY . .")]],
    ["COPY . . without an ignore file, over a context with no secret file: the hygiene warning", "FROM node\nWORKDIR /app\nCOPY . .\n", noIgnore, [hygiene(3, "COPY . .")]],
    ["ADD ./ without an ignore file", "FROM node\nADD ./ /app/\n", withEnv, [copy(2, "ADD ./ /app/")]],
    ["only the first whole-context copy", "FROM node\nCOPY . .\nCOPY * /x/\n", withEnv, [copy(2, "COPY . .")]],
    ["in a builder stage it is still an error", "FROM node AS b\nCOPY . .\nFROM alpine\n", withEnv, [copy(2, "COPY . .")]],
    ["a secret file the copy's --exclude leaves out", "FROM node\nCOPY --exclude=.env . .\n", withEnv, [hygiene(2, "COPY --exclude=.env . .")]],
    ["a walk that stopped early: an error, it checked too little", "FROM node\nCOPY . .\n", truncated, [copy(2, "COPY . .", "missing")]],
    ["an ignore file exists", "FROM node\nCOPY . .\n", fakeContext({ ignoreText: ".env\n", excluded: [".env"] }), []],
    ["a secret file under a directory the copy's --exclude leaves out", "FROM node\nCOPY --exclude=deploy . .\n", fakeContext({ ignoreText: null, secretFiles: ["deploy/keys/id_ed25519"] }), [hygiene(2, "COPY --exclude=deploy . .")]],
    ["a context file whose read content holds a secret", "FROM node\nCOPY . .\n", withDsn, [copy(2, "COPY . .")]],
    ["a context file whose read content holds a secret, copied in a builder stage: a warning, as no-secret-in-context-file's", "FROM node AS b\nCOPY . .\nFROM alpine\n", withDsn, [copy(2, "COPY . .", "sendsSecrets", "warning")]],
    ["a secret file and a content secret in a builder stage: the name makes it an error", "FROM node AS b\nCOPY . .\nFROM alpine\n", fakeContext({ ignoreText: null, secretFiles: [".env"], contents: { "config/a/b/db.yml": DSN } }), [copy(2, "COPY . .")]],
    ["a context file with a secret that the copy's --exclude leaves out", "FROM node\nCOPY --exclude=config . .\n", withDsn, [hygiene(2, "COPY --exclude=config . .")]],
    ["a context file whose read content holds only placeholders", "FROM node\nCOPY . .\n", fakeContext({ ignoreText: null, contents: { "config/db.yml": "url: postgres://user:changeme@db/app\n" } }), [hygiene(2, "COPY . .")]],
    ["no context (stdin)", "FROM node\nCOPY . .\n", undefined, []],
    ["explicit sources only", "FROM node\nCOPY package.json src/ ./\n", noIgnore, []],
    ["COPY --from . is not the context", "FROM a AS b\nFROM node\nCOPY --from=b . .\n", noIgnore, []],
  ])("%s", (_name, code, context, expected) => {
    expect(findingsOf(rule, code, context ? { context } : {})).toEqual(expected);
  });

  it("names the secret files it sends, or says the context holds none yet", () => {
    const code = "FROM node\nCOPY . .\n";
    expect(messagesOf(rule, code, { context: fakeContext({ ignoreText: null, secretFiles: [".env", "deploy/id_ed25519"] }) })).toEqual([
      "COPY . copies the whole build context and no .dockerignore applies: it sends .env and deploy/id_ed25519 into a layer in the final image. Create a .dockerignore that excludes secrets (layerlint --fix writes one).",
    ]);
    expect(messagesOf(rule, code, { context: fakeContext({ ignoreText: null, secretFiles: [".env"], contents: { "config/a/b/db.yml": DSN } }) })).toEqual([
      "COPY . copies the whole build context and no .dockerignore applies: it sends .env and config/a/b/db.yml into a layer in the final image. Create a .dockerignore that excludes secrets (layerlint --fix writes one).",
    ]);
    expect(messagesOf(rule, code, { context: noIgnore })).toEqual([
      "COPY . copies the whole build context and no .dockerignore applies: layerlint found no secret in it today, but any secret added to it later (.env, keys, credentials) lands in a layer. Create a .dockerignore that excludes secrets (layerlint --fix writes one).",
    ]);
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
