// The base images of the reality suite, made here: no registry is reachable. One rootfs — busybox
// (Debian busybox-static), /bin/sh = the host's dash with its libraries (busybox's own shell runs its
// built-in wget ahead of $PATH), no-op stand-ins for the network and build tools the fixtures call —
// committed once per run and tagged under every name the Dockerfiles use (node:20-alpine, …).
import { spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

/** Tools the fixtures run that would need a network or a toolchain: each is the stand-in below. */
export const STUBBED_TOOLS = [
  "npm", "npx", "yarn", "pnpm", "node", "pip", "pip3", "python", "python3", "apt-get", "apt", "apk",
  "curl", "wget", "git", "go", "ssh-keyscan", "composer", "mvn", "gradle", "cargo", "gem", "bundle",
  "dotnet", "make", "sha256sum",
];

/**
 * The stand-in: exits 0, and makes the outputs later instructions read — `-o FILE`/`-O FILE`
 * (curl, wget, go build; an empty .tgz for archives that are unpacked next), `node_modules` for
 * `npm ci`/`install`, `dist/index.js` for `npm run build`.
 */
const STUB = `#!/bin/sh
# layerlint reality suite: a stand-in for a network or build tool (no registry is reachable here).
tool=\${0##*/}
out=""
prev=""
for arg in "$@"; do
  case "$prev" in -o|-O|--output) out="$arg" ;; esac
  case "$arg" in --output=*) out="\${arg#--output=}" ;; esac
  prev="$arg"
done
case "$tool" in
  npm|yarn|pnpm)
    case " $* " in *" ci "*|*" install "*) mkdir -p node_modules ;; esac
    case " $* " in *" build "*) mkdir -p dist && : > dist/index.js ;; esac ;;
esac
if [ -n "$out" ] && [ "$out" != "-" ]; then
  mkdir -p "$(dirname "$out")"
  case "$out" in *.tgz|*.tar.gz) cp /usr/share/layerlint-stub/empty.tgz "$out" ;; *) : > "$out" ;; esac
fi
exit 0
`;

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: "utf8", ...options });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(" ")} failed (exit ${result.status ?? result.signal}): ${(result.stderr || result.stdout || "").trim().slice(-2000)}`);
  }
  return result.stdout;
}

/** The shared libraries a host binary loads (from ldd), absolute paths. */
function librariesOf(binary) {
  return run("ldd", [binary])
    .split("\n")
    .map((line) => /(\/\S+) \(0x/.exec(line)?.[1])
    .filter((path) => path !== undefined);
}

function copyInto(root, path) {
  const target = join(root, path);
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(path, target);
  chmodSync(target, 0o755);
}

/** Writes the base rootfs into `root`. */
export function makeRootfs(root) {
  for (const dir of ["bin", "etc", "root", "tmp", "usr/local/bin", "usr/share/layerlint-stub", "home/node"]) {
    mkdirSync(join(root, dir), { recursive: true });
  }
  chmodSync(join(root, "tmp"), 0o1777);
  copyInto(root, "/bin/busybox");
  const applets = run("/bin/busybox", ["--list"]).split("\n").filter((name) => name !== "" && name !== "sh" && name !== "busybox");
  for (const applet of applets) symlinkSync("busybox", join(root, "bin", applet));
  // dash as /bin/sh, with the libraries it needs.
  copyFileSync("/bin/dash", join(root, "bin/sh"));
  chmodSync(join(root, "bin/sh"), 0o755);
  for (const library of librariesOf("/bin/dash")) copyInto(root, library);
  writeFileSync(
    join(root, "etc/passwd"),
    "root:x:0:0:root:/root:/bin/sh\nnode:x:1000:1000:node:/home/node:/bin/sh\nnonroot:x:65532:65532:nonroot:/home/nonroot:/bin/sh\nnobody:x:65534:65534:nobody:/:/bin/sh\n",
  );
  writeFileSync(join(root, "etc/group"), "root:x:0:\nnode:x:1000:\nnonroot:x:65532:\nnogroup:x:65534:\n");
  writeFileSync(join(root, "usr/local/bin/layerlint-stub"), STUB);
  chmodSync(join(root, "usr/local/bin/layerlint-stub"), 0o755);
  for (const tool of STUBBED_TOOLS) symlinkSync("layerlint-stub", join(root, "usr/local/bin", tool));
  run("tar", ["-czf", join(root, "usr/share/layerlint-stub/empty.tgz"), "-T", "/dev/null"]);
  return readdirSync(root);
}

/** A reference as buildah stores it: `node:20-alpine` → `docker.io/library/node:20-alpine`. */
export function fullReference(ref) {
  let name = ref;
  const slash = name.indexOf("/");
  const first = slash < 0 ? "" : name.slice(0, slash);
  if (slash < 0) name = `docker.io/library/${name}`;
  else if (!first.includes(".") && !first.includes(":") && first !== "localhost") name = `docker.io/${name}`;
  const last = name.slice(name.lastIndexOf("/") + 1);
  if (!last.includes(":") && !last.includes("@")) name = `${name}:latest`;
  return name;
}

/** Commits the rootfs as one image and tags it under every base reference. */
export function commitBaseImage(buildah, rootfs, references) {
  const container = buildah(["from", "scratch"]).trim();
  buildah(["copy", container, rootfs, "/"]);
  buildah([
    "config",
    "--env", "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
    "--created-by", "layerlint reality suite: busybox, dash and tool stand-ins",
    "--cmd", "/bin/sh",
    container,
  ]);
  buildah(["commit", "--quiet", "--format", "docker", container, "layerlint-reality-base"]);
  buildah(["rm", container]);
  const tags = [...new Set(references.map(fullReference))];
  if (tags.length > 0) buildah(["tag", "layerlint-reality-base", ...tags]);
  return tags;
}

export { run };
