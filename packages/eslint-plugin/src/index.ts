/**
 * `@layerlint/eslint-plugin`: Dockerfiles as an ESLint language, with every layerlint rule.
 *
 *     import layerlint from "@layerlint/eslint-plugin";
 *     export default [layerlint.configs.recommended];
 */
import type { Plugin } from "@eslint/core";
import { rules } from "@layerlint/core";
import { recommendedConfig, type RecommendedConfig } from "./configs.js";
import { DockerfileLanguage } from "./language/dockerfile-language.js";
import { toEslintRule, type DockerfileRule } from "./to-eslint-rule.js";

export interface LayerlintPlugin extends Plugin {
  readonly meta: { readonly name: string; readonly namespace: string; readonly version: string };
  readonly languages: { readonly dockerfile: DockerfileLanguage };
  readonly rules: Readonly<Record<string, DockerfileRule>>;
  readonly configs: { readonly recommended: RecommendedConfig };
}

const plugin: LayerlintPlugin = {
  meta: { name: "@layerlint/eslint-plugin", namespace: "layerlint", version: "0.1.0" },
  languages: { dockerfile: new DockerfileLanguage() },
  rules: Object.fromEntries([...rules.values()].map((rule) => [rule.id, toEslintRule(rule)])),
  configs: {} as LayerlintPlugin["configs"],
};
// The config names the plugin itself (ESLint requires one plugin object per namespace): add it
// once the plugin object exists.
Object.assign(plugin.configs, { recommended: recommendedConfig(plugin) });

export default plugin;
export type { RecommendedConfig } from "./configs.js";
export type { CommentNode, DockerfileNode, InstructionNode } from "./language/ast.js";
export type { DockerfileLanguageOptions, DockerfileSourceCode } from "./language/dockerfile-source-code.js";
