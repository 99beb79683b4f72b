/**
 * The files whose change alters open Dockerfiles' findings without touching them: ignore files,
 * config files, secret-looking files of a build context (their presence counts), and any other
 * file, whose content a COPY may send (no-secret-in-context-file). Pure.
 */
import { posix } from "node:path";
import { isSecretFile } from "@layerlint/core";
import { CONFIG_FILE_NAMES } from "@layerlint/node";
import { WatchKind, type FileSystemWatcher } from "vscode-languageserver/node";

/** Globs for `workspace/didChangeWatchedFiles` registration (no nested braces: not every client has them). */
export const FILE_WATCHERS: readonly FileSystemWatcher[] = [
  { globPattern: "**/{.dockerignore,*.dockerignore}" },
  { globPattern: `**/{${CONFIG_FILE_NAMES.join(",")}}` },
  {
    globPattern:
      "**/{.env,.env.*,.npmrc,.yarnrc.yml,.pypirc,.netrc,_netrc,.git-credentials,.dockercfg,.pgpass,.my.cnf,.s3cfg,.boto,auth.json,*credentials*,secrets.yml,secrets.yaml,secrets.json,.htpasswd,kubeconfig,.vault-token,*.tfvars,*.tfstate,*.tfstate.backup,id_rsa*,id_dsa*,id_ecdsa*,id_ed25519*,*.key,*.pem,*.p12,*.pfx,*.jks,*.keystore,*.ppk,*service*account*.json}",
    kind: WatchKind.Create | WatchKind.Delete,
  },
  { globPattern: "**/{.ssh,.aws,.docker,.kube,.cargo,.gem}/*", kind: WatchKind.Create | WatchKind.Delete },
  // Any other file: its content may be what a COPY sends (no-secret-in-context-file reads it).
  { globPattern: "**/*", kind: WatchKind.Change | WatchKind.Create | WatchKind.Delete },
];

export type WatchedFileKind = "ignore-file" | "config" | "secret-file" | "context-file";

/** Directories whose churn (an install, a checkout) says nothing about what a build sends. */
const UNWATCHED_DIRECTORY = /(?:^|\/)(?:node_modules|\.git)\//;

/** What a changed path is to layerlint, or null when its change cannot alter a finding. */
export function classifyWatchedFile(path: string): WatchedFileKind | null {
  const name = posix.basename(path.replaceAll("\\", "/"));
  if (name === ".dockerignore" || name.endsWith(".dockerignore")) return "ignore-file";
  if ((CONFIG_FILE_NAMES as readonly string[]).includes(name)) return "config";
  if (isSecretFile(path)) return "secret-file";
  // Any other file may be sent by a COPY whose contents are scanned: its change re-lints (debounced).
  if (!UNWATCHED_DIRECTORY.test(path.replaceAll("\\", "/"))) return "context-file";
  return null;
}
