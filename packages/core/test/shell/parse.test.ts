import { describe, expect, it } from "vitest";
import { findVariableRefs, parseShell, type ShellOptions, type ShellScript } from "../../src/shell/index.js";

/** Each command as `A=1 prog arg >target`: assignment names and values, word values, redirects. */
function commands(script: string, options?: ShellOptions): string[] {
  return parseShell(script, options).commands.map((cmd) =>
    [
      ...cmd.assignments.map((a) => `${a.name}=${a.value.value}`),
      ...cmd.words.map((w) => w.value),
      ...cmd.redirects.map((r) => `${r.fd ?? ""}${r.op}${r.target.value}`),
    ].join(" "),
  );
}

function refs(script: ShellScript | ReturnType<typeof findVariableRefs>): string[] {
  const list = Array.isArray(script) ? script : script.vars;
  return list.map((ref) => `${ref.name}@${ref.start}-${ref.end}`);
}

describe("parseShell: words, quotes and escapes", () => {
  it.each<[string, string[]]>([
    ["echo hello world", ["echo", "hello", "world"]],
    ["  echo   a\tb  ", ["echo", "a", "b"]],
    [`echo 'a b' "c d" e\\ f`, ["echo", "a b", "c d", "e f"]],
    [`echo 'it''s' "x"'y'z`, ["echo", "its", "xyz"]],
    [`echo "a \\"b\\" \\$c \\\\ \\n"`, ["echo", `a "b" $c \\ \\n`]],
    [`echo 'a\\b' \\'`, ["echo", "a\\b", "'"]],
    ["echo a\\\nb", ["echo", "ab"]],
    ["echo a \\\n  b", ["echo", "a", "b"]],
    ["echo a \\\r\n  b", ["echo", "a", "b"]],
    [`echo "multi\nline"`, ["echo", "multi\nline"]],
    ["echo $'a\\tb\\'c'", ["echo", "a\tb'c"]],
    [`echo $"translated"`, ["echo", "translated"]],
    ["echo a#b # comment here", ["echo", "a#b"]],
    ["echo 'unterminated", ["echo", "unterminated"]],
    [`echo "unterminated $X`, ["echo", "unterminated $X"]],
    ["echo trailing\\", ["echo", "trailing\\"]],
    ["echo {a,b} [x] ~/p", ["echo", "{a,b}", "[x]", "~/p"]],
  ])("%j", (script, argv) => {
    const [cmd] = parseShell(script).commands;
    expect(cmd?.words.map((w) => w.value)).toEqual(argv);
  });

  it("keeps raw text, offsets and the quoted/substitution flags of each word", () => {
    const script = `echo plain "q $A" $(date) \`id\``;
    const words = parseShell(script).commands.at(-1)!.words;
    expect(words.map((w) => [w.raw, w.start, w.end, w.quoted, w.hasSubstitution])).toEqual([
      ["echo", 0, 4, false, false],
      ["plain", 5, 10, false, false],
      [`"q $A"`, 11, 17, true, false],
      ["$(date)", 18, 25, false, true],
      ["`id`", 26, 30, false, true],
    ]);
    expect(words[2]!.vars).toEqual([{ name: "A", start: 14, end: 16 }]);
    expect(script.slice(words[2]!.start, words[2]!.end)).toBe(words[2]!.raw);
  });

  it("reads variable references textually into the word value", () => {
    const [cmd] = parseShell(`echo "\${TOKEN:-none}/x" $HOME`).commands;
    expect(cmd!.words.map((w) => w.value)).toEqual(["echo", "${TOKEN:-none}/x", "$HOME"]);
  });
});

