import { ruleOf, ruleTester } from "../rule-tester.js";

const mountSuggestion = (output: string) => ({
  desc: "Pass NPM_TOKEN as a BuildKit secret (--mount=type=secret,id=npm_token) instead of ARG NPM_TOKEN",
  output,
});

ruleTester.run("no-secret-in-arg", ruleOf("no-secret-in-arg"), {
  valid: [
    "ARG NODE_VERSION=20\nFROM node:${NODE_VERSION}\nRUN npm ci\n",
    "FROM debian\nARG NODE_VERSION=20\nARG GPG_KEY=A035C8C19219BA821ECEA86B64E628F8D684696D\n",
    // layerlint's own and hadolint's suppression comments work in ESLint too.
    "FROM node:20\n# layerlint-disable-next-line no-secret-in-arg -- rotated weekly\nARG NPM_TOKEN\n",
    "FROM node:20\n# hadolint ignore=DL3064\nARG NPM_TOKEN\n",
    "# check=skip=SecretsUsedInArgOrEnv\nFROM node:20\nARG NPM_TOKEN\n",
  ],
  invalid: [
    {
      code: "FROM node:20\nARG NPM_TOKEN\nRUN npm ci\n",
      errors: [
        {
          messageId: "secretArg",
          data: {
            message:
              "ARG NPM_TOKEN carries a secret in the final image: its value is recorded in the image history of every RUN that follows and in the build's provenance. Pass it with RUN --mount=type=secret,id=npm_token,env=NPM_TOKEN instead.",
          },
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 14,
          suggestions: [],
        },
      ],
    },
    {
      // The message says the builder is not shipped; the severity is the user's.
      code: "FROM node:20 AS builder\nARG NPM_TOKEN\nRUN echo hi\nFROM node:20\nCOPY --from=builder /app /app\n",
      errors: [
        {
          messageId: "secretArg",
          data: {
            message:
              'ARG NPM_TOKEN carries a secret in stage "builder" (build cache and provenance only): its value is recorded in the image history of every RUN that follows and in the build\'s provenance. Pass it with RUN --mount=type=secret,id=npm_token,env=NPM_TOKEN instead.',
          },
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 14,
          suggestions: [],
        },
      ],
    },
    {
      code: "FROM node:20\nARG A=1 NPM_TOKEN\nRUN npm ci\n",
      errors: [{ messageId: "secretArg", line: 2, column: 9, endLine: 2, endColumn: 18, suggestions: [] }],
    },
    {
      code: "FROM node:20\nARG NPM_TOKEN\nRUN echo $NPM_TOKEN > .npmrc && npm ci\n",
      errors: [
        {
          messageId: "secretArg",
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 14,
          suggestions: [
            mountSuggestion("# syntax=docker/dockerfile:1\nFROM node:20\nRUN --mount=type=secret,id=npm_token,env=NPM_TOKEN echo $NPM_TOKEN > .npmrc && npm ci\n"),
          ],
        },
      ],
    },
    {
      // A frontend older than 1.10 has no `env=`: the suggestion reads the secret file instead.
      code: "# syntax=docker/dockerfile:1.4\nFROM node\nARG NPM_TOKEN\nRUN npm ci --token $NPM_TOKEN\n",
      errors: [
        {
          messageId: "secretArg",
          line: 3,
          column: 5,
          endLine: 3,
          endColumn: 14,
          suggestions: [
            mountSuggestion(
              '# syntax=docker/dockerfile:1.4\nFROM node\nRUN --mount=type=secret,id=npm_token export NPM_TOKEN="$(cat /run/secrets/npm_token)" && npm ci --token $NPM_TOKEN\n',
            ),
          ],
        },
      ],
    },
    {
      // A global ARG no stage declares again: only a build that passes it records it, in the provenance.
      code: "ARG NPM_TOKEN\nFROM node:20\nRUN npm ci\n",
      errors: [
        {
          messageId: "globalArg",
          data: {
            message:
              "ARG NPM_TOKEN before the first FROM carries a secret into the build's provenance: no stage declares it again, so no RUN records it in the image history, but a build that passes it (--build-arg NPM_TOKEN=…) publishes its value in the provenance attestations (BuildKit fills their args in mode=min too). Pass it as a build secret and read it with RUN --mount=type=secret,id=npm_token,env=NPM_TOKEN where it is needed instead.",
          },
          line: 1,
          column: 5,
          endLine: 1,
          endColumn: 14,
          suggestions: [],
        },
      ],
    },
    {
      code: "FROM node:20 AS builder\nONBUILD ARG NPM_TOKEN\nFROM alpine\n",
      errors: [{ messageId: "secretArg", line: 2, column: 13, endLine: 2, endColumn: 22, suggestions: [] }],
    },
    {
      // The target decides which stages ship.
      code: "FROM node:20 AS builder\nARG NPM_TOKEN\nRUN npm ci\nFROM node:20\nRUN true\n",
      languageOptions: { target: "builder" },
      errors: [
        {
          messageId: "secretArg",
          data: {
            message:
              "ARG NPM_TOKEN carries a secret in the final image: its value is recorded in the image history of every RUN that follows and in the build's provenance. Pass it with RUN --mount=type=secret,id=npm_token,env=NPM_TOKEN instead.",
          },
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 14,
          suggestions: [],
        },
      ],
    },
  ],
});
