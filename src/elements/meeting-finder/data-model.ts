/**
 * The meeting model's heavy half the finder needs only once meetings are here (occurrences,
 * filtering, statuses, the region tree): it comes with the parsers' chunk (`load.ts` installs it in
 * `data.ts`), out of the first load.
 */
import type {Meeting, Occurrence} from '../../model/meeting.js';
import {status as occStatus} from '../../model/meeting-time.js';
import {flattenRegions, regionTree} from '../../model/meeting-filter.js';

export {visitorTime, endedToday, occurrences} from '../../model/meeting-time.js';
export {filterOccurrences, availableLanguages, availableTypes} from '../../model/meeting-filter.js';

export function status(o: Occurrence, now: number): 'in-progress' | 'soon' | undefined {
  const s = occStatus(o, now);
  return s === 'in-progress' ? s : s === 'starting-soon' ? 'soon' : undefined;
}

/** Areas as `<option>`s: the region tree depth-first, children under their parents. */
export function regionOptions(meetings: readonly Meeting[], tag: string): {name: string; depth: number}[] {
  return flattenRegions(regionTree(meetings, tag)).map(({node, depth}) => ({name: node.name, depth}));
}
