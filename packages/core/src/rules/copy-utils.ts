import type { Model } from "../model/index.js";
import type { CopySpec } from "../model/layers.js";
import type { Instruction } from "../parse/dockerfile.js";

/** COPY/ADD instructions of every stage (ONBUILD triggers included), with their parsed specs. */
export function copySpecs(model: Model): CopySpec[] {
  const layers = model.layers();
  const specs: CopySpec[] = [];
  for (const instruction of model.instructions) {
    if (instruction.keyword !== "COPY" && instruction.keyword !== "ADD") continue;
    const spec = layers.copySpec(instruction);
    if (spec) specs.push(spec);
  }
  return specs;
}

/** First whole-context COPY/ADD (no --from), or null. */
export function firstWholeContextCopy(model: Model): CopySpec | null {
  return copySpecs(model).find((spec) => spec.from === null && spec.sources.some((s) => s.wholeContext)) ?? null;
}

/** A list of paths for a message: `a`, `a and b`, `a, b and 2 more`. */
export function listPaths(paths: readonly string[], max = 3): string {
  const unique = [...new Set(paths)];
  if (unique.length <= 1) return unique[0] ?? "";
  if (unique.length <= max) return `${unique.slice(0, -1).join(", ")} and ${unique[unique.length - 1]}`;
  return `${unique.slice(0, max).join(", ")} and ${unique.length - max} more`;
}

/** RUNs of the instruction's stage that follow it. */
export function laterRuns(model: Model, instruction: Instruction): Instruction[] {
  const stage = model.stageOf(instruction);
  if (!stage) return [];
  return stage.instructions.filter((i) => i.keyword === "RUN" && i.span.start > instruction.span.start);
}
