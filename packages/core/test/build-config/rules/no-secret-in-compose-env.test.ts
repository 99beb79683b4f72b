import { describe, expect, it } from "vitest";
import type { EnvFileContent, EnvFileRef } from "../../../src/build-config/index.js";
import { configFindings, configMessages, FAKE } from "../helpers.js";

const rule = "no-secret-in-compose-env";
const env = (entries: string, section = "environment") => `services:\n  db:\n    image: postgres:16\n    ${section}:\n${entries}`;

describe(rule, () => {
  it.each<[string, string, string[]]>([
    ["a literal token in the map form", env(`      GITHUB_TOKEN: ${FAKE.github}\n`), ["5:7-5:19 secretEnvironment"]],
    ["a literal token in the list form", env(`      - GITHUB_TOKEN=${FAKE.github}\n`), ["5:9-5:21 secretEnvironment"]],
    ["a real-looking literal under a secret name", env("      DB_PASSWORD: Tr0ub4dor&3\n      API_SECRET: FmTKs5vX52ufKR1rd8tn4MoSP7zvCJwb\n"), ["5:7-5:18 secretEnvironment", "6:7-6:17 secretEnvironment"]],
    ["${} interpolation is clean", env("      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}\n      API_KEY: ${API_KEY:-}\n"), []],
    ["a real-looking default of an interpolation is not", env("      SECRET_KEY: ${SECRET_KEY:-60gp0byfz2dvffa45cxl20p1scy9xbpf6d8c5y0geejgkyp1b5}\n"), ["5:7-5:17 secretEnvironment"]],
    [
      "placeholder and sample passwords of official samples",
      env("      POSTGRES_PASSWORD: example\n      MYSQL_ROOT_PASSWORD: changeme\n      PGPASSWORD: mysecretpassword\n      REDIS_PASSWORD: secret\n      DB_PASSWORD: postgres\n      ADMIN_PASSWORD: P@ssw0rd\n"),
      [],
    ],
    ["a password equal to the user name beside it", env("      MYSQL_USER: passbolt\n      MYSQL_PASSWORD: P4ssb0lt\n"), []],
    ["a value the file says to change", env("      MINIO_ROOT_PASSWORD: XscUJuDQP4WuWA55vfXNrc7 # change this\n"), []],
    ["a sample connection string", env("      DATABASE_URL: postgresql://app:app@db:5432/app\n"), []],
    ["a connection string with a real password", env("      DATABASE_URL: postgresql://app:FmTKs5vX52ufKR1rd8tn4MoSP7zvCJwb@db/app\n"), ["5:7-5:19 secretEnvironment"]],
    ["a value that reads a secret file", env("      POSTGRES_PASSWORD_FILE: /run/secrets/db_password\n"), []],
    ["labels: a literal token", env(`      - "ci.token=${FAKE.github}"\n`, "labels"), ["5:10-5:18 secretLabel"]],
    ["labels: configuration under secret-looking keys", env("      traefik.http.middlewares.a.forwardAuth.authResponseHeaders: Remote-User,Remote-Groups\n      traefik.http.middlewares.a.forwardAuth.address: http://authelia:9091/api/verify\n", "labels"), []],
  ])("%s", (_name, text, expected) => {
    expect(configFindings(rule, text, "compose")).toEqual(expected);
  });

  it("reports an entry merged into several services once, naming them", () => {
    const text = `x-env: &env\n  API_TOKEN: ${FAKE.github}\nservices:\n  api:\n    environment:\n      <<: *env\n  worker:\n    environment:\n      <<: *env\n`;
    expect(configFindings(rule, text, "compose")).toEqual(["2:3-2:12 secretEnvironment"]);
    expect(configMessages(rule, text, "compose")[0]).toContain("Environment variable API_TOKEN of services api, worker holds a literal GitHub token");
  });

  it("names the key, the services, the channel and the fix, and never the value", () => {
    const messages = configMessages(rule, `services:\n  web:\n    environment:\n      GITHUB_TOKEN: ${FAKE.github}\n    build:\n      context: .\n      labels:\n        api.key: ${FAKE.npm}\n`, "compose");
    expect(messages).toEqual([
      "Environment variable GITHUB_TOKEN of service web holds a literal GitHub token: it is stored in the container's config, which anyone who can run docker inspect on the container reads, and in every clone of this file. Give it to the service as a compose secret (secrets:, mounted under /run/secrets/) or an orchestrator secret, or interpolate it from an environment that is not committed (${GITHUB_TOKEN}).",
      "Build label api.key of service web holds a literal npm token: labels are stored in the image's config, which anyone who can run docker inspect reads, and in every clone of this file. Keep secrets out of labels: give the service a compose secret (secrets:, mounted under /run/secrets/) or an orchestrator secret.",
    ]);
    expect(messages.join("\n")).not.toContain("FAKEFAKE");
  });

  describe("env_file", () => {
    const text = "services:\n  app:\n    env_file:\n      - .env\n      - config/app.env\n";
    const files = (contents: Record<string, EnvFileContent>) => (ref: EnvFileRef) => contents[ref.path];

    it("reports a committed env file that sets literal secrets, at the entry", () => {
      const envFile = files({
        ".env": { text: `# app\nexport GITHUB_TOKEN=${FAKE.github}\nDB_PASSWORD='Tr0ub4dor&3'\nNODE_ENV=production\nAPI_KEY=\${API_KEY}\n`, committed: true },
        "config/app.env": { text: "DB_PASSWORD=example\n", committed: true },
      });
      expect(configFindings(rule, text, "compose", { envFile })).toEqual(["4:9-4:13 committedEnvFile"]);
      expect(configMessages(rule, text, "compose", { envFile })).toEqual([
        "Compose env_file .env of service app is committed and sets GITHUB_TOKEN, DB_PASSWORD to literal secrets: every clone of the repository has them, and they are stored in the container's config, which anyone who can run docker inspect reads. Remove the file from the repository (commit an example file instead) and give the service compose secrets (secrets:, mounted under /run/secrets/) or an orchestrator secret.",
      ]);
    });

    it("is silent for an env file git ignores, one it cannot read, and one without literal secrets", () => {
      expect(configFindings(rule, text, "compose", { envFile: files({ ".env": { text: `GITHUB_TOKEN=${FAKE.github}\n`, committed: false } }) })).toEqual([]);
      expect(configFindings(rule, text, "compose", { envFile: () => undefined })).toEqual([]);
      expect(configFindings(rule, text, "compose", { envFile: files({ ".env": { text: "POSTGRES_PASSWORD=postgres\nTOKEN=${TOKEN}\n", committed: true } }) })).toEqual([]);
    });
  });
});
