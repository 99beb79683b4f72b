import type { AnyRuleId, Finding, RuleMeta } from "@layerlint/core";
import { portablePath } from "../result.js";
import { fingerprinter } from "./fingerprints.js";
import type { Formatter } from "./index.js";

type CodeQualitySeverity = "info" | "minor" | "major" | "critical" | "blocker";

/**
 * A warning (a builder stage, a missing .dockerignore pattern) is minor; an error is major, or
 * critical when its rule is always an error — a literal secret, a missing .dockerignore, a
 * secret carried into a shipped stage.
 */
function severityOf(finding: Finding<AnyRuleId>, meta: RuleMeta | undefined): CodeQualitySeverity {
  if (finding.severity === "warning") return "minor";
  return meta?.severity === "error" ? "critical" : "major";
}

/**
 * GitLab Code Quality (a subset of the Code Climate spec): one issue per finding, with a
 * fingerprint that survives line moves. A file that could not be linted is a critical
 * `layerlint/fatal` issue (nothing in it was checked); unused disable directives are `info`.
 */
export const gitlab: Formatter = (results, { cwd, rulesMeta }) => {
  const fingerprint = fingerprinter(cwd);
  const issues: object[] = [];
  for (const result of results) {
    const path = portablePath(result.filePath, cwd);
    if (result.fatal !== undefined) {
      issues.push({
        description: result.fatal,
        check_name: "layerlint/fatal",
        fingerprint: fingerprint("fatal", result.filePath, result.fatal),
        severity: "critical",
        location: { path, lines: { begin: 1 } },
      });
    }
    for (const finding of result.findings) {
      issues.push({
        description: finding.message,
        check_name: `layerlint/${finding.ruleId}`,
        fingerprint: fingerprint(finding.ruleId, result.filePath, finding.message),
        severity: severityOf(finding, rulesMeta.get(finding.ruleId)),
        location: { path, lines: { begin: finding.span.line, end: finding.span.endLine } },
      });
    }
    for (const directive of result.unusedDirectives) {
      issues.push({
        description: directive.message,
        check_name: "layerlint/unused-disable-directive",
        fingerprint: fingerprint("unused-disable-directive", result.filePath, directive.message),
        severity: "info",
        location: { path, lines: { begin: directive.span.line, end: directive.span.endLine } },
      });
    }
  }
  return `${JSON.stringify(issues, null, 2)}\n`;
};
