import { describe, expect, it } from "vitest";
import { applyEdits, lint } from "../../src/index.js";
import { FAKE, fakeContext, findingsOf, messagesOf, type Expected } from "../helpers.js";

const rule = "no-secret-file-copy";
const at = (line: number, column: number, endColumn: number, severity: Expected["severity"] = "error", messageId = "copySecretFile"): Expected => ({
  messageId,
  line,
  column,
  endLine: line,
  endColumn,
  severity,
});

describe(rule, () => {
  it.each<[string, string, Expected[]]>([
    ["the seed's COPY .env", "FROM node\nWORKDIR /app\nCOPY .env /app/.env\n", [at(3, 6, 10)]],
    ["a glob that targets keys", "FROM node\nCOPY *.pem /certs/\n", [at(2, 6, 11)]],
    ["ADD of an npmrc", "FROM node\nADD .npmrc /root/\n", [at(2, 5, 11)]],
    ["a nested credentials file", "FROM node\nCOPY config/.aws/credentials /root/.aws/credentials\n", [at(2, 6, 29)]],
    ["second source of several", "FROM node\nCOPY package.json .npmrc ./\n", [at(2, 19, 25)]],
    ["JSON form", 'FROM node\nCOPY [".env", "/app/"]\n', [at(2, 6, 23)]],
    ["a CA certificate is not secret", "FROM node\nCOPY ca.pem /certs/\n", []],
    ["an example env file is not secret", "FROM node\nCOPY .env.example /app/\n", []],
    ["a directory source is the .dockerignore rules' business", "FROM node\nCOPY src/ /app/\n", []],
    ["the whole context is the .dockerignore rules' business", "FROM node\nCOPY . .\n", []],
    ["COPY --from is no-secret-stage-copy's business", "FROM a AS b\nFROM node\nCOPY --from=b /app/.env /app/\n", []],
    ["builder stage: warning", "FROM node AS build\nCOPY .env /app/.env\nFROM alpine\n", [at(2, 6, 10, "warning")]],
    [
      "a heredoc that writes an npmrc",
      "FROM node\nARG NPM_TOKEN\nCOPY <<EOF /root/.npmrc\n//r/:_authToken=${NPM_TOKEN}\nEOF\n",
      [{ messageId: "heredocSecret", line: 3, column: 1, endLine: 5, endColumn: 4, severity: "error" }],
    ],
    ["a heredoc with plain config", "FROM node\nCOPY <<EOF /etc/app.conf\nport=8080\nEOF\n", []],
  ])("%s", (_name, code, expected) => {
    expect(findingsOf(rule, code)).toEqual(expected);
  });

  it("names the file, the layer and the fix", () => {
    expect(messagesOf(rule, "FROM node\nWORKDIR /app\nCOPY .env /app/.env\n")).toEqual([
      "COPY .env puts a secret (dotenv file) into a layer in the final image: docker save exposes it even if a later RUN deletes it. Mount it for the RUN that needs it with RUN --mount=type=secret,id=env,target=/app/.env instead.",
    ]);
  });

  it("suggests a secret mount for COPY .npmrc + npm ci", () => {
    const code = "FROM node\nWORKDIR /app\nCOPY .npmrc /root/.npmrc\nRUN npm ci\n";
    const [finding] = lint(code).findings.filter((f) => f.ruleId === rule);
    expect(applyEdits(code, finding!.suggestions[0]!.changes[0]!.edits)).toBe(
      "# syntax=docker/dockerfile:1\nFROM node\nWORKDIR /app\nRUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci\n",
    );
  });

  it("suggests an SSH mount for COPY id_rsa + git clone", () => {
    const code = "FROM alpine\nCOPY id_rsa /root/.ssh/id_rsa\nRUN apk add git\nRUN git clone git@example.com:org/repo.git\n";
    const [finding] = lint(code).findings.filter((f) => f.ruleId === rule);
    expect(finding!.message).toContain("RUN --mount=type=ssh");
    expect(applyEdits(code, finding!.suggestions[0]!.changes[0]!.edits)).toBe(
      "FROM alpine\nRUN apk add git\nRUN --mount=type=ssh git clone git@example.com:org/repo.git\n",
    );
  });
});

describe(`${rule} message for a glob`, () => {
  it("does not invent a mount id from the glob", () => {
    expect(messagesOf(rule, "FROM node\nCOPY *.pem /certs/\n")).toEqual([
      "COPY *.pem puts a secret (files matching a secret name) into a layer in the final image: docker save exposes it even if a later RUN deletes it. Mount each secret only for the RUN that needs it with RUN --mount=type=secret instead.",
    ]);
  });
});

