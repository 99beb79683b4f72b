import { existsSync, readFileSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { rules } from "@layerlint/core";
import { describe, expect, it } from "vitest";
import { main } from "../src/main.js";
import { BUILDER_ONLY, CLEAN, fixture, LEAKY, run, runJson } from "./helpers.js";

/** ruleId, severity and start of each message of a JSON result. */
function positions(messages: readonly { ruleId: string | null; severity: number; line?: number; column?: number }[]): string[] {
  return messages.map((m) => `${m.ruleId}:${m.severity}@${m.line}:${m.column}`);
}

describe("linting files", () => {
  it("reports a leaky Dockerfile in stylish format and exits 1", async () => {
    const cwd = fixture({ Dockerfile: LEAKY });
    const { code, stdout, stderr } = await run([], { cwd });
    expect(stderr).toBe("");
    expect(code).toBe(1);
    // The summary on the row (rule ids aligned after it), what to do under it.
    expect(stdout).toBe(
      [
        "",
        "Dockerfile",
        "  2:5  error  ARG NPM_TOKEN carries a secret in the final image           no-secret-in-arg",
        "              Pass it with RUN --mount=type=secret,id=npm_token,env=NPM_TOKEN instead",
        "  3:1  error  RUN reads the secret NPM_TOKEN from ARG in the final image  require-secret-mount",
        "              Mount it for this RUN only with --mount=type=secret,id=npm_token,env=NPM_TOKEN (or use a multi-stage build that never ships it)",
        "",
        "\u2716 2 problems (2 errors, 0 warnings)",
        "",
      ].join("\n"),
    );
  });

  it("prints nothing and exits 0 for clean and empty files", async () => {
    const cwd = fixture({ Dockerfile: CLEAN, "empty/Dockerfile": "" });
    expect(await run([], { cwd })).toEqual({ code: 0, stdout: "", stderr: "" });
    expect(await run(["empty/Dockerfile"], { cwd })).toEqual({ code: 0, stdout: "", stderr: "" });
  });

  it("reports in ESLint's JSON shape, with absolute paths and clean files included", async () => {
    const cwd = fixture({ "app/Dockerfile": LEAKY, "clean/Dockerfile": CLEAN });
    const { code, report, stderr } = await runJson(["app", "clean"], { cwd });
    expect(stderr).toBe("");
    expect(code).toBe(1);
    expect(report).toEqual([
      {
        filePath: join(cwd, "app/Dockerfile"),
        messages: [
          {
            ruleId: "no-secret-in-arg",
            severity: 2,
            message: expect.stringMatching(/^ARG NPM_TOKEN carries a secret/),
            line: 2,
            column: 5,
            endLine: 2,
            endColumn: 14,
            messageId: "secretArg",
            suggestions: [{ desc: expect.stringContaining("NPM_TOKEN") }],
            layerlint: expect.objectContaining({ channel: "history", shipped: true, related: [] }),
          },
          {
            ruleId: "require-secret-mount",
            severity: 2,
            message: expect.stringContaining("NPM_TOKEN"),
            line: 3,
            column: 1,
            endLine: 3,
            endColumn: expect.any(Number),
            messageId: expect.any(String),
            ...(report[0]?.messages[1] && "suggestions" in report[0].messages[1] ? { suggestions: expect.any(Array) } : {}),
            layerlint: expect.objectContaining({ shipped: true }),
          },
        ],
        suppressedMessages: [],
        errorCount: 2,
        fatalErrorCount: 0,
        warningCount: 0,
        fixableErrorCount: 0,
        fixableWarningCount: 0,
        usedDeprecatedRules: [],
      },
      {
        filePath: join(cwd, "clean/Dockerfile"),
        messages: [],
        suppressedMessages: [],
        errorCount: 0,
        fatalErrorCount: 0,
        warningCount: 0,
        fixableErrorCount: 0,
        fixableWarningCount: 0,
        usedDeprecatedRules: [],
      },
    ]);
  });

  it("reports findings in a stage that is not shipped as warnings, which do not fail the run", async () => {
    const cwd = fixture({ Dockerfile: BUILDER_ONLY });
    const { code, report } = await runJson([], { cwd });
    expect(code).toBe(0);
    expect(positions(report[0]!.messages)).toEqual(["no-secret-in-arg:1@2:5", "require-secret-mount:1@3:1"]);
  });

  it("never prints a secret value", async () => {
    const fake = `ghp_${"FAKEfake01".repeat(3)}FAKEfa`;
    const cwd = fixture({ Dockerfile: `FROM alpine\nENV GITHUB_TOKEN=${fake}\nRUN curl -H "Authorization: token ${fake}" https://example.com\n` });
    for (const format of ["stylish", "json"]) {
      const { code, stdout, stderr } = await run(["-f", format], { cwd });
      expect(code).toBe(1);
      expect(stdout).toContain("no-hardcoded-secret");
      expect(stdout).not.toContain(fake.slice(0, 5));
      expect(stderr).toBe("");
    }
  });
});

describe("path expansion", () => {
  it("expands directories to Dockerfiles, skipping node_modules, .git and ignore files", async () => {
    const cwd = fixture({
      Dockerfile: CLEAN,
      "Dockerfile.prod": CLEAN,
      "api.Dockerfile": CLEAN,
      "web/worker.dockerfile": CLEAN,
      "web/Containerfile": CLEAN,
      "web/Containerfile.dev": CLEAN,
      "Dockerfile.dockerignore": "*\n",
      "README.md": "# not a Dockerfile\n",
      "node_modules/pkg/Dockerfile": LEAKY,
      ".git/Dockerfile": LEAKY,
    });
    const { code, report } = await runJson([], { cwd });
    expect(code).toBe(0);
    expect(report.map((r) => r.filePath)).toEqual(
      ["Dockerfile", "Dockerfile.prod", "api.Dockerfile", "web/Containerfile", "web/Containerfile.dev", "web/worker.dockerfile"].map((f) =>
        join(cwd, f),
      ),
    );
  });

  it("lints an explicitly named file whatever its name, once", async () => {
    const cwd = fixture({ "build/app.docker": LEAKY });
    const { code, report } = await runJson(["build/app.docker", "./build/app.docker"], { cwd });
    expect(code).toBe(1);
    expect(report.map((r) => r.filePath)).toEqual([join(cwd, "build/app.docker")]);
  });

  it("skips the config's ignorePatterns", async () => {
    const cwd = fixture({
      ".layerlintrc.json": JSON.stringify({ ignorePatterns: ["fixtures/**"] }),
      "Dockerfile": CLEAN,
      "fixtures/leaky/Dockerfile": LEAKY,
    });
    const { code, report } = await runJson(["."], { cwd });
    expect(code).toBe(0);
    expect(report.map((r) => r.filePath)).toEqual([join(cwd, "Dockerfile")]);
  });

  it("reports a missing path on stderr, still lints the rest and exits 2", async () => {
    const cwd = fixture({ Dockerfile: LEAKY });
    const { code, report, stderr } = await runJson(["missing/Dockerfile", "Dockerfile"], { cwd });
    expect(code).toBe(2);
    expect(stderr).toBe("layerlint: missing/Dockerfile: No such file or directory.\n");
    expect(report).toHaveLength(1);
    expect(report[0]!.errorCount).toBe(2);
  });

  it("reports a directory without Dockerfiles and exits 2", async () => {
    const cwd = fixture({ "docs/README.md": "nothing here\n" });
    const { code, stdout, stderr } = await run(["docs"], { cwd });
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe("layerlint: docs: No Dockerfiles found (--no-error-on-unmatched-pattern allows that).\n");
  });

  it("lets a directory without Dockerfiles pass with --no-error-on-unmatched-pattern (hooks)", async () => {
    const cwd = fixture({ "docs/README.md": "nothing here\n", "app/Dockerfile": "FROM alpine\n" });
    expect(await run(["--no-error-on-unmatched-pattern", "docs"], { cwd })).toEqual({ code: 0, stdout: "", stderr: "" });
    expect((await run(["--no-error-on-unmatched-pattern", "docs", "missing"], { cwd })).code).toBe(2);
  });

  it("--verbose says how the secret leaks, between the summary and the fix", async () => {
    const cwd = fixture({ Dockerfile: "FROM alpine\nARG NPM_TOKEN\nRUN npm ci\n" });
    const { stdout } = await run(["--verbose"], { cwd });
    expect(stdout.split("\n").slice(2, 5)).toEqual([
      "  2:5  error  ARG NPM_TOKEN carries a secret in the final image  no-secret-in-arg",
      "              its value is recorded in the image history of every RUN that follows and in the build's provenance",
      "              Pass it with RUN --mount=type=secret,id=npm_token,env=NPM_TOKEN instead",
    ]);
  });

  it("reads standard input for `-`", async () => {
    const { code, stdout } = await run(["-f", "json", "-"], { cwd: fixture(), stdin: "FROM alpine\nARG NPM_TOKEN\n" });
    expect(code).toBe(1);
    expect((JSON.parse(stdout) as { filePath: string }[])[0]!.filePath).toBe("<stdin>");
  });
});

describe("file-level errors", () => {
  it("refuses a binary file, lints the others and exits 2", async () => {
    const cwd = fixture({ "bin/Dockerfile": new Uint8Array([0x46, 0x52, 0x4f, 0x4d, 0x00, 0x01]), "ok/Dockerfile": LEAKY });
    const { code, report, stderr } = await runJson([], { cwd });
    expect(code).toBe(2);
    expect(stderr).toBe("layerlint: bin/Dockerfile: Cannot lint a binary file (it has a NUL byte in its first 8 KB).\n");
    expect(report[0]).toMatchObject({
      filePath: join(cwd, "bin/Dockerfile"),
      messages: [{ ruleId: null, fatal: true, severity: 2, message: "Cannot lint a binary file (it has a NUL byte in its first 8 KB)." }],
      errorCount: 1,
      fatalErrorCount: 1,
    });
    expect(report[1]).toMatchObject({ filePath: join(cwd, "ok/Dockerfile"), errorCount: 2 });
  });

  it("refuses invalid UTF-8 without quoting it", async () => {
    const bytes = Buffer.concat([Buffer.from("FROM alpine\nARG SECRET_VALUE="), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from("\n")]);
    const cwd = fixture({ Dockerfile: bytes });
    const { code, stdout, stderr } = await run([], { cwd });
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe("layerlint: Dockerfile: Cannot lint the file: it is not valid UTF-8.\n");
  });

  it("keeps a UTF-8 BOM and lints the file", async () => {
    const cwd = fixture({ Dockerfile: `\uFEFF${LEAKY}` });
    const { code, report } = await runJson([], { cwd });
    expect(code).toBe(1);
    expect(positions(report[0]!.messages)).toEqual(["no-secret-in-arg:2@2:5", "require-secret-mount:2@3:1"]);
  });

  it("reports a file that cannot be opened with the system's reason, even as root", async () => {
    const cwd = fixture({ "ok/Dockerfile": LEAKY });
    symlinkSync("Dockerfile", join(cwd, "Dockerfile"));
    const { code, report, stderr } = await runJson(["Dockerfile", "ok"], { cwd });
    expect(code).toBe(2);
    expect(stderr).toBe("layerlint: Dockerfile: Cannot read the file: too many symbolic links encountered (ELOOP).\n");
    expect(report.map((r) => r.errorCount)).toEqual([1, 2]);
  });

  it("reports an unknown --target per file and exits 2", async () => {
    const cwd = fixture({ Dockerfile: "FROM alpine AS base\nRUN true\n" });
    const { code, report, stderr } = await runJson(["--target", "nope"], { cwd });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^layerlint: Dockerfile: Target stage "nope" does not exist in this Dockerfile \(stages: base\)\.\n$/);
    expect(report[0]!.messages[0]).toMatchObject({ ruleId: null, fatal: true, severity: 2 });
  });

  it("reports a crashing rule as an internal error, keeps the other findings and exits 2", async () => {
    const rule = rules.get("no-secret-in-arg")! as { check: (...args: unknown[]) => void };
    const original = rule.check;
    rule.check = () => {
      throw new Error("boom");
    };
    try {
      const cwd = fixture({ Dockerfile: LEAKY });
      const { code, report, stderr } = await runJson([], { cwd });
      expect(code).toBe(2);
      expect(stderr).toBe("layerlint: Dockerfile: Internal error in rule no-secret-in-arg: boom\n");
      expect(positions(report[0]!.messages)).toEqual(["require-secret-mount:2@3:1"]);
    } finally {
      rule.check = original;
    }
  });
});

