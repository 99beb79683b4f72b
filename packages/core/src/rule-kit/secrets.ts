import { classifySecretName, type NameLists } from "../detect/secret-names.js";
import { findSecretsInText, isHighEntropy, isPlaceholder, isReferenceValue } from "../detect/secret-values.js";
import { findVariableUses } from "../model/substitution.js";
import type { Model } from "../model/index.js";
import type { Variable } from "../model/variables.js";
import type { Instruction, Property } from "../parse/dockerfile.js";
import type { Fix, TextEdit } from "../types.js";
import { addRunFlag, removeInstruction, syntaxDirectiveEdits } from "./edits.js";

/** A secret literal found in a value: its kind and offsets in the Dockerfile. */
export interface LiteralSecret {
  readonly kind: string;
  readonly start: number;
  readonly end: number;
}

/**
 * The literal secrets of an ARG/ENV/LABEL value: known token formats and credential syntax, or a
 * high-entropy literal assigned to a secret-named key (docs/spec.md §3.2).
 */
export function literalSecretsOf(prop: Property, text: string, lists: NameLists | undefined): LiteralSecret[] {
  if (!prop.valueSpan || prop.value === null) return [];
  const raw = text.slice(prop.valueSpan.start, prop.valueSpan.end);
  const found = findSecretsInText(raw).map((m) => ({
    kind: m.kind,
    start: prop.valueSpan!.start + m.start,
    end: prop.valueSpan!.start + m.end,
  }));
  if (found.length > 0) return found;
  const value = prop.value;
  // A connection string is a secret only with credentials in it (found above), never by entropy.
  if (classifySecretName(prop.name, lists) !== "secret") return [];
  if (findVariableUses(value).length > 0 || isPlaceholder(value) || isReferenceValue(value)) return [];
  if (!isHighEntropy(value)) return [];
  return [{ kind: "high-entropy value", start: prop.valueSpan.start, end: prop.valueSpan.end }];
}

/** The secret id used in suggestions and messages: the variable name, lower-cased. */
export function secretId(name: string): string {
  return name.toLowerCase();
}

/** True when the Dockerfile pins a frontend older than 1.10, which lacks `--mount=type=secret,env=`. */
export function frontendLacksSecretEnv(syntax: string | null): boolean {
  if (!syntax) return false;
  const match = /:(\d+)(?:\.(\d+))?/.exec(syntax);
  if (!match) return false;
  const major = Number(match[1]);
  const minor = match[2] === undefined ? undefined : Number(match[2]);
  return major < 1 || (major === 1 && minor !== undefined && minor < 10);
}

/** Edit removing one declaration: the pair of a multi-pair ARG, or the whole instruction. */
function removeDeclaration(model: Model, variable: Variable): TextEdit {
  const instruction = variable.instruction;
  const text = model.parsed.text;
  if (instruction.properties.length > 1) {
    let end = variable.property.span.end;
    while (end < text.length && (text[end] === " " || text[end] === "\t")) end++;
    return { start: variable.property.span.start, end, text: "" };
  }
  return removeInstruction(model, instruction);
}

/**
 * The suggestion docs/spec.md §5 describes: drop `ARG X` and give each RUN that uses `$X` a secret mount
 * (`--mount=type=secret,id=x,env=X`, or `X=$(cat /run/secrets/x)` for frontends before 1.10),
 * adding `# syntax=docker/dockerfile:1` when the file has no syntax directive.
 */
export function secretMountSuggestion(model: Model, variable: Variable, runs: readonly Instruction[]): Fix | null {
  const shellRuns = runs.filter((run) => !run.exec && model.shellOf(run) === "posix");
  if (shellRuns.length === 0) return null;
  const id = secretId(variable.name);
  const syntax = model.parsed.directives.syntax;
  const legacy = frontendLacksSecretEnv(syntax);
  const edits: TextEdit[] = [...syntaxDirectiveEdits(model), removeDeclaration(model, variable)];
  for (const run of shellRuns) {
    const mount = legacy ? `--mount=type=secret,id=${id}` : `--mount=type=secret,id=${id},env=${variable.name}`;
    edits.push(...addRunFlag(run, mount, legacy ? `export ${variable.name}="$(cat /run/secrets/${id})" && ` : ""));
  }
  return {
    description: `Pass ${variable.name} as a BuildKit secret (--mount=type=secret,id=${id}) instead of ARG ${variable.name}`,
    changes: [{ file: "dockerfile", edits }],
  };
}

/** The RUN instructions of a stage, after `instruction`, whose shell text uses `name`. */
export function runsUsing(model: Model, instruction: Instruction, name: string): Instruction[] {
  const stage = model.stageOf(instruction);
  if (!stage) return [];
  const runs: Instruction[] = [];
  for (const candidate of stage.instructions) {
    const run = candidate.keyword === "RUN" ? candidate : candidate.trigger?.keyword === "RUN" ? candidate.trigger : null;
    if (!run || run.span.start <= instruction.span.start) continue;
    if (model.variables.scopeBefore(run).get(name)?.instruction !== instruction) continue;
    if (secretUsesOf(model, run).some((use) => use.name === name)) runs.push(run);
  }
  return runs;
}

/** Names a RUN's script assigns itself or receives from a secret mount: uses of them are not ARG/ENV uses. */
function locallyBound(model: Model, run: Instruction): Set<string> {
  const bound = new Set<string>();
  for (const flag of run.flags) {
    if (flag.name !== "mount" || flag.options.get("type") !== "secret") continue;
    const env = flag.options.get("env");
    if (env) bound.add(env);
  }
  for (const { script } of model.runScripts(run)) {
    for (const command of script.commands) {
      for (const assignment of command.assignments) {
        // `NPM_TOKEN=$NPM_TOKEN npm ci` still reads the build arg.
        if (!assignment.value.vars.some((v) => v.name === assignment.name)) bound.add(assignment.name);
      }
      const words = command.words.map((w) => w.value);
      const program = words[0];
      if (program === "export" || program === "read" || program === "local" || program === "declare") {
        for (const word of words.slice(1)) {
          const name = word.split("=")[0]!;
          if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) bound.add(name);
        }
      }
      if (program === "for" && words[1]) bound.add(words[1]);
    }
  }
  return bound;
}

/** Secret ARG/ENV variables a RUN's text uses (one entry per variable, in order of first use). */
export function secretUsesOf(model: Model, run: Instruction): Variable[] {
  // Several rules ask, once per secret ARG: computed once per RUN and model.
  let byRun = usesByModel.get(model);
  if (!byRun) usesByModel.set(model, (byRun = new Map()));
  let uses = byRun.get(run.index);
  if (!uses) byRun.set(run.index, (uses = computeSecretUses(model, run)));
  return uses;
}

const usesByModel = new WeakMap<Model, Map<number, Variable[]>>();

function computeSecretUses(model: Model, run: Instruction): Variable[] {
  const scope = model.variables.scopeBefore(run);
  if (scope.size === 0) return [];
  const scripts = model.runScripts(run);
  if (scripts.length === 0) return [];
  // Most RUNs use no secret variable: only then is it worth reading what the script binds itself.
  let bound: Set<string> | undefined;
  const seen = new Set<string>();
  const uses: Variable[] = [];
  for (const { script } of scripts) {
    for (const ref of script.vars) {
      if (seen.has(ref.name)) continue;
      const variable = scope.get(ref.name);
      if (!variable?.secret) continue;
      if ((bound ??= locallyBound(model, run)).has(ref.name)) continue;
      seen.add(ref.name);
      uses.push(variable);
    }
  }
  return uses;
}
