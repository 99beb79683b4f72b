import { helpText } from "./help.js";
import type { CliIO } from "./io.js";
import { parseOptions, UsageError } from "./options.js";
import { FileProblem } from "./problem.js";
import { cliVersion } from "./version.js";

/**
 * The `layerlint` command. All input and output goes through `io`; returns the exit status:
 * 0 clean, 1 lint errors (or more warnings than --max-warnings), 2 usage, config or read errors.
 * The engine and the file-system helpers are loaded only when a command needs them.
 */
export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  try {
    // `layerlint image ARCHIVE`: the image scan (lint a directory named image as ./image).
    if (argv[0] === "image") return await (await import("./image/run.js")).imageMain(argv.slice(1), io);
    const options = parseOptions(argv);
    if (options.help) {
      io.stdout.write(helpText());
      return 0;
    }
    if (options.version) {
      io.stdout.write(`layerlint ${await cliVersion()}\n`);
      return 0;
    }
    if (options.listRules) {
      const [{ buildConfigRules, imageRules, rules }, { listRulesText }] = await Promise.all([import("@layerlint/core"), import("./list-rules.js")]);
      // Every rule a config or --rule can name: Dockerfile, build-configuration and image rules.
      io.stdout.write(listRulesText([...rules.values(), ...buildConfigRules.values(), ...imageRules.values()]));
      return 0;
    }
    const { Session } = await import("./session.js");
    return await new Session(options, io).run();
  } catch (error) {
    // Messages quote command-line values and paths: a token pasted there is redacted (at most 4 characters).
    const { escapeControlCharacters, redactText } = await import("@layerlint/core");
    const report = (text: string) => io.stderr.write(redactText(escapeControlCharacters(text), []));
    if (error instanceof UsageError) {
      report(`layerlint: ${error.message}`);
      io.stderr.write(`\nRun layerlint${argv[0] === "image" ? " image" : ""} --help for usage.\n`);
      return 2;
    }
    if (error instanceof FileProblem) {
      report(`layerlint: ${error.message}`);
      io.stderr.write("\n");
      return 2;
    }
    // A bug in layerlint: say so and exit 2 rather than crash with status 1, which means "lint errors".
    io.stderr.write(redactText(`layerlint: Internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`, []));
    return 2;
  }
}