describe("--stdin", () => {
  it("lints standard input as <stdin>", async () => {
    const cwd = fixture();
    const { code, report } = await runJson(["--stdin"], { cwd, stdin: LEAKY });
    expect(code).toBe(1);
    expect(report[0]!.filePath).toBe("<stdin>");
    expect(positions(report[0]!.messages)).toEqual(["no-secret-in-arg:2@2:5", "require-secret-mount:2@3:1"]);
  });

  it("uses --stdin-filename for the path, the config lookup and the build context", async () => {
    const cwd = fixture({
      "svc/.layerlintrc.yaml": "rules:\n  no-secret-in-arg: off\n",
      "svc/.env": "FAKE=1\n",
    });
    const dockerfile = "FROM alpine\nARG NPM_TOKEN\nRUN npm ci --token $NPM_TOKEN\nCOPY . /app\n";
    const { code, report } = await runJson(["--stdin", "--stdin-filename", "svc/Dockerfile"], { cwd, stdin: dockerfile });
    expect(code).toBe(1);
    expect(report[0]!.filePath).toBe(join(cwd, "svc/Dockerfile"));
    const ids = report[0]!.messages.map((m) => m.ruleId);
    expect(ids).not.toContain("no-secret-in-arg");
    expect(ids).toContain("require-secret-mount");
    // The context (svc/, with no .dockerignore) is read: the whole-context COPY is reported.
    expect(ids).toContain("require-dockerignore");

    const withoutName = await runJson(["--stdin"], { cwd, stdin: dockerfile });
    expect(withoutName.report[0]!.messages.map((m) => m.ruleId)).not.toContain("require-dockerignore");
  });

  it("refuses binary standard input", async () => {
    const cwd = fixture();
    const { code, stderr, report } = await runJson(["--stdin"], { cwd, stdin: new Uint8Array([0, 1, 2]) });
    expect(code).toBe(2);
    expect(stderr).toBe("layerlint: <stdin>: Cannot lint a binary file (it has a NUL byte in its first 8 KB).\n");
    expect(report[0]!.filePath).toBe("<stdin>");
  });
});

