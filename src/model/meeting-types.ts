/**
 * Meeting type codes: the Meeting Guide table (87 codes + 5 proposed, English and Spanish names,
 * generated into `meeting-types-table.ts`), code normalisation, and display names that fall back to
 * a source's own names (`Meeting.extraTypeNames`, e.g. BMLT formats) and finally to the code itself.
 */
import type {Meeting} from './meeting.js';
import {MEETING_GUIDE_TYPES, PROPOSED_MEETING_GUIDE_TYPES} from './meeting-types-table.js';

export {MEETING_GUIDE_TYPES, PROPOSED_MEETING_GUIDE_TYPES};

const ALL: Record<string, readonly [string, string]> = {...MEETING_GUIDE_TYPES, ...PROPOSED_MEETING_GUIDE_TYPES};

/** Upper-case form → the table's spelling (only `12x12` is not all upper-case). */
const CANONICAL = new Map<string, string>(Object.keys(ALL).map((code) => [code.toUpperCase(), code]));

/** Every known code (the 87 + the 5 proposed). */
export const KNOWN_TYPE_CODES: readonly string[] = Object.keys(ALL);

/** Codes with a meaning for attendance rather than for the meeting's format. */
export const TEMPORARILY_CLOSED = 'TC';
export const ONLINE_TYPE = 'ONL';

/** Codes in wide use that the spec's table lacks (the 12 Step Meeting List plugin's `ONL`). */
const COMMON_EXTRA: Record<string, readonly [string, string]> = {ONL: ['Online', 'En línea']};

const CODE_RE = /^[\p{L}\p{N}][\p{L}\p{N}_\-.]{0,23}$/u;

/**
 * Normalises one type code from a feed: trimmed, upper-case, the table's own spelling when known
 * (`12X12` → `12x12`). Undefined when it cannot be a code at all (empty, markup, a sentence).
 */
export function canonicalType(value: unknown): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const s = String(value).trim();
  if (!CODE_RE.test(s)) return undefined;
  const upper = s.toUpperCase();
  return CANONICAL.get(upper) ?? upper;
}

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
