import { describe, expect, it } from "vitest";
import { compileGlob, MAX_BRACE_ALTERNATIVES } from "../../src/util/glob.js";

describe("compileGlob", () => {
  it.each([
    ["*.pem", "server.pem", true],
    ["*.pem", "certs/server.pem", false],
    ["certs/*.pem", "certs/server.pem", true],
    ["?.txt", "a.txt", true],
    ["?.txt", "/.txt", false],
    ["[abc].txt", "b.txt", true],
    ["[!abc].txt", "b.txt", false],
    ["[^abc].txt", "d.txt", true],
    ["[a-c]x", "bx", true],
    ["[a-c]x", "dx", false],
    ["[/]x", "/x", false],
    ["\\*.txt", "*.txt", true],
    ["\\*.txt", "a.txt", false],
    ["**", "a/b/c", true],
    ["**/x", "x", true],
    ["**/x", "a/b/x", true],
    ["a/**/b", "a/b", true],
    ["a/**/b", "a/x/y/b", true],
    ["a/**/b", "a/xb", false],
    ["a/**", "a/b/c", true],
    ["a/**", "a", false],
    ["a**b", "a/x/b", true],
    ["app/.env*", "app/.env.local", true],
    ["[z-a]", "q", false],
    ["[unterminated", "[unterminated", false],
    ["trailing\\", "trailing\\", false],
  ])("%s against %s: %s", (glob, path, expected) => {
    expect(compileGlob(glob).test(path)).toBe(expected);
  });

  it("reads {a,b} only when asked", () => {
    expect(compileGlob("*.{yml,yaml}", { braces: true }).test("app.yaml")).toBe(true);
    expect(compileGlob("*.{yml,yaml}", { braces: true }).test("app.json")).toBe(false);
    expect(compileGlob("{a,{b,c}}/x", { braces: true }).test("c/x")).toBe(true);
    expect(compileGlob("*.{yml,yaml}").test("app.yaml")).toBe(false);
    expect(compileGlob("*.{yml,yaml}").test("app.{yml,yaml}")).toBe(true);
  });

  it("keeps braces literal when they would expand past the cap", () => {
    const many = "{a,b}".repeat(7); // 2^7 = 128 > 64
    expect(2 ** 7).toBeGreaterThan(MAX_BRACE_ALTERNATIVES);
    expect(compileGlob(many, { braces: true }).test("abababa")).toBe(false);
    expect(compileGlob(many, { braces: true }).test(many)).toBe(true);
  });

  it("compares case-insensitively when asked", () => {
    expect(compileGlob("*.PEM", { caseInsensitive: true }).test("Server.pem")).toBe(true);
    expect(compileGlob("*.PEM").test("Server.pem")).toBe(false);
  });

  it("matches a backtracking-hostile pattern against a long name in linear time", { timeout: 2_000 }, () => {
    // A backtracking RegExp takes minutes here (8 stars on 40 characters took 9.9 s).
    const hostile = `${"*a".repeat(40)}*b`;
    const name = "a".repeat(10_000);
    expect(compileGlob(hostile).test(name)).toBe(false);
    expect(compileGlob(hostile, { braces: true, caseInsensitive: true }).test(`/${name}`)).toBe(false);
    expect(compileGlob(hostile).test(`${"a".repeat(80)}b`)).toBe(true);
  });
});
