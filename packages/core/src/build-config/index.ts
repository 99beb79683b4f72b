/**
 * `@layerlint/core/build-config`: compose files, GitHub workflows and bake JSON (docs/spec.md §9). A
 * separate entry point because it loads the `yaml` package, which a Dockerfile-only run never
 * needs. Pure and synchronous, like the rest of core: the host reads files and hands them in.
 */
export { parseBuildConfig, type ParseBuildConfigOptions } from "./parse.js";
export {
  dockerfileLintOptions,
  lintBuildConfig,
  type BuildConfigLintResult,
  type DockerfileLintOptions,
  type LintBuildConfigOptions,
} from "./lint.js";
export { buildConfigRules } from "./rules/index.js";
export type { BuildConfigRule, EnvFileContent } from "./rules/types.js";
export type {
  BuildArg,
  BuildConfigKind,
  BuildConfigProblem,
  BuildSecret,
  BuildSpec,
  BuildVia,
  CacheExport,
  ConfigValue,
  EnvFileRef,
  ParsedBuildConfig,
  RuntimeEnvEntry,
  ValueKind,
  ValueReference,
} from "./types.js";
