/** The RUN command model (docs/spec.md §4): a fast, total shell parser and the file effects of a script. */
export type {
  Assignment,
  FileCopy,
  FileDelete,
  FileEffects,
  FileWrite,
  PathContext,
  Redirect,
  RedirectOp,
  ShellDialect,
  ShellOptions,
  ShellScript,
  SimpleCommand,
  VarRef,
  Word,
  WriteVia,
} from "./types.js";
export { parseShell } from "./parse.js";
export { findVariableRefs } from "./scan.js";
export { innerScripts, programOf } from "./program.js";
export { fileEffects, resolvePath } from "./effects.js";
