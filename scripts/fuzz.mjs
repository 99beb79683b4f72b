// Fuzzing layerlint's engine: generators of hostile Dockerfiles, lint options and build contexts,
// the invariants every lint result must hold, and (run as a script) long campaigns against the
// built dist that save each crashing input as a regression fixture in test/fixtures-fuzz/.
//
//   npm run fuzz -- --iterations 20000 --seed 1 [--timeout-ms 5000] [--no-save] [--strict]
//
// The same generators and checks back the bounded property tests in test/reliability, so a
// campaign explores exactly the input space `npm test` samples, only longer.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
export const FUZZ_FIXTURES = join(ROOT, "test", "fixtures-fuzz");

// ---------------------------------------------------------------------------------------------
// Fake secrets. Obviously fake (they spell FAKE), yet each has the documented length and
// alphabet of its format, so the detectors must find it and every output must redact it.
// ---------------------------------------------------------------------------------------------

/** `FAKE` + tag, repeated to exactly `length` characters. */
function fake(tag, length) {
  const unit = `FAKE${tag}`;
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

/** Known token formats (docs/spec.md §3.2): a secret wherever it stands at a word boundary. */
export const FAKE_TOKENS = [
  { kind: "GitHub token", secret: `ghp_${"FAKE".repeat(9)}`, prefix: 4 },
  { kind: "AWS access key id", secret: `AKIA${"FAKEFAKEFAKE0000"}`, prefix: 4 },
  { kind: "Stripe key", secret: `sk_live_${"FAKE".repeat(6)}`, prefix: 8 },
  { kind: "npm token", secret: `npm_${fake("npm0", 36)}`, prefix: 4 },
  { kind: "GitLab token", secret: `glpat-${fake("gl", 20)}`, prefix: 6 },
  { kind: "Slack token", secret: `xoxb-${fake("-slack", 24)}`, prefix: 5 },
  { kind: "Docker Hub token", secret: `dckr_pat_${fake("dckr", 27)}`, prefix: 9 },
  { kind: "Google API key", secret: `AIza${fake("goog", 35)}`, prefix: 4 },
  { kind: "OpenAI key", secret: `sk-proj-${fake("oai", 32)}`, prefix: 8 },
  { kind: "Anthropic key", secret: `sk-ant-api03-${fake("ant", 40)}`, prefix: 13 },
  { kind: "Hugging Face token", secret: `hf_${fake("hf", 34)}`, prefix: 3 },
  { kind: "SendGrid key", secret: `SG.${fake("sg", 22)}.${fake("grid", 43)}`, prefix: 3 },
  { kind: "JWT", secret: `eyJ${fake("hdr", 12)}.eyJ${fake("pay", 16)}.${fake("sig", 24)}`, prefix: 3 },
];

const PEM_BODY = fake("PEMBODY0", 64);
/** A PEM private key block (its lines joined by real newlines). */
export const FAKE_PEM = `-----BEGIN RSA PRIVATE KEY-----\n${PEM_BODY}\n${PEM_BODY}\n-----END RSA PRIVATE KEY-----`;

/**
 * Credential syntax (docs/spec.md §3.2): the secret is a secret because of the text around it.
 * `snippet` is shell text that holds it; `probe` is what must never be printed.
 */
export const FAKE_CREDENTIALS = [
  { kind: "URL credentials", secret: "FakePassw0rdUrl", snippet: (s) => `git clone https://user:${s}@git.example.org/repo.git` },
  { kind: ".npmrc auth token", secret: "FAKEnpmAuth0token1", snippet: (s) => `echo "//registry.npmjs.org/:_authToken=${s}" > .npmrc` },
  { kind: "Authorization header", secret: "FAKEbearer0Token42", snippet: (s) => `curl -H "Authorization: Bearer ${s}" https://api.example.org` },
  { kind: "curl credentials", secret: "FakeCurlPass9", snippet: (s) => `curl -u deploy:${s} https://files.example.org/a.tgz` },
  { kind: "password option", secret: "FakeMysqlPass9", snippet: (s) => `mysql -uroot -p${s} -e "select 1"` },
  { kind: "password option", secret: "FakeSshpass9", snippet: (s) => `sshpass -p ${s} ssh deploy@host true` },
  { kind: "PGPASSWORD", secret: "FakePgPass9x", snippet: (s) => `PGPASSWORD=${s} psql -h db -c "select 1"` },
  { kind: "chpasswd", secret: "FakeChpass9x", snippet: (s) => `echo 'app:${s}' | chpasswd` },
];

/** High entropy under a secret name (ARG default, ENV, `export`). */
export const FAKE_HIGH_ENTROPY = { kind: "high entropy", secret: "FaKe9qZx2Lw7Rt4Kp8Mn3Vb" };

/** Every planted secret with the string that must never be printed in full. */
export const ALL_FAKE_SECRETS = [
  ...FAKE_TOKENS,
  ...FAKE_CREDENTIALS.map(({ kind, secret }) => ({ kind, secret })),
  FAKE_HIGH_ENTROPY,
  { kind: "private key block", secret: PEM_BODY },
].map((entry) => ({ prefix: 0, ...entry }));

/**
 * True when `output` shows more of `secret` than its first 4 characters, in any letter case (an
 * upper-cased keyword, a lower-cased id is as good as the secret): everything after them (or after
 * the token's fixed type prefix, `dckr_pat_`), or — unless `partial` is false — their first 5
 * characters (or the type prefix and one more). `partial: false` suits generated inputs, where a
 * mutated copy of a token may share its start without being a secret.
 */
export function leaks(output, secret, { prefix = 0, partial = true } = {}) {
  const text = output.toLowerCase();
  const lower = secret.toLowerCase();
  const shown = Math.max(4, prefix);
  return text.includes(lower.slice(shown)) || (partial && text.includes(lower.slice(0, shown + 1)));
}

// ---------------------------------------------------------------------------------------------
// Vocabulary
// ---------------------------------------------------------------------------------------------

const KEYWORDS = [
  "FROM", "RUN", "CMD", "LABEL", "MAINTAINER", "EXPOSE", "ENV", "ADD", "COPY", "ENTRYPOINT",
  "VOLUME", "USER", "WORKDIR", "ARG", "ONBUILD", "STOPSIGNAL", "HEALTHCHECK", "SHELL",
];
const SECRET_NAMES = [
  "NPM_TOKEN", "GITHUB_TOKEN", "API_SECRET", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "DB_PASS",
  "SSH_PRIVATE_KEY", "KEY", "PASSWORD", "githubToken", "DATABASE_URL", "LICENSE_KEY", "ARTIFACTORY_PSW",
];
const OTHER_NAMES = [
  "PATH", "HOME", "VERSION", "NODE_VERSION", "GPG_KEY", "PUBLIC_KEY", "TOKEN_URL", "SECRET_FILE",
  "SSH_AUTH_SOCK", "X", "a", "_", "PASSWORD_MIN_LENGTH", "MONGO_URI", "DEBIAN_FRONTEND",
];
const NAMES = [...SECRET_NAMES, ...OTHER_NAMES];
const STAGES = ["base", "builder", "build", "final", "deps", "s0", "s1", "Builder", "0", "1"];
const FILES = [
  ".", "./", "*", "./*", "/", ".env", ".env.local", ".npmrc", "id_rsa", ".ssh/", ".ssh/id_rsa", "~/.npmrc",
  "/root/.npmrc", "$HOME/.npmrc", "/run/secrets/npm", "server.key", "*.pem", "app/", "src", "package.json",
  "/app", "..", "../x", "a b", "\"quoted file\"", "C:\\\\x", "**/*.key", "[a-z].pem", ".docker/config.json",
  "/etc/passwd", "auth.json", "credentials.json", "kubeconfig", "x.tfstate",
];
const VALUES = [
  "", "1", "changeme", "xxx", "***", "<token>", "${TOKEN:-}", "REPLACE_ME", "AKIAIOSFODNN7EXAMPLE",
  "/kaniko/.config/gcloud/config.json", "./key.pem", "~/x", "$NPM_TOKEN", "${NPM_TOKEN}",
  "${NPM_TOKEN:-default}", "${X:?err}", "${X:+y}", "$(cat /run/secrets/x)", "`id`", "$env:X", "%X%",
  "postgres://u:p@db/x", "mongodb://db/x", "\"a b\"", "'a b'", "\"unterminated", "'unterminated",
  "a\\ b", "${", "${}", "${${X}}", "$", "\\", "=", "==", "\"\"", "''", "https://hooks.slack.com/services/T000/B000/xxx",
];
const SHELL = [
  "echo", "cat", "cp", "mv", "rm", "rm -rf", "shred -u", "unlink", "install", "touch", "tee", "tee -a",
  "curl -o", "wget -O", "npm ci", "npm config set //r/:_authToken", "yarn config set npmAuthToken",
  "docker login -p", "aws configure set aws_secret_access_key", "git config --global credential.helper store",
  "export", "unset", "sh -c", "bash -c", "pwsh -Command", "cmd /S /C", "&&", "||", ";", "|", "&", ">", ">>",
  "<", "2>&1", "$(", ")", "`", "(", "{", "}", "if", "then", "fi", "for", "do", "done", "#", "\\\n", "\\\r\n",
  "<<EOF", "<<-EOF", "<<'EOF'", "<<\"EOF\"", "<<EOF2", "cat > /app/config <<EOF", "set -eux",
];
const MOUNT_KEYS = ["type", "id", "target", "dst", "destination", "source", "src", "env", "required", "mode", "uid", "from", "readonly", "ro", "sharing"];
const MOUNT_VALUES = ["secret", "ssh", "cache", "bind", "tmpfs", "npm", "npmrc", "/root/.npmrc", "/run/secrets/npm", "NPM_TOKEN", "true", "", "=", "0", "builder", "$X"];
const IGNORE_LINES = [
  "", "#", "# comment", ".env", ".env.*", "!.env.example", ".git", "*", "!", "!*", "**", "**/**", "**/.env",
  "*.pem", "!*.pem", "[", "[a-", "[]", "\\", "a\\", "/", "./", "../", "..", "/.env", " .env ", "\t", "!/",
  "**/**/**/**/**/**/**/**/z", "*a*a*a*a*a*a*a*a*a*a*a*b", "[!a]", "[^a]", "?", "???", "\uFEFF.env", "\r", ".ssh/",
  "node_modules", "!src/**", "src/**/*.key",
];
const SECRET_FILE_PATHS = [
  ".env", ".npmrc", "a/.env", "id_rsa", ".ssh/id_ed25519", "deep/a/b/c/server.key", "x.pem", ".aws/credentials",
  "", "/", "..", "../escape", "a//b", "./.env", "sp ace/.env", "üñí/.env", "new\nline/.env", "star*/.env",
  "[x]/.env", "#comment.pem", "!bang.pem", "trailing /.env", "\\back\\slash.pem", "a".repeat(300) + ".pem",
];
/** Context files whose contents `no-secret-in-context-file` scans (see `BuildContext.contents`). */
const CONTENT_PATHS = [
  "config/database.yml", "config/environments/production/database.yml", "app/settings.py", "config/app.env",
  "src/config.json", "deploy/tls/bundle.crt", "package-lock.json", ".env.example", ".npmrc", "a/.env", "x.properties",
  "settings.xml", "", "..", "new\nline.yml",
];
const CONTENT_TEXTS = [
  "password: Fake-Qz8r-Vw3t9\n", "password: ${DB_PASSWORD}\n", 'SECRET_KEY = "fake-9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c"\n',
  "//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n", '{"apiKey": "Fake0Key1Zx8f3Kq9LmP2vR7"}\n', "url: postgres://app:FakeDbPass42@db/app\n",
  "-----BEGIN PRIVATE KEY-----\nFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKE\n-----END PRIVATE KEY-----\n", "- name: DB_PASSWORD\n  value: Fake-Qz8r-Vw3t9\n",
  "", "\r\n", "password:", "password: 'unterminated\n", "<Password>Fake-Qz8r-Vw3t9</Password>\n",
];

// ---------------------------------------------------------------------------------------------
// Generators (fast-check is passed in, so this module imports nothing outside node:)
// ---------------------------------------------------------------------------------------------

/** Arbitraries of everything `lint` may be given. `fc` is the fast-check module. */
export function arbitraries(fc, { compileDockerignore, seeds = [] } = {}) {
  const { constantFrom, oneof, array, tuple, integer, nat, boolean, option, string } = fc;
  const pick = (list) => constantFrom(...list);
  const weighted = (...pairs) => oneof(...pairs.map(([weight, arbitrary]) => ({ weight, arbitrary })));

  const specialChar = pick([
    "\\", "`", "\"", "'", "$", "{", "}", "(", ")", "[", "]", "=", ",", " ", "\t", "\n", "\r", "\r\n", "\0",
    "#", "<", ">", "|", "&", ";", "-", "*", "\uFEFF", "\u2028", "\uD800", "\uDC00", "😀", "é", "\u0000", "\f", "\v",
  ]);
  const shortText = string({ unit: weighted([3, string({ unit: "grapheme-ascii", minLength: 1, maxLength: 1 })], [1, specialChar]), maxLength: 24 });
  const fakeToken = pick(FAKE_TOKENS.map((t) => t.secret));
  const fakeCredential = pick(FAKE_CREDENTIALS.map((c) => c.snippet(c.secret)));
  const name = weighted([4, pick(NAMES)], [1, fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_.-]{0,12}$/)], [1, shortText]);
  const value = weighted(
    [4, pick(VALUES)],
    [2, fakeToken],
    [1, pick([FAKE_HIGH_ENTROPY.secret])],
    [1, fc.stringMatching(/^[A-Za-z0-9+/=_-]{0,40}$/)],
    [1, shortText],
    [1, name.map((n) => `$${n}`)],
    [1, name.map((n) => `\${${n}}`)],
  );
  const stageRef = weighted(
    [4, pick(STAGES)],
    [1, pick(["-1", "2", "99", "999999999999999999999", "1e3", "0x1", "", "$X", "${STAGE}", "alpine", "scratch", "a/b:c@sha256:00"])],
    [1, shortText],
  );
  const mount = array(tuple(pick(MOUNT_KEYS), weighted([3, pick(MOUNT_VALUES)], [1, shortText]), boolean()), { maxLength: 5 }).map(
    (pairs) => `--mount=${pairs.map(([k, v, bare]) => (bare && v === "" ? k : `${k}=${v}`)).join(",")}`,
  );
  const flag = weighted(
    [3, mount],
    [2, stageRef.map((s) => `--from=${s}`)],
    [1, pick(["--chown=1000:1000", "--chmod=600", "--link", "--network=none", "--security=insecure", "--platform=$BUILDPLATFORM", "--", "--=", "--mount", "--mount=", "--from", "--keep-git-dir=true", "--exclude=*.pem", "--parents"])],
    [1, tuple(shortText, shortText).map(([k, v]) => `--${k}=${v}`)],
  );
  const shellWord = weighted([5, pick(SHELL)], [3, pick(FILES)], [3, value], [1, fakeCredential], [1, shortText]);
  const shellLine = array(shellWord, { maxLength: 14 }).map((words) => words.join(" "));
  const heredocBody = array(weighted([3, shellLine], [1, pick([FAKE_PEM, "EOF", " EOF", "EOF ", "\tEOF", ""])]), { maxLength: 6 });
  const delimiter = pick(["EOF", "EOT", "END", "eof", "E O F", "", "'EOF'", "\"EOF\"", "-EOF", "EOF2"]);
  const heredoc = tuple(pick(["RUN", "COPY", "ADD", "run"]), array(flag, { maxLength: 2 }), delimiter, heredocBody, boolean(), pick(FILES)).map(
    ([keyword, flags, delim, body, terminated, dest]) => {
      const bare = delim.replace(/^-/, "").replace(/^['"]|['"]$/g, "");
      const head = `${keyword} ${flags.join(" ")} <<${delim}${keyword.toUpperCase() === "RUN" ? "" : ` ${dest}`}`;
      return `${head}\n${body.join("\n")}${terminated ? `\n${bare}` : ""}`;
    },
  );
  const jsonArray = array(weighted([3, shellWord], [1, shortText]), { maxLength: 5 }).chain((items) =>
    pick([JSON.stringify(items), `[${items.map((i) => `"${i}"`).join(",")}`, `[${items.join(", ")}]`, `["sh", "-c", ${JSON.stringify(items.join(" "))}]`]),
  );
  const keyValues = array(tuple(name, value, pick(["=", " ", "= ", "=\"", "='"])), { minLength: 0, maxLength: 4 }).map((pairs) =>
    pairs.map(([k, v, sep]) => `${k}${sep}${v}${sep.endsWith("\"") ? "\"" : sep.endsWith("'") ? "'" : ""}`).join(" "),
  );

  const from = tuple(weighted([6, fc.constant("FROM")], [1, pick(["from", "From", "FROM\t"])]), array(flag, { maxLength: 1 }), stageRef, option(stageRef, { nil: undefined, freq: 2 }), weighted([6, fc.constant("AS")], [1, pick(["as", " AS ", "AS AS", ""])])).map(
    ([k, flags, image, alias, as]) => `${k} ${flags.join(" ")} ${image}${alias === undefined ? "" : ` ${as} ${alias}`}`,
  );
  const secretName = weighted([4, pick(SECRET_NAMES)], [1, name]);
  const secretFile = pick(FILES.filter((f) => /env|npmrc|id_rsa|key|pem|ssh|json|kubeconfig|tfstate|\*/.test(f)));
  /** The leaks every rule is about, with random names, files and stages. */
  const idiom = oneof(
    secretName.map((n) => `ARG ${n}`),
    tuple(secretName, value).map(([n, v]) => `ARG ${n}=${v}`),
    tuple(secretName, value).map(([n, v]) => `ENV ${n}=${v}`),
    tuple(name, secretName).map(([n, s]) => `ENV ${n}=\${${s}}`),
    tuple(name, secretName).map(([n, s]) => `LABEL ${n}=$${s}`),
    tuple(pick(["npm ci --token", "echo", "curl -H \"Authorization: Bearer", "export X=", "sh -c"]), secretName, pick(FILES)).map(([c, n, f]) => `RUN ${c} $${n} > ${f}`),
    tuple(secretFile, pick(FILES)).map(([f, d]) => `COPY ${f} ${d}`),
    tuple(pick(["rm -f", "rm -rf", "shred -u", "unlink", "mv"]), secretFile).map(([c, f]) => `RUN ${c} ${f}`),
    tuple(stageRef, secretFile, pick(FILES)).map(([s, f, d]) => `COPY --from=${s} ${f} ${d}`),
    tuple(pick(["x", "npm", "id"]), pick(["", ",target=/root/.npmrc", ",env=NPM_TOKEN", ",required=true"]), pick(["cp /run/secrets/", "cat /run/secrets/", "tee /app/t < /run/secrets/"])).map(
      ([id, extra, cmd]) => `RUN --mount=type=secret,id=${id}${extra} ${cmd}${id} > /app/${id}`,
    ),
    pick(["COPY . .", "COPY . /app", "ADD . /src", "COPY ./ ./", "COPY * /app/"]),
    tuple(pick(["builder", "0", "build"]), pick(["COPY id_rsa /root/.ssh/id_rsa", "COPY .npmrc /root/.npmrc", "RUN echo $NPM_TOKEN > /root/.npmrc"]), pick(["/root", "/root/.ssh/id_rsa", "/root/.npmrc", "/"])).map(
      ([stage, add, source]) => `FROM alpine AS ${stage === "0" ? "first" : stage}\nARG NPM_TOKEN\n${add}\nFROM alpine\nCOPY --from=${stage} ${source} /x`,
    ),
  );
  const instruction = weighted(
    [1, from],
    [6, idiom],
    [5, tuple(pick(["RUN", "run"]), array(flag, { maxLength: 3 }), weighted([4, shellLine], [1, jsonArray], [2, tuple(pick(SHELL), pick(SECRET_NAMES), pick(FILES)).map(([c, n, f]) => `${c} $${n} > ${f}`)])).map(([k, flags, args]) => `${k} ${flags.join(" ")} ${args}`)],
    [4, tuple(pick(["COPY", "ADD"]), array(flag, { maxLength: 3 }), array(pick(FILES), { maxLength: 4 })).map(([k, flags, files]) => `${k} ${flags.join(" ")} ${files.join(" ")}`)],
    [4, tuple(pick(["ARG", "ENV", "LABEL", "arg", "env"]), keyValues).map(([k, kv]) => `${k} ${kv}`)],
    [2, tuple(pick(["CMD", "ENTRYPOINT", "HEALTHCHECK CMD", "HEALTHCHECK --interval=5s CMD", "SHELL", "HEALTHCHECK NONE"]), weighted([1, shellLine], [1, jsonArray])).map(([k, a]) => `${k} ${a}`)],
    [3, heredoc],
    [2, tuple(pick(["ONBUILD", "ONBUILD ONBUILD", "onbuild"]), pick(["RUN", "COPY", "ARG", "ENV", "ADD", "FROM", ""]), shellLine).map(([o, k, rest]) => `${o} ${k} ${rest}`)],
    [2, tuple(pick(KEYWORDS), shortText).map(([k, rest]) => `${k} ${rest}`)],
    [1, tuple(pick(["USER", "WORKDIR", "VOLUME", "EXPOSE", "STOPSIGNAL", "MAINTAINER"]), weighted([2, pick(FILES)], [1, value])).map(([k, a]) => `${k} ${a}`)],
    [2, tuple(pick(["#", "# ", "#layerlint-disable", "# layerlint-disable-next-line", "# layerlint-enable", "# hadolint ignore=DL3064", "# check=skip=SecretsUsedInArgOrEnv", "# check=skip=all", "# eslint-disable-next-line layerlint/no-secret-in-arg"]), weighted([2, pick(["", " no-secret-in-arg", " no-secret-in-arg, require-secret-mount -- reason", " all", " nope", " -- "])], [1, shortText], [1, fakeToken])).map(([c, rest]) => `${c}${rest}`)],
    [1, pick(["", " ", "\\", "\t\\", "# syntax=docker/dockerfile:1", "# syntax=docker/dockerfile:1.4", "# escape=`", "# escape=\\", "#escape=`"])],
    [1, shortText],
  );
  const directives = array(pick(["# syntax=docker/dockerfile:1", "# syntax=docker/dockerfile:1.9", "# escape=`", "# escape=\\", "# check=skip=SecretsUsedInArgOrEnv", "# check=error=true", "#", "# escape=x"]), { maxLength: 3 });
  const lineBreak = weighted([8, fc.constant("\n")], [1, fc.constant("\r\n")], [1, fc.constant("\r")]);
  /** Joins lines; a line that ends in a continuation backslash runs into the next. */
  const line = tuple(instruction, lineBreak, weighted([8, fc.constant("")], [1, pick([" \\", " `", " \\  ", "\\"])]));
  const stage = tuple(from, lineBreak, array(line, { maxLength: 12 }));
  const structured = tuple(weighted([6, fc.constant(false)], [1, fc.constant(true)]), directives, array(line, { maxLength: 3 }), array(stage, { minLength: 1, maxLength: 4 })).map(
    ([bom, dirs, globals, stages]) => {
      const lines = (list) => list.map(([text, br, cont]) => `${text}${cont}${br}`).join("");
      return (bom ? "\uFEFF" : "") + dirs.map((d) => `${d}\n`).join("") + lines(globals) + stages.map(([head, br, body]) => `${head}${br}${lines(body)}`).join("");
    },
  );

  const seedText = seeds.length > 0 ? weighted([1, pick(seeds)], [2, structured]) : structured;
  const mutation = tuple(nat(), nat(), weighted([3, shortText], [2, pick(["\\\n", "\"", "'", "<<EOF\n", "EOF\n", "${", "$(", "\n", "\r", "\0", "\uFEFF", "--mount=type=secret,id=x ", "--from=0 ", "FROM a AS b\n", "# escape=`\n"])], [1, fakeToken]), pick(["insert", "delete", "replace", "duplicate", "truncate", "swap"]));
  const mutated = tuple(seedText, array(mutation, { minLength: 1, maxLength: 8 })).map(([text, mutations]) => {
    let out = text;
    for (const [a, b, insert, kind] of mutations) {
      const i = out.length === 0 ? 0 : a % (out.length + 1);
      const j = Math.min(out.length, i + (b % 40));
      if (kind === "insert") out = out.slice(0, i) + insert + out.slice(i);
      else if (kind === "delete") out = out.slice(0, i) + out.slice(j);
      else if (kind === "replace") out = out.slice(0, i) + insert + out.slice(j);
      else if (kind === "duplicate") out = out.slice(0, j) + out.slice(i, j).repeat(1 + (b % 5)) + out.slice(j);
      else if (kind === "truncate") out = out.slice(0, i);
      else if (j - i >= 2) out = out.slice(0, i) + out.slice(j - 1, j) + out.slice(i + 1, j - 1) + out.slice(i, i + 1) + out.slice(j);
    }
    return out;
  });
  const randomText = weighted(
    [2, string({ unit: "binary", maxLength: 200 })],
    [2, string({ unit: weighted([1, specialChar], [1, pick(["FROM ", "RUN ", "COPY ", "ARG ", "ENV ", "a", "=", "AS ", "--from=", "<<EOF", "EOF"])]), maxLength: 80 })],
    [1, fc.uint8Array({ maxLength: 200 }).map((bytes) => Buffer.from(bytes).toString("utf8"))],
    [1, fc.uint8Array({ maxLength: 200 }).map((bytes) => Buffer.from(bytes).toString("latin1"))],
    [1, string({ unit: integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 60 })],
  );
  /** Shapes that stress one dimension: size, depth, count. */
  const extreme = weighted(
    [1, integer({ min: 1, max: 3_000 }).map((n) => `FROM alpine\nRUN echo \\\n${"  a \\\n".repeat(n)}  done\n`)],
    [1, tuple(integer({ min: 1, max: 60_000 }), pick(["a", "\\", "\"", "$", "${", "=", " ", "`"])).map(([n, c]) => `FROM alpine\nRUN echo ${c.repeat(n)}\nENV A=${c.repeat(n)}\n`)],
    [1, integer({ min: 1, max: 400 }).map((n) => Array.from({ length: n }, (_, i) => `FROM ${i === 0 ? "alpine" : `s${(i * 7919) % n}`} AS s${i}\nCOPY --from=${(i * 31) % (n + 2)} /a /b\n`).join(""))],
    [1, integer({ min: 1, max: 300 }).map((n) => `FROM alpine\nRUN ${"<<EOF ".repeat(n)}\n${"x\nEOF\n".repeat(n)}`)],
    [1, integer({ min: 1, max: 500 }).map((n) => `FROM alpine\nRUN echo ${"${".repeat(n)}X${"}".repeat(n)} $(${"$(".repeat(n)}`)],
    [1, integer({ min: 1, max: 2_000 }).map((n) => `FROM alpine\nRUN --mount=${"type=secret,".repeat(n)} true\n`)],
    [1, integer({ min: 1, max: 500 }).map((n) => `FROM alpine\n${"ONBUILD ".repeat(n)}RUN echo $NPM_TOKEN\n`)],
  );
  const dockerfile = weighted([6, structured], [4, mutated], [2, randomText], [1, extreme], ...(seeds.length > 0 ? [[1, pick(seeds)]] : []));

  const severity = pick(["off", "warn", "error"]);
  const ruleIds = pick(RULE_IDS);
  const config = fc.record(
    {
      rules: fc.dictionary(ruleIds, weighted([3, severity], [1, severity.map((s) => [s])])),
      secretNames: fc.record({ allow: array(name, { maxLength: 3 }), deny: array(name, { maxLength: 3 }) }, { requiredKeys: [] }),
      secretFiles: fc.record({ allow: array(pick(FILES), { maxLength: 3 }), deny: array(weighted([2, pick(FILES)], [1, shortText]), { maxLength: 3 }) }, { requiredKeys: [] }),
    },
    { requiredKeys: [] },
  );
  const ignoreText = weighted(
    [4, array(weighted([4, pick(IGNORE_LINES)], [1, shortText]), { maxLength: 12 }).map((lines) => lines.join("\n"))],
    [1, string({ unit: "binary", maxLength: 100 })],
  );
  const contentText = weighted([4, pick(CONTENT_TEXTS)], [1, shortText], [1, fakeToken.map((t) => `token: ${t}\n`)], [1, string({ unit: "binary", maxLength: 200 })]);
  const contents = option(
    array(tuple(weighted([3, pick(CONTENT_PATHS)], [1, shortText]), weighted([6, contentText], [1, pick(["binary", "too-large", "unreadable", "budget"])])), { maxLength: 5 }),
    { nil: undefined },
  );
  const context = compileDockerignore
    ? tuple(option(tuple(ignoreText, pick([".dockerignore", "Dockerfile.dockerignore", "/abs/x.dockerignore", "../x", "sub dir/.dockerignore"]), boolean()), { nil: null }), array(tuple(weighted([3, pick(SECRET_FILE_PATHS)], [1, shortText]), pick(["file", "directory", "symlink"])), { maxLength: 6 }), option(shortText, { nil: undefined }), contents).map(
        ([ignore, files, truncated, read]) => {
          const matcher = compileDockerignore(ignore === null ? "" : ignore[0]);
          return {
            ignoreFile: ignore === null ? null : { text: ignore[0], path: ignore[1], perDockerfile: ignore[2] },
            isExcluded: (path) => matcher.isExcluded(path),
            secretFiles: files.map(([path, type]) => ({ path, type })).filter((f) => !matcher.isExcluded(f.path)),
            ...(truncated === undefined ? {} : { truncated }),
            ...(read === undefined ? {} : { contents: revivedContents(read) }),
          };
        },
      )
    : fc.constant(undefined);
  /** `arbitrary` once in `1 + absent` draws, else undefined. */
  const sometimes = (arbitrary, absent = 1) => weighted([absent, fc.constant(undefined)], [1, arbitrary]);
  const options = tuple(
    sometimes(config),
    sometimes(weighted([3, pick(STAGES)], [1, shortText]), 8),
    sometimes(context),
    sometimes(weighted([3, pick(["Dockerfile", "app.Dockerfile", "Containerfile", "Dockerfile.prod"])], [1, shortText])),
    sometimes(boolean()),
    sometimes(boolean()),
  ).map(([config, target, context, fileName, reportUnusedDisableDirectives, applySuppressions]) =>
    Object.fromEntries(Object.entries({ config, target, context, fileName, reportUnusedDisableDirectives, applySuppressions }).filter(([, v]) => v !== undefined)),
  );
  return { dockerfile, structured, mutated, randomText, extreme, options, context, ignoreText, name, value };
}

/** Rule ids as the public contract lists them (checked against the registry by the tests). */
export const RULE_IDS = [
  "no-secret-in-arg", "no-secret-in-env", "no-hardcoded-secret", "require-secret-mount", "no-secret-file-copy",
  "no-ineffective-delete", "no-secret-mount-copy", "require-dockerignore", "require-dockerignore-entries", "no-secret-stage-copy",
  "no-secret-in-context-file",
];

// ---------------------------------------------------------------------------------------------
// Invariants of a lint result
// ---------------------------------------------------------------------------------------------

/** Offsets of line starts, with `\r\n`, `\r` and `\n` as line breaks (an independent count). */
function lineStarts(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "\r" && text[i + 1] === "\n") i++;
    if (c === "\r" || c === "\n") starts.push(i + 1);
  }
  return starts;
}

