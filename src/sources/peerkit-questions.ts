/**
 * peerkit REST API adapter for questions (visitor side): the public list, receipt lookup, the
 * outbox preparer for submissions, and reading the outcome of a sent item. Wire shapes stay here;
 * `<peer-question-box>` sees `model/question.ts` objects. Validated by small hand-written guards (see below).
 */
import {apiUrl, request, PeerFetchError} from '../core/fetch.js';
import type {OutboxItem, Preparer} from '../core/outbox.js';
import {peerkitPreparer} from './peerkit-api.js';
import {ANSWER_ROLES, QUESTION_STATUSES, dateOnly, type AnswerRole, type PublishedPage, type PublishedQuestion, type QuestionStatus, type ReceiptStatus} from '../model/question.js';

// Hand-written guards rather than zod/mini: the two shapes are small, and zod would cost the
// question box's CDN file ~5 KB gzipped of its 30 KB budget. Same rules: unknown fields ignored,
// invalid records skipped and counted, an invalid envelope is an error.
type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const optString = (v: unknown) => (typeof v === 'string' && v ? v : undefined);
const isRole = (v: unknown): v is AnswerRole => (ANSWER_ROLES as readonly unknown[]).includes(v);
const isStatus = (v: unknown): v is QuestionStatus => (QUESTION_STATUSES as readonly unknown[]).includes(v);
const optNumber = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

function toPublished(raw: unknown): PublishedQuestion | undefined {
  if (!isObject(raw)) return undefined;
  const {id, body, answer, answered_by_role: role} = raw;
  const on = dateOnly(raw.published_on);
  if ((typeof id !== 'string' && typeof id !== 'number') || typeof body !== 'string' || !body.trim() || typeof answer !== 'string' || !answer.trim() || !isRole(role) || !on) return undefined;
  return {id: String(id), body, topic: optString(raw.topic), answer, role, publishedOn: on};
}

/** Where questions are posted (the outbox item's URL). */
export function questionsUrl(api: string): string {
  return apiUrl(api, 'v1/questions');
}

export interface PublishedQuery {
  topic?: string;
  search?: string;
  page?: number;
}

/** One page of published questions. Invalid records are skipped and counted; a bad envelope throws. */
export async function fetchPublished(api: string, query: PublishedQuery, signal?: AbortSignal): Promise<PublishedPage> {
  const url = apiUrl(api, 'v1/questions', {topic: query.topic, search: query.search, page: query.page && query.page > 1 ? query.page : undefined});
  const r = await request<unknown>(url, {signal});
  if (!r.ok) throw r.error;
  const env = r.data;
  if (!isObject(env) || !Array.isArray(env.items)) throw new PeerFetchError('invalid', `unexpected response: ${url}`);
  const items: PublishedQuestion[] = [];
  let skipped = 0;
  for (const raw of env.items) {
    const q = toPublished(raw);
    if (q) items.push(q);
    else skipped++;
  }
  const perPageRaw = optNumber(env.per_page);
  const perPage = perPageRaw && perPageRaw > 0 ? perPageRaw : Math.max(items.length, 1);
  return {items, total: optNumber(env.total) ?? items.length + skipped, page: optNumber(env.page) ?? query.page ?? 1, perPage, skipped};
}

/** Looks up a receipt (POST, so the code never lands in an access log). `null` when unknown (404). */
export async function lookupReceipt(api: string, receipt: string, signal?: AbortSignal): Promise<ReceiptStatus | null> {
  const url = apiUrl(api, 'v1/questions/lookup');
  const r = await request<unknown>(url, {method: 'POST', body: {receipt}, signal, retries: 0});
  if (!r.ok) {
    if (r.error.status === 404) return null;
    throw r.error;
  }
  const d = r.data;
  if (!isObject(d) || !isStatus(d.status)) throw new PeerFetchError('invalid', `unexpected response: ${url}`);
  return {
    status: d.status,
    answer: optString(d.answer),
    answeredOn: dateOnly(d.answered_at),
    role: isRole(d.answered_by_role) ? d.answered_by_role : undefined,
  };
}

/** The receipt code from a sent item's server response. */
export function receiptOf(item: Pick<OutboxItem, 'result'>): string | undefined {
  const r = item.result as {receipt?: unknown} | undefined;
  return typeof r?.receipt === 'string' && r.receipt ? r.receipt : undefined;
}

/** Why the server refused a question, as a key the box translates. */
export type Refusal = 'invalid' | 'spam' | 'forbidden' | 'other';

export function refusalOf(item: Pick<OutboxItem, 'error'>): Refusal {
  const status = item.error?.status ?? 0;
  const code = (item.error?.body as {error?: unknown} | undefined)?.error;
  if (status === 400 || status === 413 || status === 422 || code === 'invalid' || code === 'validation_failed') return 'invalid';
  if (code === 'spam' || code === 'honeypot') return 'spam';
  if (status === 401 || status === 403) return 'forbidden';
  return 'other';
}

/** A signed form token is refused for ~2 s after it is issued: the minimum time to write a question. */
export const MIN_TOKEN_AGE_MS = 2100;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The outbox preparer for questions: `peerkitPreparer(api)` (form token, proof of work), plus a wait
 * when it had to fetch a fresh token, so a queued question is not sent inside the token's minimum
 * age (which the server would answer like a success and drop).
 */
export function questionPreparer(api: string): Preparer {
  const base = peerkitPreparer(api);
  return async (item) => {
    const before = item.body.form_token;
    const body = await base(item);
    if (body.form_token && body.form_token !== before) await sleep(MIN_TOKEN_AGE_MS);
    return body;
  };
}

/** The API base of a questions URL built by `questionsUrl()`. */
export function apiOfQuestionsUrl(url: string): string {
  return url.replace(/\/v1\/questions\/?$/, '');
}

/** One preparer for every question in the shared outbox, whatever server each was written for. */
export const questionsPreparer: Preparer = (item) => questionPreparer(apiOfQuestionsUrl(item.url))(item);
