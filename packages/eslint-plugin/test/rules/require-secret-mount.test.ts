import { ruleOf, ruleTester } from "../rule-tester.js";

const suggestion = (output: string) => ({
  desc: "Pass NPM_TOKEN as a BuildKit secret (--mount=type=secret,id=npm_token) instead of ARG NPM_TOKEN",
  output,
});

ruleTester.run("require-secret-mount", ruleOf("require-secret-mount"), {
  valid: [
    "FROM a\nARG NPM_TOKEN\nRUN echo '$NPM_TOKEN'\n",
    'FROM a\nARG NPM_TOKEN\nRUN ["npm", "ci", "$NPM_TOKEN"]\n',
    "FROM a\nRUN --mount=type=secret,id=npm_token,env=NPM_TOKEN npm ci\n",
  ],
  invalid: [
    {
      code: "FROM a\nARG NPM_TOKEN\nRUN echo $NPM_TOKEN > .npmrc && npm ci\n",
      errors: [
        {
          messageId: "useMount",
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 39,
          suggestions: [suggestion("# syntax=docker/dockerfile:1\nFROM a\nRUN --mount=type=secret,id=npm_token,env=NPM_TOKEN echo $NPM_TOKEN > .npmrc && npm ci\n")],
        },
      ],
    },
    {
      // A multi-line RUN is reported whole; the rewrite keeps its continuation.
      code: "FROM node AS builder\nARG NPM_TOKEN\nRUN npm ci \\\n  --token $NPM_TOKEN\nFROM alpine\n",
      errors: [
        {
          messageId: "useMount",
          line: 3,
          column: 1,
          endLine: 4,
          endColumn: 21,
          suggestions: [
            suggestion(
              "# syntax=docker/dockerfile:1\nFROM node AS builder\nRUN --mount=type=secret,id=npm_token,env=NPM_TOKEN npm ci \\\n  --token $NPM_TOKEN\nFROM alpine\n",
            ),
          ],
        },
      ],
    },
    {
      code: "FROM a\nARG NPM_TOKEN\nRUN <<EOF\nnpm ci --token $NPM_TOKEN\nEOF\n",
      errors: [
        {
          messageId: "useMount",
          line: 3,
          column: 1,
          endLine: 5,
          endColumn: 4,
          suggestions: [suggestion("# syntax=docker/dockerfile:1\nFROM a\nRUN --mount=type=secret,id=npm_token,env=NPM_TOKEN <<EOF\nnpm ci --token $NPM_TOKEN\nEOF\n")],
        },
      ],
    },
  ],
});
