/** curl: `-o`/`--output` (and `--output-dir`) write the download; its credential options are read by the value detectors. */
import { resolvePath } from "../paths.js";
import { parseArgs, resolveOption, UNKNOWN, type CommandWord, type CredentialSink, type Program } from "./kit.js";

/** curl's short options that take a value (`-o f`, `-of`). */
const CURL_VALUED = "oHdXuAebcDFKmrTwxyYzQtUECP";

const CURL_USER_OPTION = /^-[A-Za-z]*[uU]$/;
const CURL_ATTACHED_USER = /^-[uU](.+)$/;

/** `user:password` in a `-u` argument: the password part. */
function user(sink: CredentialSink, word: CommandWord | undefined, from: number): void {
  if (word === undefined) return;
  const colon = word.value.indexOf(":", from);
  if (colon >= 0) sink.value("curl credentials", word, colon + 1);
}

/** `-u user:pass`, `--user=…`, `--proxy-user …`, `-uuser:pass`, `--oauth2-bearer TOKEN`. */
function credentials(words: readonly CommandWord[], sink: CredentialSink): void {
  for (let i = 0; i < words.length; i++) {
    const value = words[i]!.value;
    if (value === "--user" || value === "--proxy-user" || CURL_USER_OPTION.test(value)) user(sink, words[++i], 0);
    else if (value.startsWith("--user=")) user(sink, words[i], "--user=".length);
    else if (value.startsWith("--proxy-user=")) user(sink, words[i], "--proxy-user=".length);
    else if (value === "--oauth2-bearer") sink.value("curl credentials", words[++i], 0);
    else if (CURL_ATTACHED_USER.test(value)) user(sink, words[i], 2);
  }
}

export const curl: Program = {
  names: ["curl"],
  credentials,
  effects: ({ args, ctx, write }) => {
    const parsed = parseArgs(args, CURL_VALUED, ["output", "output-dir"]);
    const output = parsed.values.get("o") ?? parsed.values.get("output");
    if (!output || output.text === "-") return;
    const dir = parsed.values.get("output-dir");
    const dirPath = dir ? resolveOption(dir, ctx) : null;
    let path = resolveOption(output, ctx);
    if (dir && !output.text.startsWith("/")) path = dirPath === null || path === null ? null : resolvePath(output.text, { ...ctx, workdir: dirPath });
    write(path, "curl", UNKNOWN, output.word);
  },
};
