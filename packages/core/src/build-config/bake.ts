/**
 * `docker-bake.json`: each `target` (with what it `inherits`) is a build — context, dockerfile
 * (relative to the context), dockerfile-inline, target, args, secret, cache-to, attest. JSON is
 * read with the YAML parser, which keeps positions. `docker-bake.hcl` is not read: no maintained,
 * synchronous HCL parser keeps positions (docs/integrations/build-config.md); `docker buildx bake
 * --print` turns one into this JSON.
 */
import type { BuildArg, BuildSecret, BuildSpec, CacheExport } from "./types.js";
import { keyValues } from "./compose.js";
import { cacheExportOf, isRemoteContext, joinPath, secretSourceOf } from "./paths.js";
import { splitFields } from "./values.js";
import { isMap, isSeq, type Node, type YamlSource } from "./yaml-source.js";

const MAX_INHERITANCE = 16;

export function readBake(source: YamlSource): BuildSpec[] {
  const targets = new Map<string, { keyNode: Node; node: Node }>();
  for (const entry of source.entries(source.get(source.root, "target")?.value ?? null)) {
    if (isMap(entry.value)) targets.set(entry.key, { keyNode: entry.keyNode, node: entry.value });
  }

  /** The target and its ancestors, nearest first (each once; cycles and unknown names end the chain). */
  const lineage = (name: string): Node[] => {
    const chain: Node[] = [];
    const seen = new Set<string>();
    const pending = [name];
    while (pending.length > 0 && chain.length < MAX_INHERITANCE) {
      const next = pending.shift()!;
      const target = targets.get(next);
      if (!target || seen.has(next)) continue;
      seen.add(next);
      chain.push(target.node);
      const inherits = source.get(target.node, "inherits")?.value ?? null;
      const parents = isSeq(inherits) ? source.items(inherits).map((item) => source.scalarValue(item)) : [source.scalarValue(inherits)];
      // Later parents override earlier ones, and the target overrides them all.
      for (const parent of parents.reverse()) if (parent !== null) pending.push(parent);
    }
    return chain;
  };

  const builds: BuildSpec[] = [];
  for (const [name, { keyNode }] of targets) {
    const chain = lineage(name);
    const first = (key: string): Node | null => {
      for (const node of chain) {
        const entry = source.get(node, key);
        if (entry) return entry.value;
      }
      return null;
    };
    const text = (key: string) => source.scalarValue(first(key));
    const contextText = text("context") ?? ".";
    const context = isRemoteContext(contextText) || contextText.includes("${") ? null : joinPath(".", contextText);
    const inline = text("dockerfile-inline");
    const dockerfileText = text("dockerfile") ?? "Dockerfile";
    const dockerfile = inline !== null || context === null || dockerfileText.includes("${") ? null : joinPath(context, dockerfileText);

    // args merge along the chain: the nearest definition of a name wins.
    const args: BuildArg[] = [];
    const argNames = new Set<string>();
    for (const node of chain) {
      for (const arg of keyValues(source, source.get(node, "args")?.value ?? null)) {
        if (argNames.has(arg.name)) continue;
        argNames.add(arg.name);
        args.push(arg);
      }
    }
    const secrets: BuildSecret[] = [];
    for (const item of source.items(first("secret"))) {
      const value = source.scalarValue(item);
      if (value === null) continue;
      const fields = splitFields(value);
      const id = fields.find((f) => f.key === "id")?.value;
      if (id) secrets.push({ id, source: secretSourceOf(fields), span: source.nodeSpan(item) });
    }
    const cacheTo: CacheExport[] = [];
    for (const item of source.items(first("cache-to"))) {
      const value = source.scalarValue(item);
      if (value !== null) cacheTo.push(cacheExportOf(value, source.nodeSpan(item)));
    }
    let provenance: boolean | null = null;
    for (const item of source.items(first("attest"))) {
      const fields = splitFields(source.scalarValue(item) ?? "");
      if (fields.find((f) => f.key === "type")?.value !== "provenance") continue;
      provenance = fields.find((f) => f.key === "disabled")?.value !== "true";
    }
    builds.push({
      name,
      via: "bake",
      span: source.nodeSpan(keyNode),
      context,
      dockerfile,
      dockerfileInline: inline,
      target: text("target"),
      args,
      secrets,
      cacheTo,
      provenance,
    });
  }
  return builds;
}
