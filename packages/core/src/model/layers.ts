/**
 * The file/layer model: which files each COPY, ADD and RUN layer adds and removes, what every
 * stage holds at its end, and what `COPY --from` carries between stages. Only files the model can
 * name are tracked (explicit sources, secret files of the build context, files a RUN writes);
 * anything it cannot resolve is left out, so rules err toward silence.
 */
import { copiedFileKind, secretFileKind } from "../detect/secret-files.js";
import { findSecretsInText } from "../detect/secret-values.js";
import type { Instruction } from "../parse/dockerfile.js";
import { MAX_PATH_LENGTH } from "../shell/paths.js";
import { fileEffects, programOf, type FileEffects, type FileWrite, type ShellScript } from "../shell/index.js";
import type { Model } from "./index.js";
import { basename, matchGlob, hasGlob, isUnder, normalizePath, relativeTo, resolveIn } from "./paths.js";
import { expandValue, findVariableUses } from "./substitution.js";

export type AddedVia = "copy" | "add" | "heredoc" | "run" | "stage-copy";

export interface ImageFile {
  /** Absolute path in the image; a glob when `pattern` (a COPY glob source stands for its matches). */
  readonly path: string;
  readonly pattern: boolean;
  /** Why the file is secret ("dotenv file", "npm credentials", "file written with $NPM_TOKEN"…), or null. */
  readonly secretKind: string | null;
  /** The instruction whose layer holds the file. */
  readonly addedBy: Instruction;
  readonly via: AddedVia;
  /** Path in the build context it came from, for context copies. */
  readonly contextPath?: string;
  /** A RUN copied a mounted secret (`--mount=type=secret`) into it. */
  readonly fromSecretMount?: boolean;
  /** For `COPY --from`: the stage that produced it, and the file there. */
  readonly fromStage?: number;
  readonly origin?: ImageFile;
}

export interface Deletion {
  readonly path: string;
  readonly recursive: boolean;
  /** Offsets of the delete command in the Dockerfile. */
  readonly start: number;
  readonly end: number;
}

export interface Layer {
  readonly instruction: Instruction;
  /** Files this layer holds (after the layer's own deletes). */
  readonly added: readonly ImageFile[];
  /** Deletes of files from earlier layers (with the files they hide). */
  readonly hides: readonly { readonly deletion: Deletion; readonly file: ImageFile }[];
}

/** One source of a COPY/ADD. */
export interface CopySource {
  /** Source as written, variables expanded; null when it could not be resolved. */
  readonly value: string | null;
  /** Context-relative (or, with --from, stage-absolute) normalised path. */
  readonly path: string | null;
  readonly start: number;
  readonly end: number;
  readonly wholeContext: boolean;
  readonly glob: boolean;
  readonly url: boolean;
}

export interface CopySpec {
  readonly instruction: Instruction;
  /** `--from` value, or null. */
  readonly from: string | null;
  /** Stage index `--from` names, or null (external image, or no --from). */
  readonly fromStage: number | null;
  readonly sources: readonly CopySource[];
  /** Absolute destination, or null when unresolvable. */
  readonly dest: string | null;
  readonly destIsDir: boolean;
  readonly parents: boolean;
  readonly excludes: readonly string[];
  readonly heredocs: boolean;
}

export interface StageFiles {
  readonly layers: readonly Layer[];
  /** Tracked files present at the end of the stage. */
  readonly end: ReadonlyMap<string, ImageFile>;
}

export interface LayerModel {
  stage(index: number): StageFiles;
  copySpec(instruction: Instruction): CopySpec | null;
  workdirOf(instruction: Instruction): string;
  homeOf(instruction: Instruction): string;
}

/** Programs whose output is (a transform of) their input or arguments. */
const PASS_THROUGH = new Set(["cat", "echo", "printf", "tee", "base64", "head", "tail", "tr", "sed", "awk", "jq", "envsubst", "xargs"]);

const WHOLE_CONTEXT = new Set([".", "./", "*", "./*", "/"]);

function isWholeContext(source: string): boolean {
  return WHOLE_CONTEXT.has(source.trim());
}

