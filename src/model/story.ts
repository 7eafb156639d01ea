/**
 * The peer story domain model: what the stories adapter (`sources/peerkit-stories.ts`) produces and
 * `<peer-story-carousel>` renders, and the reader's content settings. The "share your story" form's
 * rules (validation, safe-storytelling hints, the wire body) are in `story-draft.ts`. No DOM here.
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

// --- publication ---------------------------------------------------------------------------------

const YEAR_MS = 365.25 * 86_400_000;
/** How many years each consent lasts (0: until the storyteller withdraws it). */
const CONSENT_YEARS: Record<ConsentDuration, number> = {'1y': 1, '3y': 3, 'until-withdrawn': 0};

/**
 * When a story approved at `approvedAt` (ms) is public, as ISO instants: from the end of the
 * cooling-off period until its consent ends (`expiresAt` null: until withdrawn).
 */
export function publicationWindow(approvedAt: number, consent: ConsentDuration, coolingOffHours: number): {liveFrom: string; expiresAt: string | null} {
  const years = CONSENT_YEARS[consent];
  return {liveFrom: new Date(approvedAt + coolingOffHours * 3_600_000).toISOString(), expiresAt: years ? new Date(approvedAt + years * YEAR_MS).toISOString() : null};
}

/** Where a story stands with the public: only a `live` one is shown. */
export type StoryPublication = 'unapproved' | 'cooling-off' | 'live' | 'expired';

/**
 * The publish rule at `now` (ms): a story is live once approved and past its cooling-off period
 * (`liveFrom`), until its consent ends (`expiresAt`, none: until withdrawn). The server shows only
 * live stories (its SQL filter says the same, tested to agree) and the moderation desk says when an
 * approved one goes live.
 */
export function storyPublication(s: {status: string; liveFrom?: string | null; expiresAt?: string | null}, now: number): StoryPublication {
  const from = s.liveFrom ? Date.parse(s.liveFrom) : NaN;
  if (s.status !== 'approved' || Number.isNaN(from)) return 'unapproved';
  if (from > now) return 'cooling-off';
  return s.expiresAt && Date.parse(s.expiresAt) <= now ? 'expired' : 'live';
}

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

/** Where the hidden warnings are kept on the device (a JSON array, through `DeviceListController`). */
export const HIDDEN_WARNINGS_KEY = 'peerkit:stories:hidden-warnings';

/** The warnings a reader hides, from the list kept on their device (anything unknown ignored), in display order. */
export function hiddenWarnings(stored: readonly string[]): ContentWarning[] {
  return CONTENT_WARNINGS.filter((w) => stored.includes(w));
}
