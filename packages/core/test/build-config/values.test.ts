import { describe, expect, it } from "vitest";
import {
  buildArgSecretReason,
  githubExpressions,
  interpolations,
  isRealSecretLiteral,
  isSampleCredential,
  literalSecretsIn,
  readValue,
  splitFields,
} from "../../src/build-config/values.js";
import type { Span } from "../../src/index.js";
import { FAKE } from "./helpers.js";

const SPAN: Span = { start: 0, end: 0, line: 1, column: 1, endLine: 1, endColumn: 1 };

describe("githubExpressions", () => {
  it("finds each ${{ }} with what it refers to", () => {
    const text = "a ${{ secrets.NPM_TOKEN }} b ${{ vars.REGISTRY }} ${{ env.TOKEN || github.token }} ${{ steps.app.outputs.token }} ${{ secrets['MY-KEY'] }} ${{ github.sha }}";
    expect(githubExpressions(text).map((e) => [text.slice(e.start, e.end), e.references.map((r) => `${r.kind}:${r.name}`)])).toEqual([
      ["${{ secrets.NPM_TOKEN }}", ["secret:NPM_TOKEN"]],
      ["${{ vars.REGISTRY }}", ["variable:REGISTRY"]],
      ["${{ env.TOKEN || github.token }}", ["environment:TOKEN", "secret:GITHUB_TOKEN"]],
      ["${{ steps.app.outputs.token }}", ["expression:token"]],
      ["${{ secrets['MY-KEY'] }}", ["secret:MY-KEY"]],
      ["${{ github.sha }}", []],
    ]);
  });

  it("skips an unterminated expression and stays linear on a long run of openers", () => {
    expect(githubExpressions("${{ secrets.A")).toEqual([]);
    expect(githubExpressions("${{".repeat(50_000))).toEqual([]);
  });
});

describe("interpolations", () => {
  it.each<[string, string[], string[]]>([
    ["${A}", ["A"], []],
    ["$A-$B", ["A", "B"], []],
    ["$$A", [], []],
    ["${A:-fallback}", ["A"], ["fallback"]],
    ["${A-x}${B:=y}", ["A", "B"], ["x", "y"]],
    ["${A:-${B:-deep}}", ["A", "B"], ["deep"]],
    ["${A:?must be set}", ["A"], []],
    ["${A:+alt}", ["A"], []],
    ["${{ not compose }}", [], []],
    ["${1} ${", [], []],
  ])("%s", (text, names, defaults) => {
    const found = interpolations(text);
    expect([found.references.map((r) => r.name), found.defaults]).toEqual([names, defaults]);
  });
});

describe("splitFields", () => {
  it("splits buildx CSV fields, quotes protecting commas", () => {
    expect(splitFields('type=registry,"ref=a,b",mode=max, bare').map((f) => [f.key, f.value])).toEqual([
      ["type", "registry"],
      ["ref", "a,b"],
      ["mode", "max"],
      ["bare", ""],
    ]);
  });
});