describe(`${rule} and public key material under a key's name (corpus P4)`, () => {
  it("is silent on a release-signing key copied as *.pub, and on Diffie-Hellman parameters", () => {
    expect(findingsOf(rule, "FROM eclipse-temurin AS jre\nCOPY jenkins.io-2026.key /war/jenkins-key.pub\nRUN gpg --import /war/jenkins-key.pub\n")).toEqual([]);
    expect(findingsOf(rule, "FROM debian\nCOPY target/shared/ffdhe4096.pem /etc/postfix/dhparams.pem\nCOPY target/shared/ffdhe4096.pem /etc/dovecot/dh.pem\n")).toEqual([]);
  });

  it("is silent on a key file whose read content is public armor only, and keeps a private one", () => {
    const pgp = "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmQINBFAKEFAKEFAKE\n-----END PGP PUBLIC KEY BLOCK-----\n";
    const dh = "-----BEGIN DH PARAMETERS-----\nMIIBCAKCAQEAFAKEFAKE\n-----END DH PARAMETERS-----\n";
    const code = "FROM debian\nCOPY release.key /tmp/release.key\n";
    expect(findingsOf(rule, code, { context: fakeContext({ contents: { "release.key": pgp } }) })).toEqual([]);
    expect(findingsOf(rule, "FROM debian\nCOPY params.pem /etc/params.pem\n", { context: fakeContext({ contents: { "params.pem": dh } }) })).toEqual([]);
    const withPrivate = `${dh}-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIFAKE\n-----END EC PRIVATE KEY-----\n`;
    expect(findingsOf(rule, "FROM debian\nCOPY params.pem /etc/params.pem\n", { context: fakeContext({ contents: { "params.pem": withPrivate } }) })).toEqual([at(2, 6, 16)]);
    expect(findingsOf(rule, code, { context: fakeContext({ contents: { "release.key": "not armor\n" } }) })).toEqual([at(2, 6, 17)]);
  });
});

describe(`${rule} for a glob source (docs/spec.md §9)`, () => {
  const metadata = "FROM debian\nCOPY library-scripts/*.sh library-scripts/*.env /tmp/library-scripts/\n";

  it("is silent on `*.env` without a context: it names files of type .env (meta.env), not the dotenv file", () => {
    expect(findingsOf(rule, metadata)).toEqual([]);
  });

  it("is silent on `*.env` with a context that holds only metadata", () => {
    expect(findingsOf(rule, metadata, { context: fakeContext({ secretFiles: [] }) })).toEqual([]);
  });

  it("uses the real files with a context: a secret-name glob that matches none copies nothing secret", () => {
    expect(findingsOf(rule, "FROM node\nCOPY *.pem /certs/\n", { context: fakeContext({ secretFiles: [] }) })).toEqual([]);
    expect(findingsOf(rule, "FROM node\nCOPY package.json .npmrc* ./\n", { context: fakeContext({ secretFiles: [] }) })).toEqual([]);
  });

  it("names the real secret files a secret-name glob matches", () => {
    const options = { context: fakeContext({ secretFiles: ["server.pem", "certs/other.pem"] }) };
    expect(findingsOf(rule, "FROM node\nCOPY *.pem /certs/\n", options)).toEqual([at(2, 6, 11)]);
    expect(messagesOf(rule, "FROM node\nCOPY *.pem /certs/\n", options)).toEqual([
      "COPY *.pem puts a secret (private key: server.pem) into a layer in the final image: docker save exposes it even if a later RUN deletes it. Mount each secret only for the RUN that needs it with RUN --mount=type=secret instead.",
    ]);
  });

  it("reports the optional-file idiom `.npmrc*` by name without a context, and when the file is there", () => {
    const code = "FROM node\nCOPY package.json .npmrc* ./\n";
    expect(findingsOf(rule, code)).toEqual([at(2, 19, 26)]);
    expect(messagesOf(rule, code, { context: fakeContext({ secretFiles: [".npmrc"] }) })).toEqual([
      "COPY .npmrc* puts a secret (npm credentials: .npmrc) into a layer in the final image: docker save exposes it even if a later RUN deletes it. Mount each secret only for the RUN that needs it with RUN --mount=type=secret instead.",
    ]);
  });

  it("drops to a warning when every file it matches holds only references", () => {
    const context = fakeContext({ secretFiles: [".npmrc"], contents: { ".npmrc": "//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n" } });
    expect(findingsOf(rule, "FROM node\nCOPY .npmrc* ./\n", { context })).toEqual([at(2, 6, 13, "warning", "copyReferencesOnly")]);
  });

  it("falls back to the name when the context walk stopped before finding any", () => {
    const context = { ...fakeContext({ secretFiles: [] }), truncated: "The build context walk stopped after 10 entries, at a; files after it were not checked." };
    expect(findingsOf(rule, "FROM node\nCOPY *.pem /certs/\n", { context })).toEqual([at(2, 6, 11)]);
  });

  it("judges an ONBUILD COPY glob by its name: it copies from the child image's context", () => {
    expect(findingsOf(rule, "FROM node\nONBUILD COPY *.pem /certs/\n", { context: fakeContext({ secretFiles: [] }) })).toEqual([at(2, 14, 19)]);
  });
});

