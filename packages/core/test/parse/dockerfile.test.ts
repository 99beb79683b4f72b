/**
 * The parsed model, pinned exactly: parseDockerfile reads arguments, flags and argument ranges
 * itself (parse/arguments.ts, with dockerfile-ast's rules) and uses dockerfile-ast for instruction
 * boundaries, heredocs and ENV/LABEL pairs. These cases fix what every rule reads.
 */
import { describe, expect, it } from "vitest";
import { parseDockerfile, type Instruction } from "../../src/parse/dockerfile.js";
import type { Span } from "../../src/types.js";

const where = (span: Span) => `${span.line}:${span.column}-${span.endLine}:${span.endColumn}`;

/** An instruction as text slices, so each expectation shows exactly what the model points at. */
function view(text: string, instruction: Instruction): Record<string, unknown> {
  const slice = (span: Span) => text.slice(span.start, span.end);
  return {
    keyword: instruction.keyword,
    at: where(instruction.span),
    args: text.slice(instruction.argsStart, instruction.argsEnd),
    flags: instruction.flags.map((f) => [f.name, f.value, slice(f.span), Object.fromEntries(f.options)]),
    properties: instruction.properties.map((p) => [p.name, p.value, slice(p.nameSpan), p.valueSpan ? slice(p.valueSpan) : null]),
    heredocs: instruction.heredocs.map((h) => [h.name, h.content, text.slice(h.contentStart, h.contentStart + h.content.length) === h.content]),
    words: instruction.words.map((w) => w.value),
    exec: instruction.exec,
    ...(instruction.onbuild ? { onbuild: true } : {}),
    ...(instruction.trigger ? { trigger: view(text, instruction.trigger) } : {}),
  };
}

const instructions = (text: string) => parseDockerfile(text).instructions.map((i) => view(text, i));
const none = { flags: [], properties: [], heredocs: [], exec: null };

describe("flags", () => {
  it("reads leading --name=value words as flags, with --mount options, and starts the arguments after them", () => {
    const text = [
      "FROM --platform=$BUILDPLATFORM golang:1.23 AS build",
      "RUN --mount=type=secret,id=npmrc,target=/root/.npmrc --mount=type=cache,target=/root/.npm --network=none npm ci",
      "COPY --from=build --chown=app:app --link /out/app /usr/local/bin/app",
      "HEALTHCHECK --interval=30s --timeout=3s CMD curl -f http://localhost/ || exit 1",
      "",
    ].join("\n");
    expect(instructions(text)).toEqual([
      {
        ...none,
        keyword: "FROM",
        at: "1:1-1:52",
        args: "golang:1.23 AS build",
        flags: [["platform", "$BUILDPLATFORM", "--platform=$BUILDPLATFORM", { $buildplatform: "" }]],
        words: ["golang:1.23", "AS", "build"],
      },
      {
        ...none,
        keyword: "RUN",
        at: "2:1-2:112",
        args: "npm ci",
        flags: [
          ["mount", "type=secret,id=npmrc,target=/root/.npmrc", "--mount=type=secret,id=npmrc,target=/root/.npmrc", { type: "secret", id: "npmrc", target: "/root/.npmrc" }],
          ["mount", "type=cache,target=/root/.npm", "--mount=type=cache,target=/root/.npm", { type: "cache", target: "/root/.npm" }],
          ["network", "none", "--network=none", { none: "" }],
        ],
        words: ["npm", "ci"],
      },
      {
        ...none,
        keyword: "COPY",
        at: "3:1-3:69",
        args: "/out/app /usr/local/bin/app",
        flags: [
          ["from", "build", "--from=build", { build: "" }],
          ["chown", "app:app", "--chown=app:app", { "app:app": "" }],
          ["link", null, "--link", {}],
        ],
        words: ["/out/app", "/usr/local/bin/app"],
      },
      {
        ...none,
        keyword: "HEALTHCHECK",
        at: "4:1-4:80",
        args: "CMD curl -f http://localhost/ || exit 1",
        flags: [
          ["interval", "30s", "--interval=30s", { "30s": "" }],
          ["timeout", "3s", "--timeout=3s", { "3s": "" }],
        ],
        words: ["CMD", "curl", "-f", "http://localhost/", "||", "exit", "1"],
      },
    ]);
  });

  it("stops at the first word that is not a flag, and JSON-form instructions take none", () => {
    const [run, cmd] = instructions('FROM a\nRUN echo --not-a-flag\nCMD --help\n').slice(1);
    expect(run).toMatchObject({ args: "echo --not-a-flag", flags: [], words: ["echo", "--not-a-flag"] });
    expect(cmd).toMatchObject({ args: "--help", flags: [], words: ["--help"] });
  });

  it("joins a flag continued on the next line", () => {
    const [run] = instructions("FROM a\nRUN --mount=type=secret,\\\nid=npmrc cat /run/secrets/npmrc\n").slice(1);
    expect(run).toMatchObject({
      args: "cat /run/secrets/npmrc",
      flags: [["mount", "type=secret,id=npmrc", "--mount=type=secret,\\\nid=npmrc", { type: "secret", id: "npmrc" }]],
    });
  });
});

