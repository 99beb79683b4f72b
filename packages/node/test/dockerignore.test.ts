import { describe, expect, it } from "vitest";
import { compileDockerignore, MAX_IGNORE_PATTERNS } from "../src/index.js";

type Case = readonly [patterns: readonly string[], path: string, excluded: boolean];

function excluded(patterns: readonly string[], path: string): boolean {
  return compileDockerignore(patterns.join("\n")).isExcluded(path);
}

describe("compileDockerignore: Docker's documented examples", () => {
  // docs.docker.com, "Build context" → ".dockerignore files".
  const cases: readonly Case[] = [
    [["# comment", "*/temp*", "*/*/temp*", "temp?"], "somedir/temporary.txt", true],
    [["# comment", "*/temp*", "*/*/temp*", "temp?"], "somedir/temp", true],
    [["# comment", "*/temp*", "*/*/temp*", "temp?"], "somedir/temp/inside.txt", true],
    [["# comment", "*/temp*", "*/*/temp*", "temp?"], "somedir/subdir/temporary.txt", true],
    [["# comment", "*/temp*", "*/*/temp*", "temp?"], "tempa", true],
    [["# comment", "*/temp*", "*/*/temp*", "temp?"], "tempb", true],
    [["# comment", "*/temp*", "*/*/temp*", "temp?"], "temporary.txt", false],
    [["# comment", "*/temp*", "*/*/temp*", "temp?"], "tempab", false],
    [["# comment", "*/temp*", "*/*/temp*", "temp?"], "a/b/c/temporary.txt", false],
    [["# comment", "*/temp*", "*/*/temp*", "temp?"], "# comment", false],
    [["*/temp*"], "temp.txt", false],
    [["**/*.go"], "main.go", true],
    [["**/*.go"], "cmd/tool/main.go", true],
    [["**/*.go"], "cmd/tool/main.gox", false],
    [["*.md", "!README.md"], "CHANGELOG.md", true],
    [["*.md", "!README.md"], "README.md", false],
    [["*.md", "!README.md"], "docs/guide.md", false],
    [["*.md", "!README*.md", "README-secret.md"], "README-secret.md", true],
    [["*.md", "!README*.md", "README-secret.md"], "README-public.md", false],
    [["*.md", "!README*.md", "README-secret.md"], "other.md", true],
    [["*.md", "README-secret.md", "!README*.md"], "README-secret.md", false],
    [["*.md", "README-secret.md", "!README*.md"], "other.md", true],
    [[".git"], ".git", true],
    [[".git"], ".git/config", true],
    [[".git"], "sub/.git/config", false],
    [["/foo/bar"], "foo/bar", true],
    [["foo/bar"], "foo/bar/baz.txt", true],
    [["/foo/bar"], "bar", false],
  ];
  it.each(cases)("%j: %s → excluded %s", (patterns, path, expected) => {
    expect(excluded(patterns, path)).toBe(expected);
  });
});

