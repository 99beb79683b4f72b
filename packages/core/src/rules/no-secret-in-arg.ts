/**
 * A build arg is recorded in the history of every RUN that follows it (`docker history`) and in
 * BuildKit's provenance attestations, whatever stage it is in: an ARG is never a way to pass a
 * secret.
 */
import type { Variable } from "../model/variables.js";
import type { Instruction } from "../parse/dockerfile.js";
import type { Fix } from "../types.js";
import { laterRuns } from "../rule-kit/copies.js";
import { defineRule, docsUrl } from "./types.js";
import { literalSecretsOf, runsUsing, secretId, secretMountSuggestion } from "../rule-kit/secrets.js";

export const noSecretInArg = defineRule({
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
      provenanceOnly:
        "ARG {{name}} {{where}} carries a secret into the build's provenance{{supplied}}: no RUN follows it in its stage, so no image history records it, but the provenance attestations record the build args (BuildKit fills them in mode=min too). Pass it as a build secret and read it with RUN --mount=type=secret,id={{id}},env={{name}} where it is needed instead.",
      globalArg:
        "ARG {{name}} {{where}} carries a secret into the build's provenance{{supplied}}: no stage declares it again, so no RUN records it in the image history, but a build that passes it (--build-arg {{name}}=…) publishes its value in the provenance attestations (BuildKit fills their args in mode=min too). Pass it as a build secret and read it with RUN --mount=type=secret,id={{id}},env={{name}} where it is needed instead.",
    },
    schema: [],
    defaultOptions: [],
    channel: "history",
    severity: "stage",
    severityNote: "global ARG: warning",
    hasSuggestions: true,
  },
  check({ model, report }) {
    const text = model.parsed.text;
    /** Secret ARGs of an instruction that this rule reports (a hardcoded default is no-hardcoded-secret's: one key, one finding). */
    const secretArgs = (instruction: Instruction) =>
      model.variables.declaredBy(instruction).filter((v) => v.sources.includes(v.name) && literalSecretsOf(v.property, text, model.names).length === 0);
    const supplied = (variable: Variable) => (variable.suppliedSecret ? " (the build configuration passes a secret into it)" : "");

    // Names the stages declare: a global ARG a stage declares again is reported there, where RUNs record it.
    const redeclared = new Set<string>();
    for (const instruction of model.instructions) {
      if (instruction.keyword === "ARG" && !instruction.onbuild) for (const prop of instruction.properties) redeclared.add(prop.name);
    }
    for (const instruction of model.stages.globals) {
      if (instruction.keyword !== "ARG") continue;
      for (const variable of secretArgs(instruction)) {
        if (redeclared.has(variable.name)) continue;
        report({
          messageId: "globalArg",
          data: { name: variable.name, id: secretId(variable.name), supplied: supplied(variable) },
          instruction,
          span: variable.property.span,
          severity: "warning",
          channel: "cache",
        });
      }
    }

    for (const instruction of model.instructions) {
      if (instruction.keyword !== "ARG") continue;
      const variables = secretArgs(instruction);
      if (variables.length === 0) continue;
      // BuildKit and buildah record the build args in scope in the history of each RUN; an ARG no
      // RUN of its stage follows is only in the provenance (an ONBUILD ARG runs in the child).
      const recorded = instruction.onbuild || laterRuns(model, instruction).length > 0;
      for (const variable of variables) {
        const suggestion = secretMountSuggestion(model, variable, runsUsing(model, instruction, variable.name));
        const suggestions: Fix[] = suggestion ? [suggestion] : [];
        const data = { name: variable.name, id: secretId(variable.name) };
        if (!recorded) {
          report({ messageId: "provenanceOnly", data: { ...data, supplied: supplied(variable) }, instruction, span: variable.property.span, suggestions, channel: "cache" });
          continue;
        }
        report({
          messageId: variable.suppliedSecret ? "secretFromBuild" : "secretArg",
          data,
          instruction,
          span: variable.property.span,
          suggestions,
        });
      }
    }
  },
});
