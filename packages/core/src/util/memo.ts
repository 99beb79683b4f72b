/**
 * A bounded memo table for pure functions of text. An editor lints the same file on every
 * keystroke: almost every instruction's text is unchanged, so its shell parse and secret scan are
 * reused. Deterministic (a hit returns what a miss would compute); cleared when full.
 */
export function memoizeText<T>(compute: (text: string) => T, maxEntries = 8192, maxKeyLength = 64 * 1024): (text: string) => T {
  const table = new Map<string, T>();
  return (text: string): T => {
    if (text.length > maxKeyLength) return compute(text);
    const hit = table.get(text);
    if (hit !== undefined || table.has(text)) return hit as T;
    const value = compute(text);
    if (table.size >= maxEntries) table.clear();
    table.set(text, value);
    return value;
  };
}
