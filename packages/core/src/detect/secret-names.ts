/**
 * Which ARG/ENV names (and variables referenced in RUN) hold secrets (docs/spec.md §3.1). Names are split
 * into lower-cased words; a name is decided by its words, never by substrings, so `AUTHOR`,
 * `PASSENGER_VERSION` and `TOKENIZERS_PARALLELISM` stay quiet.
 */

/** User configuration `secretNames`: exact names, compared case-insensitively. */
export interface NameLists {
  /** Names that are never secret; wins over everything. */
  readonly allow?: readonly string[];
  /** Names that are always secret. */
  readonly deny?: readonly string[];
}

export type SecretNameKind = "secret" | "connection-string";

const NAME_CHUNK_SEPARATOR = /[^A-Za-z0-9]+/;
/** Upper-case run (an acronym: `API` in `APIKey`), capitalised or lower-case word, digit run. */
const NAME_WORD = /[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+/g;

const SECRET_WORDS: ReadonlySet<string> = new Set([
  "secret",
  "token",
  "password",
  "passwd",
  "passphrase",
  "pwd",
  "psw",
  "pass",
  "apikey",
  "credential",
  "credentials",
  "creds",
  "auth",
  "privatekey",
  // Beyond the list in docs/spec.md §3.1: plurals of the listed words, and libpq's one-word `PGPASSWORD`.
  "secrets",
  "tokens",
  "passwords",
  "apikeys",
  "privatekeys",
  "pgpassword",
]);

/** `key` (or `keys`) is a secret word only as the whole name or directly after one of these. */
const KEY_PRECEDERS: ReadonlySet<string> = new Set([
  "private",
  "secret",
  "access",
  "api",
  "signing",
  "encryption",
  "master",
  "ssh",
  "deploy",
  "client",
  "license",
  "account",
  "service",
]);

/** A word after the last secret word that makes the name describe the secret rather than hold it. */
const QUALIFIERS: ReadonlySet<string> = new Set([
  "file",
  "path",
  "dir",
  "directory",
  "url",
  "uri",
  "endpoint",
  "host",
  "hostname",
  "port",
  "name",
  "id",
  "alias",
  "version",
  "length",
  "len",
  "size",
  "min",
  "max",
  "count",
  "type",
  "kind",
  "mode",
  "format",
  "algorithm",
  "header",
  "field",
  "param",
  "prompt",
  "policy",
  "enabled",
  "disabled",
  "required",
  "expiry",
  "expires",
  "ttl",
  "timeout",
  "lifetime",
  "sock",
  "socket",
  "server",
  "location",
  "config",
  // Beyond docs/spec.md §3.1: settings that describe how authentication works, not a credential
  // (`POSTGRES_HOST_AUTH_METHOD=trust`, `AUTH_PROVIDER`, `CARGO_…_CREDENTIAL_PROVIDER`).
  "method",
  "methods",
  "provider",
  "providers",
  "strategy",
  "scheme",
  "plugin",
  "realm",
  // Beyond docs/spec.md §3.1, with `ttl`, `timeout` and `lifetime`: durations, which say how long a
  // secret lives, not what it is (`PRIVATE_KEY_ROTATION_GRACE_PERIOD`, `TOKEN_REFRESH_INTERVAL`).
  "period",
  "interval",
  "duration",
  "delay",
  "seconds",
  "minutes",
  "hours",
  "days",
]);

/** Words that make a whole name non-secret (public keys, release-signing keyrings and key servers). */
const NEVER_SECRET_WORDS: ReadonlySet<string> = new Set(["public", "pub", "keyring", "keyrings", "keyserver", "keyservers"]);
const SIGNATURE_WORDS: ReadonlySet<string> = new Set(["gpg", "pgp"]);

/** Words naming a database or broker whose `_URL`/`_URI` is a connection string. */
const CONNECTION_SCHEME_WORDS: ReadonlySet<string> = new Set([
  "database",
  "db",
  "mongo",
  "mongodb",
  "redis",
  "amqp",
  "rabbitmq",
  "postgres",
  "postgresql",
  "pg",
  "mysql",
  "mariadb",
]);
const ONE_WORD_CONNECTION_NAMES: ReadonlySet<string> = new Set(["dsn", "connstr", "connectionstring", "databaseurl", "dburl"]);

/** Names that contain a secret word but are well-known non-secrets (`PWD` is the working directory). */
const WELL_KNOWN_NON_SECRETS: ReadonlySet<string> = new Set(["pwd"]);

/**
 * Splits a variable name into lower-cased words at `_`, `-`, `.` (any non-alphanumeric character),
 * camelCase and letter/digit boundaries: `APIKey2` → `api key 2`, `KEYSIZE` → `keysize`.
 */
export function splitNameWords(name: string): string[] {
  const words: string[] = [];
  for (const chunk of name.split(NAME_CHUNK_SEPARATOR)) {
    if (chunk === "") continue;
    for (const match of chunk.matchAll(NAME_WORD)) words.push(match[0].toLowerCase());
  }
  return words;
}

function listHas(list: readonly string[] | undefined, lowerName: string): boolean {
  return list !== undefined && list.some((entry) => entry.toLowerCase() === lowerName);
}

function isConnectionStringName(words: readonly string[]): boolean {
  const last = words[words.length - 1]!;
  if (ONE_WORD_CONNECTION_NAMES.has(last)) return true;
  const before = words[words.length - 2];
  if (before === undefined) return false;
  if (last === "url" || last === "uri") return CONNECTION_SCHEME_WORDS.has(before);
  if (last === "string") return before === "connection" || before === "conn";
  if (last === "str") return before === "conn" || before === "connection";
  return false;
}

function isSecretWordAt(words: readonly string[], index: number): boolean {
  const word = words[index]!;
  if (SECRET_WORDS.has(word)) return true;
  if (word === "key" && words.length === 1) return true;
  if (word !== "key" && word !== "keys") return false;
  const before = words[index - 1];
  return before !== undefined && KEY_PRECEDERS.has(before);
}

function isNeverSecret(words: readonly string[]): boolean {
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (NEVER_SECRET_WORDS.has(word)) return true;
    const next = words[i + 1];
    if (SIGNATURE_WORDS.has(word) && (next === "key" || next === "keys")) return true;
  }
  return false;
}

