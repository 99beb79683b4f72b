import { describe, expect, it } from "vitest";
import { dockerfileLintOptions, parseBuildConfig, type BuildSpec } from "../../../src/build-config/index.js";
import { lint, type Finding } from "../../../src/index.js";
import { configFindings, configMessages } from "../helpers.js";

const rule = "no-secret-cache-export";

/** A Dockerfile whose builder stage reads a secret build arg: warnings by stage policy. */
const LEAKY_BUILDER = "FROM node:20 AS builder\nARG NPM_TOKEN\nRUN npm ci --token $NPM_TOKEN\nFROM node:20-slim\nCOPY --from=builder /app /app\n";
const CLEAN = "FROM node:20 AS builder\nRUN npm ci\nFROM node:20-slim\nCOPY --from=builder /app /app\n";

/** Lints `dockerfile` the way each build builds it (its target and build args), as a host does. */
const dockerfile = (text: string) => (build: BuildSpec): readonly Finding[] => lint(text, dockerfileLintOptions(build)).findings;

const composeCache = (cacheTo: string, target = "") =>
  `services:\n  app:\n    build:\n      context: .\n${target}      cache_to:\n        - ${cacheTo}\n`;
const actionCache = (cacheTo: string) =>
  `on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: docker/build-push-action@v6\n        with:\n          push: true\n          cache-to: ${cacheTo}\n`;

