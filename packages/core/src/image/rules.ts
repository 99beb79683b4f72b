/**
 * The image rules (docs/spec.md §9): what `layerlint image` reports about a built image. They are not
 * Dockerfile rules — they read an image's config, history and layers — so they have a registry of
 * their own; configuration (`rules`, severities, `off`) treats their ids like any rule's.
 */
import type { RuleMeta } from "../rules/types.js";
import type { ImageRuleId } from "../types.js";

export interface ImageRule {
  readonly id: ImageRuleId;
  readonly meta: RuleMeta;
}

/** Rule pages of the image rules: sections of the `layerlint image` page. */
export const IMAGE_DOCS_URL = "https://github.com/layerlint/layerlint/blob/main/docs/integrations/image.md";

/** Appended to every message when the image is checked against its Dockerfile (`--dockerfile`). */
const ORIGIN = "{{origin}}";

const imageSecretInConfig: ImageRule = {
  id: "image-secret-in-config",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow secrets in an image's config (Env, Labels, Cmd, Entrypoint, Healthcheck, OnBuild)",
      recommended: true,
      url: `${IMAGE_DOCS_URL}#image-secret-in-config`,
    },
    messages: {
      configValue: `Config {{field}} {{key}} of image {{image}} holds {{what}}: docker inspect shows it to anyone who can pull the image.${ORIGIN}`,
      configCommand: `Config {{key}} of image {{image}} holds {{what}}: docker inspect shows it to anyone who can pull the image.${ORIGIN}`,
    },
    schema: [],
    defaultOptions: [],
    channel: "config",
    severity: "error",
  },
};

const imageSecretInHistory: ImageRule = {
  id: "image-secret-in-history",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow secrets in an image's history (build-arg values and instruction text)",
      recommended: true,
      url: `${IMAGE_DOCS_URL}#image-secret-in-history`,
    },
    messages: {
      buildArg: `History entry {{index}} of image {{image}} records build arg {{key}} with {{what}}: docker history --no-trunc shows it.${ORIGIN}`,
      assignment: `History entry {{index}} of image {{image}} records {{instruction}} {{key}} with {{what}}: docker history --no-trunc shows it.${ORIGIN}`,
      literal: `History entry {{index}} of image {{image}} holds {{what}} in its recorded command: docker history --no-trunc shows it.${ORIGIN}`,
    },
    schema: [],
    defaultOptions: [],
    channel: "history",
    severity: "error",
  },
};

const imageSecretInLayer: ImageRule = {
  id: "image-secret-in-layer",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow secret files and secret contents in any layer of an image, deleted or not",
      recommended: true,
      url: `${IMAGE_DOCS_URL}#image-secret-in-layer`,
    },
    messages: {
      secretFile: `Layer {{layer}} of image {{image}} holds {{path}} ({{what}}){{deleted}}: docker save and tar x recover it.${ORIGIN}`,
    },
    schema: [],
    defaultOptions: [],
    channel: "layers",
    severity: "error",
  },
};

/** The image rule registry: id → rule. */
export const imageRules: ReadonlyMap<ImageRuleId, ImageRule> = new Map<ImageRuleId, ImageRule>(
  [imageSecretInConfig, imageSecretInHistory, imageSecretInLayer].map((rule) => [rule.id, rule]),
);

export function isImageRuleId(id: string): id is ImageRuleId {
  return imageRules.has(id as ImageRuleId);
}
