import { findSecretsInText } from "../detect/secret-values.js";
import { distinctFindings, enabledRules, format, type FullLintResult, type RuleError } from "../lint.js";
import { escapeControlCharacters, redactText } from "../redact.js";
import { collectSuppressions } from "../suppress.js";
import type { BuildArgInput, Finding, LayerlintConfig } from "../types.js";
import { buildConfigRules } from "./rules/index.js";
import type { BuildConfigReport, EnvFileContent } from "./rules/types.js";
import type { BuildConfigProblem, BuildSpec, EnvFileRef, ParsedBuildConfig } from "./types.js";
import { buildArgSecretReason } from "./values.js";

export interface LintBuildConfigOptions {
  readonly config?: LayerlintConfig;
  /**
   * The findings of the Dockerfile `build` builds, linted with its context, target and build args
   * (see `dockerfileLintOptions`); undefined when it was not linted. `no-secret-cache-export`
   * reads their builder-stage (not shipped) findings.
   */
  readonly dockerfileFindings?: (build: BuildSpec) => readonly Finding[] | undefined;
  /** The text of a compose `env_file:` and whether git tracks it; undefined when not read. */
  readonly envFile?: (ref: EnvFileRef) => EnvFileContent | undefined;
  readonly reportUnusedDisableDirectives?: boolean;
  /** When false, `# layerlint-disable…` comments in the file are not applied. */
  readonly applySuppressions?: boolean;
}

export interface BuildConfigLintResult extends FullLintResult {
  /** Parts of the file that could not be read (YAML syntax errors); what could be read was linted. */
  readonly problems: readonly BuildConfigProblem[];
}

/**
 * Lints a parsed build configuration: pure, synchronous and I/O-free (the host supplies the
 * Dockerfile findings and env files it read). Findings are on the configuration file, always
 * errors unless configured otherwise, redacted, suppressible with `# layerlint-disable-next-line`.
 */
export function lintBuildConfig(parsed: ParsedBuildConfig, options: LintBuildConfigOptions = {}): BuildConfigLintResult {
  const config = options.config ?? {};
  const findings: Finding[] = [];
  const ruleErrors: RuleError[] = [];
  // Every literal secret of the file: whatever a message quotes (a path, a name) never carries one.
  const fileSecrets = findSecretsInText(parsed.text).map((m) => parsed.text.slice(m.start, m.end));
  for (const { rule, severity, options: ruleOptions } of enabledRules(buildConfigRules.values(), config.rules)) {
    const collected: Finding[] = [];
    const toFinding = (report: BuildConfigReport): Finding => {
      const secrets = [...(report.secrets ?? []), ...fileSecrets];
      const clean = (text: string) => redactText(escapeControlCharacters(text), secrets);
      return {
        ruleId: rule.id,
        messageId: report.messageId,
        message: clean(format(rule.meta.messages[report.messageId] ?? report.messageId, report.data ?? {})),
        severity: severity ?? "error",
        channel: rule.meta.channel,
        shipped: true,
        span: report.span,
        related: (report.related ?? []).map((r) => ({ ...r, message: clean(r.message) })),
        suggestions: [],
      };
    };
    try {
      rule.check({
        config: parsed,
        names: config.secretNames,
        files: config.secretFiles,
        options: ruleOptions,
        dockerfileFindings: (build) => options.dockerfileFindings?.(build),
        envFile: (ref) => options.envFile?.(ref),
        report: (report) => collected.push(toFinding(report)),
      });
      findings.push(...collected);
    } catch (error) {
      // A crash message may quote the file: redacted with its secrets, as Dockerfile rule errors are.
      const raw = error instanceof Error ? error.message : String(error);
      ruleErrors.push({ ruleId: rule.id, message: redactText(escapeControlCharacters(raw), fileSecrets) });
    }
  }
  const unique = distinctFindings(findings);
  const problems = parsed.problems;
  // A build configuration has no parse notices of a Dockerfile's kind: its syntax problems are `problems`.
  if (options.applySuppressions === false) return { findings: unique, unusedDirectives: [], ruleErrors, problems, notices: [] };
  const suppressions = collectSuppressions(parsed.suppression);
  return {
    findings: unique.filter((f) => !suppressions.isSuppressed(f.ruleId, f.span.start)),
    unusedDirectives: options.reportUnusedDisableDirectives ? suppressions.unused() : [],
    ruleErrors,
    problems,
    notices: [],
  };
}

/** How a build configures the lint of its Dockerfile: the lint's target and known-secret build args. */
export interface DockerfileLintOptions {
  readonly target: string | undefined;
  readonly buildArgs: readonly BuildArgInput[];
}

/**
 * The `LintOptions` a build gives its Dockerfile's lint (besides the context, which the host reads
 * at `build.context`): its target, and each build arg with whether it passes a secret.
 */
export function dockerfileLintOptions(build: BuildSpec, config: LayerlintConfig = {}): DockerfileLintOptions {
  return {
    target: build.target ?? undefined,
    buildArgs: build.args.map((arg) => ({ name: arg.name, secret: buildArgSecretReason(arg.name, arg.value, config.secretNames) !== null })),
  };
}
