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
  /**
   * An ARG that is secret only because the build configuration fills it from a secret
   * (`LintOptions.buildArgs`): its name alone does not say so, so messages must.
   */
  readonly suppliedSecret: boolean;
}

export type Scope = ReadonlyMap<string, Variable>;

export interface VariableModel {
  /** Variables visible to an instruction (by `instruction.index`), before it runs. */
  scopeBefore(instruction: Instruction): Scope;
  /** Variables an ARG or ENV instruction declares, in order. */
  declaredBy(instruction: Instruction): readonly Variable[];
  /** Global ARGs by name. */
  readonly globals: Scope;
  /** Variables at the end of a stage (by stage index): its ENV there is the image config's. */
  endOf(stage: number): Scope;
}

const EMPTY: Scope = new Map();

/** What declaring a variable reads of the scope it is declared in. */
type Lookup = Pick<Scope, "get">;

/**
 * The declarations of one walk over a stage, kept once: every instruction's scope is a view of
 * the log at a version instead of a copy of the whole scope (copies made long single-stage files
 * quadratic: 7,000 ENVs copied scopes of up to 7,000 names).
 */
class ScopeLog {
  /** Each name's declarations, in order, with the version each one made. */
  private readonly history = new Map<string, { version: number; variable: Variable }[]>();
  /** Names the base does not have, in order of first declaration (Map insertion order). */
  private readonly added: { name: string; version: number }[] = [];
  private readonly views: ScopeView[] = [];
  /** Number of names visible at each version. */
  private readonly sizes: number[];
  version = 0;

  constructor(readonly base: Scope) {
    this.sizes = [base.size];
  }

  declare(variable: Variable): void {
    this.version++;
    let size = this.sizes[this.version - 1]!;
    const history = this.history.get(variable.name);
    if (history) history.push({ version: this.version, variable });
    else {
      this.history.set(variable.name, [{ version: this.version, variable }]);
      if (!this.base.has(variable.name)) {
        this.added.push({ name: variable.name, version: this.version });
        size++;
      }
    }
    this.sizes.push(size);
  }

  size(version: number): number {
    return this.sizes[version]!;
  }

  /** The variable `name` at `version` (declarations up to and including it). */
  get(name: string, version: number): Variable | undefined {
    const history = this.history.get(name);
    if (history) {
      // Last declaration made at or before `version`.
      let low = 0;
      let high = history.length - 1;
      let found = -1;
      while (low <= high) {
        const mid = (low + high) >> 1;
        if (history[mid]!.version <= version) {
          found = mid;
          low = mid + 1;
        } else high = mid - 1;
      }
      if (found !== -1) return history[found]!.variable;
    }
    return this.base.get(name);
  }

  /** Names visible at `version`, in Map insertion order: the base's, then the ones added. */
  *names(version: number): IterableIterator<string> {
    yield* this.base.keys();
    for (const { name, version: since } of this.added) {
      if (since > version) break;
      yield name;
    }
  }

  view(version: number = this.version): ScopeView {
    return (this.views[version] ??= new ScopeView(this, version));
  }
}

/** The scope of a `ScopeLog` at one version, as a read-only Map. */
class ScopeView implements Scope {
  constructor(
    private readonly log: ScopeLog,
    private readonly version: number,
  ) {}

  get(name: string): Variable | undefined {
    return this.log.get(name, this.version);
  }

  has(name: string): boolean {
    return this.get(name) !== undefined;
  }

  get size(): number {
    return this.log.size(this.version);
  }

  keys(): MapIterator<string> {
    return this.log.names(this.version) as MapIterator<string>;
  }

  *values(): MapIterator<Variable> {
    for (const name of this.log.names(this.version)) yield this.get(name)!;
  }

  *entries(): MapIterator<[string, Variable]> {
    for (const name of this.log.names(this.version)) yield [name, this.get(name)!];
  }

  [Symbol.iterator](): MapIterator<[string, Variable]> {
    return this.entries();
  }

  forEach(callback: (value: Variable, key: string, map: ReadonlyMap<string, Variable>) => void, thisArg?: unknown): void {
    for (const [name, variable] of this.entries()) callback.call(thisArg, variable, name, this);
  }
}

function hasCredentials(value: string): boolean {
  return findSecretsInText(value).length > 0;
}