describe(rule, () => {
  it.each<[string, string, "compose" | "workflow", string, string[]]>([
    ["compose mode=max with builder secrets", composeCache("type=registry,ref=ghcr.io/acme/app:cache,mode=max"), "compose", LEAKY_BUILDER, ["6:11-6:60 builderSecretsExported"]],
    ["compose mode=min (the default) is fine", composeCache("type=registry,ref=ghcr.io/acme/app:cache"), "compose", LEAKY_BUILDER, []],
    ["compose mode=max without builder secrets is fine", composeCache("type=registry,ref=ghcr.io/acme/app:cache,mode=max"), "compose", CLEAN, []],
    ["an inline cache cannot be max", composeCache("type=inline,mode=max"), "compose", LEAKY_BUILDER, []],
    ["action cache-to type=gha,mode=max with builder secrets", actionCache("type=gha,mode=max"), "workflow", LEAKY_BUILDER, ["9:21-9:38 builderSecretsExported"]],
    ["action cache-to mode=min", actionCache("type=gha,mode=min"), "workflow", LEAKY_BUILDER, []],
    [
      "run: --cache-to with mode=max",
      "on: push\njobs:\n  b:\n    runs-on: x\n    steps:\n      - run: docker buildx build --cache-to type=local,dest=/tmp/cache,mode=max .\n",
      "workflow",
      LEAKY_BUILDER,
      ["6:45-6:80 builderSecretsExported"],
    ],
  ])("%s", (_name, text, kind, dockerfileText, expected) => {
    expect(configFindings(rule, text, kind, { dockerfileFindings: dockerfile(dockerfileText) })).toEqual(expected);
  });

  it("is silent when the target builds the stage that holds the secret: it is shipped, not a builder any more", () => {
    const text = composeCache("type=registry,ref=r,mode=max", "      target: builder\n");
    // The finding moves into the shipped target (an error on the Dockerfile, not a cache leak).
    expect(configFindings(rule, text, "compose", { dockerfileFindings: dockerfile(LEAKY_BUILDER) })).toEqual([]);
  });

  it("does not count the .dockerignore rules' what-if findings as builder secrets, but a secret file the builder copies in", () => {
    const text = composeCache("type=registry,ref=r,mode=max");
    const builderCopiesContext = "FROM node:20 AS builder\nCOPY . .\nRUN npm ci\nFROM node:20-slim\nCOPY --from=builder /app /app\n";
    const context = (ignoreText: string | null, secretFiles: string[]) => ({
      ignoreFile: ignoreText === null ? null : { path: ".dockerignore", text: ignoreText, perDockerfile: false },
      isExcluded: () => false,
      secretFiles: secretFiles.map((path) => ({ path, type: "file" as const })),
    });
    const withContext = (ignoreText: string | null, secretFiles: string[]) => (build: BuildSpec) =>
      lint(builderCopiesContext, { ...dockerfileLintOptions(build), context: context(ignoreText, secretFiles) }).findings;
    const [build] = parseBuildConfig(text, "compose").builds;
    const builderFindings = (ignoreText: string | null, secretFiles: string[]) =>
      withContext(ignoreText, secretFiles)(build!).filter((f) => !f.shipped).map((f) => `${f.ruleId}/${f.messageId}`);
    expect(builderFindings(null, [])).toEqual(["require-dockerignore/noSecretsYet"]);
    expect(builderFindings(null, [".env"])).toEqual(["require-dockerignore/sendsSecrets"]);
    expect(builderFindings("node_modules\n", [])).toEqual(["require-dockerignore-entries/missingPatterns"]);
    expect(builderFindings("node_modules\n", [".env"])).toEqual(["require-dockerignore-entries/missingPatterns", "require-dockerignore-entries/secretInContext"]);
    // No ignore file, or one that misses default patterns: a risk the Dockerfile lint reports, not a secret in the cache.
    expect(configFindings(rule, text, "compose", { dockerfileFindings: withContext(null, []) })).toEqual([]);
    // Without an ignore file, a real secret file the whole-context copy sends into the builder is in the cache.
    expect(configFindings(rule, text, "compose", { dockerfileFindings: withContext(null, [".env"]) })).toEqual(["6:11-6:39 builderSecretsExported"]);
    expect(configFindings(rule, text, "compose", { dockerfileFindings: withContext("node_modules\n", []) })).toEqual([]);
    // A real secret file in the context, copied into the builder stage: in the max cache.
    expect(configFindings(rule, text, "compose", { dockerfileFindings: withContext("node_modules\n", [".env"]) })).toEqual(["6:11-6:39 builderSecretsExported"]);
  });

  it("does not count a builder ARG that no RUN records: only the provenance holds it, not the cache", () => {
    const text = composeCache("type=registry,ref=r,mode=max");
    const lintBuilder = (dockerfileText: string) => (build: BuildSpec) => lint(dockerfileText, dockerfileLintOptions(build)).findings;
    expect(configFindings(rule, text, "compose", { dockerfileFindings: lintBuilder("FROM node:20 AS builder\nARG NPM_TOKEN\nFROM node:20-slim\nRUN true\n") })).toEqual([]);
    expect(configFindings(rule, text, "compose", { dockerfileFindings: lintBuilder("FROM node:20 AS builder\nARG NPM_TOKEN\nRUN npm ci\nFROM node:20-slim\nRUN true\n") })).toEqual([
      "6:11-6:39 builderSecretsExported",
    ]);
  });

  it("is silent when the host did not lint the Dockerfile", () => {
    expect(configFindings(rule, composeCache("type=registry,ref=r,mode=max"), "compose")).toEqual([]);
  });

  it("sees a builder secret that only the build configuration makes one (a secret build arg of a harmless name)", () => {
    const text =
      "services:\n  app:\n    build:\n      context: .\n      args:\n        GH: ${GH_TOKEN}\n      cache_to:\n        - type=gha,mode=max\n";
    const dockerfileText = "FROM alpine AS builder\nARG GH\nRUN git clone https://$GH@github.com/acme/lib.git\nFROM alpine\nCOPY --from=builder /lib /lib\n";
    expect(configFindings(rule, text, "compose", { dockerfileFindings: dockerfile(dockerfileText) })).toEqual(["8:11-8:28 builderSecretsExported"]);
    expect(lint(dockerfileText).findings).toEqual([]);
  });

  it("names the exporter, the Dockerfile and where its builder secrets are, and the fix", () => {
    const [build] = parseBuildConfig(composeCache("type=registry,ref=r,mode=max"), "compose").builds;
    expect(build!.dockerfile).toBe("Dockerfile");
    expect(configMessages(rule, composeCache("type=registry,ref=r,mode=max"), "compose", { dockerfileFindings: dockerfile(LEAKY_BUILDER) })).toEqual([
      'Cache export type=registry with mode=max writes the layers of every stage, builder stages included, where anyone who can read the cache gets them, and Dockerfile has secrets in builder stages: no-secret-in-arg at line 2 (stage "builder"), require-secret-mount at line 3 (stage "builder"). Export with mode=min (the default, only the image\'s own layers), or keep those secrets out of every layer with RUN --mount=type=secret.',
    ]);
  });

  it("lists at most three of the Dockerfile's findings", () => {
    const many = "FROM alpine AS builder\nARG A_TOKEN\nARG B_TOKEN\nARG C_TOKEN\nARG D_TOKEN\nARG E_TOKEN\nRUN make\nFROM alpine\nRUN true\n";
    const [message] = configMessages(rule, composeCache("type=gha,mode=max"), "compose", { dockerfileFindings: dockerfile(many) });
    expect(message).toContain('no-secret-in-arg at line 2 (stage "builder"), no-secret-in-arg at line 3 (stage "builder"), no-secret-in-arg at line 4 (stage "builder"), 2 more.');
  });
});
