import { buildModel, type Model } from "./model/index.js";
import type { Stage } from "./model/stages.js";
import { parseDockerfile, type ParsedDockerfile, type ParseNotice } from "./parse/dockerfile.js";
import { MAX_SHELL_COMMANDS } from "./shell/parse.js";
import { findEmbeddedTokens, findSecretsInText } from "./detect/secret-values.js";
import { escapeControlCharacters, redactText } from "./redact.js";
import { rules } from "./rules/index.js";
import type { Report, Rule, RuleMeta } from "./rules/types.js";
import { collectSuppressions } from "./suppress.js";
import type { Finding, Fix, LayerlintConfig, LintOptions, LintResult, RuleId, RuleSetting, Severity } from "./types.js";

/** Severity and options of one enabled rule after config is applied. */
export interface EnabledRule<R> {
  readonly rule: R;
  readonly severity: Severity | null;
  readonly options: Readonly<Record<string, unknown>>;
}

/** The rules of `list` that `settings` (or their recommended flag) enable, with severity and options. */
export function enabledRules<R extends { readonly id: string; readonly meta: RuleMeta }>(
  list: Iterable<R>,
  settings: Readonly<Partial<Record<string, RuleSetting>>> | undefined,
): EnabledRule<R>[] {
  const enabled: EnabledRule<R>[] = [];
  for (const rule of list) {
    const setting = settings?.[rule.id];
    const level = setting === undefined ? null : Array.isArray(setting) ? setting[0] : setting;
    if (level === "off" || (level === null && !rule.meta.docs.recommended)) continue;
    const given = Array.isArray(setting) ? (setting[1] as Record<string, unknown> | undefined) : undefined;
    enabled.push({
      rule,
      severity: level === "warn" ? "warning" : level === "error" ? "error" : null,
      options: { ...rule.meta.defaultOptions[0], ...given },
    });
  }
  return enabled;
}

/** Where a finding's instruction puts the secret, for messages (docs/spec.md §2). */
function whereText(stage: Stage | null, onbuild: boolean, target: Stage | undefined): string {
  if (onbuild) return "in an ONBUILD trigger, which runs in every image built from this one";
  if (!stage) return "before the first FROM";
  if (!stage.shipped) return `in stage "${stage.label}" (build cache and provenance only)`;
  if (stage === target) return "in the final image";
  return `in stage "${stage.label}" (the final image is built FROM it)`;
}

/** Fills a message template's `{{ placeholders }}`. */
export function format(template: string, data: Readonly<Record<string, string>>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) => data[key] ?? whole);
}

/**
 * Findings in file order, each distinct one once: the same rule, start and message is one finding
 * (a rule that reports a key twice, or one Dockerfile linted for two builds).
 */
export function distinctFindings(findings: readonly Finding[]): Finding[] {
  const sorted = [...findings].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.ruleId.localeCompare(b.ruleId));
  return sorted.filter((f, i) => {
    for (let j = i - 1; j >= 0 && sorted[j]!.span.start === f.span.start; j--) {
      if (sorted[j]!.ruleId === f.ruleId && sorted[j]!.message === f.message) return false;
    }
    return true;
  });
}

export interface RuleError {
  readonly ruleId: RuleId;
  readonly message: string;
}

/** Result of `lintParsed`: findings plus rule crashes (kept out of findings, never thrown). */
export interface FullLintResult extends LintResult {
  readonly ruleErrors: readonly RuleError[];
  /**
   * What was not checked, and why (an instruction the parser could not read, an invalid parser
   * directive, a RUN too long to analyse): front ends show these as warnings.
   */
  readonly notices: readonly ParseNotice[];
}

/** Parse notices, then a notice per RUN script cut at MAX_SHELL_COMMANDS. */
function noticesOf(model: Model): ParseNotice[] {
  const notices = [...model.parsed.notices];
  for (const instruction of model.instructions) {
    if (instruction.keyword !== "RUN") continue;
    for (const { script, offset } of model.runScripts(instruction)) {
      if (script.truncatedAt === undefined) continue;
      const at = offset >= 0 ? offset + script.truncatedAt : instruction.span.start;
      notices.push({
        message: `The RUN on line ${instruction.span.line} has more than ${MAX_SHELL_COMMANDS.toLocaleString("en")} commands: the rest of it was not analysed.`,
        span: model.parsed.lines.span(at, at),
      });
      break;
    }
  }
  return notices;
}

/**
 * Lints Dockerfile text. Synchronous, pure and deterministic; never throws on any text. Throws
 * only for a bad option: an unknown `target` stage (UnknownTargetError).
 */
export function lint(text: string, options: LintOptions = {}): FullLintResult {
  return lintParsed(parseDockerfile(text), options);
}

/**
 * Every secret literal of the file, as written and lower-cased, computed on first use: whatever a
 * message quotes (a path, a name, an id derived from a name) never carries one. Scanned per
 * instruction and comment (memoised by text: an edit rescans only what changed).
 */
