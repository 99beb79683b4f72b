/**
 * parse/arguments.ts re-implements two of dockerfile-ast 0.7.1's readers so parseDockerfile need
 * not call them (they re-tokenise on every call). Their contract is to agree with dockerfile-ast
 * exactly; these tests hold them to it on generated Dockerfile text, and would flag a dockerfile-ast
 * upgrade that reads differently.
 */
import { DockerfileParser, type Heredoc, type Instruction } from "dockerfile-ast";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { heredocReaderMeetsNewline, tokenizeArguments } from "../../src/parse/arguments.js";
import { LineIndex } from "../../src/parse/text.js";

/** Pieces that exercise escapes, continuations, comments, quotes, flags and heredocs. */
const PIECES = [
  "FROM a\n", "RUN ", "COPY ", "ADD ", "ENV ", "LABEL ", "ONBUILD ", "HEALTHCHECK ", "CMD ",
  "--mount=type=secret,id=x ", "--from=b ", "--link ", "a--b ", "echo ", "x", "y=1 ", "$HOME ", "\\$x ",
  " ", "  ", "\t", "\n", "\r\n", "\r", "\\\n", "\\ \n", "\\\t\r\n", "\\", "`\n", "`", "\\\\", "#", "# c\n",
  '"', "'", '"a b" ', "'c d' ", "<<", "<<EOF\nbody\nEOF\n", "<<-'E'\n\tbody\n\tE\n", "<\\\n<EOF\nz\nEOF\n", "\\<\\<X ",
  "# escape=`\n", "\uFEFF",
];

const dockerfileText = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(""));

/** Instructions continued over lines in every way the readers treat differently, without `<<`. */
const CONTINUATIONS = ["a", "b ", " ", "\t", "\\\n", "\\\r\n", "\\\r", "\\ \n", "\\\t\r\n", "\r", "\r\n", "\n", "#", "# c\n", "\\", "`", "x\\y", "\\\r# c\n", "\\# c\n"];
const continuedText = fc
  .tuple(fc.constantFrom("", "# escape=`\n"), fc.constantFrom("RUN ", "LABEL a=", "COPY --link "), fc.array(fc.constantFrom(...CONTINUATIONS), { maxLength: 30 }))
  .map(([directive, keyword, parts]) => `${directive}FROM a\n${keyword}${parts.join("")}\nRUN next\n`);

/** Every instruction dockerfile-ast finds, ONBUILD triggers included. */
function astInstructions(text: string): { instructions: Instruction[]; escape: string } {
  const dockerfile = DockerfileParser.parse(text);
  const instructions: Instruction[] = [];
  for (const instruction of dockerfile.getInstructions()) {
    instructions.push(instruction);
    const trigger = (instruction as { getTriggerInstruction?: () => Instruction | null }).getTriggerInstruction?.();
    if (trigger) instructions.push(trigger);
  }
  return { instructions, escape: dockerfile.getEscapeCharacter() };
}

describe("tokenizeArguments", () => {
  it("splits on blanks, joins escaped newlines, skips comment lines and keeps \\$", () => {
    const text = 'RUN echo "a b" \\\n# note\n  \\$HOME x\\\ny';
    expect(tokenizeArguments(text, 3, text.length, "\\", () => true)).toEqual([
      { value: "echo", start: 4, end: 8, heredoc: false },
      { value: '"a', start: 9, end: 11, heredoc: false },
      { value: 'b"', start: 12, end: 14, heredoc: false },
      { value: "\\$HOME", start: 26, end: 32, heredoc: false },
      { value: "xy", start: 33, end: 37, heredoc: false },
    ]);
  });

  it("stops building values when told, and still marks heredoc arguments", () => {
    const text = "RUN --mount=type=cache,target=/x cat <<EOF\nhi\nEOF";
    const args = tokenizeArguments(text, 3, text.length, "\\", (value) => value.startsWith("--"));
    expect(args.map((a) => [a.value, a.heredoc])).toEqual([
      ["--mount=type=cache,target=/x", false],
      ["cat", false],
      ["", true],
      ["", false],
      ["", false],
    ]);
  });

  it("agrees with dockerfile-ast's getRawArguments on generated text", () => {
    fc.assert(
      fc.property(dockerfileText, (text) => {
        const lines = new LineIndex(text);
        const offset = (p: { line: number; character: number }) => lines.offsetAt(p.line, p.character);
        const { instructions, escape } = astInstructions(text);
        for (const instruction of instructions) {
          const expected = instruction.getRawArguments().map((arg) => [arg.getValue(), offset(arg.getRange().start), offset(arg.getRange().end)]);
          const from = offset(instruction.getInstructionRange().end);
          const to = offset(instruction.getRange().end);
          const actual = tokenizeArguments(text, from, to, escape, () => true).map((arg) => [arg.value, arg.start, arg.end]);
          expect(actual).toEqual(expected);
        }
      }),
      { numRuns: 400, seed: 20240801 },
    );
  });
});

describe("heredocReaderMeetsNewline", () => {
  it("is what makes dockerfile-ast's heredoc reader throw on an instruction without <<", () => {
    let throws = 0;
    fc.assert(
      fc.property(fc.oneof(dockerfileText, continuedText), (text) => {
        const lines = new LineIndex(text);
        const offset = (p: { line: number; character: number }) => lines.offsetAt(p.line, p.character);
        const { instructions, escape } = astInstructions(text);
        for (const instruction of instructions) {
          const args = instruction.getArguments();
          const range = instruction.getRange();
          if (args.length === 0 || range.start.line === range.end.line || args.some((a) => a.getValue().startsWith("<<"))) continue;
          let threw = false;
          try {
            (instruction as unknown as { getHeredocs(): Heredoc[] }).getHeredocs();
          } catch {
            threw = true;
            throws++;
          }
          expect(heredocReaderMeetsNewline(text, offset(args[0]!.getRange().start), offset(range.end), escape)).toBe(threw);
        }
      }),
      { numRuns: 600, seed: 20240801 },
    );
    expect(throws).toBeGreaterThan(10); // the generator does reach that case
  });
});
