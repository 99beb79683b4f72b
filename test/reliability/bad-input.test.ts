/**
 * Bad input, clear answer: one table of what a CLI user can get wrong (or what a repository can
 * hold) that packages/cli/test does not already cover, each with its exact message, its exit code,
 * and — when the problem is one file — the other files still linted and reported.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { main } from "../../packages/cli/src/main.js";
import { cli, tree } from "./helpers.js";

const BIN = fileURLToPath(new URL("../../packages/cli/bin/layerlint.js", import.meta.url));
const LEAKY = "FROM alpine\nARG NPM_TOKEN\nRUN npm ci --token $NPM_TOKEN\n";
const isRoot = process.getuid?.() === 0;
const LONG_NAME = `${"x".repeat(300)}.Dockerfile`;
const MB = 1024 * 1024;
const PAD_LINE = "# a comment line that pads this file out to eight megabytes\n";

interface JsonResult {
  filePath: string;
  messages: { ruleId: string | null; message: string; line?: number; fatal?: boolean }[];
  errorCount: number;
}

interface Row {
  /** Files besides ok/Dockerfile (a leaky file with 2 errors, linted in every row that names it). */
  readonly files?: Readonly<Record<string, string | Uint8Array>>;
  readonly setup?: (cwd: string) => void;
  readonly argv: readonly string[];
  readonly stdin?: string | Uint8Array | null;
  readonly code: number;
  /** Exact; `<cwd>` stands for the temporary directory. */
  readonly stderr: string;
  /** The report lists ok/Dockerfile with its 2 errors. */
  readonly othersReported: boolean;
  /** What the report says of the bad file: its fatal message, or its rule ids when it was linted. */
  readonly bad?: { readonly file: string; readonly fatal?: string; readonly ruleIds?: readonly string[] };
}

