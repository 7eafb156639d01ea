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

interface Logger {
  warn(...args: unknown[]): void;
}

/**
 * Says in the console what a load skipped (each record once) and the problems that skipped nothing
 * (each once per element: `given` remembers them across reloads); returns the warnings not given
 * before, for the `peer-feed-issues` event.
 */
export function logFeedIssues<W extends {feed: string; code: string; index: number; slug?: string; reason: string}>(
  log: Logger,
  issues: readonly {feed: string; index: number; slug?: string; reason: string}[],
  all: readonly W[],
  given: Set<string>,
): W[] {
  const where = (r: {feed: string; index: number; slug?: string}) => `${r.slug !== undefined ? `"${r.slug}"` : `#${r.index}`} in ${r.feed}`;
  const warnings = all.filter((w) => !given.has(`${w.feed}|${w.code}|${w.index}`));
  for (const i of issues) log.warn(`skipped record ${where(i)}: ${i.reason}`);
  for (const w of warnings) {
    given.add(`${w.feed}|${w.code}|${w.index}`);
    log.warn(`${w.index < 0 ? `${w.feed}` : `record ${where(w)}`}: ${w.reason}`);
  }
  return warnings;
}
