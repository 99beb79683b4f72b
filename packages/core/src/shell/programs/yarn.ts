/** yarn: `yarn config set` writes `.yarnrc.yml` (Berry) or `~/.yarnrc` (classic). */
import { resolvePath } from "../paths.js";
import type { PathContext, SimpleCommand, Word } from "../types.js";
import { isNpmCredentialKey } from "./npm.js";
import { parseArgs, settings, settingsFlow, type Program, type Write } from "./kit.js";

/**
 * `yarn config set`: Berry keys (`npmAuthToken`, `npmAuthIdent`) go to the project's
 * `.yarnrc.yml`, or the home one with `-H`; classic keys (`_authToken`…) to `~/.yarnrc`.
 */
function yarnConfig(cmd: SimpleCommand, args: readonly Word[], ctx: PathContext, write: Write): void {
  const parsed = parseArgs(args, "", []);
  const [config, set, ...rest] = parsed.operands;
  if (config?.value !== "config" || set?.value !== "set") return;
  const pairs = settings(rest.slice(0, 2));
  const pair = pairs[0];
  if (!pair) return;
  let path: string | null;
  if (/npmAuth(Token|Ident)/i.test(pair.key)) {
    path = resolvePath(parsed.flags.has("H") || parsed.flags.has("home") ? "~/.yarnrc.yml" : ".yarnrc.yml", ctx);
  } else if (isNpmCredentialKey(pair.key)) path = resolvePath("~/.yarnrc", ctx);
  else return;
  write(path, "yarn config", settingsFlow(pairs, ": "), cmd);
}


export const yarn: Program = {
  names: ["yarn"],
  effects: ({ cmd, args, ctx, write }) => yarnConfig(cmd, args, ctx, write),
};
