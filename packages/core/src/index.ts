export type {
  BuildArgInput,
  BuildConfigRuleId,
  BuildContext,
  Channel,
  ContextFile,
  DockerfileRuleId,
  FileChange,
  Finding,
  Fix,
  LayerlintConfig,
  LintOptions,
  LintResult,
  RelatedLocation,
  RuleId,
  RuleSetting,
  Severity,
  SeveritySetting,
  Span,
  TextEdit,
  UnusedDirective,
} from "./types.js";
export { lint, lintParsed, type FullLintResult, type RuleError } from "./lint.js";
export { mergeLintResults } from "./merge.js";
export { parseDockerfile, type ParsedDockerfile, type Instruction, type Comment } from "./parse/dockerfile.js";
export { UnknownTargetError } from "./model/stages.js";
export { rules, getRule } from "./rules/index.js";
export type { Rule, RuleMeta, JsonSchema } from "./rules/types.js";
/** The build-configuration rules (compose, workflows, bake); they run through `@layerlint/core/build-config`. */
export { buildConfigRules } from "./build-config/rules/index.js";
export type { BuildConfigRule } from "./build-config/rules/types.js";
export { ConfigError, validateConfig, mergeConfigs, parseSeverity } from "./config.js";
export { classifySecretName, isSecretName } from "./detect/secret-names.js";
export { findSecretsInText } from "./detect/secret-values.js";
export { isSecretFile, secretFileKind } from "./detect/secret-files.js";
export { escapeControlCharacters, redact, redactText } from "./redact.js";
export { applyEdits } from "./edits.js";
/** Go's `path.Clean` for `/`-separated paths (image paths, build-context paths). */
export { normalizePath } from "./model/paths.js";
export const version = "0.1.0";
