/**
 * `@layerlint/node/build-config`: lints one build configuration file for a front end. It reads
 * what core cannot (env files, whether git tracks them), asks the host to lint each Dockerfile the
 * way the file's builds build it, and feeds those findings to `no-secret-cache-export`. A separate
 * entry point because it loads `yaml`: import it only when a build configuration was found.
 */
import { readFileSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { mergeConfigs, type BuildArgInput, type FullLintResult, type LayerlintConfig } from "@layerlint/core";
import {
  dockerfileLintOptions,
  lintBuildConfig,
  parseBuildConfig,
  type BuildConfigKind,
  type BuildConfigLintResult,
  type BuildSpec,
  type EnvFileContent,
  type EnvFileRef,
} from "@layerlint/core/build-config";
import { buildConfigKind } from "./build-config-files.js";
import { isCommitted } from "./git-ignore.js";
import { LintProblem, type LinterHost } from "./host.js";
import { decodeDockerfile, MAX_DOCKERFILE_BYTES, TextProblem, tooLargeMessage } from "./text.js";

/** An env file larger than this is not read (it is not an env file a compose user writes). */
export const MAX_ENV_FILE_BYTES = 256 * 1024;

/** How a build builds its Dockerfile: what the host lints, with which options. Paths are absolute. */
export interface DockerfileLintSpec {
  /** The build in the configuration file (its name, kind and span there). */
  readonly build: BuildSpec;
  /** The Dockerfile to read and lint; null when the build has an inline Dockerfile (`dockerfileText`). */
  readonly dockerfilePath: string | null;
  /** Compose `dockerfile_inline` / bake `dockerfile-inline`. */
  readonly dockerfileText: string | null;
  /** The build context: read it as the Dockerfile lint's context (instead of the Dockerfile's directory). */
  readonly contextDir: string;
  /** `LintOptions.target` (undefined: the last stage). */
  readonly target: string | undefined;
  /** `LintOptions.buildArgs`: the args the build sets, and which of them pass a secret. */
  readonly buildArgs: readonly BuildArgInput[];
}

export interface LintBuildConfigFileOptions {
  /** The configuration file (absolute, or relative to the working directory). */
  readonly path: string;
  readonly text: string;
  /** The configuration that applies to the file (the nearest `.layerlintrc`, as for a Dockerfile there). */
  readonly config?: LayerlintConfig;
  /**
   * Supplied by the host: reads the Dockerfile at `spec.dockerfilePath` (or takes
   * `spec.dockerfileText`), reads the build context at `spec.contextDir`, and lints it with
   * `{ context, target: spec.target, buildArgs: spec.buildArgs, config, fileName }`. Undefined when
   * it cannot (a missing Dockerfile): the builds that need it are then silent.
   */
  readonly lintDockerfile: (spec: DockerfileLintSpec) => FullLintResult | undefined;
  readonly reportUnusedDisableDirectives?: boolean;
}

export interface BuildConfigFileResult extends BuildConfigLintResult {
  readonly kind: BuildConfigKind;
  /** The builds the file describes (compose services, workflow steps, bake targets). */
  readonly builds: readonly BuildSpec[];
  /**
   * Every Dockerfile lint this file asked for, one per distinct spec. The host reports them on
   * the Dockerfiles, merging the results of one Dockerfile (`mergeLintResults` of core) across
   * builds and files, in place of that Dockerfile's plain lint.
   */
  readonly dockerfileLints: readonly { readonly spec: DockerfileLintSpec; readonly result: FullLintResult }[];
}

/** Thrown for a path that is no build configuration (`buildConfigKind` is null). */
export class NotABuildConfigError extends Error {
  constructor(readonly path: string) {
    super(`${path} is not a build configuration (compose file, .github/workflows/*.yml, docker-bake.json).`);
    this.name = "NotABuildConfigError";
  }
}

function readEnvFile(path: string): EnvFileContent | undefined {
  try {
    const stat = statSync(path);
    if (!stat.isFile() || stat.size > MAX_ENV_FILE_BYTES) return undefined;
    return { text: readFileSync(path, "utf8"), committed: isCommitted(path) };
  } catch {
    return undefined;
  }
}

function specKey(spec: DockerfileLintSpec): string {
  const args = [...spec.buildArgs].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) || Number(a.secret) - Number(b.secret));
  return JSON.stringify([spec.dockerfilePath, spec.dockerfileText, spec.contextDir, spec.target ?? null, args]);
}

/**
 * Lints a compose file, a GitHub workflow or a bake JSON file. Never throws on file contents (a
 * YAML syntax error is a `problems` entry); throws NotABuildConfigError for a path that is none.
 */
