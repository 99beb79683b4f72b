import { findSecretsInText } from "../detect/secret-values.js";
import { redact, replaceControlCharacters } from "../redact.js";
import type { BuildContext, Fix } from "../types.js";

/** Secret paths probed at the context root (docs/spec.md §5, require-dockerignore-entries (a)). */
export const PROBES: readonly string[] = [
  ".env",
  ".env.local",
  ".env.production",
  ".git/config",
  ".npmrc",
  ".pypirc",
  ".netrc",
  ".git-credentials",
  ".aws/credentials",
  ".ssh/id_rsa",
  "id_rsa",
  "id_ed25519",
  ".docker/config.json",
  "server.key",
  "private.pem",
];

/** The ignore entry that excludes each probe. */
const ENTRY_FOR_PROBE: Readonly<Record<string, string>> = {
  ".env": ".env",
  ".env.local": ".env.*",
  ".env.production": ".env.*",
  ".git/config": ".git",
  ".npmrc": ".npmrc",
  ".pypirc": ".pypirc",
  ".netrc": ".netrc",
  ".git-credentials": ".git-credentials",
  ".aws/credentials": ".aws",
  ".ssh/id_rsa": ".ssh",
  id_rsa: "id_rsa",
  id_ed25519: "id_ed25519",
  ".docker/config.json": ".docker",
  "server.key": "*.key",
  "private.pem": "*.pem",
};

/** What `layerlint --fix` writes into a new `.dockerignore`. */
export const DEFAULT_DOCKERIGNORE = [
  "# Secrets must never reach the Docker build context (written by layerlint --fix).",
  ".env",
  ".env.*",
  "!.env.example",
  ".git",
  ".npmrc",
  ".pypirc",
  ".netrc",
  ".git-credentials",
  ".aws",
  ".ssh",
  "id_rsa",
  "id_ed25519",
  ".docker",
  "*.key",
  "*.pem",
  "",
].join("\n");

export function missingProbes(context: BuildContext): string[] {
  return PROBES.filter((probe) => !context.isExcluded(probe));
}

/**
 * A literal path as an ignore entry: glob characters escaped; a line break (no ignore line can
 * hold one) and every other control or bidi character as `?`, which matches it, so the entry —
 * and the diff `--fix-dry-run` prints — holds no terminal escape.
 */
function literalEntry(text: string): string {
  return replaceControlCharacters(text.replace(/[\\*?[\]]/g, "\\$&"), "?");
}

/**
 * The ignore entry for one context file: its path, anchored, as a literal — except that a secret
 * in the name (`ghp_….pem`) is written as its redaction's first characters and one `?` per other
 * character, so the fix text never carries the secret and still excludes exactly that name.
 */
function fileEntry(path: string): string {
  let entry = "/";
  let copied = 0;
  for (const match of findSecretsInText(path)) {
    const shown = redact(path.slice(match.start, match.end)).length - 1;
    entry += literalEntry(path.slice(copied, match.start + shown));
    entry += "?".repeat(Array.from(path.slice(match.start + shown, match.end)).length);
    copied = match.end;
  }
  return entry + literalEntry(path.slice(copied));
}

/** Ignore entries that exclude the given probes or context files (probes map to patterns, files to their path). */
export function entriesFor(paths: readonly string[]): string[] {
  const entries: string[] = [];
  for (const path of paths) {
    // A file name is not a pattern: a name like "x.pem\n!*.pem" cannot add an exception.
    const entry = ENTRY_FOR_PROBE[path] ?? fileEntry(path);
    if (!entries.includes(entry)) entries.push(entry);
  }
  return entries;
}

export function createIgnoreFileFix(): Fix {
  return {
    description: "Create .dockerignore excluding secret files",
    changes: [{ file: "dockerignore", path: ".dockerignore", create: true, edits: [{ start: 0, end: 0, text: DEFAULT_DOCKERIGNORE }] }],
  };
}

/** Appends entries to the existing ignore file (or creates `.dockerignore` when there is none). */
export function appendEntriesFix(context: BuildContext, entries: readonly string[]): Fix {
  const ignore = context.ignoreFile;
  const block = `# Secrets (added by layerlint --fix)\n${entries.join("\n")}\n`;
  if (!ignore) {
    return {
      description: `Create .dockerignore excluding ${entries.join(", ")}`,
      changes: [{ file: "dockerignore", path: ".dockerignore", create: true, edits: [{ start: 0, end: 0, text: block }] }],
    };
  }
  const needsNewline = ignore.text.length > 0 && !ignore.text.endsWith("\n");
  return {
    description: `Add ${entries.join(", ")} to ${ignore.path}`,
    changes: [
      {
        file: "dockerignore",
        path: ignore.path,
        create: false,
        edits: [{ start: ignore.text.length, end: ignore.text.length, text: `${needsNewline ? "\n" : ""}${block}` }],
      },
    ],
  };
}
