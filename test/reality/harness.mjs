// The reality suite: every rule fixture and example built for real with buildah (no daemon, as
// root), with canary values for build args, secret mounts and secret context files; then the static
// lint of the Dockerfile and `layerlint image` on the result must agree (the four bullets of the
// issue, see `agreement`). A plain module, so vitest (test/reality/reality.test.ts) and
// bench/reality.mjs run the same code.
import { spawn, spawnSync } from "node:child_process";
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { checkImage, classifySecretName, findSecretsInText, isSecretFile, parseDockerfile, rules } from "@layerlint/core";
import { createLinterHost, readImageArchive } from "@layerlint/node";
import { commitBaseImage, makeRootfs, run } from "./base-image.mjs";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** Builds at once: the machine has two cores, and buildah's vfs driver copies a rootfs per layer. */
export const CONCURRENCY = 2;

/** Every fixture case and example, as `{ id, dir }`. */
export function reality() {
  const cases = [];
  const fixtures = join(ROOT, "test", "fixtures");
  // The Dockerfile rules' fixtures. A build-configuration rule's fixture is a compose file or a
  // workflow whose build args `buildah bud` never reads: those rules are proven by their own
  // fixture test (test/build-config-fixtures.test.ts), against the same Dockerfile rules.
  for (const rule of readdirSync(fixtures).sort()) {
    if (!rules.has(rule)) continue;
    for (const name of readdirSync(join(fixtures, rule)).sort()) cases.push({ id: `${rule}/${name}`, dir: join(fixtures, rule, name) });
  }
  const examples = join(ROOT, "examples");
  for (const name of readdirSync(examples).sort()) cases.push({ id: `examples/${name}`, dir: join(examples, name) });
  return cases;
}

/** A clean case: nothing it plants may be recoverable from any image it builds. */
export function isClean(id) {
  const name = id.slice(id.lastIndexOf("/") + 1);
  return name.startsWith("ok.") || name.startsWith("clean-");
}

/** Why the suite cannot run here, or null. */
export function missingTools() {
  const missing = [];
  if (typeof process.getuid !== "function" || process.getuid() !== 0) missing.push("root (buildah builds without a daemon only as root)");
  const tools = [["buildah", "buildah"], ["podman", "podman"], ["skopeo", "skopeo"], ["busybox", "busybox-static"], ["dash", "dash"], ["ssh-keygen", "openssh-client"], ["tar", "tar"]];
  for (const [command, pkg] of tools) {
    if (spawnSync("sh", ["-c", `command -v ${command}`]).status !== 0) missing.push(`${command} (Debian package ${pkg}; node scripts/system-deps.mjs installs it)`);
  }
  return missing;
}

/** An obviously fake value of a token's alphabet, unique per name: `LLCANARY<KIND><NAME>000…`. */
function canaryBody(kind, name, length = 36) {
  return `LLCANARY${kind}${name}`.toUpperCase().replace(/[^A-Z0-9]/g, "").padEnd(length, "0").slice(0, length);
}

/** The value passed for a secret build arg: a GitHub-token-shaped canary, or a URL with credentials for a connection string. */
export function argCanary(name) {
  const body = canaryBody("ARG", name);
  return classifySecretName(name) === "connection-string" ? `postgres://canary:${body}@db.internal:5432/app` : `ghp_${body}`;
}

/** The content of a secret mount: an .npmrc line for npm ids, else a bare token. */
export function mountCanary(id) {
  return /npm/i.test(id) ? `//registry.npmjs.org/:_authToken=npm_${canaryBody("MOUNT", id)}\n` : `ghp_${canaryBody("MOUNT", id)}\n`;
}

/** The line appended to a secret file of the build context. */
export function fileCanary(path) {
  return `LAYERLINT_CANARY=ghp_${canaryBody("FILE", path)}\n`;
}

/** The part of a planted value the raw oracle searches for. */
function needle(value) {
  return /ghp_[A-Z0-9]{36}|npm_[A-Z0-9]{36}|LLCANARY[A-Z0-9]+/.exec(value)?.[0] ?? value.trim();
}

