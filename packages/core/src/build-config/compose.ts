/**
 * Compose files (the Compose Specification): each service's `build` (a context string, or
 * context, dockerfile, dockerfile_inline, target, args, secrets, cache_to, labels), its runtime
 * `environment`, `labels` and `env_file`, and the top-level `secrets` its build secrets name.
 * Paths are relative to the compose file's directory, the Dockerfile relative to the context.
 */
import type { BuildArg, BuildSecret, BuildSpec, CacheExport, EnvFileRef, RuntimeEnvEntry } from "./types.js";
import { cacheExportOf, isRemoteContext, joinPath } from "./paths.js";
import { readValue } from "./values.js";
import { isMap, isScalar, isSeq, type Entry, type Node, type YamlSource } from "./yaml-source.js";

export interface ComposeModel {
  readonly builds: BuildSpec[];
  readonly runtimeEnv: RuntimeEnvEntry[];
  readonly envFiles: EnvFileRef[];
}

const COMPOSE = { github: false, interpolation: "compose" } as const;

/**
 * `KEY: value` maps and `- KEY=value` lists, the two forms compose accepts for args,
 * environment and labels. A list item without `=` (and a map key with no value) has no value.
 */
export function keyValues(source: YamlSource, node: Node | null): { name: string; span: BuildArg["span"]; value: BuildArg["value"] }[] {
  const out: { name: string; span: BuildArg["span"]; value: BuildArg["value"] }[] = [];
  if (isMap(node)) {
    for (const entry of source.entries(node)) {
      if (entry.value && !isScalar(entry.value)) continue;
      const keySpan = source.nodeSpan(entry.keyNode);
      const text = source.scalarValue(entry.value);
      out.push({ name: entry.key, span: keySpan, value: readValue(text, entry.value ? source.nodeSpan(entry.value) : keySpan, COMPOSE) });
    }
  } else if (isSeq(node)) {
    for (const item of source.items(node)) {
      if (!isScalar(item)) continue;
      const scalar = source.scalarText(item);
      const equals = scalar.value.indexOf("=");
      const name = (equals < 0 ? scalar.value : scalar.value.slice(0, equals)).trim();
      if (name === "") continue;
      const span = scalar.span(0, equals < 0 ? scalar.value.length : equals);
      const text = equals < 0 ? null : scalar.value.slice(equals + 1);
      out.push({ name, span, value: readValue(text, equals < 0 ? span : scalar.span(equals + 1, scalar.value.length), COMPOSE) });
    }
  }
  return out;
}

function strings(source: YamlSource, node: Node | null): { text: string; node: Node }[] {
  const nodes = isSeq(node) ? source.items(node) : node ? [node] : [];
  const out: { text: string; node: Node }[] = [];
  for (const item of nodes) {
    const text = source.scalarValue(item);
    if (text !== null) out.push({ text, node: item });
  }
  return out;
}

/** Top-level `secrets:` → where each one comes from. */
function topLevelSecrets(source: YamlSource, root: Node | null): Map<string, BuildSecret["source"]> {
  const secrets = new Map<string, BuildSecret["source"]>();
  for (const entry of source.entries(source.get(root, "secrets")?.value ?? null)) {
    const file = source.get(entry.value, "file");
    const environment = source.get(entry.value, "environment");
    secrets.set(entry.key, environment ? "environment" : file ? "file" : "unknown");
  }
  return secrets;
}

function buildSecrets(source: YamlSource, node: Node | null, declared: ReadonlyMap<string, BuildSecret["source"]>): BuildSecret[] {
  const out: BuildSecret[] = [];
  for (const item of source.items(node)) {
    const short = source.scalarValue(item);
    if (short !== null) {
      out.push({ id: short, source: declared.get(short) ?? "unknown", span: source.nodeSpan(item) });
      continue;
    }
    const from = source.scalarValue(source.get(item, "source")?.value ?? null);
    if (from === null) continue;
    // The id the Dockerfile mounts is the target, which defaults to the source.
    const id = source.scalarValue(source.get(item, "target")?.value ?? null) ?? from;
    out.push({ id, source: declared.get(from) ?? "unknown", span: source.nodeSpan(item) });
  }
  return out;
}

