import { ruleOf, ruleTester } from "../rule-tester.js";

ruleTester.run("no-secret-in-env", ruleOf("no-secret-in-env"), {
  valid: [
    "FROM a\nENV GPG_KEY=A035C8C19219BA821ECEA86B64E628F8D684696D\n",
    "FROM a\nENV SECRET_KEY=/run/secrets/key\n",
    "FROM a\nENV NPM_TOKEN=\n",
    "FROM a\n# check=skip=SecretsUsedInArgOrEnv\nENV API_SECRET=not-a-real-value\n",
  ],
  invalid: [
    {
      code: "FROM a\nENV API_SECRET=not-a-real-value\n",
      errors: [{ messageId: "secretEnv", line: 2, column: 5, endLine: 2, endColumn: 32 }],
    },
    {
      code: "FROM a\nENV API_SECRET not-a-real-value\n",
      errors: [{ messageId: "secretEnv", line: 2, column: 5, endLine: 2, endColumn: 32 }],
    },
    {
      code: "FROM a\nARG NPM_TOKEN\nENV NPM_TOKEN=${NPM_TOKEN}\n",
      errors: [{ messageId: "copiesSecret", line: 3, column: 5, endLine: 3, endColumn: 27 }],
    },
    {
      code: "FROM a\nARG NPM_TOKEN\nLABEL token=$NPM_TOKEN\n",
      errors: [
        {
          messageId: "copiesSecret",
          data: {
            message:
              "LABEL token copies the secret NPM_TOKEN into the image config in the final image: docker inspect shows its value. Use the secret only inside the RUN that needs it (RUN --mount=type=secret,id=npm_token,env=NPM_TOKEN).",
          },
          line: 3,
          column: 7,
          endLine: 3,
          endColumn: 23,
        },
      ],
    },
  ],
});
