/**
 * GitHub Actions workflows: the steps of every job that build an image, either with
 * `docker/build-push-action` (its `with:` inputs) or with a build command in a `run:` script.
 * Paths in a workflow are relative to the workspace (the repository root), which is `workspace`
 * relative to the workflow file's directory (`../..` for `.github/workflows/ci.yml`).
 */
import type { ShellDialect } from "../shell/index.js";
import { buildCommandsOf } from "./build-command.js";
import { cacheExportOf, isRemoteContext, joinPath } from "./paths.js";
import type { BuildArg, BuildSecret, BuildSpec, CacheExport, ConfigValue } from "./types.js";
import { readValue, resolveEnvironment } from "./values.js";
import { isMap, isScalar, type Node, type ScalarText, type YamlSource } from "./yaml-source.js";

const GITHUB = { github: true, interpolation: "none" } as const;
const BUILD_PUSH_ACTION = /^docker\/build-push-action(?:@|$)/i;
const MAX_STEPS = 1000;

type EnvLookup = (name: string) => ConfigValue | undefined;

/** The `env:` map of a workflow, a job or a step, over the enclosing one. */
function envScope(source: YamlSource, node: Node | null, outer: EnvLookup): EnvLookup {
  const values = new Map<string, ConfigValue>();
  for (const entry of source.entries(source.get(node, "env")?.value ?? null)) {
    const span = entry.value ? source.nodeSpan(entry.value) : source.nodeSpan(entry.keyNode);
    values.set(entry.key, readValue(source.scalarValue(entry.value), span, GITHUB));
  }
  if (values.size === 0) return outer;
  // `env: { A: ${{ env.B }} }` reads the enclosing scope's B.
  return (name) => {
    const value = values.get(name);
    return value ? resolveEnvironment(value, outer) : outer(name);
  };
}

/** One line of a multi-line input (`build-args: |`), trimmed, with its offsets in the value. */
function inputLines(scalar: ScalarText, splitComma: boolean): { text: string; start: number; end: number }[] {
  const lines: { text: string; start: number; end: number }[] = [];
  const pattern = splitComma ? /[^\n,]+/g : /[^\n]+/g;
  for (const m of scalar.value.matchAll(pattern)) {
    let start = m.index;
    let end = start + m[0].length;
    while (start < end && /\s/.test(scalar.value[start]!)) start++;
    while (end > start && /\s/.test(scalar.value[end - 1]!)) end--;
    if (scalar.value[start] === '"' && scalar.value[end - 1] === '"' && end - start >= 2) {
      start++;
      end--;
    }
    if (end > start) lines.push({ text: scalar.value.slice(start, end), start, end });
  }
  return lines;
}

function inputScalar(source: YamlSource, inputs: Node | null, key: string): ScalarText | null {
  const value = source.get(inputs, key)?.value ?? null;
  return isScalar(value) && source.scalarValue(value) !== null ? source.scalarText(value) : null;
}

/** `{{defaultContext}}` is the repository at the workflow's ref; `{{defaultContext}}:sub` a folder of it. */
function actionContext(text: string | null): string | null {
  if (text === null) return ".";
  const trimmed = text.trim();
  const defaultContext = /^\{\{\s*defaultContext\s*\}\}(?::(.*))?$/.exec(trimmed);
  if (defaultContext) return defaultContext[1] ?? ".";
  if (trimmed.includes("${{") || isRemoteContext(trimmed)) return null;
  return trimmed;
}

