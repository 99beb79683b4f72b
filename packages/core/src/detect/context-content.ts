/**
 * Secrets inside the files of a build context (docs/spec.md §3.2 applied to file contents, §9 "Context
 * contents"): token formats, credentials in URLs, private-key blocks and credential syntax
 * anywhere in a file, plus values under a secret name — `password: …` in YAML, `"apiKey": "…"` in
 * JSON, `secret_key = …` in TOML and INI, `DB_PASSWORD=…` in `.env` files, string literals in
 * source code. Line-oriented: one small reader per format family instead of full parsers, so the
 * scan is linear in the text and bounded per line and per file. Results carry positions and
 * kinds, never values.
 */
import { LineIndex } from "../parse/text.js";
import { classifySecretName, splitNameWords, type NameLists } from "./secret-names.js";
import { isFlagValue, isHighEntropy, isPlaceholder, isReferenceValue, isVariableReference, scanTextForSecrets } from "./secret-values.js";

/** A secret in a context file: 1-based lines and UTF-16 columns of the value, end exclusive. */
export interface ContentFinding {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  /** What it is: a token format ("GitHub token"), "URL credentials", "literal password", … */
  readonly kind: string;
  /** The key the value is assigned to (`password`, `DB_PASSWORD`), when there is one. */
  readonly key?: string;
}

/** Why a file's content is not judged: generated data, or a template committed on purpose. */
export type ContentSkipReason = "lock file" | "generated file" | "binary file" | "template";

export interface ContentScan {
  readonly findings: readonly ContentFinding[];
  /** Values under a secret name that are variable references (`_authToken=${NPM_TOKEN}`). */
  readonly references: number;
  /**
   * Literal values under a secret name that did not reach a finding (a plain word, a short or
   * low-entropy string): not reported, but a file holding one does not hold "only references".
   */
  readonly unconfirmed: number;
  readonly skipped?: ContentSkipReason;
  /** The file had more findings than are kept, or more text than is scanned. */
  readonly truncated?: boolean;
}

export interface ScanContextFileOptions {
  /** `secretNames` of the configuration. */
  readonly names?: NameLists;
  /** The caller's digest of `text` (equal digests must mean equal text): the memo key. */
  readonly hash?: string;
  /**
   * False for texts read once (the files of an image's layers): they would only fill the memo
   * table, evict an editor's entries and keep their contents alive in its keys.
   */
  readonly memo?: boolean;
}

type Family = "yaml" | "json" | "toml" | "ini" | "dotenv" | "xml" | "netrc" | "source" | "prose";

interface FamilyRules {
  /** `key <sep> value` pairs are read at all: not in prose, whose examples are made up. */
  readonly pairs: boolean;
  /** Only token formats, private keys and URL credentials count (documentation). */
  readonly formatsOnly: boolean;
  /** Operators between a key and a quoted value (`password = "…"`, `"password": "…"`). */
  readonly separators: ReadonlySet<string>;
  /** Separators of a `key <sep> value` line whose value may be unquoted; null when values are quoted. */
  readonly bareSeparators: string | null;
  /** A password below the entropy bar still counts: config files state values plainly. */
  readonly plainPasswords: boolean;
  /** Credential syntax meant for config files (`_authToken=` of `.npmrc`) applies. */
  readonly configSyntax: boolean;
  /** A backtick opens a string (template literals). */
  readonly backticks: boolean;
}

const CONFIG = { pairs: true, formatsOnly: false, plainPasswords: true, configSyntax: true, backticks: false } as const;
const FAMILY_RULES: Readonly<Record<Family, FamilyRules>> = {
  yaml: { ...CONFIG, separators: new Set([":"]), bareSeparators: ":" },
  json: { ...CONFIG, separators: new Set([":"]), bareSeparators: null },
  toml: { ...CONFIG, separators: new Set(["="]), bareSeparators: null },
  ini: { ...CONFIG, separators: new Set(["=", ":"]), bareSeparators: "=:" },
  dotenv: { ...CONFIG, separators: new Set(["=", ":"]), bareSeparators: "=" },
  xml: { ...CONFIG, separators: new Set(["="]), bareSeparators: null },
  netrc: { ...CONFIG, separators: new Set(), bareSeparators: null },
  source: {
    pairs: true,
    formatsOnly: false,
    separators: new Set(["=", ":", ":=", "=>", "||=", "??="]),
    bareSeparators: null,
    plainPasswords: false,
    configSyntax: false,
    backticks: true,
  },
  // Documentation: example payloads and commands (`"token": "vbT8…"`, `--password changeme123`)
  // are made up; a real token pasted into a README still has its format.
  prose: {
    pairs: false,
    formatsOnly: true,
    separators: new Set(),
    bareSeparators: null,
    plainPasswords: false,
    configSyntax: false,
    backticks: false,
  },
};

const FAMILY_BY_EXTENSION: ReadonlyMap<string, Family> = new Map([
  ["yml", "yaml"],
  ["yaml", "yaml"],
  ["json", "json"],
  ["jsonc", "json"],
  ["json5", "json"],
  ["toml", "toml"],
  ["tfvars", "toml"],
  ["hcl", "toml"],
  ["ini", "ini"],
  ["cfg", "ini"],
  ["conf", "ini"],
  ["cnf", "ini"],
  ["properties", "ini"],
  ["env", "dotenv"],
  ["sh", "dotenv"],
  ["bash", "dotenv"],
  ["zsh", "dotenv"],
  ["xml", "xml"],
  ["config", "xml"],
  ["plist", "xml"],
  ["md", "prose"],
  ["mdx", "prose"],
  ["markdown", "prose"],
  ["rst", "prose"],
  ["adoc", "prose"],
  ["asciidoc", "prose"],
]);

