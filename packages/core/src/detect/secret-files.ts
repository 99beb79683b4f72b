/**
 * Which files hold secrets by their name (docs/spec.md §3.3). Paths may be absolute, relative or bare
 * basenames, `/`-separated (a `\` is read as `/`); matching is case-insensitive.
 */
import { compileGlob, type GlobMatcher } from "../util/glob.js";
import { splitNameWords } from "./secret-names.js";

/** User configuration `secretFiles`: globs (`*.secret`, `config/*.ini`) or basenames; allow wins. */
export interface FileLists {
  readonly allow?: readonly string[];
  readonly deny?: readonly string[];
}

const DOTENV = /^\.env(?:\.(.+))?$/;
/** `.env.*` suffixes that mark a template committed on purpose. */
const DOTENV_TEMPLATE_PARTS: ReadonlySet<string> = new Set(["example", "sample", "template", "dist", "defaults"]);

const SECRET_BASENAMES: ReadonlyMap<string, string> = new Map([
  [".npmrc", "npm credentials"],
  [".yarnrc.yml", "Yarn credentials"],
  [".pypirc", "PyPI credentials"],
  [".netrc", "netrc credentials"],
  ["_netrc", "netrc credentials"],
  [".git-credentials", "Git credentials"],
  [".dockercfg", "Docker credentials"],
  [".pgpass", "PostgreSQL password file"],
  [".my.cnf", "MySQL credentials"],
  [".s3cfg", "cloud credentials"],
  [".boto", "cloud credentials"],
  ["auth.json", "Composer credentials"],
  ["application_default_credentials.json", "cloud credentials"],
  ["credentials.json", "cloud credentials"],
  ["secrets.yml", "secrets file"],
  ["secrets.yaml", "secrets file"],
  ["secrets.json", "secrets file"],
  [".htpasswd", "password file"],
  ["kubeconfig", "Kubernetes credentials"],
  [".vault-token", "Vault token"],
  ["terraform.tfvars", "Terraform variables"],
]);

/** Files that are secret inside a tool's directory: `<dir>/<basename>`. */
const SECRET_DIRECTORY_FILES: ReadonlyMap<string, ReadonlyMap<string, string>> = new Map([
  [".docker", new Map([["config.json", "Docker credentials"]])],
  [".aws", new Map([["credentials", "cloud credentials"]])],
  [".kube", new Map([["config", "Kubernetes credentials"]])],
  [
    ".cargo",
    new Map([
      ["credentials", "Cargo credentials"],
      ["credentials.toml", "Cargo credentials"],
    ]),
  ],
  [".gem", new Map([["credentials", "RubyGems credentials"]])],
]);

/** Files of `~/.ssh` that are not private keys. */
const SSH_NON_KEYS = /^(?:known_hosts(?:\.old)?|authorized_keys2?|config|environment|rc)$/;
const SSH_KEY = /^id_(?:rsa|dsa|ecdsa|ed25519)(?:_sk)?(?:[._-].*)?$/;
const TERRAFORM_STATE = /\.tfstate(?:\.backup)?$/;
const SERVICE_ACCOUNT = /service[-_]?account.*\.json$/;
const PPK = /\.ppk$/;
const KEY = /\.key$/;
const KEY_CONTAINER = /\.(pem|p12|pfx|jks|keystore)$/;

/** Never secret (docs/spec.md §3.3): certificates, public keys, release-signing keys, SSH host lists. */
const NON_SECRET = /\.crt$|\.pub$|^authorized_keys2?$|^known_hosts(?:\.old)?$|(?:gpg|pgp)\.key$|pubkey/;
/** A key container whose name says it holds certificates or public material, not a private key. */
const PUBLIC_NAME = /pub/;
const PRIVATE_NAME = /key|priv/;
/** `dhparam` (and `dh.pem`, `dh2048.pem`, RFC 7919's `ffdhe4096.pem`): Diffie-Hellman parameters are public. */
const CERTIFICATE_NAME = /cert|chain|trust|bundle|dhparam|ffdhe\d|^dh(?:[-_]?params?)?[-_.]?\d*$/;

