/** Real findings from core for the mapper tests: the mappers must translate what core reports. */
import { lint, parseDockerfile, type BuildContext, type Finding, type LintOptions, type RuleId } from "@layerlint/core";
import { TextDocument } from "vscode-languageserver-textdocument";

export const FAKE_TOKEN = `ghp_${"FAKE".repeat(9)}`;
export const URI = "file:///work/app/Dockerfile";

export function lintText(text: string, options: LintOptions = {}) {
  return {
    findings: lint(text, { fileName: "Dockerfile", ...options }).findings,
    parsed: parseDockerfile(text),
    document: TextDocument.create(URI, "dockerfile", 7, text),
  };
}

export function findingOf(findings: readonly Finding[], ruleId: RuleId, index = 0): Finding {
  const found = findings.filter((f) => f.ruleId === ruleId)[index];
  if (found === undefined) throw new Error(`No ${ruleId} finding in ${findings.map((f) => f.ruleId).join(", ")}`);
  return found;
}

/** A build context as @layerlint/node would hand it over, built by hand. */
export function fakeContext(ignoreText: string | null, secretFiles: string[] = []): BuildContext {
  const excluded = new Set((ignoreText ?? "").split("\n").map((l) => l.trim()).filter((l) => l !== "" && !l.startsWith("#")));
  return {
    ignoreFile: ignoreText === null ? null : { path: ".dockerignore", text: ignoreText, perDockerfile: false },
    isExcluded: (path) => excluded.has(path) || excluded.has(path.split("/")[0]!),
    secretFiles: secretFiles.map((path) => ({ path, type: "file" as const })),
  };
}