describe("compileDockerignore: moby patternmatcher cases", () => {
  const cases: readonly Case[] = [
    [["**"], "file", true],
    [["**"], "dir/file", true],
    [["**/"], "file", true],
    [["dir/**"], "dir/file", true],
    [["dir/**"], "dir/dir2/file", true],
    [["dir/**"], "dir", false],
    [["**/dir"], "dir", true],
    [["**/dir"], "dir/file", true],
    [["**/dir2/*"], "dir/dir2/file", true],
    [["**/dir2/**"], "dir/dir2/dir3/file", true],
    [["**file"], "file", true],
    [["**file"], "dir/dir/file", true],
    // moby's suffix fast path: `**file` is "ends with file", so it also takes `xfile`.
    [["**file"], "xfile", true],
    [["**/file"], "xfile", false],
    // `**/` is whole directories (moby: `(.*/)?`), never part of a name.
    [["a/**/b"], "a/xb", false],
    [["a/**/b"], "a/x/y/b", true],
    [["**/file*.txt"], "dir/dir/file.txt", true],
    [["**/**/*.txt2"], "dir/dir/file.txt", false],
    [["**/*.txt"], "file.txt", true],
    [["a**/*.txt"], "a/dir/dir/file.txt", true],
    [["a/*.txt"], "a/dir/file.txt", false],
    [["a[b-d]e"], "ace", true],
    [["a[b-d]e"], "aae", false],
    [["a[^b-d]e"], "aze", true],
    [[".*"], ".foo", true],
    [[".*"], "foo", false],
    [["abc.def"], "abcZdef", false],
    [["abc?def"], "abcZdef", true],
    [["abc?def"], "abcdef", false],
    [["**/.foo"], "bar.foo", false],
    [["a(b)c/def"], "a(b)c/def", true],
    [["a.|)$(}+{bc"], "a.|)$(}+{bc", true],
    [["dist/*.whl"], "dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl", true],
    [["**", "!util/docker/web"], "util/docker/web/foo", false],
    [["**", "!util/docker/web", "util/docker/web/foo"], "util/docker/web/foo", true],
    [["a*"], "ab/c", true],
    [["a*/b"], "a/c/b", false],
    [["a*b*c*d*e*/f"], "axbxcxdxexxx/f", true],
    [["a*b*c*d*e*/f"], "axbxcxdxe/xxx/f", false],
    [["a*b?c*x"], "abxbbxdbxebxczzx", true],
    [["a*b?c*x"], "abxbbxdbxebxczzy", false],
    [["a?b"], "a☺b", true],
    [["a???b"], "a☺b", false],
    [["a?b"], "a\u{1F600}b", true],
    [["[a-ζ]*"], "α", true],
    [["a?b"], "a/b", false],
    [["[\\]a]"], "]", true],
    [["[x\\-]"], "-", true],
    [["[x\\-]"], "z", false],
    [["a\\*b"], "a*b", true],
    [["a\\*b"], "ab", false],
    [["*.ENV"], "x.env", false],
  ];
  it.each(cases)("%j: %s → excluded %s", (patterns, path, expected) => {
    expect(excluded(patterns, path)).toBe(expected);
  });
});

describe("compileDockerignore: file syntax", () => {
  it("cleans patterns and strips a leading slash or ./", () => {
    const matcher = compileDockerignore("./a/../secrets/\n/keys//b.pem\n  spaced.txt  \t\n");
    expect(matcher.isExcluded("secrets/x")).toBe(true);
    expect(matcher.isExcluded("keys/b.pem")).toBe(true);
    expect(matcher.isExcluded("spaced.txt")).toBe(true);
    expect(matcher.isExcluded("a")).toBe(false);
  });

  it("treats only a # in the first column as a comment", () => {
    const matcher = compileDockerignore("#.env\n  #x\n");
    expect(matcher.isExcluded(".env")).toBe(false);
    expect(matcher.isExcluded("#x")).toBe(true);
  });

  it("handles CRLF, a BOM and `! pattern` with a space", () => {
    const matcher = compileDockerignore("\uFEFF.env*\r\n! .env.example\r\n");
    expect(matcher.isExcluded(".env")).toBe(true);
    expect(matcher.isExcluded(".env.example")).toBe(false);
  });

  it("normalizes the queried path and never excludes the context root", () => {
    const matcher = compileDockerignore("*\n");
    expect(matcher.isExcluded("./.env")).toBe(true);
    expect(matcher.isExcluded("/.env")).toBe(true);
    expect(matcher.isExcluded(".")).toBe(false);
    expect(matcher.isExcluded("")).toBe(false);
  });

  it("re-includes a file under an excluded directory with an exception", () => {
    const matcher = compileDockerignore("config\n!config/app.json\n");
    expect(matcher.isExcluded("config")).toBe(true);
    expect(matcher.isExcluded("config/app.json")).toBe(false);
    expect(matcher.isExcluded("config/.env")).toBe(true);
    expect(matcher.isExcluded("config/app.json/nested")).toBe(false);
  });

  it("supports allow-list files", () => {
    const matcher = compileDockerignore("*\n!src/\n!package.json\n");
    expect(matcher.isExcluded(".env")).toBe(true);
    expect(matcher.isExcluded("secrets/id_rsa")).toBe(true);
    expect(matcher.isExcluded("src")).toBe(false);
    expect(matcher.isExcluded("src/.env")).toBe(false);
    expect(matcher.isExcluded("package.json")).toBe(false);
  });

  it("skips invalid lines with a warning, as Docker would refuse them", () => {
    const matcher = compileDockerignore("!\n[\nabc\\\n[]a]\n.env\n");
    expect(matcher.warnings).toEqual([
      'Line 1: a lone "!" is not a pattern (Docker rejects this file).',
      'Line 2: invalid pattern (bad character class); Docker rejects this file.',
      'Line 3: invalid pattern (trailing backslash); Docker rejects this file.',
      'Line 4: invalid pattern (bad character class); Docker rejects this file.',
    ]);
    expect(matcher.isExcluded(".env")).toBe(true);
    expect(matcher.isExcluded("abc")).toBe(false);
  });
});

