/**
 * Lints one open document the way the CLI lints a file: its config file (or `layerlint.configPath`)
 * under the editor settings, its build context, core's lint, then the mappers. Runs in the lint
 * worker; never throws — every failure becomes one diagnostic and a log line.
 */
import { parseDockerfile, redactText, reparse, type LayerlintConfig, type ParsedDockerfile, type RuleError } from "@layerlint/core";
import { createLinterHost, isBuildConfigFile, LintProblem, MAX_DOCKERFILE_BYTES, tooLargeMessage, type LinterHost } from "@layerlint/node";
import { lintBuildConfigWithHost } from "@layerlint/node/build-config";
import { DiagnosticSeverity, type Diagnostic } from "vscode-languageserver/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { toActionData } from "./code-actions.js";
import { uriToPath } from "./documents.js";
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
/** How long config lookups, config files and context walks are trusted without a watched-file event. */
const CACHE_TTL_MS = 2_000;
/** Parses kept for incremental re-parsing (open documents). */
const MAX_KEPT_PARSES = 32;

/** Text from outside our control (an exception message) with any secret in it redacted. */
export function scrub(text: string): string {
  return redactText(text, []);
}

function firstLineLength(text: string): number {
  const end = text.search(/\r|\n/);
  return end === -1 ? text.length : end;
}

/** State kept between lints: the host's caches (configs, contexts) and the documents' last parses. */
export class DocumentLinter {
  readonly #host: LinterHost;
  /** The last parse of each document, for re-parsing only what an edit touched. */
  readonly #parses = new Map<string, ParsedDockerfile>();

  constructor(cacheTtlMs = CACHE_TTL_MS) {
    this.#host = createLinterHost({ cwd: process.cwd(), cacheTtlMs, walk: { maxMillis: CONTEXT_WALK_MILLIS } });
  }

  /** Forgets a closed document's parse. */
  forget(uri: string): void {
    this.#parses.delete(uri);
  }

  /** Forgets what a changed file may affect (everything when `path` is omitted). */
  invalidate(path?: string): void {
    this.#host.invalidate(path);
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
      if (size > MAX_TEXT_LENGTH) return stopped(`layerlint: ${tooLargeMessage(size)}`, DiagnosticSeverity.Information);
      const path = uriToPath(uri);
      const { config, target } = toLintOptions(settings, undefined);
      if (path !== undefined && isBuildConfigFile(path)) return this.#lintBuildConfig(request, path, config, warnings, outcome);
      const linted = this.#host.lintFile({
        ...(path === undefined ? {} : { path }),
        source: this.#parse(uri, text),
        ...(target === undefined ? {} : { target }),
        ...(settings.configPath === undefined ? {} : { configFile: settings.configPath }),
        ...(config.rules === undefined ? {} : { overrides: { rules: config.rules } }),
      });
      warnings.push(...linted.warnings);
      const { parsed, result, context } = linted;
      const document = TextDocument.create(uri, "dockerfile", version, text);
      const diagnostics = result.findings.map((finding) =>
        toDiagnostic(finding, {
          uri,
          relatedInformation: request.relatedInformation,
          ...(context === undefined ? {} : { contextDir: context.dir }),
          data: toActionData(finding, {
            document,
            parsed,
            ...(context === undefined ? {} : { contextDir: context.dir, ignoreFile: context.context.ignoreFile }),
          }),
        }),
      );
      diagnostics.push(...result.notices.map(noticeDiagnostic));
      return outcome(diagnostics, { ruleErrors: [...result.ruleErrors] });
    } catch (error) {
      if (error instanceof LintProblem) return stopped(error.message);
      const message = `layerlint failed on this file: ${scrub(error instanceof Error ? (error.stack ?? error.message) : String(error))}`;
      return outcome([problemDiagnostic(message.split("\n")[0]!, firstLineLength(text), DiagnosticSeverity.Warning)], {
        warnings: [...warnings, message],
      });
    }
  }

  /** A compose file, workflow or bake file: its findings, at their keys; syntax problems as one diagnostic. */
  #lintBuildConfig(
    request: LintRequest,
    path: string,
    config: LayerlintConfig,
    warnings: string[],
    outcome: (diagnostics: Diagnostic[], rest?: Partial<LintOutcome>) => LintOutcome,
  ): LintOutcome {
    const { settings, text, version, uri } = request;
    const linted = lintBuildConfigWithHost(this.#host, {
      path,
      text,
      ...(settings.configPath === undefined ? {} : { configFile: settings.configPath }),
      ...(config.rules === undefined ? {} : { overrides: { rules: config.rules } }),
    });
    warnings.push(...linted.warnings);
    const diagnostics = linted.findings.map((finding) =>
      toDiagnostic(finding, {
        uri,
        relatedInformation: request.relatedInformation,
        // Build-configuration findings carry no edits; a YAML disable comment is typed by hand.
        data: { ruleId: finding.ruleId, channel: finding.channel, version, fixes: [] },
      }),
    );
    for (const problem of linted.problems) {
      diagnostics.push(problemDiagnostic(problem.message, firstLineLength(text), DiagnosticSeverity.Error));
    }
    return outcome(diagnostics, { ruleErrors: [...linted.ruleErrors] });
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
}
