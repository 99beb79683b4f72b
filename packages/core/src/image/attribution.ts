/**
 * Ties an image back to the Dockerfile it was built from: history entries to the instructions of
 * the shipped stage chain (the target and the stages it is built FROM), layers to the history
 * entries that made them, and each image finding to the static findings that predicted it. A
 * secret the image holds that no static finding foresaw is a gap in the rules, and says so.
 */
import type { Model } from "../model/index.js";
import type { Stage } from "../model/stages.js";
import type { Instruction } from "../parse/dockerfile.js";
import type { Finding, Prediction, RelatedLocation, RuleId, Span } from "../types.js";
import { parseCreatedBy, type RecordedInstruction } from "./history.js";
import type { HistoryEntry } from "./image.js";
import type { HitSource } from "./scan.js";

/** Instructions some builders record no history entry for: skipped when the history does not have them. */
const MAY_BE_UNRECORDED: ReadonlySet<string> = new Set(["ARG", "MAINTAINER"]);

/** Which Dockerfile rules foresee a secret in each channel of the image. */
const PREDICTORS: Readonly<Record<"config" | "history" | "layer", ReadonlySet<RuleId>>> = {
  config: new Set(["no-secret-in-env", "no-hardcoded-secret"]),
  history: new Set(["no-secret-in-arg", "require-secret-mount", "no-hardcoded-secret", "no-secret-in-env"]),
  layer: new Set([
    "no-secret-file-copy",
    "no-ineffective-delete",
    "no-secret-stage-copy",
    "no-secret-mount-copy",
    "require-dockerignore-entries",
    "no-secret-in-context-file",
    "require-dockerignore",
    "no-hardcoded-secret",
    "require-secret-mount",
  ]),
};

/** Where an image finding comes from in the Dockerfile. */
export type Origin =
  | { readonly kind: "instruction"; readonly instruction: Instruction; readonly deletedBy: Instruction | null }
  | { readonly kind: "base"; readonly from: Instruction }
  | { readonly kind: "unmatched" };

export interface Attributed {
  readonly origin: Origin;
  readonly predictedBy: readonly Prediction[];
  readonly related: readonly RelatedLocation[];
  /** ` It comes from line 4 (COPY); predicted by …` — the message's closing sentence. */
  readonly sentence: string;
  readonly span: Span | null;
  readonly stage: Stage | null;
}

export interface StaticFinding {
  readonly finding: Finding;
  readonly suppressed: boolean;
}

/** The shipped chain: the root stage first, the target last. */
function chainOf(model: Model): Stage[] {
  const chain: Stage[] = [];
  const seen = new Set<number>();
  for (let i: number | null = model.stages.target; i !== null && !seen.has(i); i = model.stages.stages[i]?.parent ?? null) {
    const stage = model.stages.stages[i];
    if (!stage) break;
    seen.add(i);
    chain.unshift(stage);
  }
  return chain;
}

/** Whitespace-insensitive text: line continuations removed, runs of blanks as one space. */
function normalized(text: string): string {
  return text.replace(/\\\r?\n/g, " ").replace(/\s+/g, " ").trim();
}

/**
 * Does a history entry record this instruction? The keyword must agree; a RUN's recorded command
 * must end with the instruction's command (builders prepend flags such as `--mount=…`), and a
 * COPY/ADD's recorded text must end with its destination. Other instructions are recorded in
 * builder-specific shapes (BuildKit writes `CMD ["a" "b"]`, `EXPOSE map[…]`): their keyword decides.
 */
/** Each history entry's parse, once (an entry is compared with several instructions). */
const recordedByEntry = new WeakMap<HistoryEntry, RecordedInstruction>();
function recordedOf(entry: HistoryEntry): RecordedInstruction {
  let recorded = recordedByEntry.get(entry);
  if (recorded === undefined) recordedByEntry.set(entry, (recorded = parseCreatedBy(entry.createdBy)));
  return recorded;
}

function records(entry: HistoryEntry, instruction: Instruction, text: string): boolean {
  const recorded = recordedOf(entry);
  if (recorded.keyword !== instruction.keyword) return false;
  if (instruction.keyword === "RUN") {
    const command = normalized(instruction.exec ? instruction.exec.join(" ") : text.slice(instruction.argsStart, instruction.argsEnd));
    const written = normalized(recorded.text);
    return command === "" || written.endsWith(command) || written.includes(command);
  }
  if (instruction.keyword === "COPY" || instruction.keyword === "ADD") {
    const destination = instruction.words[instruction.words.length - 1]?.value;
    return destination === undefined || normalized(recorded.text).endsWith(normalized(destination));
  }
  return true;
}

