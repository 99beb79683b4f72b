#!/usr/bin/env node
// layerlint-language-server --stdio: started by editors (docs/integrations/editors.md).
import { main } from "../dist/server.js";

const exitCode = main(process.argv.slice(2));
if (exitCode !== undefined) process.exitCode = exitCode;
