/**
 * What the finder needs from the meeting model and sources, in one place. Everything here is either
 * a re-export of the model (`src/model/meeting-*.ts`, `src/sources/meetings.ts`) or a small piece
 * of presentation glue that belongs to this element (region options for a `<select>`, the deep-link
 * hash in this finder's namespace, a geocoder response).
 */
import type {Meeting} from '../../model/meeting.js';
import {wallTime} from '../../core/i18n.js';

type Model = typeof import('./data-model.js');
let model: Model | undefined;
/** The parsers' chunk brings the model's heavy half (`data-model.ts`); every call below runs once meetings are here. */
export function useModel(m: Model): void {
  model = m;
}
const m = (): Model => model!;

export const visitorTime: Model['visitorTime'] = (...a) => m().visitorTime(...a);
export const endedToday: Model['endedToday'] = (...a) => m().endedToday(...a);
export const occurrences: Model['occurrences'] = (...a) => m().occurrences(...a);
export const filterOccurrences: Model['filterOccurrences'] = (...a) => m().filterOccurrences(...a);
export const availableLanguages: Model['availableLanguages'] = (...a) => m().availableLanguages(...a);
export const availableTypes: Model['availableTypes'] = (...a) => m().availableTypes(...a);
export const status: Model['status'] = (...a) => m().status(...a);
export const regionOptions: Model['regionOptions'] = (...a) => m().regionOptions(...a);

export {meetingHash, meetingIdFromHash, shareUrl} from '../../model/meeting-hash.js';

/** "7:30 PM – 8:30 PM" in the meeting's own wall clock. */
export function timeRange(m: Meeting, tag: string): string {
  if (m.start === null) return '';
  return m.end !== null ? `${wallTime(m.start, tag)} – ${wallTime(m.end, tag)}` : wallTime(m.start, tag);
}

