/** docker: `docker login` stores the credential in `~/.docker/config.json` (or `--config`/`DOCKER_CONFIG`). */
import { normalizePath } from "../../model/paths.js";
import { resolvePath, resolveWordPath } from "../paths.js";
import type { PathContext, SimpleCommand, Word } from "../types.js";
import { ATTACHED_PASSWORD, parseArgs, resolveOption, subcommandIndex, varNames, wordsFlow, type CommandWord, type CredentialSink, type Flow, type Program, type Write } from "./kit.js";

/** `docker login` stores the credential in `~/.docker/config.json` (or `--config`/`DOCKER_CONFIG`). */
function dockerLogin(cmd: SimpleCommand, args: readonly Word[], input: Flow, ctx: PathContext, write: Write): void {
  const at = subcommandIndex(args, ["--config", "--context", "-c", "--host", "-H", "--log-level", "-l", "--tlscacert", "--tlscert", "--tlskey"]);
  if (at < 0 || args[at]!.value !== "login") return;
  const globals = parseArgs(args.slice(0, at), "cHl", ["config", "context", "host", "log-level", "tlscacert", "tlscert", "tlskey"]);
  const login = parseArgs(args.slice(at + 1), "up", ["username", "password"]);
  const user = login.values.get("u") ?? login.values.get("username");
  const password = login.values.get("p") ?? login.values.get("password");
  const words = [user?.word, password?.word].filter((w): w is Word => w !== undefined);
  let flow = wordsFlow(words, [user?.text, password?.text].filter((t) => t !== undefined).join(":"));
  if (login.flags.has("password-stdin")) {
    flow = {
      text: [flow.text, input.text].filter((t) => t !== "").join(":"),
      vars: varNames(words, input.vars),
      sources: input.sources,
      literal: flow.literal && input.literal,
    };
  }
  const configDir = globals.values.get("config");
  const envDir = cmd.assignments.find((a) => a.name === "DOCKER_CONFIG")?.value;
  const dir = configDir ? resolveOption(configDir, ctx) : envDir ? resolveWordPath(envDir, ctx) : resolvePath("~/.docker", ctx);
  write(dir === null ? null : normalizePath(`${dir}/config.json`), "docker login", flow, cmd);
}


/**
 * Registry clients (docker, podman, helm…): `--password VALUE` anywhere (`helm repo add`), and
 * `-p VALUE` / `-pVALUE` after `login` only (`docker run -p 8080:80` publishes a port).
 */
function registryCredentials(words: readonly CommandWord[], sink: CredentialSink): void {
  const login = words.findIndex((w) => w.value === "login");
  for (let i = 0; i < words.length; i++) {
    const value = words[i]!.value;
    if (value === "--password") sink.value("password option", words[++i], 0);
    else if (login < 0 || i < login) continue;
    else if (value === "-p") sink.value("password option", words[++i], 0);
    else if (ATTACHED_PASSWORD.test(value)) sink.value("password option", words[i], 2);
  }
}

/** The other registry clients: their login and password options are docker's. */
export const registryClients: Program = {
  names: ["podman", "buildah", "nerdctl", "helm", "oras", "skopeo"],
  credentials: registryCredentials,
};

export const docker: Program = {
  names: ["docker"],
  credentials: registryCredentials,
  effects: ({ cmd, args, input, ctx, write }) => dockerLogin(cmd, args, input, ctx, write),
};
