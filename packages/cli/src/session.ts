import { dirname, resolve } from "node:path";
import {
  checkTarget,
  mergeConfigs,
  mergeLintResults,
  parseDockerfile,
  redactText,
  rules,
  UnknownTargetError,
  buildConfigRules,
  type AnyRuleId,
  type FullLintResult,
  type LayerlintConfig,
  type RuleMeta,
} from "@layerlint/core";
import {
  createLinterHost,
  expandBuildConfigPaths,
  expandPaths,
  isBuildConfigFile,
  LintProblem,
  type FileLint,
  type LinterHost,
  type LintFileRequest,
} from "@layerlint/node";
import { unifiedDiff } from "./diff.js";
import { IgnoreFileFixes, writeIgnoreFileEdits } from "./fix.js";
import { shouldColor } from "./ansi.js";
import { loadFormatter } from "./formatters/index.js";
import type { CliIO } from "./io.js";
import type { CliOptions } from "./options.js";
import { checkContextOption, isDirectory } from "./option-paths.js";
import { FileProblem } from "./problem.js";
import { displayPath, errorsOnly, portablePath, printable, sumProblems, type FileResult } from "./result.js";
import { parseRuleOverrides } from "./rule-overrides.js";
import { readDockerfile, readStdin, readTextFile } from "./source.js";
import { cliVersion } from "./version.js";
import { checkOutputPath, writeReport } from "./write-report.js";

/** A Dockerfile linted as a build configuration's build builds it. */
interface BuiltLint {
  readonly result: FullLintResult;
  /** The build's context (related locations in context files are relative to it). */
  readonly contextDir: string;
}

/** One Dockerfile to lint: a file, or standard input. */
interface Target {
  /** Absolute path, or `<stdin>`. */
  readonly filePath: string;
  /** Absolute path when there is one (config lookup, build context, per-Dockerfile ignore file). */
  readonly dockerfilePath?: string;
  readonly read: () => Promise<string>;
}

/** Lint, fix, lint again: `.dockerignore` fixes settle in one or two passes; the bound stops a fix that never does. */
const MAX_FIX_PASSES = 10;

/** One linting run of the CLI: its options, where it writes, and whether something failed (exit 2). */
export class Session {
  private readonly cwd: string;
  /** Config discovery, build contexts and core, shared with the editor and ESLint (@layerlint/node). */
  private readonly host: LinterHost;
  /** With --fix or --fix-dry-run: the ignore-file edits of this run. */
  private readonly fixes: IgnoreFileFixes | undefined;
  /** Set by any usage, config or read error: the run exits 2. */
  private failed = false;
  readonly #warnings = new Set<string>();

  private readonly io: CliIO;

  constructor(
    private readonly options: CliOptions,
    io: CliIO,
  ) {
    // Diagnostics quote arguments and paths from the repository: a token there is redacted.
    this.io = { ...io, stderr: { write: (chunk: string) => io.stderr.write(redactText(chunk, [])) } };
    this.cwd = resolve(io.cwd);
    const ruleOverrides = parseRuleOverrides(options.rules);
    checkContextOption(options.context, this.cwd);
    this.host = createLinterHost({
      cwd: this.cwd,
      ...(options.config === undefined ? {} : { configFile: options.config }),
      configLookup: options.configLookup,
      ...(Object.keys(ruleOverrides).length > 0 ? { overrides: { rules: ruleOverrides } } : {}),
      ...(options.context === undefined ? {} : { contextDir: options.context }),
    });
    this.fixes = options.fix || options.fixDryRun ? new IgnoreFileFixes() : undefined;
  }

  /** The config that governs `dir`; a broken one is a FileProblem. */
  private configFor(dir: string): { config: LayerlintConfig; path?: string } {
    try {
      return this.host.configForDirectory(dir);
    } catch (error) {
      if (error instanceof LintProblem) throw new FileProblem(error.message);
      throw error;
    }
  }

  /** A problem that stops one file (or path argument) from being linted. */
  private fileError(path: string, message: string): void {
    this.failed = true;
    this.io.stderr.write(`layerlint: ${displayPath(path, this.cwd)}: ${message}\n`);
  }

