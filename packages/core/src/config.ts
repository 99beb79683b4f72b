import { imageRules } from "./image/rules.js";
import { buildConfigRules } from "./build-config/rules/index.js";
import { redactText } from "./redact.js";
import { mentionName } from "./util/names.js";
import type { JsonSchema } from "./rules/types.js";
import type { AnyRuleId, ImageRuleId, LayerlintConfig, RuleSetting, SeveritySetting } from "./types.js";

/** A configuration problem: names the key and where it came from. */
export class ConfigError extends Error {
  /**
   * `key` is the path of the offending setting as it may be shown: callers pass names from the
   * file through `mentionName`, so a secret pasted as a key is never repeated whole.
   */
  constructor(
    readonly source: string,
    readonly key: string,
    detail: string,
  ) {
    super(redactText(`${source}: ${key ? `"${key}" ` : ""}${detail}`, []));
    this.name = "ConfigError";
  }
}

/**
 * An unknown name from the file, for a key path: whole when it is a typo of a known name (with
 * the suggestion), else only its first characters.
 */
function unknownName(name: string, known: readonly string[]): { name: string; hint: string } {
  const { shown, suggestion } = mentionName(name, known);
  return { name: shown.slice(1, -1), hint: suggestion === undefined ? "" : ` Did you mean "${suggestion}"?` };
}

const TOP_KEYS = new Set(["rules", "secretNames", "secretFiles", "contextFiles", "target", "contexts", "ignorePatterns", "$schema"]);
const CONTEXT_FILES_KEYS = ["scan", "maxFileBytes", "maxTotalBytes", "allow"];
/** A byte count a reader can honour: a positive whole number no larger than the largest safe integer. */
function isByteCount(value: unknown): value is number {
  return typeof value === "number" && Number.isSafeInteger(value) && value > 0;
}
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
          if (schema.additionalProperties === false) {
            const unknown = unknownName(name, Object.keys(schema.properties ?? {}));
            throw new ConfigError(source, `${key}.${unknown.name}`, `is not a known option.${unknown.hint}`);
          }
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
    // The value is repeated only when it is a plain word: it may be anything pasted there.
    const shown = typeof value === "string" ? ` ${mentionName(value, ["off", "warn", "error"]).shown}` : "";
    throw new ConfigError(source, key, `has an invalid severity${shown} (use "off", "warn" or "error").`);
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
      const settings = [...TOP_KEYS].filter((k) => k !== "$schema");
      const unknown = unknownName(key, settings);
      throw new ConfigError(source, unknown.name, `is not a layerlint setting (expected one of: ${settings.join(", ")}).${unknown.hint}`);
    }
  }
  const config: {
    -readonly [K in keyof LayerlintConfig]: LayerlintConfig[K];
  } = {};
  if (raw.rules !== undefined) {
    if (!isRecord(raw.rules)) throw new ConfigError(source, "rules", "must be an object of rule settings.");
    const out: Partial<Record<AnyRuleId, RuleSetting>> = {};
    for (const [id, setting] of Object.entries(raw.rules)) {
      const key = `rules.${id}`;
      // One config serves the Dockerfile lint, the build-configuration lint and `layerlint image`.
      const rule =
        rules.get(id) ??
        (buildConfigRules as ReadonlyMap<string, { readonly meta: { readonly schema: readonly JsonSchema[] } }>).get(id) ??
        imageRules.get(id as ImageRuleId);
      if (!rule) {
        const unknown = unknownName(id, [...rules.keys(), ...buildConfigRules.keys(), ...imageRules.keys()]);
        throw new ConfigError(source, `rules.${unknown.name}`, `is not a layerlint rule.${unknown.hint || " layerlint --list-rules lists them."}`);
      }
      if (Array.isArray(setting)) {
        if (setting.length === 0) throw new ConfigError(source, key, "must start with a severity.");
        const severity = parseSeverity(setting[0], source, key);
        const options = setting.slice(1);
        options.forEach((option, i) => {
          const schema = rule.meta.schema[i];
          if (!schema) throw new ConfigError(source, `${key}[${i + 1}]`, "is an option this rule does not take.");
          checkSchema(option, schema, source, `${key}[${i + 1}]`);
        });
        out[id as AnyRuleId] = [severity, ...options] as RuleSetting;
      } else {
        out[id as AnyRuleId] = parseSeverity(setting, source, key);
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
      if (list !== "allow" && list !== "deny") {
        throw new ConfigError(source, `${key}.${unknownName(list, ["allow", "deny"]).name}`, "is not a setting (use allow or deny).");
      }
      lists[list] = stringList(entries, source, `${key}.${list}`);
    }
    config[key] = lists;
  }
  if (raw.contextFiles !== undefined) config.contextFiles = contextFilesOf(raw.contextFiles, source);
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

/** `contextFiles`: `scan` (boolean), `maxFileBytes` and `maxTotalBytes` (positive integers), `allow` (globs). */
function contextFilesOf(value: unknown, source: string): NonNullable<LayerlintConfig["contextFiles"]> {
  if (!isRecord(value)) throw new ConfigError(source, "contextFiles", `must be an object with ${CONTEXT_FILES_KEYS.join(", ")}.`);
  const out: { scan?: boolean; maxFileBytes?: number; maxTotalBytes?: number; allow?: string[] } = {};
  for (const [key, item] of Object.entries(value)) {
    const name = `contextFiles.${key}`;
    if (key === "scan") {
      if (typeof item !== "boolean") throw new ConfigError(source, name, "must be true or false.");
      out.scan = item;
    } else if (key === "maxFileBytes" || key === "maxTotalBytes") {
      if (!isByteCount(item)) throw new ConfigError(source, name, "must be a positive whole number of bytes.");
      out[key] = item;
    } else if (key === "allow") {
      out.allow = stringList(item, source, name);
    } else {
      const unknown = unknownName(key, CONTEXT_FILES_KEYS);
      throw new ConfigError(source, `contextFiles.${unknown.name}`, `is not a setting (use ${CONTEXT_FILES_KEYS.join(", ")}).${unknown.hint}`);
    }
  }
  return out;
}

/** Layers configurations: later ones win key by key; rule settings merge per rule, lists replace. */
export function mergeConfigs(...configs: readonly (LayerlintConfig | undefined)[]): LayerlintConfig {
  const merged: { -readonly [K in keyof LayerlintConfig]: LayerlintConfig[K] } = {};
  for (const config of configs) {
    if (!config) continue;
    if (config.rules) merged.rules = { ...merged.rules, ...config.rules };
    if (config.secretNames) merged.secretNames = { ...merged.secretNames, ...config.secretNames };
    if (config.secretFiles) merged.secretFiles = { ...merged.secretFiles, ...config.secretFiles };
    if (config.contextFiles) merged.contextFiles = { ...merged.contextFiles, ...config.contextFiles };
    if (config.target !== undefined) merged.target = config.target;
    if (config.contexts) merged.contexts = config.contexts;
    if (config.ignorePatterns) merged.ignorePatterns = config.ignorePatterns;
  }
  return merged;
}
