import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ESLint } from "eslint";
import { afterAll, describe, expect, it } from "vitest";
import layerlint from "../src/index.js";

const dir = mkdtempSync(join(tmpdir(), "layerlint-eslint-rc-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the nearest .layerlintrc", () => {
  it("supplies the secretNames lists, as in the CLI", async () => {
    writeFileSync(join(dir, "Dockerfile"), "FROM alpine\nARG NPM_TOKEN\nARG BUILD_SALT\n");
    writeFileSync(join(dir, ".layerlintrc.json"), JSON.stringify({ secretNames: { allow: ["NPM_TOKEN"], deny: ["BUILD_SALT"] } }));
    const eslint = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: [layerlint.configs.recommended] });
    const [result] = await eslint.lintFiles(["Dockerfile"]);
    expect(result!.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`)).toEqual(["3:5 layerlint/no-secret-in-arg"]);
  });
});