const ROWS: Record<string, Row> = {
  "a file name too long to open": {
    argv: [LONG_NAME, "ok"],
    code: 2,
    stderr: `layerlint: ${LONG_NAME}: Cannot read the file: name too long (ENAMETOOLONG).\n`,
    othersReported: true,
    bad: { file: LONG_NAME, fatal: "Cannot read the file: name too long (ENAMETOOLONG)." },
  },
  "a dangling symlink named explicitly": {
    setup: (cwd) => symlinkSync("nowhere", join(cwd, "dangling.Dockerfile")),
    argv: ["dangling.Dockerfile", "ok"],
    code: 2,
    stderr: "layerlint: dangling.Dockerfile: No such file or directory.\n",
    othersReported: true,
  },
  "a directory named Dockerfile": {
    setup: (cwd) => mkdirSync(join(cwd, "dir/Dockerfile"), { recursive: true }),
    argv: ["dir/Dockerfile", "ok"],
    code: 2,
    stderr: "layerlint: dir/Dockerfile: No Dockerfiles found in dir/Dockerfile.\n",
    othersReported: true,
  },
  "an empty file, a blank one and a lone BOM": {
    files: { "e/empty.Dockerfile": "", "e/blank.Dockerfile": " \n\t\r\n\n", "e/bom.Dockerfile": "\uFEFF" },
    argv: ["e", "ok"],
    code: 1,
    stderr: "",
    othersReported: true,
    bad: { file: "e/blank.Dockerfile", ruleIds: [] },
  },
  "UTF-16 with a BOM (NUL bytes)": {
    files: { "u.Dockerfile": Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("FROM alpine\n", "utf16le")]) },
    argv: ["u.Dockerfile", "ok"],
    code: 2,
    stderr: "layerlint: u.Dockerfile: Cannot lint the file: it is UTF-16 (little-endian) text; Docker reads Dockerfiles as UTF-8 (convert it, e.g. iconv -f UTF-16 -t UTF-8).\n",
    othersReported: true,
    bad: {
      file: "u.Dockerfile",
      fatal: "Cannot lint the file: it is UTF-16 (little-endian) text; Docker reads Dockerfiles as UTF-8 (convert it, e.g. iconv -f UTF-16 -t UTF-8).",
    },
  },
  "UTF-16 big-endian without a BOM": {
    files: { "b.Dockerfile": Buffer.from("FROM alpine\n", "utf16le").swap16() },
    argv: ["b.Dockerfile", "ok"],
    code: 2,
    stderr: "layerlint: b.Dockerfile: Cannot lint the file: it is UTF-16 (big-endian) text; Docker reads Dockerfiles as UTF-8 (convert it, e.g. iconv -f UTF-16 -t UTF-8).\n",
    othersReported: true,
    bad: {
      file: "b.Dockerfile",
      fatal: "Cannot lint the file: it is UTF-16 (big-endian) text; Docker reads Dockerfiles as UTF-8 (convert it, e.g. iconv -f UTF-16 -t UTF-8).",
    },
  },
  "an encoded surrogate (CESU-8) and an overlong encoding": {
    files: {
      "c.Dockerfile": Buffer.concat([Buffer.from("FROM alpine\nRUN echo "), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from("\n")]),
      "o.Dockerfile": Buffer.concat([Buffer.from("FROM alpine\nRUN echo "), Buffer.from([0xc0, 0xaf]), Buffer.from("\n")]),
    },
    argv: ["c.Dockerfile", "o.Dockerfile", "ok"],
    code: 2,
    stderr:
      "layerlint: c.Dockerfile: Cannot lint the file: it is not valid UTF-8.\nlayerlint: o.Dockerfile: Cannot lint the file: it is not valid UTF-8.\n",
    othersReported: true,
    bad: { file: "o.Dockerfile", fatal: "Cannot lint the file: it is not valid UTF-8." },
  },
  "a NUL byte after the first 8 KB (text, as git sees it)": {
    files: { "n.Dockerfile": `FROM alpine\n#${"x".repeat(9_000)}\0\nARG NPM_TOKEN\n` },
    argv: ["n.Dockerfile", "ok"],
    code: 1,
    stderr: "",
    othersReported: true,
    bad: { file: "n.Dockerfile", ruleIds: ["no-secret-in-arg"] },
  },
  "a 20 MB file: over the documented cap, not linted, the others still are": {
    files: { "big.Dockerfile": `FROM alpine\n${"# a comment line that pads this file out to twenty megabytes\n".repeat((20 * MB) / 60)}ARG NPM_TOKEN\n` },
    argv: ["big.Dockerfile", "ok"],
    code: 2,
    stderr: "layerlint: big.Dockerfile: Not linted: it is 20.3 MiB (21,321,051 bytes), more than the 8 MiB (8,388,608 bytes) layerlint lints.\n",
    othersReported: true,
    bad: { file: "big.Dockerfile", fatal: "Not linted: it is 20.3 MiB (21,321,051 bytes), more than the 8 MiB (8,388,608 bytes) layerlint lints." },
  },
  "an 8 MB file just under the cap: linted": {
    files: { "big.Dockerfile": `FROM alpine\n${PAD_LINE.repeat(Math.floor((8 * MB - 100) / PAD_LINE.length))}ARG NPM_TOKEN\n` },
    argv: ["big.Dockerfile", "ok"],
    code: 1,
    stderr: "",
    othersReported: true,
    bad: { file: "big.Dockerfile", ruleIds: ["no-secret-in-arg"] },
  },
  "an empty config file governing one directory": {
    files: { "a/.layerlintrc.json": "", "a/Dockerfile": LEAKY },
    argv: ["a", "ok"],
    code: 2,
    stderr: "layerlint: a/Dockerfile: Invalid JSON in config file <cwd>/a/.layerlintrc.json (the file is empty): Unexpected end of JSON input.\n",
    othersReported: true,
    bad: { file: "a/Dockerfile", fatal: "Invalid JSON in config file <cwd>/a/.layerlintrc.json (the file is empty): Unexpected end of JSON input." },
  },
  "a config option a rule does not take": {
    files: { "a/.layerlintrc.yaml": "rules:\n  no-secret-in-arg: [error, { nope: 1 }]\n", "a/Dockerfile": LEAKY },
    argv: ["a", "ok"],
    code: 2,
    stderr: 'layerlint: a/Dockerfile: a/.layerlintrc.yaml: "rules.no-secret-in-arg[1]" is an option this rule does not take.\n',
    othersReported: true,
  },
  "a --config of the wrong shape stops the run": {
    files: { "c.json": '{ "secretNames": { "deny": "NPM_TOKEN" } }' },
    argv: ["-c", "c.json", "ok"],
    code: 2,
    stderr: 'layerlint: c.json: "secretNames.deny" must be an array of strings.\n',
    othersReported: false,
  },
  "a --config that is a directory stops the run": {
    argv: ["-c", "ok", "ok"],
    code: 2,
    stderr: "layerlint: Cannot read config file <cwd>/ok: it is not a regular file.\n",
    othersReported: false,
  },
  "an unknown rule in --rule stops the run": {
    argv: ["--rule", "no-secret:error", "ok"],
    code: 2,
    stderr: 'layerlint: --rule "no-secret:error": "no-secret" is not a layerlint rule (see layerlint --list-rules).\nRun layerlint --help for usage.\n',
    othersReported: false,
  },
  "a negative --max-warnings": {
    argv: ["--max-warnings", "-1", "ok"],
    code: 2,
    stderr:
      "layerlint: Option '--max-warnings' argument is ambiguous. Did you forget to specify the option argument for '--max-warnings'?\nRun layerlint --help for usage.\n",
    othersReported: false,
  },
  "a --output-file that is a directory stops before linting": {
    argv: ["-o", "ok", "ok"],
    code: 2,
    stderr: "layerlint: --output-file ok is a directory.\n",
    othersReported: false,
  },
  "--stdin with standard input closed and empty": {
    argv: ["--stdin"],
    stdin: null,
    code: 0,
    stderr: "",
    othersReported: false,
    bad: { file: "<stdin>", ruleIds: [] },
  },
  "--stdin with invalid UTF-8": {
    argv: ["--stdin"],
    stdin: new Uint8Array([0xff, 0xfe, 0x41]),
    code: 2,
    stderr: "layerlint: <stdin>: Cannot lint the file: it is not valid UTF-8.\n",
    othersReported: false,
    bad: { file: "<stdin>", fatal: "Cannot lint the file: it is not valid UTF-8." },
  },
  "--stdin-filename in a directory that does not exist": {
    argv: ["--stdin", "--stdin-filename", "gone/Dockerfile"],
    stdin: `${LEAKY}COPY . /app\n`,
    code: 1,
    stderr: "layerlint: warning: The build context gone is not a directory: rules that need the context were skipped.\n",
    othersReported: false,
    bad: { file: "gone/Dockerfile", ruleIds: ["no-secret-in-arg", "require-secret-mount"] },
  },
};

