/**
 * `COPY --from=<stage>` carries files out of a builder stage: a secret the builder left on its
 * filesystem (an `.npmrc`, a key) moves into the shipped image, defeating the multi-stage build.
 */
import { harmlessContent } from "../model/contents.js";
import type { ImageFile } from "../model/layers.js";
import type { RelatedLocation } from "../types.js";
import { copySpecs, listPaths } from "../rule-kit/copies.js";
import { defineRule, docsUrl } from "./types.js";

export const noSecretStageCopy = defineRule({
  id: "no-secret-stage-copy",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow COPY --from that carries a builder stage's secret files into a shipped stage",
      recommended: true,
      url: docsUrl("no-secret-stage-copy"),
    },
    messages: {
      stageCopy:
        'COPY --from={{from}} carries {{files}} from stage "{{stage}}" into {{target}}: docker save exposes it there. Copy only the build output (for example /app/dist), or create and delete the secret within one RUN of the builder (better: RUN --mount=type=secret).',
      stageCopyNoLiteral:
        'COPY --from={{from}} carries {{files}} from stage "{{stage}}" into {{target}}, but what the build context holds there is no credential (settings or variable references only): nothing secret ships today, yet a token written into it later would. Copy only the build output (for example /app/dist), or mount the file for the RUN that needs it (RUN --mount=type=secret).',
    },
    schema: [],
    defaultOptions: [],
    channel: "layers",
    severity: "error",
    severityNote: "read content without a credential: warning",
  },
  check({ model, report }) {
    const layers = model.layers();
    for (const spec of copySpecs(model)) {
      if (spec.fromStage === null) continue;
      const stage = model.stageOf(spec.instruction);
      if (!stage?.shipped) continue;
      const layer = layers.stage(stage.index).layers.find((l) => l.instruction === spec.instruction);
      const contentOf = (file: ImageFile) => {
        const contextPath = (file.origin ?? file).contextPath;
        return contextPath === undefined ? null : harmlessContent(model, contextPath);
      };
      // Public key material under a key's name (read from the context) is no secret at all.
      const carried = (layer?.added ?? []).filter((file) => file.secretKind !== null && contentOf(file) !== "public");
      // A file the builder copied from the context whose read content holds no literal (settings
      // or variable references only) carries nothing secret today: a warning, unless a real one
      // comes along.
      const literal = carried.filter((file) => contentOf(file) === null);
      const secrets = literal.length > 0 ? literal : carried;
      if (secrets.length === 0) continue;
      const source = model.stages.stages[spec.fromStage]!;
      const related: RelatedLocation[] = [];
      for (const file of secrets) {
        const origin = file.origin;
        if (origin) related.push({ message: `${origin.path} (${origin.secretKind}) is added here.`, span: origin.addedBy.span });
      }
      report({
        messageId: literal.length > 0 ? "stageCopy" : "stageCopyNoLiteral",
        ...(literal.length > 0 ? {} : { severity: "warning" as const }),
        data: {
          from: spec.from ?? source.label,
          files: listPaths(secrets.map((f) => f.path)),
          stage: source.label,
          target: stage.index === model.stages.target ? "the final image" : `stage "${stage.label}" (the final image is built FROM it)`,
        },
        instruction: spec.instruction,
        span: spec.instruction.span,
        related,
      });
    }
  },
});
