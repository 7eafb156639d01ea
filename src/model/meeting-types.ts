/**
 * Meeting type codes: the Meeting Guide table (87 codes + 5 proposed, English and Spanish names,
 * generated into `meeting-types-table.ts`), code normalisation, and display names that fall back to
 * a source's own names (`Meeting.extraTypeNames`, e.g. BMLT formats) and finally to the code itself.
 */
import type {Meeting} from './meeting.js';
import {MEETING_GUIDE_TYPES, PROPOSED_MEETING_GUIDE_TYPES} from './meeting-types-table.js';
import {canonicalType, ONLINE_TYPE} from './meeting-type-codes.js';
import {fold} from './text.js';
import {NAWS_TYPE_NAMES} from './naws-formats.js';

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
 * A code's display name in `lang` (`en`, `es`, or a BCP 47 tag; another language reads `names`,
 * its table from `src/locales/<lang>/meeting-types.ts`, and English where that lacks a code): the
 * Meeting Guide table first; then the meeting's `extraTypeNames` in `lang` (a BMLT
 * server's own wording); then, in Spanish, the NAWS formats' names and a few common codes outside
 * the table (`ONL`); then the source's English name, the NAWS or common English name, the source's
 * name in any language; then the code itself, without the
 * `BMLT-` prefix a server's key gets when it collides with a Meeting Guide code (never shown).
 */
export function typeName(code: string, lang: string, meeting?: Pick<Meeting, 'extraTypeNames'>, names?: Readonly<Record<string, string>>): string {
  return knownTypeName(code, lang, meeting, names) ?? code.replace(/^BMLT-/, '');
}

/** `typeName` without its last fallback: undefined when neither a table nor the feed names the code. */
export function knownTypeName(code: string, lang: string, meeting?: Pick<Meeting, 'extraTypeNames'>, names?: Readonly<Record<string, string>>): string | undefined {
  const primary = lang.toLowerCase().split(/[-_]/)[0];
  const known = ALL[code];
  if (known) return primary === 'es' ? known[1] : (primary !== 'en' && names?.[code]) || known[0];
  const extra = meeting?.extraTypeNames?.[code];
  if (extra?.[primary]) return extra[primary];
  if (names?.[code]) return names[code];
  const common = COMMON_EXTRA[code] ?? NAWS_TYPE_NAMES[code];
  if (common && primary === 'es') return common[1];
  const name = extra?.en ?? common?.[0] ?? (extra && Object.values(extra).find((v) => !!v));
  return name || undefined;
}

/** Names feeds write instead of codes that are not the table's own names. */
const NAME_ALIASES: Record<string, string> = {
  online: 'ONL', 'online meeting': 'ONL', virtual: 'ONL', 'en linea': 'ONL', beginners: 'BE', beginner: 'BE', newcomers: 'BE',
  'wheelchair accessible': 'X', wheelchair: 'X', 'step meeting': 'ST', 'speaker meeting': 'SP', 'discussion meeting': 'D',
  'temporarily closed': 'TC', 'young people\'s': 'Y', 'young peoples': 'Y', abierto: 'O', cerrado: 'C', hombre: 'M', mujer: 'W', espanol: 'S',
};
let byName: Map<string, string> | undefined;
/** Folded (lower-case, no accents) English and Spanish names → code. */
function namesToCodes(): Map<string, string> {
  if (byName) return byName;
  byName = new Map(Object.entries(NAME_ALIASES));
  for (const [code, [en, es]] of Object.entries(ALL)) {
    for (const n of [en, es]) if (!byName.has(fold(n))) byName.set(fold(n), code);
  }
  return byName;
}

/**
 * One type from a feed as a code: a known code in any case ("o" → `O`), else a type's English or
 * Spanish name ("Open", "closed", "Mujeres", "Big Book" → `O`, `C`, `W`, `B`), else the value as an
 * unknown code (kept, upper-case), else undefined. Brackets and quotes around it are dropped, so a
 * list sent as text (`"[open]"`, `'["O","SP"]'`) reads item by item once split on its commas.
 */
export function typeCodeFromFeed(value: unknown): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  let s = String(value).trim();
  if (/^[[\]"'\s]|[[\]"'\s]$/.test(s)) s = s.replace(/^[[\]"'\s]+|[[\]"'\s]+$/g, '');
  const code = canonicalType(s);
  if (code && (code in ALL || code === ONLINE_TYPE)) return code;
  return namesToCodes().get(fold(s)) ?? code;
}
