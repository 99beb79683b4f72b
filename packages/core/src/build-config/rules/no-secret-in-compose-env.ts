/**
 * A compose service's `environment:` and `labels:` end up in the container's config: anyone who
 * can run `docker inspect` on the container reads them (the seed's runtime-variable leak), and a
 * literal one is also in every clone of the compose file. `env_file:` entries land in the same
 * config; a committed env file puts its secrets in the repository too. `${VAR}` interpolation
 * keeps the value out of the file, and compose `secrets:` keep it out of the config.
 */
import { classifySecretName, type NameLists } from "../../detect/secret-names.js";
import { docsUrl } from "../../rules/types.js";
import type { Span } from "../../types.js";
import type { ConfigValue, RuntimeEnvEntry } from "../types.js";
import { asksToBeReplaced, isRealSecretLiteral, literalSecretsIn, readValue, type KnownWords } from "../values.js";
import { defineBuildConfigRule } from "./types.js";

/** Lines of an env file read; a longer file is not an env file compose users write. */
const MAX_ENV_FILE_LINES = 10_000;

interface RuntimeSecret {
  readonly what: string;
  readonly secrets: readonly string[];
}

/**
 * Why a runtime value is a committed secret, or null: a literal token or credential, or a secret
 * name with a real literal (a placeholder or sample credential is not one: `isRealSecretLiteral`),
 * as the value or as the default of an interpolation (`${DB_PASSWORD:-…}`). `known`: the words a
 * sample credential repeats (the user and database names beside it, the service names).
 */
export function runtimeSecret(name: string, value: ConfigValue, lists: NameLists | undefined, known?: KnownWords): RuntimeSecret | null {
  const text = value.text ?? "";
  const literals = value.kind === "literal" ? literalSecretsIn(text, known) : value.defaults.flatMap((d) => literalSecretsIn(d, known));
  if (literals.length > 0) {
    const what = value.kind === "literal" ? `a literal ${literals[0]!.kind}` : `a literal ${literals[0]!.kind} as the default of its interpolation`;
    return { what, secrets: literals.map((l) => l.secret) };
  }
  if (classifySecretName(name, lists) !== "secret") return null;
  if (value.kind === "literal" && isRealSecretLiteral(text, known)) return { what: "a literal secret", secrets: [text] };
  const realDefault = value.defaults.find((d) => isRealSecretLiteral(d, known));
  if (realDefault !== undefined) return { what: "a literal secret as the default of its interpolation", secrets: [realDefault] };
  return null;
}

