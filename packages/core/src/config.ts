import { buildConfigRules } from "./build-config/rules/index.js";
import { redactText } from "./redact.js";
import type { JsonSchema } from "./rules/types.js";
import type { LayerlintConfig, RuleId, RuleSetting, SeveritySetting } from "./types.js";

/** A configuration problem: names the key and where it came from. */
export class ConfigError extends Error {
  constructor(
    readonly source: string,
    readonly key: string,
    detail: string,
  ) {
    // Keys and values are quoted from the config file: a token pasted there must not reach a CI log.
    super(redactText(`${source}: ${key ? `"${key}" ` : ""}${detail}`, []));
    this.name = "ConfigError";
  }
}

const TOP_KEYS = new Set(["rules", "secretNames", "secretFiles", "target", "contexts", "ignorePatterns", "$schema"]);
const SEVERITIES: Readonly<Record<string, SeveritySetting>> = {
  off: "off",
  warn: "warn",
  warning: "warn",
  error: "error",
  "0": "off",
  "1": "warn",
  "2": "error",
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function stringList(value: unknown, source: string, key: string): string[] {
  if (!Array.isArray(value) || !value.every((v) => typeof v === "string")) {
    throw new ConfigError(source, key, "must be an array of strings.");
  }
  return value as string[];
}

function checkSchema(value: unknown, schema: JsonSchema, source: string, key: string): void {
  switch (schema.type) {
    case "object": {
      if (!isRecord(value)) throw new ConfigError(source, key, "must be an object.");
      for (const [name, item] of Object.entries(value)) {
        const property = schema.properties?.[name];
        if (!property) {
          if (schema.additionalProperties === false) throw new ConfigError(source, `${key}.${name}`, "is not a known option.");
          continue;
        }
        checkSchema(item, property, source, `${key}.${name}`);
      }
      return;
    }
    case "array":
      if (!Array.isArray(value)) throw new ConfigError(source, key, "must be an array.");
      if (schema.items) value.forEach((item, i) => checkSchema(item, schema.items!, source, `${key}[${i}]`));
      return;
    case "string":
    case "boolean":
    case "number":
      if (typeof value !== schema.type) throw new ConfigError(source, key, `must be a ${schema.type}.`);
      return;
    default:
      return;
  }
}

/** Parses a severity (`"off" | "warn" | "error"`, or ESLint's 0/1/2); throws naming the key. */
export function parseSeverity(value: unknown, source: string, key: string): SeveritySetting {
  const severity = SEVERITIES[String(value)];
  if (severity === undefined || (typeof value !== "string" && typeof value !== "number")) {
    throw new ConfigError(source, key, `has an invalid severity ${JSON.stringify(value)} (use "off", "warn" or "error").`);
  }
  return severity;
}

/**
 * Validates raw configuration data (from `.layerlintrc.*`, settings or CLI flags). Throws a
 * ConfigError naming the key and `source` for an unknown key or a bad value. `rules` are the
 * Dockerfile rules the caller runs; the build-configuration rules (`buildConfigRules`) are always
 * accepted too, since one `.layerlintrc` configures both kinds of file.
 */
export function validateConfig(
  raw: unknown,
  source: string,
  rules: ReadonlyMap<string, { readonly meta: { readonly schema: readonly JsonSchema[] } }>,
): LayerlintConfig {
  if (raw === null || raw === undefined) return {};
  if (!isRecord(raw)) throw new ConfigError(source, "", "must contain an object of settings.");
  for (const key of Object.keys(raw)) {
    if (!TOP_KEYS.has(key)) {
      throw new ConfigError(source, key, `is not a layerlint setting (expected one of: ${[...TOP_KEYS].filter((k) => k !== "$schema").join(", ")}).`);
    }
  }
  const config: {
    -readonly [K in keyof LayerlintConfig]: LayerlintConfig[K];
  } = {};
  if (raw.rules !== undefined) {
    if (!isRecord(raw.rules)) throw new ConfigError(source, "rules", "must be an object of rule settings.");
    const out: Partial<Record<RuleId, RuleSetting>> = {};
    for (const [id, setting] of Object.entries(raw.rules)) {
      const key = `rules.${id}`;
      const rule = rules.get(id) ?? (buildConfigRules as ReadonlyMap<string, { readonly meta: { readonly schema: readonly JsonSchema[] } }>).get(id);
      if (!rule) throw new ConfigError(source, key, "is not a layerlint rule.");
      if (Array.isArray(setting)) {
        if (setting.length === 0) throw new ConfigError(source, key, "must start with a severity.");
        const severity = parseSeverity(setting[0], source, key);
        const options = setting.slice(1);
        options.forEach((option, i) => {
          const schema = rule.meta.schema[i];
          if (!schema) throw new ConfigError(source, `${key}[${i + 1}]`, "is an option this rule does not take.");
          checkSchema(option, schema, source, `${key}[${i + 1}]`);
        });
        out[id as RuleId] = [severity, ...options] as RuleSetting;
      } else {
        out[id as RuleId] = parseSeverity(setting, source, key);
      }
    }
    config.rules = out;
  }
  for (const key of ["secretNames", "secretFiles"] as const) {
    const value = raw[key];
    if (value === undefined) continue;
    if (!isRecord(value)) throw new ConfigError(source, key, "must be an object with allow and/or deny lists.");
    const lists: { allow?: string[]; deny?: string[] } = {};
    for (const [list, entries] of Object.entries(value)) {
      if (list !== "allow" && list !== "deny") throw new ConfigError(source, `${key}.${list}`, "is not a setting (use allow or deny).");
      lists[list] = stringList(entries, source, `${key}.${list}`);
    }
    config[key] = lists;
  }
  if (raw.target !== undefined) {
    if (typeof raw.target !== "string") throw new ConfigError(source, "target", "must be a stage name.");
    config.target = raw.target;
  }
  if (raw.contexts !== undefined) {
    if (!isRecord(raw.contexts) || !Object.values(raw.contexts).every((v) => typeof v === "string")) {
      throw new ConfigError(source, "contexts", "must map Dockerfile globs to context directories (strings).");
    }
    config.contexts = raw.contexts as Record<string, string>;
  }
  if (raw.ignorePatterns !== undefined) config.ignorePatterns = stringList(raw.ignorePatterns, source, "ignorePatterns");
  return config;
}

/** Layers configurations: later ones win key by key; rule settings merge per rule, lists replace. */
export function mergeConfigs(...configs: readonly (LayerlintConfig | undefined)[]): LayerlintConfig {
  const merged: { -readonly [K in keyof LayerlintConfig]: LayerlintConfig[K] } = {};
  for (const config of configs) {
    if (!config) continue;
    if (config.rules) merged.rules = { ...merged.rules, ...config.rules };
    if (config.secretNames) merged.secretNames = { ...merged.secretNames, ...config.secretNames };
    if (config.secretFiles) merged.secretFiles = { ...merged.secretFiles, ...config.secretFiles };
    if (config.target !== undefined) merged.target = config.target;
    if (config.contexts) merged.contexts = config.contexts;
    if (config.ignorePatterns) merged.ignorePatterns = config.ignorePatterns;
  }
  return merged;
}
