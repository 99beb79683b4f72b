/**
 * ENV and LABEL values are stored in the image config: `docker inspect` shows them to anyone who
 * can pull the image, every stage built FROM this one inherits them, and a later `ENV X=` does not
 * remove them from the earlier layer's metadata.
 */
import { classifySecretName } from "../detect/secret-names.js";
import { isFlagValue, isPlaceholder, isReferenceValue } from "../detect/secret-values.js";
import { findVariableUses } from "../model/substitution.js";
import type { Model } from "../model/index.js";
import type { Instruction, Property } from "../parse/dockerfile.js";
import type { RelatedLocation } from "../types.js";
import { laterRuns } from "../rule-kit/copies.js";
import { defineRule, docsUrl } from "./types.js";
import { literalSecretsOf, secretId } from "../rule-kit/secrets.js";

/**
 * The later ENV of the same stage that replaces this ENV's value before the stage ends (so the
 * final image config, which stages built FROM this one inherit, does not hold it), or null. An
 * ONBUILD ENV sets the child's config, which this Dockerfile does not see the end of.
 */
function replacedBy(model: Model, instruction: Instruction, prop: Property): Instruction | null {
  const stage = model.stageOf(instruction);
  if (!stage || instruction.onbuild) return null;
  const variable = model.variables.declaredBy(instruction).find((v) => v.property === prop);
  const last = model.variables.endOf(stage.index).get(prop.name);
  if (!variable || !last || last === variable) return null;
  // The first later ENV of the stage that declares the name again.
  return stage.instructions.find((i) => i.keyword === "ENV" && i.span.start > instruction.span.start && model.variables.declaredBy(i).some((v) => v.name === prop.name)) ?? null;
}

/** The RUN instructions of `from`'s stage between `from` and `to`. */
function runsBetween(model: Model, from: Instruction, to: Instruction): Instruction[] {
  return laterRuns(model, from).filter((run) => run.span.start < to.span.start);
}

export const noSecretInEnv = defineRule({
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
        "ENV {{name}} stores a secret in the image config {{where}}: docker inspect shows it to anyone who can pull the image, and unsetting it in a RUN does not remove it. Give it only to the RUN that needs it with --mount=type=secret,id={{id}},env={{name}}.",
      copiesSecret:
        "{{keyword}} {{name}} copies the secret {{sources}} into the image config {{where}}: docker inspect shows its value. Use the secret only inside the RUN that needs it (RUN --mount=type=secret,id={{id}},env={{source}}).",
      copiesSecretReplaced:
        "ENV {{name}} copies the secret {{sources}} {{where}}, and the image history keeps it: a later ENV {{name}} replaces it in the final image config, but each RUN that follows records the build arg {{source}} (docker history --no-trunc shows it), and so does the build's provenance. Use the secret only inside the RUN that needs it (RUN --mount=type=secret,id={{id}},env={{source}}).",
      secretEnvReplaced:
        "ENV {{name}} stores a secret {{where}}, and the image history keeps it: a later ENV {{name}} replaces it in the final image config, but the history records this ENV as written (docker history --no-trunc shows its value). Give it only to the RUN that needs it with --mount=type=secret,id={{id}},env={{name}}.",
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
        const replacing = keyword === "ENV" ? replacedBy(model, instruction, prop) : null;
        if (sources.size > 0 && replacing) {
          // Replaced before the stage ends: not in the config. What still leaks is the build arg
          // each RUN records (an ENV source is in the config through its own ENV, reported there).
          const args = [...sources].filter((name) => scope.get(name)?.kind === "arg");
          if (args.length === 0) continue;
          const related: RelatedLocation[] = [{ message: `ENV ${prop.name} is replaced here: the final image config holds this value instead.`, span: replacing.span }];
          for (const run of runsBetween(model, instruction, replacing)) {
            related.push({ message: `This RUN records the build arg ${args.join(", ")} in the image history while ENV ${prop.name} holds it.`, span: run.span });
          }
          report({
            messageId: "copiesSecretReplaced",
            data: { name: prop.name, sources: [...sources].join(", "), source: args[0]!, id: secretId(args[0]!) },
            instruction,
            span: prop.span,
            related,
            channel: "history",
          });
          continue;
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
        // The variable model's verdict on the name: a switch (`ENV X_TOKEN=${X_TOKEN}` after `ARG X_TOKEN=0`) is none.
        if (model.variables.declaredBy(instruction).some((v) => v.property === prop && !v.sources.includes(prop.name))) continue;
        if (isReferenceValue(raw) || isPlaceholder(raw) || isFlagValue(raw)) continue;
        // A value made only of variables nobody declared expands to nothing.
        const literal = uses.reduceRight((rest, use) => rest.slice(0, use.start) + rest.slice(use.end), raw).trim();
        if (literal === "" && uses.every((use) => !scope.has(use.name))) continue;
        if (replacing) {
          report({
            messageId: "secretEnvReplaced",
            data: { name: prop.name, id: secretId(prop.name) },
            instruction,
            span: prop.span,
            related: [{ message: `ENV ${prop.name} is replaced here: the final image config holds this value instead.`, span: replacing.span }],
            channel: "history",
          });
          continue;
        }
        report({ messageId: "secretEnv", data: { name: prop.name, id: secretId(prop.name) }, instruction, span: prop.span });
      }
    }
  },
});
