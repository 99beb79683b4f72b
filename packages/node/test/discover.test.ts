import { mkdirSync, symlinkSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { expandPaths, isDockerfileName } from "../src/index.js";
import { createTempDir, type TempDir } from "./temp-dir.js";

describe("isDockerfileName", () => {
  it.each([
    ["Dockerfile", true],
    ["Dockerfile.prod", true],
    ["Dockerfile.dev.local", true],
    ["api.Dockerfile", true],
    ["api.dockerfile", true],
    ["Containerfile", true],
    ["Containerfile.arm64", true],
    ["Dockerfile.dockerignore", false],
    ["api.Dockerfile.dockerignore", false],
    [".dockerignore", false],
    ["dockerfile", false],
    ["Dockerfile.", false],
    [".dockerfile", false],
    ["Dockerfiles", false],
    ["MyDockerfile", false],
    ["docker-compose.yml", false],
  ])("%s → %s", (name, expected) => {
    expect(isDockerfileName(name)).toBe(expected);
  });
});

describe("expandPaths", () => {
  let temp: TempDir;
  beforeEach(() => {
    temp = createTempDir();
    temp.write({
      "Dockerfile": "",
      "app/Dockerfile.prod": "",
      "app/api.dockerfile": "",
      "app/Dockerfile.dockerignore": "",
      "app/notes.md": "",
      "node_modules/pkg/Dockerfile": "",
      ".git/Dockerfile": "",
      "build/Dockerfile": "",
      "vendor/lib/Containerfile": "",
      "docs/readme.md": "",
    });
  });
  afterEach(() => {
    temp.remove();
  });

  it("expands directories to sorted Dockerfiles, skipping node_modules and .git", () => {
    expect(expandPaths(["."], { cwd: temp.root })).toEqual({
      files: [
        temp.path("Dockerfile"),
        temp.path("app", "Dockerfile.prod"),
        temp.path("app", "api.dockerfile"),
        temp.path("build", "Dockerfile"),
        temp.path("vendor", "lib", "Containerfile"),
      ],
      errors: [],
    });
  });

  it("applies ignorePatterns to relative paths and basenames, with ! re-including", () => {
    const result = expandPaths([temp.root], {
      cwd: "/",
      ignoreBase: temp.root,
      ignorePatterns: ["build/", "vendor", "*.prod", "!app/Dockerfile.prod", "api.*"],
    });
    expect(result.files).toEqual([temp.path("Dockerfile"), temp.path("app", "Dockerfile.prod")]);
  });

  it("takes explicit files as given, reports missing paths and empty directories, and de-duplicates", () => {
    mkdirSync(temp.path("empty"));
    const result = expandPaths(["app/notes.md", "missing/Dockerfile", "empty", "app", "app/api.dockerfile", "docs"], {
      cwd: temp.root,
      ignorePatterns: ["*.md"],
    });
    expect(result).toEqual({
      files: [temp.path("app", "Dockerfile.prod"), temp.path("app", "api.dockerfile"), temp.path("app", "notes.md")],
      errors: [
        { path: "missing/Dockerfile", message: "No such file or directory" },
        { path: "empty", message: "No Dockerfiles found", kind: "unmatched" },
        { path: "docs", message: "No Dockerfiles found", kind: "unmatched" },
      ],
    });
  });

  it("does not enter symlinked directories it meets, but expands one named explicitly", () => {
    symlinkSync(temp.path("app"), temp.path("linked-app"));
    symlinkSync(temp.path("Dockerfile"), temp.path("vendor", "Dockerfile.linked"));
    symlinkSync(temp.path("missing"), temp.path("vendor", "Dockerfile.dangling"));
    expect(expandPaths(["."], { cwd: temp.root, ignorePatterns: ["app", "build"] }).files).toEqual([
      temp.path("Dockerfile"),
      temp.path("vendor", "Dockerfile.linked"),
      temp.path("vendor", "lib", "Containerfile"),
    ]);
    expect(expandPaths(["linked-app"], { cwd: temp.root }).files).toEqual([
      temp.path("linked-app", "Dockerfile.prod"),
      temp.path("linked-app", "api.dockerfile"),
    ]);
  });
});