describe("configuration", () => {
  it("uses the nearest .layerlintrc walking up from each Dockerfile", async () => {
    const cwd = fixture({
      ".layerlintrc.json": JSON.stringify({ rules: { "no-secret-in-arg": "off" } }),
      "a/Dockerfile": LEAKY,
      "b/.layerlintrc.yml": "rules:\n  require-secret-mount: warn\n",
      "b/Dockerfile": LEAKY,
    });
    const { code, report } = await runJson([], { cwd });
    expect(code).toBe(1);
    expect(positions(report[0]!.messages)).toEqual(["require-secret-mount:2@3:1"]);
    // The nearest file wins outright: the root's "off" does not reach b/.
    expect(positions(report[1]!.messages)).toEqual(["no-secret-in-arg:2@2:5", "require-secret-mount:1@3:1"]);
  });

  it("ignores config files with --no-config-lookup", async () => {
    const cwd = fixture({ ".layerlintrc.json": JSON.stringify({ rules: { "no-secret-in-arg": "off" } }), Dockerfile: LEAKY });
    const { report } = await runJson(["--no-config-lookup"], { cwd });
    expect(positions(report[0]!.messages)).toEqual(["no-secret-in-arg:2@2:5", "require-secret-mount:2@3:1"]);
  });

  it("uses --config instead of looking up", async () => {
    const cwd = fixture({
      ".layerlintrc.json": JSON.stringify({ rules: { "no-secret-in-arg": "off" } }),
      "ci/layerlint.yaml": "rules:\n  require-secret-mount: off\n",
      Dockerfile: LEAKY,
    });
    const { report } = await runJson(["-c", "ci/layerlint.yaml"], { cwd });
    expect(positions(report[0]!.messages)).toEqual(["no-secret-in-arg:2@2:5"]);
  });

  it("applies the config's target", async () => {
    const cwd = fixture({ ".layerlintrc.json": JSON.stringify({ target: "builder" }), Dockerfile: BUILDER_ONLY });
    const { code, report } = await runJson([], { cwd });
    expect(code).toBe(1);
    expect(positions(report[0]!.messages)).toEqual(["no-secret-in-arg:2@2:5", "require-secret-mount:2@3:1"]);
  });

  it("reports a bad config file naming the key and the file, still linting files it does not govern", async () => {
    const cwd = fixture({
      "a/.layerlintrc.json": JSON.stringify({ rulez: {} }),
      "a/Dockerfile": LEAKY,
      "b/Dockerfile": LEAKY,
    });
    const { code, report, stderr } = await runJson([], { cwd });
    expect(code).toBe(2);
    expect(stderr).toBe(
      'layerlint: a/Dockerfile: a/.layerlintrc.json: "rulez" is not a layerlint setting (expected one of: rules, secretNames, secretFiles, contextFiles, target, contexts, ignorePatterns). Did you mean "rules"?\n',
    );
    expect(report[0]).toMatchObject({ filePath: join(cwd, "a/Dockerfile"), fatalErrorCount: 1 });
    expect(report[0]!.messages[0]!.message).toContain('"rulez"');
    expect(report[1]).toMatchObject({ filePath: join(cwd, "b/Dockerfile"), errorCount: 2, fatalErrorCount: 0 });
  });

  it("names the rule key of a bad rule setting", async () => {
    const cwd = fixture({ ".layerlintrc.yaml": "rules:\n  no-secret-in-arg: loud\n", Dockerfile: LEAKY });
    const { code, stderr } = await run([], { cwd });
    expect(code).toBe(2);
    expect(stderr).toContain('.layerlintrc.yaml: "rules.no-secret-in-arg" has an invalid severity "loud"');
  });

  it("reports a config file that does not parse", async () => {
    const cwd = fixture({ ".layerlintrc.json": "{ \"rules\": ", Dockerfile: LEAKY });
    const { code, stderr } = await run([], { cwd });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^layerlint: Dockerfile: Invalid JSON in config file .*\.layerlintrc\.json/);
  });

  it("stops before linting when --config is broken", async () => {
    const cwd = fixture({ "bad.json": JSON.stringify({ rules: { "no-such-rule": "error" } }), Dockerfile: LEAKY });
    const { code, stdout, stderr } = await run(["-c", "bad.json"], { cwd });
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe('layerlint: bad.json: "rules.no-such-rule" is not a layerlint rule. layerlint --list-rules lists them.\n');
    const missing = await run(["-c", "nope.json"], { cwd });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(`layerlint: Cannot read config file ${join(cwd, "nope.json")}: no such file.\n`);
  });
});

