/**
 * The rule pages in docs/rules are part of the product: the editor links to them from every
 * diagnostic. This keeps them honest. Every registered rule has a page with the required sections
 * in order, its title, description and summary table agree with the rule's meta, its options
 * snippets are valid configuration, and its examples do what they claim: every ```dockerfile
 * block under "Incorrect" yields at least one finding of the rule, every block under "Correct"
 * none. A `<!-- context: {"ignore": ".dockerignore text" | null, "files": ["secret files"],
 * "contents": {"path": "text"}} -->` comment right before a block lints it with that build
 * context; `contents` (optional) are the context's files with their text, of which the example
 * reads only what a host would read: the files `contextFilesToRead` selects for that Dockerfile.
 * The build-configuration rules' examples are ```yaml (compose files, workflows) and ```json
 * (bake) blocks; a ```dockerfile block right before one is the Dockerfile that build builds,
 * linted as the build builds it.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildConfigRules, contextFilesToRead, lint, rules, validateConfig } from "@layerlint/core";
import type { BuildConfigRule, BuildContext, Rule, RuleId } from "@layerlint/core";
import { dockerfileLintOptions, lintBuildConfig, parseBuildConfig } from "@layerlint/core/build-config";
import { compileDockerignore } from "@layerlint/node";

const DOCS = join(import.meta.dirname, "..", "docs", "rules");

/** Rules that read the build context: each of their examples must say which context it has. */
const CONTEXT_RULES: ReadonlySet<RuleId> = new Set(["require-dockerignore", "require-dockerignore-entries", "no-secret-in-context-file"]);

const TABLE_HEADER = "| Recommended | Default severity | Fix | Channel |";
const CHANNEL_TEXT: Readonly<Record<Rule["meta"]["channel"], string>> = {
  history: "`docker history`",
  config: "`docker inspect`",
  layers: "`docker save`",
  context: "build context",
  cache: "cache",
};

function requiredHeadings(id: string): string[] {
  return [
    `# ${id}`,
    "## Background",
    "## Rule details",
    "## Examples",
    "### Incorrect",
    "### Correct",
    "## Options",
    "## Fixes and suggestions",
    "## When not to use it",
    "## Prior art",
  ];
}

interface ContextSpec {
  readonly ignore: string | null;
  readonly files: readonly string[];
  readonly contents?: Readonly<Record<string, string>>;
}

interface Block {
  readonly lang: string;
  readonly code: string;
  /** 1-based line of the opening fence. */
  readonly line: number;
  /** The `##` and `###` headings the block is under. */
  readonly section: string | null;
  readonly subsection: string | null;
  readonly context?: ContextSpec;
}

interface Page {
  readonly lines: readonly string[];
  /** `#`, `##` and `###` headings outside code blocks, in order. */
  readonly headings: readonly string[];
  readonly blocks: readonly Block[];
  /** Text lines (outside code blocks) per `##` section. */
  readonly sections: ReadonlyMap<string, readonly string[]>;
  /** Problems that make the page unreadable for this test (stray context comments, bad JSON). */
  readonly problems: readonly string[];
}

function parseContext(json: string): ContextSpec | string {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    return `context comment is not JSON: ${(error as Error).message}`;
  }
  if (typeof value !== "object" || value === null) return "context comment must be an object";
  const { ignore, files, contents, ...rest } = value as Record<string, unknown>;
  if (Object.keys(rest).length > 0) return `context comment has unknown keys: ${Object.keys(rest).join(", ")}`;
  if (ignore !== null && typeof ignore !== "string") return "context.ignore must be a string or null";
  if (!Array.isArray(files) || !files.every((f) => typeof f === "string")) return "context.files must be an array of strings";
  if (contents === undefined) return { ignore, files };
  if (typeof contents !== "object" || contents === null || !Object.values(contents).every((t) => typeof t === "string")) {
    return "context.contents must map paths to texts";
  }
  return { ignore, files, contents: contents as Record<string, string> };
}

function parsePage(text: string): Page {
  const lines = text.split(/\r?\n/);
  const headings: string[] = [];
  const blocks: Block[] = [];
  const sections = new Map<string, string[]>();
  const problems: string[] = [];
  let section: string | null = null;
  let subsection: string | null = null;
  let pending: { spec: ContextSpec; line: number } | null = null;
  const dropPending = () => {
    if (pending) problems.push(`line ${pending.line}: context comment is not right before a code block`);
    pending = null;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const fence = /^```(\S*)\s*$/.exec(line);
    if (fence) {
      const start = i;
      const body: string[] = [];
      for (i++; i < lines.length && !/^```\s*$/.test(lines[i]!); i++) body.push(lines[i]!);
      if (i >= lines.length) problems.push(`line ${start + 1}: code block is not closed`);
      blocks.push({ lang: fence[1]!, code: `${body.join("\n")}\n`, line: start + 1, section, subsection, context: pending?.spec });
      pending = null;
      continue;
    }
    const heading = /^(#{1,6}) (.+)$/.exec(line);
    if (heading) {
      dropPending();
      headings.push(line.trimEnd());
      const level = heading[1]!.length;
      if (level <= 2) {
        section = heading[2]!.trim();
        subsection = null;
        sections.set(section, []);
      } else if (level === 3) {
        subsection = heading[2]!.trim();
      }
      continue;
    }
    const comment = /^<!-- context: (.*) -->\s*$/.exec(line);
    if (comment) {
      dropPending();
      const spec = parseContext(comment[1]!);
      if (typeof spec === "string") problems.push(`line ${i + 1}: ${spec}`);
      else pending = { spec, line: i + 1 };
      continue;
    }
    if (line.trim() !== "") dropPending();
    if (section !== null) sections.get(section)!.push(line);
  }
  dropPending();
  return { lines, headings, blocks, sections, problems };
}

