import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  fileEffects,
  findVariableRefs,
  innerScripts,
  parseShell,
  programOf,
  type PathContext,
  type ShellOptions,
} from "../../src/shell/index.js";

const ctx: PathContext = { workdir: "/app", home: "/root", resolveVar: (name) => (name === "KNOWN" ? "/k" : undefined) };

const DIALECTS: ShellOptions[] = [
  {},
  { escapeChar: "`" },
  { shell: "powershell", escapeChar: "`" },
  { shell: "cmd" },
];

/** Fragments that stress the parser: quotes, substitutions, heredocs, operators, escapes, NUL. */
const FRAGMENTS = [
  "'", '"', "`", "\\", "\\\n", "\n", "\r\n", " ", "\t", "$", "$(", "$((", "${", "}", "(", ")", "))", "{", ";", ";;",
  "&", "&&", "|", "||", "<", ">", ">>", "<<", "<<-", "<<<", "2>&1", "&>", "#", "=", "A=", "$A", "${A:-", "$env:A", "%A%",
  "%", "^", "EOF", "<<EOF\n", "<<'EOF'\n", "\nEOF\n", "case x in", "esac", "if", "then", "fi", "for", "in", "do", "done",
  "function", "[[", "]]", "echo", "cat", "tee", "cp", "mv", "rm -rf", "curl -o", "wget -O", "npm config set",
  "docker login", "git config --global", "credential.helper store", "https://u:p@h", "sudo", "env", "sh -c", "~/",
  "/run/secrets/t", ".npmrc", "$KNOWN/x", "*", "\0", "\u2028", "\ud83d", "é",
];

const shellish = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 40 }).map((parts) => parts.join(""));
const anyText = fc.oneof(shellish, fc.string({ unit: "binary", maxLength: 200 }), fc.string({ maxLength: 200 }));

function checkScript(script: string, options: ShellOptions): void {
  const parsed = parseShell(script, options);
  const inBounds = (span: { start: number; end: number }) => span.start >= 0 && span.start <= span.end && span.end <= script.length;
  for (const [index, cmd] of parsed.commands.entries()) {
    expect(inBounds(cmd)).toBe(true);
    if (cmd.pipedFrom !== undefined) expect(cmd.pipedFrom).toBeLessThan(index);
    const words = [...cmd.words, ...cmd.assignments.map((a) => a.value), ...cmd.redirects.map((r) => r.target)];
    for (const word of words) {
      expect(inBounds(word)).toBe(true);
      expect(script.slice(word.start, word.end)).toBe(word.raw);
      for (const ref of word.vars) expect(ref.start >= word.start && ref.end <= word.end).toBe(true);
    }
    programOf(cmd);
    for (const inner of innerScripts(cmd)) parseShell(inner.script, options);
  }
  for (let i = 0; i < parsed.vars.length; i++) {
    expect(inBounds(parsed.vars[i]!)).toBe(true);
    if (i > 0) expect(parsed.vars[i]!.start).toBeGreaterThanOrEqual(parsed.vars[i - 1]!.start);
  }
  const effects = fileEffects(parsed, ctx);
  for (const change of [...effects.writes, ...effects.deletes]) {
    expect(change.path).toMatch(/^\/(?:[^/]+(?:\/[^/]+)*)?$/);
    expect(change.path.split("/")).not.toContain("..");
    expect(inBounds(change)).toBe(true);
  }
  for (const ref of findVariableRefs(script, options)) expect(inBounds(ref)).toBe(true);
}

describe("robustness", () => {
  it("never throws and keeps every offset inside the script, whatever the text", () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom(...DIALECTS), (script, options) => {
        checkScript(script, options);
      }),
      { numRuns: 2000 },
    );
  });

  it.each<[string, string]>([
    ["a chain of commands", "a && "],
    ["unbalanced double quotes", '"'],
    ["unbalanced single quotes", "'x"],
    ["nested command substitutions", "$("],
    ["nested arithmetic", "$(("],
    ["nested parameter expansions", "${"],
    ["nested backticks", "`"],
    ["subshells", "("],
    ["lone backslashes", "\\"],
    ["assignments from substitutions", "x=$(cat /f) "],
    ["heredocs without end", "cat <<EOF\n"],
    ["heredoc operators on one line", "<<A "],
    ["pipes into tee", "echo $T | tee f | "],
    ["case arms", "case $x in a) b;; "],
    ["function definitions", "f() "],
    ["redirections", "2>&1 >f "],
    ["digits", "1"],
  ])("parses 1 MB of %s in linear time", (_name, unit) => {
    const script = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const began = performance.now();
    fileEffects(parseShell(script), ctx);
    findVariableRefs(script);
    expect(performance.now() - began).toBeLessThan(5_000);
  });
});
