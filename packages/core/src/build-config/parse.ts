import { readBake } from "./bake.js";
import { readCompose } from "./compose.js";
import type { BuildConfigKind, ParsedBuildConfig } from "./types.js";
import { readWorkflow } from "./workflow.js";
import { YamlSource } from "./yaml-source.js";

export interface ParseBuildConfigOptions {
  /**
   * Workflows only: the workspace (repository root) relative to the workflow file's directory.
   * Default `../..`, right for `.github/workflows/*.yml`.
   */
  readonly workspace?: string;
}

/**
 * Reads a compose file, a GitHub workflow or a bake JSON file into its builds and runtime
 * environment. Pure and synchronous; never throws on any text: a YAML syntax error is a problem
 * of the result, and what could be read is read.
 */
export function parseBuildConfig(text: string, kind: BuildConfigKind, options: ParseBuildConfigOptions = {}): ParsedBuildConfig {
  const source = new YamlSource(text);
  let model: Pick<ParsedBuildConfig, "builds" | "runtimeEnv" | "envFiles"> = { builds: [], runtimeEnv: [], envFiles: [] };
  try {
    if (kind === "compose") model = readCompose(source);
    else if (kind === "workflow") model = { builds: readWorkflow(source, options.workspace ?? "../.."), runtimeEnv: [], envFiles: [] };
    else model = { builds: readBake(source), runtimeEnv: [], envFiles: [] };
  } catch (error) {
    // A reader bug must not take the file's other findings (or the other files) down with it.
    source.problems.push({ message: `could not read the ${kind} file: ${error instanceof Error ? error.message : String(error)}`, span: source.span(0, 0) });
  }
  let suppression: ParsedBuildConfig["suppression"];
  try {
    suppression = source.suppression();
  } catch {
    suppression = { text, comments: [], instructions: [], directives: { check: null } };
  }
  return { kind, text, ...model, problems: source.problems, suppression };
}
