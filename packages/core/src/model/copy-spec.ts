/**
 * COPY/ADD as specs: their sources (expanded, normalised, whole-context, glob, URL), destination,
 * flags, and — for a source from the build context — which context files it sends.
 */
import type { Instruction } from "../parse/dockerfile.js";
import type { CopySource, CopySpec, LayerInput } from "./layer-types.js";
import { basename, hasGlob, isUnder, matchGlob, normalizePath, resolveIn } from "./paths.js";
import { expandValue } from "./substitution.js";

const WHOLE_CONTEXT = new Set([".", "./", "*", "./*", "/"]);

function isWholeContext(source: string): boolean {
  return WHOLE_CONTEXT.has(source.trim());
}

/** Context-relative form of a COPY source (`./a/../b/` → `b`, `/x` → `x`). */
export function contextPath(source: string): string {
  const normal = normalizePath(source.replace(/^\/+/, ""));
  return normal === "." ? "" : normal;
}

/** A Dockerfile value with the variables in scope before `instruction` expanded (undefined: not known). */
export function expandIn(input: LayerInput, instruction: Instruction, value: string): string | undefined {
  const scope = input.variables.scopeBefore(instruction);
  return expandValue(value, (name) => scope.get(name)?.value, input.escape);
}

/** The spec of a COPY/ADD at `workdir`; null when it has fewer than a source and a destination. */
export function parseCopySpec(instruction: Instruction, workdir: string, input: LayerInput, stageByName: ReadonlyMap<string, number>): CopySpec | null {
  const fromFlag = instruction.flags.find((f) => f.name === "from");
  const from = fromFlag?.value ?? null;
  let fromStage: number | null = null;
  if (from !== null) {
    const lowered = from.toLowerCase();
    if (stageByName.has(lowered)) fromStage = stageByName.get(lowered)!;
    else if (/^\d+$/.test(from) && Number(from) < input.stages.stages.length) fromStage = Number(from);
  }
  let items: { value: string; start: number; end: number }[];
  if (instruction.exec) {
    items = instruction.exec.map((value) => ({ value, start: instruction.argsStart, end: instruction.argsEnd }));
  } else {
    items = instruction.words.map((w) => ({ value: w.value, start: w.span.start, end: w.span.end }));
  }
  if (items.length < 2) return null;
  const destItem = items[items.length - 1]!;
  const destRaw = expandIn(input, instruction, destItem.value);
  const sources: CopySource[] = items.slice(0, -1).map((item) => {
    const value = expandIn(input, instruction, item.value) ?? null;
    const url = value !== null && /^[a-z][a-z0-9+.-]*:\/\//i.test(value);
    return {
      value,
      path: value === null || url || value.startsWith("<<") ? null : from !== null ? normalizePath(`/${value}`) : contextPath(value),
      start: item.start,
      end: item.end,
      wholeContext: from === null && value !== null && isWholeContext(value),
      glob: value !== null && hasGlob(value),
      url,
    };
  });
  const heredocs = items.some((item) => item.value.startsWith("<<"));
  const dest = destRaw === undefined ? null : resolveIn(workdir, destRaw);
  const multiple = sources.length > 1 || sources.some((s) => s.glob || s.wholeContext);
  return {
    instruction,
    from,
    fromStage,
    sources,
    dest,
    destIsDir: destRaw !== undefined && (destRaw.endsWith("/") || destRaw === "." || multiple),
    parents: instruction.flags.some((f) => f.name === "parents" && f.value !== "false"),
    excludes: instruction.flags.filter((f) => f.name === "exclude" && f.value).map((f) => f.value!),
    heredocs,
  };
}

/**
 * Whether one source of a COPY/ADD from the build context (no `--from`) sends the context file at
 * `path` (one the ignore file does not exclude), and from where: the context-relative root the
 * file is copied relative to — "" for the whole context, the source directory, the directory or
 * file a glob matched — or null when the source does not send it (another path, a URL, a heredoc,
 * a `--exclude` pattern). The one place rules and the layer model decide what a COPY sends.
 */
export function sentFrom(spec: CopySpec, source: CopySource, path: string): string | null {
  if (spec.from !== null || source.path === null || source.url) return null;
  let root: string | null = null;
  if (source.wholeContext) root = "";
  else if (!source.glob) root = isUnder(path, source.path) ? source.path : null;
  else {
    const matcher = matchGlob(source.path);
    if (matcher.test(path)) root = path;
    else {
      for (let slash = path.indexOf("/"); slash >= 0 && root === null; slash = path.indexOf("/", slash + 1)) {
        if (matcher.test(path.slice(0, slash))) root = path.slice(0, slash);
      }
    }
  }
  if (root === null) return null;
  // BuildKit matches --exclude patterns against paths relative to the source (`--exclude=*.pem
  // certs` leaves out `certs/server.pem`); the context-relative path is tried too. A pattern that
  // matches a directory leaves out everything under it (`--exclude=config` and `config/a/db.yml`).
  const relative = root === "" || root === path ? basename(path) : path.slice(root.length + 1);
  const excluded = spec.excludes.some((pattern) => {
    const matcher = matchGlob(contextPath(pattern));
    return matchesOrUnder(matcher, path) || matchesOrUnder(matcher, relative);
  });
  return excluded ? null : root;
}

/** Whether `matcher` matches `path` or one of the directories it lies in. */
function matchesOrUnder(matcher: { test(path: string): boolean }, path: string): boolean {
  if (matcher.test(path)) return true;
  for (let slash = path.indexOf("/"); slash >= 0; slash = path.indexOf("/", slash + 1)) {
    if (matcher.test(path.slice(0, slash))) return true;
  }
  return false;
}
