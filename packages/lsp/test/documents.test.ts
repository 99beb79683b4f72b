import { describe, expect, it } from "vitest";
import { isDockerfileDocument, uriBaseName, uriToPath } from "../src/documents.js";
import { classifyWatchedFile, FILE_WATCHERS } from "../src/watch.js";

describe("isDockerfileDocument", () => {
  it("takes the dockerfile language id or the CLI's Dockerfile names", () => {
    expect(isDockerfileDocument("file:///w/build/anything.txt", "dockerfile")).toBe(true);
    for (const name of ["Dockerfile", "Dockerfile.dev", "api.Dockerfile", "web.dockerfile", "Containerfile", "Containerfile.ci"]) {
      expect(isDockerfileDocument(`file:///w/${name}`, "plaintext")).toBe(true);
    }
    expect(isDockerfileDocument("file:///w/Dockerfile.dockerignore", "ignore")).toBe(false);
    expect(isDockerfileDocument("file:///w/.dockerignore", "ignore")).toBe(false);
    expect(isDockerfileDocument("file:///w/main.go", "go")).toBe(false);
    expect(isDockerfileDocument("untitled:Dockerfile", "plaintext")).toBe(true);
  });
});

describe("URIs", () => {
  it("maps file URIs to paths and others to nothing", () => {
    expect(uriToPath("file:///w/my%20app/Dockerfile")).toBe("/w/my app/Dockerfile");
    expect(uriToPath("untitled:Untitled-1")).toBeUndefined();
    expect(uriToPath("file://host/share/Dockerfile")).toBeUndefined();
    expect(uriBaseName("file:///w/my%20app/api.Dockerfile")).toBe("api.Dockerfile");
    expect(uriBaseName("untitled:Dockerfile")).toBe("Dockerfile");
    expect(uriBaseName("file:///w/bad%E0")).toBe("bad%E0");
  });
});

describe("watched files", () => {
  it("classifies ignore files, config files, secret-looking files and any other file a COPY may send; ignores dependency and git churn", () => {
    expect(classifyWatchedFile("/w/.dockerignore")).toBe("ignore-file");
    expect(classifyWatchedFile("/w/api.Dockerfile.dockerignore")).toBe("ignore-file");
    expect(classifyWatchedFile("/w/.layerlintrc.yaml")).toBe("config");
    expect(classifyWatchedFile("/w/.env.production")).toBe("secret-file");
    expect(classifyWatchedFile("/w/.ssh/id_ed25519")).toBe("secret-file");
    expect(classifyWatchedFile("/w/certs/server.key")).toBe("secret-file");
    expect(classifyWatchedFile("/w/.env.example")).toBe("context-file");
    expect(classifyWatchedFile("/w/config/database.yml")).toBe("context-file");
    expect(classifyWatchedFile("/w/node_modules/x/index.js")).toBeNull();
    expect(classifyWatchedFile("/w/.git/index")).toBeNull();
  });

  it("watches secret files for creation and deletion only", () => {
    const globs = FILE_WATCHERS.map((w) => w.globPattern as string);
    expect(globs[0]).toBe("**/{.dockerignore,*.dockerignore}");
    expect(globs[1]).toBe("**/{.layerlintrc.json,.layerlintrc.yaml,.layerlintrc.yml}");
    expect(FILE_WATCHERS[2]!.kind).toBe(1 | 4);
    // Every other file, changed too: its content is what no-secret-in-context-file reads.
    expect(FILE_WATCHERS.at(-1)).toEqual({ globPattern: "**/*", kind: 1 | 2 | 4 });
    for (const glob of globs) expect(glob.slice(glob.indexOf("{") + 1)).not.toMatch(/\{/);
  });
});
