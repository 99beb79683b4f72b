import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { ESLint, Linter } from "eslint";
import { afterAll, describe, expect, it } from "vitest";
import { rules } from "@layerlint/core";
import { isDockerfileName } from "@layerlint/node";
import layerlint from "../src/index.js";
import { coreResult } from "../src/lint-file.js";

const packageJson = JSON.parse(readFileSync(join(import.meta.dirname, "../package.json"), "utf8")) as { name: string; version: string };

describe("plugin", () => {
  it("names itself after its package", () => {
    expect(layerlint.meta).toEqual({ name: packageJson.name, namespace: "layerlint", version: packageJson.version });
  });

  it("has every core rule, and a RuleTester file for each", () => {
    expect(Object.keys(layerlint.rules).sort()).toEqual([...rules.keys()].sort());
    const testFiles = readdirSync(join(import.meta.dirname, "rules")).map((f) => f.replace(/\.test\.ts$/, ""));
    expect(testFiles.sort()).toEqual([...rules.keys()].sort());
  });

  it("mirrors each core rule's meta, with core's messageIds passing core's finished message through", () => {
    for (const rule of rules.values()) {
      const meta = layerlint.rules[rule.id]!.meta!;
      expect(meta).toEqual({
        type: rule.meta.type,
        docs: rule.meta.docs,
        languages: ["layerlint/dockerfile"],
        messages: Object.fromEntries(Object.keys(rule.meta.messages).map((id) => [id, "{{ message }}"])),
        schema: rule.meta.schema,
        defaultOptions: rule.meta.defaultOptions,
        ...(rule.meta.fixable ? { fixable: rule.meta.fixable } : {}),
        ...(rule.meta.hasSuggestions ? { hasSuggestions: true } : {}),
      });
    }
  });
});

describe("configs.recommended", () => {
  const config = layerlint.configs.recommended;

  it("is a complete flat config: files, language, plugin and the recommended rules", () => {
    expect(config).toEqual({
      name: "layerlint/recommended",
      files: ["**/Dockerfile", "**/Dockerfile.*", "**/*.Dockerfile", "**/*.dockerfile", "**/Containerfile", "**/Containerfile.*"],
      ignores: ["**/*.dockerignore"],
      plugins: { layerlint },
      language: "layerlint/dockerfile",
      rules: Object.fromEntries([...rules.values()].filter((r) => r.meta.docs.recommended).map((r) => [`layerlint/${r.id}`, "error"])),
    });
    expect(config.plugins!.layerlint).toBe(layerlint);
  });

  const cwd = mkdtempSync(join(tmpdir(), "layerlint-config-"));
  afterAll(() => rmSync(cwd, { recursive: true, force: true }));

  it.each([
    ["Dockerfile", true],
    ["services/api/Dockerfile", true],
    ["Dockerfile.prod", true],
    ["api.Dockerfile", true],
    ["api.dockerfile", true],
    ["Containerfile", true],
    ["Containerfile.dev", true],
    ["Dockerfile.dockerignore", false],
    [".dockerignore", false],
    ["Dockerfiles/readme.md", false],
  ])("%s is linted: %s, as by the CLI", async (path, linted) => {
    expect(isDockerfileName(basename(path))).toBe(linted);
    const eslint = new ESLint({ cwd, overrideConfigFile: true, overrideConfig: [config] });
    const calculated = (await eslint.calculateConfigForFile(join(cwd, path))) as { language?: unknown } | undefined;
    expect(calculated?.language === layerlint.languages.dockerfile).toBe(linted);
  });
});

describe("fixes", () => {
  it("leaves .dockerignore fixes to the CLI: ESLint gets no fix, and --fix changes nothing", () => {
    const cwd = mkdtempSync(join(tmpdir(), "layerlint-fix-"));
    try {
      const filename = join(cwd, "Dockerfile");
      const code = "FROM node\nCOPY . .\n";
      const linter = new Linter({ configType: "flat", cwd });
      const configs = [{ ...layerlint.configs.recommended, files: ["**"] }];
      const messages = linter.verify(code, configs, filename);
      expect(messages.map((m) => [m.ruleId, m.fix])).toEqual([["layerlint/require-dockerignore", undefined]]);
      expect(linter.verifyAndFix(code, configs, filename)).toMatchObject({ fixed: false, output: code });
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  });
});

describe("sharing core's result", () => {
  const linter = new Linter({ configType: "flat" });
  const captured: Parameters<typeof coreResult>[0][] = [];
  linter.verify("FROM node\nCOPY big.tar /tmp/big.tar\nRUN rm /tmp/big.tar\n", [
    {
      files: ["**"],
      plugins: {
        layerlint,
        capture: {
          rules: {
            file: {
              create: (context: Parameters<typeof coreResult>[0]) => {
                captured.push({
                  sourceCode: context.sourceCode,
                  filename: context.filename,
                  physicalFilename: context.physicalFilename,
                  cwd: context.cwd,
                  languageOptions: context.languageOptions,
                });
                return {};
              },
            },
          },
        },
      },
      language: "layerlint/dockerfile",
      rules: { "capture/file": "error" },
    },
  ]);
  const file = captured[0]!;
  const rule = rules.get("no-ineffective-delete")!;

  it("runs core once per file for rules with default options", () => {
    const first = coreResult(file, rule, [{ allFiles: false }]);
    expect(coreResult(file, rules.get("no-secret-in-arg")!, [])).toBe(first);
    expect(first.findings).toEqual([]);
  });

  it("runs core for the rule alone when its options differ", () => {
    const own = coreResult(file, rule, [{ allFiles: true }]);
    expect(own).not.toBe(coreResult(file, rule, [{ allFiles: false }]));
    expect(own.findings.map((f) => f.ruleId)).toEqual(["no-ineffective-delete"]);
  });
});
