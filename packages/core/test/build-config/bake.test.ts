import { describe, expect, it } from "vitest";
import { parseBuildConfig } from "../../src/build-config/index.js";
import { at } from "./helpers.js";

describe("docker-bake.json", () => {
  const text = `{
  "variable": { "TAG": { "default": "latest" } },
  "group": { "default": { "targets": ["app", "worker"] } },
  "target": {
    "base": {
      "context": "./src",
      "args": { "NODE_VERSION": "20", "NPM_TOKEN": "\${NPM_TOKEN}" },
      "cache-to": ["type=gha,mode=max"]
    },
    "app": {
      "inherits": ["base"],
      "dockerfile": "docker/app.Dockerfile",
      "target": "runtime",
      "args": { "NODE_VERSION": "22" },
      "secret": ["id=npm,env=NPM_TOKEN", "id=key,src=./key.pem"],
      "attest": ["type=provenance,disabled=true"]
    },
    "worker": {
      "context": "https://github.com/acme/worker.git",
      "dockerfile-inline": "FROM alpine"
    }
  }
}
`;
  const builds = parseBuildConfig(text, "bake").builds;

  it("reads every target, with what it inherits; the nearest definition wins", () => {
    expect(builds.map((b) => [b.name, b.via, b.context, b.dockerfile, b.target, b.provenance, at(b.span)])).toEqual([
      ["base", "bake", "src", "src/Dockerfile", null, null, "5:5-5:11"],
      ["app", "bake", "src", "src/docker/app.Dockerfile", "runtime", false, "10:5-10:10"],
      ["worker", "bake", null, null, null, null, "18:5-18:13"],
    ]);
  });

  it("merges args along the inheritance chain, keeping each at the key that defines it", () => {
    const app = builds[1]!;
    expect(app.args.map((a) => [a.name, a.value.kind, a.value.text, at(a.span)])).toEqual([
      ["NODE_VERSION", "literal", "22", "14:17-14:31"],
      ["NPM_TOKEN", "interpolation", "${NPM_TOKEN}", "7:39-7:50"],
    ]);
  });

  it("reads secrets, inherited cache exports and the inline Dockerfile", () => {
    const app = builds[1]!;
    expect(app.secrets.map((s) => [s.id, s.source])).toEqual([
      ["npm", "environment"],
      ["key", "file"],
    ]);
    expect(app.cacheTo.map((c) => [c.type, c.mode, at(c.span)])).toEqual([["gha", "max", "8:20-8:39"]]);
    expect(builds[2]!.dockerfileInline).toBe("FROM alpine");
  });

  it("survives inheritance cycles and unknown parents", () => {
    const cyclic = parseBuildConfig('{"target": {"a": {"inherits": ["b"]}, "b": {"inherits": ["a", "nope"], "target": "t"}}}', "bake").builds;
    expect(cyclic.map((b) => [b.name, b.target])).toEqual([
      ["a", "t"],
      ["b", "t"],
    ]);
  });
});
