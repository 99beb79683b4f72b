import { describe, expect, it } from "vitest";
import { lint, type LintOptions } from "../../src/index.js";
import { FAKE, fakeContext, findingsOf, messagesOf, type Expected } from "../helpers.js";

const rule = "no-secret-in-context-file";
const DATABASE_YML = "production:\n  adapter: postgresql\n  username: app\n  password: Fake-Qz8r-Vw3t9\n  host: db\n";
const PASSWORD = "Fake-Qz8r-Vw3t9";
/** Every default probe excluded: require-dockerignore-entries stays quiet. */
const complete = (more: Parameters<typeof fakeContext>[0] = {}) =>
  fakeContext({
    ignoreText: "x",
    excluded: [".env", ".env.local", ".env.production", ".git", ".npmrc", ".pypirc", ".netrc", ".git-credentials", ".aws", ".ssh", "id_rsa", "id_ed25519", ".docker", "server.key", "private.pem"],
    ...more,
  });
const at = (line: number, text: string, severity: Expected["severity"] = "error"): Expected => ({
  messageId: "secretInFile",
  line,
  column: 1,
  endLine: line,
  endColumn: text.length + 1,
  severity,
});
const findingOf = (code: string, options: LintOptions) => {
  const found = lint(code, options).findings.filter((f) => f.ruleId === rule);
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe(rule, () => {
  it("reports a YAML three directories deep under COPY . ., at the COPY, with the file and line as related location", () => {
    const options = { context: complete({ contents: { "config/environments/production/database.yml": DATABASE_YML } }) };
    const code = "FROM ruby:3.3\nWORKDIR /app\nCOPY . .\n";
    expect(findingsOf(rule, code, options)).toEqual([at(3, "COPY . .")]);
    const finding = findingOf(code, options);
    expect(finding.message).toBe(
      'COPY . sends config/environments/production/database.yml:4 into a layer in the final image, and its content holds a secret (literal password): docker save exposes it. Exclude it in .dockerignore (layerlint --fix adds /config/environments/production/database.yml) and move the value to a secret mount (RUN --mount=type=secret) or to runtime configuration.',
    );
    expect(finding.related).toEqual([
      {
        message: 'literal password under "password" in config/environments/production/database.yml:4.',
        span: { start: 32, end: 33, line: 3, column: 6, endLine: 3, endColumn: 7 },
        file: { path: "config/environments/production/database.yml", line: 4, column: 13, endLine: 4, endColumn: 28 },
      },
    ]);
    expect(finding.channel).toBe("layers");
  });

  it("fixes the ignore file with the file's root-anchored path", () => {
    const options = { context: complete({ contents: { "config/environments/production/database.yml": DATABASE_YML } }) };
    expect(findingOf("FROM ruby\nCOPY . .\n", options).fix).toEqual({
      description: "Add /config/environments/production/database.yml to .dockerignore",
      changes: [
        {
          file: "dockerignore",
          path: ".dockerignore",
          create: false,
          edits: [{ start: 1, end: 1, text: "\n# Secrets (added by layerlint --fix)\n/config/environments/production/database.yml\n" }],
        },
      ],
    });
  });

  it("never puts the value in the message or a related location", () => {
    const options = { context: complete({ contents: { "config/app.yml": `password: ${PASSWORD}\ngithub_token: ${FAKE.github}\n` } }) };
    const finding = findingOf("FROM node\nCOPY . .\n", options);
    const serialized = JSON.stringify(finding);
    expect(serialized).not.toContain(PASSWORD);
    expect(serialized).not.toContain("Qz8r");
    expect(serialized).not.toContain(FAKE.github.slice(0, 8));
    expect(finding.message).toContain("holds 2 secrets (literal password and GitHub token)");
  });

  it.each<[string, string, Parameters<typeof fakeContext>[0], Expected[]]>([
    ["a directory source that holds the file", "FROM node\nCOPY config /app/config\n", { contents: { "config/db.yml": DATABASE_YML } }, [at(2, "COPY config /app/config")]],
    ["an explicit source that is the file", "FROM node\nCOPY config/db.yml /app/\n", { contents: { "config/db.yml": DATABASE_YML } }, [at(2, "COPY config/db.yml /app/")]],
    ["a glob that matches the file", "FROM node\nCOPY config/*.yml /app/\n", { contents: { "config/db.yml": DATABASE_YML } }, [at(2, "COPY config/*.yml /app/")]],
    ["a glob that matches its directory", "FROM node\nCOPY conf* /app/\n", { contents: { "config/db.yml": DATABASE_YML } }, [at(2, "COPY conf* /app/")]],
    ["ADD from the context", "FROM node\nADD . /app\n", { contents: { "config/db.yml": DATABASE_YML } }, [at(2, "ADD . /app")]],
    ["a builder stage: warning", "FROM node AS build\nCOPY . .\nFROM nginx\nCOPY --from=build /dist /srv\n", { contents: { "config/db.yml": DATABASE_YML } }, [at(2, "COPY . .", "warning")]],
    ["a stage the target is built FROM: error", "FROM node AS base\nCOPY . .\nFROM base\nRUN make\n", { contents: { "config/db.yml": DATABASE_YML } }, [at(2, "COPY . .")]],
    [
      "every COPY that sends it",
      "FROM node\nCOPY config /app/config\nCOPY . /src\n",
      { contents: { "config/db.yml": DATABASE_YML } },
      [at(2, "COPY config /app/config"), at(3, "COPY . /src")],
    ],
    ["a glob that does not match the file", "FROM node\nCOPY config/*.json /app/\n", { contents: { "config/db.yml": DATABASE_YML } }, []],
    ["a directory no COPY covers", "FROM node\nCOPY src/ /app/src/\n", { contents: { "deploy/db.yml": DATABASE_YML } }, []],
    ["a file the ignore file excludes", "FROM node\nCOPY . .\n", { contents: { "config/db.yml": DATABASE_YML }, excluded: ["config"] }, []],
    ["a file --exclude leaves out", "FROM node\nCOPY --exclude=config/*.yml . .\n", { contents: { "config/db.yml": DATABASE_YML } }, []],
    ["COPY --from a stage", "FROM node AS a\nFROM node\nCOPY --from=a / /\n", { contents: { "config/db.yml": DATABASE_YML } }, []],
    ["an ONBUILD COPY (it copies the child's context)", "FROM node\nONBUILD COPY . .\n", { contents: { "config/db.yml": DATABASE_YML } }, []],
    ["a secret file by name (require-dockerignore-entries' finding)", "FROM node\nCOPY config /app/config\n", { contents: { "config/.env": `DB_PASSWORD=${PASSWORD}\n` } }, []],
    ["a file that holds only references", "FROM node\nCOPY . .\n", { contents: { "config/db.yml": "password: ${DB_PASSWORD}\n" } }, []],
    ["a template by name", "FROM node\nCOPY . .\n", { contents: { "config/database.yml.example": DATABASE_YML } }, []],
    ["a lock file", "FROM node\nCOPY . .\n", { contents: { "yarn.lock": `auth_token "${FAKE.github}"\n` } }, []],
    ["contents the caller could not read", "FROM node\nCOPY . .\n", {}, []],
  ])("%s", (_name, code, context, expected) => {
    expect(findingsOf(rule, code, { context: complete(context) })).toEqual(expected);
  });

  it("lists each file and line, sorted by path, in one finding per COPY", () => {
    const options = {
      context: complete({
        contents: {
          "b/settings.py": `SECRET_KEY = "fake-9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c"\n`,
          "a/app.env": `LOG_LEVEL=info\nexport SMTP_PASSWORD=${PASSWORD}\n`,
          "c/clean.yml": "name: web\n",
        },
      }),
    };
    const finding = findingOf("FROM python\nCOPY a b c /srv/\n", options);
    expect(finding.related.map((r) => [r.message, r.file])).toEqual([
      ['literal password under "SMTP_PASSWORD" in a/app.env:2.', { path: "a/app.env", line: 2, column: 22, endLine: 2, endColumn: 37 }],
      ['high-entropy secret key under "SECRET_KEY" in b/settings.py:1.', { path: "b/settings.py", line: 1, column: 15, endLine: 1, endColumn: 52 }],
    ]);
    // Each related location points at the source that sends its file.
    expect(finding.related.map((r) => r.span.column)).toEqual([6, 8]);
    expect(finding.message).toBe(
      "COPY a sends a/app.env:2 and b/settings.py:1 into a layer in the final image, and their content holds 2 secrets (literal password and high-entropy secret key): docker save exposes them. Exclude them in .dockerignore (layerlint --fix adds /a/app.env and /b/settings.py) and move the value to a secret mount (RUN --mount=type=secret) or to runtime configuration.",
    );
  });

  it("keeps at most 20 related locations", () => {
    const many = Array.from({ length: 25 }, (_, i) => `password_${i}: ${PASSWORD}\n`).join("");
    const finding = findingOf("FROM node\nCOPY . .\n", { context: complete({ contents: { "config/many.yml": many } }) });
    expect(finding.related).toHaveLength(20);
    expect(finding.message).toContain("holds 25 secrets");
  });

  describe("configuration", () => {
    const code = "FROM node\nCOPY . .\n";
    const context = complete({ contents: { "test/fixtures/db.yml": DATABASE_YML } });
    it("contextFiles.scan: false turns content scanning off", () => {
      expect(findingsOf(rule, code, { context, config: { contextFiles: { scan: false } } })).toEqual([]);
    });
    it("contextFiles.allow silences a scanned file by glob", () => {
      expect(findingsOf(rule, code, { context, config: { contextFiles: { allow: ["test/fixtures/**"] } } })).toEqual([]);
      expect(findingsOf(rule, code, { context, config: { contextFiles: { allow: ["db.yml"] } } })).toEqual([]);
      expect(findingsOf(rule, code, { context, config: { contextFiles: { allow: ["other/**"] } } })).toEqual([at(2, "COPY . .")]);
    });
    it("secretFiles.allow silences a scanned file too", () => {
      expect(findingsOf(rule, code, { context, config: { secretFiles: { allow: ["test/fixtures/*.yml"] } } })).toEqual([]);
    });
    it("a configured severity wins over the stage", () => {
      expect(findingsOf(rule, code, { context, config: { rules: { [rule]: "warn" } } })).toEqual([at(2, "COPY . .", "warning")]);
    });
    it("secretNames.deny makes a key secret, secretNames.allow exempts it", () => {
      const withKey = complete({ contents: { "config/app.yml": "build_salt: Fake-Salt-42x\npassword: Fake-Qz8r-Vw3t9\n" } });
      const files = (config: LintOptions["config"]) =>
        lint(code, { context: withKey, config }).findings.filter((f) => f.ruleId === rule).flatMap((f) => f.related.map((r) => r.file?.line));
      expect(files({})).toEqual([2]);
      expect(files({ secretNames: { deny: ["build_salt"] } })).toEqual([1, 2]);
      expect(files({ secretNames: { allow: ["password"] } })).toEqual([]);
    });
  });

  it("is silent without a context or without contents", () => {
    expect(findingsOf(rule, "FROM node\nCOPY . .\n")).toEqual([]);
    expect(messagesOf(rule, "FROM node\nCOPY . .\n", { context: complete() })).toEqual([]);
  });
});