describe("heredocs", () => {
  const text = [
    "FROM alpine",
    "RUN <<EOF",
    "apk add curl",
    "EOF",
    'COPY <<-"EOT" /etc/app.conf',
    "\tkey = value",
    "\tEOT",
    "RUN <<'SCRIPT' bash",
    'echo "$HOME"',
    "SCRIPT",
    "COPY <<A /a.txt <<B /b.txt",
    "a",
    "A",
    "b",
    "B",
    "COPY <<EOF /never/closed",
    "runs to the end",
    "",
  ].join("\n");

  it("reads bodies, <<- (tabs kept), quoted delimiters, two heredocs on one line, and an unterminated one", () => {
    expect(instructions(text).slice(1)).toEqual([
      { ...none, keyword: "RUN", at: "2:1-4:4", args: "<<EOF\napk add curl\nEOF", heredocs: [["EOF", "apk add curl", true]], words: ["<<EOF"] },
      {
        ...none,
        keyword: "COPY",
        at: "5:1-7:5",
        args: '<<-"EOT" /etc/app.conf\n\tkey = value\n\tEOT',
        heredocs: [["EOT", "\tkey = value", true]],
        words: ['<<-"EOT"', "/etc/app.conf"],
      },
      {
        ...none,
        keyword: "RUN",
        at: "8:1-10:7",
        args: "<<'SCRIPT' bash\necho \"$HOME\"\nSCRIPT",
        heredocs: [["SCRIPT", 'echo "$HOME"', true]],
        words: ["<<'SCRIPT'", "bash"],
      },
      {
        ...none,
        keyword: "COPY",
        at: "11:1-15:2",
        args: "<<A /a.txt <<B /b.txt\na\nA\nb\nB",
        heredocs: [
          ["A", "a", true],
          ["B", "b", true],
        ],
        words: ["<<A", "/a.txt", "<<B", "/b.txt"],
      },
      {
        ...none,
        keyword: "COPY",
        at: "16:1-18:1",
        args: "<<EOF /never/closed\nruns to the end",
        heredocs: [["EOF", "runs to the end\n", true]],
        words: ["<<EOF", "/never/closed"],
      },
    ]);
  });

  it("finds a heredoc whose << is split by an escaped newline", () => {
    const [run] = instructions("FROM a\nRUN <\\\n<EOF\necho hi\nEOF\n").slice(1);
    expect(run).toMatchObject({ heredocs: [["EOF", "echo hi", true]] });
  });
});

