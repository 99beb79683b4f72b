import { describe, expect, it } from "vitest";
import { shouldColor } from "../src/ansi.js";
import { helpText } from "../src/help.js";
import { OPTIONS, parseOptions, UsageError } from "../src/options.js";
import { parseRuleOverrides } from "../src/rule-overrides.js";

function usageError(argv: string[], parse: (argv: string[]) => unknown = parseOptions): string {
  try {
    parse(argv);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error(`parseOptions(${JSON.stringify(argv)}) did not throw`);
}

describe("parseOptions", () => {
  it("defaults to stylish output of the current directory", () => {
    expect(parseOptions([])).toEqual({
      format: "stylish",
      configLookup: true,
      rules: [],
      quiet: false,
      fix: false,
      fixDryRun: false,
      stdin: false,
      listRules: false,
      verbose: false,
      errorOnUnmatchedPattern: true,
      reportUnusedDisableDirectives: false,
      version: false,
      help: false,
      paths: ["."],
    });
  });

  it("reads every option", () => {
    const options = parseOptions([
      "-f", "json",
      "-o", "report.json",
      "-c", "cfg.yaml",
      "--no-config-lookup",
      "--rule", "no-secret-in-arg:warn",
      "--rule", "require-secret-mount: off",
      "--target", "final",
      "--context", "ctx",
      "--max-warnings", "3",
      "--quiet",
      "--fix",
      "--report-unused-disable-directives",
      "--no-color",
      "a/Dockerfile",
      "b",
    ]);
    expect(options).toEqual({
      format: "json",
      outputFile: "report.json",
      config: "cfg.yaml",
      configLookup: false,
      rules: ["no-secret-in-arg:warn", "require-secret-mount: off"],
      target: "final",
      context: "ctx",
      maxWarnings: 3,
      quiet: true,
      fix: true,
      fixDryRun: false,
      stdin: false,
      listRules: false,
      verbose: false,
      errorOnUnmatchedPattern: true,
      reportUnusedDisableDirectives: true,
      color: false,
      version: false,
      help: false,
      paths: ["a/Dockerfile", "b"],
    });
    expect(parseOptions(["--stdin", "--stdin-filename", "x/Dockerfile"])).toMatchObject({ stdin: true, stdinFilename: "x/Dockerfile" });
    expect(parseOptions(["--print-config", "Dockerfile"])).toMatchObject({ printConfig: "Dockerfile" });
    expect(parseOptions(["--list-rules"])).toMatchObject({ listRules: true });
    expect(parseOptions(["--fix-dry-run"])).toMatchObject({ fix: false, fixDryRun: true });
    expect(parseOptions(["-v"])).toMatchObject({ version: true });
    expect(parseOptions(["--help"])).toMatchObject({ help: true });
  });

  it("lets the last of --color and --no-color win", () => {
    expect(parseOptions(["--color"]).color).toBe(true);
    expect(parseOptions(["--color", "--no-color"]).color).toBe(false);
    expect(parseOptions(["--no-color", "--color"]).color).toBe(true);
    expect(parseOptions([]).color).toBeUndefined();
  });

  it("answers --help and --version whatever else is wrong", () => {
    expect(parseOptions(["--format", "nope", "--help"]).help).toBe(true);
    expect(parseOptions(["--rule", "nope:error", "-v"]).version).toBe(true);
  });

  it("names an unknown option", () => {
    expect(usageError(["--frobnicate"])).toBe("Unknown option '--frobnicate'.");
    expect(usageError(["-x"])).toBe("Unknown option '-x'.");
  });

  it("rejects a missing or misplaced option value", () => {
    expect(usageError(["--format"])).toMatch(/--format <value>' argument missing\.$/);
    expect(usageError(["-f", "--quiet"])).toMatch(/^Option '-f' argument is ambiguous/);
    expect(usageError(["--quiet=yes"])).toBe("Option '--quiet' does not take an argument.");
  });

  it("rejects an unknown format", () => {
    expect(usageError(["-f", "xml"])).toBe('--format "xml" is not a format (use stylish, json, sarif, checkstyle, gitlab or github).');
  });

  it("rejects a --max-warnings that is not a whole number", () => {
    for (const bad of ["-2", "many", "1.5", ""]) {
      expect(usageError([`--max-warnings=${bad}`])).toBe(`--max-warnings "${bad}" must be a whole number of warnings (0 or more), or -1 for no limit.`);
    }
    expect(usageError(["--max-warnings", "-2"])).toBe('--max-warnings "-2" must be a whole number of warnings (0 or more), or -1 for no limit.');
    expect(parseOptions(["--max-warnings", "0"]).maxWarnings).toBe(0);
    // -1 is no limit, as in ESLint, in either spelling.
    expect(parseOptions(["--max-warnings", "-1"]).maxWarnings).toBeUndefined();
    expect(parseOptions(["--max-warnings=-1", "."]).maxWarnings).toBeUndefined();
  });

  it("reads `-` as standard input, as hadolint does", () => {
    expect(parseOptions(["-"])).toMatchObject({ stdin: true, paths: ["."] });
    expect(parseOptions(["-f", "json", "-"])).toMatchObject({ stdin: true, format: "json" });
    expect(usageError(["-", "Dockerfile"])).toBe('"-" lints standard input; remove the paths (Dockerfile).');
  });

  it("rejects combinations that cannot mean anything", () => {
    expect(usageError(["--stdin-filename", "Dockerfile"])).toBe("--stdin-filename needs --stdin.");
    expect(usageError(["--stdin", "Dockerfile"])).toBe("--stdin lints standard input; remove the paths (Dockerfile).");
    expect(usageError(["--print-config", "Dockerfile", "other"])).toMatch(/^--print-config takes one file/);
    expect(usageError(["--fix", "--fix-dry-run"])).toBe(
      "--fix and --fix-dry-run cannot be combined: use --fix-dry-run to see the changes, --fix to write them.",
    );
  });
});

describe("parseRuleOverrides", () => {
  it("reads ID:SEVERITY, ESLint's numeric severities too; the last setting of a rule wins", () => {
    expect(parseRuleOverrides(["no-secret-in-env:0", "no-secret-in-arg: 2", "no-secret-in-env:warn"])).toEqual({
      "no-secret-in-env": "warn",
      "no-secret-in-arg": "error",
    });
  });

  it("takes the build-configuration rules, which share the rule namespace", () => {
    expect(parseRuleOverrides(["no-secret-build-arg:warn", "no-secret-in-compose-env:off"])).toEqual({
      "no-secret-build-arg": "warn",
      "no-secret-in-compose-env": "off",
    });
  });

  it("rejects a bad --rule, naming the rule or the severity", () => {
    const bad = (spec: string) => usageError([spec], parseRuleOverrides);
    expect(bad("no-such-rule:error")).toBe('--rule "no-such-rule:error": "no-such-rule" is not a layerlint rule (see layerlint --list-rules).');
    expect(bad("no-secret-in-arg:fatal")).toBe('--rule "no-secret-in-arg:fatal": "fatal" is not a severity (use off, warn or error).');
    expect(bad("no-secret-in-arg")).toBe('--rule "no-secret-in-arg" must be ID:SEVERITY, e.g. no-secret-in-arg:warn.');
  });
});

describe("helpText", () => {
  it("lists every option", () => {
    const help = helpText();
    for (const [name, spec] of Object.entries(OPTIONS)) {
      expect(help, name).toContain(`--${name}`);
      if ("short" in spec) expect(help, name).toContain(`-${spec.short}, --${name}`);
    }
    expect(help).toContain("stylish, json");
  });
});

describe("shouldColor", () => {
  it("follows the flag, then FORCE_COLOR, then NO_COLOR, then the terminal", () => {
    expect(shouldColor(undefined, {}, true)).toBe(true);
    expect(shouldColor(undefined, {}, false)).toBe(false);
    expect(shouldColor(undefined, { NO_COLOR: "1" }, true)).toBe(false);
    expect(shouldColor(undefined, { NO_COLOR: "" }, true)).toBe(true);
    expect(shouldColor(undefined, { FORCE_COLOR: "1" }, false)).toBe(true);
    expect(shouldColor(undefined, { FORCE_COLOR: "1", NO_COLOR: "1" }, false)).toBe(true);
    expect(shouldColor(undefined, { FORCE_COLOR: "0" }, true)).toBe(false);
    expect(shouldColor(false, { FORCE_COLOR: "1" }, true)).toBe(false);
    expect(shouldColor(true, { NO_COLOR: "1" }, false)).toBe(true);
  });
});
