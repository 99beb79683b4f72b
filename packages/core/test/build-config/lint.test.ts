import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dockerfileLintOptions, lintBuildConfig, parseBuildConfig, type BuildConfigKind } from "../../src/build-config/index.js";
import { FAKE, configFindings } from "./helpers.js";

const leaky = `services:\n  app:\n    build:\n      context: .\n      args:\n        NPM_TOKEN: \${NPM_TOKEN}\n    environment:\n      GITHUB_TOKEN: ${FAKE.github}\n`;

describe("lintBuildConfig", () => {
  it("reports errors by default, with the severity and off settings of .layerlintrc", () => {
    const lint = (rules?: Record<string, string>) =>
      lintBuildConfig(parseBuildConfig(leaky, "compose"), rules ? { config: { rules } as never } : {}).findings.map((f) => `${f.ruleId} ${f.severity} ${f.channel}`);
    expect(lint()).toEqual(["no-secret-build-arg error history", "no-secret-in-compose-env error config"]);
    expect(lint({ "no-secret-build-arg": "warn", "no-secret-in-compose-env": "off" })).toEqual(["no-secret-build-arg warning history"]);
  });

  it("findings are on the configuration file: shipped, no stage, no fixes", () => {
    const [finding] = lintBuildConfig(parseBuildConfig(leaky, "compose")).findings;
    expect(finding).toMatchObject({ shipped: true, related: [], suggestions: [] });
    expect(finding!.stage).toBeUndefined();
    expect(finding!.fix).toBeUndefined();
  });

  it("honours # layerlint-disable-next-line above an entry, a block, or a whole step", () => {
    const text = [
      "services:",
      "  app:",
      "    build:",
      "      args:",
      "        # layerlint-disable-next-line no-secret-build-arg -- rotated daily",
      "        NPM_TOKEN: ${NPM_TOKEN}",
      "        GH: ${GH_TOKEN}",
      "",
    ].join("\n");
    expect(configFindings("no-secret-build-arg", text, "compose")).toEqual(["7:9-7:11 secretBuildArg"]);
    const workflow = [
      "on: push",
      "jobs:",
      "  b:",
      "    runs-on: x",
      "    steps:",
      "      # layerlint-disable-next-line no-secret-build-arg",
      "      - uses: docker/build-push-action@v6",
      "        with:",
      "          build-args: |",
      "            GH=${{ secrets.GH }}",
      "      - uses: docker/build-push-action@v6",
      "        with:",
      "          # layerlint-disable-next-line",
      "          build-args: |",
      "            GH=${{ secrets.GH }}",
      "      - uses: docker/build-push-action@v6",
      "        with:",
      "          build-args: |",
      "            GH=${{ secrets.GH }}",
      "",
    ].join("\n");
    expect(configFindings("no-secret-build-arg", workflow, "workflow")).toEqual(["19:13-19:15 secretBuildArg"]);
  });

  it("honours disable/enable ranges and reports unused directives on request", () => {
    const text = "# layerlint-disable no-secret-in-compose-env\nservices:\n  a:\n    environment:\n      - TOKEN=" + FAKE.github + "\n# layerlint-disable-next-line no-secret-build-arg\nx: 1\n";
    const result = lintBuildConfig(parseBuildConfig(text, "compose"), { reportUnusedDisableDirectives: true });
    expect(result.findings).toEqual([]);
    expect(result.unusedDirectives.map((d) => [d.span.line, d.rules])).toEqual([[6, ["no-secret-build-arg"]]]);
    expect(lintBuildConfig(parseBuildConfig(text, "compose"), { applySuppressions: false }).findings.map((f) => f.ruleId)).toEqual(["no-secret-in-compose-env"]);
  });

  it("keeps YAML syntax errors as problems and lints what it could read", () => {
    const result = lintBuildConfig(parseBuildConfig(`${leaky}  bad: [\n`, "compose"));
    expect(result.problems.length).toBe(1);
    expect(result.findings.map((f) => f.ruleId)).toEqual(["no-secret-build-arg", "no-secret-in-compose-env"]);
  });

  it("redacts a secret that appears anywhere in the file from every message (a service named like a token)", () => {
    const text = `services:\n  ${FAKE.github}:\n    environment:\n      API_TOKEN: ${FAKE.github}\n`;
    const [finding] = lintBuildConfig(parseBuildConfig(text, "compose")).findings;
    expect(finding!.message).toContain("of service ghp_…");
    expect(finding!.message).not.toContain(FAKE.github);
  });

  it("never throws and never reports a value, on any text", { timeout: 60_000 }, () => {
    const kinds: BuildConfigKind[] = ["compose", "workflow", "bake"];
    const fragments = fc.constantFrom(
      "services:\n",
      "  app:\n",
      "    build:\n",
      "      args:\n",
      "        - NPM_TOKEN=${NPM_TOKEN}\n",
      "    environment:\n",
      `      TOKEN: ${FAKE.github}\n`,
      "jobs:\n  b:\n    steps:\n",
      "      - run: docker build --build-arg A=${{ secrets.A }} --cache-to type=gha,mode=max .\n",
      "      - uses: docker/build-push-action@v6\n        with:\n          build-args: |\n            X=${{ secrets.X }}\n",
      "<<: *a\n",
      "&a [",
      "{\"target\": {\"t\": {\"args\": {\"K\": \"${K}\"}}}}",
      "\t- ]\n",
      "# layerlint-disable\n",
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(fragments, fc.string({ maxLength: 20 })), { maxLength: 12 }), fc.constantFrom(...kinds), (parts, kind) => {
        const text = parts.join("");
        const result = lintBuildConfig(parseBuildConfig(text, kind), { dockerfileFindings: () => [], envFile: () => ({ text, committed: true }) });
        expect(result.ruleErrors).toEqual([]);
        for (const finding of result.findings) expect(finding.message).not.toContain(FAKE.github);
      }),
      { numRuns: 300 },
    );
  });

  it("stays linear on a large file", { timeout: 30_000 }, () => {
    const services = Array.from({ length: 3000 }, (_, i) => `  s${i}:\n    build:\n      context: ./s${i}\n      args:\n        - NPM_TOKEN=\${NPM_TOKEN}\n    environment:\n      - A=1\n`).join("");
    const result = lintBuildConfig(parseBuildConfig(`services:\n${services}`, "compose"));
    expect(result.findings.length).toBe(3000);
  });
});

describe("dockerfileLintOptions", () => {
  it("gives the Dockerfile lint the build's target and which build args pass a secret", () => {
    const [build] = parseBuildConfig(
      "services:\n  app:\n    build:\n      context: .\n      target: prod\n      args:\n        GH: ${GH_TOKEN}\n        V: '1'\n        NPM_TOKEN:\n",
      "compose",
    ).builds;
    expect(dockerfileLintOptions(build!)).toEqual({
      target: "prod",
      buildArgs: [
        { name: "GH", secret: true },
        { name: "V", secret: false },
        { name: "NPM_TOKEN", secret: true },
      ],
    });
    expect(dockerfileLintOptions(build!, { secretNames: { allow: ["NPM_TOKEN", "GH_TOKEN"] } }).buildArgs.filter((a) => a.secret)).toEqual([]);
  });
});
