/** The net file effects of a RUN: the files it leaves in its layer, and the earlier layers' files its deletes hide. */
import { secretFileKind } from "../detect/secret-files.js";
import { findSecretsInText } from "../detect/secret-values.js";
import type { Instruction } from "../parse/dockerfile.js";
import { fileEffects, programOf, type FileEffects, type FileWrite, type ShellScript } from "../shell/index.js";
import { passesThrough as programPassesThrough } from "../shell/programs/index.js";
import type { Deletion, ImageFile, LayerInput } from "./layer-types.js";
import { basename, hasGlob, isUnder, matchGlob, normalizePath } from "./paths.js";


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

/** Net file effects of a RUN: files it leaves behind, and deletes of files from earlier layers. */
export function runEffects(
run: Instruction,
workdir: string,
home: string,
before: ReadonlyMap<string, readonly ImageFile[]>,
input: LayerInput,
): { added: ImageFile[]; hides: { deletion: Deletion; file: ImageFile }[] } {
  const scope = input.variables.scopeBefore(run);
  const mounts = secretMounts(run);
  const own = new Map<string, ImageFile>();
  const hides: { deletion: Deletion; file: ImageFile }[] = [];
  for (const { script, offset } of input.runScripts(run)) {
    if (input.shellOf(run) !== "posix") continue;
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
      const passesThrough = (c: typeof command) => c !== undefined && programPassesThrough(programOf(c).name);
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
          let kind = secretFileKind(write.path, input.files);
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
