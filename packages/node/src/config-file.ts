import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, extname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { compileGlob, redactText } from "@layerlint/core";
import { createRequire } from "node:module";
import type * as Yaml from "yaml";

/** `yaml` costs ~20 ms to load: a pre-commit run without a YAML config never pays it. */
let yamlModule: typeof Yaml | undefined;
function yaml(): typeof Yaml {
  yamlModule ??= createRequire(import.meta.url)("yaml") as typeof Yaml;
  return yamlModule;
}

/** Looked up in this order in each directory, from the Dockerfile's directory up to the root. */
export const CONFIG_FILE_NAMES = [".layerlintrc.json", ".layerlintrc.yaml", ".layerlintrc.yml"] as const;

/** A config file that cannot be read or parsed; the message names the file and the problem. */
export class ConfigFileError extends Error {
  readonly file: string;

  constructor(file: string, message: string) {
    // Parser messages may quote the file (a YAML tag, an alias): a token there must not reach a CI log.
    super(redactText(message, []));
    this.name = "ConfigFileError";
    this.file = file;
  }
}

function isRegularFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The nearest config file in `startDir` or one of its ancestors, or null. */
export function findConfigFile(startDir: string): string | null {
  let dir = resolve(startDir);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = join(dir, name);
      if (isRegularFile(candidate)) return candidate;
    }
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

function parseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const reason = (error as Error).message;
    const position = /at position (\d+)/.exec(reason);
    const where =
      position === null
        ? text.trim() === ""
          ? " (the file is empty)"
          : ""
        : (({ line, column }) => ` at line ${line}, column ${column}`)(
            lineAndColumn(text, Number(position[1])),
          );
    // V8 quotes the text around the error (`Unexpected token 'g', "{"a": ghp_FAKEFA"...`): never repeat it.
    const detail = reason.replace(/ in JSON at position \d+.*$/s, "").replace(/ \(line \d+ column \d+\)$/, "").replace(/, (?:\.\.\.)?".*$/s, "");
    throw new ConfigFileError(file, `Invalid JSON in config file ${file}${where}: ${detail}.`);
  }
}

/**
 * YAML problems whose parser message quotes the file (a tag, a directive, an escape, an alias):
 * said in fixed words instead. The other messages name only the structure.
 */
const QUOTING_YAML_PROBLEMS: Readonly<Record<string, string>> = {
  TAG_RESOLVE_FAILED: "a tag (!name) layerlint does not read: config files hold plain data only",
  BAD_DIRECTIVE: "an unknown %directive",
  BAD_DQ_ESCAPE: "an invalid escape in a double-quoted string",
  BAD_ALIAS: "a malformed alias",
};

function yamlProblem(code: string, message: string): string {
  return QUOTING_YAML_PROBLEMS[code] ?? (message.split("\n")[0] ?? "").replace(/ at line \d+, column \d+:?$/, "");
}

function parseYaml(file: string, text: string): unknown {
  // Data only: the YAML 1.2 core schema, and no tag resolution beyond it (no !!binary, !!set…).
  const document = yaml().parseDocument(text, {
    schema: "core",
    customTags: [],
    resolveKnownTags: false,
    uniqueKeys: true,
    prettyErrors: true,
  });
  const unknownTag = document.warnings.find((warning) => warning.code === "TAG_RESOLVE_FAILED");
  const problem = document.errors[0] ?? unknownTag;
  if (problem !== undefined) {
    const position = problem.linePos?.[0];
    const where = position === undefined ? "" : ` at line ${position.line}, column ${position.col}`;
    // The parser's own message quotes the text (a tag, a key): only its code is repeated.
    throw new ConfigFileError(file, `Invalid YAML in config file ${file}${where}: ${yamlProblem(problem.code, problem.message)}.`);
  }
  // An empty file (or one with only comments) configures nothing.
  if (document.contents === null) return {};
  let recursiveAlias: number | undefined;
  yaml().visit(document, {
    Alias(_key, alias) {
      const range = alias.resolve(document)?.range;
      const at = alias.range?.[0];
      if (range != null && at !== undefined && range[0] <= at && at < range[2]) {
        recursiveAlias = at;
        return yaml().visit.BREAK;
      }
      return undefined;
    },
  });
  if (recursiveAlias !== undefined) {
    const { line, column } = lineAndColumn(text, recursiveAlias);
    throw new ConfigFileError(
      file,
      `Invalid YAML in config file ${file} at line ${line}, column ${column}: an alias refers to a node that contains it.`,
    );
  }
  try {
    return document.toJS({ maxAliasCount: 100 });
  } catch (error) {
    // yaml resolves aliases only here: `*name` without an anchor, or an alias bomb, throws (its
    // message quotes the alias name, which is not repeated).
    const reason = (error as Error).message.startsWith("Unresolved alias")
      ? "an alias (*name) refers to an anchor (&name) that is not defined before it"
      : "its aliases expand to too many nodes (more than 100)";
    throw new ConfigFileError(file, `Invalid YAML in config file ${file}: ${reason}.`);
  }
}

