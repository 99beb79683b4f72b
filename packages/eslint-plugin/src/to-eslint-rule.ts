/**
 * The one adapter from a core rule to an ESLint rule. It never re-implements a check: it reads
 * core's findings for the file and translates each one mechanically.
 *
 * Messages: core formats and redacts every message itself (the template is filled with data
 * that may hold part of a secret, then redacted), and a finding carries the finished message,
 * not the data. So each of core's messageIds is declared with the passthrough template
 * `{{ message }}` and reported with `data: { message }`: ESLint's `messageId` is core's (tests
 * and formatters can key on it) and the text is exactly what the CLI prints.
 */
import type { RuleDefinition, RuleTextEdit, RuleTextEditor, RuleVisitor, RulesMeta } from "@eslint/core";
import type { Finding, Fix, Rule, TextEdit } from "@layerlint/core";
import type { DockerfileAstNode } from "./language/ast.js";
import type { DockerfileLanguageOptions, DockerfileSourceCode } from "./language/dockerfile-source-code.js";
import { coreResult } from "./lint-file.js";

export const LANGUAGE = "layerlint/dockerfile";

/** The message template of every messageId: core's finished message. */
export const PASSTHROUGH_MESSAGE = "{{ message }}";

export type DockerfileRule = RuleDefinition<{
  LangOptions: DockerfileLanguageOptions;
  Code: DockerfileSourceCode;
  RuleOptions: unknown[];
  Visitor: RuleVisitor;
  Node: DockerfileAstNode;
  MessageIds: string;
  ExtRuleDocs: { recommended: boolean };
}>;

/** The Dockerfile edits of a fix, or null when it also changes another file (`.dockerignore`). */
function dockerfileEdits(fix: Fix): readonly TextEdit[] | null {
  const edits: TextEdit[] = [];
  for (const change of fix.changes) {
    if (change.file !== "dockerfile") return null;
    edits.push(...change.edits);
  }
  return edits.length > 0 ? edits : null;
}

function toFixer(edits: readonly TextEdit[]): (fixer: RuleTextEditor) => RuleTextEdit[] {
  return (fixer) => edits.map((edit) => fixer.replaceTextRange([edit.start, edit.end], edit.text));
}

/**
 * ESLint can only edit the linted file. Core's fixes create or extend `.dockerignore`, so they
 * are left to `layerlint --fix` (the messages say so); a fix or suggestion that edits only the
 * Dockerfile is passed on.
 */
function toReport(finding: Finding) {
  const fixEdits = finding.fix ? dockerfileEdits(finding.fix) : null;
  const suggest = finding.suggestions.flatMap((suggestion) => {
    const edits = dockerfileEdits(suggestion);
    return edits ? [{ desc: suggestion.description, fix: toFixer(edits) }] : [];
  });
  const { span } = finding;
  return {
    loc: { start: { line: span.line, column: span.column }, end: { line: span.endLine, column: span.endColumn } },
    messageId: finding.messageId,
    data: { message: finding.message },
    ...(fixEdits ? { fix: toFixer(fixEdits) } : {}),
    ...(suggest.length > 0 ? { suggest } : {}),
  };
}

function toMeta(rule: Rule): RulesMeta<string, unknown[], { recommended: boolean }> {
  const { meta } = rule;
  return {
    type: meta.type,
    docs: { description: meta.docs.description, recommended: meta.docs.recommended, url: meta.docs.url },
    languages: [LANGUAGE],
    messages: Object.fromEntries(Object.keys(meta.messages).map((id) => [id, PASSTHROUGH_MESSAGE])),
    // Copies: ESLint hands schemas to ajv and merges default options; core's meta stays untouched.
    schema: structuredClone(meta.schema) as NonNullable<RulesMeta["schema"]>,
    defaultOptions: structuredClone(meta.defaultOptions) as unknown[],
    ...(meta.fixable ? { fixable: meta.fixable } : {}),
    ...(meta.hasSuggestions ? { hasSuggestions: true } : {}),
  };
}

export function toEslintRule(rule: Rule): DockerfileRule {
  return {
    meta: toMeta(rule),
    create(context) {
      return {
        Dockerfile() {
          const result = coreResult(
            {
              sourceCode: context.sourceCode,
              filename: context.filename,
              physicalFilename: context.physicalFilename,
              cwd: context.cwd,
              languageOptions: context.languageOptions,
            },
            rule,
            context.options,
          );
          const crashed = result.ruleErrors.find((error) => error.ruleId === rule.id);
          if (crashed) {
            // Core kept the crash out of the findings; ESLint's way to surface a broken rule is to throw.
            throw new Error(`layerlint rule ${rule.id} failed on ${context.filename}: ${crashed.message}`);
          }
          for (const finding of result.findings) {
            if (finding.ruleId === rule.id) context.report(toReport(finding));
          }
        },
      };
    },
  };
}
