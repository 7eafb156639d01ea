/**
 * Meeting type codes without their names: normalising a code from a feed or an attribute, and the
 * codes with a meaning for attendance. Kept apart from the names table (`meeting-types.ts`) so the
 * finder's first load and its filters do not carry 92 names in two languages.
 */

/** Codes with a meaning for attendance rather than for the meeting's format. */
export const TEMPORARILY_CLOSED = 'TC';
export const ONLINE_TYPE = 'ONL';

const CODE_RE = /^[\p{L}\p{N}][\p{L}\p{N}_\-.]{0,23}$/u;

/**
 * Normalises one type code from a feed: trimmed, upper-case, the table's own spelling when known
 * (`12X12` → `12x12`, the one code of the Meeting Guide table that is not all upper-case; a test
 * holds this to the table). Undefined when it cannot be a code at all (empty, markup, a sentence).
 */
export function canonicalType(value: unknown): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const s = String(value).trim();
  if (!CODE_RE.test(s)) return undefined;
  const upper = s.toUpperCase();
  return upper === '12X12' ? '12x12' : upper;
}

/**
 * Type codes that name the meeting's language → its BCP 47 code (the `languages` filter): the
 * Meeting Guide table's languages (`S` is Spanish, `ASL` American Sign Language, `ase`), `ES` as
 * some feeds write Spanish, and the proposed sign languages. BMLT language formats arrive as these
 * codes already (`sources/bmlt.ts`).
 */
export const LANGUAGE_TYPES: Readonly<Record<string, string>> = {
  AF: 'af', AM: 'am', AR: 'ar', ASL: 'ase', BG: 'bg', DA: 'da', DE: 'de', EL: 'el', EN: 'en', ES: 'es', FA: 'fa', FI: 'fi',
  FR: 'fr', HE: 'he', HI: 'hi', HR: 'hr', HU: 'hu', IS: 'is', ITA: 'it', JA: 'ja', KA: 'ka', KOR: 'ko', LT: 'lt', ML: 'ml',
  MT: 'mt', NE: 'ne', NL: 'nl', NO: 'no', POL: 'pl', POR: 'pt', PUN: 'pa', QSL: 'fcs', RSL: 'rsl', RUS: 'ru', S: 'es', SK: 'sk',
  SL: 'sl', SV: 'sv', TH: 'th', TL: 'tl', TUR: 'tr', UK: 'uk',
};