function within(span: Span, instruction: Instruction): boolean {
  return span.start >= instruction.span.start && span.start < instruction.span.end;
}

function instructionText(instruction: Instruction): string {
  return `${instruction.onbuild ? "ONBUILD " : ""}${instruction.keyword}`;
}

export class DockerfileAttribution {
  readonly #model: Model;
  readonly #chain: Stage[];
  readonly #instructions: Instruction[];
  readonly #statics: readonly StaticFinding[];
  /** History index → instruction of the chain. */
  readonly #byHistory = new Map<number, Instruction>();
  /** History entries before this index belong to the base image (when the whole chain matched). */
  #baseEnd = -1;
  /** Layer index → history index. */
  readonly #layerHistory: (number | undefined)[];
  readonly warnings: string[] = [];

  constructor(model: Model, history: readonly HistoryEntry[], layerCount: number, statics: readonly StaticFinding[]) {
    this.#model = model;
    this.#statics = statics;
    this.#chain = chainOf(model);
    this.#instructions = this.#chain.flatMap((stage) => [...stage.instructions]);
    this.#align(history);
    const withLayers = history.flatMap((entry, index) => (entry.emptyLayer ? [] : [index]));
    // The Dockerfile's part is at the end of both lists: align them from the end.
    const offset = withLayers.length - layerCount;
    this.#layerHistory = Array.from({ length: layerCount }, (_, layer) => withLayers[layer + offset]);
    if (offset !== 0) {
      this.warnings.push(`The history lists ${withLayers.length} entries that made a layer, the image has ${layerCount} layers: layers were matched from the last one.`);
    }
  }

