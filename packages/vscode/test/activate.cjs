// Loads the packaged client (extension/dist/extension.js of an unpacked .vsix) the way VS Code's
// extension host does — `require` it, call activate(context), later deactivate() — with a
// stand-in for the `vscode` module, which only VS Code provides. The stand-in answers every
// property with itself and `version` with the engine version, which is enough for
// vscode-languageclient to start the bundled server and finish the LSP handshake. Prints what
// happened as JSON: the exports, how the server was started, what it answered.
//
//   node activate.cjs <extension dir>
"use strict";
const childProcess = require("node:child_process");
const Module = require("node:module");
const path = require("node:path");

const extensionDir = path.resolve(process.argv[2]);
const report = { requires: [], forks: [], serverOutput: "", activated: false, deactivated: false };

const vscode = new Proxy(function () {}, {
  get: (_target, key) => {
    if (key === "version") return "1.91.0";
    if (key === "then") return undefined;
    if (key === Symbol.toPrimitive) return () => "";
    if (key === Symbol.iterator) return function* () {};
    return vscode;
  },
  apply: () => vscode,
  construct: () => vscode,
});
const load = Module._load;
Module._load = function (request, parent, ...rest) {
  if (parent?.filename?.startsWith(extensionDir) && !report.requires.includes(request)) report.requires.push(request);
  return request === "vscode" ? vscode : load.call(this, request, parent, ...rest);
};
const fork = childProcess.fork;
childProcess.fork = (modulePath, args, options) => {
  report.forks.push({ module: path.relative(extensionDir, modulePath), args: args.map((arg) => arg.replace(/=\d+$/, "=<pid>")) });
  const child = fork(modulePath, args, options);
  child.stdout.on("data", (chunk) => (report.serverOutput += chunk));
  return child;
};

const finish = (error) => {
  if (error !== undefined) report.error = String(error && error.stack ? error.stack : error);
  process.stdout.write(JSON.stringify(report));
  process.exit(0);
};
setTimeout(() => finish("timed out after 20 s"), 20_000).unref();

(async () => {
  const extension = require(path.join(extensionDir, "dist/extension.js"));
  report.exports = Object.keys(extension).sort();
  await extension.activate({ asAbsolutePath: (relative) => path.join(extensionDir, relative), subscriptions: [], extensionPath: extensionDir });
  report.activated = true;
  await extension.deactivate();
  report.deactivated = true;
  finish();
})().catch(finish);
