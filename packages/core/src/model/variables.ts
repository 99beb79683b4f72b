import { classifySecretName, type NameLists } from "../detect/secret-names.js";
import { findSecretsInText, isFlagValue } from "../detect/secret-values.js";
import type { Instruction, Property } from "../parse/dockerfile.js";
import type { StageModel } from "./stages.js";
import { expandValue, findVariableUses } from "./substitution.js";

export interface Variable {
  readonly name: string;
  readonly kind: "arg" | "env";
  readonly instruction: Instruction;
  readonly property: Property;
  /** Value as far as it is known statically (ARG default, ENV value with known uses expanded). */
  readonly value: string | undefined;
  /** The variable carries a secret: by its name, as a connection string, or through a secret it uses. */
  readonly secret: boolean;
  /** Secret variables this one carries (itself when its own name is secret). */
  readonly sources: readonly string[];
  /** A global ARG (declared before the first FROM). */
  readonly global: boolean;
}

export type Scope = ReadonlyMap<string, Variable>;

export interface VariableModel {
  /** Variables visible to an instruction (by `instruction.index`), before it runs. */
  scopeBefore(instruction: Instruction): Scope;
  /** Variables an ARG or ENV instruction declares, in order. */
  declaredBy(instruction: Instruction): readonly Variable[];
  /** Global ARGs by name. */
  readonly globals: Scope;
}

const EMPTY: Scope = new Map();

function hasCredentials(value: string): boolean {
  return findSecretsInText(value).length > 0;
}

function declare(
  prop: Property,
  kind: "arg" | "env",
  instruction: Instruction,
  scope: Map<string, Variable>,
  globals: Scope,
  isGlobal: boolean,
  escape: string,
  lists: NameLists | undefined,
): Variable {
  const lookup = (name: string) => scope.get(name)?.value;
  let raw = prop.value;
  // `ARG X` inside a stage takes the global default of X.
  if (kind === "arg" && raw === null && !isGlobal) raw = globals.get(prop.name)?.value ?? null;
  const value = raw === null ? undefined : expandValue(raw, lookup, escape);

  const sources = new Set<string>();
  if (raw !== null) {
    for (const use of findVariableUses(prop.value ?? "", escape)) {
      const used = scope.get(use.name);
      if (used?.secret) for (const source of used.sources) sources.add(source);
    }
  }
  const nameKind = classifySecretName(prop.name, lists);
  let secretByName = false;
  if (nameKind === "secret") secretByName = !isFlagValue(raw);
  else if (nameKind === "connection-string") {
    const suppliedAtBuild = kind === "arg" && prop.value === null;
    secretByName = suppliedAtBuild || (value !== undefined && hasCredentials(value)) || sources.size > 0;
  }
  if (secretByName) sources.add(prop.name);
  return {
    name: prop.name,
    kind,
    instruction,
    property: prop,
    value,
    secret: sources.size > 0,
    sources: [...sources],
    global: isGlobal,
  };
}

/** Walks every stage once, tracking ARG and ENV declarations and how secrets flow between them. */
export function buildVariables(stages: StageModel, escape: string, lists: NameLists | undefined): VariableModel {
  const scopes = new Map<number, Scope>();
  const declared = new Map<number, Variable[]>();
  const globals = new Map<string, Variable>();

  const walk = (instructions: readonly Instruction[], scope: Map<string, Variable>, isGlobal: boolean): Map<string, Variable> => {
    let current: Scope = new Map(scope);
    let mutable = scope;
    for (const outer of instructions) {
      const targets = outer.trigger ? [outer, outer.trigger] : [outer];
      for (const instruction of targets) {
        scopes.set(instruction.index, current);
        const kind = instruction.keyword === "ARG" ? "arg" : instruction.keyword === "ENV" ? "env" : null;
        if (kind === null) continue;
        const vars: Variable[] = [];
        // An ONBUILD trigger declares its variables in child images, not in this one.
        const previous = mutable;
        mutable = new Map(mutable);
        for (const prop of instruction.properties) {
          if (!prop.name) continue;
          // An ARG does not override an ENV of the same name (Docker: ENV wins).
          if (kind === "arg" && mutable.get(prop.name)?.kind === "env") continue;
          const variable = declare(prop, kind, instruction, mutable, globals, isGlobal, escape, lists);
          vars.push(variable);
          mutable.set(prop.name, variable);
          if (isGlobal && !instruction.onbuild) globals.set(prop.name, variable);
        }
        declared.set(instruction.index, vars);
        if (instruction.onbuild) mutable = previous;
        else current = mutable;
      }
    }
    return mutable;
  };

  walk(stages.globals, new Map(), true);
  const endScopes: Map<string, Variable>[] = [];
  for (const stage of stages.stages) {
    // A stage built FROM another inherits its ENV (not its ARGs).
    const inherited = new Map<string, Variable>();
    if (stage.parent !== null) {
      for (const [name, variable] of endScopes[stage.parent] ?? []) if (variable.kind === "env") inherited.set(name, variable);
    }
    scopes.set(stage.from.index, inherited);
    endScopes.push(walk(stage.instructions, inherited, false));
  }

  return {
    scopeBefore: (instruction) => scopes.get(instruction.index) ?? EMPTY,
    declaredBy: (instruction) => declared.get(instruction.index) ?? [],
    globals,
  };
}
