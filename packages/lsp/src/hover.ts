/**
 * Hover on a flagged range: what leaks (the finding's message, already redacted), through which
 * channel and how someone reads it, and how to fix it. Built from the diagnostics only — the
 * document text is never read, so a secret under the cursor cannot end up in the hover. Pure.
 */
import { CHANNELS, getRule } from "@layerlint/core";
import { DiagnosticSeverity, MarkupKind, type Diagnostic, type Hover, type Position, type Range } from "vscode-languageserver/node";
import { isLayerlintData } from "./code-actions.js";
import { SOURCE } from "./to-diagnostic.js";

function contains(range: Range, position: Position): boolean {
  const { start, end } = range;
  if (position.line < start.line || position.line > end.line) return false;
  if (position.line === start.line && position.character < start.character) return false;
  if (position.line === end.line && position.character > end.character) return false;
  return true;
}

/** Layerlint diagnostics whose range holds the position. */
export function diagnosticsAt(diagnostics: readonly Diagnostic[], position: Position): Diagnostic[] {
  return diagnostics.filter((d) => d.source === SOURCE && isLayerlintData(d.data) && contains(d.range, position));
}

/** Backslash-escapes markdown syntax in plain text (messages quote globs such as `*.pem`). */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]<>#|~]/g, (c) => `\\${c}`);
}

interface Section {
  readonly heading: string;
  readonly lines: readonly string[];
}

function sectionsOf(diagnostic: Diagnostic, markdown: boolean): Section[] | null {
  const data = diagnostic.data;
  if (diagnostic.source !== SOURCE || !isLayerlintData(data)) return null;
  const rule = getRule(data.ruleId);
  const channel = CHANNELS[data.channel] ?? CHANNELS.history;
  const plain = (text: string): string => (markdown ? text : text.replace(/`/g, ""));
  const severity = diagnostic.severity === DiagnosticSeverity.Warning ? "warning" : "error";
  const title = markdown ? `**layerlint** \`${data.ruleId}\` (${severity})` : `layerlint ${data.ruleId} (${severity})`;
  const fixes = data.fixes.filter((fix) => fix.kind !== "disable");
  const howToFix = [
    ...fixes.map((fix) => `- ${markdown ? escapeMarkdown(fix.title) : fix.title} (quick fix${fix.kind === "suggestion" ? ", changes the build" : ""})`),
    ...(fixes.length === 0 ? ["- Follow the message above."] : []),
    `- Or, when the value is not a secret: ${plain(`\`# layerlint-disable-next-line ${data.ruleId} -- reason\``)} above the instruction.`,
  ];
  const docs = rule?.meta.docs.url;
  const message = typeof diagnostic.message === "string" ? diagnostic.message : diagnostic.message.value;
  return [
    { heading: title, lines: [markdown ? escapeMarkdown(message) : message] },
    { heading: markdown ? "**Leaks through**" : "Leaks through", lines: [`The ${channel.name}: ${plain(channel.exposure)}`] },
    { heading: markdown ? "**How to fix**" : "How to fix", lines: howToFix },
    ...(docs === undefined
      ? []
      : [{ heading: "", lines: [markdown ? `[${data.ruleId} documentation](${docs})` : `Documentation: ${docs}`] }]),
  ];
}

/** The hover for the diagnostics under the cursor, or null when none is layerlint's. */
export function toHover(diagnostics: readonly Diagnostic[], options: { readonly markdown: boolean }): Hover | null {
  const blocks: string[] = [];
  let range: Range | undefined;
  for (const diagnostic of diagnostics) {
    const sections = sectionsOf(diagnostic, options.markdown);
    if (sections === null) continue;
    range ??= diagnostic.range;
    blocks.push(
      sections.map((section) => (section.heading === "" ? section.lines.join("\n") : `${section.heading}\n\n${section.lines.join("\n")}`)).join("\n\n"),
    );
  }
  if (blocks.length === 0) return null;
  const value = blocks.join(options.markdown ? "\n\n---\n\n" : "\n\n");
  return {
    contents: { kind: options.markdown ? MarkupKind.Markdown : MarkupKind.PlainText, value },
    ...(range === undefined ? {} : { range }),
  };
}