describe("--rule", () => {
  it("overrides severities on top of the config", async () => {
    const cwd = fixture({ ".layerlintrc.json": JSON.stringify({ rules: { "no-secret-in-arg": "off" } }), Dockerfile: LEAKY });
    const { code, report } = await runJson(["--rule", "no-secret-in-arg:warn", "--rule", "require-secret-mount:off"], { cwd });
    expect(code).toBe(0);
    expect(positions(report[0]!.messages)).toEqual(["no-secret-in-arg:1@2:5"]);
  });

  it("rejects an unknown rule or severity, naming it", async () => {
    const cwd = fixture({ Dockerfile: LEAKY });
    const badId = await run(["--rule", "no-such-rule:error"], { cwd });
    expect(badId).toEqual({
      code: 2,
      stdout: "",
      stderr: 'layerlint: --rule "no-such-rule:error": "no-such-rule" is not a layerlint rule (see layerlint --list-rules).\nRun layerlint --help for usage.\n',
    });
    const badSeverity = await run(["--rule", "no-secret-in-arg:fatal"], { cwd });
    expect(badSeverity.code).toBe(2);
    expect(badSeverity.stderr).toContain('"fatal" is not a severity');
  });
});

describe("usage errors", () => {
  it("names an unknown option and points at --help", async () => {
    const cwd = fixture({ Dockerfile: LEAKY });
    expect(await run(["--bogus"], { cwd })).toEqual({
      code: 2,
      stdout: "",
      stderr: "layerlint: Unknown option '--bogus'.\nRun layerlint --help for usage.\n",
    });
  });

  it("rejects an unknown format", async () => {
    const { code, stderr } = await run(["--format", "xml"], { cwd: fixture() });
    expect(code).toBe(2);
    expect(stderr).toContain('--format "xml" is not a format');
  });

  it("rejects a --context that is not a directory", async () => {
    const cwd = fixture({ Dockerfile: LEAKY });
    expect(await run(["--context", "nope"], { cwd })).toEqual({ code: 2, stdout: "", stderr: "layerlint: --context nope: no such directory.\n" });
  });
});

