// The pre-commit hook, end to end: the real `pre-commit` (Debian package) installs this repository
// the way it installs any `language: node` hook — `npm install` in a clone of the repository, then
// `npm pack` and `npm install -g` of the tarball — and runs it in a user's git repository.
// It needs `pre-commit` on PATH (.ci/run installs it); without it the test fails, never skips.
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { isDockerfileName } from "@layerlint/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";

const REPO = join(dirname(fileURLToPath(import.meta.url)), "..");
const LEAKY = "FROM alpine\nARG NPM_TOKEN\nRUN npm ci --token $NPM_TOKEN\n";
const CLEAN = "FROM alpine\nRUN echo hello\n";

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(join(REPO, path), "utf8")) as T;
}

interface Manifest {
  bin?: Record<string, string>;
  files?: string[];
  scripts?: Record<string, string>;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

interface HookManifest {
  id: string;
  name: string;
  entry: string;
  language: string;
  files: string;
  exclude: string;
  require_serial: boolean;
  language_version?: string;
}

describe("what pre-commit's npm install needs from the repository root", () => {
  const root = readJson<Manifest>("package.json");

  it("has no devDependencies: npm would install them for every hook user (workspace:* ones fail)", () => {
    expect(root.devDependencies, "Add development tools to tooling/package.json (and publicHoistPattern), not to the root.").toBeUndefined();
  });

  it("runs no script when npm installs or packs it", () => {
    const lifecycle = ["preinstall", "install", "postinstall", "prepublish", "preprepare", "prepare", "postprepare", "prepack", "postpack"];
    expect(Object.keys(root.scripts ?? {}).filter((name) => lifecycle.includes(name))).toEqual([]);
  });

  it("exposes the committed bundle as the layerlint bin, and ships only what it needs", () => {
    expect(root.bin).toEqual({ layerlint: "packages/cli/dist-bundle/layerlint.cjs" });
    expect(existsSync(join(REPO, root.bin!.layerlint!))).toBe(true);
    expect(root.files).toEqual(["packages/cli/dist-bundle/", "packages/cli/package.json"]);
  });

  it("depends on registry versions only: yaml, which @layerlint/node loads at run time, pinned alike", () => {
    const node = readJson<Manifest>("packages/node/package.json");
    expect(root.dependencies).toEqual({ yaml: node.dependencies!.yaml });
  });

  it("hoists exactly the development tools of tooling/package.json to the root node_modules", () => {
    const tooling = readJson<Manifest>("tooling/package.json");
    const workspace = parseYaml(readFileSync(join(REPO, "pnpm-workspace.yaml"), "utf8")) as { packages: string[]; publicHoistPattern: string[] };
    expect(workspace.packages).toContain("tooling");
    expect([...workspace.publicHoistPattern].sort()).toEqual(Object.keys(tooling.devDependencies ?? {}).sort());
  });
});

describe(".pre-commit-hooks.yaml", () => {
  const hooks = parseYaml(readFileSync(join(REPO, ".pre-commit-hooks.yaml"), "utf8")) as HookManifest[];
  const hook = hooks[0]!;

  it("declares the layerlint hook for system node", () => {
    expect(hooks).toHaveLength(1);
    expect(hook).toMatchObject({ id: "layerlint", name: "layerlint", entry: "layerlint", language: "node", require_serial: false });
    // Any language_version makes pre-commit download a Node build instead of using the system one.
    expect(hook.language_version).toBeUndefined();
  });

  it("selects the files the CLI calls Dockerfiles, and never *.dockerignore", () => {
    // pre-commit matches with Python's re.search; these patterns mean the same in JavaScript.
    const files = new RegExp(hook.files);
    const exclude = new RegExp(hook.exclude);
    const selected = (path: string) => files.test(path) && !exclude.test(path);
    const names = [
      "Dockerfile", "Containerfile", "Dockerfile.prod", "Containerfile.dev", "Dockerfile.dockerignore", "Containerfile.x.dockerignore",
      "api.Dockerfile", "api.dockerfile", ".dockerfile", ".Dockerfile", "Dockerfile.", "dockerfile", "MyDockerfile", "Dockerfilex",
      "README.md", ".dockerignore", "x.DOCKERFILE", "a..dockerfile",
    ];
    for (const name of names) {
      expect(selected(name), name).toBe(isDockerfileName(name));
      expect(selected(`services/web/${name}`), `services/web/${name}`).toBe(isDockerfileName(name));
    }
    expect(selected("Dockerfile.d/README.md")).toBe(false);
  });
});

/** A git environment free of the user's configuration (signing, hooks, templates). */
function gitEnv(home: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    GIT_CONFIG_GLOBAL: join(home, "gitconfig"),
    GIT_CONFIG_NOSYSTEM: "1",
    GIT_AUTHOR_NAME: "layerlint test",
    GIT_AUTHOR_EMAIL: "test@example.invalid",
    GIT_COMMITTER_NAME: "layerlint test",
    GIT_COMMITTER_EMAIL: "test@example.invalid",
    PRE_COMMIT_HOME: join(home, "pre-commit"),
    PRE_COMMIT_COLOR: "never",
  };
  delete env.GIT_DIR;
  delete env.GIT_WORK_TREE;
  delete env.GIT_INDEX_FILE;
  return env;
}