function positionOf(starts, offset) {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - starts[low] + 1 };
}

function checkSpan(problems, where, span, text, starts) {
  if (span === null || typeof span !== "object") return problems.push(`${where}: no span`);
  const { start, end, line, column, endLine, endColumn } = span;
  if (![start, end, line, column, endLine, endColumn].every(Number.isInteger)) return problems.push(`${where}: non-integer span ${JSON.stringify(span)}`);
  if (!(start >= 0 && start <= end && end <= text.length)) return problems.push(`${where}: offsets ${start}-${end} outside 0-${text.length}`);
  if (!(line >= 1 && line <= endLine && endLine <= starts.length)) return problems.push(`${where}: lines ${line}-${endLine} outside 1-${starts.length}`);
  const s = positionOf(starts, start);
  const e = positionOf(starts, end);
  if (s.line !== line || s.column !== column || e.line !== endLine || e.column !== endColumn) {
    problems.push(`${where}: position ${line}:${column}-${endLine}:${endColumn} does not match offsets ${start}-${end} (${s.line}:${s.column}-${e.line}:${e.column})`);
  }
}

function checkFix(problems, where, fix, text) {
  if (typeof fix.description !== "string" || fix.description === "") problems.push(`${where}: fix without description`);
  for (const change of fix.changes) {
    if (change.file === "dockerfile") {
      let previousEnd = 0;
      for (const edit of [...change.edits].sort((a, b) => a.start - b.start)) {
        if (!(Number.isInteger(edit.start) && edit.start >= 0 && edit.start <= edit.end && edit.end <= text.length)) {
          problems.push(`${where}: dockerfile edit ${edit.start}-${edit.end} outside 0-${text.length}`);
        } else if (edit.start < previousEnd) {
          problems.push(`${where}: overlapping dockerfile edits at ${edit.start}`);
        }
        previousEnd = Math.max(previousEnd, edit.end);
        if (typeof edit.text !== "string") problems.push(`${where}: edit without text`);
      }
    } else if (change.file === "dockerignore") {
      if (typeof change.path !== "string" || change.path === "") problems.push(`${where}: dockerignore change without a path`);
      for (const edit of change.edits) if (typeof edit.text !== "string" || edit.start > edit.end) problems.push(`${where}: bad dockerignore edit`);
    } else {
      problems.push(`${where}: change to an unknown file ${JSON.stringify(change.file)}`);
    }
  }
}

