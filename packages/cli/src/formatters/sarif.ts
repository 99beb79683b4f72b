import { isAbsolute, join } from "node:path";
import { pathToFileURL } from "node:url";
import { CHANNELS, redactText, type AnyRuleId, type ContextFileLocation, type ImageLocation, type RuleMeta, type Span } from "@layerlint/core";
import { hasPosition, portablePath } from "../result.js";
import { fingerprinter } from "./fingerprints.js";
import type { Formatter } from "./index.js";

const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
const INFORMATION_URI = "https://github.com/layerlint/layerlint";
/** The key of our `partialFingerprints` entry; versioned, as SARIF §3.27.17 recommends. */
const FINGERPRINT_KEY = "layerlintFindingHash/v1";

/**
 * Code scanning's `security-severity` (GitHub: ≥ 7.0 high, ≥ 4.0 medium) and default level per
 * rule: always-error rules (a literal secret, a missing .dockerignore, a secret carried into a
 * shipped stage) 8.0; stage-policy rules 7.5; the context rule whose default finding is the
 * warning about missing .dockerignore patterns (a possible exposure, not a seen secret) 5.0.
 */
function rating(meta: RuleMeta): { level: "error" | "warning"; securitySeverity: string } {
  if (meta.severity === "error") return { level: "error", securitySeverity: "8.0" };
  if (meta.channel === "context") return { level: "warning", securitySeverity: "5.0" };
  return { level: "error", securitySeverity: "7.5" };
}

function pascalCase(id: string): string {
  return id.replace(/(?:^|-)([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
}

/** Rule descriptions are titles (`Disallow …`); SARIF wants sentences. */
function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

function ruleDescriptor(id: AnyRuleId, meta: RuleMeta): object {
  const { level, securitySeverity } = rating(meta);
  const description = sentence(meta.docs.description);
  const channel = `Secrets it finds leak through ${CHANNELS[meta.channel].reader}.`;
  return {
    id,
    name: pascalCase(id),
    shortDescription: { text: description },
    fullDescription: { text: `${description} ${channel}` },
    help: {
      text: `${description} ${channel} See ${meta.docs.url}`,
      markdown: `**${description}** ${channel}\n\n[Rule documentation](${meta.docs.url})`,
    },
    helpUri: meta.docs.url,
    defaultConfiguration: meta.docs.recommended ? { level } : { level, enabled: false },
    properties: {
      tags: ["security", "secrets", "docker"],
      precision: "high",
      "security-severity": securitySeverity,
    },
  };
}

/** Percent-encodes each segment, so a relative path stays a relative URI reference. */
function relativeUri(path: string): string {
  return path.split("/").map(encodeURIComponent).join("/");
}

function artifactLocation(filePath: string, cwd: string): object {
  const path = portablePath(filePath, cwd);
  // Outside the working directory there is no repository-relative path: an absolute file URI.
  if (isAbsolute(filePath) && isAbsolute(path)) return { uri: pathToFileURL(redactText(filePath, [])).href };
  return { uri: relativeUri(path), uriBaseId: "%SRCROOT%" };
}

function directoryUri(dir: string): string {
  const href = pathToFileURL(dir).href;
  return href.endsWith("/") ? href : `${href}/`;
}

/**
 * An image finding's place in the image as a SARIF logical location: a file of a layer (a
 * resource), a config key (a variable), a history entry (an element). Names read like paths:
 * `<image>/layer/3/app/.env`, `<image>/config/API_SECRET`, `<image>/history/8`.
 */
function logicalLocation(location: ImageLocation): object {
  if (location.channel === "layer") {
    return { name: location.path ?? "", fullyQualifiedName: `${location.image}/layer/${location.layer ?? ""}${location.path ?? ""}`, kind: "resource" };
  }
  if (location.channel === "config") {
    return { name: location.key ?? "", fullyQualifiedName: `${location.image}/config/${location.key ?? ""}`, kind: "variable" };
  }
  return { name: `history/${location.historyIndex ?? ""}`, fullyQualifiedName: `${location.image}/history/${location.historyIndex ?? ""}`, kind: "element" };
}

function region(span: Span | ContextFileLocation): object {
  return { startLine: span.line, startColumn: span.column, endLine: span.endLine, endColumn: span.endColumn };
}

/**
 * SARIF 2.1.0 as GitHub code scanning ingests it: every rule described in `tool.driver.rules`
 * (with help, `security-severity` and precision), one result per finding with its region,
 * related locations and a line-independent partial fingerprint. Files that could not be linted
 * and unused disable directives are tool execution notifications, not results: they are not
 * security alerts. Pretty-printed (it is read by people in pull requests too).
 */
export const sarif: Formatter = (results, { cwd, rulesMeta, version }) => {
  const ruleIds = [...rulesMeta.keys()];
  const fingerprint = fingerprinter(cwd);
  const sarifResults: object[] = [];
  const notifications: object[] = [];
  for (const result of results) {
    const location = artifactLocation(result.filePath, cwd);
    if (result.fatal !== undefined) {
      notifications.push({
        level: "error",
        message: { text: result.fatal },
        locations: [{ physicalLocation: { artifactLocation: location } }],
      });
    }
    for (const directive of result.unusedDirectives) {
      notifications.push({
        level: "warning",
        message: { text: directive.message },
        locations: [{ physicalLocation: { artifactLocation: location, region: region(directive.span) } }],
      });
    }
    for (const finding of result.findings) {
      sarifResults.push({
        ruleId: finding.ruleId,
        ruleIndex: ruleIds.indexOf(finding.ruleId),
        level: finding.severity,
        message: { text: finding.message },
        locations: [
          {
            physicalLocation: { artifactLocation: location, ...(hasPosition(finding) ? { region: region(finding.span) } : {}) },
            ...(finding.location === undefined ? {} : { logicalLocations: [logicalLocation(finding.location)] }),
          },
        ],
        ...(finding.related.length === 0
          ? {}
          : {
              relatedLocations: finding.related.map((related, index) => ({
                id: index + 1,
                physicalLocation:
                  related.file !== undefined && result.contextDir !== undefined
                    ? { artifactLocation: artifactLocation(join(result.contextDir, related.file.path), cwd), region: region(related.file) }
                    : { artifactLocation: location, region: region(related.span) },
                message: { text: related.message },
              })),
            }),
        partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(finding.ruleId, result.filePath, finding.message) },
        properties: {
          channel: finding.channel,
          ...(finding.stage === undefined ? {} : { stage: finding.stage }),
          shipped: finding.shipped,
          ...(finding.location === undefined ? {} : { location: finding.location }),
          ...(finding.attribution === undefined ? {} : { attribution: finding.attribution }),
        },
      });
    }
  }
  const log = {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "layerlint",
            version,
            semanticVersion: version,
            informationUri: INFORMATION_URI,
            rules: [...rulesMeta].map(([id, meta]) => ruleDescriptor(id, meta)),
          },
        },
        invocations: [
          {
            executionSuccessful: !results.some((result) => result.fatal !== undefined),
            ...(notifications.length === 0 ? {} : { toolExecutionNotifications: notifications }),
          },
        ],
        originalUriBaseIds: { "%SRCROOT%": { uri: directoryUri(cwd) } },
        columnKind: "utf16CodeUnits",
        results: sarifResults,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};