describe("bad input, clear answer", () => {
  it.each(Object.entries(ROWS))("%s", async (_name, row) => {
    const cwd = tree({ "ok/Dockerfile": LEAKY, ...row.files });
    row.setup?.(cwd);
    const { code, stdout, stderr } = await cli(["-f", "json", ...row.argv], cwd, row.stdin);
    expect(stderr).toBe(row.stderr.replaceAll("<cwd>", cwd));
    expect(code).toBe(row.code);
    const report = stdout === "" ? [] : (JSON.parse(stdout) as JsonResult[]);
    const ok = report.find((r) => r.filePath === join(cwd, "ok/Dockerfile"));
    if (row.othersReported) expect(ok?.errorCount).toBe(2);
    else expect(ok).toBeUndefined();
    if (row.bad !== undefined) {
      const path = row.bad.file === "<stdin>" ? "<stdin>" : join(cwd, row.bad.file);
      const result = report.find((r) => r.filePath === path);
      expect(result, `${path} in the report`).toBeDefined();
      if (row.bad.fatal !== undefined) {
        expect(result!.messages).toEqual([{ ruleId: null, fatal: true, severity: 2, message: row.bad.fatal.replaceAll("<cwd>", cwd) }]);
      }
      if (row.bad.ruleIds !== undefined) expect(result!.messages.map((m) => m.ruleId)).toEqual(row.bad.ruleIds);
    }
  });

  it("an unreadable file: its reason, the others still linted (as nobody when root: chmod binds then)", () => {
    const cwd = tree({ "ok/Dockerfile": LEAKY, "locked.Dockerfile": LEAKY });
    chmodSync(join(cwd, "locked.Dockerfile"), 0o000);
    if (isRoot) chmodSync(cwd, 0o755);
    const run = spawnSync(process.execPath, [BIN, "-f", "json", "locked.Dockerfile", "ok"], {
      cwd,
      encoding: "utf8",
      timeout: 20_000,
      ...(isRoot ? { uid: 65534, gid: 65534 } : {}),
    });
    expect(run.stderr).toBe("layerlint: locked.Dockerfile: Cannot read the file: permission denied (EACCES).\n");
    expect(run.status).toBe(2);
    const report = JSON.parse(run.stdout) as JsonResult[];
    expect(report.map((r) => [r.filePath, r.errorCount])).toEqual([
      [join(cwd, "locked.Dockerfile"), 1],
      [join(cwd, "ok/Dockerfile"), 2],
    ]);
  });

  it("standard input that fails: its reason, exit 2", async () => {
    let stderr = "";
    let stdout = "";
    const code = await main(["--stdin", "-f", "json"], {
      stdout: { write: (chunk: string) => (stdout += chunk) },
      stderr: { write: (chunk: string) => (stderr += chunk) },
      stdin: (async function* () {
        yield "FROM alpine\n";
        throw Object.assign(new Error("read EIO"), { code: "EIO", errno: -5 });
      })(),
      cwd: tree(),
      env: {},
      isTTY: false,
    });
    expect(stderr).toBe("layerlint: <stdin>: Cannot read standard input: i/o error (EIO).\n");
    expect(code).toBe(2);
    expect((JSON.parse(stdout) as JsonResult[])[0]!.messages[0]).toMatchObject({ fatal: true, message: "Cannot read standard input: i/o error (EIO)." });
  });

  it("the bin with standard input closed", () => {
    const run = spawnSync(process.execPath, [BIN, "--stdin"], { cwd: tree(), encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], timeout: 20_000 });
    expect({ status: run.status, stdout: run.stdout, stderr: run.stderr }).toEqual({ status: 0, stdout: "", stderr: "" });
  });
});
