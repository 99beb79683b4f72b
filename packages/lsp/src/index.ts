export { main, startServer } from "./server.js";
export type { Settings } from "./settings.js";
export type { LayerlintDiagnosticData, QuickFix, FileEdits } from "./code-actions.js";
