/**
 * Values of a build configuration: what a value refers to (GitHub expressions, compose and bake
 * interpolation), and when a literal is a secret. Every scan is a single bounded pass.
 */
import { classifySecretName, type NameLists } from "../detect/secret-names.js";
import { findSecretsInText, isFlagValue, isHighEntropy, isPlaceholder, isReferenceValue } from "../detect/secret-values.js";
import type { Span } from "../types.js";
import type { ConfigValue, ValueKind, ValueReference } from "./types.js";

/** Longest `${{ … }}` expression read; a longer one is not an expression GitHub accepts either. */
const MAX_EXPRESSION = 4096;
/** Nesting of `${A:-${B:-…}}` followed. */
const MAX_INTERPOLATION_DEPTH = 8;

/** A `${{ … }}` expression: its offsets in the text (the whole `${{ … }}`) and what it refers to. */
export interface GithubExpression {
  readonly start: number;
  readonly end: number;
  readonly references: readonly ValueReference[];
}

const CONTEXT_PROPERTY = /(?<![\w.-])(secrets|vars|env|inputs|matrix|github)\s*(?:\.\s*([A-Za-z_][\w-]*)|\[\s*'([^'\]]{1,200})'\s*\])/g;
const OUTPUT_PROPERTY = /(?<![\w.-])(?:steps|needs|jobs)\s*\.\s*[\w-]+\s*\.\s*outputs\s*\.\s*([A-Za-z_][\w-]*)/g;

/** What one expression's text refers to. `github.token` is the workflow's `GITHUB_TOKEN` secret. */
function expressionReferences(body: string): ValueReference[] {
  const references: ValueReference[] = [];
  CONTEXT_PROPERTY.lastIndex = 0;
  for (let m = CONTEXT_PROPERTY.exec(body); m !== null; m = CONTEXT_PROPERTY.exec(body)) {
    const context = m[1]!;
    const name = m[2] ?? m[3]!;
    if (context === "secrets") references.push({ kind: "secret", name });
    else if (context === "github") {
      if (name === "token") references.push({ kind: "secret", name: "GITHUB_TOKEN" });
    } else if (context === "vars") references.push({ kind: "variable", name });
    else if (context === "env") references.push({ kind: "environment", name });
    else if (context === "inputs") references.push({ kind: "expression", name });
  }
  OUTPUT_PROPERTY.lastIndex = 0;
  for (let m = OUTPUT_PROPERTY.exec(body); m !== null; m = OUTPUT_PROPERTY.exec(body)) {
    references.push({ kind: "expression", name: m[1]! });
  }
  return references;
}

/** Every `${{ … }}` expression of a text, in order. */
export function githubExpressions(text: string): GithubExpression[] {
  const expressions: GithubExpression[] = [];
  for (let at = text.indexOf("${{"); at >= 0; at = text.indexOf("${{", at)) {
    const close = text.indexOf("}}", at + 3);
    // No `}}` after this one: none after any later `${{` either (the scan stays linear).
    if (close < 0) break;
    if (close - at > MAX_EXPRESSION) {
      // Too long to be one expression; a later `${{` can only close at `close` if it starts near it.
      at = Math.max(at + 3, close - MAX_EXPRESSION);
      continue;
    }
    expressions.push({ start: at, end: close + 2, references: expressionReferences(text.slice(at + 3, close)) });
    at = close + 2;
  }
  return expressions;
}

const NAME_START = /[A-Za-z_]/;
const NAME_CHAR = /[A-Za-z0-9_]/;

/**
 * Compose (and bake) interpolation: `$VAR`, `${VAR}`, `${VAR:-default}`, `${VAR-default}`,
 * `${VAR:?error}`, `${VAR:+alternative}`; `$$` is a literal `$`. Collects the variables and the
 * literal defaults (a default that holds no further reference).
 */