function serviceBuild(
  source: YamlSource,
  service: string,
  entry: Entry,
  declared: ReadonlyMap<string, BuildSecret["source"]>,
  runtime: RuntimeEnvEntry[],
): BuildSpec | null {
  const node = entry.value;
  const span = source.nodeSpan(entry.keyNode);
  const short = source.scalarValue(node);
  const contextText = short ?? (isMap(node) ? (source.scalarValue(source.get(node, "context")?.value ?? null) ?? ".") : null);
  if (contextText === null) return null;
  const local = !isRemoteContext(contextText) && !contextText.includes("$");
  const context = local ? joinPath(".", contextText) : null;
  const field = (key: string) => (isMap(node) ? source.scalarValue(source.get(node, key)?.value ?? null) : null);
  const inline = field("dockerfile_inline");
  const dockerfileText = field("dockerfile") ?? "Dockerfile";
  const dockerfile = inline !== null || context === null || dockerfileText.includes("$") ? null : joinPath(context, dockerfileText);
  const cacheTo: CacheExport[] = [];
  for (const { text, node: item } of strings(source, isMap(node) ? (source.get(node, "cache_to")?.value ?? null) : null)) {
    cacheTo.push(cacheExportOf(text, source.nodeSpan(item)));
  }
  if (isMap(node)) {
    for (const label of keyValues(source, source.get(node, "labels")?.value ?? null)) {
      runtime.push({ service, section: "build.labels", ...label });
    }
  }
  return {
    name: service,
    via: "compose",
    span,
    context,
    dockerfile,
    dockerfileInline: inline,
    target: field("target"),
    args: isMap(node) ? keyValues(source, source.get(node, "args")?.value ?? null) : [],
    secrets: isMap(node) ? buildSecrets(source, source.get(node, "secrets")?.value ?? null, declared) : [],
    cacheTo,
    provenance: null,
  };
}

function envFilesOf(source: YamlSource, service: string, node: Node | null): EnvFileRef[] {
  const out: EnvFileRef[] = [];
  const items = isSeq(node) ? source.items(node) : node ? [node] : [];
  for (const item of items) {
    const short = source.scalarValue(item);
    const pathNode = short !== null ? item : (source.get(item, "path")?.value ?? null);
    const path = source.scalarValue(pathNode);
    if (path === null || path.includes("$") || !pathNode) continue;
    const required = source.scalarValue(source.get(item, "required")?.value ?? null);
    out.push({ service, path: joinPath(".", path), span: source.nodeSpan(pathNode), required: required !== "false" });
  }
  return out;
}

export function readCompose(source: YamlSource): ComposeModel {
  const root = source.root;
  const builds: BuildSpec[] = [];
  const runtimeEnv: RuntimeEnvEntry[] = [];
  const envFiles: EnvFileRef[] = [];
  const declared = topLevelSecrets(source, root);
  for (const { key: service, value } of source.entries(source.get(root, "services")?.value ?? null)) {
    if (!isMap(value)) continue;
    const build = source.get(value, "build");
    if (build) {
      const spec = serviceBuild(source, service, build, declared, runtimeEnv);
      if (spec) builds.push(spec);
    }
    for (const section of ["environment", "labels"] as const) {
      for (const entry of keyValues(source, source.get(value, section)?.value ?? null)) runtimeEnv.push({ service, section, ...entry });
    }
    envFiles.push(...envFilesOf(source, service, source.get(value, "env_file")?.value ?? null));
  }
  runtimeEnv.sort((a, b) => a.span.start - b.span.start);
  return { builds, runtimeEnv, envFiles };
}
