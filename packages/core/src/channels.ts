/**
 * How a secret escapes through each channel (docs/spec.md §1, docs/spec.md), in the words every front
 * end shows: the language server's hover, SARIF's rule help, the docs. Written once, here.
 */
import type { Channel } from "./types.js";

export interface ChannelExplanation {
  /** `image history`: what the channel is. */
  readonly name: string;
  /** Plain text: where someone reads it (`the image history (docker history --no-trunc)`). */
  readonly reader: string;
  /** Markdown: how someone reads it and why a delete does not help. */
  readonly exposure: string;
}

export const CHANNELS: Readonly<Record<Channel, ChannelExplanation>> = {
  history: {
    name: "image history",
    reader: "the image history (docker history --no-trunc)",
    exposure: "anyone who can pull the image reads it with `docker history --no-trunc <image>`.",
  },
  config: {
    name: "image config",
    reader: "the image config (docker inspect)",
    exposure: "anyone who can pull the image reads it with `docker inspect <image>` (`Config.Env`, `Config.Labels`).",
  },
  layers: {
    name: "image layer",
    reader: "the image layers (docker save)",
    exposure: "the file is stored in a layer tar: `docker save <image>` and `tar -x` extract it, even when a later layer deletes it.",
  },
  context: {
    name: "build context",
    reader: "the build context that COPY/ADD sends into a layer",
    exposure:
      "the file is sent to the builder with the build context (`docker build .`), where any `COPY`/`ADD` — now or after a later edit — copies it into the image.",
  },
  cache: {
    name: "build cache and provenance",
    reader: "the build cache and provenance attestations",
    exposure:
      "it stays in the build cache (exported by `--cache-to type=…,mode=max`) and in provenance attestations (`docker buildx imagetools inspect <image> --format '{{json .Provenance}}'`).",
  },
};
