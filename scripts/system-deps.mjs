// The one place that installs the Debian packages layerlint's end-to-end tests drive: real editors,
// the real pre-commit framework, buildah, podman and skopeo (images built and saved for real,
// without a daemon). `npm test` (scripts/setup.mjs --system-deps) and `.ci/run` call it; it installs
// only what is missing, says what it installs, and needs root (apt-get). Without root it prints what
// is missing and the tests that need it fail with that message (they never skip).
//
//   node scripts/system-deps.mjs            install what is missing (root), else report it
//   node scripts/system-deps.mjs --check    only report (exit 1 when something is missing)
import { spawnSync } from "node:child_process";
import { pathToFileURL } from "node:url";

/** Each package, the command that shows it is there, and which tests need it. */
export const SYSTEM_PACKAGES = [
  { name: "neovim", command: "nvim", usedBy: "the language server's Neovim end-to-end test" },
  { name: "pre-commit", command: "pre-commit", usedBy: "the pre-commit hook's end-to-end test" },
  { name: "emacs-nox", command: "emacs", usedBy: "the language server's Emacs (eglot) end-to-end test" },
  { name: "elpa-eglot", usedBy: "the Emacs end-to-end test (eglot for Emacs 28)" },
  { name: "buildah", command: "buildah", usedBy: "the reality suite (test/reality: fixtures built into real images)" },
  { name: "busybox-static", usedBy: "the reality suite's locally made base images" },
  { name: "openssh-client", command: "ssh-keygen", usedBy: "the reality suite (a throwaway key for RUN --mount=type=ssh builds)" },
  { name: "podman", command: "podman", usedBy: "the reality suite (podman save archives, multi-image included)" },
  { name: "skopeo", command: "skopeo", usedBy: "the reality suite (skopeo copy to docker-archive)" },
  { name: "zstd", command: "zstd", usedBy: "the image reader's tests (tar+zstd layers)" },
];

function hasCommand(command) {
  return spawnSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" }).status === 0;
}

function isInstalled(pkg) {
  if (pkg.command !== undefined) return hasCommand(pkg.command);
  const query = spawnSync("dpkg-query", ["-W", "-f=${Status}", pkg.name], { encoding: "utf8" });
  return query.status === 0 && query.stdout.includes("install ok installed");
}

/** The packages that are not installed. */
export function missingPackages() {
  return SYSTEM_PACKAGES.filter((pkg) => !isInstalled(pkg));
}

/** Installs what is missing (as root); returns the names still missing afterwards. */
export function ensureSystemPackages({ log = (line) => process.stderr.write(`${line}\n`) } = {}) {
  const missing = missingPackages();
  if (missing.length === 0) return [];
  const names = missing.map((pkg) => pkg.name);
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (process.platform !== "linux" || !isRoot || !hasCommand("apt-get")) {
    log(`system-deps: not installed: ${names.join(", ")} (needs root and apt-get). Tests that need them will fail:`);
    for (const pkg of missing) log(`  ${pkg.name}: ${pkg.usedBy}`);
    return names;
  }
  log(`system-deps: installing the Debian packages the end-to-end tests need: ${names.join(", ")}`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const update = spawnSync("apt-get", ["update", "-qq"], { stdio: ["ignore", "ignore", "inherit"], env });
  if (update.status !== 0) log("system-deps: apt-get update failed; trying the install anyway.");
  const install = spawnSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", ...names], {
    stdio: ["ignore", "ignore", "inherit"],
    env,
  });
  if (install.status !== 0) log(`system-deps: apt-get install failed (exit ${install.status ?? install.signal}).`);
  const still = missingPackages().map((pkg) => pkg.name);
  if (still.length > 0) log(`system-deps: still missing: ${still.join(", ")}`);
  return still;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  if (process.argv.includes("--check")) {
    const missing = missingPackages();
    for (const pkg of missing) console.log(`missing: ${pkg.name} (${pkg.usedBy})`);
    process.exit(missing.length === 0 ? 0 : 1);
  }
  ensureSystemPackages();
}
