import { parseArgs } from "node:util";
import { formatterNames, isFormatterName, type FormatterName } from "../formatters/index.js";
import { joinNegativeValues, parseError, parseMaxWarnings, UsageError } from "../options.js";

/** The option table of `layerlint image`; its help text is checked against it. */
export const IMAGE_OPTIONS = {
  dockerfile: { type: "string" },
  target: { type: "string" },
  context: { type: "string" },
  image: { type: "string" },
  format: { type: "string", short: "f" },
  "output-file": { type: "string", short: "o" },
  config: { type: "string", short: "c" },
  "no-config-lookup": { type: "boolean" },
  rule: { type: "string", multiple: true },
  "max-warnings": { type: "string" },
  quiet: { type: "boolean" },
  color: { type: "boolean" },
  "no-color": { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

export interface ImageCliOptions {
  /** A path, or `-` for standard input. */
  readonly archive: string;
  readonly dockerfile?: string;
  readonly target?: string;
  readonly context?: string;
  readonly image?: string;
  readonly format: FormatterName;
  readonly outputFile?: string;
  readonly config?: string;
  readonly configLookup: boolean;
  readonly rules: readonly string[];
  readonly maxWarnings?: number;
  readonly quiet: boolean;
  readonly color?: boolean;
  readonly help: boolean;
}

/** Parses `layerlint image …` (the arguments after `image`). Throws UsageError naming the problem. */
export function parseImageOptions(argv: readonly string[]): ImageCliOptions {
  let parsed;
  try {
    parsed = parseArgs({ args: joinNegativeValues(argv), options: IMAGE_OPTIONS, strict: true, allowPositionals: true, tokens: true });
  } catch (error) {
    throw parseError(error);
  }
  const { values, positionals, tokens } = parsed;
  const help = values.help ?? false;
  if (help) return { archive: "", format: "stylish", configLookup: true, rules: [], quiet: false, help };
  if (positionals.length !== 1) {
    throw new UsageError(
      positionals.length === 0
        ? "layerlint image needs the image archive to read (a docker save tar, an OCI layout directory, or - for standard input)."
        : `layerlint image reads one archive; got ${positionals.length} (${positionals.join(" ")}).`,
    );
  }
  const format = values.format ?? "stylish";
  if (!isFormatterName(format)) {
    const choices = `${formatterNames.slice(0, -1).join(", ")} or ${formatterNames.at(-1)}`;
    throw new UsageError(`--format "${format}" is not a format (use ${choices}).`);
  }
  if (values.target !== undefined && values.dockerfile === undefined) {
    throw new UsageError("--target names a stage of the Dockerfile: give it with --dockerfile.");
  }
  if (values.context !== undefined && values.dockerfile === undefined) {
    throw new UsageError("--context is the Dockerfile's build context: give the Dockerfile with --dockerfile.");
  }
  const colorToken = tokens.findLast((token) => token.kind === "option" && (token.name === "color" || token.name === "no-color"));
  const color = colorToken?.kind === "option" ? colorToken.name === "color" : undefined;
  return {
    archive: positionals[0]!,
    ...(values.dockerfile === undefined ? {} : { dockerfile: values.dockerfile }),
    ...(values.target === undefined ? {} : { target: values.target }),
    ...(values.context === undefined ? {} : { context: values.context }),
    ...(values.image === undefined ? {} : { image: values.image }),
    format,
    ...(values["output-file"] === undefined ? {} : { outputFile: values["output-file"] }),
    ...(values.config === undefined ? {} : { config: values.config }),
    configLookup: !values["no-config-lookup"],
    rules: values.rule ?? [],
    ...(() => {
      const max = values["max-warnings"] === undefined ? undefined : parseMaxWarnings(values["max-warnings"]);
      return max === undefined ? {} : { maxWarnings: max };
    })(),
    quiet: values.quiet ?? false,
    ...(color === undefined ? {} : { color }),
    help,
  };
}
