import type { RuleMeta } from "@layerlint/core";

/** What the list reads of a rule (Dockerfile, build-configuration and image rules alike). */
interface ListedRule {
  readonly id: string;
  readonly meta: RuleMeta;
}

function defaultSeverity(rule: ListedRule): string {
  if (!rule.meta.docs.recommended) return "off";
  const severity = rule.meta.severity === "error" ? "error" : "stage";
  return rule.meta.severityNote === undefined ? severity : `${severity} (${rule.meta.severityNote})`;
}

/** `layerlint --list-rules`: id, default severity and description of every rule, aligned. */
export function listRulesText(rules: Iterable<ListedRule>): string {
  const rows = [...rules].map((rule) => [rule.id, defaultSeverity(rule), rule.meta.docs.description] as const);
  const header = ["RULE", "DEFAULT", "DESCRIPTION"] as const;
  const idWidth = Math.max(header[0].length, ...rows.map(([id]) => id.length));
  const severityWidth = Math.max(header[1].length, ...rows.map(([, severity]) => severity.length));
  const lines = [header, ...rows].map(
    ([id, severity, description]) => `${id.padEnd(idWidth)}  ${severity.padEnd(severityWidth)}  ${description}`,
  );
  return `${lines.join("\n")}\n\nstage: error in a shipped stage (the target and the stages it is built FROM),\nwarning in a stage that is not shipped. --rule ID:SEVERITY or the config's "rules" override it.\n`;
}
