import { ruleOf, ruleTester } from "../rule-tester.js";

ruleTester.run("no-secret-file-copy", ruleOf("no-secret-file-copy"), {
  valid: [
    "FROM node\nCOPY ca.pem /certs/\n",
    "FROM node\nCOPY .env.example /app/\n",
    "FROM node\nCOPY . .\n",
    "FROM a AS b\nFROM node\nCOPY --from=b /app/.env /app/\n",
  ],
  invalid: [
    {
      // No later RUN to mount the file for: nothing to suggest.
      code: "FROM node\nWORKDIR /app\nCOPY .env /app/.env\n",
      errors: [{ messageId: "copySecretFile", line: 3, column: 6, endLine: 3, endColumn: 10, suggestions: [] }],
    },
    {
      code: "FROM node\nCOPY package.json .npmrc ./\n",
      errors: [{ messageId: "copySecretFile", line: 2, column: 19, endLine: 2, endColumn: 25, suggestions: [] }],
    },
    {
      code: "FROM node\nCOPY .npmrc /root/.npmrc\nRUN npm ci\n",
      errors: [
        {
          messageId: "copySecretFile",
          line: 2,
          column: 6,
          endLine: 2,
          endColumn: 12,
          suggestions: [
            {
              desc: "Mount .npmrc as a secret (--mount=type=secret,id=npmrc,target=/root/.npmrc) instead of copying it",
              output: "# syntax=docker/dockerfile:1\nFROM node\nRUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci\n",
            },
          ],
        },
      ],
    },
    {
      code: "FROM node\nCOPY id_rsa /root/.ssh/id_rsa\nRUN git clone git@github.com:acme/x.git\n",
      errors: [
        {
          messageId: "copySecretFile",
          line: 2,
          column: 6,
          endLine: 2,
          endColumn: 12,
          suggestions: [
            {
              desc: "Use the SSH agent (--mount=type=ssh) instead of copying id_rsa",
              output: "FROM node\nRUN --mount=type=ssh git clone git@github.com:acme/x.git\n",
            },
          ],
        },
      ],
    },
  ],
});
