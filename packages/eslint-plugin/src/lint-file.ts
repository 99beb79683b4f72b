/**
 * Runs core once per linted file, through the linter host of `@layerlint/node` (config file,
 * build context and core, exactly as the CLI and the editor do), and shares the result between
 * the plugin's rules. Rule settings come from the ESLint config; everything else — secret name
 * and file lists, contexts, target — from the nearest `.layerlintrc.*`, as for the CLI.
 */
import { isAbsolute } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { rules, type FullLintResult, type Rule, type RuleId, type RuleSetting } from "@layerlint/core";
import { createLinterHost, LintProblem, type LinterHost } from "@layerlint/node";
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
const hosts = new Map<string, LinterHost>();
function hostFor(cwd: string): LinterHost {
  let host = hosts.get(cwd);
  if (host === undefined) {
    host = createLinterHost({ cwd, cacheTtlMs: 5_000 });
    if (hosts.size >= 16) hosts.clear();
    hosts.set(cwd, host);
  }
  return host;
}

function run(file: LintedFile, ruleSettings: Record<RuleId, RuleSetting>): FullLintResult {
  // A file without a path of its own on disk (`<text>`, a code block a processor extracted) has no
  // context unless the `context` option names one — context rules then stay silent, as for stdin.
  const onDisk = isAbsolute(file.physicalFilename) && file.filename === file.physicalFilename;
  const { target, context } = file.languageOptions;
  try {
    return hostFor(file.cwd).lintFile({
      ...(onDisk ? { path: file.physicalFilename } : {}),
      source: file.sourceCode.parsed,
      ...(target === undefined || target === "" ? {} : { target }),
      ...(context === undefined ? {} : { contextDir: context }),
      overrides: { rules: ruleSettings },
      // The CLI honours `# layerlint-disable` and hadolint/BuildKit pragmas: so does ESLint.
      applySuppressions: true,
    }).result;
  } catch (error) {
    // ESLint's way to report a problem of the configuration is to throw: it names the file.
    if (error instanceof LintProblem) throw new Error(`layerlint/dockerfile: ${error.message}`);
    throw error;
  }
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