function fileSecretsOf(parsed: ParsedDockerfile): () => readonly string[] {
  let secrets: string[] | undefined;
  return () => {
    if (secrets === undefined) {
      const { text } = parsed;
      const values: string[] = [];
      const scan = (start: number, end: number) => {
        const slice = text.slice(start, end);
        for (const m of findSecretsInText(slice)) values.push(slice.slice(m.start, m.end));
      };
      for (const instruction of parsed.instructions) scan(instruction.span.start, instruction.span.end);
      for (const comment of parsed.comments) scan(comment.span.start, comment.span.end);
      secrets = [...new Set([...values, ...values.map((v) => v.toLowerCase())])];
    }
    return secrets;
  };
}

/** Where a report lands (docs/spec.md §2): its stage, whether that ships, its default severity and channel, the words for messages. */
function placementOf(model: Model, rule: Rule, report: Report) {
  const instruction = report.instruction;
  const stage = instruction ? model.stageOf(instruction) : null;
  const onbuild = instruction?.onbuild ?? false;
  const shipped = onbuild || !stage || stage.shipped;
  const byStage: Severity = shipped ? "error" : "warning";
  return {
    stage,
    shipped,
    severity: report.severity ?? (rule.meta.severity === "error" ? "error" : byStage),
    channel: report.channel ?? (shipped ? rule.meta.channel : "cache"),
    where: whereText(stage, onbuild, model.stages.stages[model.stages.target]),
  };
}

/** Control characters escaped, then every secret of the report and of the file redacted. */
function redactor(secrets: readonly string[]): (text: string) => string {
  return (text) => redactText(escapeControlCharacters(text), secrets);
}

/**
 * Edit text is printed too (json fixes, LSP code actions, ESLint suggestions): a fix that would
 * have to write a secret of the file is not offered at all.
 */
function writesNoSecret(fix: Fix, secrets: readonly string[]): boolean {
  return fix.changes.every((change) =>
    change.edits.every(
      (edit) =>
        edit.text === "" ||
        (!secrets.some((secret) => edit.text.includes(secret)) && findSecretsInText(edit.text).length === 0 && findEmbeddedTokens(edit.text).length === 0),
    ),
  );
}

/** A rule's report as a finding: placed, its message filled and redacted, its fixes kept only when they hold no secret. */
function toFinding(model: Model, rule: Rule, configured: Severity | null, report: Report, fileSecrets: () => readonly string[]): Finding {
  const place = placementOf(model, rule, report);
  const secrets = [...(report.secrets ?? []), ...fileSecrets()];
  const clean = redactor(secrets);
  const template = rule.meta.messages[report.messageId] ?? report.messageId;
  const cleanFix = (fix: Fix): Fix => ({ ...fix, description: clean(fix.description) });
  return {
    ruleId: rule.id,
    messageId: report.messageId,
    message: clean(format(template, { where: place.where, ...report.data })),
    severity: configured ?? place.severity,
    channel: place.channel,
    ...(place.stage ? { stage: place.stage.label } : {}),
    shipped: place.shipped,
    span: report.span,
    related: (report.related ?? []).map((r) => ({ ...r, message: clean(r.message) })),
    ...(report.fix && writesNoSecret(report.fix, secrets) ? { fix: cleanFix(report.fix) } : {}),
    suggestions: (report.suggestions ?? []).filter((fix) => writesNoSecret(fix, secrets)).map(cleanFix),
  };
}

/** Runs every enabled rule over the model; a rule that throws is a rule error (redacted), never a crash. */
function runRules(model: Model, config: LayerlintConfig, fileSecrets: () => readonly string[]): { findings: Finding[]; ruleErrors: RuleError[] } {
  const findings: Finding[] = [];
  const ruleErrors: RuleError[] = [];
  for (const { rule, severity, options } of enabledRules(rules.values(), config.rules)) {
    const collected: Finding[] = [];
    try {
      rule.check({ model, options, report: (report) => collected.push(toFinding(model, rule, severity, report, fileSecrets)) });
      findings.push(...collected);
    } catch (error) {
      // A crash message may quote the text being checked: redacted like any message, before any front end sees it.
      const raw = error instanceof Error ? error.message : String(error);
      ruleErrors.push({ ruleId: rule.id, message: redactor(fileSecrets())(raw) });
    }
  }
  return { findings, ruleErrors };
}

/**
 * Lints an already parsed Dockerfile (the ESLint plugin parses once and lints the same model), in
 * named steps: the model, the rules, the distinct findings in file order, the notices of what was
 * not checked, then suppression comments (unless the front end applies its own).
 */
export function lintParsed(parsed: ParsedDockerfile, options: LintOptions = {}): FullLintResult {
  const config = options.config ?? {};
  const model = buildModel(parsed, {
    target: options.target ?? config.target,
    names: config.secretNames,
    files: config.secretFiles,
    context: options.context,
    contextFiles: config.contextFiles,
    fileName: options.fileName,
    buildArgs: options.buildArgs,
  });
  const { findings, ruleErrors } = runRules(model, config, fileSecretsOf(parsed));
  const unique = distinctFindings(findings);
  const notices = noticesOf(model);
  if (options.applySuppressions === false) return { findings: unique, unusedDirectives: [], ruleErrors, notices };
  const suppressions = collectSuppressions(parsed);
  return {
    findings: unique.filter((f) => !suppressions.isSuppressed(f.ruleId, f.span.start)),
    unusedDirectives: options.reportUnusedDisableDirectives ? suppressions.unused() : [],
    ruleErrors,
    notices,
  };
}
