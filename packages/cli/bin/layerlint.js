#!/usr/bin/env node
// Runs once per commit under pre-commit: load only the CLI entry; it loads the rest on demand.
// No top-level await: scripts/bundle.mjs builds this file into the CommonJS bundle (dist-bundle/),
// which starts faster than an ES module.
import { main } from "../dist/main.js";

// A reader that goes away (`layerlint | head`) ends the report, not the lint: no stack trace, and
// the exit code stays the lint's. Any other failure to write (a full disk) is exit 2, said in one line.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => {
    if (error.code === "EPIPE" || error.code === "ERR_STREAM_DESTROYED") return;
    if (stream === process.stdout) process.stderr.write(`layerlint: Cannot write to standard output: ${error.code ?? error.message}.\n`);
    process.exit(2);
  });
}

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
