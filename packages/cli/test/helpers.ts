import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach } from "vitest";
import { main } from "../src/main.js";

/** Fake credentials are never needed: the leaky Dockerfiles leak by name, not by value. */
export const LEAKY = "FROM alpine\nARG NPM_TOKEN\nRUN npm ci --token $NPM_TOKEN\n";
/** The secret sits in a builder stage that is not shipped: two warnings, no error. */
export const BUILDER_ONLY =
  "FROM alpine AS builder\nARG NPM_TOKEN\nRUN npm ci --token $NPM_TOKEN\n\nFROM alpine\nRUN echo done\n";
export const CLEAN = "FROM alpine\nRUN echo hello\n";

const made: string[] = [];

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A temporary directory holding `files` (relative path → content); removed after the test. */
export function fixture(files: Readonly<Record<string, string | Uint8Array>> = {}): string {
  // realpath: on macOS tmpdir() is a symlink, and the CLI reports real absolute paths.
  const root = realpathSync(mkdtempSync(join(tmpdir(), "layerlint-cli-")));
  made.push(root);
  for (const [path, content] of Object.entries(files)) {
    const absolute = join(root, path);
    mkdirSync(dirname(absolute), { recursive: true });
    writeFileSync(absolute, content);
  }
  return root;
}

export interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RunOptions {
  readonly cwd: string;
  readonly stdin?: string | Uint8Array;
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly isTTY?: boolean;
}

/** Runs `main` in-process with captured output. */
export async function run(argv: readonly string[], options: RunOptions): Promise<RunResult> {
  let stdout = "";
  let stderr = "";
  const input = options.stdin;
  const code = await main(argv, {
    stdout: { write: (chunk: string) => (stdout += chunk) },
    stderr: { write: (chunk: string) => (stderr += chunk) },
    stdin: (async function* () {
      if (input !== undefined) yield input;
    })(),
    cwd: options.cwd,
    env: options.env ?? {},
    isTTY: options.isTTY ?? false,
  });
  return { code, stdout, stderr };
}

/** Runs with `--format json` and parses the report. */
export async function runJson(argv: readonly string[], options: RunOptions): Promise<RunResult & { report: JsonResult[] }> {
  const result = await run(["--format", "json", ...argv], options);
  return { ...result, report: JSON.parse(result.stdout) as JsonResult[] };
}

export interface JsonMessage {
  ruleId: string | null;
  severity: 1 | 2;
  message: string;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  messageId?: string;
  fatal?: boolean;
}

export interface JsonResult {
  filePath: string;
  messages: JsonMessage[];
  errorCount: number;
  fatalErrorCount: number;
  warningCount: number;
}
