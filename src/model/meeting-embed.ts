/**
 * The finder's embed modes on a filtered list: `upcoming` (the next meetings from now on, soonest
 * first, across days and wrapping the week, as TSML's `[tsml_next_meetings]` lists meetings that
 * have not started yet: one in progress is left out, by-appointment meetings too) and `limit` (at
 * most N of them). The filtered list is upcoming-first already (`sortUpcoming`), except when
 * `near` sorted it by distance: `upcoming` sorts by start again, ties keeping their order.
 */
import type {Occurrence} from './meeting.js';

/** The occurrences that start at `now` or later, soonest first (stable: equal starts keep their order). */
export function upcomingOccurrences(list: readonly Occurrence[], now: number): Occurrence[] {
  const out = list.filter((o) => o.nextStart !== null && o.nextStart >= now);
  let sorted = true;
  for (let i = 1; i < out.length && sorted; i++) sorted = out[i - 1].nextStart! <= out[i].nextStart!;
  // Array.prototype.sort is stable: a distance order stays the tie-break.
  return sorted ? out : out.sort((a, b) => a.nextStart! - b.nextStart!);
}

/** A `limit` attribute as a count: a positive whole number, else undefined (no limit). */
export function parseLimit(v: unknown): number | undefined {
  const n = Math.floor(Number(v));
  return Number.isFinite(n) && n >= 1 ? n : undefined;
}

export interface EmbedView {
  /** What the list shows. */
  shown: Occurrence[];
  /** How many match (after `upcoming`): the count line's "of N". */
  total: number;
}

/** What an embed shows of the filtered `list`: upcoming only when asked, then at most `limit`. */
export function embedView(list: readonly Occurrence[], options: {upcoming?: boolean; limit?: unknown; now: number}): EmbedView {
  const all = options.upcoming ? upcomingOccurrences(list, options.now) : (list as Occurrence[]);
  const limit = parseLimit(options.limit);
  return {shown: limit !== undefined && all.length > limit ? all.slice(0, limit) : all, total: all.length};
}
