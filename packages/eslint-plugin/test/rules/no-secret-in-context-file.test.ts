import { describe, expect, it } from "vitest";
import layerlint from "../../src/index.js";
import { PASSTHROUGH_MESSAGE } from "../../src/to-eslint-rule.js";
import { dockerfileIn, ruleOf, ruleTester } from "../rule-tester.js";

const code = "FROM node\nWORKDIR /app\nCOPY . .\n";
const COMPLETE = ".env*\n.git\n.npmrc\n.pypirc\n.netrc\n.git-credentials\n.aws\n.ssh\nid_rsa\nid_ed25519\n.docker\n*.key\n*.pem\n";

// The plugin does not read context file contents yet: the shared linter host (issue 16) will hand
// core `BuildContext.contents` for every front end. Until then these cases hold, and so must they
// after: references, excluded files and uncovered directories are clean with contents too.
ruleTester.run("no-secret-in-context-file", ruleOf("no-secret-in-context-file"), {
  valid: [
    { code, filename: dockerfileIn({ ".dockerignore": COMPLETE, "config/database.yml": "password: ${DB_PASSWORD}\n" }) },
    { code, filename: dockerfileIn({ ".dockerignore": `${COMPLETE}config/\n`, "config/database.yml": "password: Fake-Qz8r-Vw3t9\n" }) },
    { code: "FROM node\nCOPY src/ /app/\n", filename: dockerfileIn({ ".dockerignore": COMPLETE, "src/a.js": "\n", "deploy/db.yml": "password: Fake-Qz8r-Vw3t9\n" }) },
    // Without a build context there is nothing to read.
    code,
  ],
  invalid: [],
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
