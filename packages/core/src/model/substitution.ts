/**
 * Dockerfile variable substitution (`$X`, `${X}`, `${X:-word}`, `${X:+word}`, `${X-word}`…) as
 * BuildKit applies it to ENV, ARG, LABEL, COPY, WORKDIR… values. RUN text is shell, analysed by
 * the shell model instead.
 */

export interface VariableUse {
  readonly name: string;
  /** Offsets in the scanned text: the whole `$X` / `${…}` expression. */
  readonly start: number;
  readonly end: number;
  /** `${X:-word}` / `${X-word}`: the default, `${X:+word}`: the alternative. */
  readonly operator: ":-" | "-" | ":+" | "+" | "?" | ":?" | null;
  readonly word: string | null;
}

function isNameStart(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

function isNameChar(code: number): boolean {
  return isNameStart(code) || (code >= 48 && code <= 57);
}

/** Finds the variable uses in a Dockerfile value. Single-quoted text is still scanned (BuildKit does). */
export function findVariableUses(text: string, escape = "\\"): VariableUse[] {
  const uses: VariableUse[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === escape) {
      i++;
      continue;
    }
    if (ch !== "$") continue;
    const next = text.charCodeAt(i + 1);
    if (isNameStart(next)) {
      let j = i + 2;
      while (j < text.length && isNameChar(text.charCodeAt(j))) j++;
      uses.push({ name: text.slice(i + 1, j), start: i, end: j, operator: null, word: null });
      i = j - 1;
    } else if (next === 123 /* { */) {
      let j = i + 2;
      if (!isNameStart(text.charCodeAt(j))) continue;
      while (j < text.length && isNameChar(text.charCodeAt(j))) j++;
      const name = text.slice(i + 2, j);
      let depth = 1;
      let k = j;
      while (k < text.length && depth > 0) {
        if (text[k] === "{") depth++;
        else if (text[k] === "}") depth--;
        if (depth > 0) k++;
      }
      if (depth !== 0) continue;
      const rest = text.slice(j, k);
      const op = /^(:-|:\+|:\?|-|\+|\?)/.exec(rest);
      uses.push({
        name,
        start: i,
        end: k + 1,
        operator: op ? (op[1] as VariableUse["operator"]) : null,
        word: op ? rest.slice(op[1]!.length) : null,
      });
      i = k;
    }
  }
  return uses;
}

/**
 * An expansion never grows past this many characters beyond its own text: `ARG A1=${A0}${A0}`,
 * `ARG A2=${A1}${A1}`… doubles at each line, and 28 lines would make a 512-million-character
 * string (V8's limit). A value past the cap counts as unknown, as if it came from the command line.
 */
export const MAX_EXPANDED_LENGTH = 64 * 1024;

/**
 * Expands the uses whose value is known. Returns undefined when a use has no known value and no
 * default, or when the result would exceed MAX_EXPANDED_LENGTH: the value cannot be known statically.
 */
export function expandValue(
  text: string,
  lookup: (name: string) => string | undefined,
  escape = "\\",
): string | undefined {
  const uses = findVariableUses(text, escape);
  if (uses.length === 0) return text;
  const limit = Math.max(MAX_EXPANDED_LENGTH, text.length);
  let out = "";
  let last = 0;
  for (const use of uses) {
    out += text.slice(last, use.start);
    if (out.length > limit) return undefined;
    const value = lookup(use.name);
    let replacement: string | undefined;
    switch (use.operator) {
      case ":-":
        replacement = value ? value : (use.word ?? "");
        break;
      case "-":
        replacement = value !== undefined ? value : (use.word ?? "");
        break;
      case ":+":
        replacement = value ? (use.word ?? "") : value === undefined ? undefined : "";
        break;
      case "+":
        replacement = value !== undefined ? (use.word ?? "") : "";
        break;
      default:
        replacement = value;
    }
    if (replacement === undefined || out.length + replacement.length > limit) return undefined;
    out += replacement;
    last = use.end;
  }
  return out + text.slice(last);
}
