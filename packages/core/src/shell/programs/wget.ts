/** wget: `-O`/`--output-document` writes the download. */
import { parseArgs, resolveOption, UNKNOWN, type Program } from "./kit.js";

/** wget's short options that take a value. */
const WGET_VALUED = "OoaiePtTwQUBDXIRAln";

export const wget: Program = {
  names: ["wget"],
  effects: ({ args, ctx, write }) => {
    const parsed = parseArgs(args, WGET_VALUED, ["output-document"]);
    const output = parsed.values.get("O") ?? parsed.values.get("output-document");
    if (output && output.text !== "-") write(resolveOption(output, ctx), "wget", UNKNOWN, output.word);
  },
};