export function interpolations(text: string, references: ValueReference[] = [], defaults: string[] = [], depth = 0): { references: ValueReference[]; defaults: string[] } {
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== "$") continue;
    const next = text[i + 1];
    if (next === "$") {
      i++;
      continue;
    }
    if (next !== undefined && NAME_START.test(next)) {
      let end = i + 2;
      while (end < text.length && NAME_CHAR.test(text[end]!)) end++;
      references.push({ kind: "environment", name: text.slice(i + 1, end) });
      i = end - 1;
      continue;
    }
    if (next !== "{" || text[i + 2] === "{") continue;
    let end = i + 2;
    while (end < text.length && NAME_CHAR.test(text[end]!)) end++;
    const name = text.slice(i + 2, end);
    // The matching brace, counting nested `${`.
    let level = 1;
    let close = end;
    for (; close < text.length && level > 0; close++) {
      if (text[close] === "$" && text[close + 1] === "{") {
        level++;
        close++;
      } else if (text[close] === "}") level--;
    }
    // An unclosed `${`: no later one closes either (each would scan to the end again).
    if (level > 0) break;
    if (name === "" || !NAME_START.test(name[0]!)) continue;
    references.push({ kind: "environment", name });
    const rest = text.slice(end, close - 1);
    const operator = /^:?[-?+=]/.exec(rest)?.[0];
    if (operator !== undefined && (operator.endsWith("-") || operator.endsWith("="))) {
      const fallback = rest.slice(operator.length);
      const before = references.length;
      if (depth < MAX_INTERPOLATION_DEPTH) interpolations(fallback, references, defaults, depth + 1);
      if (references.length === before && fallback !== "") defaults.push(fallback.replaceAll("$$", "$"));
    }
    i = close - 1;
  }
  return { references, defaults };
}

function kindOf(text: string | null, references: readonly ValueReference[]): ValueKind {
  if (text === null || text.trim() === "") return "empty";
  if (references.some((r) => r.kind === "secret")) return "secret";
  if (references.some((r) => r.kind === "environment")) return "interpolation";
  if (references.some((r) => r.kind === "expression")) return "expression";
  if (references.some((r) => r.kind === "variable")) return "variable";
  return "literal";
}

export type Interpolation = "compose" | "none";

/**
 * A value as the tool reads it. GitHub expressions are read in workflows (`github`); compose and
 * bake interpolate `${VAR}` (`compose`), the docker/build-push-action passes its inputs as written.
 */
export function readValue(
  text: string | null,
  span: Span,
  options: { readonly github: boolean; readonly interpolation: Interpolation; readonly extra?: readonly ValueReference[] },
): ConfigValue {
  const references: ValueReference[] = [];
  const defaults: string[] = [];
  if (text !== null) {
    if (options.github) for (const expression of githubExpressions(text)) references.push(...expression.references);
    if (options.interpolation === "compose") interpolations(text, references, defaults);
  }
  references.push(...(options.extra ?? []));
  return { kind: kindOf(text, references), text, references, defaults, span };
}

/** Replaces a value's references to environment variables by what an `env:` map says of them. */
export function resolveEnvironment(value: ConfigValue, lookup: (name: string) => ConfigValue | undefined): ConfigValue {
  if (!value.references.some((r) => r.kind === "environment")) return value;
  const references: ValueReference[] = [];
  for (const reference of value.references) {
    references.push(reference);
    if (reference.kind !== "environment") continue;
    const defined = lookup(reference.name);
    if (!defined) continue;
    for (const inner of defined.references) {
      if (inner.kind === "secret") references.push({ kind: "secret", name: inner.name, via: reference.name });
      else if (inner.kind !== "environment") references.push(inner);
    }
  }
  return { ...value, kind: kindOf(value.text, references), references };
}

/**
 * Buildx-style comma-separated `key=value` fields (`type=registry,ref=…,mode=max`), a field
 * optionally double-quoted (`"ref=a,b"`). Offsets are those of each field in the text.
 */
export function splitFields(text: string): { key: string; value: string; start: number; end: number }[] {
  const fields: { key: string; value: string; start: number; end: number }[] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i <= text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    if (i < text.length && (c !== "," || quoted)) continue;
    let field = text.slice(start, i).trim();
    if (field.length >= 2 && field.startsWith('"') && field.endsWith('"')) field = field.slice(1, -1);
    const equals = field.indexOf("=");
    if (field !== "") {
      fields.push({
        key: (equals < 0 ? field : field.slice(0, equals)).trim().toLowerCase(),
        value: equals < 0 ? "" : field.slice(equals + 1).trim(),
        start,
        end: i,
      });
    }
    start = i + 1;
  }
  return fields;
}

