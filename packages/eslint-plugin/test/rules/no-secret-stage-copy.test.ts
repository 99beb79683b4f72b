import { ruleOf, ruleTester } from "../rule-tester.js";

const builder = (...tail: string[]) =>
  ["FROM node AS builder", "WORKDIR /app", "ARG NPM_TOKEN", 'RUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc && npm ci', "FROM node", ...tail].join("\n") + "\n";

ruleTester.run("no-secret-stage-copy", ruleOf("no-secret-stage-copy"), {
  valid: [
    builder("COPY --from=builder /app/dist /app/dist"),
    "FROM node\nCOPY --from=nginx:alpine /etc/nginx /etc/nginx\n",
    "FROM a AS b\nCOPY .env /src/.env\nFROM c AS d\nCOPY --from=b /src /app\nFROM e\n",
  ],
  invalid: [
    {
      code: builder("COPY --from=builder /app /app"),
      errors: [{ messageId: "stageCopy", line: 6, column: 1, endLine: 6, endColumn: 30 }],
    },
    {
      code: "FROM a AS b\nCOPY .env /src/.env\nFROM c\nCOPY --from=b /src /app\n",
      errors: [{ messageId: "stageCopy", line: 4, column: 1, endLine: 4, endColumn: 24 }],
    },
  ],
});
