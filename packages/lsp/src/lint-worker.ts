/** The lint worker thread: wiring between LintRunner's messages and DocumentLinter. */
import { parentPort } from "node:worker_threads";
import { DocumentLinter } from "./lint-document.js";
import type { WorkerReply, WorkerRequest } from "./lint-runner.js";

const port = parentPort;
if (port === null) throw new Error("lint-worker.js runs as a worker thread of the language server.");
const linter = new DocumentLinter();

port.on("message", (message: WorkerRequest) => {
  if (message.type === "invalidate") {
    linter.invalidate(message.path);
    return;
  }
  if (message.type === "forget") {
    linter.forget(message.uri);
    return;
  }
  port.postMessage({ id: message.id, outcome: linter.lint(message.request) } satisfies WorkerReply);
});
