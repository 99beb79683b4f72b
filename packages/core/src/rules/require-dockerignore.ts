/**
 * `COPY . .` sends the whole build context into a layer. Without a `.dockerignore` that is every
 * file next to the Dockerfile: `.env`, `.git`, keys, credentials.
 */
import { createIgnoreFileFix } from "./dockerignore-utils.js";
import { firstWholeContextCopy } from "./copy-utils.js";
import { docsUrl, type Rule } from "./types.js";

export const requireDockerignore: Rule = {
  id: "require-dockerignore",
  meta: {
    type: "problem",
    docs: {
      description: "Require a .dockerignore when the whole build context is copied",
      recommended: true,
      url: docsUrl("require-dockerignore"),
    },
    messages: {
      missing:
        "{{keyword}} {{source}} copies the whole build context and no .dockerignore applies: every file in it (.env, .git, keys, credentials) lands in a layer. Create a .dockerignore that excludes secrets (layerlint --fix writes one).",
    },
    schema: [],
    defaultOptions: [],
    channel: "context",
    severity: "error",
    fixable: "code",
  },
  check({ model, report }) {
    const context = model.context;
    if (!context || context.ignoreFile) return;
    const spec = firstWholeContextCopy(model);
    if (!spec) return;
    const source = spec.sources.find((s) => s.wholeContext)!;
    report({
      messageId: "missing",
      data: { keyword: spec.instruction.keyword, source: source.value ?? "." },
      instruction: spec.instruction,
      span: spec.instruction.span,
      fix: createIgnoreFileFix(),
    });
  },
};
