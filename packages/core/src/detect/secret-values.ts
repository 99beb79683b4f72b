/**
 * Literal secret values (docs/spec.md §3.2): known token formats, credential syntax, placeholders,
 * references and entropy. Runs on every keystroke in an editor, so every pattern is compiled once,
 * starts with a look-behind that pins it to a word start, and uses only bounded or unambiguous
 * quantifiers: the scan stays linear on any input.
 */
import { classifySecretName } from "./secret-names.js";
import { CREDENTIAL_PROGRAMS, PROGRAMS } from "../shell/programs/index.js";
import { memoizeText } from "../util/memo.js";

/** A secret in a text: `start`/`end` delimit the secret part only (the password, not the URL). */
export interface SecretMatch {
  readonly kind: string;
  readonly start: number;
  readonly end: number;
}

interface Candidate extends SecretMatch {
  /** Lower wins when two candidates start at the same offset: a token format names the secret best. */
  readonly priority: number;
}

const PRIORITY_TOKEN = 0;
const PRIORITY_SYNTAX = 1;

interface TokenFormat {
  readonly kind: string;
  readonly pattern: RegExp;
  /** Length of the fixed type prefix (`ghp_`), left out of the placeholder check. */
  readonly prefix: number;
  /** Length of matched context before the secret (`hooks.slack.com/services/`). */
  readonly context?: number;
}

const TOKEN_FORMATS: readonly TokenFormat[] = [
  {
    kind: "AWS access key id",
    pattern: /(?<![A-Za-z0-9])(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}(?![A-Za-z0-9])/g,
    prefix: 4,
  },
  { kind: "GitHub token", pattern: /(?<![A-Za-z0-9_])gh[pousr]_[A-Za-z0-9]{36}(?![A-Za-z0-9_])/g, prefix: 4 },
  { kind: "GitHub token", pattern: /(?<![A-Za-z0-9_])github_pat_[A-Za-z0-9_]{82}(?![A-Za-z0-9_])/g, prefix: 11 },
  { kind: "GitLab token", pattern: /(?<![A-Za-z0-9_-])glpat-[A-Za-z0-9_-]{20}(?![A-Za-z0-9_-])/g, prefix: 6 },
  {
    kind: "Stripe key",
    pattern: /(?<![A-Za-z0-9_])[sr]k_(?:live|test)_[A-Za-z0-9]{24,99}(?![A-Za-z0-9_])/g,
    prefix: 8,
  },
  { kind: "Slack token", pattern: /(?<![A-Za-z0-9_-])xox[abprs]-[A-Za-z0-9-]{10,}/g, prefix: 5 },
  {
    kind: "Slack webhook",
    pattern: /(?<![A-Za-z0-9.-])hooks\.slack\.com\/services\/T[A-Z0-9]{6,12}\/B[A-Z0-9]{6,12}\/[A-Za-z0-9]{16,40}(?![A-Za-z0-9])/g,
    prefix: 0,
    context: "hooks.slack.com/services/".length,
  },
  { kind: "npm token", pattern: /(?<![A-Za-z0-9_])npm_[A-Za-z0-9]{36}(?![A-Za-z0-9_])/g, prefix: 4 },
  { kind: "PyPI token", pattern: /(?<![A-Za-z0-9_-])pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,}/g, prefix: 20 },
  { kind: "Docker Hub token", pattern: /(?<![A-Za-z0-9_-])dckr_pat_[A-Za-z0-9_-]{27}(?![A-Za-z0-9_-])/g, prefix: 9 },
  { kind: "Google API key", pattern: /(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}(?![A-Za-z0-9_-])/g, prefix: 4 },
  { kind: "OpenAI key", pattern: /(?<![A-Za-z0-9_-])sk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{20,}/g, prefix: 8 },
  {
    kind: "OpenAI key",
    pattern: /(?<![A-Za-z0-9_-])sk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}(?![A-Za-z0-9_-])/g,
    prefix: 3,
  },
  { kind: "Anthropic key", pattern: /(?<![A-Za-z0-9_-])sk-ant-(?:api|admin)[0-9]{2}-[A-Za-z0-9_-]{32,}/g, prefix: 13 },
  { kind: "Hugging Face token", pattern: /(?<![A-Za-z0-9_])hf_[A-Za-z]{34}(?![A-Za-z0-9_])/g, prefix: 3 },
  {
    kind: "SendGrid key",
    pattern: /(?<![A-Za-z0-9_.-])SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/g,
    prefix: 3,
  },
  {
    kind: "JWT",
    pattern: /(?<![A-Za-z0-9_.-])eyJ[A-Za-z0-9_-]{5,}\.eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{10,}/g,
    prefix: 0,
  },
];

