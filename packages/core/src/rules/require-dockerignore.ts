/**
 * `COPY . .` sends the whole build context into a layer. Without a `.dockerignore` that is every
 * file next to the Dockerfile: `.env`, `.git`, keys, credentials — the ones there now, and the
 * ones someone adds later.
 */
import { contentScanOf, harmlessContent } from "../model/contents.js";
import { sentFrom } from "../model/layers.js";
import { createIgnoreFileFix } from "../rule-kit/dockerignore.js";
import { firstWholeContextCopy, listPaths } from "../rule-kit/copies.js";
import { defineRule, docsUrl } from "./types.js";

export const requireDockerignore = defineRule({
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
      sendsSecrets:
        "{{keyword}} {{source}} copies the whole build context and no .dockerignore applies: it sends {{files}} into a layer {{where}}. Create a .dockerignore that excludes secrets (layerlint --fix writes one).",
      noSecretsYet:
        "{{keyword}} {{source}} copies the whole build context and no .dockerignore applies: layerlint found no secret in it today, but any secret added to it later (.env, keys, credentials) lands in a layer. Create a .dockerignore that excludes secrets (layerlint --fix writes one).",
    },
    schema: [],
    defaultOptions: [],
    channel: "context",
    severity: "error",
    severityNote: "context without secret files: warning",
    fixable: "code",
  },
  check({ model, report }) {
    const context = model.context;
    if (!context || context.ignoreFile) return;
    const spec = firstWholeContextCopy(model);
    if (!spec) return;
    const source = spec.sources.find((s) => s.wholeContext)!;
    const data = { keyword: spec.instruction.keyword, source: source.value ?? "." };
    const where = { instruction: spec.instruction, span: spec.instruction.span, fix: createIgnoreFileFix() };
    // The walk found what the copy sends: name the secret files and the files whose content holds
    // a secret, or say there are none yet (the hygiene finding), counting a secret-named file whose
    // read content holds no literal (settings or variable references only) as none. A walk that
    // stopped early checked too little to say either.
    const sends = (path: string) => sentFrom(spec, source, path) !== null;
    const named = context.secretFiles.filter((file) => sends(file.path) && harmlessContent(model, file.path) === null).map((file) => file.path);
    const byContent = [...(context.contents?.files.keys() ?? [])].filter((path) => (contentScanOf(model, path)?.findings.length ?? 0) > 0 && sends(path));
    const sent = [...named, ...byContent];
    // Secrets found by content alone take no-secret-in-context-file's severity: a warning in a
    // builder stage (the detectors read content less surely than a secret file's name).
    const contentOnlyInBuilder = named.length === 0 && model.stageOf(spec.instruction)?.shipped === false;
    if (sent.length > 0) report({ messageId: "sendsSecrets", data: { ...data, files: listPaths(sent) }, ...where, ...(contentOnlyInBuilder ? { severity: "warning" } : {}) });
    else if (context.truncated === undefined) report({ messageId: "noSecretsYet", data, ...where, severity: "warning" });
    else report({ messageId: "missing", data, ...where });
  },
});