function buildContext(spec: ContextSpec, code = ""): BuildContext {
  const matcher = spec.ignore === null ? null : compileDockerignore(spec.ignore);
  const context: BuildContext = {
    ignoreFile: spec.ignore === null ? null : { path: ".dockerignore", text: spec.ignore, perDockerfile: false },
    isExcluded: matcher ? (path) => matcher.isExcluded(path) : () => false,
    secretFiles: spec.files.map((path) => ({ path, type: "file" as const })),
  };
  if (spec.contents === undefined) return context;
  // What a host would read: the files that are not excluded and that this Dockerfile's copies send.
  const candidates = Object.keys(spec.contents).filter((path) => !context.isExcluded(path));
  const read = contextFilesToRead(code, candidates, { context, fileName: "Dockerfile" });
  return { ...context, contents: { files: new Map(read.map((path) => [path, { text: spec.contents![path]! }])) } };
}

/** A build-configuration example's findings of rule `id`; `dockerfile` is the Dockerfile its builds build. */
function buildConfigFindingsOf(id: RuleId, block: Block, dockerfile: Block | undefined): string[] {
  const kind = block.lang === "json" ? "bake" : /^jobs:/m.test(block.code) ? "workflow" : "compose";
  const parsed = parseBuildConfig(block.code, kind);
  expect(parsed.problems, "the example is valid YAML").toEqual([]);
  const result = lintBuildConfig(parsed, {
    config: { rules: { [id]: "error" } },
    dockerfileFindings: dockerfile ? (build) => lint(dockerfile.code, { ...dockerfileLintOptions(build), fileName: "Dockerfile" }).findings : undefined,
  });
  expect(result.ruleErrors, "no rule crashes").toEqual([]);
  return result.findings.filter((f) => f.ruleId === id).map((f) => `${f.span.line}:${f.span.column} ${f.message}`);
}

/** The rule's findings on an example, enabled whatever its recommended flag. */
function findingsOf(id: RuleId, block: Block): string[] {
  const result = lint(block.code, {
    config: { rules: { [id]: "error" } },
    context: block.context ? buildContext(block.context, block.code) : undefined,
    fileName: "Dockerfile",
  });
  expect(result.ruleErrors, "no rule crashes").toEqual([]);
  return result.findings.filter((f) => f.ruleId === id).map((f) => `${f.span.line}:${f.span.column} ${f.message}`);
}

/** The cells of the first body row of the summary table. */
function tableRow(page: Page): string[] | null {
  const at = page.lines.findIndex((line) => line.trim() === TABLE_HEADER);
  if (at < 0) return null;
  const row = page.lines[at + 2];
  if (!/^\|(\s*-+\s*\|){4}$/.test(page.lines[at + 1]?.trim() ?? "") || row === undefined) return null;
  return row
    .trim()
    .replace(/^\||\|$/g, "")
    .split("|")
    .map((cell) => cell.trim());
}

const pageFiles = readdirSync(DOCS).sort();
const pages = new Map<string, Page>();
for (const file of pageFiles) {
  if (file.endsWith(".md")) pages.set(file.slice(0, -3), parsePage(readFileSync(join(DOCS, file), "utf8")));
}

const allRules: [RuleId, Rule | BuildConfigRule][] = [...rules, ...buildConfigRules];

