/**
 * The peer story domain model: what the stories adapter (`sources/peerkit-stories.ts`) produces and
 * `<peer-story-carousel>` renders, plus the pure rules of the "share your story" form (validation,
 * safe-storytelling hints, the wire body) and of the reader's content settings. No DOM here.
 */

/** Content warnings a storyteller or moderator can attach, in display order. */
export const CONTENT_WARNINGS = ['suicide-self-harm', 'substance-use', 'relapse', 'overdose', 'abuse'] as const;
export type ContentWarning = (typeof CONTENT_WARNINGS)[number];

/** How long the storyteller agrees to have the story published. */
export const CONSENT_DURATIONS = ['1y', '3y', 'until-withdrawn'] as const;
export type ConsentDuration = (typeof CONSENT_DURATIONS)[number];

export interface Story {
  id: string;
  title: string;
  /** Plain text; paragraphs separated by blank lines. */
  body: string;
  /** First name or pseudonym. */
  name: string;
  /** Time in recovery, in whole months. */
  recoveryMonths?: number;
  contentWarnings: ContentWarning[];
  /** http(s) URL only (checked by the adapter). */
  photoUrl?: string;
  photoAlt?: string;
  /** `YYYY-MM-DD`. */
  publishedOn: string;
}

/** A story the adapter skipped, with why. */
export interface StoryIssue {
  /** Position in the feed's array. */
  index: number;
  id?: string;
  reason: string;
}

export interface ParsedStories {
  stories: Story[];
  issues: StoryIssue[];
}

export const isContentWarning = (v: unknown): v is ContentWarning => (CONTENT_WARNINGS as readonly unknown[]).includes(v);

/** Stories the reader has not chosen to hide (any of their warnings is in `hidden`). */
export function visibleStories(stories: readonly Story[], hidden: readonly ContentWarning[]): Story[] {
  if (!hidden.length) return [...stories];
  return stories.filter((s) => !s.contentWarnings.some((w) => hidden.includes(w)));
}

/** Splits a story into paragraphs (blank lines), single line breaks kept inside a paragraph. */
export function paragraphs(body: string): string[] {
  return body
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

/** Stories longer than this many characters collapse behind "read more". */
export const LONG_STORY_CHARS = 600;
export const isLongStory = (body: string, limit = LONG_STORY_CHARS) => body.length > limit;

/** Years and months of a time in recovery given in months. */
export function recoveryParts(months: number): {years: number; months: number} {
  const m = Math.max(0, Math.floor(months));
  return {years: Math.floor(m / 12), months: m % 12};
}

/** "1 year, 6 months" / "1 año y 6 meses"; "less than a month" is left to the caller (returns ''). */
export function formatRecovery(totalMonths: number, tag: string): string {
  const {years, months} = recoveryParts(totalMonths);
  const unit = (n: number, u: 'year' | 'month') => new Intl.NumberFormat(tag, {style: 'unit', unit: u, unitDisplay: 'long'}).format(n);
  const parts = [years ? unit(years, 'year') : '', months ? unit(months, 'month') : ''].filter(Boolean);
  return parts.length ? new Intl.ListFormat(tag, {type: 'unit', style: 'long'}).format(parts) : '';
}

/** A `YYYY-MM-DD` date as a localised calendar date (the day itself, whatever the visitor's zone). */
export function formatStoryDate(date: string, tag: string): string {
  const d = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return date;
  return new Intl.DateTimeFormat(tag, {dateStyle: 'medium', timeZone: 'UTC'}).format(d);
}

// --- the reader's content settings -------------------------------------------------------------

export const HIDDEN_WARNINGS_KEY = 'peerkit:stories:hidden-warnings';

/** Reads the hidden warnings from a stored JSON string, ignoring anything unknown. */
export function parseHiddenWarnings(stored: string | null | undefined): ContentWarning[] {
  if (!stored) return [];
  try {
    const v: unknown = JSON.parse(stored);
    return Array.isArray(v) ? CONTENT_WARNINGS.filter((w) => v.includes(w)) : [];
  } catch {
    return [];
  }
}

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

/** The `POST {api}/v1/stories` body for a valid draft (without `form_token` / `idempotency_key`). */
export function submissionBody(d: StoryDraft, lang: string): Record<string, unknown> {
  const recovery = draftRecoveryMonths(d);
  const body: Record<string, unknown> = {
    title: d.title.trim(),
    body: d.body.trim(),
    name: d.name.trim(),
    content_warnings: CONTENT_WARNINGS.filter((w) => d.warnings.includes(w)),
    consent: {publish: d.consentPublish, duration: d.duration},
    lang,
    fax: '',
  };
  if (recovery !== undefined && !Number.isNaN(recovery)) body.recovery_months = recovery;
  if (d.photo) body.photo = {data_url: d.photo.dataUrl, alt: d.photo.alt.trim()};
  return body;
}

/** A withdrawal code as typed ("k7qh m3xd…") in the server's form `K7QH-M3XD-9TRV-2PWA`. */
export function normaliseCode(input: string): string {
  const raw = input.toUpperCase().replace(/[^A-Z0-9]/g, '');
  return raw.match(/.{1,4}/g)?.join('-') ?? '';
}

export const isCompleteCode = (code: string) => /^[A-Z0-9]{4}(-[A-Z0-9]{4}){3,}$/.test(code);
