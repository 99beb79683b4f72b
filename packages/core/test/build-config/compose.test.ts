import { describe, expect, it } from "vitest";
import { parseBuildConfig } from "../../src/build-config/index.js";
import { at } from "./helpers.js";

const compose = (text: string) => parseBuildConfig(text, "compose");

describe("compose builds", () => {
  it("reads a build given as a context string: the Dockerfile is Dockerfile in it", () => {
    const [build] = compose("services:\n  web:\n    build: ./web\n").builds;
    expect(build).toMatchObject({ name: "web", via: "compose", context: "web", dockerfile: "web/Dockerfile", target: null, args: [] });
    expect(at(build!.span)).toBe("3:5-3:10");
  });

  it("resolves dockerfile against the context, as compose does", () => {
    const { builds } = compose(
      "services:\n  api:\n    build:\n      context: ../svc\n      dockerfile: docker/Dockerfile.prod\n      target: runtime\n  b:\n    build:\n      dockerfile: /abs/Dockerfile\n",
    );
    expect(builds.map((b) => [b.name, b.context, b.dockerfile, b.target])).toEqual([
      ["api", "../svc", "../svc/docker/Dockerfile.prod", "runtime"],
      ["b", ".", "/abs/Dockerfile", null],
    ]);
  });

  it("has no local Dockerfile for a remote context, an interpolated path or an inline Dockerfile", () => {
    const { builds } = compose(
      [
        "services:",
        "  git:",
        "    build: https://github.com/acme/app.git#main",
        "  env:",
        "    build:",
        "      context: ${APP_DIR}",
        "  inline:",
        "    build:",
        "      context: .",
        "      dockerfile_inline: |",
        "        FROM alpine",
        "        RUN true",
        "",
      ].join("\n"),
    );
    expect(builds.map((b) => [b.name, b.context, b.dockerfile, b.dockerfileInline])).toEqual([
      ["git", null, null, null],
      ["env", null, null, null],
      ["inline", ".", null, "FROM alpine\nRUN true\n"],
    ]);
  });

  it("reads args in map form, with their value kinds and the key's position", () => {
    const [build] = compose(
      [
        "services:",
        "  app:",
        "    build:",
        "      context: .",
        "      args:",
        "        NODE_VERSION: 20",
        "        NPM_TOKEN: ${NPM_TOKEN}",
        "        GIT_SHA: $GITHUB_SHA",
        "        FROM_ENV:",
        '        EMPTY: ""',
        "        ESCAPED: $$HOME",
        "",
      ].join("\n"),
    ).builds;
    expect(build!.args.map((a) => [a.name, a.value.kind, a.value.text, a.value.references.map((r) => r.name), at(a.span)])).toEqual([
      ["NODE_VERSION", "literal", "20", [], "6:9-6:21"],
      ["NPM_TOKEN", "interpolation", "${NPM_TOKEN}", ["NPM_TOKEN"], "7:9-7:18"],
      ["GIT_SHA", "interpolation", "$GITHUB_SHA", ["GITHUB_SHA"], "8:9-8:16"],
      ["FROM_ENV", "empty", null, [], "9:9-9:17"],
      ["EMPTY", "empty", "", [], "10:9-10:14"],
      ["ESCAPED", "literal", "$$HOME", [], "11:9-11:16"],
    ]);
    expect(at(build!.args[1]!.value.span)).toBe("7:20-7:32");
  });

  it("reads args in list form: the name part of each item is the position", () => {
    const [build] = compose("services:\n  app:\n    build:\n      args:\n        - NPM_TOKEN=${NPM_TOKEN:-}\n        - 'QUOTED=1'\n        - FROM_ENV\n").builds;
    expect(build!.args.map((a) => [a.name, a.value.kind, a.value.text, at(a.span)])).toEqual([
      ["NPM_TOKEN", "interpolation", "${NPM_TOKEN:-}", "5:11-5:20"],
      ["QUOTED", "literal", "1", "6:12-6:18"],
      ["FROM_ENV", "empty", null, "7:11-7:19"],
    ]);
  });

  it("keeps the literal defaults of interpolations", () => {
    const [build] = compose("services:\n  a:\n    build:\n      args:\n        A: ${X:-one}\n        B: ${Y-${Z}}\n        C: ${W:?required}\n").builds;
    expect(build!.args.map((a) => [a.name, a.value.defaults, a.value.references.map((r) => r.name)])).toEqual([
      ["A", ["one"], ["X"]],
      ["B", [], ["Y", "Z"]],
      ["C", [], ["W"]],
    ]);
  });

  it("reads build secrets with the top-level secret's source, and cache exports with their mode", () => {
    const [build] = compose(
      [
        "services:",
        "  app:",
        "    build:",
        "      context: .",
        "      secrets:",
        "        - npm_token",
        "        - source: ssh_key",
        "          target: ssh",
        "      cache_to:",
        "        - type=registry,ref=ghcr.io/acme/app:cache,mode=max",
        "        - type=inline",
        "        - ghcr.io/acme/app:cache",
        "secrets:",
        "  npm_token:",
        "    environment: NPM_TOKEN",
        "  ssh_key:",
        "    file: ./id_ed25519",
        "",
      ].join("\n"),
    ).builds;
    expect(build!.secrets.map((s) => [s.id, s.source, at(s.span)])).toEqual([
      ["npm_token", "environment", "6:11-6:20"],
      ["ssh", "file", "7:11-8:22"],
    ]);
    expect(build!.cacheTo.map((c) => [c.type, c.mode, at(c.span)])).toEqual([
      ["registry", "max", "10:11-10:60"],
      ["inline", "min", "11:11-11:22"],
      ["registry", "min", "12:11-12:33"],
    ]);
  });

  it("follows anchors and merge keys, and a service's own keys win over merged ones", () => {
    const { builds } = compose(
      [
        "x-build: &build",
        "  context: ./app",
        "  args:",
        "    A: from-anchor",
        "services:",
        "  one:",
        "    build:",
        "      <<: *build",
        "      target: one",
        "  two:",
        "    build:",
        "      <<: *build",
        "      context: ./other",
        "",
      ].join("\n"),
    );
    expect(builds.map((b) => [b.name, b.context, b.target, b.args.map((a) => `${a.name}@${at(a.span)}`)])).toEqual([
      ["one", "app", "one", ["A@4:5-4:6"]],
      ["two", "other", null, ["A@4:5-4:6"]],
    ]);
  });
});

