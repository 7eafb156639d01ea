/**
 * What the finder needs from the meeting model and sources, in one place. Everything here is either
 * a re-export of the model (`src/model/meeting-*.ts`, `src/sources/meetings.ts`) or a small piece
 * of presentation glue that belongs to this element (region options for a `<select>`, the deep-link
 * hash in this finder's namespace, a geocoder response).
 */
import type {Meeting, Occurrence} from '../../model/meeting.js';
import {status as occStatus} from '../../model/meeting-time.js';
import {flattenRegions, regionTree} from '../../model/meeting-filter.js';
import {wallTime} from '../../core/i18n.js';

export {visitorTime, endedToday} from '../../model/meeting-time.js';

export {occurrences} from '../../model/meeting-time.js';
export {filterOccurrences, availableLanguages, availableTypes} from '../../model/meeting-filter.js';

export function status(o: Occurrence, now: number): 'in-progress' | 'soon' | undefined {
  const s = occStatus(o, now);
  return s === 'in-progress' ? s : s === 'starting-soon' ? 'soon' : undefined;
}

/** Areas as `<option>`s: the region tree depth-first, children under their parents. */
export function regionOptions(meetings: readonly Meeting[], tag: string): {name: string; depth: number}[] {
  return flattenRegions(regionTree(meetings, tag)).map(({node, depth}) => ({name: node.name, depth}));
}

export {meetingHash, meetingIdFromHash, shareUrl} from '../../model/meeting-hash.js';

/** "7:30 PM – 8:30 PM" in the meeting's own wall clock. */
export function timeRange(m: Meeting, tag: string): string {
  if (m.start === null) return '';
  return m.end !== null ? `${wallTime(m.start, tag)} – ${wallTime(m.end, tag)}` : wallTime(m.start, tag);
}

