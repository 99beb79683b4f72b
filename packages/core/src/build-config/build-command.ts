/**
 * Build commands in a workflow's `run:` script (`docker build`, `docker buildx build`, `docker
 * image build`, `podman build`, `buildah bud`), read with core's shell model. GitHub substitutes
 * `${{ … }}` expressions before the shell runs, so each one is masked by a same-length word of
 * private-use characters for the shell parser (offsets stay those of the script) and put back in
 * the words that hold it.
 */
import { parseShell, programOf } from "../shell/index.js";
import type { ShellDialect, SimpleCommand, Word } from "../shell/index.js";
import type { Span } from "../types.js";
import type { BuildArg, BuildSecret, BuildSpec, BuildVia, CacheExport, ConfigValue, ValueReference } from "./types.js";
import { githubExpressions, readValue, splitFields, type GithubExpression } from "./values.js";
import { MAX_PATH_LENGTH } from "../shell/paths.js";
import { cacheExportOf, isRemoteContext, joinPath, secretSourceOf } from "./paths.js";

const MASK_START = "\uE000";
const MASK_REST = "\uE001";
const MASK = /\uE000\uE001*/g;

/** Long options of `docker buildx build` / `podman build` / `buildah bud` that take a value. */
const VALUED_LONG = new Set([
  "add-host",
  "allow",
  "annotation",
  "attest",
  "authfile",
  "build-arg",
  "build-arg-file",
  "build-context",
  "builder",
  "cache-from",
  "cache-to",
  "cache-ttl",
  "call",
  "cert-dir",
  "cgroup-parent",
  "cpu-period",
  "cpu-quota",
  "cpu-shares",
  "cpuset-cpus",
  "cpuset-mems",
  "creds",
  "env",
  "file",
  "format",
  "iidfile",
  "isolation",
  "jobs",
  "label",
  "layer-label",
  "memory",
  "memory-swap",
  "metadata-file",
  "network",
  "no-cache-filter",
  "os",
  "output",
  "platform",
  "progress",
  "provenance",
  "pull",
  "sbom",
  "secret",
  "security-opt",
  "shm-size",
  "sign-by",
  "ssh",
  "tag",
  "target",
  "timestamp",
  "ulimit",
  "userns",
  "volume",
]);
/** Long options that may stand alone (`--pull`, `--provenance`) and then take no value. */
const OPTIONAL_VALUE = new Set(["pull", "provenance", "sbom"]);
const VALUED_SHORT = new Set(["f", "t", "o", "m", "v"]);

/** The script of a `run:` step and how its offsets map into the workflow file. */
export interface ScriptSource {
  readonly text: string;
  readonly span: (start: number, end: number) => Span;
  readonly shell: ShellDialect;
}

/** A build command: a build of the step, but for the step's name (and a command has no inline Dockerfile). */
export type CommandBuild = Omit<BuildSpec, "name" | "dockerfileInline">;

interface OptionValue {
  readonly option: string;
  readonly word: Word;
  /** Where the value starts in `word.value` (after `--option=` or `-f`). */
  readonly valueStart: number;
}

/** The options (with their values) and positional words of a build command's arguments. */
function optionsOf(words: readonly Word[]): { values: OptionValue[]; positional: Word[]; bareProvenance: boolean } {
  const values: OptionValue[] = [];
  const positional: Word[] = [];
  let bareProvenance = false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const value = word.value;
    if (value.startsWith("--") && value.length > 2) {
      const equals = value.indexOf("=");
      if (equals >= 0) {
        values.push({ option: value.slice(2, equals), word, valueStart: equals + 1 });
        continue;
      }
      const option = value.slice(2);
      if (!VALUED_LONG.has(option)) continue;
      if (OPTIONAL_VALUE.has(option) && (words[i + 1]?.value ?? "-").startsWith("-")) {
        if (option === "provenance") bareProvenance = true;
        continue;
      }
      const next = words[++i];
      if (next) values.push({ option, word: next, valueStart: 0 });
    } else if (value.startsWith("-") && value.length > 1) {
      const letter = value[1]!;
      if (!VALUED_SHORT.has(letter)) continue;
      if (value.length > 2) values.push({ option: letter, word, valueStart: 2 });
      else {
        const next = words[++i];
        if (next) values.push({ option: letter, word: next, valueStart: 0 });
      }
    } else positional.push(word);
  }
  return { values, positional, bareProvenance };
}

interface Masked {
  readonly text: string;
  readonly expressions: readonly GithubExpression[];
}

function mask(text: string): Masked {
  const expressions = githubExpressions(text);
  let masked = "";
  let copied = 0;
  for (const expression of expressions) {
    masked += text.slice(copied, expression.start) + MASK_START + MASK_REST.repeat(expression.end - expression.start - 1);
    copied = expression.end;
  }
  return { text: masked + text.slice(copied), expressions };
}

/** What a build command is, from its program and first arguments. */
function buildVia(name: string, args: readonly Word[]): { via: BuildVia; skip: number } | null {
  const a = args[0]?.value;
  const b = args[1]?.value;
  if (name === "docker" || name === "podman" || name === "nerdctl") {
    if (a === "build") return { via: "docker build", skip: 1 };
    if ((a === "buildx" && (b === "build" || b === "b")) || ((a === "image" || a === "builder") && b === "build")) return { via: "docker build", skip: 2 };
    return null;
  }
  if (name === "buildah" && (a === "bud" || a === "build" || a === "build-using-dockerfile")) return { via: "buildah", skip: 1 };
  return null;
}

