/**
 * Naming what the user got wrong without repeating what might be a secret: a name from a config
 * file or a command line is shown whole when it is (close to) a name layerlint knows — a typo — or
 * is made of plain words, and otherwise only its first characters (`hunt…`), like a redacted value.
 */
import { redact } from "../redact.js";

/** Levenshtein distance, given up (Infinity) beyond `max`: short names, cheap either way. */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return Infinity;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return Infinity;
    previous = current;
  }
  return previous[b.length]!;
}

/** The known name closest to `value` (case-insensitive), when it is close enough to be a typo of it. */
export function closestName(value: string, known: readonly string[]): string | undefined {
  if (value.length > 64) return undefined;
  const lower = value.toLowerCase();
  const max = Math.max(1, Math.min(3, Math.floor(value.length / 4)));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const name of known) {
    const d = distance(lower, name.toLowerCase(), max);
    if (d < bestDistance) {
      best = name;
      bestDistance = d;
    }
  }
  return bestDistance <= max ? best : undefined;
}

/**
 * `"secretFile"` with `did you mean "secretFiles"?` when it is a typo of a known name; else the
 * redacted form (`"hunt…"`), since an unknown name from a repository may be a pasted secret.
 */
export function mentionName(value: string, known: readonly string[]): { shown: string; suggestion?: string } {
  const suggestion = known.includes(value) ? undefined : closestName(value, known);
  if (known.includes(value) || suggestion !== undefined || WORD_LIKE.test(value)) {
    return suggestion === undefined ? { shown: `"${value}"` } : { shown: `"${value}"`, suggestion };
  }
  return { shown: `"${redact(value)}"` };
}

/**
 * Names made of letters only (`no-such-rule`, `everything`, `permit`): shown whole, as nobody's
 * token or password looks like that; anything with digits, symbols or length is shortened.
 */
const WORD_LIKE = /^(?=.{1,40}$)[A-Za-z]+(?:[-_.][A-Za-z]+)*$/;
