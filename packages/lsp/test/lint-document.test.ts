import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { rules } from "@layerlint/core";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { LayerlintDiagnosticData } from "../src/code-actions.js";
import { DocumentLinter, MAX_TEXT_LENGTH, type LintRequest } from "../src/lint-document.js";
import { DEFAULT_SETTINGS, type Settings } from "../src/settings.js";
import { FAKE_TOKEN } from "./helpers/findings.js";

const LEAKY = "FROM alpine\nARG NPM_TOKEN\nRUN npm ci --token $NPM_TOKEN\nCOPY . /app\n";

describe("DocumentLinter", () => {
  let dir: string;
  let linter: DocumentLinter;
  let uri: string;

  const request = (text = LEAKY, settings: Settings = DEFAULT_SETTINGS, at = uri): LintRequest => ({
    uri: at,
    version: 3,
    text,
    settings,
    relatedInformation: true,
  });
  const codes = (outcome: ReturnType<DocumentLinter["lint"]>) => outcome.diagnostics.map((d) => `${String(d.code)}@${d.range.start.line}`);

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "layerlint-doc-"));
    writeFileSync(join(dir, "Dockerfile"), LEAKY);
    writeFileSync(join(dir, ".env"), "NOT_A_SECRET=1\n");
    uri = pathToFileURL(join(dir, "Dockerfile")).href;
    linter = new DocumentLinter();
  });

  afterEach(() => {
    vi.restoreAllMocks();
    rmSync(dir, { recursive: true, force: true });
  });

  it("lints with the build context and places the .dockerignore fix in the context", () => {
    const outcome = linter.lint(request());
    expect(outcome).toMatchObject({ uri, version: 3, warnings: [], ruleErrors: [] });
    expect(outcome.problem).toBeUndefined();
    expect(codes(outcome)).toEqual(["no-secret-in-arg@1", "require-secret-mount@2", "require-dockerignore@3"]);
    const data = outcome.diagnostics[2]!.data as LayerlintDiagnosticData;
    expect(data.fixes[0]!.fileEdits[0]!.uri).toBe(pathToFileURL(join(dir, ".dockerignore")).href);
  });

  it("sees a new .dockerignore at once when told the file changed", () => {
    expect(codes(linter.lint(request()))).toContain("require-dockerignore@3");
    writeFileSync(join(dir, ".dockerignore"), "node_modules\n");
    linter.invalidate(join(dir, ".dockerignore"));
    const outcome = linter.lint(request());
    expect(codes(outcome)).toEqual([
      "no-secret-in-arg@1",
      "require-secret-mount@2",
      "require-dockerignore-entries@3",
      "require-dockerignore-entries@3",
    ]);
    const append = outcome.diagnostics
      .map((d) => d.data as LayerlintDiagnosticData)
      .flatMap((d) => d.fixes)
      .find((f) => f.title === "Add .env to .dockerignore")!;
    expect(append.fileEdits[0]!.edits[0]!.range.start).toEqual({ line: 1, character: 0 });
  });

  it("applies the config file and the settings over it", () => {
    writeFileSync(join(dir, ".layerlintrc.json"), JSON.stringify({ rules: { "require-dockerignore": "off" } }));
    expect(codes(linter.lint(request()))).toEqual(["no-secret-in-arg@1", "require-secret-mount@2"]);
    const settings = { ...DEFAULT_SETTINGS, rules: { "no-secret-in-arg": "off" as const } };
    expect(codes(linter.lint(request(LEAKY, settings)))).toEqual(["require-secret-mount@2"]);
  });

  it("turns a broken config file into one diagnostic, then picks up the repaired file", () => {
    const config = join(dir, ".layerlintrc.yaml");
    writeFileSync(config, "rules:\n  no-secret-in-arg: loud\n");
    const broken = linter.lint(request());
    expect(broken.diagnostics).toHaveLength(1);
    expect(broken.diagnostics[0]).toMatchObject({ severity: 1, source: "layerlint", range: { start: { line: 0, character: 0 }, end: { line: 0, character: 11 } } });
    expect(broken.problem).toBe(`${config}: "rules.no-secret-in-arg" has an invalid severity "loud" (use "off", "warn" or "error").`);
    expect(broken.diagnostics[0]!.message).toBe(broken.problem);
    writeFileSync(config, "rules:\n  no-secret-in-arg: warn\n# repaired\n");
    const repaired = linter.lint(request());
    expect(repaired.problem).toBeUndefined();
    expect(repaired.diagnostics[0]).toMatchObject({ code: "no-secret-in-arg", severity: 2 });
  });

  it("reports YAML syntax errors and a missing configPath as one diagnostic", () => {
    writeFileSync(join(dir, ".layerlintrc.yml"), "rules: [unclosed\n");
    expect(linter.lint(request()).problem).toMatch(/^Invalid YAML in config file .*\.layerlintrc\.yml at line \d+, column \d+/);
    const missing = linter.lint(request(LEAKY, { ...DEFAULT_SETTINGS, configPath: join(dir, "nope.json") }));
    expect(missing.problem).toBe(`Cannot read config file ${join(dir, "nope.json")}: no such file.`);
    expect(missing.diagnostics).toHaveLength(1);
  });

  it("reports an unknown target and a bad setting as one diagnostic", () => {
    const target = linter.lint(request(LEAKY, { ...DEFAULT_SETTINGS, target: "nope" }));
    expect(target.diagnostics).toHaveLength(1);
    expect(target.problem).toContain("nope");
    const setting = linter.lint(request(LEAKY, { ...DEFAULT_SETTINGS, problem: "layerlint settings: bad." }));
    expect(setting.diagnostics.map((d) => d.message)).toEqual(["layerlint settings: bad."]);
  });

  it("publishes nothing when disabled, and skips documents too large to be Dockerfiles", () => {
    expect(linter.lint(request(LEAKY, { ...DEFAULT_SETTINGS, enable: false })).diagnostics).toEqual([]);
    const huge = linter.lint(request(`FROM alpine\n${"#".repeat(MAX_TEXT_LENGTH)}`));
    expect(huge.diagnostics).toHaveLength(1);
    expect(huge.diagnostics[0]!.severity).toBe(3);
    expect(huge.problem).toBe("layerlint: Not linted: it is 8.0 MiB (8,388,620 bytes), more than the 8 MiB (8,388,608 bytes) layerlint lints.");
  });

  it("keeps the other rules' findings when a rule crashes, and scrubs the crash message", () => {
    vi.spyOn(rules.get("require-secret-mount")!, "check").mockImplementation(() => {
      throw new Error(`boom near ${FAKE_TOKEN}`);
    });
    const outcome = linter.lint(request());
    expect(codes(outcome)).toEqual(["no-secret-in-arg@1", "require-dockerignore@3"]);
    expect(outcome.ruleErrors).toHaveLength(1);
    expect(outcome.ruleErrors[0]!.ruleId).toBe("require-secret-mount");
    expect(outcome.ruleErrors[0]!.message).toContain("boom near ghp_");
    expect(outcome.ruleErrors[0]!.message).not.toContain("ghp_F");
  });

  it("survives an unexpected failure with one diagnostic and a log line", () => {
    vi.spyOn(rules, "values").mockImplementation(() => {
      throw new Error("registry exploded");
    });
    const outcome = linter.lint(request());
    expect(outcome.diagnostics).toHaveLength(1);
    expect(outcome.diagnostics[0]!.message).toMatch(/^layerlint failed on this file: Error: registry exploded/);
    expect(outcome.warnings.join("\n")).toContain("registry exploded");
  });

  it("lints without a context when the configured context is missing, saying why", () => {
    writeFileSync(join(dir, ".layerlintrc.json"), JSON.stringify({ contexts: { Dockerfile: "missing-dir" } }));
    const outcome = linter.lint(request());
    expect(codes(outcome)).toEqual(["no-secret-in-arg@1", "require-secret-mount@2"]);
    expect(outcome.warnings).toEqual([`The build context ${join(dir, "missing-dir")} is not a directory: rules that need the context were skipped.`]);
  });

  it("lints untitled documents without context or config", () => {
    const outcome = linter.lint(request(LEAKY, DEFAULT_SETTINGS, "untitled:Dockerfile"));
    expect(codes(outcome)).toEqual(["no-secret-in-arg@1", "require-secret-mount@2"]);
  });

  it("lints a compose file the editor has open: its findings at their keys, its Dockerfile as the build builds it", () => {
    const compose = "services:\n  api:\n    build:\n      context: .\n      args:\n        GH: ${GH_TOKEN}\n    environment:\n      API_SECRET: FaKe9qZx2Lw7Rt4Kp8Mn3Vb\n";
    writeFileSync(join(dir, "compose.yaml"), compose);
    const outcome = linter.lint(request(compose, DEFAULT_SETTINGS, pathToFileURL(join(dir, "compose.yaml")).href));
    expect(outcome.problem).toBeUndefined();
    expect(codes(outcome)).toEqual(["no-secret-build-arg@5", "no-secret-in-compose-env@7"]);
    expect(outcome.diagnostics.every((d) => (d.data as LayerlintDiagnosticData).fixes.length === 0)).toBe(true);
    expect(JSON.stringify(outcome)).not.toContain("FaKe9qZx");
  });
});