describe("parseShell: operators and compound commands", () => {
  it.each<[string, string[]]>([
    ["a && b || c; d & e", ["a", "b", "c", "d", "e"]],
    ["a&&b||c;d", ["a", "b", "c", "d"]],
    ["a\nb\r\nc", ["a", "b", "c"]],
    ["a |\n b", ["a", "b"]],
    ["a &&\n\n b", ["a", "b"]],
    ["a \\\n && b", ["a", "b"]],
    ["apt-get update \\\n # a comment line\n && apt-get install -y x", ["apt-get update", "apt-get install -y x"]],
    ["(cd /x && make) > log", ["cd /x", "make", ">log"]],
    ["{ a; b; } | c", ["a", "b", "c"]],
    ["if [ -f x ]; then rm x; elif true; then :; else echo no; fi", ["[ -f x ]", "rm x", "true", ":", "echo no"]],
    ["if ! grep -q a f; then exit 1; fi", ["grep -q a f", "exit 1"]],
    ["for f in a $(ls /d) c; do rm $f; done", ["ls /d", "rm $f"]],
    ["for ((i=0;i<3;i++)); do echo $i; done", ["echo $i"]],
    ["while read -r l; do echo $l; done < in.txt", ["read -r l", "echo $l", "<in.txt"]],
    ["until false; do break; done", ["false", "break"]],
    ["case $1 in a|b) echo ab;; (c) echo c ;; *) echo other;; esac; next", ["echo ab", "echo c", "echo other", "next"]],
    ["case x in\n  a)\n    echo a\n    ;;\nesac", ["echo a"]],
    ["x=$(case $v in a) echo A;; esac) && y", ["echo A", "x=$(case $v in a) echo A;; esac)", "y"]],
    ["f() { echo in f; }; f", ["echo in f", "f"]],
    ["function g { echo g; }", ["echo g"]],
    ["[[ $a > 1 && -f x ]] && rm x", ["[[ $a 1 -f x ]]", "rm x"]],
    ["((n++)) && echo $n", ["echo $n"]],
    ["a;;b", ["a", "b"]],
    [") stray && a", ["stray", "a"]],
  ])("%j", (script, expected) => {
    expect(commands(script)).toEqual(expected);
  });

  it.each<[string, (number | undefined)[]]>([
    ["echo a | tee f", [undefined, 0]],
    ["echo a | base64 -d | tee f && cat g", [undefined, 0, 1, undefined]],
    ["echo $(id -u) | tee f", [undefined, undefined, 1]],
    ["a |& b", [undefined, 0]],
    ["a || b", [undefined, undefined]],
  ])("pipes %j", (script, pipedFrom) => {
    expect(parseShell(script).commands.map((c) => c.pipedFrom)).toEqual(pipedFrom);
  });

  it("gives each command the span of its first to last element", () => {
    const script = "A=1 cmd x > f && other";
    const spans = parseShell(script).commands.map((c) => script.slice(c.start, c.end));
    expect(spans).toEqual(["A=1 cmd x > f", "other"]);
  });

  it("takes only a bare name before () for a function: a command with a redirect keeps its word and span", () => {
    // Found by the robustness property: `a<<()` lost its word and had a span starting at -1.
    for (const script of ["a<<()", "*<<-())"]) {
      const [command] = parseShell(script).commands;
      expect(command?.words.map((w) => w.raw)).toEqual([script[0]]);
      expect(command?.start).toBe(0);
    }
  });
});

describe("parseShell: assignments", () => {
  it.each<[string, string[]]>([
    ["A=1 B='x y' cmd arg", ["A=1 B=x y cmd arg"]],
    ["A= cmd", ["A= cmd"]],
    ["A+=more", ["A=more"]],
    ["arr[0]=v", ["arr=v"]],
    ["A=(1 2 3) && b", ["A=(1 2 3)", "b"]],
    ["cmd A=1", ["cmd A=1"]],
    ["export A=1", ["export A=1"]],
    ["1A=x", ["1A=x"]],
  ])("%j", (script, expected) => {
    expect(commands(script)).toEqual(expected);
  });

  it("records the name, the value word and the span", () => {
    const [assignment] = parseShell(`TOKEN="$(cat /run/secrets/t)"`).commands.at(-1)!.assignments;
    expect(assignment).toMatchObject({ name: "TOKEN", start: 0, end: 29 });
    expect(assignment!.value).toMatchObject({ raw: `"$(cat /run/secrets/t)"`, start: 6, quoted: true, hasSubstitution: true });
  });
});

