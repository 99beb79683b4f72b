export type {
  AnyRuleId,
  BuildArgInput,
  BuildConfigRuleId,
  BuildContext,
  Channel,
  ContextContents,
  ContextFile,
  ContextFileContent,
  ContextFileLocation,
  ContextFilesConfig,
  DockerfileRuleId,
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
export { mergeLintResults } from "./merge.js";
export { parseDockerfile, type ParsedDockerfile, type ParseNotice, type Instruction, type Comment } from "./parse/dockerfile.js";
/** Re-parses only what an edit touched (the language server's lint per keystroke); equal to a full parse. */
export { reparse } from "./parse/reparse.js";
export { lastStartingAtOrBefore } from "./parse/text.js";
export { checkTarget, UnknownTargetError } from "./model/stages.js";
export { rules, getRule } from "./rules/index.js";
export type { Rule, RuleMeta, JsonSchema } from "./rules/types.js";
/** The build-configuration rules (compose, workflows, bake); they run through `@layerlint/core/build-config`. */
export { buildConfigRules } from "./build-config/rules/index.js";
export type { BuildConfigRule } from "./build-config/rules/types.js";
export { ConfigError, validateConfig, mergeConfigs, parseSeverity } from "./config.js";
export { classifySecretName, isSecretName } from "./detect/secret-names.js";
export { findSecretsInText } from "./detect/secret-values.js";
export { isSecretFile, secretFileKind } from "./detect/secret-files.js";
export {
  contentSkipReason,
  scanContextFile,
  MAX_CONTENT_LINE_LENGTH,
  type ContentFinding,
  type ContentScan,
  type ContentSkipReason,
  type ScanContextFileOptions,
} from "./detect/context-content.js";
export { contextFilesToRead, contextScope } from "./context-files.js";
export { contextFileLimits, DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_TOTAL_BYTES, type ContextFileLimits } from "./model/contents.js";
export { escapeControlCharacters, redact, redactText } from "./redact.js";
export { applyEdits, mergeAppends } from "./edits.js";
export { CHANNELS, type ChannelExplanation } from "./channels.js";
export { messageParts, type MessageParts } from "./messages.js";
export { disableDirectiveFix } from "./suppress.js";
/** Go's `path.Clean` for `/`-separated paths (image paths, build-context paths). */
export { normalizePath } from "./model/paths.js";
/** Linear-time globs: one engine for COPY sources, secret-file lists, config globs and (node) `.dockerignore`. */
export {
  codePoints,
  compileGlob,
  GlobProgramBuilder,
  GlobRunner,
  GlobSyntaxError,
  literalAffixes,
  parseClass,
  type CharClass,
  type GlobMatcher,
  type GlobOptions,
  type GlobProgram,
} from "./util/glob.js";
/** Names from config or a command line in messages: whole when known or a typo of a known one, else shortened. */
export { closestName, mentionName } from "./util/names.js";
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