/** Reasons buildah 1.28 cannot build a Dockerfile as written. */
export function unbuildableReasons(parsed) {
  const reasons = new Set();
  for (const instruction of parsed.instructions) {
    const all = instruction.trigger ? [instruction, instruction.trigger] : [instruction];
    for (const i of all) {
      if (i.heredocs.length > 0) reasons.add(`line ${i.span.line}: heredocs (buildah 1.28 has none)`);
      for (const flag of i.flags) {
        if (flag.name !== "mount") continue;
        if (flag.options.get("type") === "secret" && flag.options.has("env")) reasons.add(`line ${i.span.line}: --mount=type=secret,env= (buildah 1.28 lacks it)`);
        const target = flag.options.get("target") ?? flag.options.get("dst") ?? flag.options.get("destination");
        if (target !== undefined && !target.startsWith("/")) reasons.add(`line ${i.span.line}: a relative mount target (buildah 1.28 refuses it)`);
      }
    }
    if (instruction.keyword === "FROM" && /\$/.test(instruction.words[0]?.value ?? "")) reasons.add(`line ${instruction.span.line}: a FROM built from a variable`);
  }
  return [...reasons];
}

/** Copies the case into `dir` and makes what buildah needs but the fixture leaves out: COPY sources that do not exist (empty stand-ins). */
function prepareContext(source, dir, parsed) {
  cpSync(source, dir, { recursive: true });
  rmSync(join(dir, "expected.json"), { force: true });
  const made = [];
  for (const instruction of parsed.instructions) {
    if ((instruction.keyword !== "COPY" && instruction.keyword !== "ADD") || instruction.flags.some((f) => f.name === "from")) continue;
    const sources = instruction.words.slice(0, -1).map((w) => w.value);
    for (const src of sources) {
      if (/^[a-z]+:\/\//i.test(src) || src === "." || src === "./" || src === "*") continue;
      const plain = src.replace(/\*/g, "");
      const path = join(dir, plain);
      const matches = src.includes("*")
        ? readdirSync(dirname(join(dir, src))).some((name) => new RegExp(`^${src.slice(src.lastIndexOf("/") + 1).replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*")}$`).test(name))
        : existsSync(path);
      if (matches) continue;
      if (/\.[A-Za-z0-9]+$/.test(plain)) {
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, "stand-in\n");
      } else {
        mkdirSync(path, { recursive: true });
        writeFileSync(join(path, "index.js"), "stand-in\n");
      }
      made.push(relative(dir, path));
    }
  }
  return made;
}

/** Regular files of a directory, relative, `/`-separated. */
function filesOf(dir, base = dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesOf(path, base));
    else if (entry.isFile()) out.push(relative(base, path).split("\\").join("/"));
  }
  return out;
}

/** What the build plants, for buildah's command line and for the raw oracle. */
function plant(dir, parsed, secretsDir) {
  const planted = [];
  const buildArgs = [];
  const seenArgs = new Set();
  const secrets = [];
  const seenSecrets = new Set();
  let ssh = false;
  for (const instruction of parsed.instructions) {
    const all = instruction.trigger ? [instruction, instruction.trigger] : [instruction];
    for (const i of all) {
      if (i.keyword === "ARG") {
        for (const prop of i.properties) {
          if (prop.value !== null || seenArgs.has(prop.name) || classifySecretName(prop.name) === null) continue;
          seenArgs.add(prop.name);
          const value = argCanary(prop.name);
          buildArgs.push(`${prop.name}=${value}`);
          planted.push({ what: `build arg ${prop.name}`, needle: needle(value) });
        }
      }
      for (const flag of i.flags) {
        if (flag.name !== "mount") continue;
        const type = flag.options.get("type");
        if (type === "ssh") ssh = true;
        if (type !== "secret") continue;
        const target = flag.options.get("target") ?? flag.options.get("dst");
        const id = flag.options.get("id") ?? (target ? target.slice(target.lastIndexOf("/") + 1) : undefined);
        if (!id || seenSecrets.has(id)) continue;
        seenSecrets.add(id);
        const file = join(secretsDir, id.replace(/[^A-Za-z0-9_.-]/g, "_"));
        const value = mountCanary(id);
        writeFileSync(file, value);
        secrets.push(`id=${id},src=${file}`);
        planted.push({ what: `secret mount ${id}`, needle: needle(value) });
      }
    }
  }
  for (const path of filesOf(dir)) {
    if (!isSecretFile(path) || path === "Dockerfile") continue;
    const value = fileCanary(path);
    appendFileSync(join(dir, path), value);
    planted.push({ what: `context file ${path}`, needle: needle(value) });
  }
  // A literal secret written in the Dockerfile is planted by the fixture itself.
  for (const match of findSecretsInText(parsed.text)) {
    const value = parsed.text.slice(match.start, match.end);
    planted.push({ what: `literal ${match.kind} in the Dockerfile`, needle: value });
  }
  return { planted, buildArgs, secrets, ssh };
}

