/**
 * The files a RUN script writes, deletes and copies (SPEC §4). Only commands recognised here
 * produce effects, and a path that cannot be named exactly (an unknown variable, a glob) is
 * skipped: a wrong guess would become a wrong finding, so this errs toward silence.
 */
import { normalizePath } from "../model/paths.js";
import { basenameOf, programOf } from "./program.js";
import { resolvePath, resolveWordPath } from "./paths.js";
import { dialectOf, type OpenVarRef, SCAN_HEREDOC, scanRefs } from "./scan.js";
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

/** What a command reads or prints, as far as it is known. */
interface Flow {
  readonly text: string;
  readonly vars: readonly string[];
  /** Files whose content flows along (`cat a`, `< a`). */
  readonly sources: readonly string[];
  /** `text` is exactly the content: no variables, substitutions or unknown input. */
  readonly literal: boolean;
}

const UNKNOWN: Flow = { text: "", vars: [], sources: [], literal: false };

interface OptionValue {
  readonly text: string;
  readonly word: Word;
  /** `text` is the whole word (`-o f`), not a part of it (`-of`, `--output=f`). */
  readonly whole: boolean;
}

interface ParsedArgs {
  readonly operands: readonly Word[];
  /** Short option letters and long option names present. */
  readonly flags: ReadonlySet<string>;
  readonly values: ReadonlyMap<string, OptionValue>;
}

/** getopt-style arguments: bundled short options, `--long[=value]`, `--` ends options. */
function parseArgs(args: readonly Word[], shortValued: string, longValued: readonly string[]): ParsedArgs {
  const operands: Word[] = [];
  const flags = new Set<string>();
  const values = new Map<string, OptionValue>();
  let options = true;
  for (let i = 0; i < args.length; i++) {
    const word = args[i]!;
    const value = word.value;
    if (!options || value === "-" || !value.startsWith("-")) {
      operands.push(word);
      continue;
    }
    if (value === "--") {
      options = false;
      continue;
    }
    if (value.startsWith("--")) {
      const eq = value.indexOf("=");
      const name = eq < 0 ? value.slice(2) : value.slice(2, eq);
      flags.add(name);
      if (eq >= 0) values.set(name, { text: value.slice(eq + 1), word, whole: false });
      else if (longValued.includes(name) && i + 1 < args.length) {
        const next = args[++i]!;
        values.set(name, { text: next.value, word: next, whole: true });
      }
      continue;
    }
    for (let k = 1; k < value.length; k++) {
      const letter = value[k]!;
      flags.add(letter);
      if (!shortValued.includes(letter)) continue;
      if (k + 1 < value.length) values.set(letter, { text: value.slice(k + 1), word, whole: false });
      else if (i + 1 < args.length) {
        const next = args[++i]!;
        values.set(letter, { text: next.value, word: next, whole: true });
      }
      break;
    }
  }
  return { operands, flags, values };
}

function resolveOption(option: OptionValue, ctx: PathContext): string | null {
  if (option.whole) return resolveWordPath(option.word, ctx);
  const { word, text } = option;
  if (word.hasSubstitution || (word.vars.length === 0 && text.includes("$"))) return null;
  return resolvePath(text, ctx);
}

/** The variables the words reference, then `also`, each once. */
function varNames(words: readonly Word[], also: readonly string[] = []): string[] {
  const names = new Set<string>();
  for (const word of words) for (const ref of word.vars) names.add(ref.name);
  for (const name of also) names.add(name);
  return [...names];
}

function isLiteral(word: Word): boolean {
  return word.vars.length === 0 && !word.hasSubstitution;
}

function wordsFlow(words: readonly Word[], text = words.map((w) => w.value).join(" ")): Flow {
  return { text, vars: varNames(words), sources: [], literal: words.every(isLiteral) };
}

