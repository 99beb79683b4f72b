/** Plain ANSI styling: the CLI needs four styles, not a dependency. */
export interface Styles {
  readonly bold: (text: string) => string;
  readonly underline: (text: string) => string;
  readonly dim: (text: string) => string;
  readonly red: (text: string) => string;
  readonly yellow: (text: string) => string;
}

function sgr(open: number, close: number): (text: string) => string {
  return (text) => `\u001b[${open}m${text}\u001b[${close}m`;
}

const plain = (text: string): string => text;

const COLORED: Styles = {
  bold: sgr(1, 22),
  underline: sgr(4, 24),
  dim: sgr(2, 22),
  red: sgr(31, 39),
  yellow: sgr(33, 39),
};

const PLAIN: Styles = { bold: plain, underline: plain, dim: plain, red: plain, yellow: plain };

export function styles(color: boolean): Styles {
  return color ? COLORED : PLAIN;
}

/**
 * Whether to colour standard output: `--color`/`--no-color` win, then `FORCE_COLOR` (as in Node,
 * it overrides `NO_COLOR`; `0` or `false` turns colour off), then a non-empty `NO_COLOR`, then
 * whether stdout is a terminal.
 */
export function shouldColor(
  flag: boolean | undefined,
  env: Readonly<Record<string, string | undefined>>,
  isTTY: boolean,
): boolean {
  if (flag !== undefined) return flag;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== "0" && force.toLowerCase() !== "false";
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  return isTTY;
}
