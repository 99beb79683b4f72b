/**
 * Lints a fixture folder through the host the front ends use (`createLinterHost`): a fixture's own
 * `.layerlintrc`, its build context and the contents of the files its COPY/ADD sources send apply;
 * a build configuration's Dockerfiles are linted as each build builds them (context, target, build
 * args). Shared by the fixture tests and the parity test's guard that every `ng.` fixture reports.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { mergeLintResults, type Finding, type FullLintResult } from "@layerlint/core";
import { createLinterHost, expandBuildConfigPaths } from "@layerlint/node";
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
  readonly relatedFiles?: readonly string[];
}

function compact(finding: Finding, file?: string): FixtureFinding {
  const files = finding.related.flatMap((r) => (r.file ? [`${r.file.path}:${r.file.line}:${r.file.column}-${r.file.endLine}:${r.file.endColumn}`] : []));
  return {
    ...(file === undefined ? {} : { file }),
    ruleId: finding.ruleId,
    messageId: finding.messageId,
    severity: finding.severity,
    line: finding.span.line,
    column: finding.span.column,
    endLine: finding.span.endLine,
    endColumn: finding.span.endColumn,
    ...(files.length > 0 ? { relatedFiles: files } : {}),
  };
}

export function lintFixture(dir: string, dockerfile = "Dockerfile"): FixtureFinding[] {
  const dockerfilePath = join(dir, dockerfile);
  const { result } = createLinterHost({ cwd: dir }).lintFile({ path: dockerfilePath, source: readFileSync(dockerfilePath, "utf8") });
  return result.findings.map((f) => compact(f));
}

/**
 * Lints every build configuration of a fixture folder. Findings on the configuration files and,
 * once per distinct finding (`mergeLintResults`), on each Dockerfile their builds lint; `file` is
 * relative to the folder.
 */
export function lintBuildConfigFixture(dir: string): FixtureFinding[] {
  const host = createLinterHost({ cwd: dir });
  const findings: FixtureFinding[] = [];
  const byDockerfile = new Map<string, FullLintResult[]>();
  const lintDockerfile = (spec: DockerfileLintSpec): FullLintResult | undefined => {
    const path = spec.dockerfilePath;
    if (path === null || !existsSync(path) || !statSync(path).isFile()) return undefined;
    const { result } = host.lintFile({
      path,
      source: readFileSync(path, "utf8"),
      contextDir: spec.contextDir,
      ...(spec.target === undefined ? {} : { target: spec.target }),
      buildArgs: spec.buildArgs,
    });
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
