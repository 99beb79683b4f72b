/**
 * How the fixture tests lint a fixture folder, the way the front ends do: a Dockerfile with its
 * folder as the build context, and a build configuration with each Dockerfile its builds name
 * linted as that build builds it (context, target, build args).
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { basename, join, relative } from "node:path";
import { isSecretFile, lint, mergeLintResults, type Finding, type FullLintResult, type LintOptions } from "@layerlint/core";
import { expandBuildConfigPaths, readBuildContext } from "@layerlint/node";
import { lintBuildConfigFile, type DockerfileLintSpec } from "@layerlint/node/build-config";

export const FIXTURES = join(import.meta.dirname, "fixtures");

export interface FixtureFinding {
  readonly file?: string;
  readonly ruleId: string;
  readonly messageId: string;
  readonly severity: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

function compact(finding: Finding, file?: string): FixtureFinding {
  return {
    ...(file === undefined ? {} : { file }),
    ruleId: finding.ruleId,
    messageId: finding.messageId,
    severity: finding.severity,
    line: finding.span.line,
    column: finding.span.column,
    endLine: finding.span.endLine,
    endColumn: finding.span.endColumn,
  };
}

/** Lints a Dockerfile with `contextDir` as its build context. */
export function lintDockerfileIn(contextDir: string, dockerfilePath: string, text: string, options: LintOptions = {}): FullLintResult {
  const context = readBuildContext({ contextDir, dockerfilePath, isSecretFile: (p) => isSecretFile(p) });
  return lint(text, { ...options, context, fileName: basename(dockerfilePath) });
}

export function lintFixture(dir: string, dockerfile = "Dockerfile"): FixtureFinding[] {
  const dockerfilePath = join(dir, dockerfile);
  return lintDockerfileIn(dir, dockerfilePath, readFileSync(dockerfilePath, "utf8")).findings.map((f) => compact(f));
}

/**
 * Lints every build configuration of a fixture folder. Findings on the configuration files and,
 * once per distinct finding (`mergeLintResults`), on each Dockerfile their builds lint; `file` is
 * relative to the folder.
 */
export function lintBuildConfigFixture(dir: string): FixtureFinding[] {
  const findings: FixtureFinding[] = [];
  const byDockerfile = new Map<string, FullLintResult[]>();
  const lintDockerfile = (spec: DockerfileLintSpec): FullLintResult | undefined => {
    const path = spec.dockerfilePath;
    if (path === null || !existsSync(path) || !statSync(path).isFile()) return undefined;
    const result = lintDockerfileIn(spec.contextDir, path, readFileSync(path, "utf8"), { target: spec.target, buildArgs: spec.buildArgs });
    byDockerfile.set(path, [...(byDockerfile.get(path) ?? []), result]);
    return result;
  };
  for (const path of expandBuildConfigPaths([dir], { cwd: dir })) {
    const result = lintBuildConfigFile({ path, text: readFileSync(path, "utf8"), lintDockerfile });
    if (result.problems.length > 0 || result.ruleErrors.length > 0) throw new Error(`${path}: ${JSON.stringify([...result.problems, ...result.ruleErrors])}`);
    findings.push(...result.findings.map((f) => compact(f, relative(dir, path))));
  }
  for (const [path, results] of [...byDockerfile].sort(([a], [b]) => (a < b ? -1 : 1))) {
    findings.push(...mergeLintResults(results).findings.map((f) => compact(f, relative(dir, path))));
  }
  return findings;
}