/**
 * Reads and parses a config file: `.json` as JSON, anything else as YAML. Never executes code.
 * Throws ConfigFileError when the file cannot be read or parsed; the caller validates the keys.
 */
export function loadConfigFile(path: string): { path: string; raw: unknown } {
  const file = resolve(path);
  let text: string;
  try {
    if (!statSync(file).isFile()) {
      throw new ConfigFileError(file, `Cannot read config file ${file}: it is not a regular file.`);
    }
    text = readFileSync(file, "utf8");
  } catch (error) {
    if (error instanceof ConfigFileError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : (code ?? String(error));
    throw new ConfigFileError(file, `Cannot read config file ${file}: ${reason}.`);
  }
  if (text.startsWith("\uFEFF")) text = text.slice(1);
  const raw = extname(file).toLowerCase() === ".json" ? parseJson(file, text) : parseYaml(file, text);
  return { path: file, raw };
}

function toSlash(path: string): string {
  return sep === "/" ? path : path.split(sep).join("/");
}

/**
 * The build context of a Dockerfile: `override` (CLI `--context`, resolved against the working
 * directory) if given; else the first `contexts` entry whose glob matches the Dockerfile's path
 * relative to the config file's directory (its value is resolved against that directory too);
 * else the Dockerfile's directory.
 */
export function resolveContextDir(
  dockerfilePath: string,
  config: { readonly contexts?: Readonly<Record<string, string>> } | undefined,
  configPath: string | undefined,
  override?: string,
): string {
  if (override !== undefined) return resolve(override);
  const dockerfile = resolve(dockerfilePath);
  const contexts = config?.contexts;
  if (contexts !== undefined && configPath !== undefined) {
    const base = dirname(resolve(configPath));
    const rel = toSlash(relative(base, dockerfile));
    for (const [glob, contextDir] of Object.entries(contexts)) {
      if (!compileGlob(glob, { braces: true }).test(rel)) continue;
      const resolved = resolve(base, contextDir);
      // A repository's config must not point the linter at files outside it (reading them, naming
      // them in messages, writing a .dockerignore there with --fix): the command line may.
      const root = repositoryRoot(base);
      if (!isInsideOrSame(root, resolved)) {
        throw new ConfigFileError(
          resolve(configPath),
          `${resolve(configPath)}: "contexts" maps ${JSON.stringify(glob)} to a directory outside ${root}, which a config file may not point at; pass --context to lint with that context.`,
        );
      }
      return resolved;
    }
  }
  return dirname(dockerfile);
}

function isInsideOrSame(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === "" || (rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/** The git work tree holding `dir` (the nearest ancestor with `.git`), else `dir` itself. */
function repositoryRoot(dir: string): string {
  for (let at = dir; ; ) {
    if (existsSync(join(at, ".git"))) return at;
    const parent = dirname(at);
    if (parent === at) return dir;
    at = parent;
  }
}
