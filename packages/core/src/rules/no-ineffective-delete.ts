/**
 * Every layer is kept: `RUN rm` in a later layer only hides a file, and `docker save` + `tar x`
 * recovers it from the layer that added it. A secret must never be added, or be added and removed
 * within the same RUN.
 */
import type { ImageFile } from "../model/layers.js";
import type { Fix, RelatedLocation } from "../types.js";
import { listPaths } from "../rule-kit/copies.js";
import { removeInstruction } from "../rule-kit/edits.js";
import { defineRule, docsUrl } from "./types.js";

export const noIneffectiveDelete = defineRule({
  id: "no-ineffective-delete",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow deleting in a later layer a secret file an earlier layer added",
      recommended: true,
      url: docsUrl("no-ineffective-delete"),
    },
    messages: {
      ineffectiveDelete:
        "RUN deletes {{files}}, but {{layers}} still {{verb}} it {{where}}: a later delete only hides a file, and docker save exposes the earlier layer. Never add it: use RUN --mount=type=secret (or create and delete it within one RUN).",
      ineffectiveDeleteBloat:
        "RUN deletes {{files}}, but {{layers}} still {{verb}} it: the image keeps its bytes. Delete it in the same instruction that adds it.",
    },
    schema: [
      {
        type: "object",
        properties: { allFiles: { type: "boolean", description: "Also report deleted files that are not secret (image bloat)." } },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ allFiles: false }],
    channel: "layers",
    severity: "stage",
    hasSuggestions: true,
  },
  check({ model, report, options }) {
    const allFiles = options.allFiles === true;
    const layers = model.layers();
    for (const stage of model.stages.stages) {
      for (const layer of layers.stage(stage.index).layers) {
        const hidden = layer.hides.filter(({ file }) => allFiles || file.secretKind !== null);
        if (hidden.length === 0) continue;
        const files: ImageFile[] = [];
        for (const { file } of hidden) if (!files.some((f) => f.path === file.path && f.addedBy === file.addedBy)) files.push(file);
        const secret = files.some((f) => f.secretKind !== null);
        const adders = [...new Set(files.map((f) => f.addedBy))];
        const related: RelatedLocation[] = files.map((f) => ({
          message: `${f.path} is added here${f.secretKind ? ` (${f.secretKind})` : ""}.`,
          span: f.addedBy.span,
        }));
        const suggestions: Fix[] = [];
        for (const adder of adders) {
          if ((adder.keyword !== "COPY" && adder.keyword !== "ADD") || adder.onbuild) continue;
          if (adder.flags.some((f) => f.name === "from")) continue;
          const spec = layers.copySpec(adder);
          if (!spec || spec.sources.length !== 1) continue;
          suggestions.push({
            description: `Remove the ${adder.keyword} on line ${adder.span.line} that adds ${listPaths(files.filter((f) => f.addedBy === adder).map((f) => f.path))}`,
            changes: [{ file: "dockerfile", edits: [removeInstruction(model, adder)] }],
          });
        }
        report({
          messageId: secret ? "ineffectiveDelete" : "ineffectiveDeleteBloat",
          data: {
            files: listPaths(files.map((f) => f.path)),
            layers: `the ${adders.length > 1 ? "layers" : "layer"} of ${listPaths(adders.map((a) => `${a.keyword} on line ${a.span.line}`))}`,
            verb: adders.length > 1 ? "hold" : "holds",
          },
          instruction: layer.instruction,
          span: layer.instruction.span,
          related,
          suggestions,
        });
      }
    }
  },
});