/** Runs a command asynchronously; resolves with its output, rejects with its tail on failure. */
function exec(command, args) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolvePromise(output) : reject(new Error(`${command} ${args.slice(0, 8).join(" ")}… exit ${code}:\n${output.trim().split("\n").slice(-12).join("\n")}`))));
  });
}

/**
 * The raw oracle, independent of layerlint's reader: the archive unpacked by the host's tar, the
 * config parsed with JSON.parse, each layer's bytes searched for each planted value.
 */
export function rawEvidence(archive, planted, scratch) {
  mkdirSync(scratch, { recursive: true });
  run("tar", ["-xf", archive, "-C", scratch]);
  const [manifest] = JSON.parse(readFileSync(join(scratch, "manifest.json"), "utf8"));
  const config = JSON.parse(readFileSync(join(scratch, manifest.Config), "utf8"));
  const layers = manifest.Layers.map((layer) => readFileSync(join(scratch, layer)));
  const hits = [];
  for (const { what, needle: value } of planted) {
    for (const entry of config.config?.Env ?? []) {
      if (entry.includes(value)) hits.push({ what, channel: "config", key: entry.slice(0, entry.indexOf("=")) });
    }
    for (const [key, label] of Object.entries(config.config?.Labels ?? {})) if (String(label).includes(value)) hits.push({ what, channel: "config", key });
    for (const key of ["Cmd", "Entrypoint", "OnBuild"]) if (JSON.stringify(config.config?.[key] ?? null).includes(value)) hits.push({ what, channel: "config", key });
    (config.history ?? []).forEach((entry, index) => {
      if ((entry.created_by ?? "").includes(value)) hits.push({ what, channel: "history", historyIndex: index });
    });
    layers.forEach((bytes, layer) => {
      if (bytes.includes(value)) hits.push({ what, channel: "layer", layer });
    });
  }
  rmSync(scratch, { recursive: true, force: true });
  return hits;
}

function summary(finding) {
  return {
    ruleId: finding.ruleId,
    line: finding.span.line,
    channel: finding.location.channel,
    ...(finding.location.key === undefined ? {} : { key: finding.location.key }),
    ...(finding.location.path === undefined ? {} : { path: finding.location.path }),
    ...(finding.location.layer === undefined ? {} : { layer: finding.location.layer }),
    ...(finding.location.historyIndex === undefined ? {} : { historyIndex: finding.location.historyIndex }),
    ...(finding.location.deletedInLayer === undefined ? {} : { deletedInLayer: finding.location.deletedInLayer }),
    fromBaseImage: finding.attribution?.fromBaseImage ?? false,
    predictedBy: (finding.attribution?.predictedBy ?? []).map((p) => ({ ruleId: p.ruleId, line: p.line, severity: p.severity })),
  };
}

