/** One argument of an instruction: its value (escapes applied) and its offsets in the text. */
export interface RawArgument {
  /** Empty once the tokenizer was told values are no longer needed (see `WantsValues`). */
  readonly value: string;
  readonly start: number;
  readonly end: number;
  /** The value starts with `<<` (always set, even without the value). */
  readonly heredoc: boolean;
}

/**
 * Tells the tokenizer whether it still needs argument values: called with each argument's value
 * in turn until it returns false; later arguments get an empty value (offsets only).
 */
export type WantsValues = (value: string) => boolean;

const NO_VALUES: WantsValues = () => false;

/**
 * The arguments of one instruction, exactly as dockerfile-ast 0.7.1 tokenises them
 * (`Instruction.getRawArguments`): whitespace separates arguments, escaped newlines join lines,
 * comment lines inside a continued instruction are skipped, `\$` keeps its escape. `from` is the
 * end of the keyword, `to` the end of the instruction. Offsets are normalised the way a round
 * trip through LSP positions normalises them (never between `\r` and `\n`).
 *
 * With `collapse`, the valueless arguments between the first valueless one and the last are left
 * out (a 400,000-word RUN needs its flags, where its arguments start and end, and whether one is
 * a heredoc): the last one then says whether any left-out argument was a heredoc.
 *
 * dockerfile-ast recomputes this on every `getArguments`, `getArgumentsRange`, `getFlags` and
 * `getHeredocs` call, building position objects for every word; one pass over the text here is
 * what lets `parseDockerfile` use the parser only for instruction boundaries and keywords.
 */
export function tokenizeArguments(
  text: string,
  from: number,
  to: number,
  escape: string,
  wantsValues: WantsValues = NO_VALUES,
  collapse = false,
): RawArgument[] {
  const args: RawArgument[] = [];
  const length = to - from;
  const charAt = (i: number): string => (i < length ? text[from + i]! : "");
  let values = true;
  // The first two characters of the value, kept when values are not.
  let head = "";
  /** With `collapse`: the last argument seen after the first valueless one, and whether any of those was a heredoc. */
  let last: RawArgument | null = null;
  let collapsedHeredoc = false;
  let pushedValueless = false;
  const push = (value: string, start: number, end: number) => {
    const heredoc = head === "<<";
    head = "";
    if (collapse && pushedValueless) {
      collapsedHeredoc ||= heredoc;
      last = { value: "", start: from + start, end: from + end, heredoc };
      return;
    }
    args.push({ value: values ? value : "", start: positionOffset(text, from + start), end: positionOffset(text, from + end), heredoc });
    if (!values) pushedValueless = true;
    else values = wantsValues(value);
  };

  let start = false;
  let comment = false;
  let found = -1;
  // whitespace seen inside an escaped-newline sequence
  let escapedWhitespaceDetected = false;
  // inside an escaped-newline sequence
  let escaping = false;
  let escapeMarker = -1;
  let value = "";
  for (let i = 0; i < length; i++) {
    const char = text[from + i]!;
    if (char === " " || char === "\t" || char === "\r" || char === "\n") {
      if (escaping) {
        escapedWhitespaceDetected = true;
        if (char === "\r" || char === "\n") {
          escapedWhitespaceDetected = false;
          if (comment) {
            comment = false;
            start = true;
          }
        }
        continue;
      } else if (found !== -1) {
        push(value, found, escapeMarker === -1 ? i : escapeMarker);
        escapeMarker = -1;
        value = "";
        found = -1;
      }
    } else if (char === escape) {
      const next = charAt(i + 1);
      if (next === " " || next === "\t") {
        whitespaceCheck: for (let j = i + 2; j < length; j++) {
          switch (text[from + j]) {
            case " ":
            case "\t":
              continue;
            case "\r":
              j++;
            // falls through
            case "\n":
              comment = false;
              escaping = true;
              start = true;
              if (found !== -1) escapeMarker = i;
              i = j;
              break whitespaceCheck;
            default:
              escapeMarker = i;
              if (found === -1) i = j - 1;
              break whitespaceCheck;
          }
        }
      } else if (next === "\r") {
        comment = false;
        escaping = true;
        start = true;
        if (found !== -1 && escapeMarker === -1) escapeMarker = i;
        i += 2;
      } else if (next === "\n") {
        comment = false;
        escaping = true;
        start = true;
        if (found !== -1 && escapeMarker === -1) escapeMarker = i;
        i++;
      } else {
        if (escapedWhitespaceDetected && escapeMarker !== -1) {
          push(value, found, escapeMarker);
          value = "";
          found = -1;
        }
        escapeMarker = -1;
        escapedWhitespaceDetected = false;
        escaping = false;
        if (next === "") break;
        const appended = next === "$" ? char + next : next;
        if (values) value += appended;
        if (head.length < 2) head = (head + appended).slice(0, 2);
        if (found === -1) found = i;
        i++;
      }
    } else if (!comment) {
      if (start && char === "#") {
        comment = true;
      } else {
        if (escapedWhitespaceDetected && escapeMarker !== -1) {
          push(value, found, escapeMarker);
          value = "";
          found = -1;
        }
        escapedWhitespaceDetected = false;
        escaping = false;
        escapeMarker = -1;
        if (values) value += char;
        if (head.length < 2) head += char;
        if (found === -1) found = i;
      }
      start = false;
    }
  }
  if (found !== -1) push(value, found, escapeMarker === -1 ? length : escapeMarker);
  const tail = last as RawArgument | null;
  if (tail !== null) {
    args.push({ value: "", start: positionOffset(text, tail.start), end: positionOffset(text, tail.end), heredoc: collapsedHeredoc });
  }
  return args;
}

/**
 * The offset an LSP position round trip gives back (`offsetAt(positionAt(offset))` of
 * vscode-languageserver-textdocument): an offset between `\r` and `\n` moves before the `\r`.
 */
export function positionOffset(text: string, offset: number): number {
  return offset > 0 && text.charCodeAt(offset - 1) === 13 && text.charCodeAt(offset) === 10 ? offset - 1 : offset;
}

/**
 * Whether dockerfile-ast's heredoc reader (`Instruction.getHeredocs`), scanning `text[from, to)`,
 * meets a newline that no escape character continues. On an instruction none of whose arguments
 * starts with `<<`, that makes the reader throw (it looks up a heredoc that does not exist);
 * otherwise it finds nothing.
 */
export function heredocReaderMeetsNewline(text: string, from: number, to: number, escape: string): boolean {
  let escaping = false;
  contentLoop: for (let i = from; i < to; i++) {
    const char = text[i];
    if (char === escape) {
      escaping = true;
      for (let j = i + 1; j < to; j++) {
        const next = text[j];
        if (next === " " || next === "\t") continue;
        // The character after the blanks is skipped, and after `\r` the one after it as well.
        i = next === "\r" ? j + 1 : j;
        continue contentLoop;
      }
    } else if (char === "\n") {
      if (!escaping) return true;
    } else if (char === "\r" || (escaping && (char === " " || char === "\t"))) {
      // Neither ends nor resumes an escaped line.
    } else {
      if (escaping && char === "#") {
        // A comment line inside an escaped line is skipped whole.
        const newline = text.indexOf("\n", i + 1);
        if (newline !== -1 && newline < to) {
          i = newline;
          continue;
        }
      }
      escaping = false;
    }
  }
  return false;
}