  #align(history: readonly HistoryEntry[]): void {
    let h = history.length - 1;
    let i = this.#instructions.length - 1;
    const text = this.#model.parsed.text;
    while (h >= 0 && i >= 0) {
      const instruction = this.#instructions[i]!;
      if (records(history[h]!, instruction, text)) {
        this.#byHistory.set(h, instruction);
        h--;
        i--;
      } else if (MAY_BE_UNRECORDED.has(instruction.keyword)) {
        i--;
      } else {
        break;
      }
    }
    if (i < 0) {
      this.#baseEnd = h + 1;
      return;
    }
    const instruction = this.#instructions[i]!;
    this.warnings.push(
      h < 0
        ? `The image history is shorter than the Dockerfile's shipped stages: instructions up to line ${instruction.span.line} have no history entry (is --target right?).`
        : `History entry ${h} does not match the ${instructionText(instruction)} at line ${instruction.span.line}: entries up to ${h} are not attributed (were --dockerfile and --target the ones the image was built with?).`,
    );
  }

  #base(): Instruction | null {
    return this.#chain[0]?.from ?? null;
  }

  /** The instruction a history entry records, or the base image, or nothing. */
  #ofHistory(index: number): Origin {
    const instruction = this.#byHistory.get(index);
    if (instruction) return { kind: "instruction", instruction, deletedBy: null };
    const from = this.#base();
    if (from && index < this.#baseEnd) return { kind: "base", from };
    return { kind: "unmatched" };
  }

  /** The last instruction of the chain that sets a config field (ENV/LABEL key, CMD…), else the base image. */
  #setter(keyword: string, key: string | null): Origin {
    for (let i = this.#instructions.length - 1; i >= 0; i--) {
      const instruction = this.#instructions[i]!;
      if (instruction.keyword !== keyword || instruction.onbuild) continue;
      if (key !== null && !instruction.properties.some((p) => p.name === key)) continue;
      return { kind: "instruction", instruction, deletedBy: null };
    }
    const from = this.#base();
    return from ? { kind: "base", from } : { kind: "unmatched" };
  }

  #origin(source: HitSource): Origin {
    switch (source.kind) {
      case "env":
        return this.#setter("ENV", source.key);
      case "label":
        return this.#setter("LABEL", source.key);
      case "command": {
        const keyword = source.key.startsWith("OnBuild") ? "ONBUILD" : source.key.toUpperCase();
        return this.#setter(keyword, null);
      }
      case "build-arg":
      case "recorded":
        return this.#ofHistory(source.historyIndex);
      case "layer": {
        const history = this.#layerHistory[source.layer];
        const origin = history === undefined ? ({ kind: "unmatched" } as const) : this.#ofHistory(history);
        if (origin.kind !== "instruction" || source.deletedInLayer === null) return origin;
        const deleting = this.#layerHistory[source.deletedInLayer];
        const deletedBy = deleting === undefined ? undefined : this.#byHistory.get(deleting);
        return { ...origin, deletedBy: deletedBy ?? null };
      }
    }
  }

  /** Instructions whose static findings speak for this image finding. */
  #witnesses(source: HitSource, instruction: Instruction): Instruction[] {
    const witnesses = [instruction];
    if (source.kind === "build-arg") {
      // The ARG that declares it (an ENV of the same name may shadow it in scope; the RUN still records the arg).
      const stage = this.#model.stageOf(instruction);
      const declaring = stage?.instructions.filter(
        (i) => i.keyword === "ARG" && i.span.start < instruction.span.start && i.properties.some((p) => p.name === source.key),
      );
      const declared = declaring?.[declaring.length - 1];
      if (declared) witnesses.push(declared);
    }
    return witnesses;
  }

  #predictions(source: HitSource, instruction: Instruction, deletedBy: Instruction | null): { predictions: Prediction[]; related: RelatedLocation[] } {
    const channel = source.kind === "layer" ? "layer" : source.kind === "env" || source.kind === "label" || source.kind === "command" ? "config" : "history";
    const rules = PREDICTORS[channel];
    const witnesses = this.#witnesses(source, instruction);
    const predictions: Prediction[] = [];
    const related: RelatedLocation[] = [];
    for (const { finding, suppressed } of this.#statics) {
      if (!rules.has(finding.ruleId)) continue;
      const at = witnesses.some((w) => within(finding.span, w));
      const relatedHere = finding.related.some((r) => within(r.span, instruction));
      if (!at && !relatedHere) continue;
      // One prediction per rule and line, at the highest severity it was reported with.
      const known = predictions.findIndex((p) => p.ruleId === finding.ruleId && p.line === finding.span.line);
      if (known >= 0) {
        const previous = predictions[known]!;
        if (finding.severity === "error") predictions[known] = { ...previous, severity: "error", suppressed: previous.suppressed && suppressed };
        continue;
      }
      predictions.push({ ruleId: finding.ruleId, line: finding.span.line, severity: finding.severity, suppressed });
      if (!within(finding.span, instruction) && !(deletedBy && within(finding.span, deletedBy))) {
        related.push({ message: `Predicted here by ${finding.ruleId}.`, span: finding.span });
      }
    }
    if (deletedBy) {
      const there = predictions.filter((p) => p.line === deletedBy.span.line).map((p) => p.ruleId);
      const predicted = there.length > 0 ? ` (predicted here by ${there.join(", ")})` : "";
      related.push({ message: `Deleted here by a later layer, which only hides it${predicted}.`, span: deletedBy.span });
    }
    return { predictions, related };
  }

  attribute(source: HitSource): Attributed {
    const origin = this.#origin(source);
    if (origin.kind === "unmatched") {
      return {
        origin,
        predictedBy: [],
        related: [],
        span: null,
        stage: null,
        sentence: " It matches no instruction of the Dockerfile: see the warning about the history.",
      };
    }
    if (origin.kind === "base") {
      return {
        origin,
        predictedBy: [],
        related: [],
        span: origin.from.span,
        stage: this.#chain[0] ?? null,
        sentence: ` It comes from the base image (the FROM at line ${origin.from.span.line}): no Dockerfile rule can see inside it.`,
      };
    }
    const { instruction, deletedBy } = origin;
    const { predictions, related } = this.#predictions(source, instruction, deletedBy);
    const where = ` It comes from the ${instructionText(instruction)} at line ${instruction.span.line}`;
    const sentence =
      predictions.length === 0
        ? `${where}, and no Dockerfile rule predicted it: a gap in layerlint's rules (please report it).`
        : `${where}; predicted by ${predictions
            .map((p) => `${p.ruleId} at line ${p.line}${p.severity === "warning" ? " (as a warning)" : ""}${p.suppressed ? " (suppressed there)" : ""}`)
            .join(", ")}.`;
    return { origin, predictedBy: predictions, related, span: instruction.span, stage: this.#model.stageOf(instruction), sentence };
  }
}