describe("compileDockerignore: mayReincludeUnder (BuildKit's walk)", () => {
  const cases: readonly (readonly [patterns: readonly string[], dir: string, expected: boolean])[] = [
    [["node_modules"], "node_modules", false],
    [["dir", "!dir/keep.txt"], "dir", true],
    [["dir", "!dir/keep.txt"], "other", false],
    [["dir/sub", "!dir/sub/keep/**"], "dir/sub", true],
    [["node_modules", "!node_modules/pkg/*"], "node_modules", true],
    [["node_modules", "!node_modules/pkg/*"], "node_modules/other", false],
    // Any wildcard in an exception makes BuildKit walk every excluded directory.
    [["*", "!**/keep.txt"], "anything", true],
    [["*", "!src/*.ts", "!README.md"], "lib", true],
    [["*", "!src", "!README.md"], "lib", false],
  ];
  it.each(cases)("%j under %s → %s", (patterns, dir, expected) => {
    expect(compileDockerignore(patterns.join("\n")).mayReincludeUnder(dir)).toBe(expected);
  });
});

describe("compileDockerignore: pathological input", () => {
  it("matches nested stars without backtracking", () => {
    const matcher = compileDockerignore("*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b\n**/**/**/**/**/**/**/**/z\n");
    expect(matcher.isExcluded("a".repeat(4_000))).toBe(false);
    expect(matcher.isExcluded(`${"a".repeat(4_000)}b`)).toBe(true);
    expect(matcher.isExcluded(`${"d/".repeat(2_000)}y`)).toBe(false);
    expect(matcher.isExcluded(`${"d/".repeat(2_000)}z`)).toBe(true);
  }, 5_000);

  it("caps the number and length of patterns", () => {
    const lines: string[] = [];
    for (let i = 0; i < MAX_IGNORE_PATTERNS + 5; i += 1) {
      lines.push(i % 3 === 0 ? `dir${i}/*.log` : i % 3 === 1 ? `file${i}` : `**/x${i}`);
    }
    lines.splice(10, 0, "y".repeat(1024 * 1024));
    const matcher = compileDockerignore(lines.join("\n"));
    expect(matcher.warnings).toEqual([
      "Line 11 is longer than 4096 characters and was ignored.",
      "Only the first 10000 patterns are used; line 10002 and later were ignored.",
    ]);
    expect(matcher.isExcluded("file1")).toBe(true);
    expect(matcher.isExcluded("deep/down/x9998")).toBe(true);
    expect(matcher.isExcluded("dir9999/a.log")).toBe(true);
    expect(matcher.isExcluded("dir10002/a.log")).toBe(false);
    expect(matcher.isExcluded("y".repeat(1024 * 1024))).toBe(false);
    for (let i = 0; i < 2_000; i += 1) {
      expect(matcher.isExcluded(`src/deep/path/number${i}/file.txt`)).toBe(false);
    }
  }, 10_000);
});
