import { describe, expect, it } from "vitest";
import { applyEdits, lint } from "../../src/index.js";
import { findingsOf, messagesOf, type Expected } from "../helpers.js";

const rule = "require-secret-mount";
const run = (line: number, text: string, severity: Expected["severity"] = "error", endLine = line): Expected => ({
  messageId: "useMount",
  line,
  column: 1,
  endLine,
  endColumn: text.length + 1,
  severity,
});

const npmrcLine = 'RUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc';
const builder = [
  "FROM node:20-alpine AS builder",
  "WORKDIR /app",
  "ARG NPM_TOKEN",
  npmrcLine,
  "RUN npm ci",
  "RUN rm .npmrc",
  "FROM node:20-alpine",
  "COPY --from=builder /app/dist ./dist",
  "",
].join("\n");
const singleStage = ["FROM node:20-alpine", "WORKDIR /app", "ARG NPM_TOKEN", npmrcLine, "RUN npm ci", ""].join("\n");
const buildkit = [
  "# syntax=docker/dockerfile:1",
  "FROM node:20-alpine",
  "WORKDIR /app",
  "RUN --mount=type=secret,id=npm_token NPM_TOKEN=$(cat /run/secrets/npm_token) && echo \"//registry.npmjs.org/:_authToken=${NPM_TOKEN}\" > .npmrc && npm ci && rm .npmrc",
  "",
].join("\n");