const SEVERITIES = new Set(["error", "warning"]);
const CHANNELS = new Set(["history", "config", "layers", "context", "cache"]);

/**
 * Secrets planted in `text` that every message must redact: the token-format fakes that stand at a
 * word boundary wherever they occur. With `strict`, also a token that occurs elsewhere inside a
 * longer word (`target=/<token>x.pem`), and the credential-syntax fakes whose whole snippet is there.
 */
function plantedSecrets(text, strict) {
  const bounded = (secret, at) => {
    const before = text[at - 1];
    const after = text[at + secret.length];
    return (before === undefined || !/[A-Za-z0-9_.-]/.test(before)) && (after === undefined || !/[A-Za-z0-9_-]/.test(after));
  };
  const tokens = FAKE_TOKENS.map((t) => t.secret).filter((secret) => {
    const places = [];
    for (let at = text.indexOf(secret); at >= 0; at = text.indexOf(secret, at + 1)) places.push(bounded(secret, at));
    return strict ? places.some(Boolean) : places.length > 0 && places.every(Boolean);
  });
  if (!strict) return tokens;
  const credentials = FAKE_CREDENTIALS.filter((c) => new RegExp(`(?:^|\\s)${escapeRegExp(c.snippet(c.secret))}(?:\\s|$)`).test(text));
  return [...tokens, ...credentials.map((c) => c.secret)];
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Everything wrong with one lint result, as readable strings (empty when it holds): rule
 * crashes, spans that do not fit the text, malformed findings, fixes outside the text, and
 * planted token-format secrets shown in full in any message.
 */
export function resultProblems(text, result, { ruleIds = RULE_IDS, strict = false } = {}) {
  const problems = [];
  const starts = lineStarts(text);
  for (const error of result.ruleErrors) problems.push(`rule ${error.ruleId} threw: ${error.message}`);
  const secrets = plantedSecrets(text, strict);
  const messages = [];
  result.findings.forEach((finding, i) => {
    const where = `finding ${i} (${finding.ruleId})`;
    if (!ruleIds.includes(finding.ruleId)) problems.push(`${where}: unknown rule id`);
    if (typeof finding.message !== "string" || finding.message.trim() === "") problems.push(`${where}: empty message`);
    if (!text.includes("{{") && /\{\{\s*\w+\s*\}\}/.test(finding.message)) problems.push(`${where}: unfilled placeholder in "${finding.message}"`);
    if (!SEVERITIES.has(finding.severity)) problems.push(`${where}: severity ${finding.severity}`);
    if (!CHANNELS.has(finding.channel)) problems.push(`${where}: channel ${finding.channel}`);
    checkSpan(problems, where, finding.span, text, starts);
    finding.related.forEach((related, r) => {
      checkSpan(problems, `${where} related ${r}`, related.span, text, starts);
      const file = related.file;
      if (file !== undefined && ![file.line, file.column, file.endLine, file.endColumn].every((n) => Number.isInteger(n) && n >= 1)) {
        problems.push(`${where} related ${r}: bad file location ${JSON.stringify(file)}`);
      }
      messages.push([`related message of ${finding.ruleId}`, related.message]);
    });
    if (finding.fix) {
      checkFix(problems, `${where} fix`, finding.fix, text);
      messages.push([`fix description of ${finding.ruleId}`, finding.fix.description]);
    }
    finding.suggestions.forEach((suggestion, s) => {
      checkFix(problems, `${where} suggestion ${s}`, suggestion, text);
      messages.push([`suggestion description of ${finding.ruleId}`, suggestion.description]);
    });
    messages.push([`message of ${finding.ruleId}`, finding.message]);
  });
  result.unusedDirectives.forEach((directive, i) => {
    checkSpan(problems, `unused directive ${i}`, directive.span, text, starts);
    messages.push(["unused-directive message", directive.message]);
  });
  for (const secret of secrets) {
    const prefix = ALL_FAKE_SECRETS.find((entry) => entry.secret === secret)?.prefix ?? 0;
    const shown = messages.find(([, message]) => leaks(message, secret, { prefix, partial: false }));
    if (shown !== undefined) problems.push(`${shown[0]} shows the secret ${secret.slice(0, 4)}…: "${shown[1]}"`);
  }
  return problems;
}

/** Lints and checks: the problems with the outcome, or with the exception `lint` threw. */
export function lintProblems(core, text, options, { strict = false } = {}) {
  let result;
  try {
    result = core.lint(text, options);
  } catch (error) {
    if (error instanceof core.UnknownTargetError && options?.target !== undefined) return [];
    return [`lint threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`];
  }
  return resultProblems(text, result, { ruleIds: [...core.rules.keys()], strict });
}

/** The repository's own Dockerfiles, as seeds for mutation. */
export function seedDockerfiles() {
  const seeds = [];
  const visit = (dir, depth) => {
    if (!existsSync(dir) || depth > 4) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path, depth + 1);
      else if (/Dockerfile$|\.Dockerfile$/.test(entry.name)) seeds.push(readFileSync(path, "utf8"));
    }
  };
  for (const dir of ["test/corpus", "test/fixtures", "examples"]) visit(join(ROOT, dir), 0);
  return seeds;
}

