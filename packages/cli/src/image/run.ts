import { basename, resolve } from "node:path";
import { Readable } from "node:stream";
import {
  checkImage,
  escapeControlCharacters,
  imageRules,
  redactText,
  type AnyRuleId,
  type Finding,
  type ImageDockerfile,
  type ImageRuleId,
  type LayerlintConfig,
  type RuleMeta,
} from "@layerlint/core";
import { createLinterHost, ImageArchiveError, LintProblem, readImageArchive, type LinterHost } from "@layerlint/node";
import { shouldColor } from "../ansi.js";
import { loadFormatter } from "../formatters/index.js";
import type { CliIO } from "../io.js";
import { checkContextOption } from "../option-paths.js";
import { FileProblem } from "../problem.js";
import { displayPath, errorsOnly, sumProblems, type FileResult } from "../result.js";
import { parseRuleOverrides } from "../rule-overrides.js";
import { readDockerfile } from "../source.js";
import { cliVersion } from "../version.js";
import { checkOutputPath, writeReport } from "../write-report.js";
import { imageHelpText } from "./help.js";
import { parseImageOptions, type ImageCliOptions } from "./options.js";

const ISSUES_URL = "https://github.com/layerlint/layerlint/issues";

/** A finding that points at an instruction no Dockerfile rule flagged: a gap in the rules. */
export function isGap(finding: Finding<AnyRuleId>): boolean {
  const attribution = finding.attribution;
  return attribution !== undefined && attribution.line !== null && !attribution.fromBaseImage && attribution.predictedBy.length === 0;
}

/**
 * The Dockerfile an image is checked against, with the config and build context the linter host
 * gives it (as for `layerlint Dockerfile`), or, without one, the config of the working directory.
 * Throws FileProblem.
 */
async function configAndDockerfile(
  host: LinterHost,
  options: ImageCliOptions,
  cwd: string,
  warn: (message: string) => void,
): Promise<{ config: LayerlintConfig; dockerfile?: ImageDockerfile }> {
  try {
    if (options.dockerfile === undefined) return { config: host.configForDirectory(cwd).config };
    const path = resolve(cwd, options.dockerfile);
    let text: string;
    try {
      text = await readDockerfile(path);
    } catch (error) {
      if (error instanceof FileProblem) throw new FileProblem(`${displayPath(path, cwd)}: ${error.message}`);
      throw error;
    }
    let linted;
    try {
      linted = host.lintFile({ path, source: text, ...(options.target === undefined ? {} : { target: options.target }) });
    } catch (error) {
      // As `layerlint Dockerfile` says it: the Dockerfile, then the problem (its config, its target).
      if (error instanceof LintProblem) throw new FileProblem(`${displayPath(path, cwd)}: ${error.message}`);
      throw error;
    }
    for (const warning of linted.warnings) warn(warning);
    const context = linted.context?.context;
    return {
      config: linted.config,
      dockerfile: { text, fileName: basename(path), ...(context === undefined ? {} : { context }), ...(options.target === undefined ? {} : { target: options.target }) },
    };
  } catch (error) {
    if (error instanceof LintProblem) throw new FileProblem(error.message);
    throw error;
  }
}

/**
 * `layerlint image ARCHIVE`: reads the archive's images, checks each (against the Dockerfile when
 * given), prints one report in the chosen format. Exit status as for Dockerfiles; a layer that could
 * not be read to its end, an unreadable archive or Dockerfile, or a bad option is 2.
 */
