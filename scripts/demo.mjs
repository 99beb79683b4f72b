// `npm run demo`: lints the bundled examples with the freshly built CLI and shows what it finds.
// A demo exits 0 after showing its findings; the linter itself exits 1 when it finds errors.
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const bin = join(root, "packages/cli/bin/layerlint.js");
console.log("layerlint demo: linting examples/ (leaky-* examples leak on purpose, clean-* ones do not)\n");
const result = spawnSync(process.execPath, [bin, "examples"], { cwd: root, stdio: "inherit" });
const code = result.status ?? 2;
console.log(
  code === 1
    ? "\nlayerlint exited 1 (it found errors, as it should on the leaky examples). The demo itself succeeds."
    : `\nlayerlint exited ${code}.`,
);
process.exit(code === 0 || code === 1 ? 0 : code);