describe("docs/rules", () => {
  it("holds exactly one page per registered rule, and nothing else", () => {
    expect(pageFiles).toEqual(allRules.map(([id]) => `${id}.md`).sort());
  });

  it("has every rule in a README rules table, linked to its page", () => {
    const readme = readFileSync(join(DOCS, "..", "..", "README.md"), "utf8");
    const listed = [...readme.matchAll(/^\| \[([a-z-]+)\]\(docs\/rules\/([a-z-]+)\.md\) \|/gm)].map((m) => `${m[1]}=${m[2]}`);
    expect(listed.sort()).toEqual(allRules.map(([id]) => `${id}=${id}`).sort());
  });

  for (const [id, rule] of allRules) {
    const isBuildConfig = buildConfigRules.has(id as never);
    const page = pages.get(id);
    describe(id, () => {
      it("has a page", () => {
        expect(page, `docs/rules/${id}.md`).toBeDefined();
      });
      if (!page) return;

      it("parses cleanly", () => {
        expect(page.problems).toEqual([]);
      });

      it("has the required headings, in order, and no others", () => {
        expect(page.headings).toEqual(requiredHeadings(id));
      });

      it("opens with the rule's description", () => {
        const titleAt = page.lines.findIndex((line) => line.trim() === `# ${id}`);
        expect(titleAt).toBe(0);
        const description = page.lines.slice(titleAt + 1).find((line) => line.trim() !== "");
        expect(description?.trim()).toBe(rule.meta.docs.description);
      });

      it("has a summary table that agrees with the rule's meta", () => {
        const row = tableRow(page);
        expect(row, `a "${TABLE_HEADER}" table with one row`).not.toBeNull();
        const [recommended, severity, fix, channel] = row!;
        expect(recommended).toBe(rule.meta.docs.recommended ? "yes" : "no");
        if (rule.meta.severity === "error") expect(severity).toBe(rule.meta.severityNote === undefined ? "always error" : `error (${rule.meta.severityNote})`);
        else if (id === "require-dockerignore-entries") expect(severity).toBe("(a) warning; (b) by stage");
        else expect(severity).toBe(`error in shipped stages, warning in builder stages${rule.meta.severityNote === undefined ? "" : ` (${rule.meta.severityNote})`}`);
        const fixes = [
          ...(rule.meta.fixable === "code" ? ["`--fix` (.dockerignore)"] : []),
          ...(rule.meta.hasSuggestions ? ["suggestion"] : []),
        ];
        expect(fix).toBe(fixes.length > 0 ? fixes.join(", ") : "—");
        expect(channel).toContain(CHANNEL_TEXT[rule.meta.channel]);
      });

      const blocks = page.blocks.filter((b) => b.section === "Examples");
      const exampleLangs = isBuildConfig ? ["yaml", "json"] : ["dockerfile"];
      const examples = blocks.filter((b) => exampleLangs.includes(b.lang));
      const incorrect = examples.filter((b) => b.subsection === "Incorrect");
      const correct = examples.filter((b) => b.subsection === "Correct");
      /** The ```dockerfile block right before a build-configuration example: the Dockerfile it builds. */
      const dockerfileOf = (block: Block): Block | undefined => {
        const before = blocks[blocks.indexOf(block) - 1];
        return before?.lang === "dockerfile" && before.subsection === block.subsection ? before : undefined;
      };

      it(`has incorrect and correct examples, all of them ${isBuildConfig ? "```yaml or ```json blocks (each maybe after the ```dockerfile it builds)" : "```dockerfile blocks"}`, () => {
        expect(incorrect.length).toBeGreaterThan(0);
        expect(correct.length).toBeGreaterThan(0);
        const expectedLang = (b: Block) =>
          !isBuildConfig ? "dockerfile" : b.lang === "dockerfile" && examples.some((e) => dockerfileOf(e) === b) ? "dockerfile" : b.lang === "json" ? "json" : "yaml";
        expect(blocks.map((b) => `${b.line}: ${b.lang} under ${b.subsection}`)).toEqual(
          blocks.map((b) => `${b.line}: ${expectedLang(b)} under ${b.subsection === "Correct" ? "Correct" : "Incorrect"}`),
        );
      });

      if (CONTEXT_RULES.has(id)) {
        it("gives every example a build context", () => {
          expect(examples.filter((b) => !b.context).map((b) => b.line)).toEqual([]);
        });
      }

      it("lists, in each context comment, only secret files the ignore text does not exclude", () => {
        for (const block of page.blocks) {
          if (!block.context) continue;
          const context = buildContext(block.context);
          expect(block.context.files.filter((f) => context.isExcluded(f)), `context of line ${block.line}`).toEqual([]);
        }
      });

      const exampleFindings = (block: Block) => (isBuildConfig ? buildConfigFindingsOf(id, block, dockerfileOf(block)) : findingsOf(id, block));
      for (const block of incorrect) {
        it(`incorrect example at line ${block.line} is reported`, () => {
          expect(exampleFindings(block).length, block.code).toBeGreaterThan(0);
        });
      }
      for (const block of correct) {
        it(`correct example at line ${block.line} is not reported`, () => {
          expect(exampleFindings(block), block.code).toEqual([]);
        });
      }

      it("documents its options with valid .layerlintrc.json snippets", () => {
        const options = page.sections.get("Options") ?? [];
        const snippets = page.blocks.filter((b) => b.section === "Options");
        expect(snippets.map((b) => b.lang).filter((lang) => lang !== "json")).toEqual([]);
        expect(snippets.length).toBeGreaterThan(0);
        for (const snippet of snippets) {
          const config = validateConfig(JSON.parse(snippet.code), `docs/rules/${id}.md:${snippet.line}`, rules);
          expect(Object.keys(config.rules ?? {}), `snippet at line ${snippet.line} configures ${id}`).toContain(id);
        }
        const properties = rule.meta.schema.flatMap((schema) => Object.keys(schema.properties ?? {}));
        if (properties.length === 0) {
          expect(options.find((line) => line.trim() !== "")?.trim()).toBe("None.");
        } else {
          for (const property of properties) expect(options.join("\n")).toContain(`\`${property}\``);
        }
      });
    });
  }
});
