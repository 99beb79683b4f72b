/**
 * The ESLint-facing AST of a Dockerfile: a thin, ESTree-shaped view (type, loc, range) of core's
 * parsed model. Rules of this plugin read core's model, not this tree; the tree exists so ESLint
 * can traverse the file, place directive comments and let user rules select `Instruction` nodes.
 */
import type { ParsedDockerfile, Span } from "@layerlint/core";

export interface Position {
  /** 1-based. */
  readonly line: number;
  /** 1-based. */
  readonly column: number;
}

export interface SourceLocation {
  readonly start: Position;
  /** Exclusive. */
  readonly end: Position;
}

interface NodeBase {
  readonly loc: SourceLocation;
  /** Offsets into the text ESLint lints (BOM removed), end exclusive. */
  readonly range: [number, number];
}

/** An instruction (`FROM`, `RUN`…), continuation lines and heredoc bodies included. */
export interface InstructionNode extends NodeBase {
  readonly type: "Instruction";
  /** Upper case. An ONBUILD instruction is one node with keyword `ONBUILD`. */
  readonly keyword: string;
}

/** A line whose first non-blank character is `#`. Parser directives are not comments. */
export interface CommentNode extends NodeBase {
  readonly type: "Comment";
  /** The text after `#`. */
  readonly value: string;
}

export interface DockerfileNode extends NodeBase {
  readonly type: "Dockerfile";
  /** Instructions and comments in source order. */
  readonly children: readonly (InstructionNode | CommentNode)[];
}

export type DockerfileAstNode = DockerfileNode | InstructionNode | CommentNode;

export const visitorKeys: Record<DockerfileAstNode["type"], string[]> = {
  Dockerfile: ["children"],
  Instruction: [],
  Comment: [],
};

function located(span: Span): NodeBase {
  return {
    loc: { start: { line: span.line, column: span.column }, end: { line: span.endLine, column: span.endColumn } },
    range: [span.start, span.end],
  };
}

/** Builds the tree from core's parse. Total: every parsed Dockerfile has a tree. */
export function toAst(parsed: ParsedDockerfile): DockerfileNode {
  const instructions: InstructionNode[] = parsed.instructions.map((instruction) => ({
    type: "Instruction",
    keyword: instruction.keyword,
    ...located(instruction.span),
  }));
  const comments: CommentNode[] = parsed.comments.map((comment) => ({
    type: "Comment",
    value: comment.text.slice(1),
    ...located(comment.span),
  }));
  const children = [...instructions, ...comments].sort((a, b) => a.range[0] - b.range[0]);
  return { type: "Dockerfile", children, ...located(parsed.lines.span(0, parsed.text.length)) };
}
