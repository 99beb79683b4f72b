/**
 * A `.dockerignore` that exists but misses secret patterns still lets `COPY . .` (or a directory
 * or glob copy) send secrets into a layer; a real secret file in the context that a COPY covers is
 * worse than a missing pattern.
 */
import { isSecretFilePattern } from "../detect/secret-files.js";
import { harmlessContent } from "../model/contents.js";
import { sentFrom, type CopySpec } from "../model/layers.js";
import { copySpecs, firstWholeContextCopy, listPaths } from "../rule-kit/copies.js";
import { appendEntriesFix, entriesFor, missingProbes } from "../rule-kit/dockerignore.js";
import { defineRule, docsUrl } from "./types.js";

export const requireDockerignoreEntries = defineRule({
  id: "require-dockerignore-entries",
  meta: {
    type: "problem",
    docs: {
      description: "Require the .dockerignore to exclude secret files the build would send",
      recommended: true,
      url: docsUrl("require-dockerignore-entries"),
    },
    messages: {
      missingPatterns:
        "{{ignoreFile}} does not exclude {{probes}}: {{keyword}} {{source}} would send such files into a layer. Add the missing entries (layerlint --fix does this).",
      secretInContext:
        "{{keyword}} {{source}} sends {{files}} from the build context into a layer {{where}}: {{ignoreFile}} does not exclude {{them}}. Add {{entries}} to {{ignoreFile}} (layerlint --fix does this).",
      referencesOnly:
        "{{keyword}} {{source}} sends {{files}} from the build context into a layer {{where}}: {{ignoreFile}} does not exclude {{them}}, but {{its}} content holds only variable references, no literal secret, so nothing secret ships today; a value written into {{them}} later would. Add {{entries}} to {{ignoreFile}} (layerlint --fix does this).",
      settingsOnly:
        "{{keyword}} {{source}} sends {{files}} from the build context into a layer {{where}}: {{ignoreFile}} does not exclude {{them}}, but {{its}} content holds settings only, no credential, so nothing secret ships today; a token written into {{them}} later would. Add {{entries}} to {{ignoreFile}} (layerlint --fix does this).",
      contextIncomplete:
        "{{keyword}} {{source}} sends files from a build context that was not fully checked for secret files: {{reason}}; not checked: {{unchecked}}. Exclude large directories (dependencies, build output) in {{ignoreFile}} so the walk finishes.",
    },
    schema: [
      {
        type: "object",
        properties: {
          reportIncompleteContext: {
            type: "boolean",
            description: "Report a COPY/ADD whose build context the walk could not finish (a bound was hit). Default true: an unchecked context must not pass as a clean one.",
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ reportIncompleteContext: true }],
    channel: "context",
    severity: "stage",
    severityNote: "missing patterns: warning",
    fixable: "code",
  },
  check({ model, report, options }) {
    const context = model.context;
    if (!context) return;
    const ignoreName = context.ignoreFile?.path ?? ".dockerignore";
    if (context.truncated !== undefined && options.reportIncompleteContext !== false) {
      const spec = copySpecs(model).find((s) => s.from === null && s.sources.some((source) => source.path !== null && !source.url));
      if (spec) {
        const source = spec.sources.find((s) => s.path !== null && !s.url)!;
        report({
          messageId: "contextIncomplete",
          data: {
            keyword: spec.instruction.keyword,
            source: source.value ?? ".",
            reason: context.truncated
              .replace(/; files after it were not checked\.$/, "")
              .replace(/\.$/, "")
              .replace(/^The /, "the "),
            unchecked: listPaths(context.unchecked ?? [], 3) || "the rest of the context",
            ignoreFile: ignoreName,
          },
          instruction: spec.instruction,
          span: spec.instruction.span,
        });
      }
    }
    // (a) the default secret patterns, probed at the context root.
    const whole = context.ignoreFile ? firstWholeContextCopy(model) : null;
    if (whole) {
      const missing = missingProbes(context);
      if (missing.length > 0) {
        const source = whole.sources.find((s) => s.wholeContext)!;
        report({
          messageId: "missingPatterns",
          data: { ignoreFile: ignoreName, probes: listPaths(missing, 6), keyword: whole.instruction.keyword, source: source.value ?? "." },
          instruction: whole.instruction,
          span: whole.instruction.span,
          severity: "warning",
          fix: appendEntriesFix(context, entriesFor(missing)),
        });
      }
    }
    // (b) real secret files of the context that a COPY/ADD source covers.
    const byCopy = new Map<CopySpec, string[]>();
    const specs = copySpecs(model).filter((spec) => spec.from === null);
    for (const file of context.secretFiles) {
      if (file.type !== "file") continue;
      const covering = specs.find((spec) =>
        spec.sources.some((source) => {
          const root = sentFrom(spec, source, file.path);
          if (root === null) return false;
          // Without an ignore file require-dockerignore reports the whole-context copy; a source
          // that is the file, or a glob that targets secret names, is no-secret-file-copy's.
          if (source.wholeContext) return context.ignoreFile !== null;
          if (source.glob) return !isSecretFilePattern(source.path!, model.files);
          return source.path !== file.path;
        }),
      );
      if (!covering) continue;
      byCopy.set(covering, [...(byCopy.get(covering) ?? []), file.path]);
    }
    for (const [spec, all] of byCopy) {
      const source = spec.sources.find((s) => s.path !== null && !s.url) ?? spec.sources[0]!;
      // A file whose content was read and holds no literal (only references, or only settings) ships no secret: a warning that says why.
      // Public key material (a PGP public key, DH parameters) under a key's name is no secret at all.
      const byContent = new Map(all.map((path) => [path, harmlessContent(model, path)]));
      for (const [files, messageId] of [
        [all.filter((path) => byContent.get(path) === null), "secretInContext"],
        [all.filter((path) => byContent.get(path) === "references"), "referencesOnly"],
        [all.filter((path) => byContent.get(path) === "settings"), "settingsOnly"],
      ] as const) {
        if (files.length === 0) continue;
        const entries = entriesFor(files);
        report({
          messageId,
          data: {
            keyword: spec.instruction.keyword,
            source: source.value ?? ".",
            files: listPaths(files),
            its: files.length === 1 ? "its" : "their",
            them: files.length === 1 ? "it" : "them",
            entries: entries.join(", "),
            ignoreFile: ignoreName,
          },
          instruction: spec.instruction,
          span: spec.instruction.span,
          fix: appendEntriesFix(context, entries),
          ...(messageId === "secretInContext" ? {} : { severity: "warning" as const }),
        });
      }
    }
  },
});
