import type { AnyRuleId, RuleMeta } from "@layerlint/core";
import type { FileResult } from "../result.js";

export interface FormatterContext {
  /** For paths shown relative to the working directory. */
  readonly cwd: string;
  readonly color: boolean;
  /** Descriptions and docs URLs of every rule, for formats that describe the rules they report. */
  readonly rulesMeta: ReadonlyMap<AnyRuleId, RuleMeta>;
  /** The layerlint version, for formats that name the tool that wrote them (SARIF). */
  readonly version: string;
  /** `--verbose`: human-readable formats add how each secret leaks under its row. */
  readonly verbose?: boolean;
}

/** Pure: results in, report text out (empty when there is nothing to say). */
export type Formatter = (results: readonly FileResult[], context: FormatterContext) => string;

/** Formatters are loaded on demand so a run pays only for the one it prints. */
const loaders = {
  stylish: async () => (await import("./stylish.js")).stylish,
  json: async () => (await import("./json.js")).json,
  sarif: async () => (await import("./sarif.js")).sarif,
  checkstyle: async () => (await import("./checkstyle.js")).checkstyle,
  gitlab: async () => (await import("./gitlab.js")).gitlab,
  github: async () => (await import("./github.js")).github,
} satisfies Record<string, () => Promise<Formatter>>;

export type FormatterName = keyof typeof loaders;

export const formatterNames = Object.keys(loaders) as readonly FormatterName[];

export function isFormatterName(name: string): name is FormatterName {
  return Object.hasOwn(loaders, name);
}

export function loadFormatter(name: FormatterName): Promise<Formatter> {
  return loaders[name]();
}
