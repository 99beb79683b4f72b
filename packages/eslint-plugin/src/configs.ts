import type { ConfigObject, Plugin, RulesConfig } from "@eslint/core";
import { rules } from "@layerlint/core";
import { LANGUAGE } from "./to-eslint-rule.js";

/** The Dockerfile names the CLI lints (docs/spec.md §7). */
export const DOCKERFILE_FILES = [
  "**/Dockerfile",
  "**/Dockerfile.*",
  "**/*.Dockerfile",
  "**/*.dockerfile",
  "**/Containerfile",
  "**/Containerfile.*",
];

/** `Dockerfile.*` also matches `Dockerfile.dockerignore`, which is an ignore file, not a Dockerfile. */
export const IGNORE_FILES = ["**/*.dockerignore"];

/** A config whose keys are all present, so users can spread `files`, `ignores` and `rules`. */
export interface RecommendedConfig extends ConfigObject {
  name: string;
  files: string[];
  ignores: string[];
  plugins: Record<string, Plugin>;
  language: string;
  rules: RulesConfig;
}

/** `layerlint/recommended`: the language on Dockerfiles and every recommended rule as an error. */
export function recommendedConfig(plugin: Plugin): RecommendedConfig {
  const recommended: RulesConfig = {};
  for (const rule of rules.values()) {
    if (rule.meta.docs.recommended) recommended[`layerlint/${rule.id}`] = "error";
  }
  return {
    name: "layerlint/recommended",
    files: [...DOCKERFILE_FILES],
    ignores: [...IGNORE_FILES],
    plugins: { layerlint: plugin },
    language: LANGUAGE,
    rules: recommended,
  };
}
