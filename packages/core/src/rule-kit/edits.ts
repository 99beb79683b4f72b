import type { Model } from "../model/index.js";
import type { Instruction } from "../parse/dockerfile.js";
import type { TextEdit } from "../types.js";

/** Removes an instruction's whole lines, its line break included. */
export function removeInstruction(model: Model, instruction: Instruction): TextEdit {
  const { text, lines } = model.parsed;
  let end = instruction.span.end;
  if (text[end] === "\r") end++;
  if (text[end] === "\n") end++;
  return { start: lines.lineStarts[instruction.span.line - 1]!, end, text: "" };
}

/**
 * Gives a RUN one more flag (after its last flag, or before its command) and optionally text to
 * run first (`export X=… && `). One edit when the RUN has no flags, so nothing is inserted twice
 * at the same offset (front ends merge edits by range).
 */
export function addRunFlag(run: Instruction, flag: string, scriptPrefix = ""): TextEdit[] {
  if (run.flags.length === 0) return [{ start: run.argsStart, end: run.argsStart, text: `${flag} ${scriptPrefix}` }];
  const afterFlags = run.flags[run.flags.length - 1]!.span.end;
  const edits: TextEdit[] = [{ start: afterFlags, end: afterFlags, text: ` ${flag}` }];
  if (scriptPrefix) edits.push({ start: run.argsStart, end: run.argsStart, text: scriptPrefix });
  return edits;
}

/** `# syntax=docker/dockerfile:1` at the top (after a BOM) when the file names no frontend; else nothing. */
export function syntaxDirectiveEdits(model: Model): TextEdit[] {
  if (model.parsed.directives.syntax) return [];
  const at = model.parsed.text.charCodeAt(0) === 0xfeff ? 1 : 0;
  return [{ start: at, end: at, text: "# syntax=docker/dockerfile:1\n" }];
}