const FAMILY_BY_BASENAME: ReadonlyMap<string, Family> = new Map([
  [".npmrc", "ini"],
  [".yarnrc", "ini"],
  [".pypirc", "ini"],
  [".gitconfig", "ini"],
  [".s3cfg", "ini"],
  [".boto", "ini"],
  ["credentials", "ini"],
  [".netrc", "netrc"],
  ["_netrc", "netrc"],
  [".envrc", "dotenv"],
  ["kubeconfig", "yaml"],
]);

/** Written by package managers: integrity hashes and resolved URLs, never anyone's secret. */
const LOCK_FILES: ReadonlySet<string> = new Set([
  "package-lock.json",
  "npm-shrinkwrap.json",
  "yarn.lock",
  "pnpm-lock.yaml",
  "bun.lock",
  "deno.lock",
  "gemfile.lock",
  "poetry.lock",
  "pipfile.lock",
  "pdm.lock",
  "uv.lock",
  "go.sum",
  "cargo.lock",
  "composer.lock",
  "packages.lock.json",
  "mix.lock",
  "pubspec.lock",
  "podfile.lock",
  "flake.lock",
  "gradle.lockfile",
]);
/** Generated or binary-as-text files: minified bundles, source maps, vector images, fonts. */
const GENERATED_SUFFIXES: readonly string[] = [
  ".min.js",
  ".min.mjs",
  ".min.cjs",
  ".min.css",
  ".map",
  ".svg",
  ".woff",
  ".woff2",
  ".ttf",
  ".otf",
  ".eot",
  ".lock",
];
/** Binary formats by extension: never opened (the reader would find them binary after reading them). */
const BINARY_EXTENSIONS: ReadonlySet<string> = new Set([
  "png", "jpg", "jpeg", "gif", "ico", "webp", "bmp", "tif", "tiff", "avif", "heic", "psd",
  "pdf", "zip", "gz", "tgz", "bz2", "xz", "zst", "7z", "rar", "jar", "war", "ear", "whl", "egg",
  "class", "so", "dylib", "dll", "exe", "o", "a", "wasm", "pyc", "node",
  "mp3", "mp4", "m4a", "mov", "avi", "mkv", "webm", "ogg", "wav", "flac",
]);
/** Name parts that mark a template committed on purpose (`.env.example`, `database.yml.sample`). */
const TEMPLATE_PARTS: ReadonlySet<string> = new Set(["example", "sample", "template", "dist", "defaults"]);

/** Longer lines are data (base64 blobs, data URIs, minified code), not configuration: not scanned. */
export const MAX_CONTENT_LINE_LENGTH = 4096;
/** A file's text beyond this is not scanned (the node side caps files at 1 MiB by default). */
const MAX_SCAN_CHARS = 16 * 1024 * 1024;
const MAX_FINDINGS_PER_FILE = 50;
const MAX_VALUE_LENGTH = 512;
const MAX_KEY_LENGTH = 128;

function basenameOf(path: string): string {
  const at = path.lastIndexOf("/");
  return (at < 0 ? path : path.slice(at + 1)).toLowerCase();
}

/**
 * Why a file is not scanned, by its name: lock files, generated files (minified bundles, source
 * maps, SVG, fonts), binary formats (images, archives, compiled code) and templates (`.example`, `.sample`, `.template`, `.dist`, `.defaults`);
 * null when it is scanned. Test fixtures are scanned: `contextFiles.allow` silences them.
 */
export function contentSkipReason(path: string): ContentSkipReason | null {
  const base = basenameOf(path);
  if (LOCK_FILES.has(base)) return "lock file";
  if (GENERATED_SUFFIXES.some((suffix) => base.endsWith(suffix))) return "generated file";
  const parts = base.split(".").slice(1);
  if (parts.length > 0 && BINARY_EXTENSIONS.has(parts[parts.length - 1]!)) return "binary file";
  if (parts.some((part) => TEMPLATE_PARTS.has(part))) return "template";
  return null;
}

function familyOf(path: string): Family {
  const base = basenameOf(path);
  const byName = FAMILY_BY_BASENAME.get(base);
  if (byName !== undefined) return byName;
  if (base === ".env" || base.startsWith(".env.")) return "dotenv";
  const lower = path.toLowerCase();
  if (lower.endsWith(".kube/config") || lower === ".kube/config") return "yaml";
  if (lower.endsWith(".aws/credentials") || lower.endsWith(".aws/config")) return "ini";
  const dot = base.lastIndexOf(".");
  return (dot > 0 ? FAMILY_BY_EXTENSION.get(base.slice(dot + 1)) : undefined) ?? "source";
}

/**
 * Which files to read first when the byte budget may run out: configuration (0) holds most
 * credentials, then source code (1), then documentation (2).
 */
export function contentPriority(path: string): number {
  const family = familyOf(path);
  return family === "prose" ? 2 : family === "source" ? 1 : 0;
}

// ---------------------------------------------------------------------------------------------
// Judging a value under a key.

/** Words that make a key describe a secret instead of holding one (`password_hash`, `token_regex`). */
const CONTENT_QUALIFIERS: ReadonlySet<string> = new Set([
  "hash",
  "hashed",
  "digest",
  "checksum",
  "sha",
  "md5",
  "regex",
  "regexp",
  "pattern",
  "validation",
  "validator",
  "rule",
  "rules",
  "strength",
  "hint",
  "label",
  "placeholder",
  "message",
  "msg",
  "text",
  "title",
  "description",
  "desc",
  "error",
  "help",
  "tooltip",
  "input",
  "selector",
  "class",
  "icon",
  "route",
  "link",
  "button",
  "reset",
  "forgot",
  "expiration",
  "interval",
  "duration",
  "limit",
  "manager",
  "managers",
]);

