import { describe, expect, it } from "vitest";
import { lint } from "../../src/index.js";
import { FAKE, findingsOf, messagesOf, type Expected } from "../helpers.js";

const rule = "no-secret-in-env";
const at = (
  messageId: "secretEnv" | "copiesSecret" | "secretEnvReplaced" | "copiesSecretReplaced",
  line: number,
  column: number,
  endColumn: number,
  severity: Expected["severity"] = "error",
): Expected => ({ messageId, line, column, endLine: line, endColumn, severity });

const seed = [
  "FROM node:20",
  "ARG DATABASE_URL",
  "ARG API_SECRET",
  "ENV DATABASE_URL=${DATABASE_URL}",
  "ENV API_SECRET=${API_SECRET}",
  "RUN npm run migrate",
  "",
].join("\n");

describe(rule, () => {
  it.each<[string, string, Expected[]]>([
    ["the seed article's ARG→ENV trap", seed, [at("copiesSecret", 4, 5, 33), at("copiesSecret", 5, 5, 29)]],
    ["a literal value under a secret name", "FROM a\nENV API_SECRET=not-a-real-value\n", [at("secretEnv", 2, 5, 32)]],
    ["legacy ENV form", "FROM a\nENV API_SECRET not-a-real-value\n", [at("secretEnv", 2, 5, 32)]],
    ["GPG key fingerprint", "FROM a\nENV GPG_KEY=A035C8C19219BA821ECEA86B64E628F8D684696D\n", []],
    ["GPG keys list", "FROM a\nENV GPG_KEYS A035C8C19219BA821ECEA86B64E628F8D684696D 0D96DF4D4110E5C43FBFB17F2D347EA6AA65421D\n", []],
    ["TLS setting", "FROM a\nENV NODE_TLS_REJECT_UNAUTHORIZED=0\n", []],
    ["a path is a reference, not a secret", "FROM a\nENV SECRET_KEY=/run/secrets/key\n", []],
    ["credential config path", "FROM a\nENV DOCKER_CREDENTIAL_CONFIG=/kaniko/.config/gcloud/config.json\n", []],
    ["empty value", "FROM a\nENV NPM_TOKEN=\n", []],
    ["placeholder", "FROM a\nENV API_KEY=changeme\n", []],
    ["a boolean switch under a secret-sounding name", "FROM mysql\nENV MYSQL_ALLOW_EMPTY_PASSWORD=yes MYSQL_RANDOM_ROOT_PASSWORD=1\n", []],
    ["undeclared variable expands to nothing", "FROM a\nENV GITHUB_TOKEN=$GITHUB_TOKEN\n", []],
    ["LABEL that copies a secret ARG", "FROM a\nARG NPM_TOKEN\nLABEL token=$NPM_TOKEN\n", [at("copiesSecret", 3, 7, 23)]],
    [
      "secret carried through another ARG",
      'FROM a\nARG NPM_TOKEN\nARG LINE="//r/:_authToken=${NPM_TOKEN}"\nENV NPMRC=$LINE\n',
      [at("copiesSecret", 4, 5, 16)],
    ],
    [
      "ENV in a builder stage is a warning",
      "FROM a AS builder\nENV API_SECRET=not-a-real-value\nFROM b\n",
      [at("secretEnv", 2, 5, 32, "warning")],
    ],
    ["a hardcoded token is no-hardcoded-secret's finding", `FROM a\nENV GITHUB_TOKEN=${FAKE.github}\n`, []],
    ["connection string without credentials", "FROM a\nENV DATABASE_URL=postgres://db:5432/app\n", []],
    ["hadolint pragma", "FROM a\n# hadolint ignore=DL3064\nENV API_SECRET=not-a-real-value\n", []],
    // Corpus P6: the ARG rule exempts a switch default, and so does the ENV that copies it.
    ["an ENV copying an ARG whose default is a switch", "FROM a\nARG NPM_TOKEN=0\nENV NPM_TOKEN=${NPM_TOKEN}\nRUN make\n", []],
    [
      "a duration under a key's name",
      "FROM a\nARG private_key_rotation_grace_period=0\nENV PRIVATE_KEY_ROTATION_GRACE_PERIOD=${private_key_rotation_grace_period}\n",
      [],
    ],
    ["fills under secret names (corpus P5)", "FROM a\nENV MTP_SECRET=00000000000000000000000000000000 TOKEN=00000000-0000-0000-0000-000000000000 AIO_TOKEN=123456\n", []],
    [
      "ENV copying a secret ARG, replaced later in the stage: the history, not the config",
      "FROM a\nARG NPM_TOKEN\nENV NPM_CONFIG_TOKEN=${NPM_TOKEN}\nRUN npm ci\nENV NPM_CONFIG_TOKEN=\n",
      [at("copiesSecretReplaced", 3, 5, 34)],
    ],
    [
      "a literal under a secret name, replaced later in the stage: the ENV's recorded text",
      "FROM a\nENV API_SECRET=not-a-real-value\nRUN make\nENV API_SECRET=\n",
      [at("secretEnvReplaced", 2, 5, 32)],
    ],
    [
      "replaced in a later stage is still in this stage's config (and in the stage built FROM it)",
      "FROM a AS base\nARG NPM_TOKEN\nENV NPM_CONFIG_TOKEN=${NPM_TOKEN}\nFROM base\nENV NPM_CONFIG_TOKEN=\n",
      [at("copiesSecret", 3, 5, 34)],
    ],
    [
      "the later ENV copies the secret again: the config holds it there",
      "FROM a\nARG NPM_TOKEN\nENV T=${NPM_TOKEN}\nRUN make\nENV T=${NPM_TOKEN}x\n",
      [at("copiesSecretReplaced", 3, 5, 19), at("copiesSecret", 5, 5, 20)],
    ],
    [
      "an ENV copy of a secret ENV, replaced: nothing of its own leaks (the source ENV is reported)",
      "FROM a\nENV API_SECRET=not-a-real-value\nENV COPY_OF=${API_SECRET}\nENV COPY_OF=\n",
      [at("secretEnv", 2, 5, 32)],
    ],
  ])("%s", (_name, code, expected) => {
    expect(findingsOf(rule, code)).toEqual(expected);
  });

  it("names the history for a replaced ENV, with the replacing ENV and the RUNs in between as related locations", () => {
    const code = "FROM a\nARG NPM_TOKEN\nENV NPM_CONFIG_TOKEN=${NPM_TOKEN}\nRUN npm ci\nRUN npm run build\nENV NPM_CONFIG_TOKEN=\nRUN npm prune\n";
    const [finding] = lint(code).findings.filter((f) => f.ruleId === rule);
    expect([finding!.channel, finding!.severity]).toEqual(["history", "error"]);
    expect(finding!.message).toBe(
      "ENV NPM_CONFIG_TOKEN copies the secret NPM_TOKEN in the final image, and the image history keeps it: a later ENV NPM_CONFIG_TOKEN replaces it in the final image config, but each RUN that follows records the build arg NPM_TOKEN (docker history --no-trunc shows it), and so does the build's provenance. Use the secret only inside the RUN that needs it (RUN --mount=type=secret,id=npm_token,env=NPM_TOKEN).",
    );
    expect(finding!.related.map((r) => [r.span.line, r.message])).toEqual([
      [6, "ENV NPM_CONFIG_TOKEN is replaced here: the final image config holds this value instead."],
      [4, "This RUN records the build arg NPM_TOKEN in the image history while ENV NPM_CONFIG_TOKEN holds it."],
      [5, "This RUN records the build arg NPM_TOKEN in the image history while ENV NPM_CONFIG_TOKEN holds it."],
    ]);
    const literal = lint("FROM a\nENV API_SECRET=not-a-real-value\nENV API_SECRET=\n").findings.filter((f) => f.ruleId === rule);
    expect(literal.map((f) => [f.channel, f.message])).toEqual([
      [
        "history",
        "ENV API_SECRET stores a secret in the final image, and the image history keeps it: a later ENV API_SECRET replaces it in the final image config, but the history records this ENV as written (docker history --no-trunc shows its value). Give it only to the RUN that needs it with --mount=type=secret,id=api_secret,env=API_SECRET.",
      ],
    ]);
  });

  it("names the key, the channel and the fix", () => {
    expect(messagesOf(rule, "FROM a\nENV API_SECRET=not-a-real-value\n")).toEqual([
      "ENV API_SECRET stores a secret in the image config in the final image: docker inspect shows it to anyone who can pull the image, and unsetting it in a RUN does not remove it. Give it only to the RUN that needs it with --mount=type=secret,id=api_secret,env=API_SECRET.",
    ]);
    expect(messagesOf(rule, seed)[0]).toBe(
      "ENV DATABASE_URL copies the secret DATABASE_URL into the image config in the final image: docker inspect shows its value. Use the secret only inside the RUN that needs it (RUN --mount=type=secret,id=database_url,env=DATABASE_URL).",
    );
  });
});
