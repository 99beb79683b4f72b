/**
 * Never throws (docs/spec.md §8): on any text, with any options and any build context, `lint` returns
 * findings (with spans inside the text, positions that match their offsets, fixes that edit only
 * the text, and no planted secret in any message) or nothing, and no rule crashes. A bounded
 * sample of the generators `npm run fuzz` runs for as long as it is asked to; every input a
 * campaign ever saved in test/fixtures-fuzz is linted again here.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as core from "@layerlint/core";
import { compileDockerignore } from "@layerlint/node";
import {
  arbitraries,
  FUZZ_FIXTURES,
  lintProblems,
  RULE_IDS,
  revivedOptions,
  seedDockerfiles,
} from "../../scripts/fuzz.mjs";

const seeds = seedDockerfiles();
const arb = arbitraries(fc, { compileDockerignore, seeds });
/** Fixed seeds keep `npm test` reproducible; `npm run fuzz -- --seed S` explores further. */
const SEED = 20_240_601;

function problemsOf(text: string, options?: core.LintOptions): string[] {
  return lintProblems(core, text, options);
}

/** Fails with the problems and the input, so a failure reads as a bug report. */
function expectNoProblems(text: string, options?: core.LintOptions): void {
  const problems = problemsOf(text, options);
  expect(problems, `input ${JSON.stringify(text.slice(0, 300))}`).toEqual([]);
}

describe("the generators", () => {
  it("know every rule the registry has", () => {
    expect([...core.rules.keys()].sort()).toEqual([...RULE_IDS].sort());
  });

  it("seed mutation with the repository's own Dockerfiles", () => {
    expect(seeds.length).toBeGreaterThan(50);
  });

  it("reach every rule, so the invariants are checked on real findings", () => {
    const seen = new Set<string>();
    for (const [text, options] of fc.sample(fc.tuple(arb.dockerfile, arb.options), { numRuns: 600, seed: SEED })) {
      try {
        for (const finding of core.lint(text, options).findings) seen.add(finding.ruleId);
      } catch {
        // An unknown target: the properties below check that it is the only exception.
      }
    }
    expect([...seen].sort()).toEqual([...RULE_IDS].sort());
  });

  it("detect a broken invariant (the checks can fail)", () => {
    const token = `ghp_${"FAKE".repeat(9)}`;
    const text = `FROM alpine\nARG NPM_TOKEN\nRUN echo ${token}\n`;
    const good = core.lint(text);
    expect(lintProblems(core, text)).toEqual([]);
    const finding = good.findings[0]!;
    const broken = {
      ...good,
      findings: [{ ...finding, span: { ...finding.span, end: text.length + 1 }, message: `x ${token}` }],
      ruleErrors: [{ ruleId: "no-secret-in-arg" as const, message: "boom" }],
    };
    const problems = lintProblems({ ...core, lint: () => broken }, text);
    expect(problems).toEqual([
      "rule no-secret-in-arg threw: boom",
      expect.stringMatching(/^finding 0 \(no-secret-in-arg\): offsets \d+-\d+ outside/),
      expect.stringMatching(/^message of no-secret-in-arg shows the secret ghp_…/),
    ]);
  });
});

describe("lint never throws", () => {
  it("on generated, mutated and random Dockerfiles with random options and contexts", () => {
    fc.assert(
      fc.property(arb.dockerfile, fc.option(arb.options, { nil: undefined }), (text, options) => {
        expect(problemsOf(text, options)).toEqual([]);
      }),
      { numRuns: 1_500, seed: SEED },
    );
  });

  it("on random bytes and strings, lone surrogates included", () => {
    fc.assert(
      fc.property(arb.randomText, (text) => {
        expect(problemsOf(text)).toEqual([]);
      }),
      { numRuns: 500, seed: SEED },
    );
  });

  it("with a random build context: random ignore text, secret file paths and bounds", () => {
    fc.assert(
      fc.property(arb.structured, arb.context, (text, context) => {
        expect(problemsOf(`${text}\nCOPY . /app\n`, { context, fileName: "Dockerfile" })).toEqual([]);
      }),
      { numRuns: 400, seed: SEED },
    );
  });

  it("throws only UnknownTargetError, and only for a target that is not a stage", () => {
    fc.assert(
      fc.property(arb.structured, fc.string({ maxLength: 12 }), (text, target) => {
        try {
          core.lint(text, { target });
        } catch (error) {
          expect(error).toBeInstanceOf(core.UnknownTargetError);
          // Named whole only when it is a typo of a stage or plain words: else a secret is not repeated.
          const { stages } = error as InstanceType<typeof core.UnknownTargetError>;
          expect((error as Error).message).toContain(`Target stage ${core.mentionName(target, stages).shown} does not exist`);
        }
      }),
      { numRuns: 300, seed: SEED },
    );
  });
});

