/** Public types of the layerlint engine. Every front end translates these objects mechanically. */

/** Rules that lint a Dockerfile (`lint`). */
export type DockerfileRuleId =
  | "no-secret-in-arg"
  | "no-secret-in-env"
  | "no-hardcoded-secret"
  | "require-secret-mount"
  | "no-secret-file-copy"
  | "no-ineffective-delete"
  | "no-secret-mount-copy"
  | "require-dockerignore"
  | "require-dockerignore-entries"
  | "no-secret-stage-copy";

/** Rules that lint a build configuration: compose files, GitHub workflows, bake files (`@layerlint/core/build-config`). */
export type BuildConfigRuleId = "no-secret-build-arg" | "no-secret-cache-export" | "no-secret-in-compose-env";

/** Every rule id: one namespace, so one `.layerlintrc` `rules` object sets both kinds. */
export type RuleId = DockerfileRuleId | BuildConfigRuleId;

/** How a secret escapes from the image (SPEC §1). */
export type Channel = "history" | "config" | "layers" | "context" | "cache";

export type Severity = "error" | "warning";
export type SeveritySetting = "off" | "warn" | "error";

/** A span of the Dockerfile: offsets are 0-based UTF-16 indexes, lines and columns 1-based, end exclusive. */
export interface Span {
  readonly start: number;
  readonly end: number;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

/** A replacement of `[start, end)` by `text`, in offsets of the file it applies to. */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * A change to one file. `file: "dockerfile"` edits the linted text; `file: "dockerignore"` edits
 * (or, with `create`, creates) the ignore file at `path`, relative to the build context.
 */
export type FileChange =
  | { readonly file: "dockerfile"; readonly edits: readonly TextEdit[] }
  | {
      readonly file: "dockerignore";
      readonly path: string;
      readonly create: boolean;
      readonly edits: readonly TextEdit[];
    };

export interface Fix {
  readonly description: string;
  readonly changes: readonly FileChange[];
}

export interface RelatedLocation {
  readonly message: string;
  readonly span: Span;
}

export interface Finding {
  readonly ruleId: RuleId;
  readonly messageId: string;
  /** Already redacted: never more than the first 4 characters of a secret. */
  readonly message: string;
  readonly severity: Severity;
  readonly channel: Channel;
  /** Name (or `#index`) of the stage that holds the reported instruction; absent for global lines. */
  readonly stage?: string;
  readonly shipped: boolean;
  readonly span: Span;
  readonly related: readonly RelatedLocation[];
  /** Safe fixes (they only change what the build context sends: `.dockerignore`). */
  readonly fix?: Fix;
  /** Edits that change the build: offered, never applied automatically. */
  readonly suggestions: readonly Fix[];
}

/** A `# layerlint-disable…` (or foreign) directive that suppressed nothing. */
export interface UnusedDirective {
  readonly span: Span;
  readonly rules: readonly string[];
  readonly message: string;
}

/** One entry of the build context, as the caller saw it (paths relative to the context, `/`-separated). */
export interface ContextFile {
  readonly path: string;
  readonly type: "file" | "directory" | "symlink";
}

/** The build context, read by a node-side module and handed to core as data. */
export interface BuildContext {
  /** Path of the ignore file relative to the context root, or null when there is none. */
  readonly ignoreFile: { readonly path: string; readonly text: string; readonly perDockerfile: boolean } | null;
  /**
   * Decides whether a context-relative path is excluded by the ignore file (Docker semantics).
   * Supplied by the caller so core needs no matcher of its own for real walks.
   */
  readonly isExcluded: (path: string) => boolean;
  /** Secret-looking files the walk found that the ignore file does not exclude. */
  readonly secretFiles: readonly ContextFile[];
  /** Set when the walk stopped at a bound: the message says which. */
  readonly truncated?: string;
}

export type RuleSetting = SeveritySetting | readonly [SeveritySetting, ...unknown[]];

/** Validated configuration (see `validateConfig`). */
export interface LayerlintConfig {
  readonly rules?: Readonly<Partial<Record<RuleId, RuleSetting>>>;
  readonly secretNames?: { readonly allow?: readonly string[]; readonly deny?: readonly string[] };
  readonly secretFiles?: { readonly allow?: readonly string[]; readonly deny?: readonly string[] };
  readonly target?: string;
  readonly contexts?: Readonly<Record<string, string>>;
  readonly ignorePatterns?: readonly string[];
}

export interface LintOptions {
  readonly config?: LayerlintConfig;
  /** Overrides `config.target`. */
  readonly target?: string;
  /** Absent when there is no context (stdin without a filename): context rules stay silent. */
  readonly context?: BuildContext;
  /** Base file name of the Dockerfile (for per-Dockerfile ignore files and messages). */
  readonly fileName?: string;
  readonly reportUnusedDisableDirectives?: boolean;
  /** When false, pipeline suppression comments are not applied (ESLint applies its own). */
  readonly applySuppressions?: boolean;
  /**
   * The build args the build configuration (a compose service, a workflow step, a bake target)
   * sets for this Dockerfile. An ARG the build fills with a secret (`build-args:
   * GH=${{ secrets.GH_TOKEN }}`) is a secret variable whatever its name; `secret: false` changes
   * nothing (the name still decides).
   */
  readonly buildArgs?: readonly BuildArgInput[];
}

/** One build arg a build configuration passes to the Dockerfile (see `LintOptions.buildArgs`). */
export interface BuildArgInput {
  readonly name: string;
  /** The build configuration fills it from a secret (a secret reference, a secret-named variable, a literal token). */
  readonly secret: boolean;
}

export interface LintResult {
  readonly findings: readonly Finding[];
  readonly unusedDirectives: readonly UnusedDirective[];
}
