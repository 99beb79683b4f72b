/**
 * The layerlint extension for VS Code: starts the bundled layerlint language server
 * (server/server.js in the extension) over stdio and attaches it to Dockerfiles. Everything else —
 * diagnostics, hovers, quick fixes, file watching, the `layerlint.*` settings (read by the server
 * through `workspace/configuration`) — is the server's.
 */
import type { ExtensionContext } from "vscode";
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from "vscode-languageclient/node";

/**
 * VS Code's `dockerfile` language, plus docs/spec.md §7's names in case another extension claims them, and
 * the build configurations the server lints (compose files, GitHub workflows, bake files).
 */
export const DOCUMENT_SELECTOR = [
  { language: "dockerfile" },
  { scheme: "file", pattern: "**/{Dockerfile,Dockerfile.*,*.Dockerfile,*.dockerfile,Containerfile,Containerfile.*}" },
  { scheme: "file", pattern: "**/{compose,docker-compose}{,.*}.{yaml,yml}" },
  { scheme: "file", pattern: "**/.github/workflows/*.{yaml,yml}" },
  { scheme: "file", pattern: "**/docker-bake{,.override}.json" },
];

let client: LanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath("server/server.js");
  // Runs in VS Code's own Node (ELECTRON_RUN_AS_NODE); the client adds --stdio.
  const serverOptions: ServerOptions = { module, transport: TransportKind.stdio };
  const clientOptions: LanguageClientOptions = { documentSelector: DOCUMENT_SELECTOR };
  client = new LanguageClient("layerlint", "layerlint", serverOptions, clientOptions);
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