// ---------------------------------------------------------------------------------------------
// Saved crashing inputs
// ---------------------------------------------------------------------------------------------

/** `[path, text | skip reason]` pairs as `BuildContext.contents`. */
function revivedContents(pairs) {
  return { files: new Map(pairs.map(([path, content]) => [path, CONTENT_SKIPS.has(content) ? { skipped: content } : { text: content }])) };
}
const CONTENT_SKIPS = new Set(["binary", "too-large", "unreadable", "budget"]);

/** The JSON-safe part of lint options (the context is stored as its ignore text, files and contents). */
export function serializableOptions(options = {}) {
  const { context, ...rest } = options;
  if (context === undefined) return rest;
  const contents = context.contents === undefined ? undefined : [...context.contents.files].map(([path, c]) => [path, "text" in c ? c.text : c.skipped]);
  return {
    ...rest,
    context: {
      ignoreFile: context.ignoreFile,
      secretFiles: context.secretFiles,
      ...(context.truncated === undefined ? {} : { truncated: context.truncated }),
      ...(contents === undefined ? {} : { contents }),
    },
  };
}

/** Options saved by `serializableOptions`, made whole again. */
export function revivedOptions(saved, compileDockerignore) {
  const { context, ...rest } = saved ?? {};
  if (context === undefined) return rest;
  const matcher = compileDockerignore(context.ignoreFile?.text ?? "");
  const { contents, ...walked } = context;
  return {
    ...rest,
    context: { ...walked, isExcluded: (path) => matcher.isExcluded(path), ...(contents === undefined ? {} : { contents: revivedContents(contents) }) },
  };
}

