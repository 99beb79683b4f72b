import { describe, expect, it } from "vitest";
import { clientFeatures, wantsQuickFixes } from "../src/capabilities.js";

describe("clientFeatures", () => {
  it("assumes nothing of a client that declares nothing (but markdown hovers)", () => {
    expect(clientFeatures({})).toEqual({
      configuration: false,
      configurationRegistration: false,
      watchedFilesRegistration: false,
      relatedInformation: false,
      pull: false,
      pullRefresh: false,
      documentChanges: false,
      createFiles: false,
      hoverMarkdown: true,
    });
  });

  it("reads what Neovim 0.7 and VS Code declare", () => {
    const features = clientFeatures({
      workspace: {
        configuration: true,
        didChangeConfiguration: { dynamicRegistration: true },
        didChangeWatchedFiles: { dynamicRegistration: true },
        workspaceEdit: { documentChanges: true, resourceOperations: ["create", "rename", "delete"] },
        diagnostics: { refreshSupport: true },
      },
      textDocument: {
        publishDiagnostics: { relatedInformation: true },
        diagnostic: { dynamicRegistration: true },
        hover: { contentFormat: ["plaintext"] },
      },
    });
    expect(features).toEqual({
      configuration: true,
      configurationRegistration: true,
      watchedFilesRegistration: true,
      relatedInformation: true,
      pull: true,
      pullRefresh: true,
      documentChanges: true,
      createFiles: true,
      hoverMarkdown: false,
    });
  });
});

describe("wantsQuickFixes", () => {
  it("admits quick fixes unless `only` asks for other kinds", () => {
    expect(wantsQuickFixes(undefined)).toBe(true);
    expect(wantsQuickFixes(["quickfix"])).toBe(true);
    expect(wantsQuickFixes([""])).toBe(true);
    expect(wantsQuickFixes(["refactor", "quickfix"])).toBe(true);
    expect(wantsQuickFixes(["source.organizeImports"])).toBe(false);
    expect(wantsQuickFixes(["quickfix.layerlint"])).toBe(false);
  });
});
