/**
 * A secret mount exists only while its RUN runs; a copy of it written to the filesystem does not
 * disappear with the mount. It lands in the RUN's layer, where `docker save` exposes it.
 */
import { listPaths } from "../rule-kit/copies.js";
import { defineRule, docsUrl } from "./types.js";

export const noSecretMountCopy = defineRule({
  id: "no-secret-mount-copy",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow copying a mounted secret into a file that stays in the layer",
      recommended: true,
      url: docsUrl("no-secret-mount-copy"),
    },
    messages: {
      mountCopy:
        "RUN copies its mounted secret into {{files}}, which stays in this layer {{where}}: the mount disappears after the RUN, the copy does not. Use the mounted file in place (--mount=type=secret,target=…) or delete the copy in the same RUN.",
    },
    schema: [],
    defaultOptions: [],
    channel: "layers",
    severity: "stage",
  },
  check({ model, report }) {
    const layers = model.layers();
    for (const stage of model.stages.stages) {
      for (const layer of layers.stage(stage.index).layers) {
        const copies = layer.added.filter((file) => file.fromSecretMount);
        if (copies.length === 0) continue;
        report({
          messageId: "mountCopy",
          data: { files: listPaths(copies.map((f) => f.path)) },
          instruction: layer.instruction,
          span: layer.instruction.span,
        });
      }
    }
  },
});