describe("lint never throws on extreme shapes", () => {
  const stages = (count: number) =>
    Array.from({ length: count }, (_, i) => `FROM ${i === 0 ? "alpine" : `s${i - 1}`} AS s${i}\nARG NPM_TOKEN\nCOPY --from=${(i * 7) % (i + 1)} /root/.npmrc /x\n`).join("");
  const TOKEN = `ghp_${"FAKE".repeat(9)}`;
  const cases: Record<string, string> = {
    "10,000 stages, each built FROM the previous one, COPY --from numeric indexes": stages(10_000),
    "10,000 stages in a FROM cycle with COPY --from across it": Array.from(
      { length: 10_000 },
      (_, i) => `FROM s${(i + 1) % 10_000} AS s${i}\nCOPY --from=s${(i + 5_000) % 10_000} /a /b\nCOPY --from=s${i} /c /d\n`,
    ).join(""),
    "20,000 continuation lines": `FROM alpine\nRUN echo \\\n${"  a \\\n".repeat(20_000)}  done\n`,
    "10,000 continuations with comments between": `FROM alpine\nRUN echo \\\n${"# c\n  a \\\n".repeat(10_000)}  done\n`,
    "a 200 KB line": `FROM alpine\nRUN echo ${"a".repeat(200_000)}\n`,
    "an unterminated quote over 200 KB": `FROM alpine\nRUN echo "${"a ".repeat(100_000)}\n`,
    "2,000 heredocs on one RUN": `FROM alpine\nRUN ${"<<E ".repeat(2_000)}\n${"x\nE\n".repeat(2_000)}`,
    "an unterminated heredoc holding a private key": `FROM alpine\nRUN <<EOF\n-----BEGIN RSA PRIVATE KEY-----\n${"QUFB".repeat(400)}\n`,
    "unbalanced substitutions and quotes": `FROM alpine\nRUN ${"$(".repeat(20_000)}${"${".repeat(20_000)}${"\"'`".repeat(5_000)}\n`,
    "# escape=` with 20,000 backtick continuations": `# escape=\`\nFROM alpine\nRUN echo \`\n${"a \`\n".repeat(20_000)}\n`,
    "NUL, CR, BOM and CRLF mixed": `FROM alpine\0\nRUN \0\0\0 echo\r\n\uFEFFARG NPM_TOKEN\r${"\0".repeat(100_000)}`,
    "5,000 nested ONBUILDs": `FROM alpine\n${"ONBUILD ".repeat(5_000)}RUN echo $NPM_TOKEN\n`,
    "5,000 --mount flags": `FROM alpine\nRUN ${"--mount=type=secret,id=x ".repeat(5_000)}cat /run/secrets/x > /x\n`,
    "glob classes JavaScript rejects, in COPY sources, --exclude, --from copies and deletions":
      "FROM alpine AS b\nCOPY .npmrc /r/\nFROM alpine\nCOPY [z-a].pem --exclude=[b-a] . /x/\nCOPY --from=b /r/[z-a] /y\nRUN rm /x/[z-a]\n",
    "a token alone on a line, after a stray heredoc": `FROM alpine\nRUN <<EOF\nEOF\n${TOKEN}\n=${TOKEN} NPM_TOKEN=hf_${"FAKEhf".repeat(6).slice(0, 34)}\n`,
  };

  it.each(Object.entries(cases))("%s", (_name, text) => {
    const started = performance.now();
    const context = { ignoreFile: null, isExcluded: () => false, secretFiles: [{ path: "a.pem", type: "file" as const }] };
    expectNoProblems(text);
    expectNoProblems(text, { context, config: { secretFiles: { deny: ["[z-a]"], allow: ["[b-a].key"] } } });
    expectNoProblems(text, { target: "s0", reportUnusedDisableDirectives: true });
    // Generous: the point is "finishes", not a benchmark (bench/ measures speed).
    expect(performance.now() - started).toBeLessThan(15_000);
  });
});

describe("saved fuzz failures (test/fixtures-fuzz)", () => {
  const files = readdirSync(FUZZ_FIXTURES).filter((file) => file.endsWith(".Dockerfile")).sort();

  it("holds the inputs earlier campaigns found", () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)("%s lints cleanly", (file) => {
    const text = readFileSync(join(FUZZ_FIXTURES, file), "utf8");
    const sidecar = join(FUZZ_FIXTURES, file.replace(/\.Dockerfile$/, ".json"));
    const saved = (() => {
      try {
        return JSON.parse(readFileSync(sidecar, "utf8")) as { options?: unknown };
      } catch {
        return {};
      }
    })();
    const started = performance.now();
    expectNoProblems(text, revivedOptions(saved.options, compileDockerignore) as core.LintOptions);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
