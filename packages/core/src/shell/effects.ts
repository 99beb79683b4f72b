/**
 * The files a RUN script writes, deletes and copies (docs/spec.md §4). Redirects are read here; what each
 * known program does is in its module (programs/, one registry). Only recognised commands
 * produce effects, and a path that cannot be named exactly (an unknown variable, a glob) is
 * skipped: a wrong guess would become a wrong finding, so this errs toward silence.
 */
import { programOf } from "./program.js";
import { resolvePath, resolveWordPath } from "./paths.js";
import { hasUserinfo, heredocFlow, isDevice, UNKNOWN, wordsFlow, type Flow } from "./programs/kit.js";
import { PROGRAMS } from "./programs/index.js";
import type {
  FileCopy,
  FileDelete,
  FileEffects,
  FileWrite,
  PathContext,
  Redirect,
  ShellScript,
  SimpleCommand,
  Word,
  WriteVia,
} from "./types.js";

export { resolvePath };

/** What a command reads on stdin: its heredoc, here-string or `<` file, else the pipe. */
function inputFlow(cmd: SimpleCommand, flows: readonly Flow[], ctx: PathContext): Flow {
  let flow: Flow | null = null;
  for (const redirect of cmd.redirects) {
    if ((redirect.fd ?? 0) !== 0) continue;
    if (redirect.op === "<<" || redirect.op === "<<-") flow = heredocFlow(redirect);
    else if (redirect.op === "<<<") flow = wordsFlow([redirect.target]);
    else if (redirect.op === "<") {
      const path = resolveWordPath(redirect.target, ctx);
      flow = { text: "", vars: [], sources: path ? [path] : [], literal: false };
    }
  }
  if (flow) return flow;
  return cmd.pipedFrom !== undefined ? (flows[cmd.pipedFrom] ?? UNKNOWN) : UNKNOWN;
}

function writesStdout(redirect: Redirect): boolean {
  return redirect.fd === undefined || redirect.fd === 1 || redirect.op === "&>" || redirect.op === "&>>";
}

function isOutputRedirect(redirect: Redirect): boolean {
  switch (redirect.op) {
    case ">":
    case ">>":
    case ">|":
    case "&>":
    case "&>>":
      return true;
    case ">&":
      // `>& file` writes a file; `2>&1` and `>&-` duplicate or close a descriptor.
      return redirect.target.value !== "-" && !/^[0-9]+-?$/.test(redirect.target.value);
    default:
      return false;
  }
}

/**
 * The files a parsed RUN script writes and deletes, in command order. Offsets are those of the
 * script (a word naming the file, or the whole command).
 */
export function fileEffects(script: ShellScript, ctx: PathContext): FileEffects {
  const commands = script.commands;
  const writes: FileWrite[] = [];
  const deletes: FileDelete[] = [];
  const copies: FileCopy[] = [];
  const flows: Flow[] = [];
  let credentialUrls: Word[] | null = null;
  const gitCredentialUrls = (): Word[] => {
    credentialUrls ??= commands.flatMap((cmd) => {
      const { name, args } = programOf(cmd);
      return name === "git" ? args.filter((w) => hasUserinfo(w.value)) : [];
    });
    return credentialUrls;
  };
  const workdir = resolvePath(".", ctx);
  const home = resolvePath("~", ctx);

  for (let index = 0; index < commands.length; index++) {
    const cmd = commands[index]!;
    const { name, args } = programOf(cmd);
    const input = inputFlow(cmd, flows, ctx);
    // What the program prints, when layerlint knows (what a redirect or `tee` after it writes).
    const output =
      PROGRAMS.get(name)?.output?.({ cmd, args, input, ctx, commands, index, flows, workdir, home, write: () => {}, remove: () => {}, gitCredentialUrls: () => [] }) ?? UNKNOWN;
    flows.push(output);

    const write = (path: string | null, via: WriteVia, flow: Flow, at: { start: number; end: number }): void => {
      if (path === null || isDevice(path)) return;
      writes.push({
        path,
        command: index,
        via,
        ...(flow.literal ? { content: flow.text } : {}),
        contentVars: flow.vars,
        contentText: flow.text,
        start: at.start,
        end: at.end,
      });
      for (const from of flow.sources) if (from !== path) copies.push({ from, to: path, command: index });
    };
    const remove = (word: Word, recursive: boolean): void => {
      const path = resolveWordPath(word, ctx);
      if (path === null || isDevice(path)) return;
      deletes.push({ path, recursive, command: index, start: word.start, end: word.end });
    };

    const fromHeredoc = output === input && cmd.redirects.some((r) => r.op === "<<" || r.op === "<<-");
    for (const redirect of cmd.redirects) {
      if (!isOutputRedirect(redirect)) continue;
      const flow = writesStdout(redirect) ? output : UNKNOWN;
      write(resolveWordPath(redirect.target, ctx), fromHeredoc ? "heredoc" : "redirect", flow, redirect.target);
    }

    PROGRAMS.get(name)?.effects?.({ cmd, args, input, ctx, commands, index, flows, workdir, home, write, remove, gitCredentialUrls });
  }
  return { writes, deletes, copies };
}