export async function imageMain(argv: readonly string[], io: CliIO): Promise<number> {
  const options = parseImageOptions(argv);
  if (options.help) {
    io.stdout.write(imageHelpText());
    return 0;
  }
  const cwd = resolve(io.cwd);
  // One line per call; text from the archive is redacted, then its control characters escaped (a
  // member name cannot forge a line of output).
  const stderr = (line: string) => io.stderr.write(`${escapeControlCharacters(redactText(line, []))}\n`);
  const warned = new Set<string>();
  const warn = (message: string) => {
    if (warned.has(message)) return;
    warned.add(message);
    stderr(`layerlint: warning: ${message}`);
  };
  let failed = false;
  const ruleOverrides = parseRuleOverrides(options.rules);
  checkContextOption(options.context, cwd);
  const host = createLinterHost({
    cwd,
    ...(options.config === undefined ? {} : { configFile: options.config }),
    configLookup: options.configLookup,
    ...(Object.keys(ruleOverrides).length > 0 ? { overrides: { rules: ruleOverrides } } : {}),
    ...(options.context === undefined ? {} : { contextDir: options.context }),
  });
  const { config, dockerfile } = await configAndDockerfile(host, options, cwd, warn);
  // Checked before the archive is read, so a typo does not cost a whole scan.
  const outputPath = options.outputFile === undefined ? undefined : checkOutputPath(options.outputFile, cwd);

  const archive = options.archive === "-" ? Readable.from(io.stdin) : resolve(cwd, options.archive);
  const label = options.archive === "-" ? "<stdin>" : displayPath(archive as string, cwd);
  // An archive that cannot be read is a fatal result, as an unreadable Dockerfile is: the report is still written.
  let fatal: string | undefined;
  let images: Awaited<ReturnType<typeof readImageArchive>>["images"] = [];
  try {
    // The config's secretFiles and secretNames lists judge layer files by name and by content, as in a Dockerfile lint.
    const scan = { ...(config.secretFiles === undefined ? {} : { files: config.secretFiles }), ...(config.secretNames === undefined ? {} : { names: config.secretNames }) };
    const read = await readImageArchive(archive, { ...(options.image === undefined ? {} : { image: options.image }), scan }, label);
    for (const warning of read.warnings) warn(warning);
    images = read.images;
  } catch (error) {
    if (!(error instanceof ImageArchiveError)) throw error;
    fatal = error.message;
    failed = true;
    stderr(`layerlint: ${error.message}`);
  }

  const findings: Finding<ImageRuleId>[] = [];
  for (const image of images) {
    // The host has checked the target: checkImage meets only stages the Dockerfile has.
    const result = checkImage(image, { config, ...(dockerfile === undefined ? {} : { dockerfile }) });
    for (const warning of result.warnings) warn(warning);
    for (const note of result.notes) stderr(`layerlint: note: ${note}`);
    for (const problem of result.incomplete) {
      failed = true;
      stderr(`layerlint: ${label}: ${problem}`);
    }
    findings.push(...result.findings);
  }

  const filePath = dockerfile === undefined ? (options.archive === "-" ? "<stdin>" : (archive as string)) : resolve(cwd, options.dockerfile!);
  const results: FileResult[] = [{ filePath, findings, unusedDirectives: [], ...(fatal === undefined ? {} : { fatal }) }];
  const formatter = await loadFormatter(options.format);
  const color = outputPath === undefined ? shouldColor(options.color, io.env, io.isTTY) : options.color === true;
  const output = formatter(options.quiet ? results.map(errorsOnly) : results, {
    cwd,
    color,
    rulesMeta: new Map<AnyRuleId, RuleMeta>([...imageRules].map(([id, rule]) => [id, rule.meta])),
    version: await cliVersion(),
  });
  const text = output === "" || output.endsWith("\n") ? output : `${output}\n`;
  if (outputPath === undefined) {
    if (text !== "") io.stdout.write(text);
  } else {
    const problem = await writeReport(outputPath, text);
    if (problem !== null) {
      failed = true;
      stderr(`layerlint: Cannot write ${displayPath(outputPath, cwd)}: ${problem}.`);
    }
  }

  const gaps = findings.filter(isGap).length;
  if (gaps > 0) {
    stderr(
      `layerlint: ${gaps === 1 ? "1 secret" : `${gaps} secrets`} in the image ${gaps === 1 ? "comes" : "come"} from an instruction no Dockerfile rule flagged: ` +
        `a gap in layerlint's rules. Please report ${gaps === 1 ? "it" : "them"} at ${ISSUES_URL}.`,
    );
  }
  const { errorCount, warningCount } = sumProblems(results);
  const tooManyWarnings = options.maxWarnings !== undefined && warningCount > options.maxWarnings;
  if (errorCount === 0 && tooManyWarnings) stderr(`layerlint found too many warnings (maximum: ${options.maxWarnings}).`);
  if (failed) return 2;
  return errorCount > 0 || tooManyWarnings ? 1 : 0;
}
