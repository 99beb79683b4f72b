#!/usr/bin/env node
// Runs once per commit under pre-commit: load only the CLI entry; it loads the rest on demand.
// No top-level await: scripts/bundle.mjs builds this file into the CommonJS bundle (dist-bundle/),
// which starts faster than an ES module.
import { main } from "../dist/main.js";

main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  cwd: process.cwd(),
  env: process.env,
  isTTY: process.stdout.isTTY === true,
}).then((code) => {
  process.exitCode = code;
});