/** Saves a crashing input as `<hash>.Dockerfile` (+ `<hash>.json` with its options); returns the name. */
export function saveCrash(text, options, problems) {
  mkdirSync(FUZZ_FIXTURES, { recursive: true });
  const saved = serializableOptions(options);
  const hash = createHash("sha256").update(text).update("\0").update(JSON.stringify(saved)).digest("hex").slice(0, 16);
  writeFileSync(join(FUZZ_FIXTURES, `${hash}.Dockerfile`), text);
  writeFileSync(join(FUZZ_FIXTURES, `${hash}.json`), `${JSON.stringify({ options: saved, problems }, null, 2)}\n`);
  return `${hash}.Dockerfile`;
}

// ---------------------------------------------------------------------------------------------
// Campaign (run as a script): lint runs in a worker so a hang is caught, not waited on forever.
// ---------------------------------------------------------------------------------------------

/** The worker side: lints what the campaign sends and answers with the problems found. */
async function serveLints() {
  const core = await import(workerData.core);
  const { compileDockerignore } = await import(workerData.node);
  parentPort.on("message", ({ text, options }) => {
    const started = performance.now();
    const problems = lintProblems(core, text, revivedOptions(options, compileDockerignore), { strict: workerData.strict });
    parentPort.postMessage({ problems, millis: performance.now() - started });
  });
  parentPort.postMessage({ ready: true });
}

