/**
 * `checkImage`: the image rules over one image, with the configuration's severities, and — given
 * the Dockerfile it was built from — each finding pointed at its instruction, checked against the
 * static lint's predictions, and subject to the Dockerfile's suppression comments.
 */
import { enabledRules, format, lintParsed } from "../lint.js";
import { buildModel } from "../model/index.js";
import { parseDockerfile } from "../parse/dockerfile.js";
import { escapeControlCharacters, redactText } from "../redact.js";
import { collectSuppressions } from "../suppress.js";
import type { BuildContext, Finding, ImageLocation, ImageRuleId, LayerlintConfig, Span } from "../types.js";
import { DockerfileAttribution, type Attributed } from "./attribution.js";
import type { ImageInput } from "./image.js";
import { imageRules } from "./rules.js";
import { scanImage, type ImageHit } from "./scan.js";

/** The Dockerfile an image was built from, as the Dockerfile lint takes it. */
export interface ImageDockerfile {
  readonly text: string;
  readonly fileName?: string;
  readonly context?: BuildContext;
  /** The stage the image was built as (`--target`); default: the config's target, else the last stage. */
  readonly target?: string;
}

export interface ImageCheckOptions {
  readonly config?: LayerlintConfig;
  readonly dockerfile?: ImageDockerfile;
}

export interface ImageCheckResult {
  /** Ordered, redacted; suppressed and `off` findings removed. */
  readonly findings: readonly Finding<ImageRuleId>[];
  /** Anomalies, not findings: bounds hit, entries skipped, a history that does not match the Dockerfile. */
  readonly warnings: readonly string[];
  /** Coverage: file contents not scanned (binaries, files over the size limit). */
  readonly notes: readonly string[];
  /** Layers that could not be read to their end: the check is incomplete. */
  readonly incomplete: readonly string[];
}

/** Where a finding without a Dockerfile line points: the start of the file. */
const NO_SPAN: Span = { start: 0, end: 0, line: 1, column: 1, endLine: 1, endColumn: 1 };

const CHANNELS = { config: "config", history: "history", layer: "layers" } as const;
const CHANNEL_ORDER = { config: 0, history: 1, layer: 2 } as const;


/**
 * Checks one image. Pure and synchronous. Throws only for a bad option: a `target` that names no
 * stage of the Dockerfile (UnknownTargetError).
 */
export function checkImage(input: ImageInput, options: ImageCheckOptions = {}): ImageCheckResult {
  const { config, dockerfile } = options;
  const scan = scanImage(input, { names: config?.secretNames, files: config?.secretFiles });
  const warnings = [...scan.warnings];
  let attribute: ((hit: ImageHit) => Attributed) | null = null;
  let suppressed: ((ruleId: string, offset: number) => boolean) | null = null;
  if (dockerfile) {
    const parsed = parseDockerfile(dockerfile.text);
    const target = dockerfile.target ?? config?.target;
    const modelOptions = { target, names: config?.secretNames, files: config?.secretFiles, context: dockerfile.context, fileName: dockerfile.fileName };
    // Predictions are what the rules foresee with their default severities, whatever the user
    // turned off or down; a suppression comment is said, not obeyed.
    const staticLint = lintParsed(parsed, { ...modelOptions, config: { ...config, rules: {} }, applySuppressions: false });
    const suppressions = collectSuppressions(parsed);
    const statics = staticLint.findings.map((finding) => ({ finding, suppressed: suppressions.isSuppressed(finding.ruleId, finding.span.start) }));
    const attribution = new DockerfileAttribution(buildModel(parsed, modelOptions), scan.config.history, input.layers.length, statics);
    warnings.push(...attribution.warnings);
    attribute = (hit) => attribution.attribute(hit.source);
    // Image findings obey the suppression comments of the instruction they point at.
    suppressed = (ruleId, offset) => suppressions.isSuppressed(ruleId, offset);
  }
  const secrets = [...new Set(scan.hits.flatMap((hit) => hit.secrets))];
  // Redact first: an escape (`\u000a` before `npm_…`) would end no word and hide a token from the detectors.
  const clean = (text: string) => escapeControlCharacters(redactText(text, secrets));
  // Locations are data (no escaping), but no more secret-bearing than messages.
  const cleanLocation = (location: ImageLocation): ImageLocation => ({
    ...location,
    image: redactText(location.image, secrets),
    ...(location.key === undefined ? {} : { key: redactText(location.key, secrets) }),
    ...(location.path === undefined ? {} : { path: redactText(location.path, secrets) }),
  });
  // The configured severity of each enabled image rule (every image rule defaults to error).
  const severities = new Map(enabledRules(imageRules.values(), config?.rules).map(({ rule, severity }) => [rule.id, severity ?? ("error" as const)]));
  const findings: Finding<ImageRuleId>[] = [];
  for (const hit of scan.hits) {
    const severity = severities.get(hit.ruleId);
    if (severity === undefined) continue;
    const rule = imageRules.get(hit.ruleId)!;
    const attributed = attribute?.(hit) ?? null;
    const span = attributed?.span ?? NO_SPAN;
    if (attributed?.span && suppressed?.(hit.ruleId, span.start)) continue;
    const template = rule.meta.messages[hit.messageId] ?? hit.messageId;
    findings.push({
      ruleId: hit.ruleId,
      messageId: hit.messageId,
      message: clean(format(template, { ...hit.data, origin: attributed?.sentence ?? "" })),
      severity,
      channel: CHANNELS[hit.location.channel],
      ...(attributed?.stage ? { stage: attributed.stage.label } : {}),
      shipped: true,
      span,
      related: (attributed?.related ?? []).map((r) => ({ ...r, message: clean(r.message) })),
      suggestions: [],
      location: cleanLocation(hit.location),
      ...(attributed
        ? {
            attribution: {
              line: attributed.span?.line ?? null,
              fromBaseImage: attributed.origin.kind === "base",
              predictedBy: attributed.predictedBy,
            },
          }
        : {}),
    });
  }
  findings.sort(
    (a, b) =>
      a.span.start - b.span.start ||
      CHANNEL_ORDER[a.location!.channel] - CHANNEL_ORDER[b.location!.channel] ||
      (a.location!.historyIndex ?? a.location!.layer ?? 0) - (b.location!.historyIndex ?? b.location!.layer ?? 0) ||
      (a.location!.path ?? a.location!.key ?? "").localeCompare(b.location!.path ?? b.location!.key ?? ""),
  );
  return { findings, warnings: warnings.map(clean), notes: scan.notes.map(clean), incomplete: scan.incomplete.map(clean) };
}
