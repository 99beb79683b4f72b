import { describe, expect, it } from "vitest";
import { classifySecretName, isSecretName, splitNameWords } from "../../src/detect/secret-names.js";

describe("splitNameWords", () => {
  it.each<[string, string[]]>([
    ["NPM_TOKEN", ["npm", "token"]],
    ["githubToken", ["github", "token"]],
    ["APIKey", ["api", "key"]],
    ["APIKEY", ["apikey"]],
    ["apiKey", ["api", "key"]],
    ["myAPIKey2", ["my", "api", "key", "2"]],
    ["PYTHON_SHA256", ["python", "sha", "256"]],
    ["sha256sum", ["sha", "256", "sum"]],
    ["v2Token", ["v", "2", "token"]],
    ["KEYSIZE", ["keysize"]],
    ["docker-auth.version", ["docker", "auth", "version"]],
    ["__A__b__", ["a", "b"]],
    ["HTTPServerURL", ["http", "server", "url"]],
    ["", []],
    ["___", []],
  ])("%j → %j", (name, words) => {
    expect(splitNameWords(name)).toEqual(words);
  });
});

describe("classifySecretName", () => {
  describe("docs/spec.md §3.1 examples: secret", () => {
    it.each([
      "NPM_TOKEN",
      "API_SECRET",
      "GITHUB_TOKEN",
      "AWS_ACCESS_KEY_ID",
      "SSH_PRIVATE_KEY",
      "DB_PASS",
      "githubToken",
      "ARTIFACTORY_PSW",
      "LICENSE_KEY",
      "KEY",
    ])("%s", (name) => {
      expect(classifySecretName(name)).toBe("secret");
    });
  });

  describe("docs/spec.md §3.1 examples: not secret", () => {
    it.each([
      "GPG_KEY",
      "GPG_KEYS",
      "PUBLIC_KEY",
      "SSH_PUBLIC_KEY",
      "TOKEN_URL",
      "SECRET_FILE",
      "PASSWORD_MIN_LENGTH",
      "SSH_AUTH_SOCK",
      "NODE_TLS_REJECT_UNAUTHORIZED",
      "KMS_KEY_ALIAS",
      "KEY_NAME",
      "SECRETLINT_VERSION",
      "DOCKER_AUTH_VERSION",
      "KEYSIZE",
      "AUTH_MODULE_VERSION",
      "SSH_KEY_DIR",
    ])("%s", (name) => {
      expect(classifySecretName(name)).toBeNull();
    });
  });

  describe("more secret names", () => {
    it.each([
      "MYSQL_ROOT_PASSWORD",
      "POSTGRES_PASSWORD",
      "NPM_AUTH_TOKEN",
      "apiKey",
      "API_KEY",
      "APIKEY",
      "SECRET_KEY_BASE",
      "BASIC_AUTH",
      "DOCKER_PASSWORD",
      "PRIVATEKEY",
      "GPG_PASSPHRASE",
      "AWS_SECRET_ACCESS_KEY",
      "aws.secretAccessKey",
      "deploy-key",
      "API_KEYS",
      "PGPASSWORD",
      "MYSQL_PWD",
      "DB_PASSWD",
      "REGISTRY_CREDS",
      "GOOGLE_CREDENTIALS",
      "AZURE_CREDENTIAL",
      "PUBLISH_TOKEN",
    ])("%s", (name) => {
      expect(classifySecretName(name)).toBe("secret");
    });
  });

  describe("each secret word", () => {
    it.each([
      "secret",
      "token",
      "password",
      "passwd",
      "passphrase",
      "pwd",
      "psw",
      "pass",
      "apikey",
      "credential",
      "credentials",
      "creds",
      "auth",
      "privatekey",
    ])("APP_%s", (word) => {
      expect(classifySecretName(`APP_${word.toUpperCase()}`)).toBe("secret");
    });
  });

  describe("key after each listed word", () => {
    it.each([
      "private",
      "secret",
      "access",
      "api",
      "signing",
      "encryption",
      "master",
      "ssh",
      "deploy",
      "client",
      "license",
      "account",
      "service",
    ])("%s_key is secret", (word) => {
      expect(classifySecretName(`${word}_key`)).toBe("secret");
    });
    it.each(["KMS_KEY", "CACHE_KEY", "PARTITION_KEY", "GPG_KEY", "KEY_NAME", "SORT_KEY"])("%s is not secret", (name) => {
      expect(classifySecretName(name)).toBeNull();
    });
  });

  describe("a qualifier after the last secret word", () => {
    it.each([
      "file",
      "path",
      "dir",
      "directory",
      "url",
      "uri",
      "endpoint",
      "host",
      "hostname",
      "port",
      "name",
      "id",
      "alias",
      "version",
      "length",
      "len",
      "size",
      "min",
      "max",
      "count",
      "type",
      "kind",
      "mode",
      "format",
      "algorithm",
      "header",
      "field",
      "param",
      "prompt",
      "policy",
      "enabled",
      "disabled",
      "required",
      "expiry",
      "expires",
      "ttl",
      "timeout",
      "lifetime",
      "sock",
      "socket",
      "server",
      "location",
      "config",
    ])("TOKEN_%s is not secret", (qualifier) => {
      expect(classifySecretName(`TOKEN_${qualifier.toUpperCase()}`)).toBeNull();
    });
    it.each<[string, "secret" | null]>([
      ["AWS_ACCESS_KEY_ID", "secret"],
      ["aws_access_key_id", "secret"],
      ["awsAccessKeyId", "secret"],
      ["AWS_ACCESS_KEY_ID_FILE", null],
      ["ACCESS_TOKEN_ID", null],
      ["SECRET_KEY_ID", null],
      ["TOKEN_FILE_PASSWORD", "secret"],
      ["PASSWORD_FILE_CONTENT", null],
      ["VAULT_TOKEN_TTL", null],
    ])("%s → %s", (name, expected) => {
      expect(classifySecretName(name)).toBe(expected);
    });
  });

  describe("names from official Docker images that are not secret", () => {
    it.each([
      "GPG_KEY",
      "GPG_KEYS",
      "PYTHON_GPG_KEY",
      "PGP_KEY",
      "NODE_VERSION",
      "YARN_VERSION",
      "PYTHON_SHA256",
      "GOLANG_SHA256",
      "PHP_SHA256",
      "KEYSERVER",
      "GPG_KEYSERVER",
      "KEYRING",
      "NODE_TLS_REJECT_UNAUTHORIZED",
      "MYSQL_MAJOR",
      "REDIS_DOWNLOAD_SHA",
      "REDIS_DOWNLOAD_URL",
      "PASSWORD_MIN_LENGTH",
      "SSH_AUTH_SOCK",
      "POSTGRES_PASSWORD_FILE",
      "MYSQL_ROOT_PASSWORD_FILE",
      "KEY_NAME",
      "KMS_KEY_ALIAS",
      "KEYSIZE",
      "PASSENGER_VERSION",
      "BYPASS",
      "COMPASS_HOME",
      "AUTHOR",
      "AUTHORS_FILE",
      "TOKENIZERS_PARALLELISM",
      "PASSWORDLESS",
      "PWD",
      "OLDPWD",
      "PUB_KEY",
      "SSH_PUBKEY",
      "PUBLIC_TOKEN",
      "PGDATA",
      "GOSU_VERSION",
      "PATH",
      "HOME",
      "LANG",
    ])("%s", (name) => {
      expect(classifySecretName(name)).toBeNull();
    });
  });

  describe("connection-string names", () => {
    it.each([
      "DATABASE_URL",
      "DB_URL",
      "DSN",
      "SENTRY_DSN",
      "MONGO_URI",
      "MONGO_URL",
      "MONGODB_URI",
      "REDIS_URL",
      "AMQP_URL",
      "POSTGRES_URL",
      "POSTGRESQL_URL",
      "PG_URI",
      "MYSQL_URL",
      "CONNECTION_STRING",
      "CONN_STR",
      "connectionString",
      "APP_DATABASE_URL",
      "databaseUrl",
    ])("%s", (name) => {
      expect(classifySecretName(name)).toBe("connection-string");
    });
    it.each(["REDIS_HOST", "REDIS_DOWNLOAD_URL", "MONGO_VERSION", "DATABASE_NAME", "PG_MAJOR", "DSN_FILE"])(
      "%s is not a connection string",
      (name) => {
        expect(classifySecretName(name)).not.toBe("connection-string");
      },
    );
  });

  describe("user lists", () => {
    it.each<[string, { allow?: string[]; deny?: string[] }, "secret" | "connection-string" | null]>([
      ["NPM_TOKEN", { allow: ["npm_token"] }, null],
      ["DATABASE_URL", { allow: ["DATABASE_URL"] }, null],
      ["BUILD_SALT", { deny: ["build_salt"] }, "secret"],
      ["BUILD_SALT", { deny: ["BUILD_SALT"], allow: ["Build_Salt"] }, null],
      ["GPG_KEY", { deny: ["GPG_KEY"] }, "secret"],
      ["BUILD_SALT", { deny: ["BUILD_SALT_2"] }, null],
      ["NPM_TOKEN", { allow: ["NPM"] }, "secret"],
      ["NPM_TOKEN", {}, "secret"],
    ])("%s with %j → %s", (name, lists, expected) => {
      expect(classifySecretName(name, lists)).toBe(expected);
    });
  });

  it.each(["", "_", "123", "-"])("degenerate name %j is not secret", (name) => {
    expect(classifySecretName(name)).toBeNull();
  });
});