describe("--max-warnings and --quiet", () => {
  it("fails when warnings exceed --max-warnings", async () => {
    const cwd = fixture({ Dockerfile: BUILDER_ONLY });
    expect((await run([], { cwd })).code).toBe(0);
    expect((await run(["--max-warnings", "2"], { cwd })).code).toBe(0);
    const over = await run(["--max-warnings", "1"], { cwd });
    expect(over.code).toBe(1);
    expect(over.stdout).toContain("\u2716 2 problems (0 errors, 2 warnings)");
    expect(over.stderr).toBe("layerlint found too many warnings (maximum: 1).\n");
  });

  it("--quiet reports errors only, but warnings still count for --max-warnings", async () => {
    const cwd = fixture({ "builder/Dockerfile": BUILDER_ONLY, "final/Dockerfile": LEAKY });
    const { code, report } = await runJson(["--quiet"], { cwd });
    expect(code).toBe(1);
    expect(report[0]).toMatchObject({ messages: [], warningCount: 0 });
    expect(report[1]).toMatchObject({ errorCount: 2 });
    const quietBuilder = await run(["--quiet", "builder"], { cwd });
    expect(quietBuilder).toEqual({ code: 0, stdout: "", stderr: "" });
    const strict = await run(["--quiet", "--max-warnings", "0", "builder"], { cwd });
    expect(strict).toEqual({ code: 1, stdout: "", stderr: "layerlint found too many warnings (maximum: 0).\n" });
  });
});

