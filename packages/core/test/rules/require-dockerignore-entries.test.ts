import { describe, expect, it } from "vitest";
import { lint } from "../../src/index.js";
import { FAKE, fakeContext, findingsOf, messagesOf, onInstruction as copy, type Expected } from "../helpers.js";

const rule = "require-dockerignore-entries";
const full = [".env", ".env.local", ".env.production", ".git", ".npmrc", ".pypirc", ".netrc", ".git-credentials", ".aws", ".ssh", "id_rsa", "id_ed25519", ".docker", "server.key", "private.pem"];

describe(rule, () => {
  it("warns when the ignore file misses the default secret patterns", () => {
    const context = fakeContext({ ignoreText: "node_modules\n", excluded: ["node_modules"] });
    expect(findingsOf(rule, "FROM node\nCOPY . .\n", { context })).toEqual([copy(2, "COPY . .", "missingPatterns", "warning")]);
    expect(messagesOf(rule, "FROM node\nCOPY . .\n", { context })).toEqual([
      ".dockerignore does not exclude .env, .env.local, .env.production, .git/config, .npmrc, .pypirc and 9 more: COPY . would send such files into a layer. Add the missing entries (layerlint --fix does this).",
    ]);
  });

  it("appends exactly the missing entries", () => {
    const context = fakeContext({ ignoreText: "node_modules\n.git", excluded: ["node_modules", ".git", ".env", ".env.local", ".env.production"] });
    const [finding] = lint("FROM node\nCOPY . .\n", { context }).findings.filter((f) => f.ruleId === rule);
    expect(finding!.fix!.changes).toEqual([
      {
        file: "dockerignore",
        path: ".dockerignore",
        create: false,
        edits: [
          {
            start: 17,
            end: 17,
            text: "\n# Secrets (added by layerlint --fix)\n.npmrc\n.pypirc\n.netrc\n.git-credentials\n.aws\n.ssh\nid_rsa\nid_ed25519\n.docker\n*.key\n*.pem\n",
          },
        ],
      },
    ]);
  });

  it.each<[string, string, ReturnType<typeof fakeContext> | undefined, Expected[]]>([
    ["a complete ignore file", "FROM node\nCOPY . .\n", fakeContext({ ignoreText: "x", excluded: full }), []],
    ["an allow-list ignore file (* then !src/)", "FROM node\nCOPY . .\n", fakeContext({ ignoreText: "*\n!src/\n", everythingBut: ["src"] }), []],
    ["no whole-context copy, no real secret", "FROM node\nCOPY src/ /app/\n", fakeContext({ ignoreText: "x" }), []],
    ["no context", "FROM node\nCOPY . .\n", undefined, []],
    [
      "a real secret under a copied directory",
      "FROM node\nCOPY config /app/config\n",
      fakeContext({ ignoreText: "x", excluded: full, secretFiles: ["config/.env"] }),
      [copy(2, "COPY config /app/config", "secretInContext", "error")],
    ],
    [
      "a real secret re-included by a ! exception, whole context",
      "FROM node\nCOPY . .\n",
      fakeContext({ ignoreText: ".env*\n!.env.production\n", excluded: full.filter((p) => p !== ".env.production"), secretFiles: [".env.production"] }),
      [copy(2, "COPY . .", "missingPatterns", "warning"), copy(2, "COPY . .", "secretInContext", "error")],
    ],
    [
      "a real secret covered by a non-secret glob",
      "FROM node\nCOPY conf/* /etc/app/\n",
      fakeContext({ ignoreText: "x", excluded: full, secretFiles: ["conf/.npmrc"] }),
      [copy(2, "COPY conf/* /etc/app/", "secretInContext", "error")],
    ],
    [
      "a real dotenv file matched by `*.env`, a glob for files of type .env (docs/spec.md §9)",
      "FROM node\nCOPY library-scripts/*.env /tmp/\n",
      fakeContext({ ignoreText: "x", excluded: full, secretFiles: ["library-scripts/.env"] }),
      [copy(2, "COPY library-scripts/*.env /tmp/", "secretInContext", "error")],
    ],
    [
      "a real secret in a builder stage: warning",
      "FROM node AS b\nCOPY config /app/config\nFROM alpine\n",
      fakeContext({ ignoreText: "x", excluded: full, secretFiles: ["config/.env"] }),
      [copy(2, "COPY config /app/config", "secretInContext", "warning")],
    ],
  ])("%s", (_name, code, context, expected) => {
    expect(findingsOf(rule, code, context ? { context } : {})).toEqual(expected);
  });

  it("names the file and the entry to add", () => {
    const context = fakeContext({ ignoreText: "x", excluded: full, secretFiles: ["config/.env"] });
    expect(messagesOf(rule, "FROM node\nCOPY config /app/config\n", { context })).toEqual([
      "COPY config sends config/.env from the build context into a layer in the final image: .dockerignore does not exclude it. Add /config/.env to .dockerignore (layerlint --fix does this).",
    ]);
  });

  describe("with the content of the secret file read", () => {
    const code = "FROM node\nCOPY packages/web /app\n";
    const withNpmrc = (text: string) => fakeContext({ ignoreText: "x", excluded: full, secretFiles: ["packages/web/.npmrc"], contents: { "packages/web/.npmrc": text } });

    it("drops to a warning that says why when the file holds only references", () => {
      const context = withNpmrc("//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n");
      expect(findingsOf(rule, code, { context })).toEqual([copy(2, "COPY packages/web /app", "referencesOnly", "warning")]);
      expect(messagesOf(rule, code, { context })).toEqual([
        "COPY packages/web sends packages/web/.npmrc from the build context into a layer in the final image: .dockerignore does not exclude it, but its content holds only variable references, no literal secret, so nothing secret ships today; a value written into it later would. Add /packages/web/.npmrc to .dockerignore (layerlint --fix does this).",
      ]);
    });

    it("stays an error for a literal token, a literal it cannot judge, or a file that was not read", () => {
      expect(findingsOf(rule, code, { context: withNpmrc(`//registry.npmjs.org/:_authToken=${FAKE.npm}\n`) })).toEqual([copy(2, "COPY packages/web /app", "secretInContext", "error")]);
      expect(findingsOf(rule, code, { context: withNpmrc("_auth=short\n") })).toEqual([copy(2, "COPY packages/web /app", "secretInContext", "error")]);
      const unread = fakeContext({ ignoreText: "x", excluded: full, secretFiles: ["packages/web/.npmrc"] });
      expect(findingsOf(rule, code, { context: unread })).toEqual([copy(2, "COPY packages/web /app", "secretInContext", "error")]);
    });

    it("drops to a warning that says why for an .npmrc of settings only (no credential key at all)", () => {
      const context = withNpmrc("registry=https://registry.npmjs.org/\nengine-strict=true\n");
      expect(findingsOf(rule, code, { context })).toEqual([copy(2, "COPY packages/web /app", "settingsOnly", "warning")]);
      expect(messagesOf(rule, code, { context })).toEqual([
        "COPY packages/web sends packages/web/.npmrc from the build context into a layer in the final image: .dockerignore does not exclude it, but its content holds settings only, no credential, so nothing secret ships today; a token written into it later would. Add /packages/web/.npmrc to .dockerignore (layerlint --fix does this).",
      ]);
    });

    it("keeps a .env of no known secret name an error: its secrets sit under any name", () => {
      const env = fakeContext({ ignoreText: "x", excluded: full, secretFiles: ["packages/web/.env"], contents: { "packages/web/.env": "STRIPE_KEY=Fake-Qz8r-Vw3t9\n" } });
      expect(findingsOf(rule, code, { context: env })).toEqual([copy(2, "COPY packages/web /app", "secretInContext", "error")]);
    });

    it("splits one COPY's files into the literal ones and the reference-only ones", () => {
      const context = fakeContext({
        ignoreText: "x",
        excluded: full,
        secretFiles: ["packages/web/.npmrc", "packages/web/.env"],
        contents: { "packages/web/.npmrc": "//r/:_authToken=${NPM_TOKEN}\n", "packages/web/.env": "DB_PASSWORD=Fake-Qz8r-Vw3t9\n" },
      });
      expect(findingsOf(rule, code, { context })).toEqual([
        copy(2, "COPY packages/web /app", "secretInContext", "error"),
        copy(2, "COPY packages/web /app", "referencesOnly", "warning"),
      ]);
    });

    it("keeps the error with contextFiles.scan: false", () => {
      const context = withNpmrc("//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n");
      expect(findingsOf(rule, code, { context, config: { contextFiles: { scan: false } } })).toEqual([copy(2, "COPY packages/web /app", "secretInContext", "error")]);
    });
  });
});
