import { describe, expect, it } from "vitest";
import { FAKE, findingsOf, messagesOf, type Expected } from "../helpers.js";

const rule = "no-secret-in-arg";
const at = (line: number, column: number, endColumn: number, severity: Expected["severity"] = "error"): Expected => ({
  messageId: "secretArg",
  line,
  column,
  endLine: line,
  endColumn,
  severity,
});

describe(rule, () => {
  it.each<[string, string, Expected[]]>([
    ["secret ARG in the only stage", "FROM node:20\nARG NPM_TOKEN\nRUN npm ci\n", [at(2, 5, 14)]],
    [
      "secret ARG in a builder stage that is not shipped",
      "FROM node:20 AS builder\nARG NPM_TOKEN\nRUN echo hi\nFROM node:20\nCOPY --from=builder /app /app\n",
      [at(2, 5, 14, "warning")],
    ],
    ["global ARG is not reported", "ARG NPM_TOKEN\nFROM node:20\nRUN npm ci\n", []],
    ["global ARG redeclared in a stage is reported", "ARG NPM_TOKEN\nFROM node:20\nARG NPM_TOKEN\n", [at(3, 5, 14)]],
    ["a boolean switch under a secret-sounding name", "FROM mysql\nARG MYSQL_ALLOW_EMPTY_PASSWORD=yes\n", []],
    ["official-image GPG key is not a secret", "FROM debian\nARG GPG_KEY=A035C8C19219BA821ECEA86B64E628F8D684696D\n", []],
    ["version and checksum args are not secrets", "FROM debian\nARG NODE_VERSION=20\nARG PYTHON_SHA256=abc\n", []],
    ["connection string supplied at build time", "FROM node:20\nARG DATABASE_URL\n", [at(2, 5, 17)]],
    ["connection string without credentials", "FROM node:20\nARG DATABASE_URL=postgres://db:5432/app\n", []],
    ["second pair of a multi-pair ARG", "FROM node:20\nARG A=1 NPM_TOKEN\n", [at(2, 9, 18)]],
    ["ARG with a placeholder default still carries the build arg", "FROM node:20\nARG API_KEY=changeme\n", [at(2, 5, 21)]],
    ["a hardcoded default is no-hardcoded-secret's finding", `FROM node:20\nARG GITHUB_TOKEN=${FAKE.github}\n`, []],
    [
      "ONBUILD ARG is always an error",
      "FROM node:20 AS builder\nONBUILD ARG NPM_TOKEN\nFROM alpine\n",
      [at(2, 13, 22)],
    ],
    [
      "a stage the target is built FROM is shipped",
      "FROM alpine AS base\nARG NPM_TOKEN\nFROM base AS final\nRUN true\n",
      [at(2, 5, 14)],
    ],
    ["hadolint DL3064 pragma suppresses it", "FROM node:20\n# hadolint ignore=DL3064\nARG NPM_TOKEN\n", []],
    ["BuildKit check pragma above the ARG", "FROM node:20\n# check=skip=SecretsUsedInArgOrEnv\nARG NPM_TOKEN\n", []],
    ["BuildKit check directive for the file", "# check=skip=SecretsUsedInArgOrEnv\nFROM node:20\nARG NPM_TOKEN\n", []],
    ["layerlint-disable-next-line", "FROM node:20\n# layerlint-disable-next-line no-secret-in-arg -- rotated weekly\nARG NPM_TOKEN\n", []],
  ])("%s", (_name, code, expected) => {
    expect(findingsOf(rule, code)).toEqual(expected);
  });

  it("honours the target option", () => {
    const code = "FROM node:20 AS builder\nARG NPM_TOKEN\nFROM node:20\nRUN true\n";
    expect(findingsOf(rule, code, { target: "builder" })).toEqual([at(2, 5, 14)]);
  });

  it("honours secretNames allow and deny lists", () => {
    const config = { secretNames: { allow: ["NPM_TOKEN"], deny: ["BUILD_SALT"] } };
    expect(findingsOf(rule, "FROM a\nARG NPM_TOKEN\nARG BUILD_SALT\n", { config })).toEqual([at(3, 5, 15)]);
  });

  it("names the key, the channel, the stage and the fix", () => {
    expect(messagesOf(rule, "FROM node:20 AS builder\nARG NPM_TOKEN\nFROM alpine\n")).toEqual([
      'ARG NPM_TOKEN carries a secret in stage "builder" (build cache and provenance only): its value is recorded in the image history of every RUN that follows and in the build\'s provenance. Pass it with RUN --mount=type=secret,id=npm_token,env=NPM_TOKEN instead.',
    ]);
  });

  describe("build args the build configuration passes (LintOptions.buildArgs)", () => {
    const code = "FROM node:20 AS builder\nARG GH\nRUN git clone https://$GH@github.com/acme/lib.git\nFROM alpine\nARG GH\n";
    const secretGh = { buildArgs: [{ name: "GH", secret: true }] };

    it("treats an ARG the build fills from a secret as a secret, whatever its name", () => {
      expect(findingsOf(rule, code, secretGh)).toEqual([
        { ...at(2, 5, 7, "warning"), messageId: "secretFromBuild" },
        { ...at(5, 5, 7), messageId: "secretFromBuild" },
      ]);
    });

    it("says the build configuration passes a secret", () => {
      expect(messagesOf(rule, "FROM alpine\nARG GH\n", secretGh)).toEqual([
        "ARG GH carries a secret in the final image: the build configuration passes a secret into it, and its value is recorded in the image history of every RUN that follows and in the build's provenance. Pass it as a build secret and read it with RUN --mount=type=secret,id=gh,env=GH instead.",
      ]);
    });

    it("changes nothing for a build arg that is not secret, or an ARG the build does not set", () => {
      expect(findingsOf(rule, code, { buildArgs: [{ name: "GH", secret: false }] })).toEqual([]);
      expect(findingsOf(rule, code, { buildArgs: [{ name: "OTHER", secret: true }] })).toEqual([]);
    });

    it("keeps the name's message when the name is secret anyway", () => {
      expect(findingsOf(rule, "FROM alpine\nARG NPM_TOKEN\n", { buildArgs: [{ name: "NPM_TOKEN", secret: true }] })).toEqual([at(2, 5, 14)]);
    });

    it("leaves a global ARG alone, as for secret names", () => {
      expect(findingsOf(rule, "ARG GH\nFROM alpine\nRUN true\n", secretGh)).toEqual([]);
    });
  });
});
