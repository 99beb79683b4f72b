/**
 * ENV and LABEL values are stored in the image config: `docker inspect` shows them to anyone who
 * can pull the image, every stage built FROM this one inherits them, and a later `ENV X=` does not
 * remove them from the earlier layer's metadata.
 */
import { classifySecretName } from "../detect/secret-names.js";
import { isFlagValue, isPlaceholder, isReferenceValue } from "../detect/secret-values.js";
import { findVariableUses } from "../model/substitution.js";
import { docsUrl, type Rule } from "./types.js";
import { literalSecretsOf, secretId } from "./secret-utils.js";

export const noSecretInEnv: Rule = {
  id: "no-secret-in-env",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow secrets in ENV and LABEL values, which persist in the image config",
      recommended: true,
      url: docsUrl("no-secret-in-env"),
    },
    messages: {
      secretEnv:
        "ENV {{name}} stores a secret in the image config {{where}}: docker inspect shows it to anyone who can pull the image, and a later ENV or unset does not remove it. Give it only to the RUN that needs it with --mount=type=secret,id={{id}},env={{name}}.",
      copiesSecret:
        "{{keyword}} {{name}} copies the secret {{sources}} into the image config {{where}}: docker inspect shows its value. Use the secret only inside the RUN that needs it (RUN --mount=type=secret,id={{id}},env={{source}}).",
    },
    schema: [],
    defaultOptions: [],
    channel: "config",
    severity: "stage",
  },
  check({ model, report }) {
    const text = model.parsed.text;
    const escape = model.parsed.directives.escape;
    for (const instruction of model.instructions) {
      const keyword = instruction.keyword;
      if (keyword !== "ENV" && keyword !== "LABEL") continue;
      const scope = model.variables.scopeBefore(instruction);
      for (const prop of instruction.properties) {
        const raw = prop.value ?? "";
        if (raw === "" || !prop.name) continue;
        if (literalSecretsOf(prop, text, model.names).length > 0) continue;
        const uses = findVariableUses(raw, escape);
        const sources = new Set<string>();
        for (const use of uses) {
          const variable = scope.get(use.name);
          if (variable?.secret) for (const source of variable.sources) sources.add(source);
        }
        if (sources.size > 0) {
          const list = [...sources];
          report({
            messageId: "copiesSecret",
            data: {
              keyword,
              name: prop.name,
              sources: list.join(", "),
              source: list[0]!,
              id: secretId(list[0]!),
            },
            instruction,
            span: prop.span,
          });
          continue;
        }
        if (keyword !== "ENV" || classifySecretName(prop.name, model.names) !== "secret") continue;
        if (isReferenceValue(raw) || isPlaceholder(raw) || isFlagValue(raw)) continue;
        // A value made only of variables nobody declared expands to nothing.
        const literal = uses.reduceRight((rest, use) => rest.slice(0, use.start) + rest.slice(use.end), raw).trim();
        if (literal === "" && uses.every((use) => !scope.has(use.name))) continue;
        report({ messageId: "secretEnv", data: { name: prop.name, id: secretId(prop.name) }, instruction, span: prop.span });
      }
    }
  },
};
