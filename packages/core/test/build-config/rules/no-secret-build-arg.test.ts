import { describe, expect, it } from "vitest";
import { configFindings, configMessages, FAKE } from "../helpers.js";

const rule = "no-secret-build-arg";
const composeArgs = (args: string) => `services:\n  app:\n    build:\n      context: .\n      args:\n${args}`;
const actionArgs = (lines: string, extra = "") =>
  `on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: docker/build-push-action@v6\n        with:\n${extra}          build-args: |\n${lines}`;

describe(rule, () => {
  it.each<[string, string, string[]]>([
    ["compose map form, from the environment", composeArgs("        NPM_TOKEN: ${NPM_TOKEN}\n        NODE_VERSION: 20\n"), ["6:9-6:18 secretBuildArg"]],
    ["compose list form", composeArgs("        - NPM_TOKEN=${NPM_TOKEN}\n        - NODE_ENV=production\n"), ["6:11-6:20 secretBuildArg"]],
    ["compose list form without a value (read from the environment)", composeArgs("        - NPM_TOKEN\n"), ["6:11-6:20 secretBuildArg"]],
    ["a harmless name set from a secret-named variable", composeArgs("        GH: ${GH_TOKEN:-}\n"), ["6:9-6:11 secretBuildArg"]],
    ["args: with a plain literal token", composeArgs(`        LINE: "//registry.npmjs.org/:_authToken=${FAKE.npm}"\n`), ["6:9-6:13 secretBuildArg"]],
    ["args: with a placeholder value is a sample, not a secret", composeArgs("        DB_PASSWORD: example\n        API_KEY: changeme\n"), []],
    ["args: with a real-looking literal under a secret name", composeArgs("        DB_PASSWORD: Tr0ub4dor&3\n"), ["6:9-6:20 secretBuildArg"]],
    ["harmless args", composeArgs("        NODE_VERSION: 20\n        GIT_SHA: ${GITHUB_SHA}\n        MYSQL_ALLOW_EMPTY_PASSWORD: 'yes'\n"), []],
    [
      "action build-args, multi-line",
      actionArgs("            VERSION=1.2.3\n            GH=${{ secrets.GH_TOKEN }}\n            NPM_TOKEN=${{ secrets.NPM_TOKEN }}\n"),
      ["10:13-10:15 secretBuildArg", "11:13-11:22 secretBuildArg"],
    ],
    ["action build-args with provenance off", actionArgs("            GH=${{ secrets.GH_TOKEN }}\n", "          provenance: false\n"), ["10:13-10:15 secretBuildArgNoProvenance"]],
    ["action build-args from configuration variables of harmless names", actionArgs("            REGISTRY=${{ vars.REGISTRY }}\n"), []],
    [
      "run: docker build --build-arg",
      "on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - run: docker build --build-arg NPM_TOKEN=${{ secrets.NPM_TOKEN }} --build-arg V=1 .\n",
      ["6:39-6:48 secretBuildArg"],
    ],
    ["bake args", '{"target": {"app": {"args": {"NPM_TOKEN": "${NPM_TOKEN}", "V": "1"}}}}', ["1:30-1:41 secretBuildArg"]],
  ])("%s", (_name, text, expected) => {
    const kind = text.startsWith("{") ? "bake" : text.startsWith("on:") ? "workflow" : "compose";
    expect(configFindings(rule, text, kind)).toEqual(expected);
  });

  it("names the channels (history and provenance in mode=min) and the fix on both sides, per kind of file", () => {
    expect(configMessages(rule, composeArgs("        NPM_TOKEN: ${NPM_TOKEN}\n"), "compose")).toEqual([
      'Build arg NPM_TOKEN is set from the variable NPM_TOKEN, whose name says it holds a secret: its value is recorded in the image history of every RUN that uses it and in the build\'s provenance attestations, which BuildKit fills in mode=min too. Pass it as a build secret with compose build.secrets (a top-level secrets: entry "npm_token" read from an environment variable or a file), and read it in the Dockerfile with RUN --mount=type=secret,id=npm_token,env=NPM_TOKEN.',
    ]);
    expect(configMessages(rule, actionArgs("            GH=${{ secrets.GH_TOKEN }}\n"), "workflow")).toEqual([
      'Build arg GH is set from the secret secrets.GH_TOKEN: its value is recorded in the image history of every RUN that uses it and in the build\'s provenance attestations, which BuildKit fills in mode=min too. Pass it as a build secret with the action\'s secrets: input ("gh=" followed by the secret), and read it in the Dockerfile with RUN --mount=type=secret,id=gh,env=GH.',
    ]);
    expect(
      configMessages(rule, "on: push\njobs:\n  b:\n    runs-on: x\n    steps:\n      - env:\n          T: ${{ secrets.T }}\n        run: docker build --build-arg TOKEN=$T .\n", "workflow"),
    ).toEqual([
      "Build arg TOKEN is set from the secret secrets.T (through the environment variable T): its value is recorded in the image history of every RUN that uses it and in the build's provenance attestations, which BuildKit fills in mode=min too. Pass it as a build secret with --secret id=token,env=TOKEN, and read it in the Dockerfile with RUN --mount=type=secret,id=token,env=TOKEN.",
    ]);
    expect(configMessages(rule, '{"target": {"app": {"args": {"API_KEY": null}}}}', "bake")).toEqual([
      'Build arg API_KEY carries a secret by its name: its value is recorded in the image history of every RUN that uses it and in the build\'s provenance attestations, which BuildKit fills in mode=min too. Pass it as a build secret with bake\'s secret attribute ("id=api_key,env=API_KEY"), and read it in the Dockerfile with RUN --mount=type=secret,id=api_key,env=API_KEY.',
    ]);
  });

  it("never puts a literal secret into the message", () => {
    const [message] = configMessages(rule, composeArgs(`        LINE: "token ${FAKE.github}"\n        DB_PASSWORD: Tr0ub4dor&3\n`), "compose");
    expect(message).toContain("holds a literal GitHub token");
    const all = configMessages(rule, composeArgs(`        LINE: "token ${FAKE.github}"\n        DB_PASSWORD: Tr0ub4dor&3\n`), "compose").join("\n");
    expect(all).not.toContain(FAKE.github.slice(0, 5));
    expect(all).not.toContain("Tr0ub");
  });

  it("honours secretNames", () => {
    const text = composeArgs("        NPM_TOKEN:\n        BUILD_SALT:\n");
    expect(configFindings(rule, text, "compose", { config: { secretNames: { allow: ["NPM_TOKEN"], deny: ["BUILD_SALT"] } } })).toEqual(["7:9-7:19 secretBuildArg"]);
  });
});
