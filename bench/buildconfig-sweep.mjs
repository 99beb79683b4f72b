// Runs the build-configuration rules (no-secret-build-arg, no-secret-cache-export,
// no-secret-in-compose-env) over every compose file, GitHub workflow and bake JSON file under a
// directory, the way a front end would (each Dockerfile a build names is linted with that build's
// context, target and build args when it is in the tree), and prints the findings per rule and per
// file. Messages are redacted by core; nothing here prints a value.
//
//   node bench/buildconfig-sweep.mjs DIR [--json]     (build first: node scripts/setup.mjs --build-only)
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = (path) => pathToFileURL(join(ROOT, path)).href;
for (const file of ["packages/core/dist/index.js", "packages/node/dist/index.js", "packages/node/dist/build-config.js"]) {
  if (!existsSync(join(ROOT, file))) {
    console.error(`${file} is missing: run node scripts/setup.mjs --build-only`);
    process.exit(2);
  }
}
const { isSecretFile, lint, mergeLintResults } = await import(dist("packages/core/dist/index.js"));
const { expandBuildConfigPaths, readBuildContext } = await import(dist("packages/node/dist/index.js"));
const { lintBuildConfigFile } = await import(dist("packages/node/dist/build-config.js"));

const { values, positionals } = parseArgs({ allowPositionals: true, options: { json: { type: "boolean", default: false } } });
const dir = positionals[0];
if (!dir || !existsSync(dir) || !statSync(dir).isDirectory()) {
  console.error("usage: node bench/buildconfig-sweep.mjs DIR [--json]");
  process.exit(2);
}

const started = performance.now();
const files = expandBuildConfigPaths([dir], { cwd: process.cwd() });
const byRule = new Map();
const byFile = [];
const problems = [];
const dockerfileResults = new Map();
let builds = 0;
let maxCacheExports = 0;
let maxCacheWithoutDockerfile = 0;

for (const path of files) {
  const text = readFileSync(path, "utf8");
  const result = lintBuildConfigFile({
    path,
    text,
    lintDockerfile(spec) {
      let dockerfileText = spec.dockerfileText;
      if (dockerfileText === null) {
        if (!existsSync(spec.dockerfilePath) || !statSync(spec.dockerfilePath).isFile()) return undefined;
        dockerfileText = readFileSync(spec.dockerfilePath, "utf8");
      }
      const context = existsSync(spec.contextDir)
        ? readBuildContext({ contextDir: spec.contextDir, dockerfilePath: spec.dockerfilePath ?? undefined, isSecretFile: (p) => isSecretFile(p) })
        : undefined;
      try {
        return lint(dockerfileText, { context, target: spec.target, buildArgs: spec.buildArgs, fileName: "Dockerfile" });
      } catch (error) {
        // An unknown target stage: the build names a stage the Dockerfile does not have.
        problems.push(`${relative(dir, path)}: ${spec.dockerfilePath}: ${error.message}`);
        return undefined;
      }
    },
  });
  builds += result.builds.length;
  const linted = new Set(result.dockerfileLints.map(({ spec }) => spec.build));
  for (const build of result.builds) {
    const max = build.cacheTo.filter((cache) => cache.mode === "max").length;
    maxCacheExports += max;
    if (!linted.has(build)) maxCacheWithoutDockerfile += max;
  }
  for (const finding of result.findings) byRule.set(finding.ruleId, (byRule.get(finding.ruleId) ?? 0) + 1);
  for (const problem of result.problems) problems.push(`${relative(dir, path)}:${problem.span.line}:${problem.span.column}: ${problem.message}`);
  for (const error of result.ruleErrors) problems.push(`${relative(dir, path)}: rule ${error.ruleId} crashed: ${error.message}`);
  for (const { spec, result: lintResult } of result.dockerfileLints) {
    const key = spec.dockerfilePath ?? `${path}#inline`;
    dockerfileResults.set(key, [...(dockerfileResults.get(key) ?? []), lintResult]);
  }
  if (result.findings.length > 0) byFile.push({ file: relative(dir, path), kind: result.kind, findings: result.findings });
}

const mergedDockerfiles = [...dockerfileResults].map(([path, results]) => [path, mergeLintResults(results).findings]).sort(([a], [b]) => (a < b ? -1 : 1));
const dockerfileFindings = mergedDockerfiles.reduce((n, [, findings]) => n + findings.length, 0);
const ms = performance.now() - started;

if (values.json) {
  console.log(JSON.stringify({ files: files.length, builds, maxCacheExports, maxCacheWithoutDockerfile, byRule: Object.fromEntries(byRule), byFile: byFile.map((f) => ({ ...f, findings: f.findings.map((x) => ({ ruleId: x.ruleId, line: x.span.line, column: x.span.column, message: x.message })) })), problems }, null, 2));
} else {
  console.log(`${files.length} build configuration files under ${dir} (${ms.toFixed(0)} ms)`);
  console.log(`builds: ${builds}; mode=max cache exports: ${maxCacheExports} (${maxCacheWithoutDockerfile} of them of builds whose Dockerfile is not in the tree)`);
  console.log(`Dockerfiles linted as their builds build them: ${dockerfileResults.size} (${dockerfileFindings} distinct findings)`);
  console.log("\nfindings per rule:");
  for (const id of ["no-secret-build-arg", "no-secret-cache-export", "no-secret-in-compose-env"]) console.log(`  ${id.padEnd(26)} ${byRule.get(id) ?? 0}`);
  console.log("\nfindings per file:");
  for (const { file, findings } of byFile) {
    console.log(`  ${file}`);
    for (const f of findings) console.log(`    ${f.span.line}:${f.span.column} ${f.ruleId}: ${f.message}`);
  }
  console.log("\nfindings on the Dockerfiles, linted as their builds build them (each distinct finding once):");
  for (const [path, findings] of mergedDockerfiles) {
    if (findings.length === 0) continue;
    console.log(`  ${relative(dir, path)}`);
    for (const f of findings) console.log(`    ${f.span.line}:${f.span.column} ${f.ruleId} (${f.severity}): ${f.message}`);
  }
  if (problems.length > 0) {
    console.log(`\nfiles that could not be read fully (${problems.length}):`);
    for (const problem of problems) console.log(`  ${problem}`);
  }
}
