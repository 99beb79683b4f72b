import type { ParsedDockerfile } from "./parse/dockerfile.js";
import { lastStartingAtOrBefore } from "./parse/text.js";
import type { Fix, RuleId, Span, TextEdit, UnusedDirective } from "./types.js";

/**
 * What suppression comments are read from: a parsed Dockerfile, or a build configuration's YAML
 * (its comments, and its entries as the "instructions" a `disable-next-line` covers).
 */
export interface SuppressionSource {
  readonly text: string;
  /** Comments, `#` included. */
  readonly comments: readonly { readonly text: string; readonly span: Span }[];
  /** Sorted by start. */
  readonly instructions: readonly { readonly span: Span }[];
  readonly directives: { readonly check: string | null; readonly checkSpan?: Span | null };
}

/** Rules that hadolint's DL3064 and BuildKit's SecretsUsedInArgOrEnv check correspond to. */
const FOREIGN_RULES: readonly RuleId[] = ["no-secret-in-arg", "no-secret-in-env"];
const HADOLINT_CODES = new Set(["DL3064"]);
const BUILDKIT_CHECKS = new Set(["secretsusedinargorenv", "all"]);

interface Directive {
  readonly kind: "next-line" | "disable" | "enable";
  /** Empty = every rule. */
  readonly rules: readonly string[];
  readonly span: Span;
  /** Offsets covered (next-line: the following instruction). */
  readonly from: number;
  readonly to: number;
  readonly foreign: boolean;
  used: boolean;
}

export interface Suppressions {
  /** True when a directive suppresses `ruleId` at `offset` (marks the directive used). */
  isSuppressed(ruleId: string, offset: number): boolean;
  unused(): UnusedDirective[];
}

const LAYERLINT = /^#\s*layerlint-(disable-next-line|disable|enable)(?:\s+([^]*?))?\s*$/;
const HADOLINT = /^#\s*hadolint\s+ignore\s*=\s*([A-Za-z0-9_,\s]+)$/;
const CHECK = /^#\s*check\s*=\s*(.*)$/;

function parseRuleList(text: string | undefined): string[] {
  if (!text) return [];
  const withoutReason = text.split(/\s--\s|^--\s|\s--$/)[0] ?? "";
  return withoutReason
    .split(/[\s,]+/)
    .map((r) => r.trim())
    .filter((r) => r.length > 0);
}

/** Whether a BuildKit `# check=` value skips the secrets check. */
export function checkSkipsSecrets(value: string): boolean {
  for (const part of value.split(";")) {
    const [key, rest] = part.split("=", 2).map((s) => s.trim());
    if (key?.toLowerCase() !== "skip" || rest === undefined) continue;
    if (rest.split(",").some((c) => BUILDKIT_CHECKS.has(c.trim().toLowerCase()))) return true;
  }
  return false;
}