function actionBuild(source: YamlSource, name: string, step: Node, usesKey: Node, workspace: string, env: EnvLookup): BuildSpec {
  const inputs = source.get(step, "with")?.value ?? null;
  const text = (key: string) => source.scalarValue(source.get(inputs, key)?.value ?? null);
  const contextText = actionContext(text("context"));
  const context = contextText === null ? null : joinPath(workspace, contextText);
  const fileText = text("file");
  const dockerfile =
    fileText === null ? (context === null ? null : joinPath(context, "Dockerfile")) : fileText.includes("${{") ? null : joinPath(workspace, fileText.trim());

  const args: BuildArg[] = [];
  const buildArgs = inputScalar(source, inputs, "build-args");
  if (buildArgs) {
    for (const line of inputLines(buildArgs, false)) {
      const equals = line.text.indexOf("=");
      const argName = (equals < 0 ? line.text : line.text.slice(0, equals)).trim();
      if (argName === "" || argName.includes("${{")) continue;
      const span = buildArgs.span(line.start, line.start + argName.length);
      const valueStart = line.start + equals + 1;
      const value = readValue(equals < 0 ? null : line.text.slice(equals + 1), equals < 0 ? span : buildArgs.span(valueStart, line.end), GITHUB);
      args.push({ name: argName, span, value: resolveEnvironment(value, env) });
    }
  }

  const secrets: BuildSecret[] = [];
  for (const [key, kind, splitComma] of [
    ["secrets", "value", false],
    ["secret-files", "file", false],
    ["secret-envs", "environment", true],
  ] as const) {
    const scalar = inputScalar(source, inputs, key);
    if (!scalar) continue;
    for (const line of inputLines(scalar, splitComma)) {
      const id = line.text.split("=", 1)[0]!.trim();
      if (id !== "") secrets.push({ id, source: kind, span: scalar.span(line.start, line.end) });
    }
  }

  const cacheTo: CacheExport[] = [];
  const cache = inputScalar(source, inputs, "cache-to");
  if (cache) for (const line of inputLines(cache, false)) cacheTo.push(cacheExportOf(line.text, cache.span(line.start, line.end)));

  const provenance = text("provenance");
  return {
    name,
    via: "build-push-action",
    span: source.nodeSpan(usesKey),
    context,
    dockerfile,
    dockerfileInline: null,
    target: text("target"),
    args,
    secrets,
    cacheTo,
    provenance: provenance === null ? null : !/^(?:false|0)$/i.test(provenance.trim()),
  };
}

function shellOf(text: string | null): ShellDialect | null {
  if (text === null) return "posix";
  const program = text.trim().split(/\s+/, 1)[0]!.toLowerCase();
  if (program === "bash" || program === "sh") return "posix";
  if (program === "pwsh" || program === "powershell") return "powershell";
  if (program === "cmd") return "cmd";
  // `python`, a custom shell: not a shell script this reader knows.
  return null;
}

function workingDirectory(source: YamlSource, node: Node | null): string | null {
  return source.scalarValue(source.get(source.get(source.get(node, "defaults")?.value ?? null, "run")?.value ?? null, "working-directory")?.value ?? null);
}

export function readWorkflow(source: YamlSource, workspace: string): BuildSpec[] {
  const root = source.root;
  const builds: BuildSpec[] = [];
  const workflowEnv = envScope(source, root, () => undefined);
  const workflowCwd = workingDirectory(source, root);
  for (const { key: jobId, value: job } of source.entries(source.get(root, "jobs")?.value ?? null)) {
    if (!isMap(job)) continue;
    const jobEnv = envScope(source, job, workflowEnv);
    const jobCwd = workingDirectory(source, job) ?? workflowCwd;
    const steps = source.items(source.get(job, "steps")?.value ?? null).slice(0, MAX_STEPS);
    steps.forEach((step, index) => {
      if (!isMap(step)) return;
      const label = source.scalarValue(source.get(step, "name")?.value ?? null) ?? source.scalarValue(source.get(step, "id")?.value ?? null) ?? `step ${index + 1}`;
      const name = `${jobId} / ${label}`;
      const env = envScope(source, step, jobEnv);
      const uses = source.get(step, "uses");
      const usesText = source.scalarValue(uses?.value ?? null);
      if (uses && usesText !== null && BUILD_PUSH_ACTION.test(usesText.trim())) {
        builds.push(actionBuild(source, name, step, uses.keyNode, workspace, env));
        return;
      }
      const run = source.get(step, "run")?.value ?? null;
      const shell = shellOf(source.scalarValue(source.get(step, "shell")?.value ?? null));
      if (!isScalar(run) || shell === null) return;
      const script = source.scalarText(run);
      if (!/\b(?:docker|podman|nerdctl|buildah)\b/.test(script.value)) return;
      const cwdText = source.scalarValue(source.get(step, "working-directory")?.value ?? null) ?? jobCwd ?? ".";
      const cwd = cwdText.includes("${{") ? null : joinPath(workspace, cwdText);
      for (const command of buildCommandsOf({ text: script.value, span: script.span, shell }, cwd ?? workspace, env)) {
        builds.push({
          name,
          ...command,
          context: cwd === null ? null : command.context,
          dockerfile: cwd === null ? null : command.dockerfile,
          dockerfileInline: null,
          args: command.args.map((arg) => ({ ...arg, value: resolveEnvironment(arg.value, env) })),
        });
      }
    });
  }
  return builds;
}