/** A symbol that makes a password stronger (not the separators of names, paths, URLs and lists). */
const PASSWORD_SYMBOL = /[^A-Za-z0-9\-_./:,]/;
/** Words that say the value is a template to replace: `MyStrongLoginPassword`, `PleaseChangeMe`, `ChooseYourOwn…`. */
const TEMPLATE_WORDS: ReadonlySet<string> = new Set([
  "change", "changeme", "changeit", "changethis", "your", "yours", "choose", "replace", "please", "pls", "adjust",
  "example", "sample", "dummy", "here", "strong", "stronger", "secure", "secury", "very", "super", "duper", "unique",
  "random", "own", "define", "insert", "enter", "must", "need", "generate", "generated",
]);
/** Words a sample credential is made of when it is nothing but them (and digits): `DatabasePassword1234`, `Admin123`. */
const GENERIC_WORDS: ReadonlySet<string> = new Set([
  "my", "the", "this", "is", "a", "for", "of", "to", "and", "top", "password", "passwd", "pass", "pw", "pwd",
  "passphrase", "secret", "secrets", "key", "token", "api", "admin", "administrator", "root", "user", "username",
  "login", "database", "db", "mysql", "postgres", "postgresql", "mariadb", "mongo", "redis", "test", "testing", "dev",
  "development", "local", "localhost", "default", "demo", "app", "application", "server", "service", "jwt",
  "session", "cookie", "auth", "string", "value",
]);
/** Leetspeak spellings of sample passwords (`P@ssw0rd`, `p455w0rd`, `s3cr3t`). */
const LEET: Readonly<Record<string, string>> = { "@": "a", "4": "a", "0": "o", "1": "i", "3": "e", "5": "s", "$": "s", "7": "t" };

function wordsOf(value: string): string[] {
  return (value.match(/[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+/g) ?? []).map((w) => w.toLowerCase());
}

/** Lower-cased words a sample credential may repeat (see `isSampleCredential`). */
export type KnownWords = Pick<ReadonlySet<string>, "has">;

/** `value` with leetspeak undone, lower-cased (`P4ssb0lt` → `passbolt`). */
function unleet(value: string): string {
  return Array.from(value.toLowerCase(), (c) => LEET[c] ?? c).join("");
}

/** True when a text (a value, or the comment after it) asks to be replaced: `# change this`, `# adjust`. */
export function asksToBeReplaced(text: string): boolean {
  return wordsOf(text).some((w) => TEMPLATE_WORDS.has(w));
}

/**
 * A sample credential of documentation and sample compose files: a placeholder (core's
 * `isPlaceholder`, also once leetspeak is undone), a value that asks to be replaced
 * (`MySecureLoginPassword`, `pls-changeme-to-strong-pw`), one made only of generic words and
 * digits (`DatabasePassword1234`, `Admin123`), or one of the `known` words of its surroundings —
 * the user or database name beside it, a service name (`MYSQL_USER: passbolt`, `P4ssb0lt`).
 */
export function isSampleCredential(value: string, known: KnownWords = new Set()): boolean {
  const v = value.trim();
  if (isPlaceholder(v) || isPlaceholder(unleet(v))) return true;
  if (known.has(v.toLowerCase()) || known.has(unleet(v))) return true;
  if (asksToBeReplaced(v)) return true;
  const words = wordsOf(v);
  const letters = words.filter((w) => !/^[0-9]+$/.test(w));
  return letters.length > 0 && letters.every((w) => GENERIC_WORDS.has(w)) && /^[A-Za-z0-9\-_.]*$/.test(v);
}

/**
 * A literal under a secret name that is a real credential rather than a sample one. Official and
 * sample compose files give databases passwords such as `example`, `postgres`, `wordpress`,
 * `p455w0rd` or `MySecureDatabasePassword`: sample credentials (`isSampleCredential`), switches,
 * paths, URLs, lists and short words are not reported. A random-looking literal is (16 characters
 * or more, 3.5 bits of entropy per character, and a digit: keys, hex and base64 secrets, UUIDs),
 * and so is a password-shaped one: eight characters or more mixing at least three of lower case,
 * upper case, digits and symbols (`Tr0ub4dor&3`). `known`: words of the surroundings (see `isSampleCredential`).
 */
export function isRealSecretLiteral(value: string, known?: KnownWords): boolean {
  const v = value.trim();
  if (v === "" || isFlagValue(v) || isReferenceValue(v) || /\s|:\/\/|,/.test(v)) return false;
  if (isSampleCredential(v, known)) return false;
  if (isHighEntropy(v) && /[0-9]/.test(v)) return true;
  if (Array.from(v).length < 8) return false;
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, PASSWORD_SYMBOL].filter((pattern) => pattern.test(v)).length;
  return classes >= 3;
}

