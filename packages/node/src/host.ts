/**
 * The linter host: "lint a Dockerfile on disk", written once for every front end. It owns config
 * discovery, validation and caching; the build context (which directory, which ignore file, the
 * bounded walk and its cache, the contents of the files the copies send, the context as `--fix`
 * will leave it); and hands core one complete set of options. The CLI, the language server and the ESLint plugin are adapters of it, so a
 * Dockerfile gets the same findings from each by construction.
 *
 * Synchronous (ESLint rules are). Never throws for a problem of the user's files: a config that
 * cannot be read or is invalid, a context that is not a directory or lies outside the
 * repository, an unknown target — each is a `LintProblem` with a message that names the file and
 * the problem, for the front end to show its way.
 */
import { statSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import {
  ConfigError,
  contextScope,
  escapeControlCharacters,
  isSecretFile,
  lintParsed,
  mergeConfigs,
  parseDockerfile,
  rules,
  UnknownTargetError,
  validateConfig,
  type BuildArgInput,
  type BuildContext,
  type ContextContents,
  type FullLintResult,
  type LayerlintConfig,
  type ParsedDockerfile,
} from "@layerlint/core";
import { ConfigFileError, findConfigFile, loadConfigFile, resolveContextDir } from "./config-file.js";
import { createContentsCache, withContextContents } from "./context-contents.js";
import { createContextCache, findIgnoreFile, type ReadBuildContextResult } from "./context.js";
import { compileDockerignore } from "./dockerignore.js";

/** A problem with the user's files or settings that stops one Dockerfile's lint. */
export class LintProblem extends Error {
  override readonly name = "LintProblem";
}

export interface WalkLimits {
  /** Directory entries the context walk looks at before giving up (default 50,000). */
  readonly maxEntries?: number;
  /** Milliseconds the context walk may take (default 2,000). */
  readonly maxMillis?: number;
}

export interface LinterHostOptions {
  /** Relative paths (a config file, a context) are resolved against it. */
  readonly cwd: string;
  /** An explicit config file (`--config`, `layerlint.configPath`): no lookup then. */
  readonly configFile?: string;
  /** Look up the nearest `.layerlintrc.*` walking up from each Dockerfile (default true). */
  readonly configLookup?: boolean;
  /** Settings layered over every file's config (`--rule`, the editor's `layerlint.rules`). */
  readonly overrides?: LayerlintConfig;
  /** The build context of every Dockerfile (`--context`). */
  readonly contextDir?: string;
  readonly walk?: WalkLimits;
  /**
   * How long a config lookup, a config file and a context walk are trusted before they are read
   * again (besides `invalidate`): a CLI run reads each once; an editor or an ESLint server
   * re-reads after a few seconds.
   */
  readonly cacheTtlMs?: number;
}

export interface LintFileRequest {
  /** Absolute path on disk; absent for standard input or an untitled document (no context, no lookup). */
  readonly path?: string;
  /** The text, or a parse of it the front end already made (ESLint parses once; the editor incrementally). */
  readonly source: string | ParsedDockerfile;
  /** Overrides the config's `target`. */
  readonly target?: string;
  /** Overrides the host's config file for this lint (an editor's per-folder `configPath`). */
  readonly configFile?: string;
  /** Settings layered over the config and the host's overrides (ESLint's rule settings). */
  readonly overrides?: LayerlintConfig;
  /** The build context of this lint (ESLint's `context` language option), over the host's. */
  readonly contextDir?: string;
  readonly reportUnusedDisableDirectives?: boolean;
  /** The build args a build configuration passes (compose, a workflow, bake), and which carry a secret. */
  readonly buildArgs?: readonly BuildArgInput[];
  /** False when the front end applies its own suppression comments (default true). */
  readonly applySuppressions?: boolean;
  /**
   * Ignore files as pending fixes will leave them (absolute path → text): the lint sees the
   * context as it will be once they are written, with BuildKit's precedence of ignore files.
   */
  readonly pendingIgnoreFiles?: ReadonlyMap<string, string>;
}

export interface LintedContext {
  /** Absolute context directory. */
  readonly dir: string;
  readonly context: BuildContext & Pick<ReadBuildContextResult, "ignoreFile">;
  /** Where the applying ignore file is on disk (or will be, for a pending one), or null. */
  readonly ignoreFilePath: string | null;
}

export interface FileLint {
  readonly parsed: ParsedDockerfile;
  readonly result: FullLintResult;
  /** The effective configuration of this lint. */
  readonly config: LayerlintConfig;
  /** The config file it came from (absolute), if any. */
  readonly configPath?: string;
  /** The build context the lint saw; absent when there is none. */
  readonly context?: LintedContext;
  /** For the user's log: walk bounds, unreadable directories, skipped ignore-file lines, a missing context. */
  readonly warnings: readonly string[];
}

export interface EffectiveConfig {
  readonly config: LayerlintConfig;
  readonly path?: string;
}

export interface LinterHost {
  /** Lints one Dockerfile. Throws LintProblem (nothing else for the user's files). */
  lintFile(request: LintFileRequest): FileLint;
  /** The config that governs files in `dir` (absolute): `--print-config`, `ignorePatterns`. Throws LintProblem. */
  configForDirectory(dir: string, configFile?: string): EffectiveConfig;
  /** Forgets what a changed file may affect (everything when `path` is omitted). */
  invalidate(path?: string): void;
}

type Loaded = { readonly config: LayerlintConfig; readonly path: string } | { readonly error: string };

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Size and modification time: a config file is read again only when they change. */
function stampOf(path: string): string {
  try {
    const stats = statSync(path);
    return `${stats.mtimeMs}:${stats.size}`;
  } catch {
    return "missing";
  }
}

function toSlash(path: string): string {
  return sep === "/" ? path : path.split(sep).join("/");
}

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== "" && rel.split(sep)[0] !== ".." && !isAbsolute(rel);
}

