// Installs the workspace with a pinned pnpm (no global pnpm, no corepack) and builds it.
// Used by `npm run demo`, `npm test` and `.ci/run` so a fresh clone needs only Node and npm.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const PNPM = "pnpm@10.34.9";
const buildOnly = process.argv.includes("--build-only");
// `npm test` also installs the Debian packages its end-to-end tests drive (scripts/system-deps.mjs).
const systemDeps = process.argv.includes("--system-deps");

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", shell: process.platform === "win32" });
  if (result.status !== 0) {
    console.error(`setup: \`${command} ${args.join(" ")}\` failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
}

if (!buildOnly) {
  const frozen = existsSync(join(root, "pnpm-lock.yaml")) && process.env.CI ? ["--frozen-lockfile"] : [];
  run("npx", ["--yes", PNPM, "install", "--reporter=silent", ...frozen]);
}
run(process.execPath, [join(root, "node_modules/typescript/bin/tsc"), "-b"]);
if (systemDeps) {
  const { ensureSystemPackages } = await import("./system-deps.mjs");
  ensureSystemPackages();
}
