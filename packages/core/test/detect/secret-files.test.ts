import { describe, expect, it } from "vitest";
import { copiedFileKind, isSecretFile, isSecretFilePattern, secretFileKind } from "../../src/detect/secret-files.js";

describe("secretFileKind: docs/spec.md §3.3 secret files", () => {
  it.each<[string, string]>([
    [".env", "dotenv file"],
    ["/app/.env", "dotenv file"],
    ["./config/.env.production", "dotenv file"],
    [".env.local", "dotenv file"],
    [".env.development.local", "dotenv file"],
    [".ENV", "dotenv file"],
    [".npmrc", "npm credentials"],
    ["/root/.npmrc", "npm credentials"],
    [".yarnrc.yml", "Yarn credentials"],
    [".pypirc", "PyPI credentials"],
    [".netrc", "netrc credentials"],
    ["_netrc", "netrc credentials"],
    [".git-credentials", "Git credentials"],
    [".docker/config.json", "Docker credentials"],
    ["/root/.docker/config.json", "Docker credentials"],
    [".dockercfg", "Docker credentials"],
    [".aws/credentials", "cloud credentials"],
    ["/home/app/.aws/credentials", "cloud credentials"],
    [".pgpass", "PostgreSQL password file"],
    [".my.cnf", "MySQL credentials"],
    [".s3cfg", "cloud credentials"],
    [".boto", "cloud credentials"],
    [".cargo/credentials", "Cargo credentials"],
    [".cargo/credentials.toml", "Cargo credentials"],
    ["/usr/local/cargo/.cargo/credentials.toml", "Cargo credentials"],
    [".gem/credentials", "RubyGems credentials"],
    ["auth.json", "Composer credentials"],
    ["/root/.composer/auth.json", "Composer credentials"],
    ["application_default_credentials.json", "cloud credentials"],
    ["/root/.config/gcloud/application_default_credentials.json", "cloud credentials"],
    ["deploy.ppk", "PuTTY private key"],
    [".ssh/id_rsa", "SSH private key"],
    [".ssh/deploy_key", "SSH private key"],
    ["/root/.ssh/github", "SSH private key"],
    ["id_rsa", "SSH private key"],
    ["id_dsa", "SSH private key"],
    ["id_ecdsa", "SSH private key"],
    ["id_ed25519", "SSH private key"],
    ["keys/id_ed25519_sk", "SSH private key"],
    ["server.key", "private key"],
    ["tls/private.key", "private key"],
    ["ca.key", "private key"],
    ["private.pem", "private key"],
    ["privkey.pem", "private key"],
    ["key.pem", "private key"],
    ["ca-key.pem", "private key"],
    ["server.p12", "keystore"],
    ["client.pfx", "keystore"],
    ["release.jks", "keystore"],
    ["app.keystore", "keystore"],
    ["credentials.json", "cloud credentials"],
    ["my-service-account.json", "cloud credentials"],
    ["service-account-key.json", "cloud credentials"],
    ["gcp_service_account.json", "cloud credentials"],
    ["secrets.yml", "secrets file"],
    ["secrets.yaml", "secrets file"],
    ["config/secrets.json", "secrets file"],
    [".htpasswd", "password file"],
    ["kubeconfig", "Kubernetes credentials"],
    [".kube/config", "Kubernetes credentials"],
    ["/root/.kube/config", "Kubernetes credentials"],
    [".vault-token", "Vault token"],
    ["terraform.tfvars", "Terraform variables"],
    ["terraform.tfstate", "Terraform state"],
    ["prod.tfstate", "Terraform state"],
    ["terraform.tfstate.backup", "Terraform state"],
    ["C:\\Users\\app\\.npmrc", "npm credentials"],
  ])("%s → %s", (path, kind) => {
    expect(secretFileKind(path)).toBe(kind);
  });
});