describe("parseShell: redirections", () => {
  it.each<[string, string[]]>([
    ["echo a > f", ["echo a >f"]],
    ["echo a >f >>g <h", ["echo a >f >>g <h"]],
    ["cmd 2>&1 >/dev/null", ["cmd 2>&1 >/dev/null"]],
    ["cmd &> all.log", ["cmd &>all.log"]],
    ["cmd &>> all.log", ["cmd &>>all.log"]],
    ["cmd >| f <> g 0<&3 >&2", ["cmd >|f <>g 0<&3 >&2"]],
    ["cat <<< \"$X\"", ["cat <<<$X"]],
    ["> empty", [">empty"]],
    ["12>f", ["12>f"]],
    ["echo a>b", ["echo a >b"]],
    ["echo 2 > f", ["echo 2 >f"]],
    ["echo >", ["echo >"]],
    ["diff <(sort a) <(sort b)", ["sort a", "sort b", "diff <(sort a) <(sort b)"]],
    ["bash <(curl -fsSL https://x.sh)", ["curl -fsSL https://x.sh", "bash <(curl -fsSL https://x.sh)"]],
  ])("%j", (script, expected) => {
    expect(commands(script)).toEqual(expected);
  });

  it("records an explicit fd only when one is written", () => {
    const [cmd] = parseShell("cmd > a 2> b").commands;
    expect(cmd!.redirects.map((r) => ("fd" in r ? r.fd : "none"))).toEqual(["none", 2]);
  });
});

describe("parseShell: heredocs", () => {
  it.each<[string, string[], string[]]>([
    ["cat > /f <<EOF\nline $X\nEOF\necho after", ["line $X\n"], ["cat >/f <<EOF", "echo after"]],
    ["cat <<'EOF' > /f\nline $X\nEOF", ["line $X\n"], ["cat <<EOF >/f"]],
    ['cat <<"EOF"\n$X\nEOF', ["$X\n"], ["cat <<EOF"]],
    ["cat <<-EOF\n\t\tindented\n\tEOF\nnext", ["indented\n"], ["cat <<-EOF", "next"]],
    ["cat <<A <<B\na\nA\nb\nB\nnext", ["a\n", "b\n"], ["cat <<A <<B", "next"]],
    ["cat <<EOF | sh && echo ok\nrm -rf /\nEOF\nlast", ["rm -rf /\n"], ["cat <<EOF", "sh", "echo ok", "last"]],
    ["cat <<EOF\nno end", ["no end"], ["cat <<EOF"]],
    ["cat <<EOF\r\nwin\r\nEOF\r\nx", ["win\r\n"], ["cat <<EOF", "x"]],
    ["x=$(cat <<EOF\ninner\nEOF\n) && y", ["inner\n"], ["cat <<EOF", "x=$(cat <<EOF\ninner\nEOF\n)", "y"]],
  ])("%j", (script, bodies, expected) => {
    const parsed = parseShell(script);
    expect(parsed.commands.flatMap((c) => c.redirects.flatMap((r) => (r.heredocBody === undefined ? [] : [r.heredocBody])))).toEqual(bodies);
    expect(commands(script)).toEqual(expected);
  });

  it("reports references in bodies with an unquoted delimiter only", () => {
    expect(refs(parseShell("cat <<EOF\n$A ${B}\nEOF"))).toEqual(["A@10-12", "B@13-17"]);
    expect(refs(parseShell("cat <<'EOF'\n$A\nEOF"))).toEqual([]);
    expect(refs(parseShell("cat <<\\EOF\n$A\nEOF"))).toEqual([]);
    expect(refs(parseShell("cat <<$D\n$D\nEOF"))).toEqual([]);
  });

  it("keeps quotes in a body as text", () => {
    expect(refs(parseShell("cat <<EOF\n'$A'\nEOF"))).toEqual(["A@11-13"]);
  });
});

describe("parseShell: command substitution", () => {
  it.each<[string, string[]]>([
    ["X=$(cat /run/secrets/t) && echo ok", ["cat /run/secrets/t", "X=$(cat /run/secrets/t)", "echo ok"]],
    ["echo `id -u` x", ["id -u", "echo `id -u` x"]],
    ['echo "$(a "$(b c)")"', ["b c", "a $(b c)", 'echo $(a "$(b c)")']],
    ["echo $(a; b | c)", ["a", "b", "c", "echo $(a; b | c)"]],
    ["echo $( (cd x; ls) )", ["cd x", "ls", "echo $( (cd x; ls) )"]],
    ["echo $((1 + $N)) $(( (2) ))", ["echo $((1 + $N)) $(( (2) ))"]],
    ["echo `echo \\`nested\\``", ["echo `nested`", "echo `echo \\`nested\\``"]],
    ["echo \"`date`\"", ["date", "echo `date`"]],
    ["echo $(unclosed", ["unclosed", "echo $(unclosed"]],
  ])("%j", (script, expected) => {
    expect(commands(script)).toEqual(expected);
  });

  it("sees variables inside substitutions, in the word and in the script", () => {
    const parsed = parseShell('echo "$(printf %s "$A")" ${B:-$(c $C)}');
    expect(refs(parsed)).toEqual(["A@19-21", "B@25-38", "C@34-36"]);
    expect(parsed.commands.at(-1)!.words[1]!.vars.map((v) => v.name)).toEqual(["A"]);
  });
});

