import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, parseSettings, resolveConfigPath, toLintOptions } from "../src/settings.js";

describe("parseSettings", () => {
  it("defaults to enabled, no overrides, 150 ms debounce", () => {
    expect(parseSettings(undefined)).toEqual({ enable: true, rules: {}, debounceMs: 150 });
    expect(parseSettings(null)).toBe(DEFAULT_SETTINGS);
  });

  it("reads the layerlint section, flat or wrapped, ignoring keys of other tools", () => {
    const section = {
      enable: false,
      rules: { "no-secret-in-arg": "warn", "require-dockerignore": ["off"] },
      target: "runtime",
      configPath: "ci/.layerlintrc.yaml",
      debounceMs: 40.4,
      trace: { server: "verbose" },
    };
    const expected = {
      enable: false,
      rules: { "no-secret-in-arg": "warn", "require-dockerignore": ["off"] },
      target: "runtime",
      configPath: "ci/.layerlintrc.yaml",
      debounceMs: 40,
    };
    expect(parseSettings(section)).toEqual(expected);
    expect(parseSettings({ layerlint: section, editor: { tabSize: 2 } })).toEqual(expected);
  });

  it("accepts ESLint-style numeric severities and Lua's empty table", () => {
    expect(parseSettings({ rules: { "no-secret-in-env": 1 } }).rules).toEqual({ "no-secret-in-env": "warn" });
    expect(parseSettings({ rules: [] }).rules).toEqual({});
  });

  it("treats null and empty strings as unset", () => {
    expect(parseSettings({ target: "", configPath: null })).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings({ target: null }, { ...DEFAULT_SETTINGS, target: "a" }).target).toBeUndefined();
  });

  it("keeps the base for keys that are absent", () => {
    const base = { ...DEFAULT_SETTINGS, target: "build", debounceMs: 5 };
    expect(parseSettings({ enable: false }, base)).toEqual({ ...base, enable: false });
  });

  it("names the first bad setting in `problem` and keeps the default for it", () => {
    const bad = parseSettings({ debounceMs: "fast", enable: true });
    expect(bad.debounceMs).toBe(150);
    expect(bad.problem).toBe('layerlint settings: "layerlint.debounceMs" must be a number of milliseconds (0 or more).');
    expect(parseSettings({ debounceMs: -1 }).problem).toContain("debounceMs");
    expect(parseSettings({ enable: "yes" }).problem).toBe('layerlint settings: "layerlint.enable" must be true or false.');
    expect(parseSettings({ target: 3 }).problem).toBe('layerlint settings: "layerlint.target" must be a string.');
    expect(parseSettings("on").problem).toBe('layerlint settings: "layerlint" must be an object of settings.');
  });

  it("validates rule settings with core, naming the setting", () => {
    expect(parseSettings({ rules: { "no-such-rule": "error" } }).problem).toBe(
      'layerlint settings: "layerlint.rules.no-such-rule" is not a layerlint rule. layerlint --list-rules lists them.',
    );
    expect(parseSettings({ rules: { "no-secret-in-arg": "loud" } }).problem).toBe(
      'layerlint settings: "layerlint.rules.no-secret-in-arg" has an invalid severity "loud" (use "off", "warn" or "error").',
    );
  });

  it("caps the debounce at 10 s", () => {
    expect(parseSettings({ debounceMs: 1e9 }).debounceMs).toBe(10_000);
    expect(parseSettings({ debounceMs: 0 }).debounceMs).toBe(0);
  });
});

describe("resolveConfigPath", () => {
  it("resolves a relative configPath against the workspace folder", () => {
    const settings = { ...DEFAULT_SETTINGS, configPath: "ci/.layerlintrc.json" };
    expect(resolveConfigPath(settings, "/work/repo").configPath).toBe("/work/repo/ci/.layerlintrc.json");
    expect(resolveConfigPath({ ...settings, configPath: "/etc/l.json" }, "/work/repo").configPath).toBe("/etc/l.json");
    expect(resolveConfigPath(settings, undefined)).toBe(settings);
    expect(resolveConfigPath(DEFAULT_SETTINGS, "/w")).toBe(DEFAULT_SETTINGS);
  });
});

describe("toLintOptions", () => {
  it("layers the settings' rules over the config file's, and the settings' target over its target", () => {
    const fileConfig = { rules: { "no-secret-in-arg": "error", "no-secret-in-env": "warn" }, target: "final", secretNames: { deny: ["PASSPHRASE"] } } as const;
    const settings = { ...DEFAULT_SETTINGS, rules: { "no-secret-in-arg": "off" as const }, target: "build" };
    expect(toLintOptions(settings, fileConfig)).toEqual({
      config: {
        rules: { "no-secret-in-arg": "off", "no-secret-in-env": "warn" },
        target: "final",
        secretNames: { deny: ["PASSPHRASE"] },
      },
      target: "build",
    });
  });

  it("passes the config file through when the settings add nothing", () => {
    expect(toLintOptions(DEFAULT_SETTINGS, { target: "final" })).toEqual({ config: { target: "final" } });
    expect(toLintOptions(DEFAULT_SETTINGS, undefined)).toEqual({ config: {} });
  });
});
