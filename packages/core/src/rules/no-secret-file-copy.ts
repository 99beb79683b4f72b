/**
 * COPY and ADD put their sources into a layer, and `docker save` exposes every layer: a secret
 * file copied in stays extractable even if a later RUN deletes it. Build-time secrets belong in a
 * secret or SSH mount that never becomes a layer.
 */
import { copiedFileKind, isSecretFilePattern, secretFileKind } from "../detect/secret-files.js";
import { harmlessContents } from "../model/contents.js";
import { basename } from "../model/paths.js";
import type { Model } from "../model/index.js";
import type { CopySpec } from "../model/layers.js";
import type { Instruction } from "../parse/dockerfile.js";
import type { Fix, TextEdit } from "../types.js";
import { copySpecs, globSecretFiles, laterRuns, listPaths } from "../rule-kit/copies.js";
import { addRunFlag, removeInstruction, syntaxDirectiveEdits } from "../rule-kit/edits.js";
import { defineRule, docsUrl } from "./types.js";

const SSH_KEY = /^(id_(rsa|dsa|ecdsa|ed25519)|.*\.ppk)$/i;
const SSH_PROGRAMS = /\bgit\s+(clone|fetch|pull|submodule|ls-remote)\b|\b(ssh|scp|sftp|rsync)\s/;

/** Rewrites `COPY <secret>` + the RUNs that need it into secret (or SSH) mounts. */
function mountSuggestion(model: Model, spec: CopySpec, source: string, dest: string): Fix | null {
  if (spec.sources.length !== 1 || spec.instruction.onbuild || spec.heredocs) return null;
  // The RUNs that may read the file: up to (not including) the first one that deletes it.
  const layers = model.layers().stage(model.stageOf(spec.instruction)?.index ?? -1).layers;
  const runs: Instruction[] = [];
  for (const run of laterRuns(model, spec.instruction)) {
    const layer = layers.find((l) => l.instruction === run);
    if (layer?.hides.some(({ file }) => file.addedBy === spec.instruction)) break;
    if (!run.exec) runs.push(run);
  }
  if (runs.length === 0) return null;
  const name = basename(source);
  if (SSH_KEY.test(name)) {
    const users = runs.filter((run) => SSH_PROGRAMS.test(model.parsed.text.slice(run.argsStart, run.argsEnd)));
    if (users.length === 0) return null;
    return {
      description: `Use the SSH agent (--mount=type=ssh) instead of copying ${source}`,
      changes: [{ file: "dockerfile", edits: [removeInstruction(model, spec.instruction), ...users.flatMap((run) => addRunFlag(run, "--mount=type=ssh"))] }],
    };
  }
  const id = name.replace(/^\.+/, "").replace(/[^A-Za-z0-9_-]+/g, "_").toLowerCase() || "secret";
  const edits: TextEdit[] = [...syntaxDirectiveEdits(model), removeInstruction(model, spec.instruction)];
  for (const run of runs) edits.push(...addRunFlag(run, `--mount=type=secret,id=${id},target=${dest}`));
  return {
    description: `Mount ${source} as a secret (--mount=type=secret,id=${id},target=${dest}) instead of copying it`,
    changes: [{ file: "dockerfile", edits }],
  };
}

export const noSecretFileCopy = defineRule({
  id: "no-secret-file-copy",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow COPY and ADD of secret files into image layers",
      recommended: true,
      url: docsUrl("no-secret-file-copy"),
    },
    messages: {
      copySecretFile:
        "{{keyword}} {{source}} puts a secret ({{kind}}) into a layer {{where}}: docker save exposes it even if a later RUN deletes it. {{fix}}",
      copyReferencesOnly:
        "{{keyword}} {{source}} puts a secret file ({{kind}}) into a layer {{where}}, but its content holds only variable references, no literal secret: nothing secret ships today, yet a value written into it later would. {{fix}}",
      copySettingsOnly:
        "{{keyword}} {{source}} puts a secret file ({{kind}}) into a layer {{where}}, but its content holds settings only, no credential: nothing secret ships today, yet a token written into it later would. {{fix}}",
      heredocSecret:
        "{{keyword}} writes a {{kind}} to {{dest}} in a layer {{where}}: docker save exposes it. Mount the secret for the RUN that needs it with RUN --mount=type=secret instead.",
    },
    schema: [],
    defaultOptions: [],
    channel: "layers",
    severity: "stage",
    hasSuggestions: true,
  },
  check({ model, report }) {
    for (const spec of copySpecs(model)) {
      if (spec.from !== null) continue;
      const { instruction } = spec;
      for (const source of spec.sources) {
        if (source.path === null || source.wholeContext || source.url) continue;
        // A glob that targets secret names copies, when the context is known, the real secret
        // files it matches (none: nothing secret ships); a broad glob that happens to match one
        // (`conf/*`) is require-dockerignore-entries' finding, like a directory.
        const targetsSecrets = source.glob && isSecretFilePattern(source.path, model.files);
        const matched = targetsSecrets ? globSecretFiles(model, spec, source) : null;
        const dest = spec.dest === null ? source.path : spec.destIsDir ? `${spec.dest}/${basename(source.path)}`.replace(/\/\/+/g, "/") : spec.dest;
        const kind = !source.glob
          ? copiedFileKind(source.path, dest, model.files)
          : !targetsSecrets
            ? null
            : matched === null
              ? "files matching a secret name"
              : matched.length > 0
                ? `${[...new Set(matched.map((path) => secretFileKind(path, model.files)))].join(", ")}: ${listPaths(matched)}`
                : null;
        if (!kind) continue;
        const ssh = SSH_KEY.test(basename(source.path));
        const fix = ssh
          ? "Forward the SSH agent with RUN --mount=type=ssh instead (docker build --ssh default)."
          : source.glob
            ? "Mount each secret only for the RUN that needs it with RUN --mount=type=secret instead."
            : `Mount it for the RUN that needs it with RUN --mount=type=secret,id=${basename(source.path).replace(/^\.+/, "") || "secret"},target=${dest} instead.`;
        const suggestion = source.glob ? null : mountSuggestion(model, spec, source.path, dest);
        // Read and found to hold no literal (only `_authToken=${NPM_TOKEN}`, or only settings): a warning that says why.
        const harmless = harmlessContents(model, matched ?? (source.glob ? [] : [source.path]));
        // Read and found to be public key material (a PGP public key, DH parameters): no secret at all.
        if (harmless === "public") continue;
        report({
          messageId: harmless === "references" ? "copyReferencesOnly" : harmless === "settings" ? "copySettingsOnly" : "copySecretFile",
          ...(harmless === null ? {} : { severity: "warning" as const }),
          data: { keyword: instruction.keyword, source: source.value ?? source.path, kind, fix },
          instruction,
          span: model.parsed.lines.span(source.start, source.end),
          suggestions: suggestion ? [suggestion] : [],
        });
      }
      if (spec.heredocs) {
        const layer = model.layers().stage(model.stageOf(instruction)?.index ?? -1).layers.find((l) => l.instruction === instruction);
        for (const file of layer?.added ?? []) {
          if (file.via !== "heredoc" || !file.secretKind) continue;
          report({
            messageId: "heredocSecret",
            data: { keyword: instruction.keyword, kind: file.secretKind, dest: file.path },
            instruction,
            span: instruction.span,
          });
        }
      }
    }
  },
});
