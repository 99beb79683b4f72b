import { formatterNames } from "./formatters/index.js";

/** The output options, the same for `layerlint` and `layerlint image`. */
export function outputHelp(): string {
  return `Output:
  -f, --format NAME            Report format (default: stylish), one of:
                               ${formatterNames.join(", ")}
  -o, --output-file FILE       Write the report to FILE instead of standard output
      --quiet                  Report errors only, not warnings
      --verbose                Say under each finding how the secret leaks (stylish)
      --max-warnings N         Exit with status 1 when there are more than N warnings
                               (-1: no limit)
      --color, --no-color      Force or disable colour (default: on when standard output is
                               a terminal and NO_COLOR is unset; FORCE_COLOR is honoured)
`;
}

/** `layerlint --help`. Every option of OPTIONS appears here (a test checks). */
export function helpText(): string {
  return `Usage: layerlint [options] [paths...]
       layerlint image [options] ARCHIVE   (read a built image: layerlint image --help)

Find secrets that would leak into a Docker image's layers, history or config.
Directories expand to Dockerfile, Dockerfile.*, *.Dockerfile, *.dockerfile, Containerfile
and Containerfile.* files, skipping node_modules, .git and the config's ignorePatterns.
Without paths, the current directory is linted.

${outputHelp()}
Fixing:
      --fix                    Create a missing .dockerignore, or add the missing secret
                               entries to it; never edits the Dockerfile
      --fix-dry-run            Print those changes as a diff and write nothing

Configuration:
  -c, --config FILE            Use FILE (.json, .yaml or .yml) as the configuration
      --no-config-lookup       Do not look for .layerlintrc.{json,yaml,yml} files
      --rule ID:SEVERITY       Set a rule's severity (off, warn or error); repeatable
      --target STAGE           Lint as if building STAGE (default: the last stage)
      --context DIR            Build context directory (default: config "contexts", else
                               the Dockerfile's directory)
      --report-unused-disable-directives
                               Report layerlint-disable comments that suppress nothing

Input:
      --stdin, -               Lint the Dockerfile read from standard input
      --stdin-filename PATH    Treat standard input as the file PATH (config lookup,
                               build context, .dockerignore)

      --no-error-on-unmatched-pattern
                               A directory without Dockerfiles is not an error (for
                               hooks in repositories that have none)

Information:
      --print-config FILE      Print the configuration that applies to FILE, as JSON
      --list-rules             List the rules with their default severity
  -v, --version                Print the version
  -h, --help                   Print this help

Exit status: 0 no problems (warnings allowed up to --max-warnings), 1 lint errors or too
many warnings, 2 a usage, configuration or read error (readable files are still reported).
`;
}
