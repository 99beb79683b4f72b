#!/usr/bin/env node
// Runs once per commit under pre-commit: load only the CLI entry; it loads the rest on demand.
import { main } from "../dist/main.js";

process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  cwd: process.cwd(),
  env: process.env,
  isTTY: process.stdout.isTTY === true,
});
