export type {
  AnyRuleId,
  BuildContext,
  Channel,
  ContextFile,
  FileChange,
  Finding,
  Fix,
  ImageAttribution,
  ImageLocation,
  ImageRuleId,
  LayerlintConfig,
  LintOptions,
  LintResult,
  Prediction,
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
export { parseDockerfile, type ParsedDockerfile, type Instruction, type Comment } from "./parse/dockerfile.js";
export { UnknownTargetError } from "./model/stages.js";
export { rules, getRule } from "./rules/index.js";
export type { Rule, RuleMeta, JsonSchema } from "./rules/types.js";
export { ConfigError, validateConfig, mergeConfigs, parseSeverity } from "./config.js";
export { classifySecretName, isSecretName } from "./detect/secret-names.js";
export { findSecretsInText } from "./detect/secret-values.js";
export { isSecretFile, secretFileKind } from "./detect/secret-files.js";
export { escapeControlCharacters, redact, redactText } from "./redact.js";
export { applyEdits } from "./edits.js";
/** Go's `path.Clean` for `/`-separated paths (image paths, build-context paths). */
export { normalizePath } from "./model/paths.js";
export {
  checkImage,
  imageRules,
  isImageRuleId,
  LayerScanner,
  layerPath,
  MAX_SCANNED_TEXT,
  parseCreatedBy,
  readImageConfig,
  type ImageCheckOptions,
  type ImageCheckResult,
  type ImageDockerfile,
  type ImageInput,
  type ImageRule,
  type LayerEntry,
  type LayerEntryType,
  type LayerScanOptions,
  type LayerSummary,
} from "./image/index.js";
export const version = "0.1.0";
