/**
 * A build arg is recorded in the history of every RUN that follows it (`docker history`) and in
 * BuildKit's provenance attestations, whatever stage it is in: an ARG is never a way to pass a
 * secret.
 */
import type { Fix } from "../types.js";
import { docsUrl, type Rule } from "./types.js";
import { literalSecretsOf, runsUsing, secretId, secretMountSuggestion } from "./secret-utils.js";

export const noSecretInArg: Rule = {
  id: "no-secret-in-arg",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow build args whose name says they carry a secret",
      recommended: true,
      url: docsUrl("no-secret-in-arg"),
    },
    messages: {
      secretArg:
        "ARG {{name}} carries a secret {{where}}: its value is recorded in the image history of every RUN that follows and in the build's provenance. Pass it with RUN --mount=type=secret,id={{id}},env={{name}} instead.",
      secretFromBuild:
        "ARG {{name}} carries a secret {{where}}: the build configuration passes a secret into it, and its value is recorded in the image history of every RUN that follows and in the build's provenance. Pass it as a build secret and read it with RUN --mount=type=secret,id={{id}},env={{name}} instead.",
    },
    schema: [],
    defaultOptions: [],
    channel: "history",
    severity: "stage",
    hasSuggestions: true,
  },
  check({ model, report }) {
    const text = model.parsed.text;
    for (const instruction of model.instructions) {
      if (instruction.keyword !== "ARG") continue;
      for (const variable of model.variables.declaredBy(instruction)) {
        if (!variable.sources.includes(variable.name)) continue;
        // One key, one finding: a hardcoded default is no-hardcoded-secret's.
        if (literalSecretsOf(variable.property, text, model.names).length > 0) continue;
        const suggestion = secretMountSuggestion(model, variable, runsUsing(model, instruction, variable.name));
        const suggestions: Fix[] = suggestion ? [suggestion] : [];
        report({
          messageId: variable.suppliedSecret ? "secretFromBuild" : "secretArg",
          data: { name: variable.name, id: secretId(variable.name) },
          instruction,
          span: variable.property.span,
          suggestions,
        });
      }
    }
  },
};

