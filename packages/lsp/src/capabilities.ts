/** What the client can do, read once from its initialize capabilities. Pure. */
import { CodeActionKind, type ClientCapabilities } from "vscode-languageserver/node";

/** What the client can do, read once from its capabilities. */
export interface ClientFeatures {
  readonly configuration: boolean;
  readonly configurationRegistration: boolean;
  readonly watchedFilesRegistration: boolean;
  readonly relatedInformation: boolean;
  /** The client pulls diagnostics (`textDocument/diagnostic`): the server then does not push. */
  readonly pull: boolean;
  readonly pullRefresh: boolean;
  readonly documentChanges: boolean;
  readonly createFiles: boolean;
  readonly hoverMarkdown: boolean;
}

export function clientFeatures(capabilities: ClientCapabilities): ClientFeatures {
  const workspace = capabilities.workspace;
  const textDocument = capabilities.textDocument;
  const hoverFormats = textDocument?.hover?.contentFormat;
  return {
    configuration: workspace?.configuration === true,
    configurationRegistration: workspace?.didChangeConfiguration?.dynamicRegistration === true,
    watchedFilesRegistration: workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
    relatedInformation: textDocument?.publishDiagnostics?.relatedInformation === true,
    pull: textDocument?.diagnostic !== undefined,
    pullRefresh: workspace?.diagnostics?.refreshSupport === true,
    documentChanges: workspace?.workspaceEdit?.documentChanges === true,
    createFiles: workspace?.workspaceEdit?.resourceOperations?.includes("create") === true,
    hoverMarkdown: hoverFormats === undefined || hoverFormats.includes("markdown"),
  };
}

/** Whether a `context.only` filter of a code action request admits quick fixes. */
export function wantsQuickFixes(only: readonly string[] | undefined): boolean {
  return only === undefined || only.some((kind) => kind === "" || CodeActionKind.QuickFix === kind || CodeActionKind.QuickFix.startsWith(`${kind}.`));
}
