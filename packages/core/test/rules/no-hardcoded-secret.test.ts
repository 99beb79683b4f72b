import { describe, expect, it } from "vitest";
import { lint } from "../../src/index.js";
import { FAKE, findingsOf, type Expected } from "../helpers.js";

const rule = "no-hardcoded-secret";
const at = (line: number, column: number, endColumn: number, messageId = "hardcoded"): Expected => ({
  messageId,
  line,
  column,
  endLine: line,
  endColumn,
  severity: "error",
});
const highEntropy = "FAKEq8Vt2LmP0xRw7KsN";

describe(rule, () => {
  it.each<[string, string, Expected[]]>([
    ["token in ENV", `FROM a\nENV GITHUB_TOKEN=${FAKE.github}\n`, [at(2, 18, 58)]],
    ["token in an ARG default", `FROM a\nARG GH=${FAKE.github}\n`, [at(2, 8, 48)]],
    ["token in a global ARG", `ARG GH=${FAKE.github}\nFROM a\n`, [at(1, 8, 48)]],
    ["AWS key id in RUN", `FROM a\nRUN echo ${FAKE.aws} > /tmp/k\n`, [at(2, 10, 30)]],
    ["high-entropy literal under a secret name", `FROM a\nENV API_SECRET=${highEntropy}\n`, [at(2, 16, 36)]],
    ["high-entropy literal under a plain name is fine", `FROM a\nENV BUILD_ID=${highEntropy}\n`, []],
    ["token in a builder stage is still an error", `FROM a AS b\nENV T=${FAKE.github}\nFROM c\n`, [at(2, 7, 47)]],
    ["token in a comment", `FROM a\n# old token ${FAKE.github}\n`, [at(2, 13, 53, "hardcodedComment")]],
    ["token in CMD exec form", `FROM a\nCMD ["app", "--token", "${FAKE.github}"]\n`, [at(2, 25, 65)]],
    ["token in a RUN heredoc", `FROM a\nRUN <<EOF\necho ${FAKE.github}\nEOF\n`, [at(3, 6, 46)]],
    ["vendor documentation example", "FROM a\nENV AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\n", []],
    ["checksum", `FROM a\nENV PYTHON_SHA256=${"ab12".repeat(16)}\n`, []],
    ["GPG fingerprint", "FROM a\nENV GPG_KEY=A035C8C19219BA821ECEA86B64E628F8D684696D\n", []],
    ["variable reference", "FROM a\nARG NPM_TOKEN\nRUN echo \"//r/:_authToken=${NPM_TOKEN}\" > .npmrc\n", []],
  ])("%s", (_name, code, expected) => {
    expect(findingsOf(rule, code)).toEqual(expected);
  });

  it("never prints more than the first 4 characters of the secret", () => {
    const { findings } = lint(`FROM a\nENV GITHUB_TOKEN=${FAKE.github}\n`);
    expect(findings.map((f) => f.message)).toEqual([
      "Hardcoded GitHub token (ghp_…) in ENV: it is committed with the Dockerfile and stored in the image config (docker inspect). Remove it, rotate it, and pass it at build time with RUN --mount=type=secret instead.",
    ]);
  });

  it("is not silenced by the ARG/ENV foreign pragmas", () => {
    expect(findingsOf(rule, `FROM a\n# hadolint ignore=DL3064\nENV GITHUB_TOKEN=${FAKE.github}\n`)).toEqual([at(3, 18, 58)]);
  });
});
