import { dockerfileIn, ruleOf, ruleTester } from "../rule-tester.js";

const code = "FROM node\nWORKDIR /app\nCOPY . .\n";
const COMPLETE = ".env*\n.git\n.npmrc\n.pypirc\n.netrc\n.git-credentials\n.aws\n.ssh\nid_rsa\nid_ed25519\n.docker\n*.key\n*.pem\n";

ruleTester.run("require-dockerignore-entries", ruleOf("require-dockerignore-entries"), {
  valid: [
    { code, filename: dockerfileIn({ ".dockerignore": COMPLETE, ".env": "X=1\n" }) },
    { code, filename: dockerfileIn({ ".dockerignore": "*\n!src/\n", "src/index.js": "\n" }) },
    { code: "FROM node\nCOPY src/ /app/\n", filename: dockerfileIn({ ".dockerignore": "node_modules\n" }) },
    // Without a build context there is nothing to check.
    code,
  ],
  invalid: [
    {
      code,
      filename: dockerfileIn({ ".dockerignore": "node_modules\n" }),
      errors: [{ messageId: "missingPatterns", line: 3, column: 1, endLine: 3, endColumn: 9 }],
    },
    {
      code,
      filename: dockerfileIn({ ".dockerignore": ".env\n", ".env.production": "X=1\n" }),
      errors: [
        { messageId: "missingPatterns", line: 3, column: 1, endLine: 3, endColumn: 9 },
        {
          messageId: "secretInContext",
          data: {
            message:
              "COPY . sends .env.production from the build context into a layer in the final image: .dockerignore does not exclude it. Add .env.* to .dockerignore (layerlint --fix does this).",
          },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 9,
        },
      ],
    },
  ],
});