const PEM_HEADER = /-----BEGIN (?:(?:RSA|DSA|EC|OPENSSH|ENCRYPTED|PGP) )?PRIVATE KEY(?: BLOCK)?-----/g;
const PEM_FOOTER = /-----END (?:(?:RSA|DSA|EC|OPENSSH|ENCRYPTED|PGP) )?PRIVATE KEY(?: BLOCK)?-----/g;
/** Key material: a base64 run (PEM lines are 64 characters, OpenSSH 70). */
const PEM_KEY_MATERIAL = /[A-Za-z0-9+/]{16}/;
const PEM_KEY_MATERIAL_UNTERMINATED = /[A-Za-z0-9+/]{40}/;
const PEM_MAX_LENGTH = 20_000;
const PEM_ELIDED = /\.\.\.|…/;

const URL_SCHEME_SEPARATOR = /:\/\//g;
const URL_MAX_AUTHORITY = 512;
/** `docker-image://alpine:3.19@sha256:…` is an image reference, not credentials. */
const DIGEST_HOST = /^sha(?:256|384|512):/i;
/** Characters that end a URL's authority (or the shell word holding it). */
const AUTHORITY_END: ReadonlySet<string> = new Set(["/", "\\", "?", "#", '"', "'", "`", "<", ">", "|", ";", " ", "\t", "\n", "\r", "\f", "\v"]);

/** `_authToken=…` (.npmrc), `npmAuthToken: …` (.yarnrc.yml), headers: the value is the trailing group. */
interface SyntaxPattern {
  readonly kind: string;
  readonly pattern: RegExp;
  /** A value after a bare-whitespace separator (`npm config set …:_authToken VALUE`) must be this long. */
  readonly spacedMinLength?: number;
}
const VALUE = String.raw`["']?([^\s"'\\;|&<>]{1,4096})`;
const SYNTAX_PATTERNS: readonly SyntaxPattern[] = [
  {
    kind: ".npmrc auth token",
    pattern: new RegExp(String.raw`(?<![A-Za-z0-9_-])(?:_authToken|_auth|_password)([ \t]*=[ \t]*|[ \t]+)${VALUE}`, "g"),
    spacedMinLength: 8,
  },
  {
    kind: "Yarn auth token",
    pattern: new RegExp(String.raw`(?<![A-Za-z0-9_-])npmAuthToken([ \t]*[:=][ \t]*|[ \t]+)${VALUE}`, "g"),
    spacedMinLength: 8,
  },
  {
    kind: "Authorization header",
    pattern: new RegExp(
      String.raw`(?<![A-Za-z0-9_-])(?:Proxy-)?Authorization[ \t]*:[ \t]*(?:Bearer|Basic|token)[ \t]+${VALUE}`,
      "gi",
    ),
  },
  {
    kind: "PRIVATE-TOKEN header",
    pattern: new RegExp(String.raw`(?<![A-Za-z0-9_-])PRIVATE-TOKEN[ \t]*:[ \t]*${VALUE}`, "gi"),
  },
  {
    kind: "chpasswd",
    pattern:
      /(?<![A-Za-z0-9_-])(?:echo|printf)(?:[ \t]+-[A-Za-z]+)*[ \t]+["']?[A-Za-z0-9._-]{1,64}:([^\s"'\\|:]{1,256})(?=(?:\\n)?["']?[ \t]*\|[ \t]*(?:sudo[ \t]+)?chpasswd(?![A-Za-z0-9_-]))/g,
  },
  {
    kind: "chpasswd",
    pattern: /(?<![A-Za-z0-9_-])chpasswd[ \t]*<<<[ \t]*["']?[A-Za-z0-9._-]{1,64}:([^\s"'\\|:]{1,256})/g,
  },
];

/** `NAME=value` assignments whose value is a password, wherever they appear (RUN, ENV, a comment). */
const PASSWORD_ASSIGNMENT = /(?<![A-Za-z0-9_$.-])(PGPASSWORD|MYSQL_PWD)=/g;
/** `--password=…`, `--db-password=…`: the option name says what the value is. */
const PASSWORD_OPTION = /(?<![A-Za-z0-9_-])--(?:[A-Za-z0-9]+-)*password=/g;
/**
 * Commands whose options carry credentials. A command name ends its word: `mysql -p…` is the
 * client, while `/etc/mysql/` and `mysql:mysql` are a path and an owner (`find /etc/mysql/ -name
 * '*.cnf' -print0` in the official MariaDB image has no password in it).
 */
