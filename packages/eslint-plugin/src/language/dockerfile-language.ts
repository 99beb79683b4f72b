import type { File, Language, LanguageContext, OkParseResult, ParseResult } from "@eslint/core";
import { checkTarget, parseDockerfile, type ParsedDockerfile } from "@layerlint/core";
import { toAst, visitorKeys, type DockerfileAstNode, type DockerfileNode } from "./ast.js";
import { DockerfileSourceCode, type DockerfileLanguageOptions } from "./dockerfile-source-code.js";

/** What `parse` hands to `createSourceCode`: the tree ESLint walks and core's model the rules lint. */
export interface DockerfileParseResult extends OkParseResult<DockerfileNode> {
  readonly parsed: ParsedDockerfile;
}

const OPTION_KEYS = ["target", "context"] as const;

/**
 * JavaScript language options that shared JS/TS configs (typescript-eslint's base config, a
 * top-level `languageOptions: { globals }`) set without `files`, so ESLint merges them into every
 * file's options, Dockerfiles included. They mean nothing here and are ignored rather than
 * rejected, so layerlint combines with such configs; any other unknown key is a typo and throws.
 */
const JAVASCRIPT_KEYS = new Set(["ecmaVersion", "sourceType", "globals", "parser", "parserOptions"]);

/** `layerlint/dockerfile`: Dockerfiles as an ESLint language, parsed by `@layerlint/core`. */
export class DockerfileLanguage
  implements
    Language<{ LangOptions: DockerfileLanguageOptions; Code: DockerfileSourceCode; RootNode: DockerfileNode; Node: DockerfileAstNode }>
{
  readonly fileType = "text";
  readonly lineStart = 1;
  readonly columnStart = 1;
  readonly nodeTypeKey = "type";
  readonly visitorKeys = visitorKeys;

  validateLanguageOptions(languageOptions: DockerfileLanguageOptions): void {
    for (const [key, value] of Object.entries(languageOptions)) {
      if ((OPTION_KEYS as readonly string[]).includes(key)) {
        if (value !== undefined && typeof value !== "string") {
          throw new TypeError(`layerlint/dockerfile: "${key}" must be a string, got ${JSON.stringify(value)}.`);
        }
      } else if (!JAVASCRIPT_KEYS.has(key)) {
        throw new TypeError(
          `layerlint/dockerfile: unknown language option "${key}". Known options: ${OPTION_KEYS.map((k) => `"${k}"`).join(", ")}.`,
        );
      }
    }
  }

  /**
   * Never throws. Core's parser accepts any text (dockerfile-ast reports no syntax errors), so
   * the one fatal problem is a `target` option naming a stage this file does not have: every
   * finding's stage and severity depend on it, so the file is not linted.
   */
  parse(file: File, context: LanguageContext<DockerfileLanguageOptions>): ParseResult<DockerfileNode> {
    // `fileType: "text"`: ESLint hands over a string, BOM removed.
    const parsed = parseDockerfile(file.body as string);
    const target = context.languageOptions.target;
    if (target !== undefined && target !== "") {
      try {
        checkTarget(parsed, target);
      } catch (error) {
        return { ok: false, errors: [{ message: error instanceof Error ? error.message : String(error), line: 1, column: 1 }] };
      }
    }
    const result: DockerfileParseResult = { ok: true, ast: toAst(parsed), parsed };
    return result;
  }

  createSourceCode(file: File, parseResult: OkParseResult<DockerfileNode>): DockerfileSourceCode {
    const { ast, parsed } = parseResult as DockerfileParseResult;
    return new DockerfileSourceCode({ text: parsed.text, ast, parsed });
  }
}
