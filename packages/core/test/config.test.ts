import { describe, expect, it } from "vitest";
import { ConfigError, mergeConfigs, rules, validateConfig } from "../src/index.js";

const validate = (raw: unknown) => validateConfig(raw, ".layerlintrc.json", rules);
const error = (raw: unknown) => {
  try {
    validate(raw);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as Error).message;
  }
  throw new Error("expected a ConfigError");
};

describe("validateConfig", () => {
  it("accepts every documented key", () => {
    const raw = {
      rules: { "no-secret-in-arg": "warn", "no-secret-in-env": 0, "no-ineffective-delete": ["error", { allFiles: true }] },
      secretNames: { allow: ["PUBLIC_DSN"], deny: ["BUILD_SALT"] },
      secretFiles: { allow: ["fixtures/*.pem"], deny: ["*.secret"] },
      contextFiles: { scan: true, maxFileBytes: 65536, maxTotalBytes: 1048576, allow: ["test/fixtures/**"] },
      target: "production",
      contexts: { "docker/*.Dockerfile": "." },
      ignorePatterns: ["vendor/**"],
    };
    expect(validate(raw)).toEqual({ ...raw, rules: { "no-secret-in-arg": "warn", "no-secret-in-env": "off", "no-ineffective-delete": ["error", { allFiles: true }] } });
  });

  it.each<[string, unknown, string]>([
    ["unknown key", { rule: {} }, '.layerlintrc.json: "rule" is not a layerlint setting (expected one of: rules, secretNames, secretFiles, contextFiles, target, contexts, ignorePatterns). Did you mean \"rules\"?'],
    ["unknown rule", { rules: { "no-such-rule": "error" } }, '.layerlintrc.json: "rules.no-such-rule" is not a layerlint rule. layerlint --list-rules lists them.'],
    ["a rule name that is a typo", { rules: { "no-secret-in-ars": "error" } }, '.layerlintrc.json: "rules.no-secret-in-ars" is not a layerlint rule. Did you mean "no-secret-in-arg"?'],
    ["a key that may be a pasted secret", { hunter2hunter2: 1 }, '.layerlintrc.json: "hunt…" is not a layerlint setting (expected one of: rules, secretNames, secretFiles, contextFiles, target, contexts, ignorePatterns).'],
    ["a rule name that may be a pasted secret", { rules: { "s3cr3t-Pa55w0rd!": "off" } }, '.layerlintrc.json: "rules.s3cr…" is not a layerlint rule. layerlint --list-rules lists them.'],
    ["a severity that may be a pasted secret", { rules: { "no-secret-in-arg": "hunter2hunter2" } }, '.layerlintrc.json: "rules.no-secret-in-arg" has an invalid severity "hunt…" (use "off", "warn" or "error").'],
    ["bad severity", { rules: { "no-secret-in-arg": "fatal" } }, '.layerlintrc.json: "rules.no-secret-in-arg" has an invalid severity "fatal" (use "off", "warn" or "error").'],
    ["bad option type", { rules: { "no-ineffective-delete": ["error", { allFiles: "yes" }] } }, '.layerlintrc.json: "rules.no-ineffective-delete[1].allFiles" must be a boolean.'],
    ["unknown option", { rules: { "no-ineffective-delete": ["error", { everything: true }] } }, '.layerlintrc.json: "rules.no-ineffective-delete[1].everything" is not a known option.'],
    ["option for a rule without options", { rules: { "no-secret-in-arg": ["error", {}] } }, '.layerlintrc.json: "rules.no-secret-in-arg[1]" is an option this rule does not take.'],
    ["bad list", { secretNames: { allow: "X" } }, '.layerlintrc.json: "secretNames.allow" must be an array of strings.'],
    ["bad list name", { secretFiles: { permit: [] } }, '.layerlintrc.json: "secretFiles.permit" is not a setting (use allow or deny).'],
    ["bad target", { target: 3 }, '.layerlintrc.json: "target" must be a stage name.'],
    ["contextFiles not an object", { contextFiles: true }, '.layerlintrc.json: "contextFiles" must be an object with scan, maxFileBytes, maxTotalBytes, allow.'],
    ["contextFiles.scan not a boolean", { contextFiles: { scan: "yes" } }, '.layerlintrc.json: "contextFiles.scan" must be true or false.'],
    ["contextFiles.maxFileBytes zero", { contextFiles: { maxFileBytes: 0 } }, '.layerlintrc.json: "contextFiles.maxFileBytes" must be a positive whole number of bytes.'],
    ["contextFiles.maxTotalBytes fractional", { contextFiles: { maxTotalBytes: 1.5 } }, '.layerlintrc.json: "contextFiles.maxTotalBytes" must be a positive whole number of bytes.'],
    ["contextFiles.allow not a list", { contextFiles: { allow: "test/**" } }, '.layerlintrc.json: "contextFiles.allow" must be an array of strings.'],
    ["contextFiles unknown key", { contextFiles: { maxFiles: 3 } }, '.layerlintrc.json: "contextFiles.maxFiles" is not a setting (use scan, maxFileBytes, maxTotalBytes, allow).'],
    ["bad contexts", { contexts: ["."] }, '.layerlintrc.json: "contexts" must map Dockerfile globs to context directories (strings).'],
    ["not an object", [1, 2], ".layerlintrc.json: must contain an object of settings."],
  ])("%s", (_name, raw, message) => {
    expect(error(raw)).toBe(message);
  });

  it("treats an empty file as no settings", () => {
    expect(validate(null)).toEqual({});
  });
});

describe("mergeConfigs", () => {
  it("merges rule settings per rule and lets later values win", () => {
    expect(
      mergeConfigs({ rules: { "no-secret-in-arg": "warn", "no-secret-in-env": "off" }, target: "a" }, { rules: { "no-secret-in-arg": "error" }, target: "b" }),
    ).toEqual({ rules: { "no-secret-in-arg": "error", "no-secret-in-env": "off" }, target: "b" });
  });

  it("merges contextFiles key by key", () => {
    expect(mergeConfigs({ contextFiles: { scan: false, maxFileBytes: 10 } }, { contextFiles: { scan: true } })).toEqual({
      contextFiles: { scan: true, maxFileBytes: 10 },
    });
  });
});
