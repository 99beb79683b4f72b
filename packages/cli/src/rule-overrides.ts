import { buildConfigRules, closestName, ConfigError, getRule, imageRules, isImageRuleId, parseSeverity, rules, type AnyRuleId, type SeveritySetting } from "@layerlint/core";
import { UsageError } from "./options.js";

function parseRuleOverride(spec: string): [AnyRuleId, SeveritySetting] {
  const colon = spec.lastIndexOf(":");
  if (colon === -1) throw new UsageError(`--rule "${spec}" must be ID:SEVERITY, e.g. no-secret-in-arg:warn.`);
  const id = spec.slice(0, colon).trim();
  const level = spec.slice(colon + 1).trim();
  // Every registry: Dockerfile, build-configuration and image rules share one namespace.
  if (getRule(id) === undefined && !isImageRuleId(id)) {
    const suggestion = closestName(id, [...rules.keys(), ...buildConfigRules.keys(), ...imageRules.keys()]);
    throw new UsageError(
      `--rule "${spec}": "${id}" is not a layerlint rule (${suggestion === undefined ? "see layerlint --list-rules" : `did you mean "${suggestion}"?`}).`,
    );
  }
  try {
    return [id as AnyRuleId, parseSeverity(level, "--rule", id)];
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    throw new UsageError(`--rule "${spec}": "${level}" is not a severity (use off, warn or error).`);
  }
}

/** `--rule ID:SEVERITY` values as rule settings; the last one for a rule wins. Throws UsageError. */
export function parseRuleOverrides(specs: readonly string[]): Partial<Record<AnyRuleId, SeveritySetting>> {
  const overrides: Partial<Record<AnyRuleId, SeveritySetting>> = {};
  for (const spec of specs) {
    const [id, severity] = parseRuleOverride(spec);
    overrides[id] = severity;
  }
  return overrides;
}
