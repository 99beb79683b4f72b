/**
 * The file/layer model: which files each COPY, ADD and RUN layer adds and removes, what every
 * stage holds at its end, and what `COPY --from` carries between stages. Only files the model can
 * name are tracked (explicit sources, secret files of the build context, files a RUN writes);
 * anything it cannot resolve is left out, so rules err toward silence.
 *
 * Three parts: copy specs (copy-spec.ts) and the files they add (copy-files.ts), RUN effects
 * (run-effects.ts), and here the fold over each stage's instructions that tracks the working
 * directory, the home directory and the files held.
 */
import { MAX_PATH_LENGTH } from "../shell/paths.js";
import { copyAdds, stageCopyAdds } from "./copy-files.js";
import { expandIn, parseCopySpec } from "./copy-spec.js";
import type { Instruction } from "../parse/dockerfile.js";
import type { CopySpec, ImageFile, Layer, LayerInput, LayerModel, StageFiles } from "./layer-types.js";
import { resolveIn } from "./paths.js";
import { runEffects } from "./run-effects.js";

export type { AddedVia, CopySource, CopySpec, Deletion, ImageFile, Layer, LayerInput, LayerModel, StageFiles } from "./layer-types.js";
export { contextPath, sentFrom } from "./copy-spec.js";
export { deletes } from "./run-effects.js";

/** The working directory after a WORKDIR instruction (unchanged when its value is not known). */
function nextWorkdir(input: LayerInput, instruction: Instruction, workdir: string): string {
  const raw = instruction.words[0]?.value;
  const value = raw === undefined ? undefined : expandIn(input, instruction, raw);
  return value !== undefined && value.length <= MAX_PATH_LENGTH ? resolveIn(workdir, value) : workdir;
}

/** Every COPY/ADD's spec (null when it cannot be parsed) and every instruction's working directory, by instruction index. */
export interface CopySpecs {
  readonly specs: ReadonlyMap<number, CopySpec | null>;
  readonly workdirs: ReadonlyMap<number, string>;
}

/**
 * Every COPY/ADD's spec (ONBUILD triggers' too) and the working directory each instruction runs
 * in: a fold over the working directories alone, so what the copies send is known without RUN
 * effects (the host asks this before each lint to scope the context walk). The layer model
 * builds on it.
 */
export function buildCopySpecs(input: LayerInput): CopySpecs {
  const specs = new Map<number, CopySpec | null>();
  const workdirs = new Map<number, string>();
  const stageByName = new Map<string, number>();
  input.stages.stages.forEach((s) => {
    if (s.name !== null) stageByName.set(s.name, s.index);
  });
  const finalWorkdirs: string[] = [];
  for (const stage of input.stages.stages) {
    let workdir = stage.parent !== null ? (finalWorkdirs[stage.parent] ?? "/") : "/";
    workdirs.set(stage.from.index, workdir);
    for (const instruction of stage.instructions) {
      workdirs.set(instruction.index, workdir);
      const trigger = instruction.trigger;
      if (trigger) workdirs.set(trigger.index, workdir);
      if (instruction.keyword === "WORKDIR") workdir = nextWorkdir(input, instruction, workdir);
      else if (instruction.keyword === "COPY" || instruction.keyword === "ADD") specs.set(instruction.index, parseCopySpec(instruction, workdir, input, stageByName));
      // ONBUILD COPY/ADD triggers run in child images: their specs are still parsed for rules.
      if (trigger && (trigger.keyword === "COPY" || trigger.keyword === "ADD")) specs.set(trigger.index, parseCopySpec(trigger, workdir, input, stageByName));
    }
    finalWorkdirs.push(workdir);
  }
  return { specs, workdirs };
}

/** The layer model over `copies` (`buildCopySpecs(input)`, passed in when the caller has it). */
export function buildLayers(input: LayerInput, copies: CopySpecs = buildCopySpecs(input)): LayerModel {
  const { specs, workdirs } = copies;
  const homes = new Map<number, string>();
  const stageFiles: StageFiles[] = [];
  const heldByStage: Map<string, ImageFile[]>[] = [];
  const finalHomes: string[] = [];

  for (const stage of input.stages.stages) {
    const parent = stage.parent !== null ? stageFiles[stage.parent] : undefined;
    const end = new Map<string, ImageFile>(parent?.end ?? []);
    // Every layer copy of a path that is still visible: a delete hides all of them.
    const held = new Map<string, ImageFile[]>(stage.parent !== null ? heldByStage[stage.parent] : []);
    const hold = (file: ImageFile) => {
      end.set(file.path, file);
      held.set(file.path, [...(held.get(file.path) ?? []), file]);
    };
    let home = stage.parent !== null ? (finalHomes[stage.parent] ?? "/root") : "/root";
    homes.set(stage.from.index, home);
    const layers: Layer[] = [];
    for (const instruction of stage.instructions) {
      homes.set(instruction.index, home);
      if (instruction.trigger) homes.set(instruction.trigger.index, home);
      switch (instruction.keyword) {
        case "USER": {
          const user = (instruction.words[0]?.value ?? "").split(":")[0] ?? "";
          const value = expandIn(input, instruction, user);
          if (value !== undefined && value !== "") home = value === "root" || value === "0" ? "/root" : `/home/${value}`;
          break;
        }
        case "COPY":
        case "ADD": {
          const spec = specs.get(instruction.index) ?? null;
          if (!spec) break;
          const added = spec.from !== null ? stageCopyAdds(spec, stageFiles) : copyAdds(spec, input);
          for (const file of added) hold(file);
          layers.push({ instruction, added, hides: [] });
          break;
        }
        case "RUN": {
          const { added, hides } = runEffects(instruction, workdirs.get(instruction.index) ?? "/", home, held, input);
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
    }
    stageFiles.push({ layers, end });
    heldByStage.push(held);
    finalHomes.push(home);
  }

  return {
    stage: (index) => stageFiles[index] ?? { layers: [], end: new Map() },
    copySpec: (instruction) => specs.get(instruction.index) ?? null,
    workdirOf: (instruction) => workdirs.get(instruction.index) ?? "/",
    homeOf: (instruction) => homes.get(instruction.index) ?? "/root",
  };
}
