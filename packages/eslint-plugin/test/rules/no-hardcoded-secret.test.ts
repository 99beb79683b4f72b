import { FAKE_GITHUB_TOKEN, ruleOf, ruleTester } from "../rule-tester.js";

ruleTester.run("no-hardcoded-secret", ruleOf("no-hardcoded-secret"), {
  valid: [
    `FROM a\nENV PYTHON_SHA256=${"ab12".repeat(16)}\n`,
    "FROM a\nENV AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\n",
    `FROM a\n# layerlint-disable-next-line no-hardcoded-secret -- a revoked test token\nENV GITHUB_TOKEN=${FAKE_GITHUB_TOKEN}\n`,
  ],
  invalid: [
    {
      code: `FROM a\nENV GITHUB_TOKEN=${FAKE_GITHUB_TOKEN}\n`,
      errors: [{ messageId: "hardcoded", line: 2, column: 18, endLine: 2, endColumn: 58 }],
    },
    {
      // A builder stage does not make a committed token safe: the message still names the channel.
      code: `FROM a AS b\nENV T=${FAKE_GITHUB_TOKEN}\nFROM c\n`,
      errors: [{ messageId: "hardcoded", line: 2, column: 7, endLine: 2, endColumn: 47 }],
    },
    {
      code: `FROM a\n# old token ${FAKE_GITHUB_TOKEN}\n`,
      errors: [{ messageId: "hardcodedComment", line: 2, column: 13, endLine: 2, endColumn: 53 }],
    },
    {
      code: `FROM a\nRUN <<EOF\necho ${FAKE_GITHUB_TOKEN}\nEOF\n`,
      errors: [{ messageId: "hardcoded", line: 3, column: 6, endLine: 3, endColumn: 46 }],
    },
  ],
});
