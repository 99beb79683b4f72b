import { parseArgs } from "node:util";
import { formatterNames, isFormatterName, type FormatterName } from "./formatters/index.js";

/** A bad command line: the CLI prints the message, points at --help and exits 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

/** The option table `parseArgs` reads; the help text and its test are checked against it. */
export const OPTIONS = {
  format: { type: "string", short: "f" },
  "output-file": { type: "string", short: "o" },
  config: { type: "string", short: "c" },
  "no-config-lookup": { type: "boolean" },
  rule: { type: "string", multiple: true },
  target: { type: "string" },
  context: { type: "string" },
  "max-warnings": { type: "string" },
  quiet: { type: "boolean" },
  fix: { type: "boolean" },
  "fix-dry-run": { type: "boolean" },
  stdin: { type: "boolean" },
  "stdin-filename": { type: "string" },
  "print-config": { type: "string" },
  verbose: { type: "boolean" },
  "no-error-on-unmatched-pattern": { type: "boolean" },
  "list-rules": { type: "boolean" },
  "report-unused-disable-directives": { type: "boolean" },
  color: { type: "boolean" },
  "no-color": { type: "boolean" },
  version: { type: "boolean", short: "v" },
  help: { type: "boolean", short: "h" },
} as const;

export interface CliOptions {
  readonly format: FormatterName;
  readonly outputFile?: string;
  readonly config?: string;
  readonly configLookup: boolean;
  /** `--rule` values, as given: checked against the rule registry once it is loaded. */
  readonly rules: readonly string[];
  readonly target?: string;
  readonly context?: string;
  /** Absent: no limit. */
  readonly maxWarnings?: number;
  readonly quiet: boolean;
  /** `--fix`: write the findings' fixes (ignore files only). */
  readonly fix: boolean;
  /** `--fix-dry-run`: print the fixes as a diff, write nothing. */
  readonly fixDryRun: boolean;
  readonly stdin: boolean;
  readonly stdinFilename?: string;
  readonly printConfig?: string;
  readonly listRules: boolean;
  /** `--verbose`: the stylish report says under each row how the secret leaks. */
  readonly verbose: boolean;
  /** False with `--no-error-on-unmatched-pattern`: a directory without Dockerfiles is not an error (hooks). */
  readonly errorOnUnmatchedPattern: boolean;
  readonly reportUnusedDisableDirectives: boolean;
  /** Absent: decided from the terminal and the environment. */
  readonly color?: boolean;
  readonly version: boolean;
  readonly help: boolean;
  /** Default: the working directory. */
  readonly paths: readonly string[];
}

const DEFAULTS: CliOptions = {
  format: "stylish",
  configLookup: true,
  rules: [],
  quiet: false,
  fix: false,
  fixDryRun: false,
  stdin: false,
  listRules: false,
  verbose: false,
  errorOnUnmatchedPattern: true,
  reportUnusedDisableDirectives: false,
  version: false,
  help: false,
  paths: ["."],
};

export function parseError(error: unknown): UsageError {
  const { code, message } = error as { code?: string; message: string };
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    const option = /'([^']*)'/.exec(message)?.[1];
    return new UsageError(`Unknown option '${option ?? message}'.`);
  }
  const text = message.split("\n").slice(0, 2).join(" ");
  return new UsageError(/[.?]$/.test(text) ? text : `${text}.`);
}

/** A whole number of warnings, or undefined for `-1` (no limit, as in ESLint). */
export function parseMaxWarnings(value: string): number | undefined {
  const trimmed = value.trim();
  if (trimmed === "-1") return undefined;
  if (!/^\d+$/.test(trimmed)) {
    throw new UsageError(`--max-warnings "${value}" must be a whole number of warnings (0 or more), or -1 for no limit.`);
  }
  return Number(trimmed);
}

/** `--max-warnings -1` as `--max-warnings=-1`: parseArgs takes a value starting with `-` for an option. */
export function joinNegativeValues(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const next = argv[i + 1];
    if (arg === "--max-warnings" && next !== undefined && /^-\d+$/.test(next)) {
      out.push(`${arg}=${next}`);
      i++;
    } else {
      out.push(arg);
    }
  }
  return out;
}

/** Parses and checks the command line. Throws UsageError, naming the bad option or value. */
export function parseOptions(argv: readonly string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({ args: joinNegativeValues(argv), options: OPTIONS, strict: true, allowPositionals: true, tokens: true });
  } catch (error) {
    throw parseError(error);
  }
  const { values, tokens } = parsed;
  let { positionals } = parsed;
  // `layerlint -` reads standard input, as hadolint does.
  const dash = positionals.includes("-");
  if (dash) {
    if (positionals.length > 1) throw new UsageError(`"-" lints standard input; remove the paths (${positionals.filter((p) => p !== "-").join(" ")}).`);
    positionals = [];
  }
  const paths = positionals.length > 0 ? positionals : ["."];
  // --help and --version answer whatever else the command line says.
  if (values.help || values.version) {
    return { ...DEFAULTS, help: values.help ?? false, version: values.version ?? false, paths };
  }

  const format = values.format ?? "stylish";
  if (!isFormatterName(format)) {
    const choices = `${formatterNames.slice(0, -1).join(", ")} or ${formatterNames.at(-1)}`;
    throw new UsageError(`--format "${format}" is not a format (use ${choices}).`);
  }
  // The last of --color / --no-color wins, as with any repeated flag.
  const colorToken = tokens.findLast((token) => token.kind === "option" && (token.name === "color" || token.name === "no-color"));
  const color = colorToken?.kind === "option" ? colorToken.name === "color" : undefined;

  const stdin = (values.stdin ?? false) || dash;
  if (values["stdin-filename"] !== undefined && !stdin) {
    throw new UsageError("--stdin-filename needs --stdin.");
  }
  if (stdin && positionals.length > 0) {
    throw new UsageError(`--stdin lints standard input; remove the paths (${positionals.join(" ")}).`);
  }
  if (values.fix && values["fix-dry-run"]) {
    throw new UsageError("--fix and --fix-dry-run cannot be combined: use --fix-dry-run to see the changes, --fix to write them.");
  }
  if (values["print-config"] !== undefined && (positionals.length > 0 || stdin)) {
    throw new UsageError("--print-config takes one file and lints nothing; remove the other paths and --stdin.");
  }

  return {
    format,
    ...(values["output-file"] === undefined ? {} : { outputFile: values["output-file"] }),
    ...(values.config === undefined ? {} : { config: values.config }),
    configLookup: !values["no-config-lookup"],
    rules: values.rule ?? [],
    ...(values.target === undefined ? {} : { target: values.target }),
    ...(values.context === undefined ? {} : { context: values.context }),
    ...(() => {
      const max = values["max-warnings"] === undefined ? undefined : parseMaxWarnings(values["max-warnings"]);
      return max === undefined ? {} : { maxWarnings: max };
    })(),
    quiet: values.quiet ?? false,
    fix: values.fix ?? false,
    fixDryRun: values["fix-dry-run"] ?? false,
    stdin,
    ...(values["stdin-filename"] === undefined ? {} : { stdinFilename: values["stdin-filename"] }),
    ...(values["print-config"] === undefined ? {} : { printConfig: values["print-config"] }),
    listRules: values["list-rules"] ?? false,
    verbose: values.verbose ?? false,
    errorOnUnmatchedPattern: !values["no-error-on-unmatched-pattern"],
    reportUnusedDisableDirectives: values["report-unused-disable-directives"] ?? false,
    ...(color === undefined ? {} : { color }),
    version: values.version ?? false,
    help: values.help ?? false,
    paths,
  };
}