const MAX_MATCHERS = 64;
/** Instructions whose text decides which context files the copies send (sources, variables, stages). */
const COPY_KEYWORDS: ReadonlySet<string> = new Set(["COPY", "ADD", "ARG", "ENV", "FROM", "WORKDIR"]);

/**
 * What decides which files `withContextContents` reads for a Dockerfile: its COPY/ADD sources and
 * what they expand with, and the `contextFiles`/`secretFiles` settings. An edit elsewhere (a RUN,
 * a comment) reads nothing again.
 */
function contentsKey(parsed: ParsedDockerfile, config: LayerlintConfig): string {
  const parts: string[] = [JSON.stringify([config.contextFiles ?? null, config.secretFiles ?? null, config.secretNames ?? null])];
  for (const instruction of parsed.instructions) {
    if (COPY_KEYWORDS.has(instruction.keyword)) parts.push(parsed.text.slice(instruction.span.start, instruction.span.end));
  }
  return parts.join("\0");
}

export function createLinterHost(options: LinterHostOptions): LinterHost {
  const cwd = resolve(options.cwd);
  const ttl = options.cacheTtlMs ?? Number.POSITIVE_INFINITY;
  const lookup = options.configLookup ?? true;
  const hostConfigFile = options.configFile === undefined ? undefined : resolve(cwd, options.configFile);
  const hostContextDir = options.contextDir === undefined ? undefined : resolve(cwd, options.contextDir);
  const contexts = createContextCache(Number.isFinite(ttl) ? ttl : 2 ** 31);
  const nearest = new Map<string, { readonly path: string | null; readonly at: number }>();
  const loaded = new Map<string, { readonly stamp: string; readonly loaded: Loaded }>();
  /** One detector per `secretFiles` setting: the context cache reuses a walk only for the same function. */
  const secretMatchers = new Map<string, (path: string) => boolean>();
  /** File reads, kept across lints (checked by size, mtime and inode); core memoises the scans. */
  const contentsCache = createContentsCache();
  /** Contents read per walk (a walk lives as long as the context cache keeps it) and per `contentsKey`. */
  const contentsByWalk = new WeakMap<ReadBuildContextResult, Map<string, ContextContents | undefined>>();

  const load = (path: string): Loaded => {
    const held = loaded.get(path);
    // One run (an infinite TTL) reads each file once; a long-lived host re-reads a file when its
    // size or modification time changed (a stat per lint: an edit to the config shows at once).
    if (held !== undefined && !Number.isFinite(ttl)) return held.loaded;
    const stamp = stampOf(path);
    if (held !== undefined && held.stamp === stamp) return held.loaded;
    let result: Loaded;
    try {
      const file = loadConfigFile(path);
      result = { config: validateConfig(file.raw, displayConfigPath(file.path), rules), path: file.path };
    } catch (error) {
      if (!(error instanceof ConfigFileError || error instanceof ConfigError)) throw error;
      result = { error: error.message };
    }
    loaded.set(path, { stamp, loaded: result });
    return result;
  };

  /** Config errors name the file relative to the working directory when it lies inside it. */
  const displayConfigPath = (path: string): string => {
    const rel = relative(cwd, path);
    return escapeControlCharacters(rel === "" || rel.startsWith("..") || isAbsolute(rel) ? path : rel);
  };

  const nearestConfig = (dir: string): string | null => {
    const now = Date.now();
    const held = nearest.get(dir);
    if (held !== undefined && now - held.at < ttl) return held.path;
    const path = findConfigFile(dir);
    nearest.set(dir, { path, at: now });
    return path;
  };

  const configForDirectory = (dir: string, configFile?: string): EffectiveConfig => {
    const explicit = configFile === undefined ? hostConfigFile : resolve(cwd, configFile);
    const path = explicit ?? (lookup ? nearestConfig(resolve(dir)) : null);
    if (path === null) return { config: mergeConfigs(options.overrides) };
    const file = load(path);
    if ("error" in file) throw new LintProblem(file.error);
    return { config: mergeConfigs(file.config, options.overrides), path: file.path };
  };

  const secretMatcher = (lists: LayerlintConfig["secretFiles"]): ((path: string) => boolean) => {
    const key = JSON.stringify(lists ?? null);
    let matcher = secretMatchers.get(key);
    if (matcher === undefined) {
      matcher = (path) => isSecretFile(path, lists);
      if (secretMatchers.size >= MAX_MATCHERS) secretMatchers.clear();
      secretMatchers.set(key, matcher);
    }
    return matcher;
  };

  /**
   * The contents of the files this Dockerfile's copies send (`withContextContents`), read once per
   * walk and set of copy sources. Bounds hit are reported in `warnings`.
   */
  const contentsFor = (
    disk: ReadBuildContextResult,
    dir: string,
    parsed: ParsedDockerfile,
    config: LayerlintConfig,
    dockerfilePath: string | undefined,
    warnings: string[],
  ): ContextContents | undefined => {
    let byKey = contentsByWalk.get(disk);
    if (byKey === undefined) contentsByWalk.set(disk, (byKey = new Map()));
    const key = contentsKey(parsed, config);
    let contents: ContextContents | undefined;
    if (byKey.has(key)) contents = byKey.get(key);
    else {
      contents = withContextContents(disk, {
        contextDir: dir,
        dockerfile: parsed,
        lint: { config, ...(dockerfilePath === undefined ? {} : { fileName: basename(dockerfilePath) }) },
        cache: contentsCache,
        ...(dockerfilePath === undefined ? {} : { dockerfilePath }),
      }).contents;
      if (byKey.size >= MAX_MATCHERS) byKey.clear();
      byKey.set(key, contents);
    }
    if (disk.filesTruncated !== undefined) warnings.push(`${displayConfigPath(dir)}: ${disk.filesTruncated}`);
    if (contents?.budgetHit !== undefined) warnings.push(`${displayConfigPath(dir)}: ${contents.budgetHit}`);
    return contents;
  };

  /** The context as pending ignore-file edits will leave it (BuildKit's precedence of ignore files). */
  const withPending = (
    disk: ReadBuildContextResult,
    dir: string,
    dockerfilePath: string | undefined,
    pending: ReadonlyMap<string, string> | undefined,
  ): LintedContext => {
    const onDisk = findIgnoreFile(dir, dockerfilePath);
    const diskPath = onDisk?.absolutePath ?? null;
    if (pending === undefined || pending.size === 0) return { dir, context: disk, ignoreFilePath: diskPath };
    const candidates: [string, boolean][] = [[join(dir, ".dockerignore"), false]];
    if (dockerfilePath !== undefined) candidates.unshift([join(dirname(dockerfilePath), `${basename(dockerfilePath)}.dockerignore`), true]);
    for (const [path, perDockerfile] of candidates) {
      const text = pending.get(path);
      if (text !== undefined) {
        const matcher = compileDockerignore(text);
        return {
          dir,
          ignoreFilePath: path,
          context: {
            ignoreFile: { path: isInside(dir, path) ? toSlash(relative(dir, path)) : path, text, perDockerfile },
            isExcluded: (file) => matcher.isExcluded(file),
            // The walk saw at least every file the new text leaves in: fixes only add exclusions.
            secretFiles: disk.secretFiles.filter((file) => !matcher.isExcluded(file.path)),
            ...(disk.truncated === undefined ? {} : { truncated: disk.truncated, unchecked: disk.unchecked ?? [] }),
            // The contents read stay valid: the content rule checks each file against the new text.
            ...(disk.contents === undefined ? {} : { contents: disk.contents }),
          },
        };
      }
      if (path === diskPath) break;
    }
    return { dir, context: disk, ignoreFilePath: diskPath };
  };

  const contextFor = (
    request: LintFileRequest,
    parsed: ParsedDockerfile,
    config: LayerlintConfig,
    configPath: string | undefined,
    warnings: string[],
  ): LintedContext | undefined => {
    const override = request.contextDir === undefined ? hostContextDir : resolve(cwd, request.contextDir);
    // A context the front end names explicitly (ESLint's `context` option) must exist.
    if (request.contextDir !== undefined && override !== undefined && !isDirectory(override)) {
      throw new LintProblem(`the build context ${JSON.stringify(request.contextDir)} resolves to ${override}, which is not a directory.`);
    }
    let dir: string | undefined;
    try {
      dir = request.path === undefined ? override : resolveContextDir(request.path, config, configPath, override);
    } catch (error) {
      if (error instanceof ConfigFileError) throw new LintProblem(error.message);
      throw error;
    }
    if (dir === undefined) return undefined;
    if (!isDirectory(dir)) {
      // No context is better than an empty one, which would look like a context without .dockerignore.
      warnings.push(`The build context ${displayConfigPath(dir)} is not a directory: rules that need the context were skipped.`);
      return undefined;
    }
    const disk = contexts.get({
      contextDir: dir,
      ...(request.path === undefined ? {} : { dockerfilePath: request.path }),
      isSecretFile: secretMatcher(config.secretFiles),
      ...(options.walk?.maxEntries === undefined ? {} : { maxEntries: options.walk.maxEntries }),
      ...(options.walk?.maxMillis === undefined ? {} : { maxMillis: options.walk.maxMillis }),
      // The files it passes, for the content scan of no-secret-in-context-file.
      collectFiles: true,
      // Only what the COPY/ADD sources can send: `COPY package.json .` is one stat, not a walk of
      // node_modules; a Dockerfile that copies nothing from its context reads only the ignore file.
      scope: contextScope(parsed, { config }) ?? [],
    });
    warnings.push(...disk.warnings);
    if (disk.truncated !== undefined) warnings.push(`${displayConfigPath(dir)}: ${disk.truncated}`);
    const contents = contentsFor(disk, dir, parsed, config, request.path, warnings);
    return withPending(contents === undefined ? disk : { ...disk, contents }, dir, request.path, request.pendingIgnoreFiles);
  };

  return {
    configForDirectory,

    lintFile(request) {
      const warnings: string[] = [];
      const dir = request.path === undefined ? cwd : dirname(request.path);
      const effective = configForDirectory(dir, request.configFile);
      const config = mergeConfigs(effective.config, request.overrides);
      const parsed = typeof request.source === "string" ? parseDockerfile(request.source) : request.source;
      const context = contextFor(request, parsed, config, effective.path, warnings);
      let result: FullLintResult;
      try {
        result = lintParsed(parsed, {
          config,
          ...(request.target === undefined || request.target === "" ? {} : { target: request.target }),
          ...(context === undefined ? {} : { context: context.context }),
          ...(request.path === undefined ? {} : { fileName: basename(request.path) }),
          ...(request.buildArgs === undefined ? {} : { buildArgs: request.buildArgs }),
          reportUnusedDisableDirectives: request.reportUnusedDisableDirectives ?? false,
          applySuppressions: request.applySuppressions ?? true,
        });
      } catch (error) {
        if (error instanceof UnknownTargetError) throw new LintProblem(error.message);
        throw error;
      }
      return {
        parsed,
        result,
        config,
        ...(effective.path === undefined ? {} : { configPath: effective.path }),
        ...(context === undefined ? {} : { context }),
        warnings,
      };
    },

    invalidate(path) {
      contexts.invalidate(path);
      contentsCache.invalidate(path);
      nearest.clear();
      if (path === undefined) loaded.clear();
      else loaded.delete(resolve(path));
    },
  };
}