/** The channel through which a static finding says its secret escapes, or null for a rule that names no secret it saw. */
export function leakChannel(finding) {
  if (finding.channel === "history" || finding.channel === "config") return finding.channel;
  if (finding.channel === "layers") return "layer";
  // A real secret file of the context that a COPY sends: it lands in that COPY's layer.
  if (finding.ruleId === "require-dockerignore-entries" && finding.messageId === "secretInContext") return "layer";
  // Builder-stage findings leak through the cache: the channel they would have in the stage's image.
  if (finding.channel === "cache") return { "no-secret-in-arg": "history", "require-secret-mount": "history", "no-secret-in-env": "config" }[finding.ruleId] ?? "layer";
  return null;
}

const predicts = (finding) => (image) => image.predictedBy.some((p) => p.ruleId === finding.ruleId && p.line === finding.line);

/** no-secret-in-arg's messages for an ARG that only the provenance attestations record. */
const PROVENANCE_ONLY = new Set(["provenanceOnly", "globalArg"]);

/** Does a static ARG finding leak through history at all? Only when a RUN of its stage follows it. */
function runFollows(parsed, line) {
  let stageStart = 0;
  for (const instruction of parsed.instructions) {
    if (instruction.keyword === "FROM" && instruction.span.line <= line) stageStart = instruction.span.line;
  }
  return parsed.instructions.some((i) => i.span.line > line && i.keyword === "RUN" && !parsed.instructions.some((f) => f.keyword === "FROM" && f.span.line > stageStart && f.span.line < i.span.line));
}

/** Is the instruction at `line` an ONBUILD trigger? */
function onbuildAt(parsed, line) {
  return parsed.instructions.some((i) => i.trigger !== null && i.span.line === line);
}

/**
 * The four bullets of the issue, over one built case:
 *  1. every static error of a leak rule ↔ its secret is in the shipped image, through the channel it names;
 *  2. every static warning for a builder stage ↔ in that stage's image (--target), not in the shipped one;
 *  3. every secret in the shipped image (and in each target image) ↔ predicted by a static error;
 *  4. a clean case ↔ nothing planted is recoverable from any image it builds.
 * Plus the oracle's check of the scanner: what the raw search finds, `layerlint image` reports.
 */
