/**
 * A RUN that reads a secret from an ARG or ENV leaks it: BuildKit records the build args each RUN
 * sees in the history (`RUN |1 NPM_TOKEN=… /bin/sh -c …`) and provenance, and ENV values sit in
 * the config. A secret mount (`RUN --mount=type=secret`) exists only while that RUN runs.
 */
import type { Fix } from "../types.js";
import { defineRule, docsUrl } from "./types.js";
import { runsUsing, secretId, secretMountSuggestion, secretUsesOf } from "../rule-kit/secrets.js";

export const requireSecretMount = defineRule({
  id: "require-secret-mount",
  meta: {
    type: "problem",
    docs: {
      description: "Require RUN to read secrets from a BuildKit secret mount, not from ARG or ENV",
      recommended: true,
      url: docsUrl("require-secret-mount"),
    },
    messages: {
      useMount:
        "RUN reads the secret {{variables}} from {{origin}} {{where}}: build args a RUN uses are recorded in the image history and provenance, and ENV values in the image config. Mount it for this RUN only with --mount=type=secret,id={{id}},env={{name}} (or use a multi-stage build that never ships it).",
    },
    schema: [],
    defaultOptions: [],
    channel: "history",
    severity: "stage",
    hasSuggestions: true,
  },
  check({ model, report }) {
    for (const run of model.instructions) {
      if (run.keyword !== "RUN") continue;
      const uses = secretUsesOf(model, run);
      if (uses.length === 0) continue;
      const variables = uses.map((v) =>
        v.suppliedSecret
          ? `${v.name} (the build configuration passes a secret into it)`
          : v.sources.includes(v.name)
            ? v.name
            : `${v.name} (which carries ${v.sources.join(", ")})`,
      );
      const kinds = new Set(uses.map((v) => (v.kind === "arg" ? "ARG" : "ENV")));
      const first = uses[0]!;
      const suggestions: Fix[] = [];
      for (const variable of uses) {
        if (variable.kind !== "arg" || !variable.sources.includes(variable.name) || variable.global) continue;
        const suggestion = secretMountSuggestion(model, variable, runsUsing(model, variable.instruction, variable.name));
        if (suggestion) suggestions.push(suggestion);
      }
      report({
        messageId: "useMount",
        data: {
          variables: variables.join(", "),
          origin: [...kinds].join(" and "),
          id: secretId(first.sources[0] ?? first.name),
          name: first.sources[0] ?? first.name,
        },
        instruction: run,
        span: run.span,
        suggestions,
      });
    }
  },
});
