/**
 * Shared pieces of the peerkit REST API client for visitor writes (questions, stories): the signed
 * form token, the proof-of-work solver for when the server asks for one, the outbox preparer that
 * uses both, and telling a write the browser refused (CORS) from one the network lost.
 * Wire shapes stay here and in the sibling peerkit-* adapters; elements see domain objects.
 */
import {request, apiUrl} from '../core/fetch.js';
import type {OutboxItem, Preparer} from '../core/outbox.js';
import {retryableImport} from '../core/lazy-import.js';

export interface PowChallenge {
  algorithm: 'SHA-256';
  challenge: string;
  salt: string;
  maxnumber: number;
  signature: string;
}

/**
 * When each form token fetched on this page may be sent: the time it arrived plus the wait the
 * server asked for (`min_submit_ms`), so a write never goes out before the server would take it.
 */
const tokenReadyAt = new Map<string, number>();

/** A signed render timestamp; writes must carry it. Undefined when the server is unreachable. */
export async function fetchFormToken(api: string, signal?: AbortSignal): Promise<string | undefined> {
  const r = await request<{token?: unknown; min_submit_ms?: unknown}>(apiUrl(api, 'v1/form-token'), {signal, retries: 1});
  if (!r.ok || typeof r.data?.token !== 'string') return undefined;
  const wait = r.data.min_submit_ms;
  if (typeof wait === 'number' && wait >= 0) tokenReadyAt.set(r.data.token, Date.now() + Math.min(wait, 6e5) + 150);
  return r.data.token;
}

/**
 * Waits until `token` may be sent: as long as its server asked (`min_submit_ms`, measured from when
 * the token arrived), or `fallbackMs` from `fetchedAt` for a server that did not say.
 */
export async function formTokenReady(token: string | undefined, fallback: {fetchedAt: number; ms: number}): Promise<void> {
  const wait = token ? (tokenReadyAt.get(token) ?? fallback.fetchedAt + fallback.ms) - Date.now() : 0;
  if (wait > 0) await new Promise((r) => setTimeout(r, wait));
}

const writeState = retryableImport(() => import('./peerkit-write-state.js'));

/** What a request the browser may refuse was for: the console advice names it. */
export type VisitorWrite = 'questions' | 'stories' | 'lookups' | 'withdrawals';

/**
 * Whether a visitor write (a question, a story, a receipt lookup, a withdrawal) that got no answer
 * was refused by the browser itself: the browser is online and the same server answers a read, so
 * the server does not let this site's pages write (CORS). The site is told once in the console what
 * to set. The check is a lazy chunk: it runs only after a failure, and a chunk that cannot be
 * fetched means the network is down, so `false`.
 */
export function refusedByBrowser(api: string, error: {kind?: string} | undefined, what: VisitorWrite): Promise<boolean> {
  if (error?.kind !== 'network' || navigator.onLine === false) return Promise.resolve(false);
  return writeState().then(
    (m) => m.refusedByBrowser(api, what),
    () => false,
  );
}

/**
 * What to tell a visitor after an outbox write attempt failed without an answer: `blocked` when the
 * browser refused it (`refusedByBrowser`: say so plainly, promise nothing); otherwise `queued`
 * (offline, or the server unreachable: the outbox sends it when it can).
 */
export async function failedWriteState(api: string, item: Pick<OutboxItem, 'id' | 'error'>, what: 'questions' | 'stories'): Promise<'queued' | 'blocked'> {
  return (await refusedByBrowser(api, item.error, what)) ? 'blocked' : 'queued';
}

// The solver runs only after a 429 with a challenge: a chunk of its own, out of the widgets' first load.
const powSolver = retryableImport(() => import('./pow-solver.js'));

function challengeOf(item: OutboxItem): PowChallenge | undefined {
  const body = item.error?.body as {challenge?: PowChallenge} | undefined;
  const c = body?.challenge;
  return c && typeof c.challenge === 'string' && typeof c.salt === 'string' && typeof c.maxnumber === 'number' ? c : undefined;
}

/**
 * How long to hold a form token when its server does not say (`min_submit_ms` in the token
 * response, which `formTokenReady` follows): the server's default minimum time to write is 2 s.
 */
export const MIN_TOKEN_AGE_MS = 2100;

/** The API base of a write's URL (`{api}/v1/questions`, `{api}/v1/stories`). */
export const apiOfWriteUrl = (url: string) => url.replace(/\/v1\/[^/?#]+\/?$/, '');

/**
 * The outbox preparer of every peerkit write (questions and stories), for whatever server each was
 * written: the server is the one in the item's own URL, so two forms on one page that send to two
 * servers each get their own form token. It adds a form token when the item has none (or the server
 * said it was invalid), then waits as long as that server asked before sending it; and it solves the
 * proof-of-work challenge the server sent with a 429.
 */
export const peerkitPreparer: Preparer = async (item) => {
  const api = apiOfWriteUrl(item.url);
  const body: Record<string, unknown> = {...item.body};
  delete body.pow;
  const errorCode = (item.error?.body as {error?: string} | undefined)?.error;
  if (!body.form_token || errorCode === 'invalid_form_token') {
    const token = await fetchFormToken(api);
    if (token) {
      body.form_token = token;
      await formTokenReady(token, {fetchedAt: Date.now(), ms: MIN_TOKEN_AGE_MS});
    }
  }
  const c = challengeOf(item);
  if (c) {
    const number = await powSolver().then((m) => m.solveChallenge(c), () => undefined);
    if (number !== undefined) body.pow = {challenge: c.challenge, salt: c.salt, number, signature: c.signature};
  }
  return body;
};
