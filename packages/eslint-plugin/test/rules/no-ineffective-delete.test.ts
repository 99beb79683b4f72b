import { ruleOf, ruleTester } from "../rule-tester.js";

ruleTester.run("no-ineffective-delete", ruleOf("no-ineffective-delete"), {
  valid: [
    "FROM node\nARG NPM_TOKEN\nRUN echo $NPM_TOKEN > .npmrc && npm ci && rm .npmrc\n",
    "FROM node\nRUN rm -f /app/.env\n",
    // Only secret files by default (and `[{}]` is the default: ESLint merges meta.defaultOptions).
    "FROM node\nCOPY big.tar /tmp/big.tar\nRUN rm /tmp/big.tar\n",
    { code: "FROM node\nCOPY big.tar /tmp/big.tar\nRUN rm /tmp/big.tar\n", options: [{}] },
  ],
  invalid: [
    {
      code: "FROM node\nCOPY .env /app/.env\nRUN npm run build\nRUN rm /app/.env\n",
      errors: [
        {
          messageId: "ineffectiveDelete",
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 17,
          suggestions: [{ desc: "Remove the COPY on line 2 that adds /app/.env", output: "FROM node\nRUN npm run build\nRUN rm /app/.env\n" }],
        },
      ],
    },
    {
      code: "FROM node\nWORKDIR /app\nCOPY .env .env\nRUN rm -f .env\n",
      errors: [
        {
          messageId: "ineffectiveDelete",
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 15,
          suggestions: [{ desc: "Remove the COPY on line 3 that adds /app/.env", output: "FROM node\nWORKDIR /app\nRUN rm -f .env\n" }],
        },
      ],
    },
    {
      // Non-default options run core for this rule alone.
      code: "FROM node\nCOPY big.tar /tmp/big.tar\nRUN rm /tmp/big.tar\n",
      options: [{ allFiles: true }],
      errors: [
        {
          messageId: "ineffectiveDeleteBloat",
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 20,
          suggestions: [{ desc: "Remove the COPY on line 2 that adds /tmp/big.tar", output: "FROM node\nRUN rm /tmp/big.tar\n" }],
        },
      ],
    },
  ],
});
