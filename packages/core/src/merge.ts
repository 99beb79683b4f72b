import { distinctFindings, type FullLintResult, type RuleError } from "./lint.js";
import type { UnusedDirective } from "./types.js";

/**
 * One Dockerfile linted several ways (two builds with different targets, contexts or build args)
 * reported once: every distinct finding (same rule, start and message is one finding), a disable
 * directive as unused only when it suppressed nothing in any of the lints, and each distinct rule
 * error once. Results must be of the same Dockerfile text.
 */
export function mergeLintResults(results: readonly FullLintResult[]): FullLintResult {
  if (results.length === 1) return results[0]!;
  const findings = distinctFindings(results.flatMap((r) => r.findings));
  const key = (d: UnusedDirective) => `${d.span.start}:${d.rules.join(",")}`;
  let unused: UnusedDirective[] = [...(results[0]?.unusedDirectives ?? [])];
  for (const result of results.slice(1)) {
    const keys = new Set(result.unusedDirectives.map(key));
    unused = unused.filter((d) => keys.has(key(d)));
  }
  const ruleErrors: RuleError[] = [];
  const seen = new Set<string>();
  for (const error of results.flatMap((r) => r.ruleErrors)) {
    const id = `${error.ruleId}\n${error.message}`;
    if (seen.has(id)) continue;
    seen.add(id);
    ruleErrors.push(error);
  }
  // Notices are of the text, the same in every lint: each distinct one once.
  const noticeKeys = new Set<string>();
  const notices = results.flatMap((r) => r.notices).filter((n) => {
    const id = `${n.span.start}\n${n.message}`;
    if (noticeKeys.has(id)) return false;
    noticeKeys.add(id);
    return true;
  });
  return { findings, unusedDirectives: unused, ruleErrors, notices };
}
