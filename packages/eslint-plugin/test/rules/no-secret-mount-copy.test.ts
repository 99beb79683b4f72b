import { ruleOf, ruleTester } from "../rule-tester.js";

const cp = "RUN --mount=type=secret,id=npmrc cp /run/secrets/npmrc /root/.npmrc";

ruleTester.run("no-secret-mount-copy", ruleOf("no-secret-mount-copy"), {
  valid: [
    `FROM node\n${cp} && npm ci && rm /root/.npmrc\n`,
    "FROM node\nRUN --mount=type=secret,id=aws,target=/root/.aws/credentials aws s3 cp s3://bucket/x /x\n",
  ],
  invalid: [
    {
      code: `FROM node\n${cp}\n`,
      errors: [{ messageId: "mountCopy", line: 2, column: 1, endLine: 2, endColumn: 68 }],
    },
    {
      code: `FROM node AS b\n${cp}\nFROM alpine\n`,
      errors: [{ messageId: "mountCopy", line: 2, column: 1, endLine: 2, endColumn: 68 }],
    },
  ],
});
