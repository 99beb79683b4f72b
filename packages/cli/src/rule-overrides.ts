import { ConfigError, getRule, parseSeverity, type RuleId, type SeveritySetting } from "@layerlint/core";
import { UsageError } from "./options.js";

function parseRuleOverride(spec: string): [RuleId, SeveritySetting] {
  const colon = spec.lastIndexOf(":");
  if (colon === -1) throw new UsageError(`--rule "${spec}" must be ID:SEVERITY, e.g. no-secret-in-arg:warn.`);
  const id = spec.slice(0, colon).trim();
  const level = spec.slice(colon + 1).trim();
  // Either registry: Dockerfile rules and build-configuration rules share one namespace.
  if (getRule(id) === undefined) {
    throw new UsageError(`--rule "${spec}": "${id}" is not a layerlint rule (see layerlint --list-rules).`);
  }
  try {
    return [id as RuleId, parseSeverity(level, "--rule", id)];
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    throw new UsageError(`--rule "${spec}": "${level}" is not a severity (use off, warn or error).`);
  }
}

/** `--rule ID:SEVERITY` values as rule settings; the last one for a rule wins. Throws UsageError. */
export function parseRuleOverrides(specs: readonly string[]): Partial<Record<RuleId, SeveritySetting>> {
  const overrides: Partial<Record<RuleId, SeveritySetting>> = {};
  for (const spec of specs) {
    const [id, severity] = parseRuleOverride(spec);
    overrides[id] = severity;
  }
  return overrides;
}
