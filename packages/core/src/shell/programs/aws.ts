/** aws: `aws configure set` of a credential key writes `~/.aws/credentials`. */
import { resolvePath } from "../paths.js";
import type { PathContext, SimpleCommand, Word } from "../types.js";
import { parseArgs, settings, settingsFlow, type Program, type Write } from "./kit.js";

const AWS_CREDENTIAL_KEYS = new Set(["aws_secret_access_key", "aws_access_key_id", "aws_session_token"]);

/** `aws configure set aws_secret_access_key|aws_access_key_id|aws_session_token <value>` → `~/.aws/credentials`. */
function awsConfigure(cmd: SimpleCommand, args: readonly Word[], ctx: PathContext, write: Write): void {
  const parsed = parseArgs(args, "", ["profile", "region", "output", "endpoint-url", "ca-bundle", "query", "color", "cli-read-timeout", "cli-connect-timeout"]);
  const [configure, set, ...rest] = parsed.operands;
  if (configure?.value !== "configure" || set?.value !== "set") return;
  const pairs = settings(rest.slice(0, 2));
  const key = pairs[0]?.key.toLowerCase() ?? "";
  if (!AWS_CREDENTIAL_KEYS.has(key.slice(key.lastIndexOf(".") + 1))) return;
  write(resolvePath("~/.aws/credentials", ctx), "aws configure", settingsFlow(pairs, " = "), cmd);
}


export const aws: Program = {
  names: ["aws"],
  effects: ({ cmd, args, ctx, write }) => awsConfigure(cmd, args, ctx, write),
};