  /** Something the user should know that changes nothing (an unreadable context directory). */
  private warn(message: string): void {
    if (this.#warnings.has(message)) return;
    this.#warnings.add(message);
    this.io.stderr.write(`layerlint: warning: ${message}\n`);
  }

  /** `ignorePatterns` of the config governing a path argument, for directory expansion. */
  private ignoreSettingsFor(argument: string): { ignorePatterns?: readonly string[]; ignoreBase?: string } {
    const absolute = resolve(this.cwd, argument);
    try {
      const { config, path } = this.configFor(isDirectory(absolute) ? absolute : dirname(absolute));
      return config.ignorePatterns === undefined || path === undefined ? {} : { ignorePatterns: config.ignorePatterns, ignoreBase: dirname(path) };
    } catch (error) {
      if (!(error instanceof FileProblem)) throw error;
      // The broken config is reported for each Dockerfile it governs.
      return {};
    }
  }

  /** The Dockerfiles to lint and the build configurations (compose files, workflows, bake files) among the paths. */
  private targets(): { dockerfiles: Target[]; buildConfigs: string[] } {
    const { options, io, cwd } = this;
    if (options.stdin) {
      const read = (): Promise<string> => readStdin(io.stdin);
      if (options.stdinFilename === undefined) return { dockerfiles: [{ filePath: "<stdin>", read }], buildConfigs: [] };
      const filePath = resolve(cwd, options.stdinFilename);
      return { dockerfiles: [{ filePath, dockerfilePath: filePath, read }], buildConfigs: [] };
    }
    const files = new Set<string>();
    const buildConfigs = new Set<string>();
    for (const argument of options.paths) {
      const ignore = this.ignoreSettingsFor(argument);
      const { files: found, errors } = expandPaths([argument], { cwd, ...ignore });
      const configs = expandBuildConfigPaths([argument], { cwd, ...ignore });
      for (const config of configs) buildConfigs.add(config);
      for (const error of errors) {
        if (error.kind === "unmatched") {
          // A directory with only a compose file or a workflow has something to lint.
          if (configs.length > 0) continue;
          // A hook in a repository without Dockerfiles must not block every commit: ESLint's switch.
          if (this.options.errorOnUnmatchedPattern) {
            this.fileError(error.path, "No Dockerfiles found (--no-error-on-unmatched-pattern allows that).");
          }
          continue;
        }
        this.fileError(error.path, /[.!?]$/.test(error.message) ? error.message : `${error.message}.`);
      }
      // An explicit compose file or workflow is a build configuration, not a Dockerfile.
      for (const file of found) if (!isBuildConfigFile(file)) files.add(file);
    }
    return {
      dockerfiles: [...files].map((file) => ({ filePath: file, dockerfilePath: file, read: () => readDockerfile(file) })),
      buildConfigs: [...buildConfigs].sort(),
    };
  }

  /** One lint through the host, its warnings printed; a problem of the user's files is a FileProblem. */
  private lintOnce(request: LintFileRequest): FileLint {
    try {
      const linted = this.host.lintFile({
        ...(this.options.target === undefined || request.target !== undefined ? {} : { target: this.options.target }),
        reportUnusedDisableDirectives: this.options.reportUnusedDisableDirectives,
        ...request,
      });
      for (const warning of linted.warnings) this.warn(warning);
      return linted;
    } catch (error) {
      if (error instanceof LintProblem) throw new FileProblem(error.message);
      throw error;
    }
  }

  /**
   * A lint, and with --fix its fixes: lint, fix, lint again against the context as fixed, until no
   * fix is left (or applies). Plain Dockerfiles and the Dockerfiles of a build configuration (with
   * that build's context) go through here alike.
   */
  private lintWithFixes(request: LintFileRequest, shownPath: string): FileLint {
    const { fixes } = this;
    // With --fix, against the context as earlier Dockerfiles' fixes leave it.
    let linted = this.lintOnce({ ...request, ...(fixes === undefined ? {} : { pendingIgnoreFiles: fixes.pendingTexts() }) });
    if (fixes === undefined) return linted;
    for (let pass = 0; pass < MAX_FIX_PASSES; pass += 1) {
      const context = linted.context;
      if (context === undefined) break;
      const { changed, refused } = fixes.apply(shownPath, linted.result.findings, context.context, context.dir);
      for (const reason of refused) this.warn(`${displayPath(shownPath, this.cwd)}: not fixed: ${reason}`);
      if (!changed) break;
      linted = this.lintOnce({ ...request, pendingIgnoreFiles: fixes.pendingTexts() });
    }
    return linted;
  }

  private async lintTarget(target: Target): Promise<FileResult> {
    try {
      const text = await target.read();
      const request = { ...(target.dockerfilePath === undefined ? {} : { path: target.dockerfilePath }), source: text };
      return this.fileResult(target, this.lintWithFixes(request, target.filePath));
    } catch (error) {
      return this.fatalResult(target.filePath, error);
    }
  }

  /** A file that could not be linted: the reason on stderr (exit 2), a fatal entry in the report. */
  private fatalResult(filePath: string, error: unknown): FileResult {
    const message =
      error instanceof FileProblem
        ? error.message
        : `Internal error: ${redactText(error instanceof Error ? error.message : String(error), [])}`;
    this.fileError(filePath, message);
    return { filePath, findings: [], unusedDirectives: [], fatal: message };
  }

  /**
   * A compose file, workflow or bake file: its own findings, and each Dockerfile its builds name
   * linted as that build builds it (context, target, build args), collected in `builtDockerfiles`
   * to be reported on those Dockerfiles.
   */
  private async lintBuildConfig(path: string, builtDockerfiles: Map<string, BuiltLint[]>): Promise<FileResult> {
    try {
      const { lintBuildConfigWithHost } = await import("@layerlint/node/build-config");
      const text = await readTextFile(path);
      const viaFixes: LinterHost = { ...this.host, lintFile: (request) => this.lintWithFixes(request, request.path ?? path) };
      const linted = lintBuildConfigWithHost(viaFixes, { path, text, reportUnusedDisableDirectives: this.options.reportUnusedDisableDirectives });
      for (const warning of linted.warnings) this.warn(warning);
      for (const { spec, result } of linted.dockerfileLints) {
        if (spec.dockerfilePath === null) continue;
        const lints = builtDockerfiles.get(spec.dockerfilePath) ?? [];
        lints.push({ result, contextDir: spec.contextDir });
        builtDockerfiles.set(spec.dockerfilePath, lints);
      }
      for (const ruleError of linted.ruleErrors) {
        this.fileError(path, `Internal error in rule ${ruleError.ruleId}: ${redactText(ruleError.message, [])}`);
      }
      // A YAML syntax error: the file cannot be read as the build would (docker compose refuses it too).
      if (linted.problems.length > 0) {
        const problem = linted.problems[0]!;
        throw new FileProblem(`${problem.message}${problem.span === undefined ? "" : ` (line ${problem.span.line})`}`);
      }
      return { filePath: path, findings: linted.findings, unusedDirectives: linted.unusedDirectives };
    } catch (error) {
      return this.fatalResult(path, error);
    }
  }

  /** The result of a file's last lint; a rule that crashed is reported (exit 2). */
  private fileResult(target: Target, { result, context }: Pick<FileLint, "result" | "context">, contextDir = context?.dir): FileResult {
    for (const notice of result.notices) {
      this.warn(`${displayPath(target.filePath, this.cwd)}:${notice.span.line}:${notice.span.column}: ${notice.message}`);
    }
    for (const ruleError of result.ruleErrors) {
      this.fileError(target.filePath, `Internal error in rule ${ruleError.ruleId}: ${redactText(ruleError.message, [])}`);
    }
    // The context directory places related locations in context files (SARIF, json).
    return {
      filePath: target.filePath,
      findings: result.findings,
      unusedDirectives: result.unusedDirectives,
      ...(contextDir === undefined ? {} : { contextDir }),
    };
  }

  /**
   * `--print-config FILE`: the configuration that applies to FILE, as JSON — the file it came from
   * (null: none), and every setting resolved, each rule included (`"default"` where nothing sets
   * it). Lints nothing; a `--target` that is not a stage of FILE is an error, as in a lint.
   */
  private async printConfig(file: string): Promise<number> {
    const absolute = resolve(this.cwd, file);
    try {
      const { config, path } = this.configFor(dirname(absolute));
      const target = this.options.target ?? config.target;
      if (target !== undefined && target !== "") checkTarget(parseDockerfile(await readDockerfile(absolute)), target);
      const effective = this.options.target === undefined ? config : mergeConfigs(config, { target: this.options.target });
      const ruleSettings = Object.fromEntries([...rules.keys()].map((id) => [id, effective.rules?.[id] ?? "default"]));
      const printed = { configFile: path ?? null, config: { ...effective, rules: ruleSettings } };
      this.io.stdout.write(`${JSON.stringify(printed, null, 2)}\n`);
      return 0;
    } catch (error) {
      if (!(error instanceof FileProblem) && !(error instanceof UnknownTargetError)) throw error;
      this.fileError(absolute, error.message);
      return 2;
    }
  }

  /** Checked before linting, so a typo does not cost a whole run. */
  private outputPath(): string | undefined {
    const given = this.options.outputFile;
    return given === undefined ? undefined : checkOutputPath(given, this.cwd);
  }

  /**
   * `--fix-dry-run` prints the edits as unified diffs, `--fix` writes them and names each file.
   * Both go beside a human-readable report, or to stderr when stdout carries a machine-readable one.
   */
  private async finishFixes(fixes: IgnoreFileFixes, outputPath: string | undefined): Promise<void> {
    const notes = outputPath === undefined && this.options.format !== "stylish" ? this.io.stderr : this.io.stdout;
    const { edits } = fixes;
    if (this.options.fixDryRun) {
      for (const edit of edits) notes.write(unifiedDiff(portablePath(edit.path, this.cwd), edit.before, edit.after));
      return;
    }
    const failures = await writeIgnoreFileEdits(edits);
    for (const edit of edits) {
      const failure = failures.get(edit.path);
      if (failure !== undefined) {
        this.fileError(edit.path, `Cannot write the fix: ${failure}`);
      } else {
        notes.write(`layerlint --fix: ${edit.before === null ? "created" : "updated"} ${displayPath(edit.path, this.cwd)}\n`);
      }
    }
  }

  async run(): Promise<number> {
    const { options, io } = this;
    if (options.config !== undefined) {
      // A broken --config applies to every file: nothing could be linted as the user asked.
      this.configFor(this.cwd);
    }
    if (options.printConfig !== undefined) return await this.printConfig(options.printConfig);
    const outputPath = this.outputPath();

    const results: FileResult[] = [];
    const { dockerfiles, buildConfigs } = this.targets();
    // Build configurations first: a Dockerfile one of their builds names is reported as the builds
    // build it — each way, each distinct finding once — in place of its plain lint.
    const built = new Map<string, BuiltLint[]>();
    for (const path of buildConfigs) results.push(await this.lintBuildConfig(path, built));
    const report = (target: Target, lints: readonly BuiltLint[]) =>
      this.fileResult(target, { result: mergeLintResults(lints.map((l) => l.result)) }, lints[0]!.contextDir);
    for (const target of dockerfiles) {
      const lints = target.dockerfilePath === undefined ? undefined : built.get(target.dockerfilePath);
      if (lints === undefined) {
        results.push(await this.lintTarget(target));
        continue;
      }
      built.delete(target.dockerfilePath!);
      results.push(report(target, lints));
    }
    for (const [path, lints] of built) results.push(report({ filePath: path, dockerfilePath: path, read: () => readDockerfile(path) }, lints));
    if (this.fixes !== undefined) await this.finishFixes(this.fixes, outputPath);

    const formatter = await loadFormatter(options.format);
    // A report written to a file gets no colour unless --color asks for it.
    const color = outputPath === undefined ? shouldColor(options.color, io.env, io.isTTY) : options.color === true;
    const output = formatter(options.quiet ? results.map(errorsOnly) : results, {
      cwd: this.cwd,
      color,
      // Dockerfile and build-configuration rules: SARIF describes every rule it can report.
      rulesMeta: new Map<AnyRuleId, RuleMeta>([...rules, ...buildConfigRules].map(([id, rule]) => [id, rule.meta])),
      verbose: options.verbose,
      version: await cliVersion(),
    });
    const text = output === "" || output.endsWith("\n") ? output : `${output}\n`;
    if (outputPath !== undefined) {
      const reason = await writeReport(outputPath, text);
      if (reason !== null) {
        this.failed = true;
        io.stderr.write(`layerlint: Cannot write ${printable(options.outputFile ?? "")}: ${reason}.\n`);
      }
    } else if (text !== "") {
      io.stdout.write(text);
    }

    // Like ESLint, --max-warnings counts every warning, also those --quiet leaves out.
    const { errorCount, warningCount } = sumProblems(results);
    const tooManyWarnings = options.maxWarnings !== undefined && warningCount > options.maxWarnings;
    if (errorCount === 0 && tooManyWarnings) {
      io.stderr.write(`layerlint found too many warnings (maximum: ${options.maxWarnings}).\n`);
    }
    if (this.failed) return 2;
    return errorCount > 0 || tooManyWarnings ? 1 : 0;
  }
}

