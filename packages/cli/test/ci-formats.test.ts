import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { describe, expect, it } from "vitest";
import { formatterNames } from "../src/formatters/index.js";
import { fixture, run } from "./helpers.js";

const require = createRequire(import.meta.url);
/** The multitool's package resolves to its platform binary, which ships the SARIF schema beside it. */
const MULTITOOL: string = require("@microsoft/sarif-multitool");
const SARIF_SCHEMA = join(dirname(MULTITOOL), "sarif-2.1.0.json");
// ajv-formats is CommonJS with a default export; under NodeNext its namespace is the module object.
const addFormats = (addFormatsModule as unknown as { default: typeof addFormatsModule }).default ?? addFormatsModule;

/** Fake, for the test: shaped like a GitHub token, obviously not one. */
const FAKE_TOKEN = "ghp_FAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKE";

/** A project that triggers most rules: a literal token, build args, a builder stage, the context. */
function leakyProject(): string {
  return fixture({
    "app/Dockerfile": [
      "FROM node:20 AS builder",
      "ARG NPM_TOKEN",
      "RUN npm ci --token $NPM_TOKEN",
      "COPY .npmrc /root/.npmrc",
      "RUN rm /root/.npmrc",
      "",
      "FROM node:20-slim",
      `ENV GITHUB_TOKEN=${FAKE_TOKEN}`,
      "COPY . /app",
      "COPY --from=builder /app /app",
      "",
    ].join("\n"),
    "app/.dockerignore": "node_modules\n",
    "app/.npmrc": "registry=https://registry.example/\n",
    "clean/Dockerfile": "FROM alpine\nRUN echo hello\n",
  });
}

/**
 * Notes the validator prints for choices layerlint makes on purpose: messages as text (code
 * scanning shows text), no version-control provenance (upload-sarif adds it), URLs it cannot reach
 * from a sandbox, string rule ids (the public contract, never numeric codes), and no snippets or
 * context regions — they would copy Dockerfile text, secrets included, into the report.
 */
const ACCEPTED_NOTES = new Set(["SARIF2002", "SARIF2003", "SARIF2006", "SARIF2009", "SARIF2010", "SARIF2011"]);

describe("SARIF output of a real run", () => {
  it("passes Microsoft's SARIF validator (SARIF and GitHub rules) and the SARIF 2.1.0 schema", async () => {
    const cwd = leakyProject();
    const { code, stdout, stderr } = await run(["--format", "sarif"], { cwd });
    expect(stderr).toBe("");
    expect(code).toBe(1);
    const log = JSON.parse(stdout) as { runs: { results: { ruleId: string }[] }[] };
    expect(new Set(log.runs[0]!.results.map((result) => result.ruleId))).toEqual(
      new Set(["no-secret-in-arg", "require-secret-mount", "no-secret-file-copy", "no-ineffective-delete", "no-hardcoded-secret", "require-dockerignore-entries"]),
    );

    const ajv = new Ajv2020({ allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(SARIF_SCHEMA, "utf8")) as object);
    expect(validate(log) ? [] : validate.errors).toEqual([]);

    const input = join(cwd, "report.sarif");
    const output = join(cwd, "validation.sarif");
    writeFileSync(input, stdout);
    const validator = spawnSync(
      MULTITOOL,
      ["validate", input, "--rule-kind", "Sarif;Gh", "--level", "Error;Warning;Note", "--output", output, "--log", "ForceOverwrite"],
      { encoding: "utf8", env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: "1" } },
    );
    expect(validator.error).toBeUndefined();
    expect(validator.status, validator.stdout + validator.stderr).toBe(0);
    const validation = JSON.parse(readFileSync(output, "utf8")) as { runs: { results?: { ruleId: string; level?: string }[] }[] };
    const problems = (validation.runs[0]!.results ?? []).map((result) => `${result.level ?? "warning"} ${result.ruleId}`);
    expect(problems.filter((problem) => !problem.startsWith("note "))).toEqual([]);
    expect(problems.map((problem) => problem.slice("note ".length)).filter((rule) => !ACCEPTED_NOTES.has(rule))).toEqual([]);
  });

  it("validator check can fail: it rejects a result without a location", () => {
    const cwd = fixture();
    const input = join(cwd, "bad.sarif");
    writeFileSync(
      input,
      JSON.stringify({
        version: "2.1.0",
        runs: [{ tool: { driver: { name: "x", rules: [{ id: "a" }] } }, results: [{ ruleId: "a", message: { text: "m" } }] }],
      }),
    );
    const validator = spawnSync(MULTITOOL, ["validate", input, "--rule-kind", "Sarif;Gh", "--level", "Error"], { encoding: "utf8" });
    expect(validator.stdout).toContain("error GH1015");
  });
});

describe("every format of a real run", () => {
  it.each(formatterNames)("%s never contains a secret value", async (format) => {
    const cwd = leakyProject();
    const { code, stdout } = await run(["--format", format], { cwd });
    expect(code).toBe(1);
    expect(stdout).toContain("no-hardcoded-secret");
    expect(stdout).toContain("ghp_");
    // Findings show at most the first four characters of a secret.
    expect(stdout).not.toContain(FAKE_TOKEN.slice(0, 5));
  });
});
