import { describe, expect, it } from "vitest";
import { redact, redactText } from "../src/redact.js";

// Secret-shaped values are assembled from obviously fake parts.
const fakeGithub = "ghp_" + "FAKE".repeat(9);
const fakeNpm = "npm_" + "TEST0123".repeat(5).slice(0, 36);

describe("redact", () => {
  it.each<[string, string]>([
    ["", "…"],
    ["a", "…"],
    ["ab", "a…"],
    ["abc", "a…"],
    ["abcd", "ab…"],
    ["abcde", "ab…"],
    ["abcdef", "abc…"],
    ["abcdefg", "abc…"],
    ["abcdefgh", "abcd…"],
    [fakeGithub, "ghp_…"],
    ["sk_" + "live_" + "FAKE".repeat(6), "sk_l…"],
    ["🔑🔑🔑🔑🔑🔑🔑🔑🔑🔑", "🔑🔑🔑🔑…"],
    ["a🔑", "a…"],
  ])("redact(%j) = %j", (secret, expected) => {
    expect(redact(secret)).toBe(expected);
  });
});

describe("redactText", () => {
  it.each<[string, string, string[], string]>([
    ["no secrets", "ARG NPM_TOKEN carries a secret.", [], "ARG NPM_TOKEN carries a secret."],
    ["one secret", "value FakeSecretValue here", ["FakeSecretValue"], "value Fake… here"],
    ["every occurrence", "x=FakeValue1 y=FakeValue1", ["FakeValue1"], "x=Fake… y=Fake…"],
    ["several secrets", "a=FakeValue1 b=OtherFake22", ["FakeValue1", "OtherFake22"], "a=Fake… b=Othe…"],
    ["a secret inside a longer one, listed first", "v=FakeValue1234", ["Fake", "FakeValue1234"], "v=Fa…"],
    ["a secret inside a longer one, listed last", "v=FakeValue1234", ["FakeValue1234", "Fake"], "v=Fa…"],
    ["overlapping secrets", "v=abcdefghij", ["abcdefgh", "efghij"], "v=abcd…"],
    ["a short secret never shows whole", "pw=abc!", ["abc"], "pw=a…!"],
    ["empty secrets are ignored", "text", [""], "text"],
    ["duplicate secrets", "v=FakeValue1", ["FakeValue1", "FakeValue1"], "v=Fake…"],
    ["a detected token", `token ${fakeGithub} leaked`, [], "token ghp_… leaked"],
    ["a detected token and a listed secret", `${fakeNpm} and FakeValue1`, ["FakeValue1"], "npm_… and Fake…"],
    ["a listed secret that is also detected", `t=${fakeGithub}`, [fakeGithub], "t=ghp_…"],
    ["a detected URL password", "postgres://app:FakeDbPw1@db/app", [], "postgres://app:Fake…@db/app"],
    ["adjacent secrets stay separate", "FakeOne1FakeTwo2", ["FakeOne1", "FakeTwo2"], "Fake…Fake…"],
  ])("%s", (_label, text, secrets, expected) => {
    expect(redactText(text, secrets)).toBe(expected);
  });

  it("never leaves more than 4 characters of any secret", () => {
    const secrets = ["FakeValue1", "alue1Tail", "Value", fakeGithub];
    const text = `a FakeValue1Tail b ${fakeGithub} c Value d`;
    const redacted = redactText(text, secrets);
    for (const secret of secrets) expect(redacted).not.toContain(secret.slice(0, 5));
  });
});