describe("--report-unused-disable-directives", () => {
  it("reports directives that suppress nothing as warnings", async () => {
    const cwd = fixture({ Dockerfile: "FROM alpine\n# layerlint-disable-next-line no-secret-in-env\nRUN echo hello\n" });
    expect((await runJson([], { cwd })).report[0]!.messages).toEqual([]);
    const { code, report } = await runJson(["--report-unused-disable-directives"], { cwd });
    expect(code).toBe(0);
    expect(report[0]!.messages).toEqual([
      {
        ruleId: null,
        severity: 1,
        message: "Unused layerlint-disable directive (no problems were reported from 'no-secret-in-env').",
        line: 2,
        column: 1,
        endLine: 2,
        endColumn: expect.any(Number),
      },
    ]);
    expect(report[0]!.warningCount).toBe(1);
  });
});

describe("--print-config", () => {
  it("prints the config that applies to a file, where it came from and every rule's setting, and lints nothing", async () => {
    const cwd = fixture({
      ".layerlintrc.yaml": "rules:\n  no-secret-in-arg: warn\nsecretNames:\n  allow: [MY_TOKEN_URL]\n",
      Dockerfile: `FROM alpine AS final\n${LEAKY}`,
    });
    const { code, stdout, stderr } = await run(["--print-config", "Dockerfile", "--rule", "require-secret-mount:off", "--target", "final"], { cwd });
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const everyRule = Object.fromEntries([...rules.keys()].map((id) => [id, "default"]));
    expect(JSON.parse(stdout)).toEqual({
      configFile: join(cwd, ".layerlintrc.yaml"),
      config: {
        rules: { ...everyRule, "no-secret-in-arg": "warn", "require-secret-mount": "off" },
        secretNames: { allow: ["MY_TOKEN_URL"] },
        target: "final",
      },
    });
  });

  it("refuses a --target the file does not have, as a lint would", async () => {
    const cwd = fixture({ Dockerfile: LEAKY });
    const { code, stderr } = await run(["--print-config", "Dockerfile", "--target", "final"], { cwd });
    expect(code).toBe(2);
    expect(stderr).toBe('layerlint: Dockerfile: Target stage "final" does not exist in this Dockerfile (it has no named stages).\n');
  });

  it("prints no config file and default rules when no config applies, and exits 2 for a broken one", async () => {
    const cwd = fixture({ "sub/.layerlintrc.json": "[]" });
    const everyRule = Object.fromEntries([...rules.keys()].map((id) => [id, "default"]));
    const none = await run(["--print-config", "Dockerfile"], { cwd });
    expect(none.code).toBe(0);
    expect(JSON.parse(none.stdout)).toEqual({ configFile: null, config: { rules: everyRule } });
    const broken = await run(["--print-config", "sub/Dockerfile"], { cwd });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain("sub/.layerlintrc.json");
  });
});

