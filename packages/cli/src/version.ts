import { readFile } from "node:fs/promises";

/** The version of @layerlint/cli, from its manifest (beside `dist/` and `dist-bundle/` alike). */
export async function cliVersion(): Promise<string> {
  const manifest = JSON.parse(await readFile(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
  return manifest.version;
}
