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

/**
 * A rule's metadata. `MessageIds` are the keys of `messages` (a report with any other id does not
 * compile); `Options` is the shape of the rule's one options object, whose defaults are
 * `defaultOptions[0]`.
 */
export interface RuleMeta<MessageIds extends string = string, Options extends object = object> {
  readonly type: "problem";
  readonly docs: {
    readonly description: string;
    readonly recommended: boolean;
    readonly url: string;
  };
  /** Message templates keyed by messageId, with `{{ placeholder }}` slots. */
  readonly messages: Readonly<Record<MessageIds, string>>;
  readonly schema: readonly JsonSchema[];
  /** Empty, or the defaults of every option (the config's options are merged over them). */
  readonly defaultOptions: readonly Options[];
  /** The channel most findings of the rule leak through. */
  readonly channel: Channel;
  /** `stage`: error in shipped stages, warning elsewhere (docs/spec.md §2). `error`: always error. */
  readonly severity: "stage" | "error";
  /** A finding of the rule with a default severity of its own, for rule lists (`missing patterns: warning`). */
  readonly severityNote?: string;
  readonly fixable?: "code";
  readonly hasSuggestions?: boolean;
}

export interface Report<MessageIds extends string = string> {
  readonly messageId: MessageIds;
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

export interface RuleContext<MessageIds extends string = string, Options extends object = object> {
  readonly model: Model;
  /** The rule's options: its defaults with the config's settings merged over them. */
  readonly options: Readonly<Options>;
  report(report: Report<MessageIds>): void;
}

export interface Rule<MessageIds extends string = string, Options extends object = object> {
  readonly id: DockerfileRuleId;
  readonly meta: RuleMeta<MessageIds, Options>;
  /** Runs once per file over the shared model. Pure: no I/O, no globals. */
  check(context: RuleContext<MessageIds, Options>): void;
}

/**
 * Declares a Dockerfile rule, in the manner of typescript-eslint's `createRule`: the message ids
 * are inferred from `meta.messages` and the options from `meta.defaultOptions`, so a report with
 * a misspelt id or a read of an option the rule does not have fails to compile.
 */
export function defineRule<const MessageIds extends string, Options extends object = Record<never, never>>(
  rule: Rule<MessageIds, Options>,
): Rule<MessageIds, Options> {
  return rule;
}

export const DOCS_BASE = "https://github.com/layerlint/layerlint/blob/main/docs/rules/";

export function docsUrl(id: RuleId): string {
  return `${DOCS_BASE}${id}.md`;
}
