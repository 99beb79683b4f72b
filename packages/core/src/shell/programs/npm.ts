/** npm: `npm config set <credential key> <value>` writes the npmrc of the chosen location. */
import { resolvePath } from "../paths.js";
import type { PathContext, SimpleCommand, Word } from "../types.js";
import { parseArgs, resolveOption, settings, settingsFlow, type Program, type Write } from "./kit.js";

export function isNpmCredentialKey(key: string): boolean {
  const lower = key.toLowerCase();
  return lower.includes("_auth") || lower.includes("_password");
}

/** `npm config set <credential key> <value>` → the npmrc of the chosen location. */
function npmConfig(cmd: SimpleCommand, args: readonly Word[], ctx: PathContext, write: Write): void {
  const parsed = parseArgs(args, "L", ["location", "userconfig", "globalconfig"]);
  const operands = parsed.operands;
  const first = operands[0]?.value;
  const from = (first === "config" || first === "c") && operands[1]?.value === "set" ? 2 : first === "set" ? 1 : -1;
  if (from < 0) return;
  const pairs = settings(operands.slice(from)).filter((pair) => isNpmCredentialKey(pair.key));
  if (pairs.length === 0) return;
  const location = parsed.values.get("location") ?? parsed.values.get("L");
  const userconfig = parsed.values.get("userconfig");
  const globalconfig = parsed.values.get("globalconfig");
  let path: string | null;
  if (location?.text === "project") path = resolvePath(".npmrc", ctx);
  else if (location?.text === "global" || parsed.flags.has("g") || parsed.flags.has("global")) {
    path = globalconfig ? resolveOption(globalconfig, ctx) : "/usr/local/etc/npmrc";
  } else path = userconfig ? resolveOption(userconfig, ctx) : resolvePath("~/.npmrc", ctx);
  write(path, "npm config", settingsFlow(pairs, "="), cmd);
}


export const npm: Program = {
  names: ["npm"],
  effects: ({ cmd, args, ctx, write }) => npmConfig(cmd, args, ctx, write),
};
