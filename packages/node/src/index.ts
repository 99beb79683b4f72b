export { compileDockerignore, MAX_IGNORE_PATTERN_LENGTH, MAX_IGNORE_PATTERNS } from "./dockerignore.js";
export type { IgnoreMatcher } from "./dockerignore.js";
export {
  createContextCache,
  DEFAULT_MAX_COLLECTED_FILES,
  DEFAULT_MAX_ENTRIES,
  DEFAULT_MAX_MILLIS,
  findIgnoreFile,
  MAX_IGNORE_FILE_BYTES,
  readBuildContext,
} from "./context.js";
export type { ContextCache, IgnoreFileLocation, ReadBuildContextResult, ReadContextOptions } from "./context.js";
export {
  CONFIG_FILE_NAMES,
  ConfigFileError,
  findConfigFile,
  loadConfigFile,
  resolveContextDir,
} from "./config-file.js";
export { expandPaths, isDockerfileName } from "./discover.js";
export type { ExpandPathsOptions, ExpandPathsResult } from "./discover.js";
export { createContentsCache, readContextContents, withContextContents } from "./context-contents.js";
export type { ContentsCache, ReadContentsOptions, ReadContentsResult, WithContentsOptions } from "./context-contents.js";
export { decodeDockerfile, MAX_DOCKERFILE_BYTES, TextProblem, tooLargeMessage } from "./text.js";
export { createLinterHost, LintProblem } from "./host.js";
export type { EffectiveConfig, FileLint, LintedContext, LinterHost, LinterHostOptions, LintFileRequest, WalkLimits } from "./host.js";
export { ImageArchiveError, readImageArchive } from "./image/archive.js";
export type { ArchiveFormat, ArchiveImages, ReadImagesOptions } from "./image/archive.js";
export { scanLayerStream } from "./image/layer.js";
export type { LayerReadOptions } from "./image/layer.js";
export { buildConfigKind, expandBuildConfigPaths, isBuildConfigFile } from "./build-config-files.js";
export type { BuildConfigKind } from "./build-config-files.js";
