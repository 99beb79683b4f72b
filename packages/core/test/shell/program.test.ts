import { describe, expect, it } from "vitest";
import { innerScripts, parseShell, programOf } from "../../src/shell/index.js";

function only(script: string) {
  const commands = parseShell(script).commands;
  return commands[commands.length - 1]!;
}

describe("programOf", () => {
  it.each<[string, string, string[]]>([
    ["curl -fsSL https://x", "curl", ["-fsSL", "https://x"]],
    ["/usr/bin/curl -o f u", "curl", ["-o", "f", "u"]],
    ["sudo rm -rf /x", "rm", ["-rf", "/x"]],
    ["sudo -u app -E npm ci", "npm", ["ci"]],
    ["sudo --user app npm ci", "npm", ["ci"]],
    ["sudo -uapp npm ci", "npm", ["ci"]],
    ["sudo -l", "sudo", ["-l"]],
    ["env -i A=1 B=2 /bin/sh -c x", "sh", ["-c", "x"]],
    ["env -u HOME -- npm ci", "npm", ["ci"]],
    ["env -S 'a b'", "env", ["-S", "a b"]],
    ["env", "env", []],
    ["exec gosu app node server.js", "node", ["server.js"]],
    ["command -v git", "command", ["-v", "git"]],
    ["command git status", "git", ["status"]],
    ["time -p nice -n 10 nohup make", "make", []],
    ["timeout -s KILL 30s curl u", "curl", ["u"]],
    ["su-exec app:app tee f", "tee", ["f"]],
    ["xargs rm -f", "xargs", ["rm", "-f"]],
    ["A=1 sudo echo hi", "echo", ["hi"]],
    ["> f", "", []],
  ])("%j", (script, name, args) => {
    const program = programOf(only(script));
    expect([program.name, program.args.map((w) => w.value)]).toEqual([name, args]);
  });
});

describe("innerScripts", () => {
  it.each<[string, { script: string; offset: number }[]]>([
    [`sh -c 'echo $TOKEN > f'`, [{ script: "echo $TOKEN > f", offset: 7 }]],
    [`bash -c "npm ci"`, [{ script: "npm ci", offset: 9 }]],
    [`bash -c ls`, [{ script: "ls", offset: 8 }]],
    [`bash -c "echo \\"$X\\""`, [{ script: 'echo "$X"', offset: -1 }]],
    [`/bin/bash -euxo pipefail -c 'a && b' name arg`, [{ script: "a && b", offset: 29 }]],
    [`sudo -u app sh -ec 'x'`, [{ script: "x", offset: 20 }]],
    [`busybox sh -c 'y'`, [{ script: "y", offset: 15 }]],
    [`bash --norc -c z`, [{ script: "z", offset: 15 }]],
    [`bash script.sh`, []],
    [`bash -c`, []],
    [`python -c 'print(1)'`, []],
  ])("%j", (script, expected) => {
    expect(innerScripts(only(script))).toEqual(expected);
  });

  it("gives offsets where the inner script's own offsets map back", () => {
    const outer = `RUN_X=1 && sh -c 'echo "$NPM_TOKEN" > .npmrc'`;
    const [inner] = innerScripts(only(outer));
    const ref = parseShell(inner!.script).vars[0]!;
    expect(outer.slice(inner!.offset + ref.start, inner!.offset + ref.end)).toBe("$NPM_TOKEN");
  });
});