describe("information", () => {
  it("--list-rules lists every rule with its default severity and description", async () => {
    const { code, stdout } = await run(["--list-rules"], { cwd: fixture() });
    expect(code).toBe(0);
    const lines = stdout.split("\n");
    expect(lines[0]).toMatch(/^RULE +DEFAULT +DESCRIPTION$/);
    for (const rule of rules.values()) {
      const base = rule.meta.docs.recommended ? (rule.meta.severity === "error" ? "error" : "stage") : "off";
      const severity = rule.meta.severityNote === undefined ? base : `${base} (${rule.meta.severityNote})`;
      const row = lines.find((line) => line.startsWith(`${rule.id} `));
      expect(row?.split(/ {2,}/), rule.id).toEqual([rule.id, severity, rule.meta.docs.description]);
    }
  });

  it("--version prints the package version", async () => {
    const manifest = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
    expect(await run(["--version"], { cwd: fixture() })).toEqual({ code: 0, stdout: `layerlint ${manifest.version}\n`, stderr: "" });
    expect((await run(["-v"], { cwd: fixture() })).stdout).toBe(`layerlint ${manifest.version}\n`);
  });

  it("--help prints usage", async () => {
    const { code, stdout } = await run(["-h"], { cwd: fixture() });
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: layerlint \[options\] \[paths\.\.\.\]\n/);
  });
});

describe("colour", () => {
  const ESC = "\u001b[";

  it("colours a terminal unless NO_COLOR is set or --no-color is given", async () => {
    const cwd = fixture({ Dockerfile: LEAKY });
    expect((await run([], { cwd, isTTY: true })).stdout).toContain(`${ESC}31merror`);
    expect((await run([], { cwd, isTTY: true, env: { NO_COLOR: "1" } })).stdout).not.toContain(ESC);
    expect((await run(["--no-color"], { cwd, isTTY: true })).stdout).not.toContain(ESC);
    expect((await run([], { cwd, isTTY: false })).stdout).not.toContain(ESC);
    expect((await run([], { cwd, env: { FORCE_COLOR: "1" } })).stdout).toContain(ESC);
    expect((await run(["--color"], { cwd })).stdout).toContain(ESC);
  });
});

