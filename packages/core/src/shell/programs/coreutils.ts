/** The file utilities: copy, move, install, create and delete files (docs/spec.md §4). */
import { normalizePath } from "../../model/paths.js";
import { resolveWordPath } from "../paths.js";
import { basenameOf } from "../program.js";
import { parseArgs, resolveOption, UNKNOWN, type Program, type ProgramCall } from "./kit.js";

/** `cp`, `mv` and `install`: each source to the destination (a directory, or the file itself); `mv` deletes its sources. */
function copyFiles(call: ProgramCall, name: "cp" | "mv" | "install"): void {
  const { args, ctx, write, remove, workdir, home } = call;

  const parsed =
    name === "install"
      ? parseArgs(args, "mogtS", ["mode", "owner", "group", "target-directory", "suffix", "strip-program"])
      : parseArgs(args, "tS", ["target-directory", "suffix"]);
  if (name === "install" && (parsed.flags.has("d") || parsed.flags.has("directory"))) return;
  const targetDir = parsed.values.get("t") ?? parsed.values.get("target-directory");
  let sources = parsed.operands;
  let destination: string | null;
  let destinationSpan: { start: number; end: number };
  let intoDirectory: boolean;
  if (targetDir) {
    destination = resolveOption(targetDir, ctx);
    destinationSpan = targetDir.word;
    intoDirectory = true;
  } else {
    const last = sources[sources.length - 1];
    if (sources.length < 2 || !last) return;
    sources = sources.slice(0, -1);
    destination = resolveWordPath(last, ctx);
    destinationSpan = last;
    intoDirectory =
      !parsed.flags.has("T") &&
      !parsed.flags.has("no-target-directory") &&
      (sources.length > 1 ||
        last.value.endsWith("/") ||
        last.value === "." ||
        last.value === ".." ||
        last.value === "~" ||
        (destination !== null && [workdir, home, "/", "/tmp"].includes(destination)));
  }
  for (const source of sources) {
    const from = resolveWordPath(source, ctx);
    // `cp -r dir/. dst` copies the directory's content, not the directory.
    const contentOnly = source.value.endsWith("/.");
    const to =
      destination === null || (intoDirectory && contentOnly)
        ? destination
        : intoDirectory
          ? from && from !== "/"
            ? normalizePath(`${destination}/${basenameOf(from)}`)
            : null
          : destination;
    if (to !== from) {
      write(to, name, { text: "", vars: [], sources: from ? [from] : [], literal: false }, destinationSpan);
      if (name === "mv") remove(source, true);
    }
  }
}

export const cp: Program = { names: ["cp"], effects: (call) => copyFiles(call, "cp") };
export const mv: Program = { names: ["mv"], effects: (call) => copyFiles(call, "mv") };
export const install: Program = { names: ["install"], effects: (call) => copyFiles(call, "install") };

export const touch: Program = {
  names: ["touch"],
  effects: ({ args, ctx, write }) => {
    for (const file of parseArgs(args, "dtr", ["date", "reference"]).operands) write(resolveWordPath(file, ctx), "touch", UNKNOWN, file);
  },
};

export const rm: Program = {
  names: ["rm"],
  effects: ({ args, remove }) => {
    const parsed = parseArgs(args, "", []);
    const recursive = parsed.flags.has("r") || parsed.flags.has("R") || parsed.flags.has("recursive");
    for (const file of parsed.operands) remove(file, recursive);
  },
};

export const shred: Program = {
  names: ["shred"],
  effects: ({ args, remove }) => {
    const parsed = parseArgs(args, "ns", ["iterations", "size", "random-source"]);
    if (parsed.flags.has("u") || parsed.flags.has("remove")) for (const file of parsed.operands) remove(file, false);
  },
};

export const unlink: Program = {
  names: ["unlink"],
  effects: ({ args, remove }) => {
    const file = parseArgs(args, "", []).operands[0];
    if (file) remove(file, false);
  },
};
