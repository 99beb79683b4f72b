import { describe, expect, it } from "vitest";
import { disableDirectiveFix, lint, parseDockerfile } from "../src/index.js";

const ids = (code: string, options = {}) => lint(code, options).findings.map((f) => `${f.span.line}:${f.ruleId}`);
const LEAK = "ARG NPM_TOKEN";

describe("suppression comments", () => {
  it.each<[string, string, string[]]>([
    ["no directive", `FROM a\n${LEAK}\n`, ["2:no-secret-in-arg"]],
    ["disable-next-line for the rule", `FROM a\n# layerlint-disable-next-line no-secret-in-arg\n${LEAK}\n`, []],
    ["disable-next-line for another rule", `FROM a\n# layerlint-disable-next-line no-secret-in-env\n${LEAK}\n`, ["3:no-secret-in-arg"]],
    ["disable-next-line with a list and a reason", `FROM a\n# layerlint-disable-next-line no-secret-in-env, no-secret-in-arg -- rotated\n${LEAK}\n`, []],
    ["bare disable-next-line", `FROM a\n# layerlint-disable-next-line\n${LEAK}\n`, []],
    ["disable-next-line covers a whole multi-line instruction", `FROM a\nARG NPM_TOKEN\n# layerlint-disable-next-line require-secret-mount\nRUN set -eux; \\\n  npm ci --token $NPM_TOKEN\n`, ["2:no-secret-in-arg"]],
    ["disable-next-line does not reach past the next instruction", `FROM a\n# layerlint-disable-next-line\nRUN true\n${LEAK}\n`, ["4:no-secret-in-arg"]],
    ["disable … enable range", `FROM a\n# layerlint-disable no-secret-in-arg\n${LEAK}\n# layerlint-enable no-secret-in-arg\nARG GH_TOKEN\n`, ["5:no-secret-in-arg"]],
    ["bare disable to the end", `FROM a\n# layerlint-disable\n${LEAK}\nARG GH_TOKEN\n`, []],
    ["bare enable closes a bare disable", `FROM a\n# layerlint-disable\n${LEAK}\n# layerlint-enable\nARG GH_TOKEN\n`, ["5:no-secret-in-arg"]],
    ["hadolint DL3064 above an ENV", "FROM a\n# hadolint ignore=DL3008,DL3064\nENV API_SECRET=not-a-real-value\n", []],
    ["hadolint ignore of other codes", "FROM a\n# hadolint ignore=DL3008\nENV API_SECRET=not-a-real-value\n", ["3:no-secret-in-env"]],
    ["BuildKit check skip=all above the instruction", `FROM a\n# check=skip=all\n${LEAK}\n`, []],
    ["BuildKit check directive at the top applies to the file", `# check=skip=SecretsUsedInArgOrEnv\nFROM a\n${LEAK}\nENV API_SECRET=x-not-real\n`, []],
    ["BuildKit check directive with other checks only", `# check=skip=JSONArgsRecommended\nFROM a\n${LEAK}\n`, ["3:no-secret-in-arg"]],
    ["foreign pragmas do not silence other rules", `FROM a\n# hadolint ignore=DL3064\nRUN echo ghp_${"FAKE".repeat(9)}\n`, ["3:no-hardcoded-secret"]],
  ])("%s", (_name, code, expected) => {
    expect(ids(code)).toEqual(expected);
  });

  it("can be turned off for front ends that apply their own comments", () => {
    expect(ids(`FROM a\n# layerlint-disable-next-line\n${LEAK}\n`, { applySuppressions: false })).toEqual(["3:no-secret-in-arg"]);
  });

  it("reports directives that suppressed nothing", () => {
    const code = `FROM a\n# layerlint-disable-next-line no-secret-in-arg\nRUN true\n# layerlint-disable no-secret-in-env\n${LEAK}\n# hadolint ignore=DL3064\nRUN true\n`;
    const result = lint(code, { reportUnusedDisableDirectives: true });
    expect(result.unusedDirectives.map((d) => [d.span.line, d.message])).toEqual([
      [2, "Unused layerlint-disable directive (no problems were reported from 'no-secret-in-arg')."],
      [4, "Unused layerlint-disable directive (no problems were reported from 'no-secret-in-env')."],
    ]);
    expect(lint(code).unusedDirectives).toEqual([]);
  });
});

describe("disableDirectiveFix", () => {
  it("puts a next-line directive above the instruction, with its indentation and line break", () => {
    const parsed = parseDockerfile("FROM alpine\r\n  ARG NPM_TOKEN \\\r\n    X=1\r\n");
    const arg = parsed.instructions[1]!;
    expect(disableDirectiveFix(parsed, "no-secret-in-arg", arg.span)).toEqual({
      description: "Disable no-secret-in-arg for this instruction",
      changes: [{ file: "dockerfile", edits: [{ start: 13, end: 13, text: "  # layerlint-disable-next-line no-secret-in-arg\r\n" }] }],
    });
  });

  it("fences a finding outside any instruction (a comment) with disable and enable", () => {
    const text = "FROM alpine\n# token: x\nRUN true\n";
    const parsed = parseDockerfile(text);
    const comment = parsed.comments[0]!;
    expect(disableDirectiveFix(parsed, "no-hardcoded-secret", comment.span)).toEqual({
      description: "Disable no-hardcoded-secret for this line",
      changes: [
        {
          file: "dockerfile",
          edits: [
            { start: 12, end: 12, text: "# layerlint-disable no-hardcoded-secret\n" },
            { start: 23, end: 23, text: "# layerlint-enable no-hardcoded-secret\n" },
          ],
        },
      ],
    });
    const last = parseDockerfile("FROM alpine\n# token: x");
    expect(disableDirectiveFix(last, "no-hardcoded-secret", last.comments[0]!.span).changes[0]!.edits[1]).toEqual({
      start: 22,
      end: 22,
      text: "\n# layerlint-enable no-hardcoded-secret",
    });
  });
});
