import type { Model } from "../model/index.js";
import { sentFrom, type CopySource, type CopySpec } from "../model/layers.js";
import type { Instruction } from "../parse/dockerfile.js";

/** COPY/ADD instructions of every stage (ONBUILD triggers included), with their parsed specs. */
export function copySpecs(model: Model): CopySpec[] {
  const specs: CopySpec[] = [];
  for (const instruction of model.instructions) {
    if (instruction.keyword !== "COPY" && instruction.keyword !== "ADD") continue;
    const spec = model.copySpec(instruction);
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

/**
 * The secret files of the build context that a glob source matches itself (not files inside a
 * directory it matches: those are the `.dockerignore` rules'), or null when only the name can
 * tell: no context, an ONBUILD trigger (it copies from the child's context), or a walk that
 * stopped before it found any.
 */
export function globSecretFiles(model: Model, spec: CopySpec, source: CopySource): string[] | null {
  const context = model.context;
  if (!context || spec.instruction.onbuild) return null;
  const matched = context.secretFiles.filter((file) => file.type === "file" && sentFrom(spec, source, file.path) === file.path).map((file) => file.path);
  return matched.length === 0 && context.truncated !== undefined ? null : matched;
}
