/**
 * Meeting type codes: the Meeting Guide table (87 codes + 5 proposed, English and Spanish names,
 * generated into `meeting-types-table.ts`), code normalisation, and display names that fall back to
 * a source's own names (`Meeting.extraTypeNames`, e.g. BMLT formats) and finally to the code itself.
 */
import type {Meeting} from './meeting.js';
import {MEETING_GUIDE_TYPES, PROPOSED_MEETING_GUIDE_TYPES} from './meeting-types-table.js';

export {MEETING_GUIDE_TYPES, PROPOSED_MEETING_GUIDE_TYPES};
export {canonicalType, ONLINE_TYPE, TEMPORARILY_CLOSED} from './meeting-type-codes.js';

const ALL: Record<string, readonly [string, string]> = {...MEETING_GUIDE_TYPES, ...PROPOSED_MEETING_GUIDE_TYPES};

/** Every known code (the 87 + the 5 proposed). */
export const KNOWN_TYPE_CODES: readonly string[] = Object.keys(ALL);

/** Codes in wide use that the spec's table lacks (the 12 Step Meeting List plugin's `ONL`). */
const COMMON_EXTRA: Record<string, readonly [string, string]> = {ONL: ['Online', 'En línea']};

/** Whether the code is in the Meeting Guide table (including the proposed codes). */
export function isKnownType(code: string): boolean {
  return code in ALL;
}

/**
 * A code's display name in `lang` (`en`, `es`, or a BCP 47 tag; other languages fall back to
 * English): the Meeting Guide table first, then the meeting's `extraTypeNames` (in `lang`, else
 * English, else any), then a few common codes outside the table (`ONL`), then the code itself.
 */
export function typeName(code: string, lang: string, meeting?: Pick<Meeting, 'extraTypeNames'>): string {
  const primary = lang.toLowerCase().split(/[-_]/)[0];
  const known = ALL[code];
  if (known) return primary === 'es' ? known[1] : known[0];
  const extra = meeting?.extraTypeNames?.[code];
  if (extra) {
    const name = extra[primary] ?? extra.en ?? Object.values(extra).find((v) => !!v);
    if (name) return name;
  }
  const common = COMMON_EXTRA[code];
  if (common) return primary === 'es' ? common[1] : common[0];
  return code;
}