/** The key's last secret word → the kind of value it holds. */
const KIND_BY_WORD: ReadonlyMap<string, string> = new Map([
  ["password", "password"],
  ["passwords", "password"],
  ["passwd", "password"],
  ["pass", "password"],
  ["pwd", "password"],
  ["psw", "password"],
  ["passphrase", "password"],
  ["pgpassword", "password"],
  ["secret", "secret"],
  ["secrets", "secret"],
  ["token", "token"],
  ["tokens", "token"],
  ["apikey", "API key"],
  ["apikeys", "API key"],
  ["privatekey", "private key"],
  ["key", "key"],
  ["keys", "key"],
  ["credential", "credential"],
  ["credentials", "credential"],
  ["creds", "credential"],
  ["auth", "credential"],
]);

/** Template and secret-store references of config languages, beyond `$X` / `${X}` / `%X%`. */
const TEMPLATE_REFERENCE =
  /%\([A-Za-z_][\w.-]*\)[sdr]|<%|\{\{|\{%|#\{|%\{|@[A-Za-z_][A-Za-z0-9_]*@|\bENV\[|\bENV\.fetch|process\.env|os\.environ|getenv\(|^ENC[[(]|^\$ANSIBLE_VAULT|^(?:vault|ref\+[a-z]+|secret|sm|op):\/?\/?|^arn:aws:secretsmanager:/;
/** Placeholders of config templates that `isPlaceholder` does not know: `__PASSWORD__`, `[TOKEN]`, `@@X@@`. */
const TEMPLATE_PLACEHOLDER = /^(?:_{2,}[A-Za-z0-9_]+_{2,}|\[[^\]]*\]|@@[^@]*@@|\(\s*[^)]*\)|crwdns\d+:\d+crwdne\d+:\d+)$/;
/**
 * A password *hash* (seed data, test factories): crypt-style `$2y$10$…`, `$argon2id$…`, `$6$…`,
 * LDAP `{SSHA}…`, Django `pbkdf2_sha256$…`, or a bare hex digest under a password key.
 */
const PASSWORD_HASH = /^(?:\$(?:2[abxy]?|[156]|argon2(?:id|i|d)|scrypt|pbkdf2[\w-]*)\$|\{(?:S?SHA\d*|S?MD5|CRYPT|PBKDF2[\w-]*)\}|(?:pbkdf2_sha\d+|bcrypt(?:_sha256)?|argon2|sha1|md5)\$)/i;
/** Hex of digest length or more under a password key: a stored hash (OpenMRS drops leading zeros: 39 digits). */
const HEX_DIGEST = /^[0-9a-f]{32,}$/i;
/** Camel-case words, maybe numbered: an identifier or a test string (`newPasswordString123`), not random. */
const CAMEL_WORDS = /^[A-Za-z][a-z]+(?:[A-Z][a-z]+)+[0-9]{0,4}[!?.]*$/;
/** Laravel-style validation rules under a field name: `required|min:8|confirmed`. */
const VALIDATION_RULES = /^[a-z_]+(?::[^|\s]*)?(?:\|[a-z_]+(?::[^|\s]*)?)+$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const WHITESPACE = /\s/;
/** An environment variable or secret object name, not a value: `DB_PASSWORD`, `my-app-secret`. */
const IDENTIFIER_NAME = /^(?:[A-Z]+(?:_[A-Z0-9]+)*|[a-z]+(?:[-_.](?:[a-z]+|v?[0-9]{1,4}))+)$/;
const EMAIL = /^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$/;
/**
 * What a secret value is made of: printable ASCII without blanks, quotes or parentheses. Keeps
 * out translations (`"token": "令牌"`), expressions (`url('./icon.png')`) and sentences.
 */
const SECRET_CHARACTERS = /^[!#-&*-_a-~]+$/;
const DIGIT = /[0-9]/;
const LETTER = /[A-Za-z]/;
/** A digit or a symbol other than the word joiners `-`, `_`, `.` (`Fever-Passwort` is a translation). */
const DIGIT_OR_SYMBOL = /[^A-Za-z_.-]/;
const URL_LIKE = /:\/\//;
const PLAIN_PASSWORD_MIN = 6;
const PLAIN_PASSWORD_MAX = 128;

type Verdict =
  | { readonly type: "secret"; readonly kind: string }
  | { readonly type: "reference" }
  | { readonly type: "unconfirmed" }
  | null;

/** The kind of secret a key names, or null when it names none (`classifySecretName` plus content qualifiers). */
function keyKind(key: string, names: NameLists | undefined): string | null {
  if (key === "" || key.length > MAX_KEY_LENGTH || WHITESPACE.test(key)) return null;
  if (classifySecretName(key, names) !== "secret") return null;
  const words = splitNameWords(key);
  // A lone `key`/`keys` is a map key or an id in most files (`"key": "…"`), not a credential.
  if (words.length === 1 && (words[0] === "key" || words[0] === "keys")) return null;
  if (words.some((word) => CONTENT_QUALIFIERS.has(word))) return null;
  for (let i = words.length - 1; i >= 0; i--) {
    const kind = KIND_BY_WORD.get(words[i]!);
    if (kind === "key") return i === 0 ? "key" : words[i - 1] === "api" ? "API key" : `${words[i - 1]} key`;
    if (kind !== undefined) return kind;
  }
  return "secret";
}

/** A YAML tag other than a core type (`!vault |`, `!Ref DbPassword`, `!ENV ${X}`): resolved elsewhere. */
const YAML_TAG = /^!(?!!(?:str|binary)(?:\s|$))!?[A-Za-z][\w.:/-]*(?:\s|$)/;

/**
 * A value that stands for a secret kept elsewhere. Only whole references and interpolations count
 * (`${X}`, `$X`, `$(…)`, `<%= … %>`, `{{ … }}`): a `$` inside a literal (`Pa$w0rd`) is a character.
 */
/**
 * Placeholder and default words, joined and numbered, that examples and test setups use for
 * passwords: `changeme123`, `test123`, `testpassword1235!!`, `Admin123`, `my_secret_1`.
 */
const WEAK_DEFAULT =
  /^(?:(?:test|changeme|password|passwd|pass|pwd|secret|example|sample|dummy|demo|fake|admin|root|user|new|my|default|string|qwerty|letmein|welcome|postgres|mysql|mariadb)[-_.]?)+[0-9!@#$%^&*?.]*$/i;
/** Letters people swap for look-alike digits and symbols in default passwords (`P@ssw0rd`, `p455w0rd`). */
const LEET: Readonly<Record<string, string>> = { "4": "a", "@": "a", "3": "e", "1": "i", "0": "o", "5": "s", $: "s", "7": "t" };
const LEET_CHARACTERS = /[4@3105$7]/g;

/**
 * A stand-in rather than a value: core's placeholders, config-template slots, placeholder and
 * default words, numbered or spelt with look-alikes (`changeme123`, `P@ssw0rd`, `p0stgr3s`).
 */
function isContentPlaceholder(value: string): boolean {
  if (isPlaceholder(value) || TEMPLATE_PLACEHOLDER.test(value) || WEAK_DEFAULT.test(value)) return true;
  // Look-alikes first, keeping a trailing run of digits and symbols (`p455w0rd!1` → `password!1`).
  const tail = /[0-9!@#$%^&*?.]*$/.exec(value)![0];
  const head = value.slice(0, value.length - tail.length).replace(LEET_CHARACTERS, (c) => LEET[c]!);
  return head !== "" && WEAK_DEFAULT.test(head + tail);
}

function isReferenceLike(value: string): boolean {
  return isVariableReference(value) || value.includes("${") || value.includes("$(") || TEMPLATE_REFERENCE.test(value) || YAML_TAG.test(value);
}

/** A password stated plainly: letters and a digit or symbol, not a name, a number or an address. */
function isPlainPassword(value: string): boolean {
  if (value.length < PLAIN_PASSWORD_MIN || value.length > PLAIN_PASSWORD_MAX) return false;
  if (!LETTER.test(value) || !DIGIT_OR_SYMBOL.test(value)) return false;
  return !IDENTIFIER_NAME.test(value) && !EMAIL.test(value);
}

function judge(kind: string, value: string, rules: FamilyRules): Verdict {
  if (value === "" || value.length > MAX_VALUE_LENGTH) return null;
  if (isReferenceLike(value)) return { type: "reference" };
  // A path points at the secret (`password: /run/secrets/db`); neither a value nor a reference.
  if (isContentPlaceholder(value) || isReferenceValue(value) || VALIDATION_RULES.test(value)) return null;
  if (kind === "password" && (PASSWORD_HASH.test(value) || HEX_DIGEST.test(value))) return null;
  // In code a UUID is an identifier (an enum value, a test id), not a credential.
  if (!rules.plainPasswords && UUID.test(value)) return null;
  // Sentences (labels, help texts), URLs (their credentials are found as such), switches.
  if (WHITESPACE.test(value) || URL_LIKE.test(value) || isFlagValue(value)) return null;
  if (!SECRET_CHARACTERS.test(value)) return { type: "unconfirmed" };
  // Random strings of 16+ characters hold a digit (all but ~3% of base62 ones); identifiers and
  // camel-case words (`"?NonExpressionParenEnd"` under `lastSignificantToken`) do not.
  if (isHighEntropy(value) && DIGIT.test(value) && LETTER.test(value) && !IDENTIFIER_NAME.test(value) && !CAMEL_WORDS.test(value)) {
    return { type: "secret", kind: `high-entropy ${kind}` };
  }
  if (rules.plainPasswords && (kind === "password" || kind === "secret") && isPlainPassword(value)) {
    return { type: "secret", kind: `literal ${kind}` };
  }
  return { type: "unconfirmed" };
}

// ---------------------------------------------------------------------------------------------
// Reading `key <sep> value` pairs from one line.

/** A key and its value on one line: offsets are within the line; the value without its quotes. */
interface Pair {
  readonly key: string;
  readonly valueStart: number;
  readonly valueEnd: number;
}

const enum TokenType {
  Word,
  String,
  Operator,
  Other,
}

interface Token {
  readonly type: TokenType;
  readonly start: number;
  readonly end: number;
}

function isWordStart(code: number): boolean {
  return (
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x30 && code <= 0x39) ||
    code === 0x5f || // _
    code === 0x24 || // $
    code === 0x40 || // @
    code > 0x7f
  );
}

function isWordPart(code: number): boolean {
  return isWordStart(code) || code === 0x2e || code === 0x2d; // . -
}

const OPERATOR_CHARS = new Set(["=", ":", "<", ">", "!", "?", "|", "&", "+", "*", "/", "%", "^", "~", "-"]);

/** Index just past the string literal opening at `start`, or -1 when it does not close on the line. */
function stringEnd(line: string, start: number): number {
  const quote = line[start];
  for (let i = start + 1; i < line.length; i++) {
    const c = line[i];
    if (c === "\\") i++;
    else if (c === quote) return i + 1;
  }
  return -1;
}

/** Words, string literals and operators of a line: enough to see `key <op> "value"`. */
function tokenize(line: string, backticks: boolean): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < line.length) {
    const c = line[i]!;
    const code = line.charCodeAt(i);
    if (c === " " || c === "\t") {
      i++;
    } else if (c === '"' || c === "'" || (backticks && c === "`")) {
      const end = stringEnd(line, i);
      if (end < 0) break;
      tokens.push({ type: TokenType.String, start: i, end });
      i = end;
    } else if (isWordStart(code)) {
      let end = i + 1;
      while (end < line.length && isWordPart(line.charCodeAt(end))) end++;
      tokens.push({ type: TokenType.Word, start: i, end });
      i = end;
    } else if (OPERATOR_CHARS.has(c)) {
      let end = i + 1;
      while (end < line.length && OPERATOR_CHARS.has(line[end]!)) end++;
      tokens.push({ type: TokenType.Operator, start: i, end });
      i = end;
    } else {
      tokens.push({ type: TokenType.Other, start: i, end: i + 1 });
      i++;
    }
  }
  return tokens;
}

/** A key as written, without quotes and sigils (`$password`, `:password`, `'password'`). */
function keyText(line: string, token: Token): string {
  const raw = token.type === TokenType.String ? line.slice(token.start + 1, token.end - 1) : line.slice(token.start, token.end);
  return raw.replace(/^[$@:]+/, "");
}

/** `key <op> "value"` anywhere on the line: quoted values, several per line (`{"user": "a", "password": "b"}`). */
function quotedPairs(line: string, rules: FamilyRules, out: Pair[]): void {
  const tokens = tokenize(line, rules.backticks);
  for (let i = 0; i + 2 < tokens.length; i++) {
    const key = tokens[i]!;
    if (key.type !== TokenType.Word && key.type !== TokenType.String) continue;
    // A backtick-quoted name is code in prose (Markdown, comments), not a key.
    if (key.type === TokenType.String && line[key.start] === "`") continue;
    let op = i + 1;
    // `$config['password'] = '…'`: a subscript's closing bracket between the key and the operator.
    if (key.type === TokenType.String && tokens[op]!.type === TokenType.Other && line[tokens[op]!.start] === "]") op++;
    const operator = tokens[op];
    const value = tokens[op + 1];
    if (operator?.type !== TokenType.Operator || value?.type !== TokenType.String) continue;
    if (!rules.separators.has(line.slice(operator.start, operator.end))) continue;
    out.push({ key: keyText(line, key), valueStart: value.start + 1, valueEnd: value.end - 1 });
  }
}

/** Offset where a trailing comment starts in an unquoted value (` # …`, ` ; …`), or the value's end. */
function commentStart(line: string, from: number): number {
  for (let i = from; i < line.length; i++) {
    const c = line[i];
    if ((c === "#" || c === ";") && (i === from || line[i - 1] === " " || line[i - 1] === "\t")) return i;
  }
  return line.length;
}

/**
 * `key <sep> value` at the start of a config line with an unquoted value: YAML `password: x`
 * (also in a list, `- password: x`), INI and `.properties` `password = x`, `.env` `export X=y`,
 * `.npmrc` `//registry/:_authToken=x` (the key is the part after the last `:` or `/`).
 */
function barePair(line: string, separators: string, out: Pair[]): void {
  let i = 0;
  while (line[i] === " " || line[i] === "\t") i++;
  if (separators === ":" && line[i] === "-" && (line[i + 1] === " " || line[i + 1] === "\t")) {
    i += 2;
    while (line[i] === " " || line[i] === "\t") i++;
  }
  if (line.startsWith("export ", i)) i += "export ".length;
  if (line[i] === "#" || line[i] === ";" || line[i] === "[") return;
  if (line[i] === '"' || line[i] === "'") {
    // A quoted key (`"password": hunter2` in YAML): read it, then the separator must follow.
    const end = stringEnd(line, i);
    if (end < 0) return;
    let sep = end;
    while (line[sep] === " " || line[sep] === "\t") sep++;
    if (sep >= line.length || !separators.includes(line[sep]!)) return;
    barePairValue(line, line.slice(i + 1, end - 1), sep, separators, out);
    return;
  }
  // The first separator ends the key; with both `=` and `:` allowed, a `=` wins (`//host/:_auth=…`).
  let sep = -1;
  const equals = separators.includes("=") ? line.indexOf("=", i) : -1;
  if (equals >= 0) sep = equals;
  else if (separators.includes(":")) sep = line.indexOf(":", i);
  if (sep <= i || sep - i > MAX_KEY_LENGTH) return;
  if (line[sep] === "=" && (line[sep + 1] === "=" || line[sep - 1] === "!")) return;
  let key = line.slice(i, sep).trim();
  const last = Math.max(key.lastIndexOf(":"), key.lastIndexOf("/"));
  if (last >= 0) key = key.slice(last + 1).trim();
  barePairValue(line, key, sep, separators, out);
}

/** The unquoted value after the separator at `sep` (see barePair). */
function barePairValue(line: string, key: string, sep: number, separators: string, out: Pair[]): void {
  if (line[sep] === ":" && separators === ":" && sep + 1 < line.length && line[sep + 1] !== " " && line[sep + 1] !== "\t") return;
  let start = sep + 1;
  while (line[start] === " " || line[start] === "\t") start++;
  const first = line[start];
  // Quoted values are read by quotedPairs; flow collections and block scalars are not scalars here.
  if (first === undefined || first === '"' || first === "'" || first === "{" || first === "[" || first === "|" || first === ">") return;
  if (first === "&") {
    // A YAML anchor (`&name value`): the value follows it.
    while (start < line.length && line[start] !== " ") start++;
    while (line[start] === " ") start++;
  }
  let end = commentStart(line, start);
  while (end > start && (line[end - 1] === " " || line[end - 1] === "\t")) end--;
  if (end > start) out.push({ key, valueStart: start, valueEnd: end });
}

/** `<Password>value</Password>` on one line. */
function xmlElements(line: string, out: Pair[]): void {
  for (let open = line.indexOf("<"); open >= 0; open = line.indexOf("<", open + 1)) {
    let nameEnd = open + 1;
    while (nameEnd < line.length && isWordPart(line.charCodeAt(nameEnd))) nameEnd++;
    if (nameEnd === open + 1 || line[nameEnd] !== ">") continue;
    const name = line.slice(open + 1, nameEnd);
    const valueStart = nameEnd + 1;
    const close = line.indexOf("<", valueStart);
    if (close < 0) return;
    if (line.startsWith(`</${name}>`, close)) {
      let start = valueStart;
      let end = close;
      while (start < end && line[start] === " ") start++;
      while (end > start && line[end - 1] === " ") end--;
      out.push({ key: name, valueStart: start, valueEnd: end });
    }
    open = close - 1;
  }
}

/** `.netrc`: `machine host login user password value` (whitespace-separated). */
function netrcPairs(line: string, out: Pair[]): void {
  const words: Token[] = [];
  const word = /\S+/g;
  for (let match = word.exec(line); match !== null; match = word.exec(line)) {
    words.push({ type: TokenType.Word, start: match.index, end: match.index + match[0].length });
  }
  for (let i = 0; i + 1 < words.length; i++) {
    const name = line.slice(words[i]!.start, words[i]!.end);
    if (name === "password" || name === "passwd") out.push({ key: name, valueStart: words[i + 1]!.start, valueEnd: words[i + 1]!.end });
  }
}

/** ADO.NET / JDBC-style connection strings: `Server=db;User Id=sa;Password=…;`. */
const CONNECTION_STRING_HINT = /(?:server|data source|host|user id|uid|database|initial catalog)\s*=/i;
const CONNECTION_STRING_PASSWORD = /(?<![A-Za-z0-9_])(password|pwd)\s*=\s*([^;"'\s<>]{1,256})/gi;

function connectionStringPairs(line: string, out: Pair[]): void {
  if (!line.includes(";") || !CONNECTION_STRING_HINT.test(line)) return;
  CONNECTION_STRING_PASSWORD.lastIndex = 0;
  for (let match = CONNECTION_STRING_PASSWORD.exec(line); match !== null; match = CONNECTION_STRING_PASSWORD.exec(line)) {
    const end = match.index + match[0].length;
    out.push({ key: match[1]!, valueStart: end - match[2]!.length, valueEnd: end });
  }
  CONNECTION_STRING_PASSWORD.lastIndex = 0;
}

/** Lines that may hold a secret-named key: everything else is left to the value scan. */
const KEY_HINT_GLOBAL = /pass|pwd|psw|secret|token|key|auth|cred/gi;
/** Kinds of `scanTextForSecrets` that are `.npmrc`/`.yarnrc.yml` syntax, meaningless in source code. */
const CONFIG_SYNTAX_KINDS: ReadonlySet<string> = new Set([".npmrc auth token", "Yarn auth token"]);

// ---------------------------------------------------------------------------------------------
// The scan.

interface Located {
  readonly start: number;
  readonly end: number;
  readonly kind: string;
  /** Of two findings on one value the lower wins: a token format, then a key's kind, then generic syntax. */
  readonly priority: number;
  key?: string;
  /** A secret-named pair below the bar: not reported, but it names the key of a token found in its value. */
  readonly silent?: boolean;
}

/** Value-scan kinds that say less than the key they are assigned to (`export DB_PASSWORD=…`). */
const GENERIC_KINDS: ReadonlySet<string> = new Set(["exported secret", "password option"]);
/**
 * Value-scan kinds found by their syntax (`scheme://user:pass@`, `-p pass`, `Authorization:
 * Bearer …`) rather than by a token format: in files, their value must look like a secret too.
 */
const SYNTAX_KINDS: ReadonlySet<string> = new Set([
  "URL credentials",
  ".npmrc auth token",
  "Yarn auth token",
  "Authorization header",
  "PRIVATE-TOKEN header",
  "chpasswd",
  "PGPASSWORD",
  "MYSQL_PWD",
  "password option",
  "curl credentials",
  "exported secret",
]);

/**
 * A value found by credential syntax that is a secret in a file too: random enough, or a password
 * stated plainly. Plain words (`postgres://postgres:postgres@db`, `-p test`) are the defaults of
 * development setups and documentation, and a `:` in a URL password is a CVS `:pserver:` path.
 */
/** A password part of a URL as RFC 3986 allows it (no `:`, no brackets): `[user[:password]@]` is a grammar. */
const URL_PASSWORD = /^[A-Za-z0-9._~!$&'()*+,;=%-]+$/;

function isSyntaxSecret(kind: string, value: string): boolean {
  if (kind === "URL credentials" && !URL_PASSWORD.test(value)) return false;
  if (isReferenceLike(value) || isContentPlaceholder(value)) return false;
  return SECRET_CHARACTERS.test(value) && (isHighEntropy(value) || isPlainPassword(value));
}

/** What documentation keeps: token formats, private keys and credentials in URLs. */
const PROSE_KINDS: ReadonlySet<string> = new Set(["URL credentials"]);

/** Hosts of documentation examples (RFC 2606 names). */
const EXAMPLE_HOST = /^(?:[A-Za-z0-9-]+\.)*example(?:\.(?:com|org|net))?(?![A-Za-z0-9.-])/i;
/** A local development server: in documentation, its credentials are an example setup. */
const LOCAL_HOST = /^(?:localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\])(?![A-Za-z0-9.-])/i;
const MIN_URL_PASSWORD = 3;

/**
 * URL credentials in documentation: a password on an RFC 2606 example host
 * (`http://abc:xyz@example.com`), too short to be one (`https://a:b@host`), or — in prose — on
 * localhost (`postgresql://app:p%40ss@localhost:5432/app` in a setup guide).
 */
function isDocumentationUrl(text: string, start: number, end: number, prose: boolean): boolean {
  if (end - start < MIN_URL_PASSWORD) return true;
  const host = text.slice(end + 1, end + 1 + 256);
  return EXAMPLE_HOST.test(host) || (prose && LOCAL_HOST.test(host));
}

/** Program source: shell command lines in it are strings or comments, not commands that run. */
const CODE_EXTENSIONS: ReadonlySet<string> = new Set([
  "js", "mjs", "cjs", "jsx", "ts", "mts", "cts", "tsx", "vue", "svelte", "py", "rb", "go", "java", "kt", "kts", "scala",
  "groovy", "php", "cs", "fs", "vb", "c", "h", "cc", "cpp", "hpp", "m", "mm", "rs", "swift", "dart", "lua", "pl", "pm",
  "ex", "exs", "erl", "clj", "hs", "ml", "r", "jl", "css", "scss", "sass", "less", "html", "htm", "erb", "twig", "po",
]);

function runsCommands(path: string, family: Family): boolean {
  if (family !== "source") return family !== "prose";
  const base = basenameOf(path);
  const dot = base.lastIndexOf(".");
  return dot <= 0 || !CODE_EXTENSIONS.has(base.slice(dot + 1));
}

/** One pass of KEY_HINT over the text: the lines that may hold a secret-named key are marked. */
function hintedLines(text: string, starts: readonly number[], everyLine: boolean): Uint8Array {
  const marks = new Uint8Array(starts.length);
  if (everyLine) return marks.fill(1);
  let line = 0;
  KEY_HINT_GLOBAL.lastIndex = 0;
  for (let match = KEY_HINT_GLOBAL.exec(text); match !== null; match = KEY_HINT_GLOBAL.exec(text)) {
    while (line + 1 < starts.length && starts[line + 1]! <= match.index) line++;
    marks[line] = 1;
    // The rest of this line is marked already.
    KEY_HINT_GLOBAL.lastIndex = line + 1 < starts.length ? starts[line + 1]! : text.length;
  }
  KEY_HINT_GLOBAL.lastIndex = 0;
  return marks;
}

function scan(path: string, fullText: string, names: NameLists | undefined): ContentScan {
  const family = familyOf(path);
  const rules = FAMILY_RULES[family];
  const commands = runsCommands(path, family);
  const text = fullText.length > MAX_SCAN_CHARS ? fullText.slice(0, MAX_SCAN_CHARS) : fullText;
  // Line starts as everywhere in core: `\n`, `\r\n` and a lone `\r` end a line.
  const lines = new LineIndex(text);
  const starts = lines.lineStarts;
  const located: Located[] = [];
  let references = 0;
  let unconfirmed = 0;

  // Token formats, URL credentials, private keys, credential syntax: over each run of lines
  // short enough to be text (a long line ends a run: PEM blocks and configs have short lines).
  let runStart = 0;
  const flush = (runEnd: number) => {
    if (runEnd <= runStart) return;
    for (const match of scanTextForSecrets(text.slice(runStart, runEnd), { commands })) {
      if (!rules.configSyntax && CONFIG_SYNTAX_KINDS.has(match.kind)) continue;
      if (rules.formatsOnly && SYNTAX_KINDS.has(match.kind) && !PROSE_KINDS.has(match.kind)) continue;
      const start = runStart + match.start;
      const end = runStart + match.end;
      if (SYNTAX_KINDS.has(match.kind) && !isSyntaxSecret(match.kind, text.slice(start, end))) continue;
      if (match.kind === "URL credentials" && isDocumentationUrl(text, start, end, rules.formatsOnly)) continue;
      const priority = GENERIC_KINDS.has(match.kind) ? 2 : 0;
      located.push({ start, end, kind: match.kind, priority });
    }
  };

  // Names the user declared secret need not contain a secret word: then every line is read.
  const everyLine = (names?.deny?.length ?? 0) > 0;
  // `name: DB_PASSWORD` then `value: …` (Kubernetes env lists, ECS task definitions).
  let pendingName: { readonly name: string; readonly line: number } | null = null;
  const pairs: Pair[] = [];
  const hinted = rules.pairs ? hintedLines(text, starts, everyLine) : null;
  for (let index = 0; index < starts.length; index++) {
    const lineStart = starts[index]!;
    let lineEnd = index + 1 < starts.length ? starts[index + 1]! - 1 : text.length;
    if (lineEnd > lineStart && text[lineEnd - 1] === "\r") lineEnd--;
    if (lineEnd - lineStart > MAX_CONTENT_LINE_LENGTH) {
      flush(lineStart);
      runStart = index + 1 < starts.length ? starts[index + 1]! : text.length;
      continue;
    }
    if (hinted === null || (hinted[index] === 0 && pendingName === null)) continue;
    const line = text.slice(lineStart, lineEnd);
    pairs.length = 0;
    if (family === "netrc") netrcPairs(line, pairs);
    else {
      quotedPairs(line, rules, pairs);
      if (rules.bareSeparators !== null) barePair(line, rules.bareSeparators, pairs);
      if (family === "xml") xmlElements(line, pairs);
    }
    connectionStringPairs(line, pairs);
    const seen = new Set<number>();
    for (const pair of pairs) {
      if (seen.has(pair.valueStart)) continue;
      seen.add(pair.valueStart);
      let key = pair.key;
      const value = line.slice(pair.valueStart, pair.valueEnd);
      if (key.toLowerCase() === "name") {
        // `name: DB_PASSWORD` names the `value:` that follows; any other name ends that.
        pendingName = classifySecretName(value, names) === "secret" ? { name: value, line: index } : null;
        continue;
      }
      if (key.toLowerCase() === "value" && pendingName !== null && index - pendingName.line <= 2) key = pendingName.name;
      const kind = keyKind(key, names);
      if (kind === null) continue;
      const verdict = judge(kind, value, rules);
      if (verdict === null) continue;
      if (verdict.type === "reference") references++;
      else if (verdict.type === "unconfirmed") {
        unconfirmed++;
        located.push({ start: lineStart + pair.valueStart, end: lineStart + pair.valueEnd, kind: "", priority: 3, key, silent: true });
      } else located.push({ start: lineStart + pair.valueStart, end: lineStart + pair.valueEnd, kind: verdict.kind, priority: 1, key });
    }
    if (pendingName !== null && index - pendingName.line > 2) pendingName = null;
  }
  flush(text.length);

  // One finding per value: a token format names it best; the key of an overlapping pair is kept.
  located.sort((a, b) => a.start - b.start || b.end - a.end || a.priority - b.priority);
  const kept: Located[] = [];
  for (const item of located) {
    const previous = kept[kept.length - 1];
    if (previous !== undefined && item.start < previous.end) {
      if (previous.silent === true && item.silent !== true) kept[kept.length - 1] = { ...item, key: item.key ?? previous.key };
      else if (previous.key === undefined && item.key !== undefined) previous.key = item.key;
      continue;
    }
    kept.push({ ...item });
  }
  const reported = kept.filter((item) => item.silent !== true);
  const findings: ContentFinding[] = reported.slice(0, MAX_FINDINGS_PER_FILE).map((item) => {
    const line = lines.lineOf(item.start);
    const endLine = lines.lineOf(Math.max(item.start, item.end - 1));
    return {
      line: line + 1,
      column: item.start - starts[line]! + 1,
      endLine: endLine + 1,
      endColumn: item.end - starts[endLine]! + 1,
      kind: item.kind,
      ...(item.key === undefined ? {} : { key: item.key }),
    };
  });
  const truncated = reported.length > MAX_FINDINGS_PER_FILE || fullText.length > MAX_SCAN_CHARS;
  return { findings, references, unconfirmed, ...(truncated ? { truncated } : {}) };
}

const SKIPPED: Readonly<Record<ContentSkipReason, ContentScan>> = {
  "lock file": { findings: [], references: 0, unconfirmed: 0, skipped: "lock file" },
  "generated file": { findings: [], references: 0, unconfirmed: 0, skipped: "generated file" },
  "binary file": { findings: [], references: 0, unconfirmed: 0, skipped: "binary file" },
  template: { findings: [], references: 0, unconfirmed: 0, skipped: "template" },
};

/** Keys hold texts up to this length; longer texts are memoised only by the caller's hash. */
const MAX_TEXT_KEY = 64 * 1024;
/** Larger than the files one lint reads (`collectFiles` lists at most 50,000): an editor's re-lint hits every one. */
const MAX_MEMO_ENTRIES = 65_536;
const MAX_MEMO_KEY_CHARS = 32 * 1024 * 1024;
const memo = new Map<string, ContentScan>();
let memoKeyChars = 0;

/**
 * Scans one context file (its context-relative path decides the format family and whether it is
 * skipped). Pure and deterministic; memoised by the caller's `hash` (or by the text when short),
 * so an editor that re-lints on every keystroke scans an unchanged file once.
 */
export function scanContextFile(path: string, text: string, options: ScanContextFileOptions = {}): ContentScan {
  const skipped = contentSkipReason(path);
  if (skipped !== null) return SKIPPED[skipped];
  const names = options.names;
  const lists = names === undefined ? "" : JSON.stringify([names.allow ?? [], names.deny ?? []]);
  const content = options.memo === false ? null : options.hash !== undefined ? `#${options.hash}` : text.length <= MAX_TEXT_KEY ? `=${text}` : null;
  if (content === null) return scan(path, text, names);
  const key = `${familyOf(path)}\0${lists}\0${content}`;
  const hit = memo.get(key);
  if (hit !== undefined) return hit;
  const result = scan(path, text, names);
  if (memo.size >= MAX_MEMO_ENTRIES || memoKeyChars + key.length > MAX_MEMO_KEY_CHARS) {
    memo.clear();
    memoKeyChars = 0;
  }
  memo.set(key, result);
  memoKeyChars += key.length;
  return result;
}
