import { describe, expect, it } from "vitest";
import { applyEdits, lint } from "../../src/index.js";
import { fakeContext, findingsWithRelated, messagesOf } from "../helpers.js";

const rule = "no-ineffective-delete";
type Row = { line: number; endLine: number; severity: "error" | "warning"; messageId: string; related: number[] };
const at = (line: number, related: number[], severity: Row["severity"] = "error", messageId = "ineffectiveDelete", endLine = line): Row => ({
  line,
  endLine,
  severity,
  messageId,
  related,
});

const builder = [
  "FROM node:20-alpine AS builder",
  "WORKDIR /app",
  "ARG NPM_TOKEN",
  'RUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc',
  "RUN npm ci",
  "RUN rm .npmrc",
  "FROM node:20-alpine",
  "COPY --from=builder /app/dist ./dist",
  "",
].join("\n");

describe(rule, () => {
  it.each<[string, string, Row[]]>([
    ["the seed's headline case", "FROM node\nCOPY .env /app/.env\nRUN npm run build\nRUN rm /app/.env\n", [at(4, [2])]],
    ["relative delete resolved against WORKDIR", "FROM node\nWORKDIR /app\nCOPY .env .env\nRUN rm -f .env\n", [at(4, [3])]],
    ["rm -rf of a parent directory", "FROM node\nCOPY .env /app/.env\nRUN rm -rf /app\n", [at(3, [2])]],
    ["seed builder writes .npmrc and deletes it later: warning", builder, [at(6, [4], "warning")]],
    ["added and deleted in the same RUN", "FROM node\nARG NPM_TOKEN\nRUN echo $NPM_TOKEN > .npmrc && npm ci && rm .npmrc\n", []],
    ["a file deleted in a child stage of the one that added it", "FROM a AS base\nCOPY .env /app/.env\nFROM base\nRUN rm /app/.env\n", [at(4, [2])]],
    [
      "credential writer into ~/.npmrc",
      "FROM node\nARG NPM_TOKEN\nRUN npm config set //registry.npmjs.org/:_authToken $NPM_TOKEN\nRUN npm ci\nRUN rm ~/.npmrc\n",
      [at(5, [3])],
    ],
    ["a non-secret file is not reported by default", "FROM node\nCOPY big.tar /tmp/big.tar\nRUN rm /tmp/big.tar\n", []],
    ["a file that was never added", "FROM node\nRUN rm -f /app/.env\n", []],
  ])("%s", (_name, code, expected) => {
    expect(findingsWithRelated(rule, code)).toEqual(expected);
  });

  it("follows secret files that COPY . . brings from the context", () => {
    const context = fakeContext({ ignoreText: "node_modules\n", excluded: ["node_modules"], secretFiles: [".env"] });
    expect(findingsWithRelated(rule, "FROM node\nWORKDIR /app\nCOPY . .\nRUN rm .env\n", { context })).toEqual([at(4, [3])]);
  });

  it("allFiles reports image bloat too", () => {
    const config = { rules: { "no-ineffective-delete": ["error", { allFiles: true }] as const } };
    expect(findingsWithRelated(rule, "FROM node\nCOPY big.tar /tmp/big.tar\nRUN rm /tmp/big.tar\n", { config })).toEqual([
      at(3, [2], "error", "ineffectiveDeleteBloat"),
    ]);
  });

  it("names the file, the adding layer and the fix", () => {
    expect(messagesOf(rule, "FROM node\nCOPY .env /app/.env\nRUN rm /app/.env\n")).toEqual([
      "RUN deletes /app/.env, but the layer of COPY on line 2 still holds it in the final image: a later delete only hides a file, and docker save exposes the earlier layer. Never add it: use RUN --mount=type=secret (or create and delete it within one RUN).",
    ]);
  });

  it("suggests removing the COPY", () => {
    const code = "FROM node\nCOPY .env /app/.env\nRUN rm /app/.env\n";
    const [finding] = lint(code).findings.filter((f) => f.ruleId === rule);
    expect(applyEdits(code, finding!.suggestions[0]!.changes[0]!.edits)).toBe("FROM node\nRUN rm /app/.env\n");
  });
});

describe(`${rule} inside sh -c`, () => {
  it("follows files a bash -c script writes", () => {
    const code = "FROM node\nARG NPM_TOKEN\nRUN bash -c 'echo $NPM_TOKEN > /root/.npmrc'\nRUN rm /root/.npmrc\n";
    expect(findingsWithRelated(rule, code)).toEqual([at(4, [3])]);
  });
});

describe(`${rule} with a file added twice`, () => {
  it("relates the delete to every layer that still holds the file", () => {
    const code = "FROM node\nCOPY .env /app/.env\nCOPY config/.env /app/.env\nRUN rm /app/.env\n";
    expect(findingsWithRelated(rule, code)).toEqual([at(4, [2, 3])]);
  });
});

describe(`${rule} and copies inside a RUN`, () => {
  it("tracks a secret that a RUN moves and then deletes", () => {
    const code = "FROM node\nCOPY .env /app/.env\nRUN mv /app/.env /tmp/x\nRUN rm /tmp/x\n";
    expect(findingsWithRelated(rule, code)).toEqual([at(3, [2]), at(4, [3])]);
  });
});