function declare(
  prop: Property,
  kind: "arg" | "env",
  instruction: Instruction,
  scope: Lookup,
  globals: Scope,
  isGlobal: boolean,
  escape: string,
  lists: NameLists | undefined,
  secretBuildArgs: ReadonlySet<string>,
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
  // A switch, not a credential: as written (`ARG MYSQL_ALLOW_EMPTY_PASSWORD=yes`), or as an ENV's
  // variables expand (`ENV X_TOKEN=${X_TOKEN}` after `ARG X_TOKEN=0`), so ARG and ENV agree.
  if (nameKind === "secret") secretByName = !isFlagValue(raw) && !(kind === "env" && value !== undefined && isFlagValue(value));
  else if (nameKind === "connection-string") {
    const suppliedAtBuild = kind === "arg" && prop.value === null;
    secretByName = suppliedAtBuild || (value !== undefined && hasCredentials(value)) || sources.size > 0;
  }
  // The build configuration fills this ARG from a secret (`GH=${{ secrets.GH_TOKEN }}`).
  const suppliedSecret = kind === "arg" && !secretByName && secretBuildArgs.has(prop.name);
  if (secretByName || suppliedSecret) sources.add(prop.name);
  return {
    name: prop.name,
    kind,
    instruction,
    property: prop,
    value,
    secret: sources.size > 0,
    sources: [...sources],
    global: isGlobal,
    suppliedSecret,
  };
}

function variableKind(instruction: Instruction): "arg" | "env" | null {
  return instruction.keyword === "ARG" ? "arg" : instruction.keyword === "ENV" ? "env" : null;
}

/** Walks every stage once, tracking ARG and ENV declarations and how secrets flow between them. */
export function buildVariables(
  stages: StageModel,
  escape: string,
  lists: NameLists | undefined,
  secretBuildArgs: ReadonlySet<string> = new Set(),
): VariableModel {
  const scopes = new Map<number, Scope>();
  const declared = new Map<number, Variable[]>();
  const globals = new Map<string, Variable>();

  const declareAll = (instruction: Instruction, kind: "arg" | "env", lookup: Lookup, isGlobal: boolean, add: (variable: Variable) => void) => {
    const vars: Variable[] = [];
    for (const prop of instruction.properties) {
      if (!prop.name) continue;
      // An ARG does not override an ENV of the same name (Docker: ENV wins).
      if (kind === "arg" && lookup.get(prop.name)?.kind === "env") continue;
      const variable = declare(prop, kind, instruction, lookup, globals, isGlobal, escape, lists, secretBuildArgs);
      vars.push(variable);
      add(variable);
    }
    declared.set(instruction.index, vars);
  };

  const walk = (instructions: readonly Instruction[], scope: Scope, isGlobal: boolean): Scope => {
    const log = new ScopeLog(scope);
    const triggers: Instruction[] = [];
    for (const instruction of instructions) {
      scopes.set(instruction.index, log.view());
      if (instruction.trigger) triggers.push(instruction.trigger);
      const kind = variableKind(instruction);
      if (kind === null) continue;
      declareAll(instruction, kind, { get: (name) => log.get(name, log.version) }, isGlobal, (variable) => {
        log.declare(variable);
        if (isGlobal) globals.set(variable.name, variable);
      });
    }
    const end = log.view();
    if (triggers.length > 0) walkTriggers(triggers, end);
    return end;
  };

  /**
   * ONBUILD triggers run in the child image, in order, right after its FROM: they see this image's
   * final ENV (its config, which the child inherits) and what earlier triggers declared, never
   * this stage's ARGs. So `ONBUILD ARG NPM_TOKEN` + `ONBUILD RUN … $NPM_TOKEN` is a secret use.
   */
  const walkTriggers = (triggers: readonly Instruction[], end: Scope) => {
    const inherited = new Map<string, Variable>();
    for (const [name, variable] of end) if (variable.kind === "env") inherited.set(name, variable);
    const log = new ScopeLog(inherited);
    for (const trigger of triggers) {
      scopes.set(trigger.index, log.view());
      const kind = variableKind(trigger);
      if (kind !== null) declareAll(trigger, kind, { get: (name) => log.get(name, log.version) }, false, (variable) => log.declare(variable));
    }
  };

  walk(stages.globals, new Map(), true);
  const endScopes: Scope[] = [];
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
    endOf: (stage) => endScopes[stage] ?? EMPTY,
  };
}
