import { dirname } from "node:path";
import {
  ConfigError,
  mergeConfigs,
  rules,
  validateConfig,
  type LayerlintConfig,
  type AnyRuleId,
  type SeveritySetting,
} from "@layerlint/core";
import { ConfigFileError, findConfigFile, loadConfigFile } from "@layerlint/node";
import { FileProblem } from "./problem.js";
import { displayPath } from "./result.js";

/** The configuration that applies to one Dockerfile. */
export interface EffectiveConfig {
  readonly config: LayerlintConfig;
  /** The file it came from (absolute), if any: `contexts` and `ignorePatterns` are relative to it. */
  readonly path?: string;
}

export interface ConfigSettings {
  readonly cwd: string;
  /** `--config`, as given. */
  readonly explicit?: string;
  readonly lookup: boolean;
  readonly ruleOverrides: Readonly<Partial<Record<AnyRuleId, SeveritySetting>>>;
}

type Loaded = { readonly config: LayerlintConfig; readonly path: string } | { readonly error: string };

/**
 * Finds, reads and validates config files, each once: `--config`, else the nearest
 * `.layerlintrc.{json,yaml,yml}` walking up from the Dockerfile's directory. `--rule` overrides
 * are merged on top. A broken file is a FileProblem for every Dockerfile it applies to.
 */
export class ConfigResolver {
  readonly #settings: ConfigSettings;
  readonly #loaded = new Map<string, Loaded>();
  readonly #nearest = new Map<string, string | null>();

  constructor(settings: ConfigSettings) {
    this.#settings = settings;
  }

  /** The config file that governs files in `dir` (absolute), or null. */
  configPathFor(dir: string): string | null {
    if (this.#settings.explicit !== undefined) return this.#settings.explicit;
    if (!this.#settings.lookup) return null;
    let nearest = this.#nearest.get(dir);
    if (nearest === undefined) {
      nearest = findConfigFile(dir);
      this.#nearest.set(dir, nearest);
    }
    return nearest;
  }

  /** Loads and validates a config file (cached). Throws FileProblem naming the file and key. */
  load(path: string): { config: LayerlintConfig; path: string } {
    let loaded = this.#loaded.get(path);
    if (loaded === undefined) {
      loaded = this.#read(path);
      this.#loaded.set(path, loaded);
    }
    if ("error" in loaded) throw new FileProblem(loaded.error);
    return loaded;
  }

  /** The effective config for files in `dir` (absolute). Throws FileProblem. */
  forDirectory(dir: string): EffectiveConfig {
    const ruleOverrides = this.#settings.ruleOverrides;
    const overrides: LayerlintConfig | undefined = Object.keys(ruleOverrides).length > 0 ? { rules: ruleOverrides } : undefined;
    const path = this.configPathFor(dir);
    if (path === null) return { config: mergeConfigs(overrides) };
    const loaded = this.load(path);
    return { config: mergeConfigs(loaded.config, overrides), path: loaded.path };
  }

  /** The effective config of a Dockerfile (absolute path). Throws FileProblem. */
  forFile(file: string): EffectiveConfig {
    return this.forDirectory(dirname(file));
  }

  #read(path: string): Loaded {
    try {
      const { path: absolute, raw } = loadConfigFile(path);
      return { config: validateConfig(raw, displayPath(absolute, this.#settings.cwd), rules), path: absolute };
    } catch (error) {
      if (error instanceof ConfigFileError || error instanceof ConfigError) return { error: error.message };
      throw error;
    }
  }
}