describe("isSecretName", () => {
  it.each<[string, boolean]>([
    ["NPM_TOKEN", true],
    ["DATABASE_URL", false],
    ["GPG_KEY", false],
    ["KEY", true],
  ])("%s → %s", (name, expected) => {
    expect(isSecretName(name)).toBe(expected);
  });
  it("honours the lists", () => {
    expect(isSecretName("NPM_TOKEN", { allow: ["NPM_TOKEN"] })).toBe(false);
    expect(isSecretName("SALT", { deny: ["salt"] })).toBe(true);
  });
});

describe("durations that hold no credential (beyond the qualifier list of docs/spec.md §3.1; corpus P6)", () => {
  it.each(["PRIVATE_KEY_ROTATION_GRACE_PERIOD", "private_key_rotation_grace_period", "TOKEN_REFRESH_INTERVAL", "SESSION_TOKEN_DURATION", "AUTH_RETRY_DELAY", "API_KEY_EXPIRY_DAYS", "PASSWORD_RESET_HOURS", "tokenTtlSeconds", "SECRET_ROTATION_MINUTES"])(
    "%s is not secret",
    (name) => {
      expect(classifySecretName(name)).toBeNull();
    },
  );
  it.each(["PERIOD_TOKEN", "INTERVAL_SECRET", "DAYS_PASSWORD", "PRIVATE_KEY"])("%s is still secret", (name) => {
    expect(classifySecretName(name)).toBe("secret");
  });
});

describe("authentication settings that hold no credential (beyond the qualifier list of docs/spec.md §3.1)", () => {
  it.each(["POSTGRES_HOST_AUTH_METHOD", "AUTH_PROVIDER", "CARGO_REGISTRIES_ACME_CREDENTIAL_PROVIDER", "AUTH_STRATEGY", "AUTH_SCHEME", "DEFAULT_AUTH_PLUGIN", "AUTH_REALM"])(
    "%s is not secret",
    (name) => {
      expect(classifySecretName(name)).toBeNull();
    },
  );
  it.each(["AUTH_METHOD_SECRET", "PROVIDER_TOKEN"])("%s is still secret", (name) => {
    expect(classifySecretName(name)).toBe("secret");
  });
});
