import type { Instruction, ParsedDockerfile } from "../parse/dockerfile.js";
import { redactText } from "../redact.js";
import { mentionName } from "../util/names.js";
import { expandValue } from "./substitution.js";

export interface Stage {
  readonly index: number;
  /** Lower-cased `AS name`, or null. */
  readonly name: string | null;
  /** The stage's name as written, or `#<index>` for an unnamed stage (what messages show). */
  readonly label: string;
  readonly from: Instruction;
  /** Base image reference as written (after global ARG expansion when known). */
  readonly base: string;
  /** Index of the stage this one is built FROM, or null for an external image. */
  readonly parent: number | null;
  /** Instructions after FROM, in order (an ONBUILD's trigger is reached through `trigger`). */
  readonly instructions: readonly Instruction[];
  /** Shipped: the target or a stage the target is built FROM, transitively (docs/spec.md §2). */
  readonly shipped: boolean;
}

export interface StageModel {
  /** Instructions before the first FROM (global ARGs). */
  readonly globals: readonly Instruction[];
  readonly stages: readonly Stage[];
  readonly target: number;
  /** Stage index of each instruction (by `instruction.index`); -1 for globals. */
  readonly stageOfInstruction: ReadonlyMap<number, number>;
}

export class UnknownTargetError extends Error {
  constructor(readonly target: string, readonly stages: readonly string[]) {
    // The target comes from the command line or a config file: a secret pasted there is not repeated.
    const { shown, suggestion } = mentionName(target, stages);
    super(
      redactText(
        `Target stage ${shown} does not exist in this Dockerfile` +
          (stages.length > 0 ? ` (stages: ${stages.join(", ")}).` : " (it has no named stages).") +
          (suggestion === undefined ? "" : ` Did you mean "${suggestion}"?`),
        [],
      ),
    );
    this.name = "UnknownTargetError";
  }
}

/** Builds the stage model. Throws UnknownTargetError when `target` names no stage. */
export function buildStages(parsed: ParsedDockerfile, target: string | undefined): StageModel {
  const globals: Instruction[] = [];
  const groups: { from: Instruction; instructions: Instruction[] }[] = [];
  const stageOfInstruction = new Map<number, number>();
  for (const instruction of parsed.instructions) {
    if (instruction.keyword === "FROM") {
      groups.push({ from: instruction, instructions: [] });
      stageOfInstruction.set(instruction.index, groups.length - 1);
    } else if (groups.length === 0) {
      globals.push(instruction);
      stageOfInstruction.set(instruction.index, -1);
    } else {
      groups[groups.length - 1]!.instructions.push(instruction);
      stageOfInstruction.set(instruction.index, groups.length - 1);
      if (instruction.trigger) stageOfInstruction.set(instruction.trigger.index, groups.length - 1);
    }
  }

  const globalDefaults = new Map<string, string>();
  for (const instruction of globals) {
    if (instruction.keyword !== "ARG") continue;
    for (const prop of instruction.properties) if (prop.value !== null) globalDefaults.set(prop.name, prop.value);
  }

  const byName = new Map<string, number>();
  const partial = groups.map((group, index) => {
    const words = group.from.words.map((w) => w.value);
    const asIndex = words.findIndex((w) => w.toLowerCase() === "as");
    const name = asIndex >= 0 && words[asIndex + 1] ? words[asIndex + 1]!.toLowerCase() : null;
    const rawBase = words[0] ?? "";
    const base = expandValue(rawBase, (n) => globalDefaults.get(n)) ?? rawBase;
    const parent = byName.get(base.toLowerCase()) ?? null;
    if (name !== null) byName.set(name, index);
    const label = asIndex >= 0 && words[asIndex + 1] ? words[asIndex + 1]! : `#${index}`;
    return { index, name, label, from: group.from, base, parent, instructions: group.instructions };
  });

  let targetIndex = partial.length - 1;
  if (target !== undefined && target !== "") {
    const found = byName.get(target.toLowerCase());
    if (found === undefined) {
      throw new UnknownTargetError(target, partial.filter((s) => s.name !== null).map((s) => s.label));
    }
    targetIndex = found;
  }

  const shipped = new Set<number>();
  for (let i: number | null = targetIndex; i !== null && i >= 0 && !shipped.has(i); i = partial[i]?.parent ?? null) {
    shipped.add(i);
  }
  const stages = partial.map((s) => ({ ...s, shipped: shipped.has(s.index) }));
  return { globals, stages, target: targetIndex, stageOfInstruction };
}

/**
 * Throws UnknownTargetError when `target` names no stage of the Dockerfile (a front end checks a
 * setting before linting: every finding's stage and severity depend on it).
 */
export function checkTarget(parsed: ParsedDockerfile, target: string): void {
  buildStages(parsed, target);
}
