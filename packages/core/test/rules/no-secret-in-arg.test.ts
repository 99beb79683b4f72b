import { describe, expect, it } from "vitest";
import { lint } from "../../src/index.js";
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
    [
      "global ARG no stage declares again: a warning for the provenance",
      "ARG NPM_TOKEN\nFROM node:20\nRUN npm ci\n",
      [{ ...at(1, 5, 14, "warning"), messageId: "globalArg" }],
    ],
    ["global ARG redeclared in a stage: only the redeclaration", "ARG NPM_TOKEN\nFROM node:20\nARG NPM_TOKEN\nRUN npm ci\n", [at(3, 5, 14)]],
    [
      "global ARG redeclared in a builder stage only: the builder's warning",
      "ARG NPM_TOKEN\nFROM node:20 AS build\nARG NPM_TOKEN\nRUN npm ci\nFROM alpine\n",
      [at(3, 5, 14, "warning")],
    ],
    [
      "hadolint DL3064's own cases before FROM",
      "ARG AWS_ACCESS_KEY_ID\nARG openai_api_key\nFROM alpine\n",
      [
        { ...at(1, 5, 22, "warning"), messageId: "globalArg" },
        { ...at(2, 5, 19, "warning"), messageId: "globalArg" },
      ],
    ],
    ["a version before FROM is no secret", "ARG NODE_VERSION=20\nFROM node:${NODE_VERSION}\n", []],
    [
      "ARG after the last RUN of its stage: provenance only",
      "FROM node:20\nRUN npm ci\nARG NPM_TOKEN\nCMD [\"node\"]\n",
      [{ ...at(3, 5, 14), messageId: "provenanceOnly" }],
    ],
    [
      "ARG after the last RUN of a builder stage: provenance only, a warning",
      "FROM node:20 AS build\nARG NPM_TOKEN\nFROM alpine\nRUN true\n",
      [{ ...at(2, 5, 14, "warning"), messageId: "provenanceOnly" }],
    ],
    ["a boolean switch under a secret-sounding name", "FROM mysql\nARG MYSQL_ALLOW_EMPTY_PASSWORD=yes\n", []],
    ["official-image GPG key is not a secret", "FROM debian\nARG GPG_KEY=A035C8C19219BA821ECEA86B64E628F8D684696D\n", []],
    ["version and checksum args are not secrets", "FROM debian\nARG NODE_VERSION=20\nARG PYTHON_SHA256=abc\n", []],
    ["connection string supplied at build time", "FROM node:20\nARG DATABASE_URL\nRUN npm run migrate\n", [at(2, 5, 17)]],
    ["connection string without credentials", "FROM node:20\nARG DATABASE_URL=postgres://db:5432/app\n", []],
    ["second pair of a multi-pair ARG", "FROM node:20\nARG A=1 NPM_TOKEN\nRUN npm ci\n", [at(2, 9, 18)]],
    ["ARG with a placeholder default still carries the build arg", "FROM node:20\nARG API_KEY=changeme\nRUN make\n", [at(2, 5, 21)]],
    ["a hardcoded default is no-hardcoded-secret's finding", `FROM node:20\nARG GITHUB_TOKEN=${FAKE.github}\n`, []],
    [
      "ONBUILD ARG is always an error",
      "FROM node:20 AS builder\nONBUILD ARG NPM_TOKEN\nFROM alpine\n",
      [at(2, 13, 22)],
    ],
    [
      "a stage the target is built FROM is shipped",
      "FROM alpine AS base\nARG NPM_TOKEN\nRUN true\nFROM base AS final\nRUN true\n",
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
    const code = "FROM node:20 AS builder\nARG NPM_TOKEN\nRUN npm ci\nFROM node:20\nRUN true\n";
    expect(findingsOf(rule, code, { target: "builder" })).toEqual([at(2, 5, 14)]);
  });

  it("honours secretNames allow and deny lists", () => {
    const config = { secretNames: { allow: ["NPM_TOKEN"], deny: ["BUILD_SALT"] } };
    expect(findingsOf(rule, "FROM a\nARG NPM_TOKEN\nARG BUILD_SALT\nRUN make\n", { config })).toEqual([at(3, 5, 15)]);
  });

  it("names the key, the channel, the stage and the fix", () => {
    expect(messagesOf(rule, "FROM node:20 AS builder\nARG NPM_TOKEN\nRUN npm ci\nFROM alpine\n")).toEqual([
      'ARG NPM_TOKEN carries a secret in stage "builder" (build cache and provenance only): its value is recorded in the image history of every RUN that follows and in the build\'s provenance. Pass it with RUN --mount=type=secret,id=npm_token,env=NPM_TOKEN instead.',
    ]);
  });

  it("names the provenance channel for a global ARG no stage declares again", () => {
    const [finding] = lint("ARG AWS_ACCESS_KEY_ID\nFROM alpine\nRUN true\n").findings;
    expect([finding!.ruleId, finding!.severity, finding!.channel]).toEqual([rule, "warning", "cache"]);
    expect(finding!.message).toBe(
      "ARG AWS_ACCESS_KEY_ID before the first FROM carries a secret into the build's provenance: no stage declares it again, so no RUN records it in the image history, but a build that passes it (--build-arg AWS_ACCESS_KEY_ID=…) publishes its value in the provenance attestations (BuildKit fills their args in mode=min too). Pass it as a build secret and read it with RUN --mount=type=secret,id=aws_access_key_id,env=AWS_ACCESS_KEY_ID where it is needed instead.",
    );
  });

  it("names the provenance channel for an ARG no RUN follows, and keeps history for one a RUN follows", () => {
    const after = lint("FROM node:20\nRUN npm ci\nARG NPM_TOKEN\n").findings;
    expect(after.map((f) => [f.ruleId, f.severity, f.channel, f.message])).toEqual([
      [
        rule,
        "error",
        "cache",
        "ARG NPM_TOKEN in the final image carries a secret into the build's provenance: no RUN follows it in its stage, so no image history records it, but the provenance attestations record the build args (BuildKit fills them in mode=min too). Pass it as a build secret and read it with RUN --mount=type=secret,id=npm_token,env=NPM_TOKEN where it is needed instead.",
      ],
    ]);
    expect(lint("FROM node:20\nARG NPM_TOKEN\nRUN npm ci\n").findings.map((f) => [f.messageId, f.channel])).toEqual([["secretArg", "history"]]);
  });

  describe("build args the build configuration passes (LintOptions.buildArgs)", () => {
    const code = "FROM node:20 AS builder\nARG GH\nRUN git clone https://$GH@github.com/acme/lib.git\nFROM alpine\nARG GH\nRUN true\n";
    const secretGh = { buildArgs: [{ name: "GH", secret: true }] };

    it("treats an ARG the build fills from a secret as a secret, whatever its name", () => {
      expect(findingsOf(rule, code, secretGh)).toEqual([
        { ...at(2, 5, 7, "warning"), messageId: "secretFromBuild" },
        { ...at(5, 5, 7), messageId: "secretFromBuild" },
      ]);
    });

    it("says the build configuration passes a secret", () => {
      expect(messagesOf(rule, "FROM alpine\nARG GH\nRUN make\n", secretGh)).toEqual([
        "ARG GH carries a secret in the final image: the build configuration passes a secret into it, and its value is recorded in the image history of every RUN that follows and in the build's provenance. Pass it as a build secret and read it with RUN --mount=type=secret,id=gh,env=GH instead.",
      ]);
      expect(messagesOf(rule, "FROM alpine\nARG GH\n", secretGh)).toEqual([
        "ARG GH in the final image carries a secret into the build's provenance (the build configuration passes a secret into it): no RUN follows it in its stage, so no image history records it, but the provenance attestations record the build args (BuildKit fills them in mode=min too). Pass it as a build secret and read it with RUN --mount=type=secret,id=gh,env=GH where it is needed instead.",
      ]);
    });

    it("changes nothing for a build arg that is not secret, or an ARG the build does not set", () => {
      expect(findingsOf(rule, code, { buildArgs: [{ name: "GH", secret: false }] })).toEqual([]);
      expect(findingsOf(rule, code, { buildArgs: [{ name: "OTHER", secret: true }] })).toEqual([]);
    });

    it("keeps the name's message when the name is secret anyway", () => {
      expect(findingsOf(rule, "FROM alpine\nARG NPM_TOKEN\nRUN npm ci\n", { buildArgs: [{ name: "NPM_TOKEN", secret: true }] })).toEqual([at(2, 5, 14)]);
    });

    it("reports a global ARG no stage declares again as a provenance warning, as for secret names", () => {
      expect(findingsOf(rule, "ARG GH\nFROM alpine\nRUN true\n", secretGh)).toEqual([{ ...at(1, 5, 7, "warning"), messageId: "globalArg" }]);
      expect(findingsOf(rule, "ARG GH\nFROM alpine\nARG GH\nRUN true\n", secretGh)).toEqual([{ ...at(3, 5, 7), messageId: "secretFromBuild" }]);
    });
  });
});
