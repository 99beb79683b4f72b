/**
 * One host, three front ends: fixture folders with their own `.layerlintrc` (secret file and name
 * lists, rule settings, a target, a contexts mapping) linted by the CLI (`main`), the real ESLint
 * class with the recommended config, and the language server's document linter give the same
 * findings — because all three lint through `createLinterHost` (@layerlint/node). The first case
 * is the bug that separate copies of "lint a file on disk" caused: ESLint ignored `secretFiles`.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";
import { main } from "../packages/cli/src/main.js";
import layerlint from "../packages/eslint-plugin/src/index.js";
import { DocumentLinter } from "../packages/lsp/src/lint-document.js";
import { DEFAULT_SETTINGS } from "../packages/lsp/src/settings.js";

const CASES = join(import.meta.dirname, "fixtures-config");

/** rule id, 1-based line and column, message: what every front end shows. */
type Reported = readonly [string, number, number, string];

const ARG_MESSAGE = (name: string, id: string) =>
  `ARG ${name} carries a secret in the final image: its value is recorded in the image history of every RUN that follows and in the build's provenance. Pass it with RUN --mount=type=secret,id=${id},env=${name} instead.`;
const RUN_MESSAGE = (name: string, id: string) =>
  `RUN reads the secret ${name} from ARG in the final image: build args a RUN uses are recorded in the image history and provenance, and ENV values in the image config. Mount it for this RUN only with --mount=type=secret,id=${id},env=${name} (or use a multi-stage build that never ships it).`;

const EXPECTED: Record<string, { dockerfile: string; findings: readonly Reported[]; severities: readonly number[] }> = {
  "secret-files-deny": {
    dockerfile: "Dockerfile",
    findings: [
      [
        "require-dockerignore-entries",
        2,
        1,
        "COPY . sends deploy.vault from the build context into a layer in the final image: .dockerignore does not exclude it. Add /deploy.vault to .dockerignore (layerlint --fix does this).",
      ],
    ],
    severities: [2],
  },
  "secret-names-deny": {
    dockerfile: "Dockerfile",
    findings: [
      ["no-secret-in-arg", 2, 5, ARG_MESSAGE("BUILD_SALT", "build_salt")],
      ["require-secret-mount", 3, 1, RUN_MESSAGE("BUILD_SALT", "build_salt")],
    ],
    severities: [2, 2],
  },
  "rule-severity": {
    dockerfile: "Dockerfile",
    findings: [["no-secret-in-arg", 2, 5, ARG_MESSAGE("NPM_TOKEN", "npm_token")]],
    severities: [1],
  },
  "target-stage": {
    dockerfile: "Dockerfile",
    findings: [
      ["no-secret-in-arg", 2, 5, ARG_MESSAGE("NPM_TOKEN", "npm_token")],
      ["require-secret-mount", 3, 1, RUN_MESSAGE("NPM_TOKEN", "npm_token")],
    ],
    severities: [2, 2],
  },
  "contexts-subdir": {
    dockerfile: "docker/Dockerfile",
    findings: [
      [
        "require-dockerignore",
        2,
        1,
        "COPY . copies the whole build context and no .dockerignore applies: layerlint found no secret in it today, but any secret added to it later (.env, keys, credentials) lands in a layer. Create a .dockerignore that excludes secrets (layerlint --fix writes one).",
      ],
    ],
    severities: [1],
  },
};

async function viaCli(dir: string, dockerfile: string): Promise<{ findings: Reported[]; severities: number[] }> {
  let stdout = "";
  let stderr = "";
  await main(["-f", "json", dockerfile], {
    stdout: { write: (chunk: string) => (stdout += chunk) },
    stderr: { write: (chunk: string) => (stderr += chunk) },
    stdin: (async function* () {})(),
    cwd: dir,
    env: {},
    isTTY: false,
  });
  expect(stderr).toBe("");
  const [file] = JSON.parse(stdout) as { messages: { ruleId: string; line: number; column: number; message: string; severity: number }[] }[];
  return {
    findings: file!.messages.map((m) => [m.ruleId, m.line, m.column, m.message] as const),
    severities: file!.messages.map((m) => m.severity),
  };
}

async function viaEslint(dir: string, dockerfile: string): Promise<Reported[]> {
  const eslint = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: [layerlint.configs.recommended] as never });
  const [result] = await eslint.lintFiles([dockerfile]);
  return result!.messages.map((m) => [(m.ruleId ?? "").replace(/^layerlint\//, ""), m.line, m.column, m.message] as const);
}

function viaLanguageServer(dir: string, dockerfile: string): { findings: Reported[]; severities: number[] } {
  const path = join(dir, dockerfile);
  const outcome = new DocumentLinter().lint({
    uri: pathToFileURL(path).href,
    version: 1,
    text: readFileSync(path, "utf8"),
    settings: DEFAULT_SETTINGS,
    relatedInformation: true,
  });
  expect(outcome.problem).toBeUndefined();
  return {
    findings: outcome.diagnostics.map((d) => [String(d.code), d.range.start.line + 1, d.range.start.character + 1, d.message] as const),
    // LSP severities: 1 error, 2 warning; the json format's: 2 error, 1 warning.
    severities: outcome.diagnostics.map((d) => (d.severity === 1 ? 2 : 1)),
  };
}

describe("the CLI, ESLint and the language server lint through one host", () => {
  it.each(Object.entries(EXPECTED))("%s: the same findings from each", async (name, expected) => {
    const dir = join(CASES, name);
    const cli = await viaCli(dir, expected.dockerfile);
    expect(cli).toEqual({ findings: expected.findings, severities: expected.severities });
    expect(viaLanguageServer(dir, expected.dockerfile)).toEqual({ findings: expected.findings, severities: expected.severities });
    // In ESLint the rule settings (and so severities) are ESLint's own: the recommended config
    // turns every rule on, so the config file's "off" does not apply there, by design.
    const eslint = await viaEslint(dir, expected.dockerfile);
    if (name === "rule-severity") {
      expect(eslint).toEqual([...expected.findings, ["require-secret-mount", 3, 1, RUN_MESSAGE("NPM_TOKEN", "npm_token")]]);
    } else {
      expect(eslint).toEqual(expected.findings);
    }
  });
});
