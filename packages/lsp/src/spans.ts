/** Lookups over spans in text order. Pure. */

/** The last index whose item starts at or before `offset` (items in text order), or -1. */
export function lastStartingAtOrBefore(items: readonly { readonly span: { readonly start: number } }[], offset: number): number {
  let low = 0;
  let high = items.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (items[mid]!.span.start <= offset) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found;
}