/**
 * Classifies a name: `"connection-string"` for database/broker connection strings (checked first:
 * secret only when supplied at build time or holding credentials), `"secret"` for secret names,
 * `null` otherwise. `lists.allow` wins over everything, `lists.deny` makes a name secret.
 */
export function classifySecretName(name: string, lists?: NameLists): SecretNameKind | null {
  const lowerName = name.toLowerCase();
  if (listHas(lists?.allow, lowerName)) return null;
  if (listHas(lists?.deny, lowerName)) return "secret";
  const cached = builtInKinds.get(name);
  if (cached !== undefined) return cached;
  const kind = classifyWords(splitNameWords(name));
  // The same names recur in every file and on every keystroke (PATH, NODE_VERSION, NPM_TOKEN).
  if (builtInKinds.size >= 4096) builtInKinds.clear();
  builtInKinds.set(name, kind);
  return kind;
}

/** Built-in classification of names (user lists are applied before it), by name. */
const builtInKinds = new Map<string, SecretNameKind | null>();

function classifyWords(words: readonly string[]): SecretNameKind | null {
  if (words.length === 0) return null;
  if (isConnectionStringName(words)) return "connection-string";
  if (words.length === 1 && WELL_KNOWN_NON_SECRETS.has(words[0]!)) return null;
  if (isNeverSecret(words)) return null;
  let last = -1;
  for (let i = 0; i < words.length; i++) if (isSecretWordAt(words, i)) last = i;
  if (last < 0) return null;
  // `…ACCESS_KEY_ID` is half of an AWS credential pair, not a description of a secret.
  const awsKeyId = words[last] === "key" && words[last - 1] === "access" && words[last + 1] === "id";
  for (let i = last + 1; i < words.length; i++) {
    if (awsKeyId && i === last + 1) continue;
    if (QUALIFIERS.has(words[i]!)) return null;
  }
  return "secret";
}

/** True when `classifySecretName(name, lists)` is `"secret"`. */
export function isSecretName(name: string, lists?: NameLists): boolean {
  return classifySecretName(name, lists) === "secret";
}
