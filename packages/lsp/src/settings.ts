/**
 * The editor settings under `layerlint.*`, read with `workspace/configuration`, and how they turn
 * into core's lint options. Pure: no I/O.
 */
import { isAbsolute, resolve } from "node:path";
import { ConfigError, mergeConfigs, rules, validateConfig, type LayerlintConfig } from "@layerlint/core";

/** Where settings problems say they come from. */
const SOURCE = "layerlint settings";

export const DEFAULT_DEBOUNCE_MS = 150;
const MAX_DEBOUNCE_MS = 10_000;

export interface Settings {
  /** `layerlint.enable`: false publishes nothing. */
  readonly enable: boolean;
  /** `layerlint.rules`: validated rule settings, layered over the config file's. */
  readonly rules: LayerlintConfig["rules"];
  /** `layerlint.target`: the stage that ships (overrides the config file's `target`). */
  readonly target?: string;
  /** `layerlint.configPath`: absolute after `resolveConfigPath`; config lookup is skipped when set. */
  readonly configPath?: string;
  /** `layerlint.debounceMs`: delay between the last edit and the lint. */
  readonly debounceMs: number;
  /** The first bad setting, as one message naming the key; set, it replaces the findings. */
  readonly problem?: string;
}

export const DEFAULT_SETTINGS: Settings = { enable: true, rules: {}, debounceMs: DEFAULT_DEBOUNCE_MS };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** An empty string or null means "not set" (clients often send them for cleared settings). */
function optionalString(raw: Record<string, unknown>, key: string, problems: string[]): string | undefined {
  const value = raw[key];
  if (value === undefined || value === null || value === "") return undefined;
  if (typeof value === "string") return value;
  problems.push(`${SOURCE}: "layerlint.${key}" must be a string.`);
  return undefined;
}

/**
 * Reads `layerlint.*` as a client sends it (the `layerlint` section, or an object holding one).
 * Unknown keys are ignored (clients add their own, such as `trace`); a bad value falls back to
 * its default and is named in `problem`.
 */
export function parseSettings(raw: unknown, base: Settings = DEFAULT_SETTINGS): Settings {
  const section = isRecord(raw) && isRecord(raw.layerlint) ? raw.layerlint : raw;
  if (section === undefined || section === null) return base;
  if (!isRecord(section)) return { ...base, problem: `${SOURCE}: "layerlint" must be an object of settings.` };
  const problems: string[] = [];

  let enable = base.enable;
  if (section.enable !== undefined && section.enable !== null) {
    if (typeof section.enable === "boolean") enable = section.enable;
    else problems.push(`${SOURCE}: "layerlint.enable" must be true or false.`);
  }

  let debounceMs = base.debounceMs;
  if (section.debounceMs !== undefined && section.debounceMs !== null) {
    const value = section.debounceMs;
    if (typeof value === "number" && Number.isFinite(value) && value >= 0) {
      debounceMs = Math.min(Math.round(value), MAX_DEBOUNCE_MS);
    } else {
      problems.push(`${SOURCE}: "layerlint.debounceMs" must be a number of milliseconds (0 or more).`);
    }
  }

  let ruleSettings = base.rules;
  // Lua clients (Neovim) encode an empty table as `[]`: that is "no rule settings".
  const ruleValue = Array.isArray(section.rules) && section.rules.length === 0 ? {} : section.rules;
  if (ruleValue !== undefined && ruleValue !== null) {
    try {
      ruleSettings = validateConfig({ rules: ruleValue }, SOURCE, rules).rules ?? {};
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      // validateConfig names keys relative to the config object: `rules.<id>` is `layerlint.rules.<id>` here.
      problems.push(error.message.replace(`${SOURCE}: "rules`, `${SOURCE}: "layerlint.rules`));
    }
  }

  const target = section.target === undefined ? base.target : optionalString(section, "target", problems);
  const configPath = section.configPath === undefined ? base.configPath : optionalString(section, "configPath", problems);

  return {
    enable,
    rules: ruleSettings,
    debounceMs,
    ...(target === undefined ? {} : { target }),
    ...(configPath === undefined ? {} : { configPath }),
    ...(problems[0] === undefined ? {} : { problem: problems[0] }),
  };
}

/** `configPath` made absolute: a relative one is relative to the workspace folder (else left as is). */
export function resolveConfigPath(settings: Settings, workspaceFolder: string | undefined): Settings {
  const { configPath } = settings;
  if (configPath === undefined || isAbsolute(configPath) || workspaceFolder === undefined) return settings;
  return { ...settings, configPath: resolve(workspaceFolder, configPath) };
}

/** The part of core's LintOptions the settings decide: the config file's config with the settings on top. */
export function toLintOptions(
  settings: Settings,
  fileConfig: LayerlintConfig | undefined,
): { readonly config: LayerlintConfig; readonly target?: string } {
  const overrides: LayerlintConfig | undefined =
    settings.rules !== undefined && Object.keys(settings.rules).length > 0 ? { rules: settings.rules } : undefined;
  const config = mergeConfigs(fileConfig, overrides);
  return settings.target === undefined ? { config } : { config, target: settings.target };
}
