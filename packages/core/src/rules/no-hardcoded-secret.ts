/**
 * A literal secret in a Dockerfile is in the repository, and in the image wherever the instruction
 * puts it: ARG defaults and RUN text in the history, ENV/LABEL/CMD in the config, heredoc files in
 * the layers. Moving it to a later instruction does not help; only removing and rotating it does.
 */
import { findSecretsInText } from "../detect/secret-values.js";
import { redact } from "../redact.js";
import type { Instruction } from "../parse/dockerfile.js";
import type { Channel } from "../types.js";
import { defineRule, docsUrl } from "./types.js";
import { literalSecretsOf, type LiteralSecret } from "../rule-kit/secrets.js";

const WHERE: Readonly<Record<string, { text: string; channel: Channel }>> = {
  ARG: { text: "the image history and the build's provenance", channel: "history" },
  ENV: { text: "the image config (docker inspect)", channel: "config" },
  LABEL: { text: "the image config (docker inspect)", channel: "config" },
  CMD: { text: "the image config (docker inspect)", channel: "config" },
  ENTRYPOINT: { text: "the image config (docker inspect)", channel: "config" },
  HEALTHCHECK: { text: "the image config (docker inspect)", channel: "config" },
  COPY: { text: "a layer of the image (docker save)", channel: "layers" },
  ADD: { text: "a layer of the image (docker save)", channel: "layers" },
};
const DEFAULT_WHERE = { text: "the image history (docker history)", channel: "history" as Channel };

export const noHardcodedSecret = defineRule({
  id: "no-hardcoded-secret",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow literal secrets (tokens, keys, passwords) anywhere in a Dockerfile",
      recommended: true,
      url: docsUrl("no-hardcoded-secret"),
    },
    messages: {
      hardcoded:
        "Hardcoded {{kind}} ({{preview}}) in {{keyword}}: it is committed with the Dockerfile and stored in {{place}}. Remove it, rotate it, and pass it at build time with RUN --mount=type=secret instead.",
      hardcodedComment:
        "Hardcoded {{kind}} ({{preview}}) in a comment: it is committed with the Dockerfile. Remove it and rotate it.",
    },
    schema: [],
    defaultOptions: [],
    channel: "history",
    severity: "error",
  },
  check({ model, report }) {
    const text = model.parsed.text;
    const reportSecrets = (instruction: Instruction, secrets: readonly LiteralSecret[]) => {
      const where = WHERE[instruction.keyword] ?? DEFAULT_WHERE;
      // An unknown instruction's keyword is its line's first word upper-cased, which may be a secret.
      const keyword = /^[A-Z]{1,11}$/.test(instruction.keyword) ? instruction.keyword : "an unknown instruction";
      for (const secret of secrets) {
        const value = text.slice(secret.start, secret.end);
        report({
          messageId: "hardcoded",
          data: { kind: secret.kind, preview: redact(value), keyword, place: where.text },
          instruction,
          span: model.parsed.lines.span(secret.start, secret.end),
          channel: where.channel,
          secrets: [value],
        });
      }
    };
    const all: Instruction[] = [...model.stages.globals, ...model.stages.stages.map((s) => s.from), ...model.instructions];
    for (const instruction of all) {
      if (instruction.keyword === "ONBUILD") continue; // its trigger is analysed on its own
      const found = new Map<number, LiteralSecret>();
      for (const prop of instruction.properties) {
        for (const secret of literalSecretsOf(prop, text, model.names)) found.set(secret.start, secret);
      }
      const body = text.slice(instruction.span.start, instruction.span.end);
      for (const match of findSecretsInText(body)) {
        const start = instruction.span.start + match.start;
        const overlaps = [...found.values()].some((s) => start < s.end && s.start < instruction.span.start + match.end);
        if (!overlaps) found.set(start, { kind: match.kind, start, end: instruction.span.start + match.end });
      }
      reportSecrets(instruction, [...found.values()].sort((a, b) => a.start - b.start));
    }
    const instructions = model.parsed.instructions;
    let next = 0;
    for (const comment of model.parsed.comments) {
      // A comment inside a continued instruction was scanned with the instruction.
      while (next < instructions.length && instructions[next]!.span.end <= comment.span.start) next++;
      const enclosing = instructions[next];
      if (enclosing && enclosing.span.start <= comment.span.start) continue;
      for (const match of findSecretsInText(comment.text)) {
        const start = comment.span.start + match.start;
        const end = comment.span.start + match.end;
        const value = text.slice(start, end);
        report({
          messageId: "hardcodedComment",
          data: { kind: match.kind, preview: redact(value) },
          instruction: null,
          span: model.parsed.lines.span(start, end),
          secrets: [value],
        });
      }
    }
  },
});
