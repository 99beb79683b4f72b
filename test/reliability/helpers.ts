/** Shared by the reliability tests: temporary trees, the CLI run in-process, the planted secrets. */
import { spawnSync } from "node:child_process";
import { accessSync, constants, mkdirSync, mkdtempSync, readdirSync, realpathSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach } from "vitest";
import { main } from "../../packages/cli/src/main.js";
import { ALL_FAKE_SECRETS, FAKE_CREDENTIALS, FAKE_HIGH_ENTROPY, FAKE_PEM, FAKE_TOKENS, leaks } from "../../scripts/fuzz.mjs";

export { ALL_FAKE_SECRETS, leaks };

const made: string[] = [];

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Memory-backed where there is one: tests that make 50,000 files pay milliseconds, not seconds. */
export const FAST_TMP = (() => {
  try {
    accessSync("/dev/shm", constants.W_OK);
    return "/dev/shm";
  } catch {
    return tmpdir();
  }
})();

/** A temporary directory (real path, under `base`) holding `files`; removed after the test. */
export function tree(files: Readonly<Record<string, string | Uint8Array>> = {}, base = tmpdir()): string {
  const root = realpathSync(mkdtempSync(join(base, "layerlint-reliability-")));
  made.push(root);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

export interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI's `main` in-process; `stdin: null` is a closed, empty standard input. */
export async function cli(argv: readonly string[], cwd: string, stdin?: string | Uint8Array | null): Promise<RunResult> {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, {
    stdout: { write: (chunk: string) => (stdout += chunk) },
    stderr: { write: (chunk: string) => (stderr += chunk) },
    stdin: (async function* () {
      if (stdin !== undefined && stdin !== null) yield stdin;
    })(),
    cwd,
    env: {},
    isTTY: false,
  });
  return { code, stdout, stderr };
}

/** Every path under `root` with its size (directories end in `/`), for before/after comparisons. */
export function listTree(root: string): string[] {
  const out: string[] = [];
  const visit = (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const rel = `${prefix}${entry.name}`;
      if (entry.isDirectory()) {
        out.push(`${rel}/`);
        visit(join(dir, entry.name), `${rel}/`);
      } else {
        out.push(`${rel} ${entry.isFile() ? statSync(join(dir, entry.name)).size : "link"}`);
      }
    }
  };
  visit(root, "");
  return out;
}

/** The planted secrets that `text` shows in full (more than their first 4 characters). */
export function leaked(text: string): string[] {
  return ALL_FAKE_SECRETS.filter(({ secret, prefix }) => leaks(text, secret, { prefix })).map(({ kind, secret }) => `${kind}: ${secret}`);
}

const token = (kind: string): string => {
  const found = FAKE_TOKENS.find((t) => t.kind === kind);
  if (found === undefined) throw new Error(`no fake ${kind}`);
  return found.secret;
};
const tokens = (kind: string): string[] => FAKE_TOKENS.filter((t) => t.kind === kind).map((t) => t.secret);

/**
 * A Dockerfile with every fake secret planted once, each where the spec says a secret is found:
 * ARG defaults, ENV, LABEL, RUN (plain and heredoc), COPY heredocs, CMD, ENTRYPOINT, HEALTHCHECK,
 * comments. It also copies the whole context, so the context rules report too.
 */
export function leakyDockerfile(): string {
  const credentialRuns = FAKE_CREDENTIALS.map((c) => `RUN ${c.snippet(c.secret)}`);
  return [
    "# syntax=docker/dockerfile:1",
    `# pasted by mistake: ${token("Hugging Face token")}`,
    `ARG GITHUB_TOKEN=${token("GitHub token")}`,
    "FROM alpine:3.20 AS build",
    `ARG NPM_TOKEN=${token("npm token")}`,
    `ENV AWS_ACCESS_KEY_ID=${token("AWS access key id")}`,
    `ENV API_SECRET=${FAKE_HIGH_ENTROPY.secret}`,
    `LABEL org.example.stripe=${token("Stripe key")}`,
    ...credentialRuns,
    "RUN <<EOF",
    `echo ${token("GitLab token")} > /tmp/gitlab`,
    "EOF",
    "COPY <<EOF /root/.ssh/id_rsa",
    FAKE_PEM,
    "EOF",
    "COPY <<EOF /app/.env",
    `OPENAI_API_KEY=${token("OpenAI key")}`,
    "EOF",
    `CMD ["sh", "-c", "echo ${token("Anthropic key")}"]`,
    `ENTRYPOINT ["/bin/run", "--token", "${token("Slack token")}"]`,
    `HEALTHCHECK CMD curl -H "X-Key: ${token("SendGrid key")}" http://localhost/health`,
    "FROM alpine:3.20",
    "COPY --from=build /app /app",
    "COPY . /srv",
    `ENV DOCKER_TOKEN=${token("Docker Hub token")} GOOGLE_KEY=${token("Google API key")}`,
    `RUN curl -H "Authorization: Bearer ${tokens("JWT")[0]}" https://api.example.org`,
    "",
  ].join("\n");
}

/** The capabilities that let root read and list what file modes forbid. */
const FILE_MODE_OVERRIDES = "-dac_override,-dac_read_search";

/**
 * `command args…` as a child in which file modes bind. Root reads a chmod-000 file anyway
 * (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH), so when the tests run as root the child runs under
 * util-linux's `setpriv` without those two capabilities. It keeps its uid, so it still reads the
 * checkout wherever that lives (another user, such as nobody, cannot read a clone in a 0700
 * directory).
 */
export function withFileModesBinding(command: string, args: readonly string[]): [string, string[]] {
  if (process.getuid?.() !== 0) return [command, [...args]];
  if (spawnSync("setpriv", ["--version"], { stdio: "ignore" }).status !== 0) {
    throw new Error("`setpriv` (Debian's util-linux) is missing: as root, this test needs it to drop CAP_DAC_OVERRIDE.");
  }
  return ["setpriv", [`--inh-caps=${FILE_MODE_OVERRIDES}`, `--bounding-set=${FILE_MODE_OVERRIDES}`, "--", command, ...args]];
}
