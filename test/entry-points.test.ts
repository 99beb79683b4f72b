/**
 * A Dockerfile-only run must not load `yaml` (reading compose files and workflows needs it; a
 * pre-commit run on one Dockerfile should not pay for it). This follows the static imports of each
 * main entry point through the sources and checks which packages they reach;
 * bench/build-config-startup.mjs measures the same on the built files.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..");
/** Static imports and re-exports; `import type` and `export type` load nothing at run time. */
const IMPORT = /^\s*(?:import|export)\s+(?!type\s)[^;]*?\sfrom\s+"([^"]+)"|^\s*import\s+"([^"]+)"/gm;

/** The bare specifiers (packages) the module graph from `entry` imports statically. */
function packagesReached(entry: string): Set<string> {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const pending = [resolve(ROOT, entry)];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(file, "utf8");
    for (const match of text.matchAll(IMPORT)) {
      const specifier = match[1] ?? match[2]!;
      if (!specifier.startsWith(".")) {
        packages.add(specifier);
        continue;
      }
      const target = resolve(dirname(file), specifier.replace(/\.js$/, ".ts"));
      if (!existsSync(target)) throw new Error(`${file}: cannot resolve ${specifier}`);
      pending.push(target);
    }
  }
  return packages;
}

describe("entry points", () => {
  it("@layerlint/core's main entry does not load yaml; its build-config entry does", () => {
    expect([...packagesReached("packages/core/src/index.ts")].sort()).toEqual(["dockerfile-ast"]);
    expect(packagesReached("packages/core/src/build-config/index.ts").has("yaml")).toBe(true);
  });

  it("@layerlint/node's main entry does not load the build-config reader", () => {
    const reached = packagesReached("packages/node/src/index.ts");
    expect(reached.has("@layerlint/core/build-config")).toBe(false);
    // config-file.ts loads yaml on demand, for a YAML .layerlintrc only.
    expect(reached.has("yaml")).toBe(false);
    expect(packagesReached("packages/node/src/build-config.ts").has("@layerlint/core/build-config")).toBe(true);
  });
});
