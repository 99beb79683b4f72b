/**
 * Which context files the caller should read for `no-secret-in-context-file`: the ones a COPY/ADD
 * of this Dockerfile sends. Core stays pure: the node side lists the files (the context walk),
 * asks here which to read, reads them and hands their text back in `BuildContext.contents`.
 */
import { contentPriority, contentSkipReason } from "./detect/context-content.js";
import { contextCopies, isContentAllowed } from "./model/contents.js";
import { buildModel } from "./model/index.js";
import { sentFrom } from "./model/layers.js";
import { parseDockerfile, type ParsedDockerfile } from "./parse/dockerfile.js";
import { copySpecs } from "./rules/copy-utils.js";
import type { LintOptions } from "./types.js";

/**
 * The subset of `paths` (context-relative files the walk found, not excluded by the ignore file)
 * that a COPY/ADD without `--from` sends, minus files never scanned (lock files, generated files,
 * templates) and files the configuration allows (`contextFiles.allow`, `secretFiles.allow`).
 * Secret-named files come first (their content decides the severity of the name rules), then
 * configuration files, source code and documentation, each in the given order: when the byte
 * budget runs out, it runs out on the least likely holders of a credential.
 * Empty when `contextFiles.scan` is false or there is no context.
 */
export function contextFilesToRead(dockerfile: string | ParsedDockerfile, paths: readonly string[], options: LintOptions): string[] {
  const config = options.config ?? {};
  const context = options.context;
  if (context === undefined || config.contextFiles?.scan === false || paths.length === 0) return [];
  const parsed = typeof dockerfile === "string" ? parseDockerfile(dockerfile) : dockerfile;
  // Coverage does not depend on the target: every stage's copies are read.
  const model = buildModel(parsed, {
    target: undefined,
    names: config.secretNames,
    files: config.secretFiles,
    context,
    contextFiles: config.contextFiles,
    fileName: options.fileName,
  });
  const copies = contextCopies(copySpecs(model));
  if (copies.length === 0) return [];
  // Secret-named (the walk found them: `secretFiles`), configuration, source, documentation.
  const named = new Set(context.secretFiles.map((file) => file.path));
  const tiers: string[][] = [[], [], [], []];
  for (const path of paths) {
    if (contentSkipReason(path) !== null || context.isExcluded(path)) continue;
    if (isContentAllowed(path, config.contextFiles, config.secretFiles?.allow)) continue;
    if (!copies.some((spec) => spec.sources.some((source) => sentFrom(spec, source, path) !== null))) continue;
    tiers[named.has(path) ? 0 : 1 + contentPriority(path)]!.push(path);
  }
  return tiers.flat();
}