function heredocFlow(redirect: Redirect): Flow {
  const body = redirect.heredocBody ?? "";
  if (redirect.target.quoted) return { text: body, vars: [], sources: [], literal: true };
  const refs: OpenVarRef[] = [];
  scanRefs(body, 0, body.length, SCAN_HEREDOC, dialectOf(undefined), refs);
  const vars = [...new Set(refs.map((ref) => ref.name))];
  return { text: body, vars, sources: [], literal: vars.length === 0 && !body.includes("$(") && !body.includes("`") };
}

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

/** Filters whose output carries their input's secrets in another form. */
const TRANSFORMS = new Set(["base64", "tr", "sed", "envsubst", "rev", "xxd"]);

/** Files read by the substitutions inside command `index` (`echo "$(cat /run/secrets/t)"`). */
function substitutedSources(commands: readonly SimpleCommand[], index: number, flows: readonly Flow[]): string[] {
  const cmd = commands[index]!;
  const sources: string[] = [];
  // Inner commands are stored just before the command that holds them.
  for (let j = index - 1; j >= 0 && commands[j]!.start >= cmd.start; j--) {
    if (commands[j]!.end <= cmd.end) sources.push(...flows[j]!.sources);
  }
  return sources;
}

/** What a command prints on stdout. */
function outputFlow(
  commands: readonly SimpleCommand[],
  index: number,
  name: string,
  args: readonly Word[],
  input: Flow,
  flows: readonly Flow[],
  ctx: PathContext,
): Flow {
  switch (name) {
    case "echo": {
      let from = 0;
      while (from < args.length && /^-[neE]+$/.test(args[from]!.value)) from++;
      const words = args.slice(from);
      const flow = wordsFlow(words);
      if (!words.some((w) => w.hasSubstitution)) return flow;
      return { ...flow, sources: substitutedSources(commands, index, flows) };
    }
    case "printf": {
      if (args[0]?.value === "-v") return { text: "", vars: [], sources: [], literal: true };
      const words = args[0]?.value === "--" ? args.slice(1) : args;
      const flow = wordsFlow(words);
      if (!words.some((w) => w.hasSubstitution)) return flow;
      return { ...flow, sources: substitutedSources(commands, index, flows) };
    }
    case "cat": {
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
    }
    case "tee":
      return input;
    default:
      if (TRANSFORMS.has(name)) return { text: "", vars: varNames(args, input.vars), sources: input.sources, literal: false };
      return UNKNOWN;
  }
}

