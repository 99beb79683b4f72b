import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ConfigFileError, findConfigFile, loadConfigFile, resolveContextDir } from "../src/index.js";
import { createTempDir, type TempDir } from "./temp-dir.js";

let temp: TempDir;
beforeEach(() => {
  temp = createTempDir();
});
afterEach(() => {
  temp.remove();
});

function loadError(path: string): ConfigFileError {
  try {
    loadConfigFile(path);
  } catch (error) {
    if (error instanceof ConfigFileError) return error;
    throw error;
  }
  throw new Error(`expected ${path} to fail`);
}

describe("findConfigFile", () => {
  it("walks up to the nearest config file", () => {
    temp.write({ "repo/.layerlintrc.yaml": "target: app\n", "repo/services/api/Dockerfile": "FROM scratch\n" });
    expect(findConfigFile(temp.path("repo", "services", "api"))).toBe(temp.path("repo", ".layerlintrc.yaml"));
  });

  it("takes the nearest directory first, and .json before .yaml before .yml in one directory", () => {
    temp.write({
      "repo/.layerlintrc.json": "{}",
      "repo/app/.layerlintrc.yml": "{}",
      "repo/app/.layerlintrc.yaml": "{}",
    });
    expect(findConfigFile(temp.path("repo", "app"))).toBe(temp.path("repo", "app", ".layerlintrc.yaml"));
    temp.write({ "repo/app/.layerlintrc.json": "{}" });
    expect(findConfigFile(temp.path("repo", "app"))).toBe(temp.path("repo", "app", ".layerlintrc.json"));
  });

  it("ignores a directory with a config file's name and stops at the root", () => {
    mkdirSync(temp.path("a", ".layerlintrc.json"), { recursive: true });
    // Nothing above the temp dir holds a config file on a clean machine.
    expect(findConfigFile(temp.path("a"))).toBeNull();
  });
});

describe("loadConfigFile", () => {
  it("loads JSON", () => {
    temp.write({ ".layerlintrc.json": '\uFEFF{ "rules": { "no-secret-in-arg": "warn" }, "target": "app" }' });
    expect(loadConfigFile(temp.path(".layerlintrc.json"))).toEqual({
      path: temp.path(".layerlintrc.json"),
      raw: { rules: { "no-secret-in-arg": "warn" }, target: "app" },
    });
  });

  it("loads YAML, with anchors", () => {
    temp.write({
      ".layerlintrc.yml": [
        "rules:",
        "  no-secret-in-arg: [error, { extra: true }]",
        "secretNames: &names",
        "  deny: [MY_CUSTOM_TOKEN]",
        "secretFiles: *names",
        "contexts:",
        '  "services/*/Dockerfile": .',
        "",
      ].join("\n"),
    });
    expect(loadConfigFile(temp.path(".layerlintrc.yml")).raw).toEqual({
      rules: { "no-secret-in-arg": ["error", { extra: true }] },
      secretNames: { deny: ["MY_CUSTOM_TOKEN"] },
      secretFiles: { deny: ["MY_CUSTOM_TOKEN"] },
      contexts: { "services/*/Dockerfile": "." },
    });
  });

  it("treats an empty YAML file as an empty config", () => {
    temp.write({ ".layerlintrc.yaml": "# nothing here yet\n" });
    expect(loadConfigFile(temp.path(".layerlintrc.yaml")).raw).toEqual({});
  });

  it("names the file, line and column of a YAML syntax error", () => {
    const file = temp.path(".layerlintrc.yaml");
    temp.write({ ".layerlintrc.yaml": "rules:\n  no-secret-in-arg: [error\ntarget: app\n" });
    const error = loadError(file);
    expect(error.file).toBe(file);
    expect(error.message).toBe(
      `Invalid YAML in config file ${file} at line 3, column 1: ` +
        "Flow sequence in block collection must be sufficiently indented and end with a ].",
    );
  });

  it("rejects duplicate keys, tags and self-referencing aliases in YAML", () => {
    temp.write({
      "dup.yaml": "target: a\ntarget: b\n",
      "tag.yaml": "rules: !js/function 'return 1'\n",
      "binary.yaml": "target: !!binary aGVsbG8=\n",
      "loop.yaml": "rules: &r [*r]\n",
    });
    expect(loadError(temp.path("dup.yaml")).message).toBe(
      `Invalid YAML in config file ${temp.path("dup.yaml")} at line 2, column 1: Map keys must be unique.`,
    );
    expect(loadError(temp.path("tag.yaml")).message).toBe(
      `Invalid YAML in config file ${temp.path("tag.yaml")} at line 1, column 8: a tag (!name) layerlint does not read: config files hold plain data only.`,
    );
    expect(loadError(temp.path("binary.yaml")).message).toBe(
      `Invalid YAML in config file ${temp.path("binary.yaml")} at line 1, column 9: a tag (!name) layerlint does not read: config files hold plain data only.`,
    );
    expect(loadError(temp.path("loop.yaml")).message).toBe(
      `Invalid YAML in config file ${temp.path("loop.yaml")} at line 1, column 12: an alias refers to a node that contains it.`,
    );
  });

  it("names the file, line and column of a JSON syntax error", () => {
    const file = temp.path(".layerlintrc.json");
    temp.write({ ".layerlintrc.json": '{\n  "rules": {\n    "x": "error",\n  }\n}\n' });
    expect(loadError(file).message).toBe(
      `Invalid JSON in config file ${file} at line 4, column 3: Expected double-quoted property name.`,
    );
  });

  it("reports a file that cannot be read", () => {
    const missing = temp.path("nope.json");
    expect(loadError(missing).message).toBe(`Cannot read config file ${missing}: no such file.`);
    expect(loadError(temp.root).message).toBe(`Cannot read config file ${temp.root}: it is not a regular file.`);
  });
});

describe("resolveContextDir", () => {
  const configPath = "/repo/.layerlintrc.yaml";
  const config = {
    contexts: {
      "services/*/Dockerfile": ".",
      "services/**": "services",
      "docker/*.Dockerfile": "apps/web",
    },
  };

  it.each([
    ["/repo/services/api/Dockerfile", "/repo"],
    ["/repo/services/api/deploy/Dockerfile.prod", "/repo/services"],
    ["/repo/docker/web.Dockerfile", "/repo/apps/web"],
    ["/repo/other/Dockerfile", "/repo/other"],
    ["/elsewhere/Dockerfile", "/elsewhere"],
  ])("%s → %s (first matching glob, relative to the config file)", (dockerfile, expected) => {
    expect(resolveContextDir(dockerfile, config, configPath)).toBe(expected);
  });

  it("lets the override win and defaults to the Dockerfile's directory", () => {
    expect(resolveContextDir("/repo/services/api/Dockerfile", config, configPath, "/ctx")).toBe("/ctx");
    expect(resolveContextDir("/repo/services/api/Dockerfile", config, undefined)).toBe("/repo/services/api");
    expect(resolveContextDir("/repo/services/api/Dockerfile", undefined, configPath)).toBe("/repo/services/api");
    expect(resolveContextDir("/repo/services/api/Dockerfile", {}, configPath, "rel")).toBe(join(process.cwd(), "rel"));
  });
});
