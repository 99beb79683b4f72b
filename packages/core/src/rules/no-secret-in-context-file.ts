/**
 * A COPY/ADD puts every file its sources cover into a layer, and `docker save` hands the layer to
 * anyone who can pull the image. A password in `config/environments/production/database.yml` ships
 * whatever the file is called: name-based checks cannot see it, the content can. Only the files
 * this Dockerfile's copies really send (after `.dockerignore` and `--exclude`) are judged.
 */
import type { ContentFinding } from "../detect/context-content.js";
import { secretFileKind } from "../detect/secret-files.js";
import { contentScanOf, contextCopies } from "../model/contents.js";
import { sentFrom, type CopySource } from "../model/layers.js";
import { LineIndex } from "../parse/text.js";
import type { RelatedLocation } from "../types.js";
import { copySpecs, listPaths } from "../rule-kit/copies.js";
import { appendEntriesFix, entriesFor } from "../rule-kit/dockerignore.js";
import { defineRule, docsUrl } from "./types.js";

/** Related locations per finding: enough to open each file, not a dump of a leaky tree. */
const MAX_RELATED = 20;

interface Hit {
  readonly path: string;
  readonly source: CopySource;
  readonly findings: readonly ContentFinding[];
  readonly text: string;
}

/** The text of the value at a finding (for redaction only: it never goes into a message). */
function valueAt(lines: LineIndex, finding: ContentFinding): string {
  const start = lines.offsetAt(finding.line - 1, finding.column - 1);
  return lines.text.slice(start, lines.offsetAt(finding.endLine - 1, finding.endColumn - 1));
}

function describe(finding: ContentFinding): string {
  return finding.key === undefined ? finding.kind : `${finding.kind} under "${finding.key}"`;
}

export const noSecretInContextFile = defineRule({
  id: "no-secret-in-context-file",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow COPY and ADD of context files whose content holds a secret",
      recommended: true,
      url: docsUrl("no-secret-in-context-file"),
    },
    messages: {
      secretInFile:
        "{{keyword}} {{source}} sends {{files}} into a layer {{where}}, and {{its}} content holds {{secrets}} ({{kinds}}): docker save exposes {{them}}. Exclude {{them}} in {{ignoreFile}} (layerlint --fix adds {{entries}}) and move the value to a secret mount (RUN --mount=type=secret) or to runtime configuration.",
    },
    schema: [],
    defaultOptions: [],
    channel: "layers",
    severity: "stage",
    fixable: "code",
  },
  check({ model, report }) {
    const context = model.context;
    const contents = context?.contents;
    if (context === undefined || contents === undefined || model.contextFiles?.scan === false) return;
    const ignoreName = context.ignoreFile?.path ?? ".dockerignore";
    // The files with a secret in them, once (scans are memoised; most files have none), then
    // which of them each copy sends.
    const secretHolders: { path: string; findings: readonly ContentFinding[]; text: string }[] = [];
    for (const [path, entry] of contents.files) {
      if (!("text" in entry)) continue;
      const scan = contentScanOf(model, path);
      if (scan === null || scan.findings.length === 0) continue;
      // A secret file by name is the name rules' finding (one file, one finding).
      if (context.isExcluded(path) || secretFileKind(path, model.files) !== null) continue;
      secretHolders.push({ path, findings: scan.findings, text: entry.text });
    }
    if (secretHolders.length === 0) return;
    for (const spec of contextCopies(copySpecs(model))) {
      const hits: Hit[] = [];
      for (const holder of secretHolders) {
        const source = spec.sources.find((candidate) => sentFrom(spec, candidate, holder.path) !== null);
        if (source !== undefined) hits.push({ ...holder, source });
      }
      if (hits.length === 0) continue;
      hits.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      const related: RelatedLocation[] = [];
      const secrets: string[] = [];
      const kinds = new Set<string>();
      let count = 0;
      for (const hit of hits) {
        const span = model.parsed.lines.span(hit.source.start, hit.source.end);
        const lines = new LineIndex(hit.text);
        for (const finding of hit.findings) {
          count++;
          kinds.add(finding.kind);
          secrets.push(valueAt(lines, finding));
          if (related.length >= MAX_RELATED) continue;
          related.push({
            message: `${describe(finding)} in ${hit.path}:${finding.line}.`,
            span,
            file: { path: hit.path, line: finding.line, column: finding.column, endLine: finding.endLine, endColumn: finding.endColumn },
          });
        }
      }
      const paths = hits.map((hit) => hit.path);
      const entries = entriesFor(paths);
      const one = hits.length === 1;
      const first = hits[0]!;
      report({
        messageId: "secretInFile",
        data: {
          keyword: spec.instruction.keyword,
          source: first.source.value ?? first.source.path ?? ".",
          files: listPaths(hits.map((hit) => `${hit.path}:${hit.findings[0]!.line}`)),
          its: one ? "its" : "their",
          them: one ? "it" : "them",
          secrets: count === 1 ? "a secret" : `${count} secrets`,
          kinds: listPaths([...kinds]),
          ignoreFile: ignoreName,
          entries: listPaths(entries),
        },
        instruction: spec.instruction,
        span: spec.instruction.span,
        related,
        fix: appendEntriesFix(context, entries),
        secrets: secrets.filter((value) => value.length > 0),
      });
    }
  },
});
