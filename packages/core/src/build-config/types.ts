/**
 * The model of a build configuration (docs/spec.md §9): the builds a compose file, a GitHub workflow or a
 * bake file describes, and the runtime environment a compose file gives its containers. Plain,
 * readonly data; spans are in the configuration file's text.
 */
import type { SuppressionSource } from "../suppress.js";
import type { Span } from "../types.js";

export type BuildConfigKind = "compose" | "workflow" | "bake";

/**
 * Where a value refers to something else. `secret`: a GitHub secret (`${{ secrets.X }}`,
 * `${{ github.token }}`), directly or through an `env:` entry set from one; `variable`: a GitHub
 * configuration variable (`${{ vars.X }}`); `environment`: an environment variable, by compose,
 * bake or shell interpolation (`${X}`, `$X`) or `${{ env.X }}`; `expression`: another `${{ … }}`
 * value (a step output, an input), named by its last property (`steps.app.outputs.token` → `token`).
 */
export interface ValueReference {
  readonly kind: "secret" | "variable" | "environment" | "expression";
  readonly name: string;
  /** The environment variable a secret reference came through (`env: { TOKEN: ${{ secrets.GH }} }` → `TOKEN`). */
  readonly via?: string;
}

/**
 * How a value is given. `literal`: text without references; `secret`: it holds a secret
 * reference; `variable`/`interpolation`/`expression`: it holds such references (and no secret
 * one); `empty`: no value or an empty one (compose then reads the variable of the same name from
 * the environment).
 */
export type ValueKind = "literal" | "secret" | "variable" | "interpolation" | "expression" | "empty";

export interface ConfigValue {
  readonly kind: ValueKind;
  /**
   * The value as written, after YAML decoding (null when there is none). May hold a literal
   * secret: rules read it, messages never quote it.
   */
  readonly text: string | null;
  readonly references: readonly ValueReference[];
  /** The literal defaults of interpolations (`${DB_PASSWORD:-secret}` → `secret`). */
  readonly defaults: readonly string[];
  /** The value's span; the entry's span when the value has none of its own. */
  readonly span: Span;
}

/** A build arg a build passes (compose `build.args`, `build-args:`, `--build-arg`, bake `args`). */
export interface BuildArg {
  readonly name: string;
  /** The name as written: the key, or the name part of `NAME=value`. Findings land here. */
  readonly span: Span;
  readonly value: ConfigValue;
}

/** A build secret (compose `build.secrets`, the action's `secrets`/`secret-files`, `--secret`, bake `secret`). */
export interface BuildSecret {
  readonly id: string;
  /** Where BuildKit reads it from: an environment variable, a file, a value the CI passes, or unknown. */
  readonly source: "environment" | "file" | "value" | "unknown";
  readonly span: Span;
}

/** A cache export (`cache_to`, `cache-to`, `--cache-to`). */
export interface CacheExport {
  /** The exporter: `registry`, `gha`, `s3`, `azblob`, `local`, `inline`… (a bare ref is `registry`). */
  readonly type: string;
  /** BuildKit's default is `min`: only the layers of the exported image. `max` exports every stage's. */
  readonly mode: "min" | "max";
  readonly span: Span;
}

export type BuildVia = "compose" | "build-push-action" | "docker build" | "buildah" | "bake";

export interface BuildSpec {
  /** The compose service, `job / step` of a workflow, or the bake target. */
  readonly name: string;
  readonly via: BuildVia;
  /** The `build` key, the step's `uses` key, the build command, or the bake target's key. */
  readonly span: Span;
  /**
   * The build context relative to the configuration file's directory (`/`-separated, normalised;
   * absolute when written absolute), or null when it is not a local directory known statically
   * (a URL, an expression).
   */
  readonly context: string | null;
  /**
   * The Dockerfile relative to the configuration file's directory, resolved as the tool does
   * (compose and bake: against the context; `docker build -f` and the action's `file`: against the
   * working directory), or null when inline or not known statically.
   */
  readonly dockerfile: string | null;
  /** Compose `dockerfile_inline` / bake `dockerfile-inline`: the Dockerfile text itself. */
  readonly dockerfileInline: string | null;
  /** The stage built, or null for the last stage. */
  readonly target: string | null;
  readonly args: readonly BuildArg[];
  readonly secrets: readonly BuildSecret[];
  readonly cacheTo: readonly CacheExport[];
  /** `provenance: false` / `--provenance=false` turns provenance off; null: the tool's default (on, `mode=min`). */
  readonly provenance: boolean | null;
}

/** A runtime environment entry of a compose service: `environment:` or `labels:` (service or build). */
export interface RuntimeEnvEntry {
  readonly service: string;
  readonly section: "environment" | "labels" | "build.labels";
  readonly name: string;
  readonly span: Span;
  readonly value: ConfigValue;
}

/** A compose `env_file:` entry. */
export interface EnvFileRef {
  readonly service: string;
  /** Relative to the configuration file's directory (absolute when written absolute). */
  readonly path: string;
  readonly span: Span;
  /** `required: false` (compose 2.24+) lets a missing file pass. */
  readonly required: boolean;
}

/** A problem that kept part of the file from being read (a YAML syntax error). */
export interface BuildConfigProblem {
  readonly message: string;
  readonly span: Span;
}

export interface ParsedBuildConfig {
  readonly kind: BuildConfigKind;
  readonly text: string;
  readonly builds: readonly BuildSpec[];
  readonly runtimeEnv: readonly RuntimeEnvEntry[];
  readonly envFiles: readonly EnvFileRef[];
  readonly problems: readonly BuildConfigProblem[];
  /** Comments and entries (key/value pairs, list items, each from the start of its line) for suppression comments. */
  readonly suppression: SuppressionSource;
}
