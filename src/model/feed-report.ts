/**
 * A feed none of whose records could be read: how many were skipped and the first few distinct
 * reasons, for the "could not be read" state both the finder and the directory show instead of
 * "No results… clear the filters" (no filter is to blame).
 */
export interface UnreadableReport {
  /** Records (or whole feeds) skipped. */
  count: number;
  /** The first distinct reasons, in the adapters' English (for whoever runs the site). */
  reasons: string[];
}

export function unreadableReport(issues: readonly {reason: string}[], max = 3): UnreadableReport {
  const reasons: string[] = [];
  for (const i of issues) {
    if (reasons.length >= max) break;
    if (!reasons.includes(i.reason)) reasons.push(i.reason);
  }
  return {count: issues.length, reasons};
}
