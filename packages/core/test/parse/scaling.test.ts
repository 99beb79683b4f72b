/**
 * Parsing must stay linear. dockerfile-ast 0.7.1 is quadratic on files with many stages and many
 * comments (it tested every comment against every stage; patches/dockerfile-ast@0.7.1.patch fixes
 * it). The benchmark (bench/) measures speed; these only guard the shape, with bounds loose enough
 * for a busy two-core machine. Measured on one: dockerfile-ast 0.7.1 reads 5.3 and 44 (fails
 * both), the patched parser 0.9 and 11–16.
 */
import { describe, expect, it } from "vitest";
import { parseDockerfile } from "../../src/parse/dockerfile.js";

/**
 * A commented multi-stage build repeated to `lines` lines, each block adding two stages; with
 * `stages: false` the same instructions in one stage (FROM lines become LABELs), comments blanked.
 */
function commentedStages(lines: number, stages = true): string {
  const from = (image: string) => (stages ? `FROM ${image}` : `LABEL stage="${image}"`);
  const comment = (text: string) => (stages ? `# ${text}` : "");
  const out: string[] = [stages ? "FROM scratch AS first" : "FROM scratch"];
  for (let n = 0; out.length < lines; n++) {
    out.push(
      comment(`---- stage ${n} ----`),
      comment("build with the full toolchain; the runtime stage copies only the binary"),
      from(`golang:1.23 AS build${n}`),
      "WORKDIR /src",
      comment("dependencies first, so this layer is cached"),
      "COPY go.mod go.sum ./",
      "RUN --mount=type=cache,target=/go/pkg/mod \\",
      "    go mod download",
      comment("then the sources"),
      "COPY . .",
      "RUN set -eux; \\",
      "    CGO_ENABLED=0 go build -o /out/app ./cmd/app; \\",
      "    /out/app --version",
      "",
      comment("the runtime stage"),
      from(`gcr.io/distroless/static AS run${n}`),
      `COPY --from=build${n} /out/app /app`,
      comment("run as nobody"),
      "USER 65532",
      'ENTRYPOINT ["/app"]',
      "",
    );
  }
  return out.slice(0, lines).join("\n") + "\n";
}

/** Best of `runs` timings of parsing every text, in milliseconds. */
function bestTime(texts: readonly string[], runs: number): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    for (const text of texts) parseDockerfile(text);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

describe("parse scaling", () => {
  it("costs no more for 1,000 commented stages than for one stage of the same size", () => {
    const many = commentedStages(20_000);
    const one = commentedStages(20_000, false);
    expect(parseDockerfile(many).comments.length).toBe(5_715);
    expect(parseDockerfile(one).comments.length).toBe(0);
    bestTime([many, one], 1); // warm up the JIT
    // Linear: about 1 (0.9 measured). dockerfile-ast 0.7.1 (comments × stages): 5.3.
    expect(bestTime([many], 3) / bestTime([one], 3)).toBeLessThan(3);
  });

  it("parses 20,000 lines in under 25× the time of 2,000", () => {
    const small = commentedStages(2_000);
    const large = commentedStages(20_000);
    // Ten small files against one large one: the same amount of text, so garbage collection
    // weighs alike. Linear: 10 (11–16 measured: a bigger heap costs more to collect); quadratic: 100.
    const smallBatch = Array.from({ length: 10 }, () => small);
    bestTime(smallBatch, 1);
    const ratio = (10 * bestTime([large], 3)) / bestTime(smallBatch, 3);
    expect(ratio).toBeLessThan(25);
  });
});
