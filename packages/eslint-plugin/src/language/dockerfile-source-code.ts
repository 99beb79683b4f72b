import type { FileProblem, RulesConfig } from "@eslint/core";
import { ConfigCommentParser, Directive, TextSourceCodeBase, VisitNodeStep } from "@eslint/plugin-kit";
import type { ParsedDockerfile } from "@layerlint/core";
import type { CommentNode, DockerfileAstNode, DockerfileNode, SourceLocation } from "./ast.js";

export interface DockerfileLanguageOptions {
  /** The stage `docker build --target` builds; default the last stage. */
  readonly target?: string;
  /** The build context directory, relative to ESLint's cwd; default the Dockerfile's directory. */
  readonly context?: string;
  readonly [key: string]: unknown;
}

const commentParser = new ConfigCommentParser();
/** ESLint's inline config comments: `eslint`, `eslint-disable`, `eslint-enable`, `eslint-disable-(next-)line`. */
const INLINE_CONFIG = /^\s*eslint(?:-enable|-disable(?:(?:-next)?-line)?)?(?:\s|$)/u;

/** The line breaks core (and dockerfile-ast) count: `\r\n`, `\r` and `\n`. */
const LINE_ENDING = /\r\n|[\r\n]/u;

export class DockerfileSourceCode extends TextSourceCodeBase<{
  LangOptions: DockerfileLanguageOptions;
  RootNode: DockerfileNode;
  SyntaxElementWithLoc: DockerfileAstNode;
  ConfigNode: CommentNode;
}> {
  override readonly ast: DockerfileNode;
  /** Core's model of the same text: what the rules lint. */
  readonly parsed: ParsedDockerfile;
  readonly comments: readonly CommentNode[];
  #steps: VisitNodeStep[] | undefined;
  readonly #parents = new WeakMap<DockerfileAstNode, DockerfileAstNode>();
  #inlineConfigComments: CommentNode[] | undefined;

  constructor({ text, ast, parsed }: { text: string; ast: DockerfileNode; parsed: ParsedDockerfile }) {
    super({ text, ast, lineEndingPattern: LINE_ENDING });
    this.ast = ast;
    this.parsed = parsed;
    this.comments = ast.children.filter((child): child is CommentNode => child.type === "Comment");
    for (const child of ast.children) this.#parents.set(child, ast);
  }

  override getParent(node: DockerfileAstNode): DockerfileAstNode | undefined {
    return this.#parents.get(node);
  }

  override traverse(): Iterable<VisitNodeStep> {
    if (this.#steps === undefined) {
      const root = this.ast;
      const steps: VisitNodeStep[] = [new VisitNodeStep({ target: root, phase: 1, args: [root, undefined] })];
      for (const child of root.children) {
        steps.push(new VisitNodeStep({ target: child, phase: 1, args: [child, root] }));
        steps.push(new VisitNodeStep({ target: child, phase: 2, args: [child, root] }));
      }
      steps.push(new VisitNodeStep({ target: root, phase: 2, args: [root, undefined] }));
      this.#steps = steps;
    }
    return this.#steps.values();
  }

  /** Comments that are ESLint directives or inline config. Parser directives are never comments. */
  getInlineConfigNodes(): CommentNode[] {
    this.#inlineConfigComments ??= this.comments.filter((comment) => INLINE_CONFIG.test(comment.value));
    return this.#inlineConfigComments;
  }

  getDisableDirectives(): { problems: FileProblem[]; directives: Directive[] } {
    const directives: Directive[] = [];
    for (const comment of this.getInlineConfigNodes()) {
      const parsed = commentParser.parseDirective(comment.value);
      if (parsed === undefined) continue;
      const { label, value, justification } = parsed;
      if (label === "eslint-disable" || label === "eslint-enable" || label === "eslint-disable-next-line" || label === "eslint-disable-line") {
        directives.push(
          new Directive({
            type: label.slice("eslint-".length) as "disable" | "enable" | "disable-next-line" | "disable-line",
            node: comment,
            value,
            justification,
          }),
        );
      }
    }
    // A Dockerfile comment is one line, so `eslint-disable-line` never spans lines: no problems.
    return { problems: [], directives };
  }

  applyInlineConfig(): { configs: { config: { rules: RulesConfig }; loc: SourceLocation }[]; problems: FileProblem[] } {
    const configs: { config: { rules: RulesConfig }; loc: SourceLocation }[] = [];
    const problems: FileProblem[] = [];
    for (const comment of this.getInlineConfigNodes()) {
      const parsed = commentParser.parseDirective(comment.value);
      if (parsed?.label !== "eslint") continue;
      const result = commentParser.parseJSONLikeConfig(parsed.value);
      if (result.ok) configs.push({ config: { rules: result.config }, loc: comment.loc });
      else problems.push({ ruleId: null, message: result.error.message, loc: comment.loc });
    }
    return { configs, problems };
  }
}