export function agreement(result, parsed) {
  const disagreements = [];
  const limits = [];
  const shipped = result.images.find((image) => image.target === null);
  if (!shipped) return { disagreements: ["the shipped image was not built"], limits };
  for (const finding of result.static) {
    const channel = leakChannel(finding);
    if (channel === null) continue;
    const where = `${finding.ruleId} (${finding.severity}) at line ${finding.line}`;
    // An ARG no RUN records (after the last RUN of its stage, or global) names the provenance.
    if (finding.ruleId === "no-secret-in-arg" && PROVENANCE_ONLY.has(finding.messageId)) {
      if (runFollows(parsed, finding.line)) disagreements.push(`${where} names the provenance only, but a RUN of its stage follows the ARG`);
      else limits.push(`${where}: no RUN follows the ARG, so it names the provenance, and buildah writes no provenance attestation`);
      continue;
    }
    if (onbuildAt(parsed, finding.line)) {
      limits.push(`${where}: an ONBUILD trigger runs only in the images built FROM this one, and the suite builds none`);
      continue;
    }
    if (finding.severity === "error") {
      const confirming = shipped.findings.filter(predicts(finding));
      if (confirming.some((image) => image.channel === channel)) continue;
      const earlier = channel === "layer" ? shipped.findings.find((image) => image.channel === "layer" && image.line < finding.line && image.path && finding.message.includes(image.path.slice(image.path.lastIndexOf("/") + 1))) : undefined;
      if (earlier) {
        limits.push(
          `${where}: the file it copies is already in layer ${earlier.layer} (${earlier.path}, line ${earlier.line}) unchanged, and buildah's vfs driver leaves an unchanged file out of the later layer (Docker's overlay2 stores it again)`,
        );
        continue;
      }
      disagreements.push(
        confirming.length > 0
          ? `${where} names the ${channel} channel, the image holds it in ${confirming.map((image) => image.channel).join(", ")}`
          : `${where}: nothing in the shipped image confirms it`,
      );
    } else {
      if (finding.stage === undefined || finding.stage.startsWith("#")) {
        limits.push(`${where}: stage ${finding.stage ?? "?"} has no name, so buildah cannot build it alone (--target)`);
        continue;
      }
      const target = result.images.find((image) => image.target === finding.stage);
      if (!target?.findings.some(predicts(finding))) disagreements.push(`${where}: nothing in the image of stage ${finding.stage} (--target) confirms it`);
      if (shipped.findings.some(predicts(finding))) disagreements.push(`${where}: the shipped image holds it too, so it is not only a builder's leak`);
    }
  }
  for (const image of result.images) {
    const label = image.target === null ? "the shipped image" : `the image of stage ${image.target}`;
    // The history must follow the Dockerfile all the way: every finding is then attributed.
    for (const warning of image.warnings) disagreements.push(`${label}: ${warning}`);
    for (const found of image.findings) {
      if (found.fromBaseImage) continue;
      const at = `${found.ruleId} ${found.channel}${found.key ? ` ${found.key}` : ""}${found.path ? ` ${found.path}` : ""} (line ${found.line}) in ${label}`;
      if (found.predictedBy.length === 0) disagreements.push(`${at}: no static finding predicted it`);
      else if (!found.predictedBy.some((p) => p.severity === "error")) disagreements.push(`${at}: predicted only by warnings (${found.predictedBy.map((p) => `${p.ruleId} at line ${p.line}`).join(", ")})`);
    }
    for (const hit of image.raw) {
      const buildArg = hit.what.startsWith("build arg ") ? hit.what.slice("build arg ".length) : null;
      const reported = image.findings.some(
        (found) =>
          found.channel === hit.channel &&
          (hit.channel === "layer"
            ? found.layer === hit.layer
            : hit.channel === "config"
              ? found.key === hit.key
              : found.historyIndex === hit.historyIndex || (buildArg !== null && found.key === buildArg)),
      );
      if (!reported) disagreements.push(`${hit.what} is in ${label} (${hit.channel}${hit.key ? ` ${hit.key}` : ""}${hit.layer === undefined ? "" : ` layer ${hit.layer}`}${hit.historyIndex === undefined ? "" : ` history ${hit.historyIndex}`}) but layerlint image does not report it`);
    }
    if (isClean(result.id) && (image.findings.length > 0 || image.raw.length > 0)) {
      disagreements.push(`clean case, but ${label} holds ${image.raw.map((hit) => hit.what).join(", ") || "what layerlint image reports"}`);
    }
  }
  return { disagreements: [...new Set(disagreements)], limits };
}

/** A buildah bound to one private storage (vfs, under the run's directory). */
function buildahIn(storage) {
  const global = ["--root", join(storage, "root"), "--runroot", join(storage, "run"), "--storage-driver", "vfs"];
  return {
    sync: (args) => run("buildah", [...global, ...args]),
    async: (args) => exec("buildah", [...global, ...args]),
  };
}

/** One reality run: a private storage with the base image, then cases built `CONCURRENCY` at a time. */
export class RealityRun {
  constructor({ workDir = mkdtempSync(join(tmpdir(), "layerlint-reality-")), log = () => {} } = {}) {
    this.workDir = workDir;
    this.log = log;
    this.buildah = buildahIn(join(workDir, "storage"));
    this.sshKey = join(workDir, "ssh-key");
  }

