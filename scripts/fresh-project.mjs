// A user's fresh npm project outside the repository, with layerlint installed from the tarballs of
// scripts/pack.mjs — what test/distribution and bench/installed.mjs run against. Our packages come
// from the tarball files only (npm resolves their `@layerlint/*` dependencies to the tarballs given
// in the same install); third-party packages come from the registry.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, realpathSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Runs `npm args…` in `cwd`; throws with npm's output when it fails. */
export function npm(args, cwd) {
  const result = spawnSync("npm", args, {
    cwd,
    encoding: "utf8",
    env: { ...process.env, npm_config_update_notifier: "false", npm_config_fund: "false", npm_config_audit: "false" },
  });
  if (result.status !== 0) throw new Error(`\`npm ${args.join(" ")}\` failed in ${cwd} (exit ${result.status ?? result.signal}):\n${result.stderr}${result.stdout}`);
  return result.stdout;
}

/**
 * `npm init -y` in a new temporary directory, then one `npm install` of `tarballs` (paths) and
 * `packages` (registry specs such as `eslint@10.15.0`). Returns the project's directory.
 */
export function freshProject({ tarballs, packages = [], prefix = "layerlint-user-" }) {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), prefix)));
  npm(["init", "-y"], dir);
  npm(["install", "--no-audit", "--no-fund", "--loglevel=error", ...tarballs, ...packages], dir);
  return dir;
}

/** The project's package.json. */
export function projectManifest(dir) {
  return JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
}
