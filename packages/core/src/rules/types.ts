import type { Model } from "../model/index.js";
import type { Instruction } from "../parse/dockerfile.js";
import type { Channel, DockerfileRuleId, Fix, RelatedLocation, RuleId, Severity, Span } from "../types.js";

/** A JSON schema (the subset rule options use). */
export interface JsonSchema {
  readonly type?: "object" | "array" | "string" | "boolean" | "number";
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly items?: JsonSchema;
  readonly additionalProperties?: boolean;
  readonly description?: string;
  readonly default?: unknown;
}

export interface RuleMeta {
  readonly type: "problem";
  readonly docs: {
    readonly description: string;
    readonly recommended: boolean;
    readonly url: string;
  };
  /** Message templates keyed by messageId, with `{{ placeholder }}` slots. */
  readonly messages: Readonly<Record<string, string>>;
  readonly schema: readonly JsonSchema[];
  readonly defaultOptions: readonly Record<string, unknown>[];
  /** The channel most findings of the rule leak through. */
  readonly channel: Channel;
  /** `stage`: error in shipped stages, warning elsewhere (SPEC §2). `error`: always error. */
  readonly severity: "stage" | "error";
  /** A finding of the rule with a default severity of its own, for rule lists (`missing patterns: warning`). */
  readonly severityNote?: string;
  readonly fixable?: "code";
  readonly hasSuggestions?: boolean;
}

export interface Report {
  readonly messageId: string;
  readonly data?: Readonly<Record<string, string>>;
  /** The reported instruction (decides the stage and so the default severity); null for comments. */
  readonly instruction: Instruction | null;
  readonly span: Span;
  readonly related?: readonly RelatedLocation[];
  readonly fix?: Fix;
  readonly suggestions?: readonly Fix[];
  /** A rule-specific default severity (e.g. the `.dockerignore` probe warning). */
  readonly severity?: Severity;
  readonly channel?: Channel;
  /** Secret values the message might mention: redacted by the pipeline, whatever the message says. */
  readonly secrets?: readonly string[];
}

export interface RuleContext {
  readonly model: Model;
  readonly options: Readonly<Record<string, unknown>>;
  report(report: Report): void;
}

export interface Rule {
  readonly id: DockerfileRuleId;
  readonly meta: RuleMeta;
  /** Runs once per file over the shared model. Pure: no I/O, no globals. */
  check(context: RuleContext): void;
}

export const DOCS_BASE = "https://github.com/layerlint/layerlint/blob/main/docs/rules/";

export function docsUrl(id: RuleId): string {
  return `${DOCS_BASE}${id}.md`;
}