function runIn(cwd: string, env: NodeJS.ProcessEnv, command: string, args: readonly string[]): SpawnSyncReturns<string> {
  return spawnSync(command, args, { cwd, env, encoding: "utf8", timeout: 120_000 });
}

function mustRun(cwd: string, env: NodeJS.ProcessEnv, command: string, args: readonly string[]): string {
  const result = runIn(cwd, env, command, args);
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed (${result.status ?? result.signal}):\n${result.stdout}${result.stderr}`);
  return result.stdout;
}

/** Directories .gitignore names (`node_modules/`, `bench/results/`): not worth copying, git would skip them anyway. */
function ignoredDirectories(): { anywhere: Set<string>; fromRoot: Set<string> } {
  const anywhere = new Set([".git", "node_modules"]);
  const fromRoot = new Set<string>();
  for (const line of readFileSync(join(REPO, ".gitignore"), "utf8").split("\n")) {
    const pattern = line.trim();
    if (!pattern.endsWith("/") || pattern.startsWith("#") || pattern.startsWith("!")) continue;
    const dir = pattern.slice(0, -1).replace(/^\//, "");
    (dir.includes("/") || pattern.startsWith("/") ? fromRoot : anywhere).add(dir);
  }
  return { anywhere, fromRoot };
}

/**
 * This repository as pre-commit would clone it at a commit: the working tree (the lead commits it
 * later, so HEAD may lag behind) copied into a fresh git repository and committed there.
 */
function commitWorkingTree(target: string, env: NodeJS.ProcessEnv): string {
  const { anywhere, fromRoot } = ignoredDirectories();
  cpSync(REPO, target, {
    recursive: true,
    filter: (source) => {
      const rel = relative(REPO, source).split(sep).join("/");
      return rel === "" || (!anywhere.has(basename(source)) && !fromRoot.has(rel));
    },
  });
  mustRun(target, env, "git", ["init", "-q"]);
  mustRun(target, env, "git", ["add", "-A"]);
  mustRun(target, env, "git", ["commit", "-q", "-m", "layerlint under test"]);
  return mustRun(target, env, "git", ["rev-parse", "HEAD"]).trim();
}

describe("the layerlint hook under the real pre-commit", () => {
  let home: string;
  let env: NodeJS.ProcessEnv;
  let user: string;

  beforeAll(() => {
    const version = spawnSync("pre-commit", ["--version"], { encoding: "utf8" });
    if (version.error !== undefined || version.status !== 0) {
      throw new Error("pre-commit is not installed: run `apt-get install -y pre-commit` (Debian 12 ships 3.0.4; .ci/run installs it).");
    }
    home = realpathSync(mkdtempSync(join(tmpdir(), "layerlint-pre-commit-")));
    writeFileSync(join(home, "gitconfig"), "");
    env = gitEnv(home);
    const hookRepo = join(home, "layerlint");
    const rev = commitWorkingTree(hookRepo, env);

    user = join(home, "user-repo");
    mkdirSync(user);
    mustRun(user, env, "git", ["init", "-q"]);
    writeFileSync(
      join(user, ".pre-commit-config.yaml"),
      `repos:\n  - repo: ${hookRepo}\n    rev: ${rev}\n    hooks:\n      - id: layerlint\n`,
    );
    // A YAML config: the hook's CLI loads the yaml package at run time from its npm install.
    writeFileSync(join(user, ".layerlintrc.yaml"), "rules:\n  require-secret-mount: warn\n");
    // Not a Dockerfile by name: pre-commit must not pass it to the hook.
    writeFileSync(join(user, "notes.txt"), LEAKY);
    mustRun(user, env, "pre-commit", ["install"]);
  }, 180_000);

  afterAll(() => {
    if (home !== undefined) rmSync(home, { recursive: true, force: true });
  });

  it("fails on a leaky Dockerfile and shows the findings", () => {
    writeFileSync(join(user, "Dockerfile"), LEAKY);
    mkdirSync(join(user, "services"), { recursive: true });
    writeFileSync(join(user, "services/api.Dockerfile"), CLEAN);
    mustRun(user, env, "git", ["add", "-A"]);
    const result = runIn(user, env, "pre-commit", ["run", "--all-files"]);
    const output = result.stdout + result.stderr;
    expect(result.status, output).toBe(1);
    expect(output).toMatch(/^layerlint\.+Failed$/m);
    expect(output).toContain("- exit code: 1");
    expect(output).toMatch(/^Dockerfile\n {2}2:5 {2}error {4}ARG NPM_TOKEN carries a secret/m);
    // The YAML config applies: require-secret-mount is a warning.
    expect(output).toMatch(/ {2}3:1 {2}warning {2}RUN reads the secret NPM_TOKEN .* require-secret-mount$/m);
    expect(output).not.toContain("notes.txt");
    expect(output).not.toContain("services/api.Dockerfile");

    // The hook pre-commit installed in .git/hooks stops the commit.
    const commit = runIn(user, env, "git", ["commit", "-m", "leaky"]);
    expect(commit.status, commit.stdout + commit.stderr).not.toBe(0);
    expect(commit.stdout + commit.stderr).toContain("no-secret-in-arg");
    expect(runIn(user, env, "git", ["rev-parse", "--verify", "-q", "HEAD"]).status).not.toBe(0);
  }, 180_000);

  it("passes clean Dockerfiles, and the commit goes through", () => {
    writeFileSync(join(user, "Dockerfile"), CLEAN);
    mustRun(user, env, "git", ["add", "-A"]);
    const result = runIn(user, env, "pre-commit", ["run", "--all-files"]);
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^layerlint\.+Passed$/m);
    const commit = runIn(user, env, "git", ["commit", "-q", "-m", "clean"]);
    expect(commit.status, commit.stdout + commit.stderr).toBe(0);
  }, 180_000);

  it("installed the packed root package: the bundle and yaml, not the sources", () => {
    const store = join(home, "pre-commit");
    const repo = readdirSync(store).find((name) => name.startsWith("repo"));
    expect(repo).toBeDefined();
    const installed = join(store, repo!, "node_env-system/lib/node_modules/layerlint-monorepo");
    expect(existsSync(join(installed, "packages/cli/dist-bundle/layerlint.cjs"))).toBe(true);
    expect(existsSync(join(installed, "node_modules/yaml/package.json"))).toBe(true);
    expect(existsSync(join(installed, "packages/core"))).toBe(false);
    expect(existsSync(join(installed, "packages/cli/src"))).toBe(false);
  });
});
