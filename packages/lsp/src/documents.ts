/** Which documents the server lints, and where they are on disk. Pure. */
import { posix } from "node:path";
import { fileURLToPath } from "node:url";
import { isBuildConfigFile, isDockerfileName } from "@layerlint/node";

/** The file system path of a `file:` URI, or undefined (untitled buffers, other schemes, bad URIs). */
export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith("file:")) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** The last segment of the URI's path, decoded (`untitled:Dockerfile` → `Dockerfile`). */
export function uriBaseName(uri: string): string {
  const path = uri.replace(/^[a-z][a-z0-9+.-]*:/i, "").replace(/[?#].*$/s, "");
  const name = posix.basename(path);
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/**
 * Documents the server lints: Dockerfiles (language id `dockerfile`, or named as the CLI's
 * Dockerfiles are) — never an ignore file, which editors give the `dockerfile` id when it is named
 * `Dockerfile.dockerignore` — and build configurations (compose files, workflows, bake files).
 */
export function isDockerfileDocument(uri: string, languageId: string): boolean {
  const name = uriBaseName(uri);
  if (name.endsWith(".dockerignore")) return false;
  if (languageId === "dockerfile" || isDockerfileName(name)) return true;
  const path = uriToPath(uri);
  return path !== undefined && isBuildConfigFile(path);
}
