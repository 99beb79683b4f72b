/**
 * The types of the file/layer model, and the narrow input it is built from (not the whole Model:
 * the layer model needs the stages, the variables, the RUN scripts and what the caller knows of
 * secret files and the build context, nothing else).
 */
import type { FileLists } from "../detect/secret-files.js";
import type { Instruction } from "../parse/dockerfile.js";
import type { ShellScript } from "../shell/index.js";
import type { BuildContext } from "../types.js";
import type { StageModel } from "./stages.js";
import type { VariableModel } from "./variables.js";

export type ShellKind = "posix" | "powershell" | "cmd";

/** A shell script a RUN executes, with the offset of its first character in the Dockerfile. */
export interface RunScript {
  readonly text: string;
  /** Offset of `text[0]` in the Dockerfile, or -1 when the script is not a verbatim slice of it. */
  readonly offset: number;
  readonly script: ShellScript;
}

export type AddedVia = "copy" | "add" | "heredoc" | "run" | "stage-copy";

export interface ImageFile {
  /** Absolute path in the image; a glob when `pattern` (a COPY glob source stands for its matches). */
  readonly path: string;
  readonly pattern: boolean;
  /** Why the file is secret ("dotenv file", "npm credentials", "file written with $NPM_TOKEN"…), or null. */
  readonly secretKind: string | null;
  /** The instruction whose layer holds the file. */
  readonly addedBy: Instruction;
  readonly via: AddedVia;
  /** Path in the build context it came from, for context copies. */
  readonly contextPath?: string;
  /** A RUN copied a mounted secret (`--mount=type=secret`) into it. */
  readonly fromSecretMount?: boolean;
  /** For `COPY --from`: the stage that produced it, and the file there. */
  readonly fromStage?: number;
  readonly origin?: ImageFile;
}

export interface Deletion {
  readonly path: string;
  readonly recursive: boolean;
  /** Offsets of the delete command in the Dockerfile. */
  readonly start: number;
  readonly end: number;
}

export interface Layer {
  readonly instruction: Instruction;
  /** Files this layer holds (after the layer's own deletes). */
  readonly added: readonly ImageFile[];
  /** Deletes of files from earlier layers (with the files they hide). */
  readonly hides: readonly { readonly deletion: Deletion; readonly file: ImageFile }[];
}

/** One source of a COPY/ADD. */
export interface CopySource {
  /** Source as written, variables expanded; null when it could not be resolved. */
  readonly value: string | null;
  /** Context-relative (or, with --from, stage-absolute) normalised path. */
  readonly path: string | null;
  readonly start: number;
  readonly end: number;
  readonly wholeContext: boolean;
  readonly glob: boolean;
  readonly url: boolean;
}

export interface CopySpec {
  readonly instruction: Instruction;
  /** `--from` value, or null. */
  readonly from: string | null;
  /** Stage index `--from` names, or null (external image, or no --from). */
  readonly fromStage: number | null;
  readonly sources: readonly CopySource[];
  /** Absolute destination, or null when unresolvable. */
  readonly dest: string | null;
  readonly destIsDir: boolean;
  readonly parents: boolean;
  readonly excludes: readonly string[];
  readonly heredocs: boolean;
}

export interface StageFiles {
  readonly layers: readonly Layer[];
  /** Tracked files present at the end of the stage. */
  readonly end: ReadonlyMap<string, ImageFile>;
}

export interface LayerModel {
  stage(index: number): StageFiles;
  copySpec(instruction: Instruction): CopySpec | null;
  workdirOf(instruction: Instruction): string;
  homeOf(instruction: Instruction): string;
}

/** What the layer model is built from. */
export interface LayerInput {
  readonly stages: StageModel;
  readonly variables: VariableModel;
  readonly escape: "\\" | "`";
  /** User `secretFiles` lists. */
  readonly files: FileLists | undefined;
  readonly context: BuildContext | undefined;
  /** Shell scripts a RUN executes (parsed once, by the model). */
  runScripts(instruction: Instruction): readonly RunScript[];
  shellOf(instruction: Instruction): ShellKind;
}