describe("parseShell: variable references", () => {
  it.each<[string, string[]]>([
    ["echo $A ${B} ${C:-d} ${#D} ${!E} ${F[0]} ${G%%.*}", ["A@5-7", "B@8-12", "C@13-20", "D@21-26", "E@27-32", "F@33-40", "G@41-49"]],
    ["echo $1 $@ $? $$ $# $! $- $* ${1} ${@}", []],
    ["echo $$A", []],
    ["echo '$A' \"$B\" \\$C", ["B@11-13"]],
    ["echo ${A:-${B:-$C}}", ["A@5-19", "B@10-18", "C@15-17"]],
    ["echo $A_B1-x $a.b", ["A_B1@5-10", "a@13-15"]],
    ["# $A in a comment\necho x # $B", []],
    ["echo ${unclosed", ["unclosed@5-15"]],
  ])("%j", (script, expected) => {
    expect(refs(parseShell(script))).toEqual(expected);
  });
});

describe("dialects", () => {
  it.each<[string, ShellOptions, string[]]>([
    ["Write-Host $env:TOKEN ${env:KEY} $Other", { shell: "powershell" }, ["TOKEN@11-21", "KEY@22-32", "Other@33-39"]],
    ["echo '$env:NO' \"$Env:YES\"", { shell: "powershell" }, ["YES@16-24"]],
    ["echo %TOKEN% %%i %1 '%Q%'", { shell: "cmd" }, ["TOKEN@5-12", "Q@21-24"]],
    ['set X="%A%" && echo %B%', { shell: "cmd" }, ["A@7-10", "B@20-23"]],
    ["echo $env:X", {}, ["env@5-9"]],
    ["echo %X%", {}, []],
  ])("%j %j", (script, options, expected) => {
    expect(refs(parseShell(script, options))).toEqual(expected);
  });

  it("keeps backslashes literal in PowerShell and cmd, where the backtick or caret escapes", () => {
    expect(commands("copy C:\\src\\a.txt C:\\dst", { shell: "cmd" })).toEqual(["copy C:\\src\\a.txt C:\\dst"]);
    expect(commands("Write-Host `$notavar C:\\x", { shell: "powershell" })).toEqual(["Write-Host $notavar C:\\x"]);
    expect(refs(parseShell("Write-Host `$notavar", { shell: "powershell" }))).toEqual([]);
    expect(commands("echo ^& done", { shell: "cmd" })).toEqual(["echo & done"]);
  });

  it("continues lines with the Dockerfile escape character", () => {
    expect(commands("Write-Host a `\n  b; c", { shell: "powershell", escapeChar: "`" })).toEqual(["Write-Host a b", "c"]);
    expect(commands("echo C:\\dir `\n && next", { escapeChar: "`" })).toEqual(["echo C:\\dir", "next"]);
    expect(refs(parseShell("echo `$X $Y", { escapeChar: "`" }))).toEqual(["Y@9-11"]);
  });
});

describe("findVariableRefs", () => {
  it.each<[string, ShellOptions | undefined, string[]]>([
    ["$A and ${B:-x} and ${C}", undefined, ["A@0-2", "B@7-14", "C@19-23"]],
    ["'$A' \"$B\" \\$C $", undefined, ["B@6-8"]],
    ["//registry.npmjs.org/:_authToken=${NPM_TOKEN}", undefined, ["NPM_TOKEN@33-45"]],
    ["$(cat $F) `echo $G`", undefined, ["F@6-8", "G@16-18"]],
    ["# $A is text here", undefined, ["A@2-4"]],
    ["$env:X %Y%", { shell: "powershell" }, ["X@0-6"]],
    ["$env:X %Y%", { shell: "cmd" }, ["env@0-4", "Y@7-10"]],
  ])("%j %j", (text, options, expected) => {
    expect(refs(findVariableRefs(text, options))).toEqual(expected);
  });
});