/** Context-relative form of a COPY source (`./a/../b/` → `b`, `/x` → `x`). */
function contextPath(source: string): string {
  const normal = normalizePath(source.replace(/^\/+/, ""));
  return normal === "." ? "" : normal;
}

/** Secret mounts of a RUN: the paths they appear at and the env vars they fill. */
function secretMounts(run: Instruction): { paths: string[]; vars: string[] } {
  const paths: string[] = [];
  const vars: string[] = [];
  for (const flag of run.flags) {
    if (flag.name !== "mount" || flag.options.get("type") !== "secret") continue;
    const target = flag.options.get("target") ?? flag.options.get("dst") ?? flag.options.get("destination");
    const id = flag.options.get("id") ?? (target ? basename(target) : undefined);
    const env = flag.options.get("env");
    if (env) vars.push(env);
    if (target) paths.push(normalizePath(target.startsWith("/") ? target : `/${target}`));
    else if (id) paths.push(`/run/secrets/${id}`);
  }
  return { paths, vars };
}

export function buildLayers(model: Model): LayerModel {
  const escape = model.parsed.directives.escape;
  const files = model.files;
  const workdirs = new Map<number, string>();
  const homes = new Map<number, string>();
  const specs = new Map<number, CopySpec | null>();
  const stageFiles: StageFiles[] = [];
  const finalWorkdirs: string[] = [];
  const heldByStage: Map<string, ImageFile[]>[] = [];
  const finalHomes: string[] = [];
  const stageByName = new Map<string, number>();
  model.stages.stages.forEach((s) => {
    if (s.name !== null) stageByName.set(s.name, s.index);
  });

  const secretFromName = (path: string) => secretFileKind(path, files);

  const expand = (instruction: Instruction, value: string): string | undefined => {
    const scope = model.variables.scopeBefore(instruction);
    return expandValue(value, (name) => scope.get(name)?.value, escape);
  };

  const parseCopy = (instruction: Instruction, workdir: string): CopySpec | null => {
    const fromFlag = instruction.flags.find((f) => f.name === "from");
    const from = fromFlag?.value ?? null;
    let fromStage: number | null = null;
    if (from !== null) {
      const lowered = from.toLowerCase();
      if (stageByName.has(lowered)) fromStage = stageByName.get(lowered)!;
      else if (/^\d+$/.test(from) && Number(from) < model.stages.stages.length) fromStage = Number(from);
    }
    let items: { value: string; start: number; end: number }[];
    if (instruction.exec) {
      items = instruction.exec.map((value) => ({ value, start: instruction.argsStart, end: instruction.argsEnd }));
    } else {
      items = instruction.words.map((w) => ({ value: w.value, start: w.span.start, end: w.span.end }));
    }
    if (items.length < 2) return null;
    const destItem = items[items.length - 1]!;
    const destRaw = expand(instruction, destItem.value);
    const sources: CopySource[] = items.slice(0, -1).map((item) => {
      const value = expand(instruction, item.value) ?? null;
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
  };

  /** Files a COPY/ADD from the build context (or a heredoc) puts in its layer. */
  const copyAdds = (spec: CopySpec): ImageFile[] => {
    const { instruction, dest } = spec;
    if (dest === null) return [];
    const via: AddedVia = instruction.keyword === "ADD" ? "add" : "copy";
    const out: ImageFile[] = [];
    const target = (relative: string, sourcePath: string) => {
      if (spec.parents) return normalizePath(`${dest}/${relative}`);
      if (relative === sourcePath || sourcePath === "") {
        return spec.destIsDir || sourcePath === "" ? normalizePath(`${dest}/${relative}`) : dest;
      }
      return normalizePath(`${dest}/${relativeTo(relative, sourcePath)}`);
    };
    for (const source of spec.sources) {
      if (source.path === null) continue;
      if (source.glob) {
        const kind = secretFromName(source.path);
        out.push({ path: normalizePath(`${dest}/${basename(source.path)}`), pattern: true, secretKind: kind, addedBy: instruction, via, contextPath: source.path });
      } else {
        if (!source.wholeContext) {
          const path = target(source.path, source.path);
          out.push({ path, pattern: false, secretKind: copiedFileKind(source.path, path, files), addedBy: instruction, via, contextPath: source.path });
        }
      }
      // Secret files of the real context that this source brings along.
      for (const file of model.context?.secretFiles ?? []) {
        if (file.type !== "file") continue;
        const root = sentFrom(spec, source, file.path);
        // The source itself is the explicit copy above.
        if (root === null || (!source.glob && !source.wholeContext && root === file.path)) continue;
        let path: string;
        if (!source.glob) path = target(file.path, source.wholeContext ? "" : source.path);
        else if (spec.parents) path = normalizePath(`${dest}/${file.path}`);
        // A glob that matches a directory sends the directory's content, like a directory source.
        else path = normalizePath(`${dest}/${root === file.path ? basename(file.path) : relativeTo(file.path, root)}`);
        out.push({ path, pattern: false, secretKind: secretFromName(file.path) ?? "secret file", addedBy: instruction, via, contextPath: file.path });
      }
    }
    if (spec.heredocs && instruction.keyword === "COPY") {
      const scope = model.variables.scopeBefore(instruction);
      for (const heredoc of instruction.heredocs) {
        const path = spec.destIsDir || instruction.heredocs.length > 1 ? normalizePath(`${dest}/${heredoc.name}`) : dest;
        let kind = secretFromName(path);
        if (!kind && findSecretsInText(heredoc.content).length > 0) kind = "file with a hardcoded secret";
        if (!kind) {
          const secretVar = findVariableUses(heredoc.content, escape).map((u) => scope.get(u.name)).find((v) => v?.secret);
          if (secretVar) kind = `file written with $${secretVar.name}`;
        }
        out.push({ path, pattern: false, secretKind: kind, addedBy: instruction, via: "heredoc" });
      }
    }
    return out;
  };

  /** Files `COPY --from=<stage>` carries out of the source stage's final filesystem. */
  const stageCopyAdds = (spec: CopySpec): ImageFile[] => {
    if (spec.fromStage === null || spec.dest === null) return [];
    const source = stageFiles[spec.fromStage];
    if (!source) return [];
    const out: ImageFile[] = [];
    for (const src of spec.sources) {
      if (src.path === null) continue;
      const matcher = src.glob ? matchGlob(src.path) : null;
      for (const file of source.end.values()) {
        let path: string | null = null;
        if (matcher) {
          if (matcher.test(file.path)) path = normalizePath(`${spec.dest}/${basename(file.path)}`);
        } else if (file.path === src.path) {
          path = spec.destIsDir ? normalizePath(`${spec.dest}/${basename(file.path)}`) : spec.dest;
        } else if (isUnder(file.path, src.path)) {
          path = normalizePath(`${spec.dest}/${relativeTo(file.path, src.path)}`);
        }
        if (path === null) continue;
        out.push({ ...file, path, addedBy: spec.instruction, via: "stage-copy", fromStage: spec.fromStage, origin: file.origin ?? file });
      }
    }
    return out;
  };

  /** Net file effects of a RUN: files it leaves behind, and deletes of files from earlier layers. */
  const runEffects = (run: Instruction, workdir: string, home: string, before: ReadonlyMap<string, readonly ImageFile[]>) => {
    const scope = model.variables.scopeBefore(run);
    const mounts = secretMounts(run);
    const own = new Map<string, ImageFile>();
    const hides: { deletion: Deletion; file: ImageFile }[] = [];
    for (const { script, offset } of model.runScripts(run)) {
      if (model.shellOf(run) !== "posix") continue;
      const effects = cachedEffects(script, workdir, home, (name) => scope.get(name)?.value);
      // Shell variables filled from a secret mount inside this RUN.
      const mountVars = new Set(mounts.vars);
      for (const command of script.commands) {
        for (const assignment of command.assignments) {
          if (mounts.paths.some((p) => assignment.value.value.includes(p))) mountVars.add(assignment.name);
        }
      }
      const readsMount = (write: FileWrite) => {
        if (mounts.paths.length === 0) return false;
        const command = script.commands[write.command];
        const sourceCommand = command?.pipedFrom !== undefined ? script.commands[command.pipedFrom] : undefined;
        const reads = (words: readonly { value: string }[] | undefined) =>
          (words ?? []).some((w) => mounts.paths.some((p) => w.value === p || w.value.includes(p)));
        // Only programs that pass their input through: `curl -H "$(cat /run/secrets/t)" -o f` writes the download.
        const passesThrough = (c: typeof command) => c !== undefined && PASS_THROUGH.has(programOf(c).name);
        switch (write.via) {
          case "cp":
          case "install":
          case "mv":
            return reads(command?.words.slice(1));
          case "redirect":
          case "tee":
          case "heredoc":
            return (
              (passesThrough(command) && reads(command?.words)) ||
              (passesThrough(sourceCommand) && reads(sourceCommand?.words)) ||
              write.contentVars.some((v) => mountVars.has(v))
            );
          default:
            return false;
        }
      };
      const events: { command: number; apply: () => void }[] = [];
      for (const write of effects.writes) {
        events.push({
          command: write.command,
          apply: () => {
            const fromMount = readsMount(write);
            let kind = secretFromName(write.path);
            // `cp`/`mv`/`install` of a tracked secret file: the copy is just as secret.
            if (!kind) {
              const copy = effects.copies.find((c) => c.command === write.command && c.to === write.path);
              const source = copy ? (own.get(copy.from) ?? before.get(copy.from)?.at(-1)) : undefined;
              if (source?.secretKind) kind = source.secretKind;
            }
            if (fromMount) kind = kind ?? "copy of a mounted secret";
            if (!kind) {
              const secretVar = write.contentVars.map((v) => scope.get(v)).find((v) => v?.secret);
              if (secretVar) kind = `file written with $${secretVar.name}`;
            }
            if (!kind && findSecretsInText(write.contentText).length > 0) kind = "file with a hardcoded secret";
            own.set(write.path, {
              path: write.path,
              pattern: false,
              secretKind: kind,
              addedBy: run,
              via: "run",
              ...(fromMount ? { fromSecretMount: true } : {}),
            });
          },
        });
      }
      for (const del of effects.deletes) {
        events.push({
          command: del.command,
          apply: () => {
            const deletion: Deletion = {
              path: del.path,
              recursive: del.recursive,
              start: offset >= 0 ? offset + del.start : run.span.start,
              end: offset >= 0 ? offset + del.end : run.span.end,
            };
            const hit = (file: ImageFile) => deletes(deletion, file);
            for (const [path, file] of own) if (hit(file)) own.delete(path);
            if (!deletion.recursive && !hasGlob(deletion.path)) {
              // Only the files at that very path: look them up instead of testing every held file.
              for (const file of before.get(deletion.path) ?? []) hides.push({ deletion, file });
            } else {
              // A file the delete can reach starts with the delete's path up to its first glob character.
              const prefix = literalPrefix(deletion.path);
              for (const copies of before.values()) {
                for (const file of copies) if (file.path.startsWith(prefix) && hit(file)) hides.push({ deletion, file });
              }
            }
          },
        });
      }
      events.sort((a, b) => a.command - b.command);
      for (const event of events) event.apply();
    }
    return { added: [...own.values()], hides };
  };

  for (const stage of model.stages.stages) {
    const parent = stage.parent !== null ? stageFiles[stage.parent] : undefined;
    const end = new Map<string, ImageFile>(parent?.end ?? []);
    // Every layer copy of a path that is still visible: a delete hides all of them.
    const held = new Map<string, ImageFile[]>(stage.parent !== null ? heldByStage[stage.parent] : []);
    const hold = (file: ImageFile) => {
      end.set(file.path, file);
      held.set(file.path, [...(held.get(file.path) ?? []), file]);
    };
    let workdir = stage.parent !== null ? (finalWorkdirs[stage.parent] ?? "/") : "/";
    let home = stage.parent !== null ? (finalHomes[stage.parent] ?? "/root") : "/root";
    workdirs.set(stage.from.index, workdir);
    homes.set(stage.from.index, home);
    const layers: Layer[] = [];
    for (const outer of stage.instructions) {
      const instruction = outer;
      workdirs.set(instruction.index, workdir);
      homes.set(instruction.index, home);
      if (instruction.trigger) {
        workdirs.set(instruction.trigger.index, workdir);
        homes.set(instruction.trigger.index, home);
      }
      switch (instruction.keyword) {
        case "WORKDIR": {
          const raw = instruction.words[0]?.value;
          const value = raw === undefined ? undefined : expand(instruction, raw);
          if (value !== undefined && value.length <= MAX_PATH_LENGTH) workdir = resolveIn(workdir, value);
          break;
        }
        case "USER": {
          const user = (instruction.words[0]?.value ?? "").split(":")[0] ?? "";
          const value = expand(instruction, user);
          if (value !== undefined && value !== "") home = value === "root" || value === "0" ? "/root" : `/home/${value}`;
          break;
        }
        case "COPY":
        case "ADD": {
          const spec = parseCopy(instruction, workdir);
          specs.set(instruction.index, spec);
          if (!spec) break;
          const added = spec.from !== null ? stageCopyAdds(spec) : copyAdds(spec);
          for (const file of added) hold(file);
          layers.push({ instruction, added, hides: [] });
          break;
        }
        case "RUN": {
          const { added, hides } = runEffects(instruction, workdir, home, held);
          for (const { file } of hides) {
            end.delete(file.path);
            held.delete(file.path);
          }
          for (const file of added) hold(file);
          layers.push({ instruction, added, hides });
          break;
        }
        default:
          break;
      }
      // ONBUILD COPY/RUN triggers run in child images: their copy specs are still parsed for rules.
      if (instruction.trigger && (instruction.trigger.keyword === "COPY" || instruction.trigger.keyword === "ADD")) {
        specs.set(instruction.trigger.index, parseCopy(instruction.trigger, workdir));
      }
    }
    stageFiles.push({ layers, end });
    heldByStage.push(held);
    finalWorkdirs.push(workdir);
    finalHomes.push(home);
  }

  return {
    stage: (index) => stageFiles[index] ?? { layers: [], end: new Map() },
    copySpec: (instruction) => specs.get(instruction.index) ?? null,
    workdirOf: (instruction) => workdirs.get(instruction.index) ?? "/",
    homeOf: (instruction) => homes.get(instruction.index) ?? "/root",
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
  return spec.excludes.some((pattern) => matchGlob(contextPath(pattern)).test(path)) ? null : root;
}

const GLOB_CHAR = /[*?[]/;

/** The part of a path before its first glob character; "" for `/` (a recursive delete of everything). */
function literalPrefix(path: string): string {
  const glob = path.search(GLOB_CHAR);
  const literal = glob < 0 ? path : path.slice(0, glob);
  return literal === "/" ? "" : literal;
}

/**
 * `fileEffects` depends on the script and on the path context only through the values of the
 * variables the script uses: keyed by those, an editor's re-lint reuses every unchanged RUN.
 * (Effects are read, never mutated. Weak by script: an entry lives as long as the memoised parse.)
 */
const effectsTable = new WeakMap<ShellScript, Map<string, FileEffects>>();
function cachedEffects(script: ShellScript, workdir: string, home: string, resolveVar: (name: string) => string | undefined): FileEffects {
  const names = [...new Set(script.vars.map((v) => v.name))];
  const key = `${workdir}\0${home}\0${names.map((n) => `${n}=${resolveVar(n) ?? "\u0001"}`).join("\0")}`;
  let byContext = effectsTable.get(script);
  const hit = byContext?.get(key);
  if (hit) return hit;
  const effects = fileEffects(script, { workdir, home, resolveVar });
  if (!byContext) effectsTable.set(script, (byContext = new Map()));
  if (byContext.size >= 64) byContext.clear();
  byContext.set(key, effects);
  return effects;
}

/** Whether a deletion removes a tracked file (exact path, under a recursive delete, or by glob). */
export function deletes(deletion: Deletion, file: ImageFile): boolean {
  if (hasGlob(deletion.path)) {
    if (file.pattern) return deletion.path === file.path;
    return matchGlob(deletion.path).test(file.path);
  }
  if (file.path === deletion.path) return true;
  return deletion.recursive && isUnder(file.path, deletion.path);
}
