/** Regressions for what the reliability campaign found in the CLI: leaks into stderr, hangs, writes through symlinks, forged lines. */
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { fixture, LEAKY, run } from "./helpers.js";

const TOKEN = `ghp_${"FAKE".repeat(9)}`;

describe("CLI hardening", () => {
  it.each<[string, string[]]>([
    ["a missing path", [`${TOKEN}/Dockerfile`]],
    ["a bad --rule", ["--rule", `${TOKEN}:error`]],
    ["a bad --format", ["--format", TOKEN]],
    ["an unknown option", [`--${TOKEN}`]],
    ["a missing --context", ["--context", TOKEN, "Dockerfile"]],
    ["a missing --config", ["--config", TOKEN, "Dockerfile"]],
  ])("never echoes a token from %s", async (_name, args) => {
    const cwd = fixture({ Dockerfile: "FROM alpine\n" });
    const { code, stdout, stderr } = await run(args, { cwd });
    expect(code).toBe(2);
    expect(`${stdout}${stderr}`).not.toContain(TOKEN.slice(0, 5));
    expect(stderr).toContain("ghp_…");
  });

  it("refuses a Dockerfile that is a FIFO or a device instead of hanging", async () => {
    const cwd = fixture({ "ok/Dockerfile": LEAKY });
    symlinkSync("/dev/zero", join(cwd, "Dockerfile"));
    execFileSync("mkfifo", [join(cwd, "Containerfile")]);
    const { code, stderr } = await run(["Dockerfile", "Containerfile", "ok", "--format", "json"], { cwd });
    expect(code).toBe(2);
    expect(stderr).toBe(
      "layerlint: Dockerfile: Cannot lint it: it is not a regular file.\nlayerlint: Containerfile: Cannot lint it: it is not a regular file.\n",
    );
  });

  it("does not write a report through a symlink planted at its path", async () => {
    const cwd = fixture({ Dockerfile: LEAKY, "outside/target.txt": "keep\n" });
    mkdirSync(join(cwd, "repo"));
    symlinkSync("../outside/target.txt", join(cwd, "repo/results.sarif"));
    const { code, stderr } = await run(["Dockerfile", "-f", "sarif", "-o", "repo/results.sarif"], { cwd });
    expect(code).toBe(2);
    expect(stderr).toBe("layerlint: Cannot write repo/results.sarif: it is a symbolic link, which layerlint does not write through.\n");
    expect(readFileSync(join(cwd, "outside/target.txt"), "utf8")).toBe("keep\n");
  });

  it("escapes control characters of file names, so no output line can be forged", async () => {
    const name = "a\n::error file=Dockerfile,line=1::forged\nx.pem";
    const cwd = fixture({ Dockerfile: "FROM alpine\nCOPY . /app\n", ".dockerignore": "node_modules\n" });
    writeFileSync(join(cwd, name), "fake\n");
    expect(existsSync(join(cwd, name))).toBe(true);
    const { stdout, stderr } = await run(["Dockerfile"], { cwd });
    expect(`${stdout}${stderr}`.split("\n").filter((line) => line.startsWith("::"))).toEqual([]);
    expect(stdout).toContain("a\\u000a::error file=Dockerfile,line=1::forged\\u000ax.pem");
  });
});