describe("secretFileKind: not secret", () => {
  it.each([
    ".env.example",
    ".env.sample",
    ".env.template",
    ".env.dist",
    ".env.defaults",
    ".env.local.example",
    "/app/.env.production.sample",
    ".envrc",
    "env",
    "server.crt",
    "ca.crt",
    "id_rsa.pub",
    ".ssh/id_ed25519.pub",
    ".ssh/id_rsa-cert.pub",
    "authorized_keys",
    ".ssh/authorized_keys",
    ".ssh/authorized_keys2",
    "known_hosts",
    "/root/.ssh/known_hosts",
    ".ssh/config",
    ".ssh",
    "/root/.ssh/",
    "release-gpg.key",
    "gpg.key",
    "docker-archive-keyring-gpg.key",
    "nodesource-pgp.key",
    "pubkey.pem",
    "pubkey.key",
    "public.key",
    "ca.pem",
    "rootCA.pem",
    "ca-bundle.pem",
    "cert.pem",
    "server-cert.pem",
    "fullchain.pem",
    "chain.pem",
    "public.pem",
    "dhparam.pem",
    // Diffie-Hellman parameters are public (RFC 7919's groups, a dovecot dh.pem).
    "ffdhe4096.pem",
    "target/shared/ffdhe2048.pem",
    "dh.pem",
    "dh2048.pem",
    "dh-params.pem",
    "dhparams.pem",
    "truststore.jks",
    "cacerts.p12",
    "config.json",
    "/app/config.json",
    ".docker/daemon.json",
    ".aws/config",
    "config",
    "credentials",
    "package.json",
    "index.js",
    "Dockerfile",
    "README.md",
    "secrets",
    "secrets/README.md",
    "auth.js",
    "",
    "/",
    ".",
  ])("%j", (path) => {
    expect(secretFileKind(path)).toBeNull();
  });
});

describe("secretFileKind: user lists", () => {
  it.each<[string, { allow?: string[]; deny?: string[] }, string | null]>([
    [".env", { allow: [".env"] }, null],
    ["/app/.env", { allow: [".ENV"] }, null],
    ["/app/.env.production", { allow: [".env.*"] }, null],
    ["/app/.env", { allow: ["app/.env"] }, null],
    ["/srv/.env", { allow: ["app/.env"] }, "dotenv file"],
    ["/app/.env", { allow: ["/app/.env"] }, null],
    ["/srv/app/.env", { allow: ["/app/.env"] }, "dotenv file"],
    ["certs/server.key", { allow: ["certs/**"] }, null],
    ["deploy.secret", { deny: ["*.secret"] }, "configured secret file"],
    ["conf/db.ini", { deny: ["conf/*.ini"] }, "configured secret file"],
    ["other/db.ini", { deny: ["conf/*.ini"] }, null],
    ["a/b/c/token.txt", { deny: ["**/token.txt"] }, "configured secret file"],
    ["token.txt", { deny: ["token.{txt,dat}"] }, "configured secret file"],
    ["token.dat", { deny: ["token.{txt,dat}"] }, "configured secret file"],
    ["token.bin", { deny: ["token.{txt,dat}"] }, null],
    ["key1", { deny: ["key[0-9]"] }, "configured secret file"],
    ["keyx", { deny: ["key[!0-9]"] }, "configured secret file"],
    ["key1", { deny: ["key[!0-9]"] }, null],
    ["a.secret", { deny: ["*.secret"], allow: ["a.secret"] }, null],
    ["index.js", { deny: ["*.secret"] }, null],
    ["file(1).txt", { deny: ["file(1).txt"] }, "configured secret file"],
  ])("%s with %j → %s", (path, lists, kind) => {
    expect(secretFileKind(path, lists)).toBe(kind);
  });
});