export function collectSuppressions(parsed: SuppressionSource): Suppressions {
  const directives: Directive[] = [];
  const instructions = parsed.instructions;
  const text = parsed.text;
  let next = 0;
  /** The instruction that follows `offset` with only comments and blank lines between. */
  const followingInstruction = (offset: number) => {
    while (next < instructions.length && instructions[next]!.span.start < offset) next++;
    const instruction = instructions[next];
    if (!instruction) return null;
    const between = text.slice(offset, instruction.span.start);
    if (!/^(?:\s*(?:#[^\n]*)?\n?)*\s*$/.test(between)) return null;
    return instruction;
  };

  for (const comment of parsed.comments) {
    const body = comment.text.trim();
    const layerlint = LAYERLINT.exec(body);
    if (layerlint) {
      const keyword = layerlint[1]!;
      const rules = parseRuleList(layerlint[2]);
      if (keyword === "disable-next-line") {
        const target = followingInstruction(comment.span.end);
        directives.push({
          kind: "next-line",
          rules,
          span: comment.span,
          from: target ? target.span.start : comment.span.end,
          to: target ? target.span.end : comment.span.end,
          foreign: false,
          used: false,
        });
      } else {
        const kind = keyword === "enable" ? "enable" : "disable";
        directives.push({ kind, rules, span: comment.span, from: comment.span.end, to: text.length, foreign: false, used: false });
      }
      continue;
    }
    const hadolint = HADOLINT.exec(body);
    const check = hadolint ? null : CHECK.exec(body);
    const foreignApplies = hadolint
      ? hadolint[1]!.split(/[\s,]+/).some((code) => HADOLINT_CODES.has(code.toUpperCase()))
      : check
        ? checkSkipsSecrets(check[1]!)
        : false;
    if (foreignApplies) {
      const target = followingInstruction(comment.span.end);
      if (target) {
        directives.push({
          kind: "next-line",
          rules: FOREIGN_RULES,
          span: comment.span,
          from: target.span.start,
          to: target.span.end,
          foreign: true,
          used: false,
        });
      }
    }
  }

  // A `# check=skip=…` parser directive at the top applies to the whole file.
  const { check, checkSpan } = parsed.directives;
  if (check !== null && checkSpan && checkSkipsSecrets(check)) {
    directives.push({ kind: "next-line", rules: FOREIGN_RULES, span: checkSpan, from: 0, to: text.length, foreign: true, used: false });
  }

  // Resolve disable/enable ranges: an enable closes the matching open disables.
  const ranges: Directive[] = [];
  const open: Directive[] = [];
  for (const directive of directives) {
    if (directive.kind === "next-line") {
      ranges.push(directive);
    } else if (directive.kind === "disable") {
      open.push(directive);
      ranges.push(directive);
    } else {
      for (let i = open.length - 1; i >= 0; i--) {
        const disable = open[i]!;
        const closes = directive.rules.length === 0 || directive.rules.some((r) => disable.rules.length === 0 || disable.rules.includes(r));
        if (!closes) continue;
        if (disable.rules.length === 0 || directive.rules.length === 0 || directive.rules.length >= disable.rules.length) {
          (disable as { to: number }).to = directive.span.start;
          open.splice(i, 1);
        }
      }
    }
  }

  return {
    isSuppressed(ruleId, offset) {
      let suppressed = false;
      for (const directive of ranges) {
        if (offset < directive.from || offset >= directive.to) continue;
        if (directive.rules.length > 0 && !directive.rules.includes(ruleId)) continue;
        directive.used = true;
        suppressed = true;
      }
      return suppressed;
    },
    unused() {
      return ranges
        .filter((d) => !d.used && !d.foreign)
        .map((d) => ({
          span: d.span,
          rules: d.rules,
          message:
            d.rules.length > 0
              ? `Unused layerlint-disable directive (no problems were reported from ${d.rules.map((r) => `'${r}'`).join(" or ")}).`
              : "Unused layerlint-disable directive (no problems were reported).",
        }));
    },
  };
}

/** The line break the file uses (its first one), for inserted lines. */
function lineBreakOf(text: string): string {
  const newline = text.indexOf("\n");
  return newline > 0 && text[newline - 1] === "\r" ? "\r\n" : "\n";
}

/**
 * "Disable <rule> for this instruction", in this module's own grammar: `# layerlint-disable-next-line
 * <rule>` above the instruction holding the finding, with its indentation (the directive covers
 * the whole multi-line instruction). A finding outside any instruction (a secret in a comment) is
 * fenced with `# layerlint-disable <rule>` / `# layerlint-enable <rule>`.
 */
export function disableDirectiveFix(parsed: ParsedDockerfile, ruleId: RuleId, span: Span): Fix {
  const { text, lines } = parsed;
  const eol = lineBreakOf(text);
  const lineStart = (line: number) => lines.lineStarts[line - 1] ?? text.length;
  const indentAt = (line: number) => /^[ \t]*/.exec(text.slice(lineStart(line), lineStart(line) + 256))![0];
  const found = parsed.instructions[lastStartingAtOrBefore(parsed.instructions, span.start)];
  const instruction = found !== undefined && span.start <= found.span.end ? found : undefined;
  const edits: TextEdit[] = [];
  let description: string;
  if (instruction !== undefined) {
    const at = lineStart(instruction.span.line);
    edits.push({ start: at, end: at, text: `${indentAt(instruction.span.line)}# layerlint-disable-next-line ${ruleId}${eol}` });
    description = `Disable ${ruleId} for this instruction`;
  } else {
    const first = span.line;
    const last = span.endColumn === 1 && span.endLine > span.line ? span.endLine - 1 : span.endLine;
    const indent = indentAt(first);
    edits.push({ start: lineStart(first), end: lineStart(first), text: `${indent}# layerlint-disable ${ruleId}${eol}` });
    edits.push(
      last < lines.lineStarts.length
        ? { start: lineStart(last + 1), end: lineStart(last + 1), text: `${indent}# layerlint-enable ${ruleId}${eol}` }
        : { start: text.length, end: text.length, text: `${eol}${indent}# layerlint-enable ${ruleId}` },
    );
    description = `Disable ${ruleId} for ${first === last ? "this line" : "these lines"}`;
  }
  return { description, changes: [{ file: "dockerfile", edits }] };
}
