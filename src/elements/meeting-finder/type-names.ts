/**
 * Meeting type names for the finder (a lazy chunk: the Meeting Guide table's 92 names in English
 * and Spanish, and another language's table as a chunk of its own), loaded when the visitor opens
 * the type list or a meeting's details, never for the first paint.
 */
import type {Meeting} from '../../model/meeting.js';
import type {Lang} from '../../core/i18n.js';
import {knownTypeName, typeName as modelTypeName} from '../../model/meeting-types.js';
import {meetingTypes} from '../../locales/tables/meeting-types.js';

/** Whether the names in `lang` are here (English and Spanish always are). */
export function namesLoaded(lang: Lang): boolean {
  return lang === 'en' || lang === 'es' || !!meetingTypes.get(lang);
}

/** Loads the names in `lang`; settles when `namesLoaded(lang)` (English where the language has none). */
export function loadNames(lang: Lang): Promise<unknown> {
  return namesLoaded(lang) ? Promise.resolve() : meetingTypes.load(lang);
}

/** Per list of meetings, the few that carry their source's own type names (BMLT formats). */
const named = new WeakMap<readonly Meeting[], Meeting[]>();

/** A code's name in `lang`: the table, else a name the feed gave it (BMLT formats), else the code. */
export function typeName(code: string, lang: Lang, meetings: readonly Meeting[]): string {
  // One pass over the meetings per list, not one per type code (30 codes × 10,000 meetings).
  let withNames = named.get(meetings);
  if (!withNames) named.set(meetings, (withNames = meetings.filter((m) => m.extraTypeNames)));
  return modelTypeName(code, lang, withNames.find((m) => m.extraTypeNames?.[code]), lang === 'en' || lang === 'es' ? undefined : meetingTypes.get(lang));
}

/** Like `typeName`, but undefined when neither the table nor the feed names the code (the caller's fallback then). */
export function knownName(code: string, lang: Lang, meetings: readonly Meeting[]): string | undefined {
  let withNames = named.get(meetings);
  if (!withNames) named.set(meetings, (withNames = meetings.filter((m) => m.extraTypeNames)));
  return knownTypeName(code, lang, withNames.find((m) => m.extraTypeNames?.[code]), lang === 'en' || lang === 'es' ? undefined : meetingTypes.get(lang));
}
