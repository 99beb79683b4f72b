/**
 * Lints one open document the way the CLI lints a file: its config file (or `layerlint.configPath`)
 * under the editor settings, its build context, core's lint, then the mappers. Runs in the lint
 * worker; never throws — every failure becomes one diagnostic and a log line.
 */
import { statSync } from "node:fs";
import { dirname } from "node:path";
import {
  ConfigError,
  isSecretFile,
  lintParsed,
  parseDockerfile,
  redactText,
  reparse,
  type ParsedDockerfile,
  rules,
  UnknownTargetError,
  validateConfig,
  type BuildContext,
  type LayerlintConfig,
  type RuleError,
} from "@layerlint/core";
import {
  ConfigFileError,
  createContextCache,
  MAX_DOCKERFILE_BYTES,
  tooLargeMessage,
  findConfigFile,
  loadConfigFile,
  resolveContextDir,
  type ContextCache,
  type ReadBuildContextResult,
} from "@layerlint/node";
import { DiagnosticSeverity, type Diagnostic } from "vscode-languageserver/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { toActionData } from "./code-actions.js";
import { uriBaseName, uriToPath } from "./documents.js";
import { toLintOptions, type Settings } from "./settings.js";
import { noticeDiagnostic, problemDiagnostic, toDiagnostic } from "./to-diagnostic.js";

export interface LintRequest {
  readonly uri: string;
  readonly version: number;
  readonly text: string;
  readonly settings: Settings;
  /** The client shows `relatedInformation`. */
  readonly relatedInformation: boolean;
}

export interface LintOutcome {
  readonly uri: string;
  readonly version: number;
  readonly diagnostics: Diagnostic[];
  /** A problem that stopped the lint (config, setting, target, size): shown to the user once. */
  readonly problem?: string;
  /** Things for the log: unreadable context directories, skipped ignore-file lines, walk bounds. */
  readonly warnings: string[];
  /** Rules that crashed (the other rules' findings are still published); messages scrubbed. */
  readonly ruleErrors: RuleError[];
}

/** Beyond this many characters a document is not linted: the CLI's cap (UTF-8 bytes ≥ characters). */
export const MAX_TEXT_LENGTH = MAX_DOCKERFILE_BYTES;
/** Time the context walk may take per lint, so an edit never waits seconds for a huge context. */
const CONTEXT_WALK_MILLIS = 1_000;
/** How long the nearest config file of a directory is trusted without a watched-file event. */
const LOOKUP_TTL_MS = 2_000;
/** Parses kept for incremental re-parsing (open documents). */
const MAX_KEPT_PARSES = 32;

/** Text from outside our control (an exception message) with any secret in it redacted. */
export function scrub(text: string): string {
  return redactText(text, []);
}

class Problem extends Error {}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function firstLineLength(text: string): number {
  const end = text.search(/\r|\n/);
  return end === -1 ? text.length : end;
}

type Loaded = { readonly config: LayerlintConfig; readonly path: string } | { readonly error: string };

/** State kept between lints: config files and build contexts, each read again only when they change. */
export class DocumentLinter {
  readonly #contexts: ContextCache;
  readonly #nearest = new Map<string, { readonly path: string | null; readonly at: number }>();
  readonly #loaded = new Map<string, { readonly stamp: string; readonly loaded: Loaded }>();
  /** One matcher per `secretFiles` setting: the context cache reuses a walk only for the same function. */
  readonly #secretMatchers = new Map<string, (path: string) => boolean>();
  /** The last parse of each document, for re-parsing only what an edit touched. */
  readonly #parses = new Map<string, ParsedDockerfile>();

  constructor(contextTtlMs = 5_000) {
    this.#contexts = createContextCache(contextTtlMs);
  }

  /** Forgets a closed document's parse. */
  forget(uri: string): void {
    this.#parses.delete(uri);
  }

  /** Forgets what a changed file may affect (everything when `path` is omitted). */
  invalidate(path?: string): void {
    this.#contexts.invalidate(path);
    this.#nearest.clear();
    if (path === undefined) this.#loaded.clear();
    else this.#loaded.delete(path);
  }