describe("compose aliases at scale", () => {
  it("resolves every merge of a shared anchor: each service's build gets the merged keys", { timeout: 30_000 }, () => {
    let text = "x-build: &build\n  context: ./app\n  args:\n    T: ${T}\nservices:\n";
    for (let i = 0; i < 3000; i++) text += `  s${i}:\n    build:\n      <<: *build\n      target: t${i}\n`;
    const { builds } = compose(text);
    expect(builds.length).toBe(3000);
    expect(builds.filter((b) => b.context === "app" && b.args.length === 1 && b.target === `t${b.name.slice(1)}`).length).toBe(3000);
  });

  it("stops following aliases at its budget: a billion-laughs file stays cheap", { timeout: 30_000 }, () => {
    const levels = ["a: &a [x, x, x, x, x, x, x, x, x, x]"];
    for (let i = 1; i < 9; i++) levels.push(`l${i}: &l${i} [${Array(10).fill(i === 1 ? "*a" : `*l${i - 1}`).join(", ")}]`);
    const parsed = compose(`${levels.join("\n")}\nservices:\n  s:\n    environment:\n      <<: *l8\n`);
    expect(parsed.runtimeEnv).toEqual([]);
  });
});

describe("compose runtime environment", () => {
  it("reads environment and labels in map and list form, and build labels", () => {
    const parsed = compose(
      [
        "services:",
        "  db:",
        "    build:",
        "      context: .",
        "      labels:",
        "        org.opencontainers.image.title: db",
        "    environment:",
        "      POSTGRES_PASSWORD: example",
        "      POSTGRES_USER:",
        "    labels:",
        "      - traefik.enable=true",
        "  web:",
        "    environment:",
        "      - API_KEY=${API_KEY}",
        "",
      ].join("\n"),
    );
    expect(parsed.runtimeEnv.map((e) => [e.service, e.section, e.name, e.value.kind, at(e.span)])).toEqual([
      ["db", "build.labels", "org.opencontainers.image.title", "literal", "6:9-6:39"],
      ["db", "environment", "POSTGRES_PASSWORD", "literal", "8:7-8:24"],
      ["db", "environment", "POSTGRES_USER", "empty", "9:7-9:20"],
      ["db", "labels", "traefik.enable", "literal", "11:9-11:23"],
      ["web", "environment", "API_KEY", "interpolation", "14:9-14:16"],
    ]);
  });

  it("reads env_file as a string, a list and the long form with required", () => {
    const parsed = compose(
      "services:\n  a:\n    env_file: .env\n  b:\n    env_file:\n      - ./config/app.env\n      - path: ../secrets.env\n        required: false\n      - ${ENV_FILE}\n",
    );
    expect(parsed.envFiles.map((e) => [e.service, e.path, e.required, at(e.span)])).toEqual([
      ["a", ".env", true, "3:15-3:19"],
      ["b", "config/app.env", true, "6:9-6:25"],
      ["b", "../secrets.env", false, "7:15-7:29"],
    ]);
  });

  it("reads nothing from a file that is not a compose file, and never throws", () => {
    for (const text of ["", "services: 3", "services:\n  - a\n  - b\n", "[1, 2", "services:\n  a:\n    build: [1]\n    environment: 7\n", "\u0000\u0001"]) {
      const parsed = compose(text);
      expect(parsed.builds.filter((b) => b.dockerfile !== null)).toEqual([]);
      expect(parsed.runtimeEnv).toEqual([]);
    }
  });

  it("reports a YAML syntax error as a problem with its position, and reads what it can", () => {
    const parsed = compose("services:\n  web:\n    build: .\n  bad: [unclosed\n");
    expect(parsed.problems.map((p) => `${at(p.span)} ${p.message.split(":")[0]}`)).toEqual(["5:1-5:1 YAML syntax error"]);
    expect(parsed.builds.map((b) => b.name)).toEqual(["web"]);
  });
});