describe("--output-file", () => {
  it("writes the report to the file and nothing to stdout", async () => {
    const cwd = fixture({ Dockerfile: LEAKY });
    const { code, stdout, stderr } = await run(["-f", "json", "-o", "report.json"], { cwd, isTTY: true });
    expect({ code, stdout, stderr }).toEqual({ code: 1, stdout: "", stderr: "" });
    const report = JSON.parse(readFileSync(join(cwd, "report.json"), "utf8")) as unknown[];
    expect(report).toHaveLength(1);
  });

  it("writes no colour to a file, and an empty file for a clean run", async () => {
    const cwd = fixture({ Dockerfile: LEAKY, "clean/Dockerfile": CLEAN });
    await run(["-o", "out.txt", "Dockerfile"], { cwd, isTTY: true });
    const text = readFileSync(join(cwd, "out.txt"), "utf8");
    expect(text).toContain("no-secret-in-arg");
    expect(text).not.toContain("\u001b[");
    expect(await run(["-o", "out.txt", "clean"], { cwd })).toEqual({ code: 0, stdout: "", stderr: "" });
    expect(readFileSync(join(cwd, "out.txt"), "utf8")).toBe("");
  });

  it("exits 2 without linting when the directory does not exist", async () => {
    const cwd = fixture({ Dockerfile: LEAKY });
    const { code, stdout, stderr } = await run(["-o", "reports/out.json"], { cwd });
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe(`layerlint: --output-file reports/out.json: the directory ${join(cwd, "reports")} does not exist.\n`);
    expect(existsSync(join(cwd, "reports"))).toBe(false);
  });
});

describe("build context", () => {
  const COPY_ALL = "FROM alpine\nCOPY . /app\n";

  it("reads the Dockerfile's directory by default and --context when given", async () => {
    const cwd = fixture({
      "app/Dockerfile": COPY_ALL,
      "ctx/.dockerignore": ".env\n.env.*\n.git\n.npmrc\n.pypirc\n.netrc\n.git-credentials\n.aws\n.ssh\nid_rsa\nid_ed25519\n.docker\n*.key\n*.pem\n",
    });
    const byDefault = await runJson(["app"], { cwd });
    expect(byDefault.report[0]!.messages.map((m) => m.ruleId)).toContain("require-dockerignore");
    const withContext = await runJson(["--context", "ctx", "app"], { cwd });
    expect(withContext.report[0]!.messages.map((m) => m.ruleId)).not.toContain("require-dockerignore");
  });

  it("uses the config's contexts, relative to the config file", async () => {
    const cwd = fixture({
      ".layerlintrc.json": JSON.stringify({ contexts: { "docker/*/Dockerfile": "." } }),
      "docker/api/Dockerfile": COPY_ALL,
      ".dockerignore": ".env\n",
    });
    const { report } = await runJson([], { cwd });
    expect(report[0]!.messages.map((m) => m.ruleId)).not.toContain("require-dockerignore");
  });

  it("warns about a missing context and lints without one", async () => {
    const cwd = fixture({
      ".layerlintrc.json": JSON.stringify({ contexts: { "Dockerfile": "gone" } }),
      Dockerfile: COPY_ALL,
    });
    const { code, stdout, stderr } = await run([], { cwd });
    // Without a context, require-dockerignore has nothing to say.
    expect({ code, stdout }).toEqual({ code: 0, stdout: "" });
    expect(stderr).toBe("layerlint: warning: The build context gone is not a directory: rules that need the context were skipped.\n");
  });
});

describe("internal errors", () => {
  it("exits 2, not 1, when layerlint itself fails", async () => {
    const cwd = fixture({ Dockerfile: LEAKY });
    let stderr = "";
    const code = await main([], {
      stdout: {
        write: () => {
          throw new Error("stdout is gone");
        },
      },
      stderr: { write: (chunk: string) => (stderr += chunk) },
      stdin: (async function* () {})(),
      cwd,
      env: {},
      isTTY: false,
    });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^layerlint: Internal error: Error: stdout is gone\n/);
  });
});
