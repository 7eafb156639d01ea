/**
 * The pure rules of the "share your story" form of `<peer-story-carousel>`: the draft, its
 * validation against the server's limits and safe-storytelling hints (its wire body is
 * `storyBody()` in `sources/peerkit-stories.ts`). Loaded with the form only. No DOM here.
 */
import type {ContentWarning, ConsentDuration} from './story.js';

// --- sharing a story -----------------------------------------------------------------------------

export const LIMITS = {
  titleMin: 3,
  titleMax: 120,
  bodyMin: 50,
  bodyMax: 5000,
  nameMax: 40,
  altMin: 3,
  altMax: 300,
  photoBytes: 400 * 1024,
} as const;

/** What the visitor has typed so far (also the shape of the saved draft). */
export interface StoryDraft {
  title: string;
  body: string;
  name: string;
  /** Time in recovery as typed; empty = not given. */
  years: string;
  months: string;
  warnings: ContentWarning[];
  consentPublish: boolean;
  duration: ConsentDuration | '';
  photo?: {dataUrl: string; alt: string};
}

/** Whether a stored draft holds anything the visitor wrote or chose (worth restoring, with a notice). */
export function draftHasContent(d: Partial<StoryDraft> | undefined): boolean {
  if (!d) return false;
  const typed = (['title', 'body', 'name', 'years', 'months'] as const).some((k) => typeof d[k] === 'string' && !!d[k].trim());
  return typed || !!d.photo || !!d.warnings?.length || !!d.consentPublish || !!d.duration;
}

export const emptyDraft = (): StoryDraft => ({
  title: '',
  body: '',
  name: '',
  years: '',
  months: '',
  warnings: [],
  consentPublish: false,
  duration: '',
});

export type DraftField = 'title' | 'body' | 'name' | 'recovery' | 'consentPublish' | 'duration' | 'photo' | 'photoAlt';
export type DraftProblem = 'required' | 'tooShort' | 'tooLong' | 'invalid';

const count = (s: string) => [...s.trim()].length;

/** Total months from the years / months fields; undefined when neither is given; NaN when invalid. */
export function draftRecoveryMonths(d: Pick<StoryDraft, 'years' | 'months'>): number | undefined {
  const y = d.years.trim();
  const m = d.months.trim();
  if (!y && !m) return undefined;
  const isInt = (s: string) => s === '' || /^\d{1,3}$/.test(s);
  if (!isInt(y) || !isInt(m)) return NaN;
  const months = Number(m || 0);
  if (months > 11) return NaN;
  return Number(y || 0) * 12 + months;
}

/** Problems with a draft, by field; empty when it can be sent. */
export function validateDraft(d: StoryDraft): Partial<Record<DraftField, DraftProblem>> {
  const p: Partial<Record<DraftField, DraftProblem>> = {};
  const len = (field: DraftField, value: string, min: number, max: number) => {
    const n = count(value);
    if (!n) p[field] = 'required';
    else if (n < min) p[field] = 'tooShort';
    else if (n > max) p[field] = 'tooLong';
  };
  len('title', d.title, LIMITS.titleMin, LIMITS.titleMax);
  len('body', d.body, LIMITS.bodyMin, LIMITS.bodyMax);
  len('name', d.name, 1, LIMITS.nameMax);
  if (Number.isNaN(draftRecoveryMonths(d))) p.recovery = 'invalid';
  if (!d.consentPublish) p.consentPublish = 'required';
  if (!d.duration) p.duration = 'required';
  if (d.photo) {
    if (!/^data:image\/(jpeg|png|webp);base64,/.test(d.photo.dataUrl) || dataUrlBytes(d.photo.dataUrl) > LIMITS.photoBytes) p.photo = 'invalid';
    len('photoAlt', d.photo.alt, LIMITS.altMin, LIMITS.altMax);
  }
  return p;
}

/** Decoded size of a base64 data URL. */
export function dataUrlBytes(dataUrl: string): number {
  const b64 = dataUrl.slice(dataUrl.indexOf(',') + 1);
  const pad = b64.endsWith('==') ? 2 : b64.endsWith('=') ? 1 : 0;
  return Math.floor((b64.length * 3) / 4) - pad;
}

/** Suggest a pseudonym rather than a first name when time in recovery is under a year. */
export function suggestsPseudonym(recoveryMonths: number | undefined): boolean {
  return recoveryMonths !== undefined && !Number.isNaN(recoveryMonths) && recoveryMonths < 12;
}

const FELLOWSHIPS =
  /\b(alcoholics anonymous|narcotics anonymous|cocaine anonymous|crystal meth anonymous|marijuana anonymous|heroin anonymous|gamblers anonymous|al-?anon|alateen|nar-?anon|alcoh[oó]licos an[oó]nimos|narc[oó]ticos an[oó]nimos|AA|NA|CA|CMA)\b/;

/** Whether the text names a fellowship (anonymity traditions: we suggest not to, never require it). */
export function mentionsFellowship(text: string): boolean {
  return FELLOWSHIPS.test(text) || FELLOWSHIPS.test(text.toLowerCase());
}
