/**
 * peerkit REST API adapter for questions (visitor side): the public list, receipt lookup, the
 * outbox preparer for submissions, and reading the outcome of a sent item. Wire shapes stay here;
 * `<peer-question-box>` sees `model/question.ts` objects. Validated with zod/mini (`peerkit-questions.schemas.ts`).
 */
import {apiUrl, request, PeerFetchError} from '../core/fetch.js';
import type {OutboxItem, Preparer} from '../core/outbox.js';
import {formTokenReady, peerkitPreparer} from './peerkit-api.js';
import type {PublishedPage, PublishedQuestion, ReceiptStatus} from '../model/question.js';
import {retryableImport} from '../core/lazy-import.js';

// Responses are validated with zod/mini in a module of its own, imported in parallel with the
// request, so zod is not part of the question box's first load (budget 30 KB with Lit).
const schemas = retryableImport(() => import('./peerkit-questions.schemas.js'));
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

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
  const [r, {parsePage, parsePublished}] = await Promise.all([request<unknown>(url, {signal}), schemas()]);
  if (!r.ok) throw r.error;
  const env = parsePage(r.data);
  if (!env) throw new PeerFetchError('invalid', `unexpected response: ${url}`);
  const items: PublishedQuestion[] = [];
  let skipped = 0;
  for (const raw of env.items) {
    const q = parsePublished(raw);
    if (q) items.push(q);
    else skipped++;
  }
  const perPage = isNumber(env.per_page) && env.per_page > 0 ? env.per_page : Math.max(items.length, 1);
  return {items, total: env.total ?? items.length + skipped, page: env.page ?? query.page ?? 1, perPage, skipped};
}

/** Looks up a receipt (POST, so the code never lands in an access log). `null` when unknown (404). */
export async function lookupReceipt(api: string, receipt: string, signal?: AbortSignal): Promise<ReceiptStatus | null> {
  const url = apiUrl(api, 'v1/questions/lookup');
  const [r, {parseLookup}] = await Promise.all([request<unknown>(url, {method: 'POST', body: {receipt}, signal, retries: 0}), schemas()]);
  if (!r.ok) {
    if (r.error.status === 404) return null;
    throw r.error;
  }
  const status = parseLookup(r.data);
  if (!status) throw new PeerFetchError('invalid', `unexpected response: ${url}`);
  return status;
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

/**
 * How long to hold a form token when its server does not say (`min_submit_ms` in the token
 * response, which `formTokenReady` follows): the server's default minimum time to write is 2 s.
 */
export const MIN_TOKEN_AGE_MS = 2100;

/**
 * The outbox preparer for questions: `peerkitPreparer(api)` (form token, proof of work), plus a wait
 * when it had to fetch a fresh token, as long as the server asked, so a queued question is not sent
 * sooner than the server takes it.
 */
export function questionPreparer(api: string): Preparer {
  const base = peerkitPreparer(api);
  return async (item) => {
    const before = item.body.form_token;
    const body = await base(item);
    if (typeof body.form_token === 'string' && body.form_token !== before) await formTokenReady(body.form_token, {fetchedAt: Date.now(), ms: MIN_TOKEN_AGE_MS});
    return body;
  };
}

/** The API base of a questions URL built by `questionsUrl()`. */
export function apiOfQuestionsUrl(url: string): string {
  return url.replace(/\/v1\/questions\/?$/, '');
}

/** One preparer for every question in the shared outbox, whatever server each was written for. */
export const questionsPreparer: Preparer = (item) => questionPreparer(apiOfQuestionsUrl(item.url))(item);
