import { statSync } from "node:fs";
import { basename, dirname, resolve } from "node:path";
import { Readable } from "node:stream";
import {
  checkImage,
  escapeControlCharacters,
  imageRules,
  isSecretFile,
  redactText,
  UnknownTargetError,
  type AnyRuleId,
  type BuildContext,
  type Finding,
  type ImageDockerfile,
  type ImageRuleId,
  type LayerlintConfig,
  type RuleMeta,
} from "@layerlint/core";
import { ImageArchiveError, readBuildContext, readImageArchive, resolveContextDir } from "@layerlint/node";
import { shouldColor } from "../ansi.js";
import { ConfigResolver } from "../configs.js";
import { loadFormatter } from "../formatters/index.js";
import type { CliIO } from "../io.js";
import { UsageError } from "../options.js";
import { FileProblem } from "../problem.js";
import { displayPath, errorsOnly, sumProblems, type FileResult } from "../result.js";
import { parseRuleOverrides } from "../rule-overrides.js";
import { readDockerfile } from "../source.js";
import { cliVersion } from "../version.js";
import { writeReport } from "../write-report.js";
import { imageHelpText } from "./help.js";
import { parseImageOptions, type ImageCliOptions } from "./options.js";

const ISSUES_URL = "https://github.com/layerlint/layerlint/issues";

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** A finding that points at an instruction no Dockerfile rule flagged: a gap in the rules. */
export function isGap(finding: Finding<AnyRuleId>): boolean {
  const attribution = finding.attribution;
  return attribution !== undefined && attribution.line !== null && !attribution.fromBaseImage && attribution.predictedBy.length === 0;
}

/** The Dockerfile an image is checked against, with its build context. Throws FileProblem. */
async function dockerfileInput(
  options: ImageCliOptions,
  cwd: string,
  config: LayerlintConfig,
  configPath: string | undefined,
  warn: (message: string) => void,
): Promise<ImageDockerfile | undefined> {
  if (options.dockerfile === undefined) return undefined;
  const path = resolve(cwd, options.dockerfile);
  let text: string;
  try {
    text = await readDockerfile(path);
  } catch (error) {
    if (error instanceof FileProblem) throw new FileProblem(`${displayPath(path, cwd)}: ${error.message}`);
    throw error;
  }
  const contextDir = resolveContextDir(path, config, configPath, options.context === undefined ? undefined : resolve(cwd, options.context));
  let context: BuildContext | undefined;
  if (isDirectory(contextDir)) {
    const read = readBuildContext({ contextDir, dockerfilePath: path, isSecretFile: (p) => isSecretFile(p, config.secretFiles) });
    for (const warning of read.warnings) warn(warning);
    context = read;
  } else {
    warn(`The build context ${displayPath(contextDir, cwd)} is not a directory: predictions of the rules that need it are missing.`);
  }
  return { text, fileName: basename(path), ...(context === undefined ? {} : { context }), ...(options.target === undefined ? {} : { target: options.target }) };
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
  const configs = new ConfigResolver({
    cwd,
    ...(options.config === undefined ? {} : { explicit: resolve(cwd, options.config) }),
    lookup: options.configLookup,
    ruleOverrides: parseRuleOverrides(options.rules),
  });
  const configDir = options.dockerfile === undefined ? cwd : dirname(resolve(cwd, options.dockerfile));
  const { config, path: configPath } = configs.forDirectory(configDir);
  const dockerfile = await dockerfileInput(options, cwd, config, configPath, warn);

  const archive = options.archive === "-" ? Readable.from(io.stdin) : resolve(cwd, options.archive);
  const label = options.archive === "-" ? "<stdin>" : displayPath(archive as string, cwd);
  // An archive that cannot be read is a fatal result, as an unreadable Dockerfile is: the report is still written.
  let fatal: string | undefined;
  let images: Awaited<ReturnType<typeof readImageArchive>>["images"] = [];
  try {
    const read = await readImageArchive(archive, options.image === undefined ? {} : { image: options.image }, label);
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
    let result;
    try {
      result = checkImage(image, { config, ...(dockerfile === undefined ? {} : { dockerfile }) });
    } catch (error) {
      if (error instanceof UnknownTargetError) throw new UsageError(`--target: ${error.message}`);
      throw error;
    }
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
  const outputPath = options.outputFile === undefined ? undefined : resolve(cwd, options.outputFile);
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
