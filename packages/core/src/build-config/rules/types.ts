import type { FileLists } from "../../detect/secret-files.js";
import type { NameLists } from "../../detect/secret-names.js";
import type { RuleMeta } from "../../rules/types.js";
import type { BuildConfigRuleId, Finding, RelatedLocation, Span } from "../../types.js";
import type { BuildSpec, EnvFileRef, ParsedBuildConfig } from "../types.js";

/** What the host read of a compose `env_file:`: its text, and whether the repository tracks it. */
export interface EnvFileContent {
  readonly text: string;
  /** True when the file is part of the repository (not ignored by git): every clone has it. */
  readonly committed: boolean;
}

export interface BuildConfigReport<MessageIds extends string = string> {
  readonly messageId: MessageIds;
  readonly data?: Readonly<Record<string, string>>;
  /** In the configuration file: the key of the entry. */
  readonly span: Span;
  readonly related?: readonly RelatedLocation[];
  /** Secret values the message might mention: redacted by the pipeline, whatever the message says. */
  readonly secrets?: readonly string[];
}

export interface BuildConfigRuleContext<MessageIds extends string = string, Options extends object = object> {
  readonly config: ParsedBuildConfig;
  readonly names: NameLists | undefined;
  readonly files: FileLists | undefined;
  readonly options: Readonly<Options>;
  /** The findings of the Dockerfile a build builds, linted as that build builds it; undefined when not linted. */
  dockerfileFindings(build: BuildSpec): readonly Finding[] | undefined;
  /** The content of an `env_file:`; undefined when the host did not (or could not) read it. */
  envFile(ref: EnvFileRef): EnvFileContent | undefined;
  report(report: BuildConfigReport<MessageIds>): void;
}

/** A rule over a build configuration's model (docs/spec.md §9); same meta as a Dockerfile rule. */
export interface BuildConfigRule<MessageIds extends string = string, Options extends object = object> {
  readonly id: BuildConfigRuleId;
  readonly meta: RuleMeta<MessageIds, Options>;
  /** Runs once per configuration file. Pure: no I/O, no globals. */
  check(context: BuildConfigRuleContext<MessageIds, Options>): void;
}

/** Declares a build-configuration rule; message ids and options are inferred as by `defineRule`. */
export function defineBuildConfigRule<const MessageIds extends string, Options extends object = Record<never, never>>(
  rule: BuildConfigRule<MessageIds, Options>,
): BuildConfigRule<MessageIds, Options> {
  return rule;
}