describe(`${rule} suggestion and a later delete`, () => {
  it("mounts the secret only for the RUNs before the one that deletes it", () => {
    const code = "FROM node\nCOPY .npmrc /root/.npmrc\nRUN npm ci\nRUN rm /root/.npmrc\nRUN npm run build\n";
    const [finding] = lint(code).findings.filter((f) => f.ruleId === rule);
    expect(applyEdits(code, finding!.suggestions[0]!.changes[0]!.edits)).toBe(
      "# syntax=docker/dockerfile:1\nFROM node\nRUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci\nRUN rm /root/.npmrc\nRUN npm run build\n",
    );
  });
});

describe(`${rule} suggestion in a file with a BOM`, () => {
  it("puts the syntax directive after the BOM", () => {
    const code = "\uFEFFFROM node\nCOPY .npmrc /root/.npmrc\nRUN npm ci\n";
    const [finding] = lint(code).findings.filter((f) => f.ruleId === rule);
    expect(applyEdits(code, finding!.suggestions[0]!.changes[0]!.edits)).toBe(
      "\uFEFF# syntax=docker/dockerfile:1\nFROM node\nRUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci\n",
    );
  });

  describe("with the content of the copied file read", () => {
    const code = "FROM node\nWORKDIR /app\nCOPY .npmrc package.json ./\nRUN npm ci\n";
    const withNpmrc = (text: string) => ({ context: fakeContext({ contents: { ".npmrc": text } }) });

    it("drops to a warning that says why when the file holds only references", () => {
      const options = withNpmrc("//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n");
      expect(findingsOf(rule, code, options)).toEqual([at(3, 6, 12, "warning", "copyReferencesOnly")]);
      expect(messagesOf(rule, code, options)).toEqual([
        "COPY .npmrc puts a secret file (npm credentials) into a layer in the final image, but its content holds only variable references, no literal secret: nothing secret ships today, yet a value written into it later would. Mount it for the RUN that needs it with RUN --mount=type=secret,id=npmrc,target=/app/.npmrc instead.",
      ]);
    });

    it("drops to a warning that says why for an .npmrc of settings only, and a .yarnrc.yml", () => {
      const options = withNpmrc("legacy-peer-deps=true\nengine-strict=true\n");
      expect(findingsOf(rule, code, options)).toEqual([at(3, 6, 12, "warning", "copySettingsOnly")]);
      expect(messagesOf(rule, code, options)).toEqual([
        "COPY .npmrc puts a secret file (npm credentials) into a layer in the final image, but its content holds settings only, no credential: nothing secret ships today, yet a token written into it later would. Mount it for the RUN that needs it with RUN --mount=type=secret,id=npmrc,target=/app/.npmrc instead.",
      ]);
      const yarn = { context: fakeContext({ contents: { ".yarnrc.yml": "nodeLinker: node-modules\nenableScripts: false\n" } }) };
      expect(findingsOf(rule, "FROM node\nCOPY package.json yarn.lock .yarnrc.yml ./\n", yarn)).toEqual([at(2, 29, 40, "warning", "copySettingsOnly")]);
    });

    it("keeps a .env of settings an error: its secrets sit under any name", () => {
      const env = { context: fakeContext({ contents: { ".env": "STRIPE_KEY=Fake-Qz8r-Vw3t9\nPORT=3000\n" } }) };
      expect(findingsOf(rule, "FROM node\nCOPY .env ./\n", env)).toEqual([at(2, 6, 10)]);
    });

    it("stays an error for a literal token", () => {
      expect(findingsOf(rule, code, withNpmrc(`//registry.npmjs.org/:_authToken=${FAKE.npm}\n`))).toEqual([at(3, 6, 12)]);
    });

    it("keeps the mount suggestion either way", () => {
      const single = "FROM node\nWORKDIR /app\nCOPY .npmrc ./\nRUN npm ci\n";
      const [finding] = lint(single, withNpmrc("//r/:_authToken=${NPM_TOKEN}\n")).findings.filter((f) => f.ruleId === rule);
      expect(finding!.severity).toBe("warning");
      expect(finding!.suggestions.map((s) => s.description)).toEqual(["Mount .npmrc as a secret (--mount=type=secret,id=npmrc,target=/app/.npmrc) instead of copying it"]);
    });
  });
});
