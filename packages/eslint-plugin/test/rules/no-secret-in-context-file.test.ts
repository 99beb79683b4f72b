import { describe, expect, it } from "vitest";
import layerlint from "../../src/index.js";
import { PASSTHROUGH_MESSAGE } from "../../src/to-eslint-rule.js";
import { dockerfileIn, ruleOf, ruleTester } from "../rule-tester.js";

const code = "FROM node\nWORKDIR /app\nCOPY . .\n";
const COMPLETE = ".env*\n.git\n.npmrc\n.pypirc\n.netrc\n.git-credentials\n.aws\n.ssh\nid_rsa\nid_ed25519\n.docker\n*.key\n*.pem\n";

// The plugin lints through the linter host, which reads the contents of the files the copies send.
ruleTester.run("no-secret-in-context-file", ruleOf("no-secret-in-context-file"), {
  valid: [
    { code, filename: dockerfileIn({ ".dockerignore": COMPLETE, "config/database.yml": "password: ${DB_PASSWORD}\n" }) },
    { code, filename: dockerfileIn({ ".dockerignore": `${COMPLETE}config/\n`, "config/database.yml": "password: Fake-Qz8r-Vw3t9\n" }) },
    { code: "FROM node\nCOPY src/ /app/\n", filename: dockerfileIn({ ".dockerignore": COMPLETE, "src/a.js": "\n", "deploy/db.yml": "password: Fake-Qz8r-Vw3t9\n" }) },
    // Without a build context there is nothing to read.
    code,
  ],
  invalid: [
    {
      code,
      filename: dockerfileIn({ ".dockerignore": COMPLETE, "config/environments/production/database.yml": "production:\n  password: Fake-Qz8r-Vw3t9\n" }),
      errors: [
        {
          messageId: "secretInFile",
          data: {
            message:
              "COPY . sends config/environments/production/database.yml:2 into a layer in the final image, and its content holds a secret (literal password): docker save exposes it. Exclude it in .dockerignore (layerlint --fix adds /config/environments/production/database.yml) and move the value to a secret mount (RUN --mount=type=secret) or to runtime configuration.",
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

describe("no-secret-in-context-file in the plugin", () => {
  it("is registered with core's message ids, its fix and the recommended flag", () => {
    const rule = layerlint.rules["no-secret-in-context-file"]!;
    expect(rule.meta?.messages).toEqual({ secretInFile: PASSTHROUGH_MESSAGE });
    expect(rule.meta?.fixable).toBe("code");
    expect(rule.meta?.docs?.recommended).toBe(true);
    expect(layerlint.configs.recommended.rules?.["layerlint/no-secret-in-context-file"]).toBe("error");
  });
});
