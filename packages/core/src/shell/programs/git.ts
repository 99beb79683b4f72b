/** git: `git config` writes a config file; `credential.helper store` stores the script's URL credentials. */
import { resolvePath } from "../paths.js";
import type { PathContext, SimpleCommand, Word } from "../types.js";
import { parseArgs, resolveOption, subcommandIndex, wordsFlow, type Program, type Write } from "./kit.js";

const GIT_READS = ["get", "get-all", "get-regexp", "get-urlmatch", "get-color", "get-colorbool", "list", "l", "unset", "unset-all", "remove-section", "rename-section", "edit", "e"];

/**
 * `git config --global|--system|--file f <key> <value>` writes that config file; setting
 * `credential.helper store` also makes git store the credentials of the script's git URLs in
 * `~/.git-credentials` (or the helper's `--file`).
 */
function gitConfig(cmd: SimpleCommand, args: readonly Word[], ctx: PathContext, write: Write, urls: () => Word[]): void {
  const at = subcommandIndex(args, ["-C", "-c", "--git-dir", "--work-tree", "--namespace", "--config-env"]);
  if (at < 0 || args[at]!.value !== "config") return;
  const parsed = parseArgs(args.slice(at + 1), "f", ["file", "type", "default", "blob", "comment"]);
  if (GIT_READS.some((flag) => parsed.flags.has(flag))) return;
  let operands = parsed.operands;
  if (operands[0]?.value === "set") operands = operands.slice(1);
  const [key, value] = operands;
  if (!key || !value) return;
  const file = parsed.values.get("f") ?? parsed.values.get("file");
  const path = file
    ? resolveOption(file, ctx)
    : parsed.flags.has("global")
      ? resolvePath("~/.gitconfig", ctx)
      : parsed.flags.has("system")
        ? "/etc/gitconfig"
        : null;
  write(path, "git config", wordsFlow([key, value], `${key.value} ${value.value}`), cmd);

  const helper = value.value.trim().split(/\s+/);
  if (!/^credential(\..*)?\.helper$/i.test(key.value) || helper[0] !== "store") return;
  const credentials = urls();
  if (credentials.length === 0) return;
  let store = "~/.git-credentials";
  for (let i = 1; i < helper.length; i++) {
    const option = helper[i]!;
    if (option.startsWith("--file=")) store = option.slice("--file=".length);
    else if (option === "--file" && helper[i + 1]) store = helper[i + 1]!;
  }
  write(resolvePath(store, ctx), "git credential store", wordsFlow(credentials, credentials.map((w) => w.value).join("\n")), cmd);
}

export const git: Program = {
  names: ["git"],
  effects: ({ cmd, args, ctx, write, gitCredentialUrls }) => gitConfig(cmd, args, ctx, write, gitCredentialUrls),
};