/** `KEY=value` lines of an env file (`export KEY=value`, quotes and `#` comments as compose reads them). */
function envFileEntries(text: string, span: Span): { name: string; value: ConfigValue }[] {
  const entries: { name: string; value: ConfigValue }[] = [];
  const lines = text.split(/\r?\n/, MAX_ENV_FILE_LINES);
  for (const raw of lines) {
    const line = raw.trim().replace(/^export\s+/, "");
    if (line === "" || line.startsWith("#")) continue;
    const equals = line.indexOf("=");
    if (equals <= 0) continue;
    let value = line.slice(equals + 1).trim();
    const quote = value[0];
    if ((quote === '"' || quote === "'") && value.length >= 2 && value.endsWith(quote)) value = value.slice(1, -1);
    else {
      // An inline comment starts at a blank before `#` (found linearly; `/\s+#.*$/` backtracks on long blank runs).
      const hash = value.search(/\s#/);
      if (hash >= 0) value = value.slice(0, hash).trimEnd();
    }
    // Single-quoted values are not interpolated.
    const interpolation = quote === "'" ? "none" : "compose";
    entries.push({ name: line.slice(0, equals).trim(), value: readValue(value, span, { github: false, interpolation }) });
  }
  return entries;
}

/**
 * Per service, the words a sample credential repeats: every service name, and the literal values
 * of the service's entries whose names are not secret (`MYSQL_USER: passbolt`).
 */
function knownWords(entries: readonly RuntimeEnvEntry[], lists: NameLists | undefined): Map<string, KnownWords> {
  const services = new Set(entries.map((e) => e.service.toLowerCase()));
  const values = new Map<string, Set<string>>();
  for (const entry of entries) {
    let words = values.get(entry.service);
    if (!words) values.set(entry.service, (words = new Set()));
    if (entry.value.kind === "literal" && entry.value.text && classifySecretName(entry.name, lists) === null) {
      words.add(entry.value.text.trim().toLowerCase());
    }
  }
  const known = new Map<string, KnownWords>();
  for (const [service, words] of values) known.set(service, { has: (word) => services.has(word) || words.has(word) });
  return known;
}

/** The comment after `offset` on its line (`KEY: value # change this`), or "". */
function trailingComment(text: string, offset: number): string {
  const lineEnd = text.indexOf("\n", offset);
  const rest = text.slice(offset, lineEnd < 0 ? text.length : lineEnd);
  const hash = rest.search(/(?:^|\s)#/);
  return hash < 0 ? "" : rest.slice(hash);
}

/** Items of several services at one place of the file, once, with the services in file order. */
function byPlace<T extends { readonly service: string }>(items: readonly T[], place: (item: T) => string): { item: T; services: string[] }[] {
  const groups = new Map<string, { item: T; services: Set<string> }>();
  for (const item of items) {
    const key = place(item);
    const group = groups.get(key);
    if (group) group.services.add(item.service);
    else groups.set(key, { item, services: new Set([item.service]) });
  }
  return [...groups.values()].map(({ item, services }) => ({ item, services: [...services] }));
}

const LISTED_SERVICES = 5;

function servicesText(services: readonly string[]): string {
  if (services.length === 1) return `service ${services[0]}`;
  const listed = services.slice(0, LISTED_SERVICES).join(", ");
  return `services ${listed}${services.length > LISTED_SERVICES ? ` and ${services.length - LISTED_SERVICES} more` : ""}`;
}

function sectionText(entry: RuntimeEnvEntry): string {
  return entry.section === "environment" ? "Environment variable" : entry.section === "labels" ? "Label" : "Build label";
}

export const noSecretInComposeEnv = defineBuildConfigRule({
  id: "no-secret-in-compose-env",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow literal secrets in compose environment, labels and committed env files",
      recommended: true,
      url: docsUrl("no-secret-in-compose-env"),
    },
    messages: {
      secretEnvironment:
        "{{section}} {{name}} of {{services}} holds {{what}}: it is stored in the container's config, which anyone who can run docker inspect on the container reads, and in every clone of this file. Give it to the service as a compose secret (secrets:, mounted under /run/secrets/) or an orchestrator secret, or interpolate it from an environment that is not committed (${{{name}}}).",
      secretLabel:
        "{{section}} {{name}} of {{services}} holds {{what}}: labels are stored in the {{object}} config, which anyone who can run docker inspect reads, and in every clone of this file. Keep secrets out of labels: give the service a compose secret (secrets:, mounted under /run/secrets/) or an orchestrator secret.",
      committedEnvFile:
        "Compose env_file {{path}} of {{services}} is committed and sets {{names}} to {{what}}: every clone of the repository has them, and they are stored in the container's config, which anyone who can run docker inspect reads. Remove the file from the repository (commit an example file instead) and give the service compose secrets (secrets:, mounted under /run/secrets/) or an orchestrator secret.",
    },
    schema: [],
    defaultOptions: [],
    channel: "config",
    severity: "error",
  },
  check({ config, names, envFile, report }) {
    const known = knownWords(config.runtimeEnv, names);
    // An entry merged into several services (`<<: *common`) is one line of the file: one finding.
    for (const { item: entry, services } of byPlace(config.runtimeEnv, (e) => `${e.section}:${e.span.start}`)) {
      const secret = runtimeSecret(entry.name, entry.value, names, known.get(entry.service));
      if (!secret) continue;
      // `PASSWORD: Xs…7 # change this`: the file says it is a template.
      if (asksToBeReplaced(trailingComment(config.text, entry.value.span.end))) continue;
      report({
        messageId: entry.section === "environment" ? "secretEnvironment" : "secretLabel",
        data: {
          section: sectionText(entry),
          name: entry.name,
          services: servicesText(services),
          what: secret.what,
          object: entry.section === "build.labels" ? "image's" : "container's",
        },
        span: entry.span,
        secrets: secret.secrets,
      });
    }
    for (const { item: ref, services } of byPlace(config.envFiles, (e) => `${e.span.start}`)) {
      const content = envFile(ref);
      if (!content?.committed) continue;
      const found: { name: string; secret: RuntimeSecret }[] = [];
      for (const { name, value } of envFileEntries(content.text, ref.span)) {
        const secret = runtimeSecret(name, value, names, known.get(ref.service));
        if (secret) found.push({ name, secret });
      }
      if (found.length === 0) continue;
      report({
        messageId: "committedEnvFile",
        data: {
          path: ref.path,
          services: servicesText(services),
          names: found.map((f) => f.name).join(", "),
          what: found.length === 1 ? found[0]!.secret.what : "literal secrets",
        },
        span: ref.span,
        secrets: found.flatMap((f) => f.secret.secrets),
      });
    }
  },
});