describe("sample credentials and real literals", () => {
  // Official samples and the docker/awesome-compose files use these: not reported.
  it.each([
    "example",
    "example_123",
    "changeme",
    "secret",
    "password",
    "mysecretpassword",
    "my-secret-pw",
    "P@ssw0rd",
    "p455w0rd",
    "postgres",
    "wordpress",
    "somewordpress",
    "whalehello",
    "Admin123",
    "DatabasePassword1234",
    "MySecureLoginPassword",
    "pls-changeme-to-strong-pw",
    "ChooseYourOwnPasswordHere1234",
    "SuperDuperAdminPW",
    "t0p-s3cr3t",
    "broker-keystore-credentials",
    "http://authelia:9091/api/verify",
    "Remote-User,Remote-Groups",
    "/run/secrets/db_password",
    "yes",
    "",
  ])("%s is not a real secret literal", (value) => {
    expect(isRealSecretLiteral(value)).toBe(false);
  });

  it.each(["FmTKs5vX52ufKR1rd8tn4MoSP7zvCJwb", "46ae96b5c068058a3dbe3235966f157f", "0d5e0e73-96f7-4936-b125-e8f5f2296b08", "Tr0ub4dor&3", "9MLSpPmNt", "ieZaid9soh"])(
    "%s is a real secret literal",
    (value) => {
      expect(isRealSecretLiteral(value)).toBe(true);
    },
  );

  it("takes a value that repeats a known word of its surroundings (the user name beside it) as a sample", () => {
    expect(isSampleCredential("P4ssb0lt")).toBe(false);
    expect(isSampleCredential("P4ssb0lt", new Set(["passbolt"]))).toBe(true);
    expect(isRealSecretLiteral("P4ssb0lt", new Set(["passbolt"]))).toBe(false);
  });

  it("keeps token formats whatever they look like, and a URL password only when it is real", () => {
    expect(literalSecretsIn(`x ${FAKE.github}`).map((l) => l.kind)).toEqual(["GitHub token"]);
    expect(literalSecretsIn("postgresql://umami:umami@db:5432/umami")).toEqual([]);
    expect(literalSecretsIn("postgresql://app:FmTKs5vX52ufKR1rd8tn4MoSP7zvCJwb@db/app")).toEqual([{ kind: "URL credentials", secret: "FmTKs5vX52ufKR1rd8tn4MoSP7zvCJwb" }]);
  });
});

describe("buildArgSecretReason", () => {
  const compose = (text: string | null) => readValue(text, SPAN, { github: false, interpolation: "compose" });
  const github = (text: string | null) => readValue(text, SPAN, { github: true, interpolation: "none" });

  it.each<[string, string, ReturnType<typeof compose>, string | null]>([
    ["a secret reference", "GH", github("${{ secrets.GH_TOKEN }}"), "secret-reference:GH_TOKEN"],
    ["a secret-named variable", "GH", compose("${GH_TOKEN}"), "secret-variable:GH_TOKEN"],
    ["a connection string from the environment", "DB", compose("${DATABASE_URL}"), "secret-variable:DATABASE_URL"],
    ["a literal token", "LINE", compose(`//registry.npmjs.org/:_authToken=${FAKE.npm}`), "literal:npm token"],
    ["a secret name from the environment (no value)", "NPM_TOKEN", compose(null), "name"],
    ["a secret name set from a harmless variable", "NPM_TOKEN", compose("${VALUE}"), "name"],
    ["a secret name with a real literal", "DB_PASSWORD", compose("Tr0ub4dor&3"), "name"],
    ["a secret name with a placeholder", "DB_PASSWORD", compose("example"), null],
    ["a secret name set to an empty string", "NPM_TOKEN", compose(""), null],
    ["a boolean switch", "MYSQL_ALLOW_EMPTY_PASSWORD", compose("yes"), null],
    ["a harmless name and value", "NODE_VERSION", compose("20"), null],
    ["a configuration variable of a harmless name", "REGISTRY", github("${{ vars.REGISTRY }}"), null],
    ["a connection string literal without credentials", "DATABASE_URL", compose("postgres://db:5432/app"), null],
  ])("%s", (_name, name, value, expected) => {
    const reason = buildArgSecretReason(name, value, undefined);
    const summary =
      reason === null
        ? null
        : reason.kind === "secret-reference" || reason.kind === "secret-variable"
          ? `${reason.kind}:${reason.name}`
          : reason.kind === "literal"
            ? `literal:${reason.secretKind}`
            : reason.kind;
    expect(summary).toBe(expected);
  });

  it("honours secretNames allow and deny", () => {
    expect(buildArgSecretReason("NPM_TOKEN", compose(null), { allow: ["NPM_TOKEN"] })).toBeNull();
    expect(buildArgSecretReason("BUILD_SALT", compose(null), { deny: ["BUILD_SALT"] })).toEqual({ kind: "name", secrets: [] });
  });
});