class LintWorker {
  constructor(strict) {
    this.strict = strict;
    this.start();
  }

  start() {
    const resolveDist = (pkg) => pathToFileURL(join(ROOT, "packages", pkg, "dist", "index.js")).href;
    this.worker = new Worker(new URL(import.meta.url), {
      workerData: { fuzzWorker: true, strict: this.strict, core: resolveDist("core"), node: resolveDist("node") },
    });
    this.ready = new Promise((resolve, reject) => {
      this.worker.once("message", resolve);
      this.worker.once("error", reject);
    });
  }

  /** Problems of one input, or a hang report after `timeoutMs`. */
  async run(text, options, timeoutMs) {
    await this.ready;
    return new Promise((resolve) => {
      const timer = setTimeout(async () => {
        this.worker.removeAllListeners("message");
        await this.worker.terminate();
        this.start();
        resolve({ problems: [`lint did not finish within ${timeoutMs} ms`], millis: timeoutMs });
      }, timeoutMs);
      this.worker.once("message", (reply) => {
        clearTimeout(timer);
        resolve(reply);
      });
      this.worker.postMessage({ text, options: serializableOptions(options) });
    });
  }

  close() {
    return this.worker.terminate();
  }
}

async function campaign() {
  const { values } = parseArgs({
    options: {
      iterations: { type: "string", default: "10000" },
      seed: { type: "string", default: String(Date.now() % 1_000_000) },
      "timeout-ms": { type: "string", default: "5000" },
      "no-save": { type: "boolean", default: false },
      // A secret found anywhere must be redacted in every message, whatever position (a name, a
      // path) the message quotes it from: see docs/security.md, known gaps.
      strict: { type: "boolean", default: false },
    },
  });
  const iterations = Number(values.iterations);
  const seed = Number(values.seed);
  const timeoutMs = Number(values["timeout-ms"]);
  if (!Number.isInteger(iterations) || iterations < 1 || !Number.isInteger(seed) || !(timeoutMs > 0)) {
    console.error("fuzz: --iterations and --seed must be whole numbers (iterations ≥ 1), --timeout-ms positive.");
    process.exit(2);
  }
  const fc = await import("fast-check");
  const { compileDockerignore } = await import(pathToFileURL(join(ROOT, "packages/node/dist/index.js")).href);
  const { dockerfile, options } = arbitraries(fc, { compileDockerignore, seeds: seedDockerfiles() });
  const worker = new LintWorker(values.strict);
  const started = performance.now();
  const known = new Set();
  const saved = [];
  let done = 0;
  let slowest = { millis: 0, length: 0 };
  let round = 0;
  // fast-check stops at the first failure (after shrinking it): each round resumes the campaign
  // with the next seed, and a failure already saved is not reported again.
  while (done < iterations) {
    // One signature per kind of failure (which field of which rule, which invariant), whatever the text.
    const signatureOf = (problems) =>
      [...new Set(problems.map((p) => p.replace(/ shows the secret .*$/s, " shows a secret").replace(/\d+/g, "N").split("\n").slice(0, 2).join(" ")))].sort().join("|");
    const details = await fc.check(
      fc.asyncProperty(dockerfile, fc.option(options, { nil: undefined }), async (text, lintOptions) => {
        const { problems, millis } = await worker.run(text, lintOptions, timeoutMs);
        if (millis > slowest.millis) slowest = { millis, length: text.length };
        return problems.length === 0 || known.has(signatureOf(problems));
      }),
      {
        numRuns: iterations - done,
        seed: seed + round,
      },
    );
    done += details.numRuns;
    round += 1;
    if (!details.failed) break;
    const [text, lintOptions] = details.counterexample;
    const { problems } = await worker.run(text, lintOptions, timeoutMs);
    known.add(signatureOf(problems));
    const file = values["no-save"] ? "(not saved)" : saveCrash(text, lintOptions, problems);
    saved.push(file);
    console.log(`fuzz: failure after ${done} inputs (seed ${seed + round - 1}, shrunk ${details.numShrinks} times) → ${file}`);
    for (const problem of problems) console.log(`  ${problem.split("\n").slice(0, 6).join("\n  ")}`);
    console.log(`  input: ${JSON.stringify(text).slice(0, 400)}${lintOptions === undefined ? "" : `\n  options: ${JSON.stringify(serializableOptions(lintOptions)).slice(0, 400)}`}`);
  }
  await worker.close();
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `fuzz: ${done} inputs in ${seconds.toFixed(1)} s (seed ${seed}), ${saved.length} distinct failures${saved.length ? `: ${saved.join(", ")}` : ""}; slowest input ${slowest.millis.toFixed(0)} ms (${slowest.length} chars).`,
  );
  process.exit(saved.length === 0 ? 0 : 1);
}

if (!isMainThread && workerData?.fuzzWorker === true) await serveLints();
else if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await campaign();
