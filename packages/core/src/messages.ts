/**
 * Every finding message follows one shape (guarded by the registry test): a summary — what leaks
 * and where it lands — then `: `, the channel's explanation, and the fix as the last sentences.
 * Full text belongs in json, SARIF, the editor and ESLint; a terminal table wants the summary on
 * the row and the fix under it.
 */

export interface MessageParts {
  /** What leaks and where it lands (`ARG NPM_TOKEN carries a secret in the final image`). */
  readonly summary: string;
  /** How it leaks (the first sentence after the summary), or "". */
  readonly explanation: string;
  /** What to do (the rest), or "". */
  readonly fix: string;
}

/**
 * The index of the first `separator` outside parentheses and quotes, or -1. A sentence end (`. `)
 * counts only before a capital letter: `COPY . would send…` quotes a source, it ends nothing.
 */
function topLevel(text: string, separator: string, from = 0): number {
  let depth = 0;
  let quote: string | null = null;
  for (let i = from; i < text.length; i++) {
    const c = text[i]!;
    if (quote !== null) {
      if (c === quote) quote = null;
    } else if (c === '"') quote = c;
    else if (c === "(") depth++;
    else if (c === ")") depth = Math.max(0, depth - 1);
    else if (depth === 0 && text.startsWith(separator, i) && (separator !== ". " || /[A-Z{]/.test(text[i + 2] ?? ""))) return i;
  }
  return -1;
}

/** Splits a finding message into summary, explanation and fix; a message without the shape is all summary. */
export function messageParts(message: string): MessageParts {
  const colon = topLevel(message, ": ");
  if (colon < 0) return { summary: message.replace(/\.$/, ""), explanation: "", fix: "" };
  const summary = message.slice(0, colon);
  const rest = message.slice(colon + 2);
  const stop = topLevel(rest, ". ");
  if (stop < 0) return { summary, explanation: rest, fix: "" };
  return { summary, explanation: rest.slice(0, stop + 1), fix: rest.slice(stop + 2) };
}