describe("ENV, LABEL and ARG pairs", () => {
  it("reads the legacy `ENV A b c` form as one pair", () => {
    const text = 'FROM a\nENV A b c\nENV GREETING hello  world\nLABEL maintainer "Team <t@example.com>"\n';
    expect(instructions(text).slice(1).map((i) => i["properties"])).toEqual([
      [["A", "b c", "A", "b c"]],
      [["GREETING", "hello  world", "GREETING", "hello  world"]],
      [["maintainer", "Team <t@example.com>", "maintainer", '"Team <t@example.com>"']],
    ]);
  });

  it("unquotes values (the value span keeps the quotes) and reads ARG declarations without a default", () => {
    const text = [
      "FROM a",
      "ENV A=\"hello world\" B='x y' C=plain",
      'LABEL "com.example.name"="some value" version=1.0',
      'ARG TOKEN="abc def" PLAIN=1 EMPTY= NONE',
      "",
    ].join("\n");
    expect(instructions(text).slice(1).map((i) => i["properties"])).toEqual([
      [
        ["A", "hello world", "A", '"hello world"'],
        ["B", "x y", "B", "'x y'"],
        ["C", "plain", "C", "plain"],
      ],
      [
        ["com.example.name", "some value", '"com.example.name"', '"some value"'],
        ["version", "1.0", "version", "1.0"],
      ],
      [
        ["TOKEN", "abc def", "TOKEN", '"abc def"'],
        ["PLAIN", "1", "PLAIN", "1"],
        ["EMPTY", "", "EMPTY", ""],
        ["NONE", null, "NONE", null],
      ],
    ]);
  });
});

describe("escaped newlines and comments", () => {
  it("continues instructions over escaped newlines and comment lines, and keeps the comments", () => {
    const text = [
      "FROM a",
      "# leading comment",
      "RUN apt-get update \\",
      "# explain the next step",
      "    && apt-get install -y \\",
      "       curl",
      "ENV A=1 \\",
      "    B=2",
      "COPY --chown=1:1 \\",
      "     src/ /app/",
      "",
    ].join("\n");
    const parsed = parseDockerfile(text);
    expect(parsed.comments.map((c) => [c.text, where(c.span)])).toEqual([
      ["# leading comment", "2:1-2:18"],
      ["# explain the next step", "4:1-4:24"],
    ]);
    expect(parsed.instructions.map((i) => view(text, i)).slice(1)).toEqual([
      {
        ...none,
        keyword: "RUN",
        at: "3:1-6:12",
        args: "apt-get update \\\n# explain the next step\n    && apt-get install -y \\\n       curl",
        words: ["apt-get", "update", "#", "explain", "the", "next", "step", "&&", "apt-get", "install", "-y", "curl"],
      },
      {
        ...none,
        keyword: "ENV",
        at: "7:1-8:8",
        args: "A=1 \\\n    B=2",
        properties: [
          ["A", "1", "A", "1"],
          ["B", "2", "B", "2"],
        ],
        words: ["A=1", "B=2"],
      },
      {
        ...none,
        keyword: "COPY",
        at: "9:1-10:16",
        args: "src/ /app/",
        flags: [["chown", "1:1", "--chown=1:1", { "1:1": "" }]],
        words: ["src/", "/app/"],
      },
    ]);
  });

  it("uses the backtick of `# escape=`` as the escape character", () => {
    const text = "# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN Invoke-WebRequest -Uri https://example.com/a.zip `\n    -OutFile C:\\a.zip\nCOPY C:\\src\\ C:\\app\\\n";
    const parsed = parseDockerfile(text);
    expect(parsed.directives.escape).toBe("`");
    expect(parsed.instructions.map((i) => view(text, i)).slice(1)).toEqual([
      {
        ...none,
        keyword: "RUN",
        at: "3:1-4:22",
        args: "Invoke-WebRequest -Uri https://example.com/a.zip `\n    -OutFile C:\\a.zip",
        words: ["Invoke-WebRequest", "-Uri", "https://example.com/a.zip", "-OutFile", "C:\\a.zip"],
      },
      { ...none, keyword: "COPY", at: "5:1-5:21", args: "C:\\src\\ C:\\app\\", words: ["C:\\src\\", "C:\\app\\"] },
    ]);
  });
});

