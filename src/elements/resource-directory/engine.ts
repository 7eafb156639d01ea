/**
 * Everything the directory needs only once it has data: the HSDS adapter (with its zod/mini
 * schemas), the filter, the hours engine and the result cards. One lazy chunk, requested by
 * `data.ts` as soon as it runs; no service can be shown before a load through it has finished.
 */
export {HsdsClient, loadHsdsFile} from '../../sources/hsds.js';
export {categoryPresets, filterResources, optionCounts, statusAt} from '../../model/resource-filter.js';
export {ELIGIBILITY_KEYS, PAYMENT_KEYS} from '../../model/resource-facets.js';
export {hasHours, hoursExpiredOn, weeklyHours} from '../../model/hours.js';
export {renderActions, renderCard, statusText, verified} from './cards.js';
export {languageKey, languageName} from '../../model/resource-language.js';
export {renderEmptyResults, renderResultList} from './parts/result-list.js';