describe("isSecretFile", () => {
  it.each<[string, boolean]>([
    [".env", true],
    [".env.example", false],
    ["id_rsa", true],
    ["id_rsa.pub", false],
  ])("%s → %s", (path, expected) => {
    expect(isSecretFile(path)).toBe(expected);
  });
  it("honours the lists", () => {
    expect(isSecretFile(".env", { allow: [".env"] })).toBe(false);
    expect(isSecretFile("vault.bin", { deny: ["vault.bin"] })).toBe(true);
  });
});

describe("copiedFileKind: where a COPY puts a key file", () => {
  it.each<[string, string | null, string | null]>([
    // The Jenkins release key, copied for `gpg --import`.
    ["jenkins.io-2026.key", "/war/jenkins-key.pub", null],
    ["release.key", "/usr/share/keyrings/release.gpg", null],
    ["signing.pem", "/etc/apt/trusted.gpg.d/signing.asc", null],
    ["vendor.key", "/tmp/vendor-pubkey.key", null],
    ["server.key", "/etc/ssl/private/server.key", "private key"],
    ["server.key", null, "private key"],
    ["tls.pem", "/etc/ssl/tls.pem", "private key"],
    // Only the generic extension gives way: a key by its own name stays one.
    ["id_rsa", "/root/.ssh/id_rsa.pub", "SSH private key"],
    [".npmrc", "/app/npmrc.pub", "npm credentials"],
  ])("%j → %j: %j", (source, dest, expected) => {
    expect(copiedFileKind(source, dest)).toBe(expected);
  });

  it("keeps a configured secret whatever the destination", () => {
    expect(copiedFileKind("release.key", "/war/release.pub", { deny: ["release.key"] })).toBe("configured secret file");
  });
});

describe("isSecretFilePattern", () => {
  it.each<[string, boolean]>([
    ["*.pem", true],
    ["**/*.pem", true],
    ["certs/*.pem", true],
    [".env*", true],
    [".env.*", true],
    ["*.key", true],
    ["id_*", true],
    ["*_rsa", true],
    ["*.p12", true],
    ["*.tfvars", true],
    ["*.tfstate", true],
    ["secrets.*", true],
    ["*credentials*", true],
    [".ssh/*", true],
    ["/root/.ssh/id_*", true],
    [".aws/*", true],
    [".kube/*", true],
    [".env", true],
    ["/app/.npmrc", true],
    ["*", false],
    ["**", false],
    ["*.*", false],
    ["*.json", false],
    ["secrets/*.json", false],
    ["*.yml", false],
    ["*.yaml", false],
    ["*.txt", false],
    ["*.cnf", false],
    ["*.crt", false],
    ["*.pub", false],
    [".ssh/*.pub", false],
    [".*", false],
    // docs/spec.md §9: `*.env` is files of type .env (`meta.env`); it reaches `.env` only with an empty `*`.
    ["*.env", false],
    ["library-scripts/*.env", false],
    ["*.npmrc", false],
    // A trailing `*` may be empty: the idiom for an optional file.
    [".npmrc*", true],
    [".yarnrc.yml*", true],
    ["id_rsa*", true],
    [".env.loca?", true],
    ["[.]env", true],
    ["[*]env", false],
    ["*.env*", false],
    ["src/*", false],
    ["src/**", false],
    ["*.js", false],
    ["package*.json", false],
    ["requirements*.txt", false],
    ["index.js", false],
    [".env.example", false],
    ["", false],
  ])("%j → %s", (pattern, expected) => {
    expect(isSecretFilePattern(pattern)).toBe(expected);
  });

  it.each<[string, { allow?: string[]; deny?: string[] }, boolean]>([
    ["*.pem", { allow: ["*.pem"] }, false],
    [".env*", { allow: [".env", ".env.*"] }, false],
    [".env*", { allow: [".env"] }, true],
    ["*.secret", { deny: ["vault.secret"] }, true],
    ["*.secret", {}, false],
  ])("%j with %j → %s", (pattern, lists, expected) => {
    expect(isSecretFilePattern(pattern, lists)).toBe(expected);
  });
});