export function lintBuildConfigFile(options: LintBuildConfigFileOptions): BuildConfigFileResult {
  const path = resolve(options.path);
  const kind = buildConfigKind(path);
  if (kind === null) throw new NotABuildConfigError(options.path);
  const configDir = dirname(path);
  const parsed = parseBuildConfig(options.text, kind);
  const config = options.config ?? {};

  const lints = new Map<string, { spec: DockerfileLintSpec; result: FullLintResult | undefined }>();
  const lintOf = (build: BuildSpec) => {
    if (build.context === null || (build.dockerfile === null && build.dockerfileInline === null)) return undefined;
    const { target, buildArgs } = dockerfileLintOptions(build, config);
    const spec: DockerfileLintSpec = {
      build,
      dockerfilePath: build.dockerfile === null ? null : resolve(configDir, build.dockerfile),
      dockerfileText: build.dockerfile === null ? build.dockerfileInline : null,
      contextDir: resolve(configDir, build.context),
      target,
      buildArgs,
    };
    const key = specKey(spec);
    let lint = lints.get(key);
    if (!lint) lints.set(key, (lint = { spec, result: options.lintDockerfile(spec) }));
    return lint.result;
  };
  for (const build of parsed.builds) lintOf(build);

  const result = lintBuildConfig(parsed, {
    config,
    dockerfileFindings: (build) => lintOf(build)?.findings,
    envFile: (ref: EnvFileRef) => readEnvFile(resolve(configDir, ref.path)),
    reportUnusedDisableDirectives: options.reportUnusedDisableDirectives,
  });
  const dockerfileLints = [...lints.values()].flatMap(({ spec, result: lint }) => (lint ? [{ spec, result: lint }] : []));
  return { ...result, kind, builds: parsed.builds, dockerfileLints };
}

export interface HostBuildConfigRequest {
  /** Absolute path of the build configuration file. */
  readonly path: string;
  readonly text: string;
  /** As for `LinterHost.lintFile`: an explicit config file, settings over the config. */
  readonly configFile?: string;
  readonly overrides?: LayerlintConfig;
  readonly reportUnusedDisableDirectives?: boolean;
}

export interface HostBuildConfigResult extends BuildConfigFileResult {
  /** Builds whose Dockerfile could not be linted (unreadable, an unknown target…), for the user's log. */
  readonly warnings: readonly string[];
}

/**
 * A build configuration file linted by the same host as every Dockerfile: its config is the
 * nearest `.layerlintrc` (as for a Dockerfile beside it), and each Dockerfile its builds name is
 * linted by `host.lintFile` with the build's context, target and build args — the CLI and the
 * language server call this, not the pieces. Throws LintProblem for a broken config file.
 */
export function lintBuildConfigWithHost(host: LinterHost, request: HostBuildConfigRequest): HostBuildConfigResult {
  const warnings: string[] = [];
  const { config } = host.configForDirectory(dirname(request.path), request.configFile);
  const effective = mergeConfigs(config, request.overrides);
  const lintDockerfile = (spec: DockerfileLintSpec): FullLintResult | undefined => {
    let text: string;
    if (spec.dockerfilePath === null) {
      if (spec.dockerfileText === null) return undefined;
      text = spec.dockerfileText;
    } else {
      try {
        const stats = statSync(spec.dockerfilePath);
        if (!stats.isFile()) return undefined;
        if (stats.size > MAX_DOCKERFILE_BYTES) {
          warnings.push(`${spec.dockerfilePath}: ${tooLargeMessage(stats.size)}`);
          return undefined;
        }
        text = decodeDockerfile(readFileSync(spec.dockerfilePath));
      } catch (error) {
        // A build naming a Dockerfile that is not there (yet) is silent, as docker compose config is.
        if (error instanceof TextProblem) warnings.push(`${spec.dockerfilePath}: ${error.message}`);
        return undefined;
      }
    }
    try {
      const linted = host.lintFile({
        ...(spec.dockerfilePath === null ? {} : { path: spec.dockerfilePath }),
        source: text,
        contextDir: spec.contextDir,
        ...(spec.target === undefined ? {} : { target: spec.target }),
        buildArgs: spec.buildArgs,
        ...(request.configFile === undefined ? {} : { configFile: request.configFile }),
        ...(request.overrides === undefined ? {} : { overrides: request.overrides }),
        ...(request.reportUnusedDisableDirectives === undefined ? {} : { reportUnusedDisableDirectives: request.reportUnusedDisableDirectives }),
      });
      warnings.push(...linted.warnings);
      return linted.result;
    } catch (error) {
      if (!(error instanceof LintProblem)) throw error;
      warnings.push(`${request.path}: build "${spec.build.name}": ${error.message}`);
      return undefined;
    }
  };
  const result = lintBuildConfigFile({
    path: request.path,
    text: request.text,
    config: effective,
    lintDockerfile,
    ...(request.reportUnusedDisableDirectives === undefined ? {} : { reportUnusedDisableDirectives: request.reportUnusedDisableDirectives }),
  });
  return { ...result, warnings };
}
