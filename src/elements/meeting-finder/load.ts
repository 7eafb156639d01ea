/**
 * The feed loader and parsers (Meeting Guide, BMLT, their validation) in their own chunk: the
 * finder starts importing it as soon as an element is created, in parallel with its first render,
 * so the first paint (search box, loading state) does not wait for the parsers. The render parts of
 * what only meetings fill (filters, list, map region) come with them.
 */
export {loadMeetings} from '../../sources/meetings.js';
import {useModel} from './data.js';
import * as model from './data-model.js';

// The model's heavy half is here with the parsers: the element's `data` calls reach it from now on.
useModel(model);
// The regions drawn only once meetings are here come with the parsers, out of the first load.
export {renderFilters} from './parts/filters.js';
export {parseSiteTypeText, siteText} from '../../model/site-types.js';
export {renderBadges, renderEmpty, renderList, renderMapRegion} from './parts/results.js';
export {adoptCompactStyles, renderCompactList} from './parts/compact.js';
export {embedView} from '../../model/meeting-embed.js';

/** `fn` at most once per `ms` (a progress count: each call renders the loading state again). */
export function throttled(fn: (n: number) => void, ms = 250): (n: number) => void {
  let at = -Infinity;
  return (n) => {
    const t = performance.now();
    if (t - at < ms) return;
    at = t;
    fn(n);
  };
}