/** Reads the build commands of a script. `env` resolves `$VAR` in paths; `cwd` is the working directory relative to the config file. */
export function buildCommandsOf(
  source: ScriptSource,
  cwd: string,
  env: (name: string) => ConfigValue | undefined,
): CommandBuild[] {
  const { text: masked, expressions } = mask(source.text);
  const script = parseShell(masked, { shell: source.shell });
  const builds: CommandBuild[] = [];

  /** A word's value with its expressions put back, and what its part from `from` (script offset) refers to. */
  const read = (word: Word, from: number, valueStart: number): { text: string; references: ValueReference[] } => {
    const inside = expressions.filter((e) => e.start >= word.start && e.end <= word.end);
    let k = 0;
    // A mask character the script itself holds (U+E000) has no expression behind it: it stays.
    const text = word.value.slice(valueStart).replace(MASK, (m) => {
      const expression = inside[k++];
      return expression === undefined ? m : source.text.slice(expression.start, expression.end);
    });
    const references: ValueReference[] = [];
    for (const expression of inside) if (expression.start >= from) references.push(...expression.references);
    for (const ref of word.vars) if (ref.start >= from) references.push({ kind: "environment", name: ref.name });
    return { text, references };
  };
  /** Where `part` of a word's value starts in the script (the raw word keeps quotes). */
  const offsetIn = (word: Word, part: string): number => {
    const at = word.raw.indexOf(part);
    return word.start + (at < 0 ? 0 : at);
  };
  /** A path: the value (from `valueStart`) when it is static — no expression, no variable but a literal `env:` one. */
  const pathOf = (word: Word, valueStart: number): string | null => {
    let value = word.value.slice(valueStart);
    if (word.hasSubstitution || value.includes(MASK_START)) return null;
    for (const ref of word.vars) {
      const defined = env(ref.name);
      if (!defined || defined.kind !== "literal" || defined.text === null) return null;
      value = value.replace(new RegExp(String.raw`\$\{?${ref.name}\}?`), () => defined.text ?? "");
      // No path is this long: stop before repeated expansion builds megabytes (`$A/$A/…`).
      if (value.length > MAX_PATH_LENGTH) return null;
    }
    return value.includes("$") ? null : value;
  };

  for (const command of script.commands) {
    const { name, args } = programOf(command as SimpleCommand);
    const kind = buildVia(name, args);
    if (!kind) continue;
    const programWord = command.words[command.words.length - args.length - 1] ?? args[0]!;
    const options = optionsOf(args.slice(kind.skip));
    const buildArgs: BuildArg[] = [];
    const secrets: BuildSecret[] = [];
    const cacheTo: CacheExport[] = [];
    let target: string | null = null;
    let file: OptionValue | null = null;
    let provenance: boolean | null = null;

    for (const { option, word, valueStart } of options.values) {
      // Where the value starts in the script: after `--opt=` in the same word, else the word itself.
      const from = valueStart > 0 ? offsetIn(word, word.value.slice(valueStart)) : word.start;
      const { text } = read(word, from, valueStart);
      if (option === "build-arg") {
        const equals = text.indexOf("=");
        const argName = equals < 0 ? text : text.slice(0, equals);
        if (argName === "") continue;
        const nameStart = offsetIn(word, argName);
        const nameSpan = source.span(nameStart, nameStart + argName.length);
        const valueFrom = nameStart + argName.length + 1;
        // `--build-arg NAME` passes the shell's variable NAME.
        const extra: ValueReference[] = equals < 0 ? [{ kind: "environment", name: argName }] : read(word, valueFrom, valueStart).references;
        const argValue = readValue(equals < 0 ? null : text.slice(equals + 1), equals < 0 ? nameSpan : source.span(valueFrom, word.end), {
          github: false,
          interpolation: "none",
          extra,
        });
        buildArgs.push({ name: argName, span: nameSpan, value: argValue });
      } else if (option === "secret") {
        const fields = splitFields(text);
        const id = fields.find((f) => f.key === "id")?.value ?? "";
        if (id !== "") secrets.push({ id, source: secretSourceOf(fields), span: source.span(from, word.end) });
      } else if (option === "cache-to") {
        cacheTo.push(cacheExportOf(text, source.span(from, word.end)));
      } else if (option === "target") {
        target = text;
      } else if (option === "f" || option === "file") {
        file = { option, word, valueStart };
      } else if (option === "provenance") {
        provenance = !/^(?:false|0)$/i.test(text);
      }
    }
    if (options.bareProvenance) provenance = true;

    const contextWord = options.positional[options.positional.length - 1] ?? null;
    const contextText = contextWord ? pathOf(contextWord, 0) : null;
    const context = contextText === null || contextText === "-" || isRemoteContext(contextText) ? null : joinPath(cwd, contextText);
    let dockerfile: string | null = null;
    if (file) {
      const fileText = pathOf(file.word, file.valueStart);
      dockerfile = fileText === null || fileText === "-" ? null : joinPath(cwd, fileText);
    } else if (context !== null) dockerfile = joinPath(context, "Dockerfile");
    builds.push({
      via: kind.via,
      span: source.span(programWord.start, programWord.end),
      context,
      dockerfile,
      target,
      args: buildArgs,
      secrets,
      cacheTo,
      provenance,
    });
  }
  return builds;
}
