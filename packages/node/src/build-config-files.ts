/**
 * Which files are build configurations (issue 13's discovery), and finding them under directory
 * arguments with the same skips as Dockerfile discovery. No `yaml` here: a Dockerfile-only run
 * loads this module and never the reader (`@layerlint/node/build-config`).
 */
import { statSync } from "node:fs";
import { basename, dirname, resolve } from "node:path";
import { collectFiles, compileIgnorePatterns, type ExpandPathsOptions } from "./discover.js";

export type BuildConfigKind = "compose" | "workflow" | "bake";

/** `compose.yaml`, `docker-compose.yml` and their overrides (`compose.prod.yaml`, `docker-compose.override.yml`). */
const COMPOSE_NAME = /^(?:docker-)?compose(?:\.[^/\\]+)?\.ya?ml$/;
/** Bake's default JSON files; `docker-bake.hcl` is not read (docs/integrations/build-config.md). */
const BAKE_NAMES: ReadonlySet<string> = new Set(["docker-bake.json", "docker-bake.override.json"]);
const WORKFLOW_NAME = /\.ya?ml$/;

/**
 * The kind of build configuration a path names, or null: compose files by name, GitHub workflows
 * by place (a `.yml`/`.yaml` file directly in `.github/workflows/`, where GitHub reads them), bake
 * JSON files by name.
 */
export function buildConfigKind(path: string): BuildConfigKind | null {
  const name = basename(path);
  if (COMPOSE_NAME.test(name)) return "compose";
  if (BAKE_NAMES.has(name)) return "bake";
  if (WORKFLOW_NAME.test(name)) {
    const dir = dirname(resolve(path));
    if (basename(dir) === "workflows" && basename(dirname(dir)) === ".github") return "workflow";
  }
  return null;
}

export function isBuildConfigFile(path: string): boolean {
  return buildConfigKind(path) !== null;
}

/**
 * The build configurations path arguments name: a directory becomes the build configurations
 * under it (skipping `node_modules`, `.git` and `ignorePatterns`, as `expandPaths` does for
 * Dockerfiles); a file argument is kept when it is one. Missing arguments are `expandPaths`' to
 * report. Absolute paths, sorted, without duplicates.
 */
export function expandBuildConfigPaths(paths: readonly string[], options: ExpandPathsOptions): string[] {
  const cwd = resolve(options.cwd);
  const isIgnored = compileIgnorePatterns(options.ignorePatterns ?? [], resolve(cwd, options.ignoreBase ?? cwd));
  const files = new Set<string>();
  for (const argument of paths) {
    const absolute = resolve(cwd, argument);
    let isDirectory: boolean;
    try {
      isDirectory = statSync(absolute).isDirectory();
    } catch {
      continue;
    }
    if (!isDirectory) {
      if (isBuildConfigFile(absolute)) files.add(absolute);
      continue;
    }
    const found: string[] = [];
    collectFiles(absolute, isIgnored, (path) => isBuildConfigFile(path), found);
    for (const file of found) files.add(file);
  }
  return [...files].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