  lint(request: LintRequest): LintOutcome {
    const { uri, version, text, settings } = request;
    const warnings: string[] = [];
    const outcome = (diagnostics: Diagnostic[], rest: Partial<LintOutcome> = {}): LintOutcome => ({
      uri,
      version,
      diagnostics,
      warnings,
      ruleErrors: [],
      ...rest,
    });
    const stopped = (message: string, severity?: DiagnosticSeverity): LintOutcome =>
      outcome([problemDiagnostic(message, firstLineLength(text), severity)], { problem: message });
    try {
      if (!settings.enable) return outcome([]);
      if (settings.problem !== undefined) return stopped(settings.problem);
      const size = text.length > MAX_TEXT_LENGTH / 3 ? Buffer.byteLength(text, "utf8") : text.length;
      if (size > MAX_TEXT_LENGTH) {
        return stopped(
          `layerlint: ${tooLargeMessage(size)}`,
          DiagnosticSeverity.Information,
        );
      }
      const path = uriToPath(uri);
      const { config: fileConfig, path: configPath } = this.#configFor(path, settings);
      const { config, target } = toLintOptions(settings, fileConfig);
      const context = path === undefined ? undefined : this.#contextFor(path, config, configPath, warnings);
      const fileName = uriBaseName(uri);
      const parsed = this.#parse(uri, text);
      const result = lintParsed(parsed, {
        config,
        ...(target === undefined ? {} : { target }),
        ...(context === undefined ? {} : { context: context.context }),
        ...(fileName === "" ? {} : { fileName }),
      });
      const document = TextDocument.create(uri, "dockerfile", version, text);
      const diagnostics = result.findings.map((finding) =>
        toDiagnostic(finding, {
          uri,
          relatedInformation: request.relatedInformation,
          data: toActionData(finding, {
            document,
            parsed,
            ...(context === undefined ? {} : { contextDir: context.dir, ignoreFile: context.context.ignoreFile }),
          }),
        }),
      );
      diagnostics.push(...result.notices.map(noticeDiagnostic));
      return outcome(diagnostics, {
        ruleErrors: result.ruleErrors.map((error) => ({ ruleId: error.ruleId, message: scrub(error.message) })),
      });
    } catch (error) {
      if (error instanceof Problem || error instanceof UnknownTargetError) return stopped(error.message);
      const message = `layerlint failed on this file: ${scrub(error instanceof Error ? (error.stack ?? error.message) : String(error))}`;
      return outcome([problemDiagnostic(message.split("\n")[0]!, firstLineLength(text), DiagnosticSeverity.Warning)], {
        warnings: [...warnings, message],
      });
    }
  }

  #parse(uri: string, text: string): ParsedDockerfile {
    const previous = this.#parses.get(uri);
    let parsed: ParsedDockerfile;
    try {
      parsed = reparse(previous, text);
    } catch {
      // The incremental path must never cost a lint: a full parse is always right.
      parsed = parseDockerfile(text);
    }
    this.#parses.delete(uri);
    this.#parses.set(uri, parsed);
    if (this.#parses.size > MAX_KEPT_PARSES) this.#parses.delete(this.#parses.keys().next().value as string);
    return parsed;
  }

  /** The config file's config (none for untitled documents without `configPath`). Throws Problem. */
  #configFor(path: string | undefined, settings: Settings): { config?: LayerlintConfig; path?: string } {
    const configPath = settings.configPath ?? (path === undefined ? null : this.#nearestConfig(dirname(path)));
    if (configPath === null) return {};
    const loaded = this.#load(configPath);
    if ("error" in loaded) throw new Problem(loaded.error);
    return loaded;
  }

  #nearestConfig(dir: string): string | null {
    const now = Date.now();
    const held = this.#nearest.get(dir);
    if (held !== undefined && now - held.at < LOOKUP_TTL_MS) return held.path;
    const path = findConfigFile(dir);
    this.#nearest.set(dir, { path, at: now });
    return path;
  }

  /** Reads and validates a config file, again only when its size or modification time changed. */
  #load(path: string): Loaded {
    let stamp = "missing";
    try {
      const stats = statSync(path);
      stamp = `${stats.mtimeMs}:${stats.size}`;
    } catch {
      // loadConfigFile reports it.
    }
    const held = this.#loaded.get(path);
    if (held !== undefined && held.stamp === stamp) return held.loaded;
    let loaded: Loaded;
    try {
      const file = loadConfigFile(path);
      loaded = { config: validateConfig(file.raw, file.path, rules), path: file.path };
    } catch (error) {
      if (!(error instanceof ConfigFileError || error instanceof ConfigError)) throw error;
      loaded = { error: error.message };
    }
    this.#loaded.set(path, { stamp, loaded });
    return loaded;
  }

  #contextFor(
    dockerfilePath: string,
    config: LayerlintConfig,
    configPath: string | undefined,
    warnings: string[],
  ): { dir: string; context: BuildContext & Pick<ReadBuildContextResult, "ignoreFile"> } | undefined {
    let dir: string;
    try {
      dir = resolveContextDir(dockerfilePath, config, configPath);
    } catch (error) {
      if (error instanceof ConfigFileError) throw new Problem(error.message);
      throw error;
    }
    if (!isDirectory(dir)) {
      // No context is better than an empty one, which would look like a context without .dockerignore.
      warnings.push(`The build context ${dir} is not a directory: rules that need the context were skipped.`);
      return undefined;
    }
    const context = this.#contexts.get({
      contextDir: dir,
      dockerfilePath,
      isSecretFile: this.#secretMatcher(config.secretFiles),
      maxMillis: CONTEXT_WALK_MILLIS,
    });
    warnings.push(...context.warnings);
    if (context.truncated !== undefined) warnings.push(`${dir}: ${context.truncated}`);
    return { dir, context };
  }

  #secretMatcher(lists: LayerlintConfig["secretFiles"]): (path: string) => boolean {
    const key = JSON.stringify(lists ?? null);
    let matcher = this.#secretMatchers.get(key);
    if (matcher === undefined) {
      matcher = (path) => isSecretFile(path, lists);
      this.#secretMatchers.set(key, matcher);
    }
    return matcher;
  }
}