describe(rule, () => {
  it.each<[string, string, Expected[]]>([
    ["seed builder stage: warning", builder, [run(4, npmrcLine, "warning")]],
    ["seed single stage: error", singleStage, [run(4, npmrcLine)]],
    ["seed BuildKit version is clean", buildkit, []],
    [
      "secret mount with env= for the same name",
      "FROM a\nARG NPM_TOKEN\nRUN --mount=type=secret,id=npm_token,env=NPM_TOKEN npm ci --token $NPM_TOKEN\n",
      [],
    ],
    ["one finding for many uses", "FROM a\nARG NPM_TOKEN\nARG GH_TOKEN\nRUN a $NPM_TOKEN $NPM_TOKEN ${GH_TOKEN}\n", [run(4, "RUN a $NPM_TOKEN $NPM_TOKEN ${GH_TOKEN}")]],
    ["exec form runs no shell", 'FROM a\nARG NPM_TOKEN\nRUN ["npm", "ci", "$NPM_TOKEN"]\n', []],
    ["exec form running a shell", 'FROM a\nARG NPM_TOKEN\nRUN ["sh", "-c", "npm ci --token $NPM_TOKEN"]\n', [run(3, 'RUN ["sh", "-c", "npm ci --token $NPM_TOKEN"]')]],
    ["ENV-carried secret", "FROM a\nARG API_SECRET\nENV API_SECRET=${API_SECRET}\nRUN use $API_SECRET\n", [run(4, "RUN use $API_SECRET")]],
    ["single quotes do not expand", "FROM a\nARG NPM_TOKEN\nRUN echo '$NPM_TOKEN'\n", []],
    ["non-secret variables", "FROM a\nARG NODE_VERSION\nRUN echo $NODE_VERSION\n", []],
    ["an ENV copying an ARG whose default is a switch (corpus P6)", "FROM a\nARG NPM_TOKEN=0\nENV NPM_TOKEN=${NPM_TOKEN}\nRUN echo $NPM_TOKEN\n", []],
    ["a variable the RUN assigns itself", "FROM a\nARG NPM_TOKEN\nRUN NPM_TOKEN=$(cat /run/secrets/t) && npm ci --token $NPM_TOKEN\n", []],
    [
      "multi-line RUN",
      "FROM a\nARG NPM_TOKEN\nRUN set -eux; \\\n    npm ci --token $NPM_TOKEN\n",
      [{ messageId: "useMount", line: 3, column: 1, endLine: 4, endColumn: 30, severity: "error" }],
    ],
    [
      "PowerShell $env: use",
      'FROM mcr.microsoft.com/windows/servercore\nSHELL ["powershell", "-Command"]\nARG NPM_TOKEN\nRUN Write-Host $env:NPM_TOKEN\n',
      [run(4, "RUN Write-Host $env:NPM_TOKEN")],
    ],
    ["heredoc script", "FROM a\nARG NPM_TOKEN\nRUN <<EOF\nnpm ci --token $NPM_TOKEN\nEOF\n", [{ messageId: "useMount", line: 3, column: 1, endLine: 5, endColumn: 4, severity: "error" }]],
    [
      "ONBUILD RUN reading an ONBUILD ARG of the same image: an error, even in a builder stage",
      "FROM node:20 AS base\nONBUILD ARG NPM_TOKEN\nONBUILD RUN npm ci --token $NPM_TOKEN\nFROM alpine\n",
      [{ messageId: "useMount", line: 3, column: 9, endLine: 3, endColumn: 38, severity: "error" }],
    ],
    [
      "ONBUILD RUN reading an ONBUILD ENV that carries an ONBUILD ARG",
      "FROM node:20\nONBUILD ARG GH_TOKEN\nONBUILD ENV CLONE_TOKEN=${GH_TOKEN}\nONBUILD RUN git clone https://$CLONE_TOKEN@github.com/acme/lib.git\n",
      [{ messageId: "useMount", line: 4, column: 9, endLine: 4, endColumn: 67, severity: "error" }],
    ],
    [
      "ONBUILD RUN before the ONBUILD ARG: triggers run in order",
      "FROM node:20\nONBUILD RUN npm ci --token $NPM_TOKEN\nONBUILD ARG NPM_TOKEN\n",
      [],
    ],
    ["ONBUILD RUN does not see this stage's ARGs (the child image has none of them)", "FROM node:20\nARG NPM_TOKEN\nONBUILD RUN npm ci --token $NPM_TOKEN\n", []],
    [
      "ONBUILD RUN sees this image's final ENV, declared after it too (the child inherits the config)",
      "FROM node:20\nONBUILD RUN use $API_SECRET\nENV API_SECRET=s3cr3t-value\n",
      [{ messageId: "useMount", line: 2, column: 9, endLine: 2, endColumn: 28, severity: "error" }],
    ],
  ])("%s", (_name, code, expected) => {
    expect(findingsOf(rule, code)).toEqual(expected);
  });

  it("names every variable, the origin and the fix", () => {
    expect(messagesOf(rule, "FROM a\nARG NPM_TOKEN\nARG LINE=\"x=${NPM_TOKEN}\"\nRUN echo $NPM_TOKEN $LINE\n")).toEqual([
      "RUN reads the secret NPM_TOKEN, LINE (which carries NPM_TOKEN) from ARG in the final image: build args a RUN uses are recorded in the image history and provenance, and ENV values in the image config. Mount it for this RUN only with --mount=type=secret,id=npm_token,env=NPM_TOKEN (or use a multi-stage build that never ships it).",
    ]);
  });

  it("names the ONBUILD ARG and suggests mounting it in the ONBUILD RUN", () => {
    const code = "FROM node:20\nONBUILD ARG NPM_TOKEN\nONBUILD RUN npm ci --token $NPM_TOKEN\n";
    const [finding] = lint(code).findings.filter((f) => f.ruleId === rule);
    expect(finding!.message).toBe(
      "RUN reads the secret NPM_TOKEN from ARG in an ONBUILD trigger, which runs in every image built from this one: build args a RUN uses are recorded in the image history and provenance, and ENV values in the image config. Mount it for this RUN only with --mount=type=secret,id=npm_token,env=NPM_TOKEN (or use a multi-stage build that never ships it).",
    );
    expect(applyEdits(code, finding!.suggestions[0]!.changes[0]!.edits)).toBe(
      "# syntax=docker/dockerfile:1\nFROM node:20\nONBUILD RUN --mount=type=secret,id=npm_token,env=NPM_TOKEN npm ci --token $NPM_TOKEN\n",
    );
  });

  it("suggests a secret mount and adds the syntax directive", () => {
    const code = "FROM node:20\nARG NPM_TOKEN\nRUN npm ci --token $NPM_TOKEN\n";
    const [finding] = lint(code).findings.filter((f) => f.ruleId === rule);
    const change = finding!.suggestions[0]!.changes[0]!;
    expect(applyEdits(code, change.edits)).toBe(
      "# syntax=docker/dockerfile:1\nFROM node:20\nRUN --mount=type=secret,id=npm_token,env=NPM_TOKEN npm ci --token $NPM_TOKEN\n",
    );
  });

  it("uses $(cat /run/secrets/…) for frontends older than 1.10", () => {
    const code = "# syntax=docker/dockerfile:1.4\nFROM node:20\nARG NPM_TOKEN\nRUN npm ci\nRUN echo $NPM_TOKEN\n";
    const [finding] = lint(code).findings.filter((f) => f.ruleId === rule);
    expect(applyEdits(code, finding!.suggestions[0]!.changes[0]!.edits)).toBe(
      '# syntax=docker/dockerfile:1.4\nFROM node:20\nRUN npm ci\nRUN --mount=type=secret,id=npm_token export NPM_TOKEN="$(cat /run/secrets/npm_token)" && echo $NPM_TOKEN\n',
    );
  });

  it("adds the mount after existing flags", () => {
    const code = "# syntax=docker/dockerfile:1\nFROM a\nARG NPM_TOKEN\nRUN --mount=type=cache,target=/root/.npm npm ci --token $NPM_TOKEN\n";
    const [finding] = lint(code).findings.filter((f) => f.ruleId === rule);
    expect(applyEdits(code, finding!.suggestions[0]!.changes[0]!.edits)).toBe(
      "# syntax=docker/dockerfile:1\nFROM a\nRUN --mount=type=cache,target=/root/.npm --mount=type=secret,id=npm_token,env=NPM_TOKEN npm ci --token $NPM_TOKEN\n",
    );
  });

  describe("build args the build configuration passes (LintOptions.buildArgs)", () => {
    const code = "FROM alpine\nARG GH\nRUN git clone https://$GH@github.com/acme/lib.git\nRUN echo done\n";

    it("reports a RUN that uses an ARG the build fills from a secret, naming where the secret comes from", () => {
      const options = { buildArgs: [{ name: "GH", secret: true }] };
      expect(findingsOf(rule, code, options)).toEqual([run(3, "RUN git clone https://$GH@github.com/acme/lib.git")]);
      expect(messagesOf(rule, code, options)).toEqual([
        "RUN reads the secret GH (the build configuration passes a secret into it) from ARG in the final image: build args a RUN uses are recorded in the image history and provenance, and ENV values in the image config. Mount it for this RUN only with --mount=type=secret,id=gh,env=GH (or use a multi-stage build that never ships it).",
      ]);
    });

    it("offers the secret-mount suggestion for it", () => {
      const [finding] = lint(code, { buildArgs: [{ name: "GH", secret: true }] }).findings.filter((f) => f.ruleId === rule);
      expect(applyEdits(code, finding!.suggestions[0]!.changes[0]!.edits)).toBe(
        "# syntax=docker/dockerfile:1\nFROM alpine\nRUN --mount=type=secret,id=gh,env=GH git clone https://$GH@github.com/acme/lib.git\nRUN echo done\n",
      );
    });

    it("is silent without the build's word", () => {
      expect(findingsOf(rule, code)).toEqual([]);
      expect(findingsOf(rule, code, { buildArgs: [{ name: "GH", secret: false }] })).toEqual([]);
    });
  });
});
