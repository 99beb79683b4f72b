import type { FileLists } from "../detect/secret-files.js";
import type { NameLists } from "../detect/secret-names.js";
import { leadingWords, type Instruction, type ParsedDockerfile } from "../parse/dockerfile.js";
import { innerScripts, parseShell, type ShellScript } from "../shell/index.js";
import { memoizeText } from "../util/memo.js";
import type { BuildArgInput, BuildContext, ContextFilesConfig } from "../types.js";
import { buildCopySpecs, buildLayers, type CopySpec, type CopySpecs, type LayerModel } from "./layers.js";
import { buildStages, type Stage, type StageModel } from "./stages.js";
import { buildVariables, type VariableModel } from "./variables.js";

import type { LayerInput, RunScript, ShellKind } from "./layer-types.js";

export type { RunScript, ShellKind } from "./layer-types.js";

/** Everything rules read: built once per file, shared by all rules. */
export interface Model {
  readonly parsed: ParsedDockerfile;
  readonly stages: StageModel;
  readonly variables: VariableModel;
  readonly names: NameLists | undefined;
  readonly files: FileLists | undefined;
  readonly context: BuildContext | undefined;
  /** `contextFiles` of the configuration: whether context file contents are scanned. */
  readonly contextFiles: ContextFilesConfig | undefined;
  readonly fileName: string | undefined;
  /** Stage holding the instruction, or null for global instructions. */
  stageOf(instruction: Instruction): Stage | null;
  /** The instructions of every stage in file order, each ONBUILD followed by its trigger. */
  readonly instructions: readonly Instruction[];
  /** Shell scripts a RUN executes (parsed lazily, once). Empty for exec form without a shell. */
  runScripts(instruction: Instruction): readonly RunScript[];
  shellOf(instruction: Instruction): ShellKind;
  /** A COPY/ADD's parsed spec (null for other instructions); needs no RUN effects, unlike `layers()`. */
  copySpec(instruction: Instruction): CopySpec | null;
  /** The file/layer model (built on first use, once). */
  layers(): LayerModel;
}

const SHELLS = new Set(["sh", "bash", "ash", "dash", "zsh", "ksh", "/bin/sh", "/bin/bash", "/bin/ash", "/bin/dash", "/usr/bin/env"]);

function shellKindOf(exec: readonly string[] | null): ShellKind {
  const program = (exec?.[0] ?? "").toLowerCase().replace(/^.*[\\/]/, "");
  if (program.startsWith("powershell") || program.startsWith("pwsh")) return "powershell";
  if (program === "cmd" || program === "cmd.exe") return "cmd";
  return "posix";
}

/** Memoised shell parses, per dialect and escape character (a ShellScript is never mutated). */
const shellParsers = Object.fromEntries(
  (["posix", "powershell", "cmd"] as const).map((shell) => [
    shell,
    {
      "\\": memoizeText((body) => parseShell(body, { escapeChar: "\\", shell })),
      "`": memoizeText((body) => parseShell(body, { escapeChar: "`", shell })),
    },
  ]),
) as Record<ShellKind, Record<"\\" | "`", (body: string) => ShellScript>>;

export interface ModelOptions {
  readonly target: string | undefined;
  readonly names: NameLists | undefined;
  readonly files: FileLists | undefined;
  readonly context: BuildContext | undefined;
  readonly contextFiles?: ContextFilesConfig | undefined;
  readonly fileName: string | undefined;
  /** Build args the build configuration sets (`LintOptions.buildArgs`). */
  readonly buildArgs?: readonly BuildArgInput[];
}

