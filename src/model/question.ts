/**
 * The question domain model: what the peerkit questions and moderation adapters produce and what
 * `<peer-question-box>` and `<peer-moderation-desk>` render. Pure, no DOM.
 */
import type {Story} from './story.js';

export const QUESTION_MIN_LENGTH = 10;
export const QUESTION_MAX_LENGTH = 2000;

/** What the visitor has written in the question box (also the shape of the draft kept on the device). */
export interface QuestionDraft {
  body: string;
  /** The topic chosen from the box's `topics`; absent: the box's own `topic`. */
  topic?: string;
  /** "You may publish my question with its answer" (anonymously). */
  publishOk: boolean;
}

export type QuestionStatus = 'pending' | 'answered' | 'published' | 'declined';
export const QUESTION_STATUSES: readonly QuestionStatus[] = ['pending', 'answered', 'published', 'declined'];
export type AnswerRole = 'peer' | 'clinician';
export const ANSWER_ROLES: readonly AnswerRole[] = ['peer', 'clinician'];

/** A question and its answer in the public list. */
export interface PublishedQuestion {
  id: string;
  body: string;
  topic?: string;
  answer: string;
  role: AnswerRole;
  /** `YYYY-MM-DD`: dates only, never a time. */
  publishedOn: string;
  /** The language it was asked in (BCP 47), for `lang` on the question and answer. */
  lang?: string;
}

export interface PublishedPage {
  items: PublishedQuestion[];
  total: number;
  page: number;
  perPage: number;
  /** Records that could not be read and were skipped. */
  skipped: number;
}

/** What the asker sees when checking a receipt. */
export interface ReceiptStatus {
  status: QuestionStatus;
  answer?: string;
  /** `YYYY-MM-DD`. */
  answeredOn?: string;
  role?: AnswerRole;
}

/** A question as a moderator sees it. */
export interface DeskQuestion {
  id: string;
  body: string;
  topic?: string;
  lang?: string;
  publishOk: boolean;
  urgent: boolean;
  status: QuestionStatus;
  answer?: string;
  role?: AnswerRole;
  createdOn: string;
}

export type StoryStatus = 'pending' | 'approved' | 'rejected' | 'withdrawn';
export const STORY_FILTERS = ['pending', 'approved', 'rejected', 'all'] as const;

/** A story as a moderator sees it: the public story's fields, and what only the desk shows. */
export interface DeskStory extends Pick<Story, 'id' | 'title' | 'body' | 'name' | 'recoveryMonths' | 'contentWarnings'> {
  consentDuration: string;
  status: string;
  hasPhoto: boolean;
  photoAlt?: string;
  createdOn: string;
  liveFrom?: string;
  expiresOn?: string;
}

export interface AuditEntry {
  at: string;
  moderator: string;
  action: string;
  targetType: string;
  targetId: string;
}

/** `YYYY-MM-DD` from a date or timestamp string; undefined when it is not one. */
export function dateOnly(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const m = value.match(/^(\d{4}-\d{2}-\d{2})/);
  return m ? m[1] : undefined;
}

/** Length of a question as the server and the textarea's `maxlength` count it (UTF-16 units, trimmed). */
export function questionLength(text: string): number {
  return text.trim().length;
}

/**
 * Why a question may not be published: the asker did not allow it (`no_consent`) or it has no
 * answer yet (`no_answer`); undefined when it may. The server refuses a publish with this code
 * (409) and the moderation desk says the reason next to its Publish button.
 */
export function publishRefusal(q: {publishOk: boolean; answer?: string | null}): 'no_consent' | 'no_answer' | undefined {
  if (!q.publishOk) return 'no_consent';
  if (!q.answer) return 'no_answer';
  return undefined;
}