/** The program names (shell/programs: the ones with credential options) and the shell's `export`. */
const CREDENTIAL_NAMES = [...CREDENTIAL_PROGRAMS, "export"].map((name) => name.replace(/[.-]/g, "\\$&")).join("|");
const CREDENTIAL_COMMAND = new RegExp("(?<![A-Za-z0-9_.-])(" + CREDENTIAL_NAMES + ")(?=[\\s;|&)\"'`]|$)", "g");
const ASSIGNMENT_WORD = /^([A-Za-z_][A-Za-z0-9_]*)=/;
const MAX_COMMAND_WORDS = 64;
const MAX_WORD_LENGTH = 4096;

const REFERENCE_INSIDE = /\$(?:[A-Za-z_{(]|env:)|`|%[A-Za-z_][A-Za-z0-9_]*%/;
const VENDOR_EXAMPLE = /example/i;

const PLACEHOLDER_FILLER = /^[xX*#.?•…_-]+$/;
const PLACEHOLDER_ANGLE = /^<[^<>]*>$/;
const PLACEHOLDER_TEMPLATE = /^\{\{[^\n]*\}\}$/;
const PLACEHOLDER_EMPTY_DEFAULT = /^\$\{[A-Za-z_][A-Za-z0-9_]*:?[-=]\}$/;
/** A printf or format-string slot (`Authorization: token %s`, `--password={}`): filled in at run time. */
const PLACEHOLDER_FORMAT = /^(?:%[-+ #0-9.*]*[sdifuxXoqv]|\{[A-Za-z0-9_]*\})$/;
const PLACEHOLDER_AFFIX = /^(?:your|insert|enter|put|replace)[-_ ]|[-_ ]here$/i;
const PLACEHOLDER_WORDS: ReadonlySet<string> = new Set([
  "changeme",
  "changeit",
  "replaceme",
  "dummy",
  "example",
  "sample",
  "placeholder",
  "redacted",
  "hidden",
  "masked",
  "none",
  "null",
  "nil",
  "undefined",
  "todo",
  "tbd",
  "fixme",
  "notset",
  "unset",
  "empty",
  "foo",
  "bar",
  "foobar",
  "value",
  // Well-known public credentials (anonymous FTP, RabbitMQ's default user), not secrets.
  "anonymous",
  "guest",
]);
/** `password`, `mysecretpassword` (postgres docs), `my-secret-pw` (mysql docs), `your_token_here`… */
const PLACEHOLDER_SHAPE =
  /^(?:my|your|the|some)?(?:super)?(?:secret|dummy|example|sample|test|fake|default|strong)?(?:password|passwd|passphrase|pwd|pw|pass|secret|token|apikey|key|credentials?)(?:goes)?(?:here)?$/;

/** What may follow `${`: a name, a positional parameter, `#` (length) or `!` (indirection). */
const BRACED_VARIABLE_START = /^\$\{[A-Za-z_0-9#!@*]/;
const SIMPLE_VARIABLE = /^\$(?:[A-Za-z_][A-Za-z0-9_]*|[0-9@*#?!$-])$/;
const POWERSHELL_VARIABLE = /^\$env:[A-Za-z_][A-Za-z0-9_]*$/i;
const CMD_VARIABLE = /^%[A-Za-z_][A-Za-z0-9_]*%$/;
const BACKTICK_SUBSTITUTION = /^`[^`]*`$/;

const WHITESPACE = /\s/;
const PATH_START = /^(?:\/|~\/|\.\.?\/|[A-Za-z]:[\\/]|\$\{?[A-Za-z_][A-Za-z0-9_]*\}?\/)/;
const RELATIVE_PATH_WITH_EXTENSION = /^[A-Za-z0-9_@][A-Za-z0-9_.@/-]*\.[A-Za-z][A-Za-z0-9]{0,7}$/;

const HIGH_ENTROPY_MIN_LENGTH = 16;
const HIGH_ENTROPY_MIN_BITS = 3.5;

/**
 * Every match of a global pattern. The patterns are shared module constants, so `lastIndex` is
 * reset before and after the scan (nothing here re-enters a scan); this avoids the per-call clone
 * `String.prototype.matchAll` makes, which dominates the cost on short texts.
 */
function allMatches(text: string, pattern: RegExp): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    matches.push(match);
    if (match[0] === "") pattern.lastIndex++; // never stall on an empty match
  }
  pattern.lastIndex = 0;
  return matches;
}

function stripQuotes(value: string): string {
  const first = value[0];
  if (value.length >= 2 && (first === '"' || first === "'") && value[value.length - 1] === first) {
    return value.slice(1, -1);
  }
  return value;
}

/**
 * True for values that stand in for a secret: empty, `changeme`, `xxx…`, `***`, `<token>`,
 * `{{ token }}`, `${TOKEN:-}`, `REPLACE_ME`, `your_token_here`, `dummy`, `secret`, `password`,
 * `mysecretpassword`, `...`, format slots (`%s`, `{}`), fills (`000…0`, the nil UUID, `FFFF…0000`,
 * `123456`), and vendor documentation examples (anything containing `EXAMPLE`, like AWS's
 * `AKIAIOSFODNN7EXAMPLE`).
 */
export function isPlaceholder(value: string): boolean {
  const v = stripQuotes(value.trim()).trim();
  if (v === "" || VENDOR_EXAMPLE.test(v) || isFill(v)) return true;
  if (PLACEHOLDER_FILLER.test(v) || PLACEHOLDER_ANGLE.test(v) || PLACEHOLDER_TEMPLATE.test(v)) return true;
  if (PLACEHOLDER_EMPTY_DEFAULT.test(v) || PLACEHOLDER_FORMAT.test(v) || PLACEHOLDER_AFFIX.test(v)) return true;
  let word = "";
  for (const c of v.toLowerCase()) if (c !== "-" && c !== "_" && c !== " " && c !== ".") word += c;
  return PLACEHOLDER_WORDS.has(word) || PLACEHOLDER_SHAPE.test(word);
}

const COUNTING = ["0123456789", "1234567890"];

/**
 * A fill, not a secret: one character repeated (`000…0`, `aaaa`), at most two distinct characters
 * over six or more (the nil UUID `00000000-0000-…`, fteproxy's `FFFF…0000` default key), or
 * counting digits (`123456`, `0123456789`). At most 1 bit per character: nobody's credential.
 */
function isFill(v: string): boolean {
  if (v.length >= 4 && COUNTING.some((digits) => digits.startsWith(v))) return true;
  if (v.length < 3) return false;
  const first = v[0];
  let second: string | undefined;
  for (const c of v) {
    if (c === first || c === second) continue;
    if (second !== undefined) return false;
    second = c;
  }
  return second === undefined || v.length >= 6;
}

/** Index just past the bracket closing the one at `open`, or -1 when it is not balanced. */
function closingBracket(value: string, open: number, opening: string, closing: string): number {
  let depth = 0;
  for (let i = open; i < value.length; i++) {
    const c = value[i];
    if (c === "\\") i++;
    else if (c === opening) depth++;
    else if (c === closing && --depth === 0) return i + 1;
  }
  return -1;
}

/**
 * True when the whole value is a variable reference or substitution: `$X`, `${X}`, `${X:-…}`,
 * `$(…)`, `` `…` ``, PowerShell `$env:X`, cmd `%X%` (one layer of quotes allowed).
 */
export function isVariableReference(value: string): boolean {
  const v = stripQuotes(value.trim());
  if (SIMPLE_VARIABLE.test(v) || POWERSHELL_VARIABLE.test(v) || CMD_VARIABLE.test(v) || BACKTICK_SUBSTITUTION.test(v)) {
    return true;
  }
  if (BRACED_VARIABLE_START.test(v)) return closingBracket(v, 1, "{", "}") === v.length;
  if (v.startsWith("$(")) return closingBracket(v, 1, "(", ")") === v.length;
  return false;
}

/** Shannon entropy of the value in bits per character (code point). */
export function shannonEntropy(value: string): number {
  const counts = new Map<string, number>();
  let length = 0;
  for (const c of value) {
    counts.set(c, (counts.get(c) ?? 0) + 1);
    length++;
  }
  if (length === 0) return 0;
  let bits = 0;
  for (const count of counts.values()) {
    const p = count / length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

/** At least 16 characters and at least 3.5 bits of entropy per character. */
export function isHighEntropy(value: string): boolean {
  return Array.from(value).length >= HIGH_ENTROPY_MIN_LENGTH && shannonEntropy(value) >= HIGH_ENTROPY_MIN_BITS;
}

function looksLikePath(value: string): boolean {
  if (value === "" || WHITESPACE.test(value)) return false;
  return PATH_START.test(value) || RELATIVE_PATH_WITH_EXTENSION.test(value);
}

/**
 * True when the value points at a secret instead of holding one: an absolute path, `~/…`, `./…`,
 * `../…`, `$HOME/…`, or a relative path ending in a file extension, with no known token inside.
 */
export function isReferenceValue(value: string): boolean {
  const v = stripQuotes(value.trim());
  return looksLikePath(v) && findSecretsInText(v).length === 0;
}

/** A value written out literally, not a reference, placeholder or vendor documentation example. */
function isLiteralSecret(value: string): boolean {
  return !REFERENCE_INSIDE.test(value) && !isPlaceholder(value);
}

/** Fewer than three distinct characters (`-` and `_` aside): `0000…`, `xxxx…`, `FAFA…`. */
function isFiller(text: string): boolean {
  const distinct = new Set<string>();
  for (const c of text) if (c !== "-" && c !== "_") distinct.add(c);
  return distinct.size <= 2;
}

function isPlausibleToken(token: string, prefix: number): boolean {
  if (VENDOR_EXAMPLE.test(token)) return false;
  const body = token.slice(prefix);
  // `AKIA0000000000000000`, `ghp_xxxx…`: a template, not a token.
  if (isFiller(body) || isPlaceholder(body)) return false;
  // Slack's documented webhook `T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX`: every part of a
  // real one is random (the ids after their type letter).
  if (body.includes("/")) return body.split("/").every((part) => !isFiller(part.slice(1)));
  return true;
}

/**
 * Every token format's literal start, in one pattern: one scan tells whether any of the format
 * patterns can match, so the common text (no token at all) costs one regex pass, not one per format.
 */
const TOKEN_HINT = /AKIA|ASIA|ABIA|ACCA|gh[pousr]_|github_pat_|glpat-|[sr]k_(?:live|test)_|xox[abprs]-|hooks\.slack\.com|npm_|pypi-|dckr_pat_|AIza|sk-|hf_|SG\.|eyJ/;

function collectTokens(text: string, out: Candidate[]): void {
  if (TOKEN_HINT.test(text)) collectFormats(text, TOKEN_FORMATS, out);
}

function collectFormats(text: string, formats: readonly TokenFormat[], out: Candidate[]): void {
  for (const format of formats) {
    for (const match of allMatches(text, format.pattern)) {
      const context = format.context ?? 0;
      const token = match[0].slice(context);
      if (!isPlausibleToken(token, format.prefix)) continue;
      const start = match.index + context;
      out.push({ kind: format.kind, start, end: start + token.length, priority: PRIORITY_TOKEN });
    }
  }
}

/**
 * The token formats without their left boundary: `NPM_TOKEN_ghp_…` holds a GitHub token that the
 * bounded patterns (rightly, for detection) do not see. Redaction uses these: what an output shows
 * must not carry a token glued to a name.
 */
const EMBEDDED_TOKEN_FORMATS: readonly TokenFormat[] = TOKEN_FORMATS.map((format) => ({
  ...format,
  pattern: new RegExp(format.pattern.source.replace(/^\(\?<![^)]*\]\)/, ""), "g"),
}));

/** Known tokens glued to a preceding word character (`NPM_TOKEN_ghp_…`), for redaction only. */
export function findEmbeddedTokens(text: string): SecretMatch[] {
  if (!TOKEN_HINT.test(text)) return [];
  const out: Candidate[] = [];
  collectFormats(text, EMBEDDED_TOKEN_FORMATS, out);
  return resolveOverlaps(out);
}

/** The spans of every match of a global pattern, in order. */
function matchSpans(text: string, pattern: RegExp): Array<{ start: number; end: number }> {
  return allMatches(text, pattern).map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/**
 * PEM private key blocks: the header, its key material and, when present, the footer. A header
 * alone (`grep -q "BEGIN RSA PRIVATE KEY"`) or one around `...` is not a key. Each header looks
 * only up to the next header, so the scan stays linear.
 */
function collectPrivateKeys(text: string, out: Candidate[]): void {
  const headers = matchSpans(text, PEM_HEADER);
  if (headers.length === 0) return;
  const footers = matchSpans(text, PEM_FOOTER);
  let footerIndex = 0;
  let coveredUntil = 0;
  for (let h = 0; h < headers.length; h++) {
    const header = headers[h]!;
    if (header.start < coveredUntil) continue;
    const limit = Math.min(headers[h + 1]?.start ?? text.length, header.end + PEM_MAX_LENGTH);
    while (footerIndex < footers.length && footers[footerIndex]!.start < header.end) footerIndex++;
    const footer = footers[footerIndex];
    let end: number;
    if (footer !== undefined && footer.end <= limit) {
      const body = text.slice(header.end, footer.start);
      // `MIIEpAIBAAKCAQEA...` (documentation): an elided body is no key. Base64 has no dots.
      if (!PEM_KEY_MATERIAL.test(body) || VENDOR_EXAMPLE.test(body) || PEM_ELIDED.test(body)) continue;
      end = footer.end;
    } else {
      // No footer (a truncated paste): the key material must follow the header directly.
      end = header.end;
      while (end < limit && isPemBodyChar(text.charCodeAt(end))) end++;
      while (end > header.end && isPemPadding(text.charCodeAt(end - 1))) end--;
      const body = text.slice(header.end, end);
      if (!PEM_KEY_MATERIAL_UNTERMINATED.test(body) || VENDOR_EXAMPLE.test(body)) continue;
    }
    coveredUntil = end;
    out.push({ kind: "private key block", start: header.start, end, priority: PRIORITY_TOKEN });
  }
}

function isPemBodyChar(code: number): boolean {
  return (
    (code >= 0x41 && code <= 0x5a) || // A-Z
    (code >= 0x61 && code <= 0x7a) || // a-z
    (code >= 0x30 && code <= 0x39) || // 0-9
    code === 0x2b || // +
    code === 0x2f || // /
    code === 0x3d || // =
    isPemPadding(code)
  );
}

/** Whitespace, and `\` of an escaped newline (`\n`) or a line continuation. */
function isPemPadding(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x5c;
}

function isSchemeChar(code: number): boolean {
  return (
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x30 && code <= 0x39) ||
    code === 0x2b ||
    code === 0x2e ||
    code === 0x2d
  );
}

/**
 * `scheme://user:password@host` with a literal password (only the password is the secret), and
 * `scheme://token@host` where the userinfo is high-entropy (a known token is found by its format).
 */
function collectUrlCredentials(text: string, out: Candidate[]): void {
  for (const match of allMatches(text, URL_SCHEME_SEPARATOR)) {
    const separator = match.index;
    let schemeStart = separator;
    while (schemeStart > 0 && separator - schemeStart < 32 && isSchemeChar(text.charCodeAt(schemeStart - 1))) {
      schemeStart--;
    }
    const first = text.charCodeAt(schemeStart);
    if (schemeStart === separator || !((first >= 0x41 && first <= 0x5a) || (first >= 0x61 && first <= 0x7a))) continue;
    const authorityStart = separator + 3;
    const limit = Math.min(text.length, authorityStart + URL_MAX_AUTHORITY);
    let at = -1;
    let i = authorityStart;
    for (; i < limit && !AUTHORITY_END.has(text[i]!); i++) if (text[i] === "@") at = i;
    if (at < 0 || DIGEST_HOST.test(text.slice(at + 1, i))) continue;
    const userinfo = text.slice(authorityStart, at);
    const colon = userinfo.indexOf(":");
    if (colon >= 0) {
      const password = userinfo.slice(colon + 1);
      if (!isLiteralSecret(password)) continue;
      const start = authorityStart + colon + 1;
      out.push({ kind: "URL credentials", start, end: at, priority: PRIORITY_SYNTAX });
    } else if (isHighEntropy(userinfo) && isLiteralSecret(userinfo)) {
      out.push({ kind: "URL credentials", start: authorityStart, end: at, priority: PRIORITY_SYNTAX });
    }
  }
}

function collectSyntaxCredentials(text: string, out: Candidate[]): void {
  for (const { kind, pattern, spacedMinLength } of SYNTAX_PATTERNS) {
    for (const match of allMatches(text, pattern)) {
      const groups = match.length - 1;
      const value = match[groups]!;
      if (spacedMinLength !== undefined && groups === 2) {
        const separator = match[1]!;
        if (!separator.includes("=") && !separator.includes(":") && value.length < spacedMinLength) continue;
      }
      if (!isLiteralSecret(value)) continue;
      const end = match.index + match[0].length;
      out.push({ kind, start: end - value.length, end, priority: PRIORITY_SYNTAX });
    }
  }
}

/** A shell word: its unquoted value and, for each value character, its offset in the text. */
interface Word {
  readonly start: number;
  readonly value: string;
  readonly offsets: readonly number[];
}

function isBlank(c: string | undefined): boolean {
  return c === " " || c === "\t";
}

function isNewline(c: string | undefined): boolean {
  return c === "\n" || c === "\r";
}

/** Length of a backslash-newline line continuation at `i`, or 0. */
function continuationAt(text: string, i: number): number {
  if (text[i] !== "\\") return 0;
  if (text[i + 1] === "\n") return 2;
  if (text[i + 1] === "\r" && text[i + 2] === "\n") return 3;
  return 0;
}

/**
 * Reads one shell word at `pos` honouring quotes, escapes and line continuations. A quote that is
 * not closed on its line ends the word where it opens (`"--password=x"]` in an exec form): wrong
 * guesses must err toward silence.
 */
function readWord(text: string, pos: number): { word: Word; end: number } {
  const limit = Math.min(text.length, pos + MAX_WORD_LENGTH);
  let value = "";
  const offsets: number[] = [];
  let i = pos;
  let quote: string | null = null;
  let quoteStart = pos;
  let valueAtQuote = 0;
  while (i < limit) {
    const c = text[i]!;
    const continuation = continuationAt(text, i);
    if (continuation > 0) {
      i += continuation;
      continue;
    }
    if (isNewline(c)) break;
    if (quote === null) {
      if (isBlank(c) || c === ";" || c === "|" || c === "&" || c === "<" || c === ">") break;
      if (c === "'" || c === '"') {
        quote = c;
        quoteStart = i;
        valueAtQuote = value.length;
        i++;
        continue;
      }
      if (c === "\\" && i + 1 < limit && !isNewline(text[i + 1])) {
        value += text[i + 1];
        offsets.push(i + 1);
        i += 2;
        continue;
      }
    } else if (c === quote) {
      quote = null;
      i++;
      continue;
    } else if (quote === '"' && c === "\\" && i + 1 < limit && '"\\$`'.includes(text[i + 1]!)) {
      value += text[i + 1];
      offsets.push(i + 1);
      i += 2;
      continue;
    }
    value += c;
    offsets.push(i);
    i++;
  }
  if (quote !== null) {
    return { word: { start: pos, value: value.slice(0, valueAtQuote), offsets: offsets.slice(0, valueAtQuote) }, end: quoteStart };
  }
  return { word: { start: pos, value, offsets }, end: i };
}

/** The words of the simple command starting at `pos`, up to a newline, `;`, `|`, `&` or comment. */
function readCommandWords(text: string, pos: number): { words: Word[]; end: number } {
  const words: Word[] = [];
  let i = pos;
  while (words.length < MAX_COMMAND_WORDS && i < text.length) {
    const continuation = continuationAt(text, i);
    if (continuation > 0) {
      i += continuation;
      continue;
    }
    const c = text[i];
    if (isBlank(c)) {
      i++;
      continue;
    }
    if (isNewline(c) || c === ";" || c === "|" || c === "&" || c === "#") break;
    const { word, end } = readWord(text, i);
    if (end === i) break;
    words.push(word);
    i = end;
  }
  return { words, end: i };
}

function pushWordPart(out: Candidate[], kind: string, word: Word | undefined, from: number): void {
  if (word === undefined || from >= word.value.length) return;
  const value = word.value.slice(from);
  if (!isLiteralSecret(value)) return;
  const start = word.offsets[from]!;
  const end = word.offsets[word.value.length - 1]! + 1;
  out.push({ kind, start, end, priority: PRIORITY_SYNTAX });
}

/** `export NAME=literal` where NAME is a secret name (docs/spec.md §3.1) and the literal is not a path. */
function exportCredentials(words: readonly Word[], out: Candidate[]): void {
  for (const word of words) {
    const assignment = ASSIGNMENT_WORD.exec(word.value);
    if (assignment === null) continue;
    if (classifySecretName(assignment[1]!) !== "secret") continue;
    const from = assignment[0].length;
    if (looksLikePath(word.value.slice(from))) continue;
    pushWordPart(out, "exported secret", word, from);
  }
}

/** A command's credential options, as its program module knows them (`export` is the shell's: its assignments). */
function commandCredentials(command: string, words: readonly Word[], out: Candidate[]): void {
  if (command === "export") exportCredentials(words, out);
  else PROGRAMS.get(command)?.credentials?.(words, { value: (kind, word, from) => pushWordPart(out, kind, word, from) });
}

/**
 * Commands and assignments that carry credentials. Each stretch of text is read as words once; a
 * command named inside an earlier command's words (`docker run curlimages/curl -u …`) takes the
 * words after its name, and the earlier command keeps the words before it.
 */
function collectCommandCredentials(text: string, out: Candidate[]): void {
  const commands = [...allMatches(text, CREDENTIAL_COMMAND)];
  let segment: { words: Word[]; end: number } = { words: [], end: -1 };
  let next = 0;
  for (let c = 0; c < commands.length; c++) {
    const match = commands[c]!;
    const after = match.index + match[0].length;
    if (after > segment.end) {
      segment = readCommandWords(text, after);
      next = 0;
    }
    const until = commands[c + 1]?.index ?? Infinity;
    while (next < segment.words.length && segment.words[next]!.start < after) next++;
    const words: Word[] = [];
    for (let w = next; w < segment.words.length && segment.words[w]!.start < until; w++) words.push(segment.words[w]!);
    commandCredentials(match[1]!, words, out);
  }
  let readUntil = -1;
  for (const match of allMatches(text, PASSWORD_ASSIGNMENT)) {
    if (match.index < readUntil) continue;
    const { word, end } = readWord(text, match.index + match[0].length);
    readUntil = end;
    pushWordPart(out, match[1]!, word, 0);
  }
  readUntil = -1;
  for (const match of allMatches(text, PASSWORD_OPTION)) {
    if (match.index < readUntil) continue;
    const { word, end } = readWord(text, match.index + match[0].length);
    readUntil = end;
    pushWordPart(out, "password option", word, 0);
  }
}

/** Sorted by start; of overlapping candidates the earliest wins, then the token format, then the longest. */
function resolveOverlaps(candidates: Candidate[]): SecretMatch[] {
  candidates.sort((a, b) => a.start - b.start || a.priority - b.priority || b.end - a.end);
  const result: SecretMatch[] = [];
  let end = -1;
  for (const { kind, start, end: candidateEnd } of candidates) {
    if (start < end || candidateEnd <= start) continue;
    result.push({ kind, start, end: candidateEnd });
    end = candidateEnd;
  }
  return result;
}

/**
 * Every literal secret in a text (docs/spec.md §3.2): known token formats at word boundaries and
 * credential syntax with a literal value. `$VAR`, `${VAR}` and `$(…)` values, placeholders and
 * vendor examples (`…EXAMPLE`) are not literal secrets. Sorted by start, non-overlapping.
 */
export function findSecretsInText(text: string): SecretMatch[] {
  // Callers only read the result: the memoised array is shared, never mutated.
  return scanMemo(text);
}

const scanMemo = memoizeText((text: string) => Object.freeze(scanForSecrets(text)) as SecretMatch[]);

/**
 * `findSecretsInText` without its memo table: for the files of a build context, whose scans are
 * memoised by content hash instead (their lines would crowd the Dockerfile's entries out).
 * `commands: false` skips shell command lines (`curl -u`, `docker login -p`, `export X=`), which
 * program source does not run.
 */
export function scanTextForSecrets(text: string, options: { readonly commands?: boolean } = {}): SecretMatch[] {
  return scanForSecrets(text, options.commands ?? true);
}

/** `commands: false` leaves out command lines (`curl -u`, `mysql -p…`, `export X=…`): for program source. */
function scanForSecrets(text: string, commands = true): SecretMatch[] {
  const candidates: Candidate[] = [];
  collectTokens(text, candidates);
  collectPrivateKeys(text, candidates);
  collectUrlCredentials(text, candidates);
  collectSyntaxCredentials(text, candidates);
  if (commands) collectCommandCredentials(text, candidates);
  return resolveOverlaps(candidates);
}

const FLAG_VALUE = /^(?:yes|no|true|false|on|off|y|n|0|1|enabled?|disabled?)$/i;

/**
 * A boolean switch under a secret-sounding name (`MYSQL_ALLOW_EMPTY_PASSWORD=yes`,
 * `MYSQL_RANDOM_ROOT_PASSWORD=1`): a setting, not a credential.
 */
export function isFlagValue(value: string | null): boolean {
  return value !== null && FLAG_VALUE.test(value.trim());
}