export function buildModel(parsed: ParsedDockerfile, options: ModelOptions): Model {
  const stages = buildStages(parsed, options.target);
  const secretBuildArgs = new Set((options.buildArgs ?? []).filter((arg) => arg.secret).map((arg) => arg.name));
  const variables = buildVariables(stages, parsed.directives.escape, options.names, secretBuildArgs);
  const shells = new Map<number, ShellKind>();
  const instructions: Instruction[] = [];
  for (const stage of stages.stages) {
    let shell: ShellKind = "posix";
    for (const instruction of stage.instructions) {
      if (instruction.keyword === "SHELL") shell = shellKindOf(instruction.exec);
      shells.set(instruction.index, shell);
      instructions.push(instruction);
      if (instruction.trigger) {
        shells.set(instruction.trigger.index, shell);
        instructions.push(instruction.trigger);
      }
    }
  }
  const scripts = new Map<number, readonly RunScript[]>();
  const escapeChar = parsed.directives.escape;
  const text = parsed.text;

  const parse = (body: string, offset: number, shell: ShellKind): RunScript => ({
    text: body,
    offset,
    script: shellParsers[shell][escapeChar](body),
  });

  const runScripts = (instruction: Instruction): readonly RunScript[] => {
    const cached = scripts.get(instruction.index);
    if (cached) return cached;
    const shell = shells.get(instruction.index) ?? "posix";
    const result: RunScript[] = [];
    if (instruction.exec) {
      // Exec form runs no shell unless it names one: `["sh", "-c", "…"]`.
      const [program, flag, body] = instruction.exec;
      const kind = shellKindOf(instruction.exec);
      if (program && SHELLS.has(program.toLowerCase()) && flag === "-c" && body !== undefined) {
        const at = text.indexOf(JSON.stringify(body).slice(1, -1), instruction.argsStart);
        result.push(parse(body, at >= 0 && at < instruction.argsEnd && !body.includes("\\") ? at : -1, "posix"));
      } else if (kind !== "posix" && body !== undefined) {
        result.push(parse(instruction.exec.slice(1).join(" "), -1, kind));
      }
    } else {
      const firstBody = instruction.heredocs[0]?.contentStart;
      const headEnd = firstBody === undefined ? instruction.argsEnd : Math.max(instruction.argsStart, firstBody);
      const head = parse(text.slice(instruction.argsStart, headEnd), instruction.argsStart, shell);
      result.push(head);
      // `bash -c '…'`: the script argument is shell too (its file effects are invisible from outside).
      if (shell === "posix") {
        for (const command of head.script.commands) {
          for (const inner of innerScripts(command)) {
            result.push(parse(inner.script, inner.offset >= 0 ? instruction.argsStart + inner.offset : -1, "posix"));
          }
        }
      }
      // `RUN <<EOF` and `RUN bash <<EOF` execute the heredoc body as a script.
      const [program = "", second = ""] = instruction.heredocs.length > 0 ? leadingWords(parsed, instruction, 2) : [];
      const runsBody = program.startsWith("<<") || (SHELLS.has(program) && second.startsWith("<<"));
      for (const heredoc of instruction.heredocs) {
        if (runsBody) result.push(parse(heredoc.content, heredoc.contentStart, shell));
      }
    }
    scripts.set(instruction.index, result);
    return result;
  };

  let layerModel: LayerModel | undefined;
  let copies: CopySpecs | undefined;
  // The layer model reads only this of the model (no import of the Model back into layers).
  const layerInput: LayerInput = {
    stages,
    variables,
    escape: parsed.directives.escape,
    files: options.files,
    context: options.context,
    runScripts: (instruction) => runScripts(instruction),
    shellOf: (instruction) => shells.get(instruction.index) ?? "posix",
  };
  const model: Model = {
    parsed,
    stages,
    variables,
    names: options.names,
    files: options.files,
    context: options.context,
    contextFiles: options.contextFiles,
    fileName: options.fileName,
    instructions,
    stageOf: (instruction) => {
      const index = stages.stageOfInstruction.get(instruction.index);
      return index === undefined || index < 0 ? null : (stages.stages[index] ?? null);
    },
    runScripts,
    shellOf: (instruction) => shells.get(instruction.index) ?? "posix",
    copySpec: (instruction) => (copies ??= buildCopySpecs(layerInput)).specs.get(instruction.index) ?? null,
    layers: () => (layerModel ??= buildLayers(layerInput, (copies ??= buildCopySpecs(layerInput)))),
  };
  return model;
}
