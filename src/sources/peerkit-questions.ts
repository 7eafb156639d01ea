/**
 * peerkit REST API adapter for questions (visitor side): the public list, receipt lookup, the body
 * a question is posted with (through the outbox), and reading the outcome of a sent item. Wire shapes stay here;
 * `<peer-question-box>` sees `model/question.ts` objects. Validated with zod/mini (`peerkit-questions.schemas.ts`).
 */
import {apiUrl, request, PeerFetchError} from '../core/fetch.js';
import type {OutboxItem} from '../core/outbox.js';
import type {PublishedPage, PublishedQuestion, QuestionDraft, ReceiptStatus} from '../model/question.js';
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

/** `error`: the refused item's (`OutboxItem.error`); none or empty (it could not even be stored): `other`. */
export function refusalOf(error: {status?: number; body?: unknown} | undefined): Refusal {
  const status = error?.status ?? 0;
  const code = (error?.body as {error?: unknown} | undefined)?.error;
  if (status === 400 || status === 413 || status === 422 || code === 'invalid' || code === 'validation_failed') return 'invalid';
  if (code === 'spam' || code === 'honeypot') return 'spam';
  if (status === 401 || status === 403) return 'forbidden';
  return 'other';
}

/** The `POST {api}/v1/questions` body (the outbox adds `form_token` and `idempotency_key`). */
export function questionBody(d: QuestionDraft, options: {lang: string; topic?: string; fax?: string}): Record<string, unknown> {
  const body: Record<string, unknown> = {body: d.body.trim(), publish_ok: d.publishOk, lang: options.lang, fax: options.fax ?? ''};
  if (options.topic) body.topic = options.topic;
  return body;
}

/** The form again from a body `questionBody` wrote: a question still in the outbox whose draft is gone. */
export function questionDraftOf(body: Record<string, unknown>): QuestionDraft {
  return {body: typeof body.body === 'string' ? body.body : '', publishOk: body.publish_ok === true, ...(typeof body.topic === 'string' ? {topic: body.topic} : {})};
}