describe("line endings and encoding", () => {
  it("reads CRLF files: no \\r in values, spans and ranges stop before it", () => {
    const text = "FROM a\r\nARG VERSION=1.0\r\nRUN echo one \\\r\n    two\r\nCOPY --from=b x /y\r\n";
    expect(instructions(text).slice(1)).toEqual([
      { ...none, keyword: "ARG", at: "2:1-2:16", args: "VERSION=1.0", properties: [["VERSION", "1.0", "VERSION", "1.0"]], words: ["VERSION=1.0"] },
      { ...none, keyword: "RUN", at: "3:1-4:8", args: "echo one \\\r\n    two", words: ["echo", "one", "two"] },
      { ...none, keyword: "COPY", at: "5:1-5:19", args: "x /y", flags: [["from", "b", "--from=b", { b: "" }]], words: ["x", "/y"] },
    ]);
  });

  it("reads a file that starts with a byte order mark, directives included", () => {
    const text = "\uFEFF# syntax=docker/dockerfile:1\nFROM a\nENV A=1\n";
    const parsed = parseDockerfile(text);
    expect(parsed.directives.syntax).toBe("docker/dockerfile:1");
    expect(parsed.instructions.map((i) => view(text, i))).toEqual([
      { ...none, keyword: "FROM", at: "2:1-2:7", args: "a", words: ["a"] },
      { ...none, keyword: "ENV", at: "3:1-3:8", args: "A=1", properties: [["A", "1", "A", "1"]], words: ["A=1"] },
    ]);
  });
});

describe("exec (JSON) form", () => {
  it("keeps spaces and escapes of JSON strings, and falls back to shell form when it is not JSON", () => {
    const text = 'FROM a\nCMD ["node", "my server.js"]\nCOPY ["config files/a b.txt", "/dest dir/"]\nENTRYPOINT [ "sh", "-c", "echo \\"hi\\"" ]\nRUN ["not", json\n';
    expect(instructions(text).slice(1).map((i) => [i["keyword"], i["args"], i["exec"]])).toEqual([
      ["CMD", '["node", "my server.js"]', ["node", "my server.js"]],
      ["COPY", '["config files/a b.txt", "/dest dir/"]', ["config files/a b.txt", "/dest dir/"]],
      ["ENTRYPOINT", '[ "sh", "-c", "echo \\"hi\\"" ]', ["sh", "-c", 'echo "hi"']],
      ["RUN", '["not", json', null],
    ]);
  });
});

describe("ONBUILD", () => {
  it("analyses each trigger as an instruction of its own, flags included, whatever the keyword's case", () => {
    const text = "FROM a\nONBUILD COPY --chown=1:1 .npmrc /root/\nonbuild env TOKEN=x\n";
    expect(instructions(text).slice(1)).toEqual([
      {
        ...none,
        keyword: "ONBUILD",
        at: "2:1-2:39",
        args: "COPY --chown=1:1 .npmrc /root/",
        words: ["COPY", "--chown=1:1", ".npmrc", "/root/"],
        trigger: {
          ...none,
          keyword: "COPY",
          at: "2:9-2:39",
          args: ".npmrc /root/",
          flags: [["chown", "1:1", "--chown=1:1", { "1:1": "" }]],
          words: [".npmrc", "/root/"],
          onbuild: true,
        },
      },
      {
        ...none,
        keyword: "ONBUILD",
        at: "3:1-3:20",
        args: "env TOKEN=x",
        words: ["env", "TOKEN=x"],
        trigger: {
          ...none,
          keyword: "ENV",
          at: "3:9-3:20",
          args: "TOKEN=x",
          properties: [["TOKEN", "x", "TOKEN", "x"]],
          words: ["TOKEN=x"],
          onbuild: true,
        },
      },
    ]);
  });
});
