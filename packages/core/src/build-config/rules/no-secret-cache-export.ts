/**
 * A `mode=max` cache export writes the layers of every stage, builder stages included, to a store
 * others read (a registry, the repository's GitHub Actions cache, a bucket, a directory CI
 * uploads). Multi-stage builds keep a builder's secrets out of the image, not out of that cache:
 * the seed's "those builder images might still exist somewhere". Without builder-stage secrets a
 * max cache is just a faster build, so the rule asks the Dockerfile lint first.
 */
import { docsUrl } from "../../rules/types.js";
import type { Finding } from "../../types.js";
import { defineBuildConfigRule } from "./types.js";

/** Exporters that honour `mode=max` and write somewhere other than the image itself. */
const SHARED_STORES: ReadonlySet<string> = new Set(["registry", "gha", "s3", "azblob", "local"]);
const LISTED_FINDINGS = 3;
/**
 * Findings that put nothing into the cache: those that say a secret *could* reach a layer, not
 * that one does (no `.dockerignore` over a context without secret files or one the walk did not
 * finish, the probe of default patterns an existing one misses), and an ARG that no RUN records
 * (only the provenance holds it). A real secret file that a COPY of the context carries in
 * (`require-dockerignore/sendsSecrets`, `require-dockerignore-entries/secretInContext`) is a
 * builder secret.
 */
const HYPOTHETICAL: ReadonlySet<string> = new Set([
  "require-dockerignore/missing",
  "require-dockerignore/noSecretsYet",
  "require-dockerignore-entries/missingPatterns",
  "no-secret-in-arg/provenanceOnly",
]);

/** A finding in a stage the build does not ship that puts a secret into a layer, the history or the config. */
function isBuilderSecret(finding: Finding): boolean {
  return !finding.shipped && !HYPOTHETICAL.has(`${finding.ruleId}/${finding.messageId}`);
}

/** `no-secret-in-arg at line 4 (stage "builder"), …`: where the Dockerfile's builder secrets are. */
function summary(findings: readonly Finding[]): string {
  const parts = findings.slice(0, LISTED_FINDINGS).map((f) => `${f.ruleId} at line ${f.span.line}${f.stage ? ` (stage "${f.stage}")` : ""}`);
  if (findings.length > LISTED_FINDINGS) parts.push(`${findings.length - LISTED_FINDINGS} more`);
  return parts.join(", ");
}

export const noSecretCacheExport = defineBuildConfigRule({
  id: "no-secret-cache-export",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow mode=max cache exports of builds whose builder stages hold secrets",
      recommended: true,
      url: docsUrl("no-secret-cache-export"),
    },
    messages: {
      builderSecretsExported:
        "Cache export type={{type}} with mode=max writes the layers of every stage, builder stages included, where anyone who can read the cache gets them, and {{dockerfile}} has secrets in builder stages: {{findings}}. Export with mode=min (the default, only the image's own layers), or keep those secrets out of every layer with RUN --mount=type=secret.",
    },
    schema: [],
    defaultOptions: [],
    channel: "cache",
    severity: "error",
  },
  check({ config, dockerfileFindings, report }) {
    for (const build of config.builds) {
      const maxExports = build.cacheTo.filter((cache) => cache.mode === "max" && SHARED_STORES.has(cache.type));
      if (maxExports.length === 0) continue;
      // Builder-stage findings: those in stages the target does not ship, which leak only through cache and provenance.
      const builderSecrets = (dockerfileFindings(build) ?? []).filter(isBuilderSecret);
      if (builderSecrets.length === 0) continue;
      const dockerfile = build.dockerfile ?? (build.dockerfileInline !== null ? "the inline Dockerfile" : "the Dockerfile");
      for (const cache of maxExports) {
        report({
          messageId: "builderSecretsExported",
          data: { type: cache.type, dockerfile, findings: summary(builderSecrets) },
          span: cache.span,
        });
      }
    }
  },
});