const GLOB_CHARS = /[*?[{]/;

/** `/`-separated path segments without empty and `.` segments, in their original case. */
function originalSegmentsOf(path: string): string[] {
  return path
    .replaceAll("\\", "/")
    .split("/")
    .filter((segment) => segment !== "" && segment !== ".");
}

/** Lower-case path segments: matching is case-insensitive. */
function segmentsOf(path: string): string[] {
  return originalSegmentsOf(path.toLowerCase());
}

/** `originalStem` keeps its case so that `rootCA` splits into `root ca`. */
function keyContainerKind(originalStem: string, extension: string): string | null {
  const stem = originalStem.toLowerCase();
  if (PUBLIC_NAME.test(stem)) return null;
  if (!PRIVATE_NAME.test(stem)) {
    // `ca.pem`, `rootCA.pem`, `fullchain.pem`, `cert.pem`; but `ca-key.pem` is the CA's private key.
    if (CERTIFICATE_NAME.test(stem) || splitNameWords(originalStem).includes("ca")) return null;
  }
  return extension === "pem" ? "private key" : "keystore";
}

function builtInKind(segments: readonly string[], originalBasename: string): string | null {
  const basename = segments[segments.length - 1];
  if (basename === undefined || NON_SECRET.test(basename)) return null;
  const directory = segments[segments.length - 2];

  const dotenv = DOTENV.exec(basename);
  if (dotenv) {
    const parts = dotenv[1]?.split(".") ?? [];
    return parts.some((part) => DOTENV_TEMPLATE_PARTS.has(part)) ? null : "dotenv file";
  }
  const named = SECRET_BASENAMES.get(basename);
  if (named !== undefined) return named;
  if (directory !== undefined) {
    const inDirectory = SECRET_DIRECTORY_FILES.get(directory)?.get(basename);
    if (inDirectory !== undefined) return inDirectory;
    if (directory === ".ssh" && !SSH_NON_KEYS.test(basename)) return "SSH private key";
  }
  if (SSH_KEY.test(basename)) return "SSH private key";
  if (PPK.test(basename)) return "PuTTY private key";
  if (KEY.test(basename)) return PUBLIC_NAME.test(basename) ? null : "private key";
  const container = KEY_CONTAINER.exec(basename);
  if (container) return keyContainerKind(originalBasename.slice(0, -(container[1]!.length + 1)), container[1]!);
  if (SERVICE_ACCOUNT.test(basename)) return "cloud credentials";
  if (TERRAFORM_STATE.test(basename)) return "Terraform state";
  return null;
}

/** A glob over lower-case `/`-separated paths: `*` and `?` stay within a segment, `**` spans segments, `[…]` and `{a,b}` as in shells. */
function globOf(glob: string): GlobMatcher {
  return compileGlob(glob, { braces: true });
}

/**
 * True when a user entry matches the path: an entry without `/` is matched against the basename,
 * one with `/` against the trailing segments of the path (anchored at the root when it starts with `/`).
 */
function entryMatches(entry: string, segments: readonly string[]): boolean {
  const pattern = segmentsOf(entry);
  if (pattern.length === 0) return false;
  const glob = pattern.join("/");
  if (pattern.length === 1 && !glob.includes("**")) return globOf(glob).test(segments[segments.length - 1] ?? "");
  // Anchored at the root with a leading `/`; otherwise the trailing segments: `**/` + the entry.
  return globOf(entry.replaceAll("\\", "/").startsWith("/") ? glob : `**/${glob}`).test(segments.join("/"));
}

function listMatches(list: readonly string[] | undefined, segments: readonly string[]): boolean {
  return list !== undefined && list.some((entry) => entryMatches(entry, segments));
}

/**
 * True when a user list entry (`secretFiles.allow`, `contextFiles.allow`: a glob or a basename)
 * matches the path, with the same rules as `secretFileKind` applies to `secretFiles`. The one
 * place user file globs are matched (with core's linear glob engine, like `secretFiles`).
 */
export function matchesFileList(path: string, list: readonly string[] | undefined): boolean {
  if (list === undefined || list.length === 0) return false;
  return listMatches(list, segmentsOf(path));
}

/**
 * The kind of secret a file holds by its path ("dotenv file", "npm credentials", "SSH private
 * key", "private key", "cloud credentials", …), or null. `lists.allow` wins over everything,
 * `lists.deny` adds files ("configured secret file").
 */
export function secretFileKind(path: string, lists?: FileLists): string | null {
  const original = originalSegmentsOf(path);
  const basename = original[original.length - 1];
  if (basename === undefined) return null;
  const segments = original.map((segment) => segment.toLowerCase());
  if (listMatches(lists?.allow, segments)) return null;
  if (listMatches(lists?.deny, segments)) return "configured secret file";
  return builtInKind(segments, basename);
}

/**
 * Kinds of secret file that are configuration first: a package manager's rc file holds a
 * credential only when someone writes one in, under keys the content scan knows (`_authToken`,
 * `_auth`, `_password`, `npmAuthToken`), and projects commit them with settings only (an `.npmrc`
 * of `engine-strict=true`, a `.yarnrc.yml` of `nodeLinker`); a read of their content can clear
 * them. Not a `.env`, whose secrets sit under any name (`STRIPE_KEY=…`), nor keys and credential
 * stores.
 */
const SETTINGS_KINDS: ReadonlySet<string> = new Set(["npm credentials", "Yarn credentials"]);

/** True for a secret file whose kind is a settings file (see SETTINGS_KINDS). */
export function isSettingsFile(path: string, lists?: FileLists): boolean {
  const kind = secretFileKind(path, lists);
  return kind !== null && SETTINGS_KINDS.has(kind);
}

/** A file name that says public key material: `*.pub`, `*.asc`, `*.gpg`, `*pubkey*`, `*gpg.key`, `public.pem`… */
const PUBLIC_KEY_DESTINATION = /\.(?:pub|asc|gpg)$|pub|(?:gpg|pgp)[-_.]?key/;

/**
 * The kind of secret a COPY/ADD of `source` puts at `dest` (an absolute path or null): the
 * source's kind by name, unless only its generic `*.key`/`*.pem` extension made it a "private key"
 * and the destination names public key material — the Jenkins release key copied as
 * `COPY jenkins.io-2026.key /war/jenkins-key.pub` for `gpg --import`.
 */
export function copiedFileKind(source: string, dest: string | null, lists?: FileLists): string | null {
  const kind = secretFileKind(source, lists);
  if (kind !== "private key" || dest === null) return kind;
  const name = segmentsOf(dest).pop() ?? "";
  return PUBLIC_KEY_DESTINATION.test(name) && secretFileKind(dest, lists) === null ? null : kind;
}

/** True when `secretFileKind(path, lists)` is not null. */
export function isSecretFile(path: string, lists?: FileLists): boolean {
  return secretFileKind(path, lists) !== null;
}

/** Basenames a glob is probed with: it targets secrets when it matches one of them… */
const SECRET_PROBES: readonly string[] = [
  ".env",
  ".env.local",
  ".env.production",
  ".npmrc",
  ".yarnrc.yml",
  ".pypirc",
  ".netrc",
  ".git-credentials",
  ".dockercfg",
  ".pgpass",
  ".my.cnf",
  ".s3cfg",
  ".htpasswd",
  ".vault-token",
  "id_rsa",
  "id_ed25519",
  "server.key",
  "private.pem",
  "privkey.pem",
  "key.p12",
  "keystore.pfx",
  "release.jks",
  "release.keystore",
  "putty.ppk",
  "auth.json",
  "credentials.json",
  "application_default_credentials.json",
  "service-account.json",
  "secrets.yml",
  "secrets.yaml",
  "secrets.json",
  "kubeconfig",
  "terraform.tfvars",
  "terraform.tfstate",
];
/** …and does not also match an ordinary file, which would make it a glob for everything (`*`, `*.json`). */
const ORDINARY_PROBES: readonly string[] = [
  "index.js",
  "package.json",
  "readme.md",
  "app.py",
  "main.go",
  "dockerfile",
  "requirements.txt",
  "config.yml",
  "index.html",
  "styles.css",
  "makefile",
  "script.sh",
  "app.yaml",
  "settings.ini",
  "app.toml",
  "nginx.conf",
  "mysqld.cnf",
  "app.properties",
  "logo.png",
  ".gitignore",
  ".editorconfig",
  ".prettierrc",
];
/** Inside these directories even a broad glob (`.ssh/*`) copies the secret files they hold. */
const SECRET_DIRECTORY_PROBES: ReadonlyMap<string, readonly string[]> = new Map([
  [".ssh", ["id_rsa", "id_ed25519"]],
  [".aws", ["credentials"]],
  [".kube", ["config"]],
  [".docker", ["config.json"]],
  [".cargo", ["credentials", "credentials.toml"]],
  [".gem", ["credentials"]],
]);

/**
 * The basename glob with every `*` that stands before more of the name made to stand for at least
 * one character (`*.env` → `?*.env`); a trailing `*` may still be empty. A `*` before an
 * extension names files of that type (`*.env` copies `meta.env`) and reaches the dotfile `.env`
 * only by matching nothing, while a trailing `*` is the idiom for an optional file
 * (`COPY .npmrc* ./` copies `.npmrc` when it exists). Classes (`[*]`) are left alone.
 */
function withInnerStarsNonEmpty(base: string): string {
  let out = "";
  for (let i = 0; i < base.length; i++) {
    const ch = base[i]!;
    if (ch === "[") {
      // A class runs to the first `]` after its first character (`[]]`, `[!]]` hold a `]`).
      let end = i + 1;
      if (base[end] === "!" || base[end] === "^") end++;
      end = base.indexOf("]", end + 1);
      if (end < 0) end = base.length - 1;
      out += base.slice(i, end + 1);
      i = end;
      continue;
    }
    const next = base[i + 1];
    out += ch === "*" && next !== undefined && next !== "," && next !== "}" ? "?*" : ch;
  }
  return out;
}

/**
 * True when a COPY/ADD source targets secret files by name, as far as the name tells (no build
 * context to look in): a plain path that is a secret file, or a glob that matches a representative
 * secret name (`.env*`, `*.pem`, `id_*`, `**\/*.key`) without also matching ordinary files (`*`,
 * `*.json`, `src/*`), where a `*` before more of the name matches at least one character
 * (`*.env` is files of type `.env`, such as `meta.env`, not the dotenv file). A glob directly
 * inside a credentials directory (`.ssh/*`, `.aws/*`) is probed with that directory's secret
 * files. A heuristic by design: it errs toward silence on globs that only might copy one. With a
 * build context, rules match the glob against the real secret files instead (no-secret-file-copy).
 */
export function isSecretFilePattern(pattern: string, lists?: FileLists): boolean {
  if (!GLOB_CHARS.test(pattern)) return isSecretFile(pattern, lists);
  const segments = segmentsOf(pattern);
  const base = segments[segments.length - 1];
  if (base === undefined) return false;
  const baseRe = globOf(base);
  const directory = segments[segments.length - 2];
  const inSecretDirectory = directory === undefined ? undefined : SECRET_DIRECTORY_PROBES.get(directory);
  if (inSecretDirectory?.some((name) => baseRe.test(name) && isSecretFile(`${directory}/${name}`, lists))) return true;
  if (base.includes("**") || ORDINARY_PROBES.some((name) => baseRe.test(name))) return false;
  const namesRe = globOf(withInnerStarsNonEmpty(base));
  const denied = (lists?.deny ?? []).filter((entry) => !GLOB_CHARS.test(entry) && !entry.includes("/"));
  return [...SECRET_PROBES, ...denied].some((name) => namesRe.test(name.toLowerCase()) && isSecretFile(name, lists));
}