  /** Makes the base image, tagged under every external base the cases use. */
  setup(cases) {
    const started = Date.now();
    const references = new Set();
    for (const { dir } of cases) {
      const parsed = parseDockerfile(readFileSync(join(dir, "Dockerfile"), "utf8"));
      const names = new Set();
      for (const instruction of parsed.instructions) {
        if (instruction.keyword !== "FROM") continue;
        const words = instruction.words.map((w) => w.value);
        const base = words[0] ?? "";
        if (!names.has(base.toLowerCase()) && base !== "scratch" && !base.includes("$")) references.add(base);
        const as = words.findIndex((w) => w.toLowerCase() === "as");
        if (as >= 0 && words[as + 1]) names.add(words[as + 1].toLowerCase());
      }
    }
    const rootfs = join(this.workDir, "rootfs");
    makeRootfs(rootfs);
    const tags = commitBaseImage(this.buildah.sync, rootfs, [...references]);
    run("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-f", this.sshKey]);
    this.setupMillis = Date.now() - started;
    this.log(`base image tagged as ${tags.join(", ")} (${this.setupMillis} ms)`);
    return tags;
  }

  async #build(context, tag, target, planted) {
    const args = ["bud", "--layers", "--isolation", "chroot", "--pull=never", "--format", "docker", "--quiet", "-f", join(context, "Dockerfile"), "-t", tag];
    if (target !== null) args.push("--target", target);
    for (const arg of planted.buildArgs) args.push("--build-arg", arg);
    for (const secret of planted.secrets) args.push("--secret", secret);
    if (planted.ssh) args.push("--ssh", `default=${this.sshKey}`);
    args.push(context);
    await this.buildah.async(args);
    const archive = join(this.workDir, "archives", `${tag.replace(/[^a-z0-9]/g, "-")}.tar`);
    mkdirSync(dirname(archive), { recursive: true });
    await this.buildah.async(["push", "--quiet", tag, `docker-archive:${archive}:${tag}`]);
    return archive;
  }

  /** Builds one case (its shipped image, and each builder stage that has static warnings) and checks it. */
  async runCase({ id, dir }) {
    const started = Date.now();
    const slug = id.replace(/[^a-z0-9]+/gi, "-").toLowerCase();
    const context = join(this.workDir, "cases", slug);
    const original = readFileSync(join(dir, "Dockerfile"), "utf8");
    const parsed = parseDockerfile(original);
    const reasons = unbuildableReasons(parsed);
    if (reasons.length > 0) return { id, unbuildable: reasons.join("; "), static: [], images: [], disagreements: [], limits: [], millis: 0 };
    mkdirSync(dirname(context), { recursive: true });
    const standIns = prepareContext(dir, context, parsed);
    const secretsDir = join(this.workDir, "secrets", slug);
    mkdirSync(secretsDir, { recursive: true });
    const planted = plant(context, parsed, secretsDir);
    // The static lint as every front end runs it: through the host, which reads the build context
    // (with the contents of the files COPY sends) the way the CLI does.
    const linted = createLinterHost({ cwd: context, configLookup: false }).lintFile({ path: join(context, "Dockerfile"), source: original });
    const buildContext = linted.context?.context;
    const staticFindings = linted.result.findings.map((f) => ({
      ruleId: f.ruleId,
      messageId: f.messageId,
      message: f.message,
      severity: f.severity,
      line: f.span.line,
      channel: f.channel,
      ...(f.stage === undefined ? {} : { stage: f.stage }),
    }));
    const targets = [null, ...new Set(staticFindings.filter((f) => f.severity === "warning" && leakChannel(f) !== null && f.stage && !f.stage.startsWith("#")).map((f) => f.stage))];
    const images = [];
    for (const target of targets) {
      const tag = `reality-${slug}${target === null ? "" : `-${target}`}`.toLowerCase();
      let archive;
      try {
        archive = await this.#build(context, tag, target, planted);
      } catch (error) {
        return { id, unbuildable: `buildah failed: ${error.message}`, static: staticFindings, images, disagreements: [], limits: [], standIns, millis: Date.now() - started };
      }
      const read = await readImageArchive(archive);
      const checks = read.images.map((image) =>
        checkImage(image, {
          dockerfile: { text: original, fileName: "Dockerfile", ...(buildContext === undefined ? {} : { context: buildContext }), ...(target === null ? {} : { target }) },
        }),
      );
      const raw = rawEvidence(archive, planted.planted, join(this.workDir, "raw", `${slug}-${target ?? "shipped"}`));
      images.push({
        target,
        tag,
        archive,
        findings: checks.flatMap((check) => check.findings).map(summary),
        warnings: [...read.warnings, ...checks.flatMap((check) => [...check.warnings, ...check.incomplete])],
        raw,
      });
    }
    const result = { id, static: staticFindings, images, planted: planted.planted.map((p) => p.what), standIns, millis: Date.now() - started };
    return { ...result, ...agreement(result, parsed) };
  }

  /** Runs every case, `CONCURRENCY` at a time, in order of the list. */
  async runAll(cases) {
    const results = new Array(cases.length);
    let next = 0;
    const worker = async () => {
      while (next < cases.length) {
        const index = next++;
        results[index] = await this.runCase(cases[index]);
        const r = results[index];
        this.log(`${r.id}: ${r.unbuildable ? `unbuildable (${r.unbuildable.split("\n")[0]})` : r.disagreements.length === 0 ? "agree" : `${r.disagreements.length} disagreement(s)`} (${r.millis} ms)`);
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    return results;
  }

  /**
   * The same built image through every writer this machine has: buildah's oci-archive and OCI
   * layout (zstd layers), podman save (docker-archive, oci-archive, oci-dir, and a multi-image
   * docker-archive with `also`), skopeo copy to docker-archive. Label → path.
   */
  async exportFormats(tag, also) {
    const dir = join(this.workDir, "formats", tag.replace(/[^a-z0-9]/g, "-"));
    mkdirSync(dir, { recursive: true });
    const storage = ["--root", join(this.workDir, "storage", "root"), "--runroot", join(this.workDir, "storage", "run"), "--storage-driver", "vfs"];
    const out = {
      "buildah oci-archive (gzip)": join(dir, "oci-archive.tar"),
      "buildah oci layout (zstd)": join(dir, "oci-layout"),
      "podman save docker-archive": join(dir, "podman-docker.tar"),
      "podman save oci-archive": join(dir, "podman-oci.tar"),
      "podman save oci-dir": join(dir, "podman-oci-dir"),
      "podman save -m (two images)": join(dir, "podman-multi.tar"),
      "skopeo copy docker-archive": join(dir, "skopeo-docker.tar"),
    };
    await this.buildah.async(["push", "--quiet", tag, `oci-archive:${out["buildah oci-archive (gzip)"]}:${tag}`]);
    await this.buildah.async(["push", "--quiet", "--compression-format", "zstd", tag, `oci:${out["buildah oci layout (zstd)"]}:${tag}`]);
    await exec("podman", [...storage, "save", "--quiet", "--format", "docker-archive", "-o", out["podman save docker-archive"], tag]);
    await exec("podman", [...storage, "save", "--quiet", "--format", "oci-archive", "-o", out["podman save oci-archive"], tag]);
    await exec("podman", [...storage, "save", "--quiet", "--format", "oci-dir", "-o", out["podman save oci-dir"], tag]);
    await exec("podman", [...storage, "save", "--quiet", "-m", "--format", "docker-archive", "-o", out["podman save -m (two images)"], tag, also]);
    const store = `containers-storage:[vfs@${join(this.workDir, "storage", "root")}+${join(this.workDir, "storage", "run")}]`;
    await exec("skopeo", ["copy", "--quiet", `${store}localhost/${tag}:latest`, `docker-archive:${out["skopeo copy docker-archive"]}:${tag}:latest`]);
    return out;
  }

  cleanup() {
    rmSync(this.workDir, { recursive: true, force: true });
  }
}

/** The agreement table's totals. */
export function totals(results) {
  const built = results.filter((r) => !r.unbuildable);
  return {
    cases: results.length,
    built: built.length,
    unbuildable: results.length - built.length,
    agree: built.filter((r) => r.disagreements.length === 0).length,
    disagree: built.filter((r) => r.disagreements.length > 0).length,
    staticErrors: built.reduce((n, r) => n + r.static.filter((f) => f.severity === "error" && leakChannel(f) !== null).length, 0),
    staticWarnings: built.reduce((n, r) => n + r.static.filter((f) => f.severity === "warning" && leakChannel(f) !== null).length, 0),
    imageFindings: built.reduce((n, r) => n + r.images.reduce((m, image) => m + image.findings.length, 0), 0),
    images: built.reduce((n, r) => n + r.images.length, 0),
    limits: built.reduce((n, r) => n + r.limits.length, 0),
  };
}

