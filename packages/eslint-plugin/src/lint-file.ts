/**
 * Runs core once per linted file and shares the result between the plugin's rules. The build
 * context is read here, on the node side, and handed to core as data.
 */
import { statSync } from "node:fs";
import { basename, dirname, isAbsolute, resolve } from "node:path";
import { isDeepStrictEqual } from "node:util";
import {
  isSecretFile,
  lintParsed,
  rules,
  validateConfig,
  type FullLintResult,
  type LayerlintConfig,
  type LintOptions,
  type Rule,
  type RuleId,
  type RuleSetting,
} from "@layerlint/core";
import { createContextCache, findConfigFile, loadConfigFile } from "@layerlint/node";
import type { DockerfileLanguageOptions, DockerfileSourceCode } from "./language/dockerfile-source-code.js";

/** What a rule's context tells us about the file being linted. */
export interface LintedFile {
  readonly sourceCode: DockerfileSourceCode;
  readonly filename: string;
  readonly physicalFilename: string;
  readonly cwd: string;
  readonly languageOptions: DockerfileLanguageOptions;
}

/** A core `rules` config that sets every rule to `setting`. */
export function everyRule(setting: RuleSetting): Record<RuleId, RuleSetting> {
  return Object.fromEntries([...rules.keys()].map((id) => [id, setting])) as Record<RuleId, RuleSetting>;
}

const EVERY_RULE_ON = everyRule("error");
const EVERY_RULE_OFF = everyRule("off");

/** Module-level, like ESLint's process: a long-running ESLint (an editor) re-reads after the TTL. */
const contexts = createContextCache();
/** One function for every read: the cache reuses an entry only for the same detector. */
const detectSecretFile = (path: string): boolean => isSecretFile(path);

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * The build context and file name core gets. A file without a path of its own on disk (`<text>`,
 * `<input>`, a code block a processor extracted) has no context unless the `context` option
 * names one — context rules then stay silent, as in the CLI for stdin.
 */
function contextOptions(file: LintedFile): Pick<LintOptions, "context" | "fileName"> {
  const onDisk = isAbsolute(file.physicalFilename) && file.filename === file.physicalFilename;
  const dockerfilePath = onDisk ? file.physicalFilename : undefined;
  const fileName = dockerfilePath === undefined ? {} : { fileName: basename(dockerfilePath) };
  const configured = file.languageOptions.context;
  let contextDir: string;
  if (configured !== undefined) {
    contextDir = resolve(file.cwd, configured);
    if (!isDirectory(contextDir)) {
      throw new Error(`layerlint/dockerfile: the "context" language option "${configured}" resolves to ${contextDir}, which is not a directory.`);
    }
  } else if (dockerfilePath !== undefined && isDirectory(dirname(dockerfilePath))) {
    contextDir = dirname(dockerfilePath);
  } else {
    return fileName;
  }
  const context = contexts.get({
    contextDir,
    ...(dockerfilePath === undefined ? {} : { dockerfilePath }),
    isSecretFile: detectSecretFile,
  });
  return { ...fileName, context };
}

/**
 * The secret name and file lists of the nearest `.layerlintrc.*` (data only), so a Dockerfile gets
 * the same findings in ESLint as from the CLI. Rule settings come from the ESLint config instead.
 */
const listsByDir = new Map<string, Pick<LayerlintConfig, "secretNames" | "secretFiles">>();
function secretLists(file: LintedFile): Pick<LayerlintConfig, "secretNames" | "secretFiles"> {
  const onDisk = isAbsolute(file.physicalFilename) && file.filename === file.physicalFilename;
  if (!onDisk) return {};
  const dir = dirname(file.physicalFilename);
  let lists = listsByDir.get(dir);
  if (lists === undefined) {
    const path = findConfigFile(dir);
    const config = path === null ? {} : validateConfig(loadConfigFile(path).raw, path, rules);
    lists = {
      ...(config.secretNames ? { secretNames: config.secretNames } : {}),
      ...(config.secretFiles ? { secretFiles: config.secretFiles } : {}),
    };
    if (listsByDir.size > 256) listsByDir.clear();
    listsByDir.set(dir, lists);
  }
  return lists;
}

function run(file: LintedFile, ruleSettings: Record<RuleId, RuleSetting>): FullLintResult {
  const target = file.languageOptions.target;
  return lintParsed(file.sourceCode.parsed, {
    config: { rules: ruleSettings, ...secretLists(file) },
    ...(target === undefined || target === "" ? {} : { target }),
    ...contextOptions(file),
    // The CLI honours `# layerlint-disable` and hadolint/BuildKit pragmas: so does ESLint.
    applySuppressions: true,
  });
}

const shared = new WeakMap<DockerfileSourceCode, FullLintResult>();

/**
 * Core's result for `rule` on this file. With the rule's default options every rule reads one
 * shared run (all rules, computed on first use); other options run core for that rule alone.
 * ESLint merges `meta.defaultOptions` into `options` first, so `[{}]` counts as the default.
 */
export function coreResult(file: LintedFile, rule: Rule, options: readonly unknown[]): FullLintResult {
  if (!isDeepStrictEqual(options, rule.meta.defaultOptions)) {
    return run(file, { ...EVERY_RULE_OFF, [rule.id]: ["error", ...options] });
  }
  let result = shared.get(file.sourceCode);
  if (result === undefined) {
    result = run(file, EVERY_RULE_ON);
    shared.set(file.sourceCode, result);
  }
  return result;
}
