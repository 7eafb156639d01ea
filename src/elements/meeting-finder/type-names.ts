/**
 * Meeting type names for the finder (a lazy chunk: the Meeting Guide table's 92 names in English
 * and Spanish), loaded when the visitor opens the type list or a meeting's details, never for the
 * first paint.
 */
import type {Meeting} from '../../model/meeting.js';
import {typeName as modelTypeName} from '../../model/meeting-types.js';

/** Per list of meetings, the few that carry their source's own type names (BMLT formats). */
const named = new WeakMap<readonly Meeting[], Meeting[]>();

/** A code's name in `lang`: the table, else a name the feed gave it (BMLT formats), else the code. */
export function typeName(code: string, lang: string, meetings: readonly Meeting[]): string {
  // One pass over the meetings per list, not one per type code (30 codes × 10,000 meetings).
  let withNames = named.get(meetings);
  if (!withNames) named.set(meetings, (withNames = meetings.filter((m) => m.extraTypeNames)));
  return modelTypeName(code, lang, withNames.find((m) => m.extraTypeNames?.[code]));
}
