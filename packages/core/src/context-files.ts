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
import { copySpecs } from "./rule-kit/copies.js";
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

/**
 * What of the build context this Dockerfile's COPY/ADD sources (without `--from`) can send: null
 * when none reads the context (the walk is not needed at all); `[""]` when one may send all of it
 * (`COPY . .`, a glob at the root, a source whose value is not known statically); else the
 * context-relative files and directories whose subtrees hold everything they can send
 * (`COPY package.json src/ ./` → `package.json`, `src`; `COPY config/*.yml /etc/` → `config`).
 * ONBUILD triggers copy from the child image's context, and URLs and heredocs from none.
 */
export function contextScope(dockerfile: string | ParsedDockerfile, options: Pick<LintOptions, "config" | "fileName"> = {}): string[] | null {
  const config = options.config ?? {};
  const parsed = typeof dockerfile === "string" ? parseDockerfile(dockerfile) : dockerfile;
  const model = buildModel(parsed, {
    target: undefined,
    names: config.secretNames,
    files: config.secretFiles,
    context: undefined,
    contextFiles: config.contextFiles,
    fileName: options.fileName,
  });
  const roots = new Set<string>();
  for (const spec of contextCopies(copySpecs(model))) {
    for (const source of spec.sources) {
      if (source.url || source.value?.startsWith("<<")) continue;
      if (source.wholeContext || source.path === null) return [""];
      const root = source.glob ? globRoot(source.path) : source.path;
      if (root === "") return [""];
      roots.add(root);
    }
  }
  if (roots.size === 0) return null;
  // A root under another adds nothing the other's walk does not see.
  const sorted = [...roots].sort();
  return sorted.filter((root) => !sorted.some((other) => other !== root && root.startsWith(`${other}/`)));
}

/** The directory a glob's matches all lie under: its path up to the last `/` before the first glob character. */
function globRoot(glob: string): string {
  const first = glob.search(/[*?[]/);
  const literal = first < 0 ? glob : glob.slice(0, first);
  const slash = literal.lastIndexOf("/");
  return slash < 0 ? "" : literal.slice(0, slash);
}