/** Why a build arg (or an environment entry) carries a secret. */
export type SecretReason =
  | { readonly kind: "secret-reference"; readonly name: string; readonly via?: string }
  | { readonly kind: "secret-variable"; readonly name: string; readonly reference: ValueReference["kind"] }
  | { readonly kind: "literal"; readonly secretKind: string; readonly secrets: readonly string[] }
  | { readonly kind: "name"; readonly secrets: readonly string[] };

function isSecretNamed(name: string, lists: NameLists | undefined): boolean {
  const kind = classifySecretName(name, lists);
  return kind === "secret" || kind === "connection-string";
}

/** Credential syntax whose secret is a password someone chose (not a token format). */
const CHOSEN_PASSWORD_KINDS: ReadonlySet<string> = new Set(["URL credentials", "curl credentials", "password option", "chpasswd", "PGPASSWORD", "MYSQL_PWD"]);

/**
 * The literal token formats and credential syntax in a text. A chosen password in credential
 * syntax counts only when it is a real one (`postgres://app:app@db/app` is a sample; core's
 * detector reports it in a Dockerfile, where it is baked into the image).
 */
export function literalSecretsIn(text: string, known?: KnownWords): { kind: string; secret: string }[] {
  const found: { kind: string; secret: string }[] = [];
  for (const m of findSecretsInText(text)) {
    const secret = text.slice(m.start, m.end);
    if (CHOSEN_PASSWORD_KINDS.has(m.kind) && !isRealSecretLiteral(secret, known)) continue;
    found.push({ kind: m.kind, secret });
  }
  return found;
}

/**
 * Why a value handed to a build (a build arg) carries a secret, or null. In order:
 * a secret reference (`${{ secrets.X }}`), a reference to a variable whose name is secret
 * (`${NPM_TOKEN}`, `$NPM_TOKEN`, `${{ env.NPM_TOKEN }}`, `steps.app.outputs.token`), a literal token
 * or credential, and a secret name whose value comes from elsewhere (empty: the environment) or is a
 * real literal. A value that is absent (`text: null`: compose `- NPM_TOKEN`, `--build-arg NPM_TOKEN`)
 * is read from the environment variable of the same name; an empty string is just empty.
 */
export function buildArgSecretReason(
  name: string,
  value: ConfigValue,
  lists: NameLists | undefined,
): SecretReason | null {
  const secretReference = value.references.find((r) => r.kind === "secret");
  if (secretReference) return { kind: "secret-reference", name: secretReference.name, ...(secretReference.via ? { via: secretReference.via } : {}) };
  const secretVariable = value.references.find((r) => r.kind !== "secret" && isSecretNamed(r.name, lists));
  if (secretVariable) return { kind: "secret-variable", name: secretVariable.name, reference: secretVariable.kind };
  const text = value.text ?? "";
  const literals = [...literalSecretsIn(text), ...value.defaults.flatMap((d) => literalSecretsIn(d))];
  if (literals.length > 0) return { kind: "literal", secretKind: literals[0]!.kind, secrets: literals.map((l) => l.secret) };
  const nameKind = classifySecretName(name, lists);
  if (nameKind === null) return null;
  if (nameKind === "connection-string") {
    // A connection string is secret when it comes from elsewhere; a literal one only with credentials (found above).
    return value.kind === "interpolation" || value.text === null ? { kind: "name", secrets: [] } : null;
  }
  if (value.kind === "empty") return value.text === null ? { kind: "name", secrets: [] } : null;
  if (value.kind === "literal") return isRealSecretLiteral(text) ? { kind: "name", secrets: [text] } : null;
  // A reference to a harmlessly named variable: its value is what the build gets, under a secret name.
  if (value.kind === "interpolation" || value.kind === "expression" || value.kind === "variable") {
    const realDefault = value.defaults.find((d) => isRealSecretLiteral(d));
    return { kind: "name", secrets: realDefault ? [realDefault] : [] };
  }
  return null;
}
