/** Programs that print text: what they print is what a redirect or `tee` after them writes. */
import { resolveWordPath } from "../paths.js";
import { parseArgs, substitutedSources, UNKNOWN, varNames, wordsFlow, type Flow, type Program, type ProgramCall } from "./kit.js";

/** `echo` and `printf` print their arguments (and what substitutions inside them read). */
function printed(call: ProgramCall, words: readonly ProgramCall["args"][number][]): Flow {
  const flow = wordsFlow(words);
  if (!words.some((w) => w.hasSubstitution)) return flow;
  return { ...flow, sources: substitutedSources(call.commands, call.index, call.flows) };
}

export const echo: Program = {
  names: ["echo"],
  passesThrough: true,
  output: (call) => {
    let from = 0;
    while (from < call.args.length && /^-[neE]+$/.test(call.args[from]!.value)) from++;
    return printed(call, call.args.slice(from));
  },
};

export const printf: Program = {
  names: ["printf"],
  passesThrough: true,
  output: (call) => {
    const { args } = call;
    if (args[0]?.value === "-v") return { text: "", vars: [], sources: [], literal: true };
    return printed(call, args[0]?.value === "--" ? args.slice(1) : args);
  },
};

/** `cat` prints its files, or its input (`-` or no file). */
export const cat: Program = {
  names: ["cat"],
  passesThrough: true,
  output: ({ args, input, ctx }) => {
    const files = parseArgs(args, "", []).operands;
    if (files.length === 0) return input;
    const sources: string[] = [];
    let vars: readonly string[] = [];
    for (const file of files) {
      if (file.value === "-") {
        sources.push(...input.sources);
        vars = input.vars;
        continue;
      }
      const path = resolveWordPath(file, ctx);
      if (path) sources.push(path);
    }
    return { text: "", vars, sources, literal: false };
  },
};

/** `tee` prints its input and writes it to each of its files. */
export const tee: Program = {
  names: ["tee"],
  passesThrough: true,
  output: ({ input }) => input,
  effects: ({ args, input, ctx, write }) => {
    for (const file of parseArgs(args, "", []).operands) write(resolveWordPath(file, ctx), "tee", input, file);
  },
};

/** Filters whose output carries their input's secrets in another form. */
export const transforms: Program = {
  names: ["base64", "tr", "sed", "envsubst", "rev", "xxd"],
  passesThrough: true,
  output: ({ args, input }) => ({ text: "", vars: varNames(args, input.vars), sources: input.sources, literal: false }),
};

/** Filters whose output is a part of their input (what they read can land in the file they feed). */
export const filters: Program = {
  names: ["head", "tail", "awk", "jq", "xargs"],
  passesThrough: true,
  output: () => UNKNOWN,
};
