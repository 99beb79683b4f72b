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
  | "no-secret-stage-copy"
  | "no-secret-in-context-file";

/**
 * Rules of the image scan (`layerlint image`, docs/spec.md §9): they read a built image, not a Dockerfile,
 * so they are not in the Dockerfile rule registry; configuration accepts their ids all the same.
 */
export type ImageRuleId = "image-secret-in-config" | "image-secret-in-history" | "image-secret-in-layer";

/** Any rule id configuration, suppression comments and formatters know. */
export type AnyRuleId = RuleId | ImageRuleId;

/** Rules that lint a build configuration: compose files, GitHub workflows, bake files (`@layerlint/core/build-config`). */
export type BuildConfigRuleId = "no-secret-build-arg" | "no-secret-cache-export" | "no-secret-in-compose-env";

/** Every rule id: one namespace, so one `.layerlintrc` `rules` object sets both kinds. */
export type RuleId = DockerfileRuleId | BuildConfigRuleId;

/** How a secret escapes from the image (docs/spec.md §1). */
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

/**
 * A place in a file of the build context (not the Dockerfile): 1-based lines and UTF-16 columns,
 * end exclusive. `path` is context-relative and `/`-separated, like every context path.
 */
export interface ContextFileLocation {
  readonly path: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

export interface RelatedLocation {
  readonly message: string;
  /**
   * A span of the Dockerfile. For a location in another file (`file` is set) it is the COPY/ADD
   * source that sends that file: a front end that cannot show other files still points somewhere
   * true.
   */
  readonly span: Span;
  /** Set when the location is in a file of the build context (a secret a COPY sends). */
  readonly file?: ContextFileLocation;
}

/**
 * Where an image finding's secret sits in a built image (`layerlint image`). Indexes are 0-based:
 * `historyIndex` into the config's `history`, `layer` and `deletedInLayer` into `rootfs.diff_ids`.
 */
export interface ImageLocation {
  readonly channel: "config" | "history" | "layer";
  /** The image: its first tag, or its config digest when it has none. */
  readonly image: string;
  /** Config: the `Env`/`Labels` key, or `Cmd`, `Entrypoint`, `Healthcheck`, `OnBuild`; history: the build arg or ENV key. */
  readonly key?: string;
  readonly historyIndex?: number;
  readonly layer?: number;
  /** The layer's diff id (`sha256:…`). */
  readonly layerDigest?: string;
  /** Absolute path of the file in the layer. */
  readonly path?: string;
  /** The later layer whose whiteout hides the file: it is deleted but still present in `layer`. */
  readonly deletedInLayer?: number;
}

/** A static finding of the Dockerfile lint that foresaw an image finding. */
export interface Prediction {
  readonly ruleId: RuleId;
  readonly line: number;
  readonly severity: Severity;
  /** A suppression comment hides the static finding in the Dockerfile lint. */
  readonly suppressed: boolean;
}

/** How an image finding relates to the Dockerfile the image was built from (`--dockerfile`). */
export interface ImageAttribution {
  /** 1-based line of the instruction that put the secret there; null when nothing matched. */
  readonly line: number | null;
  /** The secret was already in the base image (the finding points at the FROM line). */
  readonly fromBaseImage: boolean;
  /** Static findings that predicted it; empty for a secret no Dockerfile rule foresaw (a gap). */
  readonly predictedBy: readonly Prediction[];
}

/** A finding. `Id` is a Dockerfile rule's id unless said otherwise (image findings: `Finding<ImageRuleId>`). */
export interface Finding<Id extends AnyRuleId = RuleId> {
  readonly ruleId: Id;
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
  /** Image findings only: where the secret is in the image. */
  readonly location?: ImageLocation;
  /** Image findings checked against a Dockerfile only. */
  readonly attribution?: ImageAttribution;
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

/**
 * What the node side read of one context file (`@layerlint/node`'s `readContextContents`): its
 * text, or why it was not read. `hash` is the caller's digest of the text (equal hashes must mean
 * equal text): core memoises its scan by it, so an editor that re-lints on every keystroke scans
 * an unchanged file once.
 */
export type ContextFileContent =
  | { readonly text: string; readonly hash?: string }
  | { readonly skipped: "binary" | "too-large" | "unreadable" | "budget" };

/** The contents of the context files a COPY/ADD may send, keyed by context-relative path. */
export interface ContextContents {
  /** Files the caller looked at; a covered file that is missing here was not read (rules stay silent on it). */
  readonly files: ReadonlyMap<string, ContextFileContent>;
  /** Set when the total-bytes budget stopped the reading: the message says where (reported, not silent). */
  readonly budgetHit?: string;
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
  /** With `truncated`: what the walk did not check (`dir/ (from name on)`, then whole directories). */
  readonly unchecked?: readonly string[];
  /**
   * The text of the context files COPY/ADD sources send (`contextFilesToRead` says which to read).
   * Absent: contents were not read, and the content rule (`no-secret-in-context-file`) is silent.
   */
  readonly contents?: ContextContents;
}

/**
 * `contextFiles` configuration: whether and how far the contents of context files are read.
 * `allow` holds globs (as `secretFiles.allow`) of files never scanned: test fixtures, vendored data.
 */
export interface ContextFilesConfig {
  readonly scan?: boolean;
  readonly maxFileBytes?: number;
  readonly maxTotalBytes?: number;
  readonly allow?: readonly string[];
}

export type RuleSetting = SeveritySetting | readonly [SeveritySetting, ...unknown[]];

/** Validated configuration (see `validateConfig`). */
export interface LayerlintConfig {
  readonly rules?: Readonly<Partial<Record<AnyRuleId, RuleSetting>>>;
  readonly secretNames?: { readonly allow?: readonly string[]; readonly deny?: readonly string[] };
  readonly secretFiles?: { readonly allow?: readonly string[]; readonly deny?: readonly string[] };
  readonly contextFiles?: ContextFilesConfig;
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
