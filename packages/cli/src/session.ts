import { statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import {
  checkTarget,
  mergeConfigs,
  parseDockerfile,
  redactText,
  rules,
  UnknownTargetError,
  type LayerlintConfig,
} from "@layerlint/core";
import { createLinterHost, expandPaths, LintProblem, type FileLint, type LinterHost } from "@layerlint/node";
import { unifiedDiff } from "./diff.js";
import { IgnoreFileFixes, writeIgnoreFileEdits } from "./fix.js";
import { shouldColor } from "./ansi.js";
import { loadFormatter } from "./formatters/index.js";
import type { CliIO } from "./io.js";
import type { CliOptions } from "./options.js";
import { FileProblem } from "./problem.js";
import { displayPath, errorsOnly, portablePath, printable, sumProblems, type FileResult } from "./result.js";
import { parseRuleOverrides } from "./rule-overrides.js";
import { readDockerfile, readStdin } from "./source.js";
import { cliVersion } from "./version.js";
import { checkOutputPath, writeReport } from "./write-report.js";

/** One Dockerfile to lint: a file, or standard input. */
interface Target {
  /** Absolute path, or `<stdin>`. */
  readonly filePath: string;
  /** Absolute path when there is one (config lookup, build context, per-Dockerfile ignore file). */
  readonly dockerfilePath?: string;
  readonly read: () => Promise<string>;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
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
    if (options.context !== undefined && !isDirectory(resolve(this.cwd, options.context))) {
      throw new FileProblem(`--context ${options.context}: no such directory.`);
    }
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

  private targets(): Target[] {
    const { options, io, cwd } = this;
    if (options.stdin) {
      const read = (): Promise<string> => readStdin(io.stdin);
      if (options.stdinFilename === undefined) return [{ filePath: "<stdin>", read }];
      const filePath = resolve(cwd, options.stdinFilename);
      return [{ filePath, dockerfilePath: filePath, read }];
    }
    const files = new Set<string>();
    for (const argument of options.paths) {
      const { files: found, errors } = expandPaths([argument], { cwd, ...this.ignoreSettingsFor(argument) });
      for (const error of errors) {
        if (error.kind === "unmatched") {
          // A hook in a repository without Dockerfiles must not block every commit: ESLint's switch.
          if (this.options.errorOnUnmatchedPattern) {
            this.fileError(error.path, "No Dockerfiles found (--no-error-on-unmatched-pattern allows that).");
          }
          continue;
        }
        this.fileError(error.path, /[.!?]$/.test(error.message) ? error.message : `${error.message}.`);
      }
      for (const file of found) files.add(file);
    }
    return [...files].map((file) => ({ filePath: file, dockerfilePath: file, read: () => readDockerfile(file) }));
  }

  /** One lint through the host, its warnings printed; a problem of the user's files is a FileProblem. */
  private lintOnce(target: Target, text: string, pending?: ReadonlyMap<string, string>): FileLint {
    try {
      const linted = this.host.lintFile({
        ...(target.dockerfilePath === undefined ? {} : { path: target.dockerfilePath }),
        source: text,
        ...(this.options.target === undefined ? {} : { target: this.options.target }),
        reportUnusedDisableDirectives: this.options.reportUnusedDisableDirectives,
        ...(pending === undefined ? {} : { pendingIgnoreFiles: pending }),
      });
      for (const warning of linted.warnings) this.warn(warning);
      return linted;
    } catch (error) {
      if (error instanceof LintProblem) throw new FileProblem(error.message);
      throw error;
    }
  }

  private async lintTarget(target: Target): Promise<FileResult> {
    try {
      const text = await target.read();
      const { fixes } = this;
      // With --fix, against the context as earlier Dockerfiles' fixes leave it.
      let linted = this.lintOnce(target, text, fixes?.pendingTexts());
      if (fixes === undefined || linted.context === undefined) return this.fileResult(target, linted);
      // Fix, then lint again against the context as fixed, until no fix is left (or applies).
      for (let pass = 0; pass < MAX_FIX_PASSES; pass += 1) {
        const context = linted.context;
        if (context === undefined) break;
        const { changed, refused } = fixes.apply(target.filePath, linted.result.findings, context.context, context.dir);
        for (const reason of refused) this.warn(`${displayPath(target.filePath, this.cwd)}: not fixed: ${reason}`);
        if (!changed) break;
        linted = this.lintOnce(target, text, fixes.pendingTexts());
      }
      return this.fileResult(target, linted);
    } catch (error) {
      const message =
        error instanceof FileProblem
          ? error.message
          : `Internal error: ${redactText(error instanceof Error ? error.message : String(error), [])}`;
      this.fileError(target.filePath, message);
      return { filePath: target.filePath, findings: [], unusedDirectives: [], fatal: message };
    }
  }

  /** The result of a file's last lint; a rule that crashed is reported (exit 2). */
  private fileResult(target: Target, { result, context }: FileLint): FileResult {
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
      ...(context === undefined ? {} : { contextDir: context.dir }),
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
    for (const target of this.targets()) results.push(await this.lintTarget(target));
    if (this.fixes !== undefined) await this.finishFixes(this.fixes, outputPath);

    const formatter = await loadFormatter(options.format);
    // A report written to a file gets no colour unless --color asks for it.
    const color = outputPath === undefined ? shouldColor(options.color, io.env, io.isTTY) : options.color === true;
    const output = formatter(options.quiet ? results.map(errorsOnly) : results, {
      cwd: this.cwd,
      color,
      rulesMeta: new Map([...rules].map(([id, rule]) => [id, rule.meta])),
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

