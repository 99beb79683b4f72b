import { describe, expect, it } from "vitest";
import { buildModel } from "../src/model/index.js";
import { UnknownTargetError } from "../src/model/stages.js";
import { parseDockerfile } from "../src/parse/dockerfile.js";

const model = (text: string, target?: string) =>
  buildModel(parseDockerfile(text), { target, names: undefined, files: undefined, context: undefined, fileName: undefined });

describe("stage model", () => {
  const text = "ARG BASE=node\nFROM ${BASE}:20 AS deps\nFROM deps AS build\nFROM alpine AS test\nFROM build AS final\nFROM scratch\n";
  it("finds stages, names, parents and the shipped set", () => {
    const m = model(text);
    expect(m.stages.stages.map((s) => [s.label, s.base, s.parent, s.shipped])).toEqual([
      ["deps", "node:20", null, false],
      ["build", "deps", 0, false],
      ["test", "alpine", null, false],
      ["final", "build", 1, false],
      ["#4", "scratch", null, true],
    ]);
  });
  it("ships the target and every stage it is built FROM", () => {
    expect(model(text, "final").stages.stages.filter((s) => s.shipped).map((s) => s.label)).toEqual(["deps", "build", "final"]);
  });
  it("rejects an unknown target with the stages it knows", () => {
    expect(() => model(text, "prod")).toThrow(new UnknownTargetError("prod", ["deps", "build", "test", "final"]));
  });
});

describe("variable model", () => {
  it("tracks ARG defaults, global redeclaration, ENV expansion and taint", () => {
    const m = model('ARG VERSION=1.2\nARG NPM_TOKEN\nFROM a\nARG VERSION\nARG NPM_TOKEN\nARG LINE="x=${NPM_TOKEN}"\nENV APP_VERSION=v${VERSION} NPMRC=$LINE\nRUN true\n');
    const run = m.instructions.find((i) => i.keyword === "RUN")!;
    const scope = m.variables.scopeBefore(run);
    expect([...scope.values()].map((v) => [v.name, v.kind, v.value ?? null, v.secret, v.sources])).toEqual([
      ["VERSION", "arg", "1.2", false, []],
      ["NPM_TOKEN", "arg", null, true, ["NPM_TOKEN"]],
      ["LINE", "arg", undefined ?? null, true, ["NPM_TOKEN"]],
      ["APP_VERSION", "env", "v1.2", false, []],
      ["NPMRC", "env", null, true, ["NPM_TOKEN"]],
    ]);
  });
  it("inherits ENV (not ARG) through FROM <stage>", () => {
    const m = model("FROM a AS base\nARG NPM_TOKEN\nENV API_SECRET=$NPM_TOKEN\nFROM base\nRUN true\n");
    const run = m.instructions.find((i) => i.keyword === "RUN")!;
    expect([...m.variables.scopeBefore(run).keys()]).toEqual(["API_SECRET"]);
    // Secret by its own name, and carrying the ARG it copies.
    expect(m.variables.scopeBefore(run).get("API_SECRET")!.sources).toEqual(["NPM_TOKEN", "API_SECRET"]);
  });
  it("treats a connection string as secret only when supplied at build time or holding credentials", () => {
    const m = model("FROM a\nARG DATABASE_URL\nARG REDIS_URL=redis://cache:6379\nENV MONGO_URI=mongodb://app:FakePassw0rd@db/app\nRUN true\n");
    const run = m.instructions.find((i) => i.keyword === "RUN")!;
    expect([...m.variables.scopeBefore(run).values()].map((v) => [v.name, v.secret])).toEqual([
      ["DATABASE_URL", true],
      ["REDIS_URL", false],
      ["MONGO_URI", true],
    ]);
  });
});
