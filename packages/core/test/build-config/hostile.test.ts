import { describe, expect, it } from "vitest";
import { githubExpressions, interpolations } from "../../src/build-config/values.js";
import { lintBuildConfig, parseBuildConfig } from "../../src/build-config/index.js";

const REAL = "Xk9#mQ2vLp7!zR4t";
const composeFindings = (text: string): string[] => lintBuildConfig(parseBuildConfig(text, "compose")).findings.map((f) => f.ruleId);

describe("build configurations from an untrusted repository", () => {
  it("a nested merge gives the parent's own key before the grandparent's, as compose does", () => {
    const text = `x-p: &p {DB_PASSWORD: example}\nx-s: &s {<<: *p, DB_PASSWORD: "${REAL}"}\nservices:\n  app:\n    image: app\n    environment: {<<: *s}\n`;
    const env = parseBuildConfig(text, "compose").runtimeEnv.map((e) => [e.name, e.value.text]);
    expect(env).toEqual([["DB_PASSWORD", REAL]]);
    expect(composeFindings(text)).toEqual(["no-secret-in-compose-env"]);
  });

  it("merges an alias repeated in one merge list once (5,000 repeats of an 8,000-key map took 13 s and 2 GB)", () => {
    const keys = Array.from({ length: 8000 }, (_, i) => `k${i}: v`).join(", ");
    const text = `x-a: &a {${keys}}\nservices:\n  app:\n    image: app\n    environment:\n      <<: [${Array.from({ length: 5000 }, () => "*a").join(", ")}]\n`;
    expect(parseBuildConfig(text, "compose").runtimeEnv).toHaveLength(8000);
  }, 5_000);

  it("a U+E000 character in a run: script does not lose the workflow's other builds", () => {
    const text = [
      "jobs:",
      "  b:",
      "    runs-on: ubuntu-latest",
      "    steps:",
      "      - run: docker build --label x=\uE000 .",
      "      - run: docker build --build-arg NPM_TOKEN=${{ secrets.NPM_TOKEN }} .",
      "",
    ].join("\n");
    const builds = parseBuildConfig(text, "workflow").builds;
    expect(builds.map((b) => b.args.map((a) => a.name))).toEqual([[], ["NPM_TOKEN"]]);
  });

  it("stops a $VAR context path that expansion makes longer than any path (`$A/$A/…` took 19.5 s)", () => {
    const text = `env:\n  A: ${"a".repeat(10_000)}\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - run: docker build ${Array.from({ length: 2000 }, () => "$A").join("/")}\n`;
    const [build] = parseBuildConfig(text, "workflow").builds;
    expect(build!.context).toBeNull();
  }, 5_000);

  it("reads unclosed ${ and ${{ in linear time", () => {
    expect(interpolations("${A".repeat(100_000)).references).toEqual([]);
    expect(githubExpressions("${{ a ".repeat(200_000))).toEqual([]);
    expect(githubExpressions(`\${{ x }} ${"${{ ".repeat(100_000)}`)).toHaveLength(1);
  }, 2_000);

  it("strips an env file's inline comment in linear time after a long run of blanks", () => {
    const text = "services:\n  app:\n    image: app\n    env_file: .env\n";
    const envFile = () => ({ text: `A=1${" ".repeat(200_000)}# c\nDB_PASSWORD=${REAL}  # the real one\n`, committed: true });
    const findings = lintBuildConfig(parseBuildConfig(text, "compose"), { envFile }).findings;
    expect(findings.map((f) => f.ruleId)).toEqual(["no-secret-in-compose-env"]);
    expect(findings[0]!.message).not.toContain("the real one");
  }, 2_000);
});