function isDevice(path: string): boolean {
  return path === "/dev" || path.startsWith("/dev/") || path.startsWith("/proc/");
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

/** URLs with userinfo (`https://user:pass@host`, `https://$TOKEN@host`). */
function hasUserinfo(value: string): boolean {
  const scheme = value.indexOf("://");
  if (scheme < 0) return false;
  for (let i = scheme + 3; i < value.length; i++) {
    const c = value[i];
    if (c === "@") return i > scheme + 3;
    if (c === "/") return false;
  }
  return false;
}

/** Index of a git/docker/aws subcommand, skipping the global options (`valued` take a value). */
function subcommandIndex(args: readonly Word[], valued: readonly string[]): number {
  for (let i = 0; i < args.length; i++) {
    const value = args[i]!.value;
    if (!value.startsWith("-")) return i;
    if (valued.includes(value)) i++;
  }
  return -1;
}

const CURL_VALUED = "oHdXuAebcDFKmrTwxyYzQtUECP";
const WGET_VALUED = "OoaiePtTwQUBDXIRAln";
const GIT_READS = ["get", "get-all", "get-regexp", "get-urlmatch", "get-color", "get-colorbool", "list", "l", "unset", "unset-all", "remove-section", "rename-section", "edit", "e"];
const AWS_CREDENTIAL_KEYS = new Set(["aws_secret_access_key", "aws_access_key_id", "aws_session_token"]);

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
    const output = outputFlow(commands, index, name, args, input, flows, ctx);
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

    switch (name) {
      case "tee":
        for (const file of parseArgs(args, "", []).operands) write(resolveWordPath(file, ctx), "tee", input, file);
        break;
      case "cp":
      case "mv":
      case "install": {
        const parsed =
          name === "install"
            ? parseArgs(args, "mogtS", ["mode", "owner", "group", "target-directory", "suffix", "strip-program"])
            : parseArgs(args, "tS", ["target-directory", "suffix"]);
        if (name === "install" && (parsed.flags.has("d") || parsed.flags.has("directory"))) break;
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
          if (sources.length < 2 || !last) break;
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
        break;
      }
      case "touch":
        for (const file of parseArgs(args, "dtr", ["date", "reference"]).operands) write(resolveWordPath(file, ctx), "touch", UNKNOWN, file);
        break;
      case "curl": {
        const parsed = parseArgs(args, CURL_VALUED, ["output", "output-dir"]);
        const output = parsed.values.get("o") ?? parsed.values.get("output");
        if (!output || output.text === "-") break;
        const dir = parsed.values.get("output-dir");
        const dirPath = dir ? resolveOption(dir, ctx) : null;
        let path = resolveOption(output, ctx);
        if (dir && !output.text.startsWith("/")) path = dirPath === null || path === null ? null : resolvePath(output.text, { ...ctx, workdir: dirPath });
        write(path, "curl", UNKNOWN, output.word);
        break;
      }
      case "wget": {
        const parsed = parseArgs(args, WGET_VALUED, ["output-document"]);
        const output = parsed.values.get("O") ?? parsed.values.get("output-document");
        if (output && output.text !== "-") write(resolveOption(output, ctx), "wget", UNKNOWN, output.word);
        break;
      }
      case "rm": {
        const parsed = parseArgs(args, "", []);
        const recursive = parsed.flags.has("r") || parsed.flags.has("R") || parsed.flags.has("recursive");
        for (const file of parsed.operands) remove(file, recursive);
        break;
      }
      case "shred": {
        const parsed = parseArgs(args, "ns", ["iterations", "size", "random-source"]);
        if (parsed.flags.has("u") || parsed.flags.has("remove")) for (const file of parsed.operands) remove(file, false);
        break;
      }
      case "unlink": {
        const file = parseArgs(args, "", []).operands[0];
        if (file) remove(file, false);
        break;
      }
      case "npm":
        npmConfig(cmd, args, ctx, write);
        break;
      case "yarn":
        yarnConfig(cmd, args, ctx, write);
        break;
      case "docker":
        dockerLogin(cmd, args, input, ctx, write);
        break;
      case "aws":
        awsConfigure(cmd, args, ctx, write);
        break;
      case "git":
        gitConfig(cmd, args, ctx, write, gitCredentialUrls);
        break;
    }
  }
  return { writes, deletes, copies };
}

type Write = (path: string | null, via: WriteVia, flow: Flow, at: { start: number; end: number }) => void;

/** `key=value` or `key value` pairs after `set`, with the words that spell them. */
function settings(operands: readonly Word[]): { key: string; value: string; words: Word[] }[] {
  const out: { key: string; value: string; words: Word[] }[] = [];
  for (let i = 0; i < operands.length; i++) {
    const word = operands[i]!;
    const eq = word.value.indexOf("=");
    if (eq > 0) out.push({ key: word.value.slice(0, eq), value: word.value.slice(eq + 1), words: [word] });
    else {
      const value = operands[i + 1];
      out.push({ key: word.value, value: value?.value ?? "", words: value ? [word, value] : [word] });
      i++;
    }
  }
  return out;
}

function settingsFlow(pairs: readonly { key: string; value: string; words: Word[] }[], separator: string): Flow {
  const words = pairs.flatMap((pair) => pair.words);
  return wordsFlow(words, pairs.map((pair) => `${pair.key}${separator}${pair.value}`).join("\n"));
}

function isNpmCredentialKey(key: string): boolean {
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
