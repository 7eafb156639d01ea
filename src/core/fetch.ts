/**
 * The one way peerkit talks to a backend: timeout, abort, retry with backoff for idempotent reads,
 * `credentials: 'omit'` and `referrerPolicy: 'no-referrer'` (a visitor's cookies and the page they
 * are reading are nobody's business), and failures as typed values.
 */
import {PRIVATE_REQUEST, type StartedFetch} from './fetch-start.js';

export type {StartedFetch} from './fetch-start.js';

export type FetchErrorKind = 'network' | 'timeout' | 'http' | 'parse' | 'invalid' | 'aborted';

export class PeerFetchError extends Error {
  readonly kind: FetchErrorKind;
  readonly status?: number;
  /** Parsed JSON error body from the server, when there was one. */
  readonly body?: unknown;
  constructor(kind: FetchErrorKind, message: string, status?: number, body?: unknown) {
    super(message);
    this.name = 'PeerFetchError';
    this.kind = kind;
    this.status = status;
    this.body = body;
  }
  /** Worth trying again later (network down, timeout, server overloaded)? */
  get transient(): boolean {
    return this.kind === 'network' || this.kind === 'timeout' || (this.kind === 'http' && (this.status === 408 || this.status === 429 || (this.status ?? 0) >= 500));
  }
}

export type FetchResult<T> =
  | {ok: true; data: T; status: number; headers: Headers}
  | {ok: false; error: PeerFetchError};

export interface RequestOptions {
  method?: string;
  /** JSON-serialised when not a string. */
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** Per attempt; default 15 s. */
  timeoutMs?: number;
  /** Extra attempts after the first; default 2 for GET/HEAD and 0 otherwise (writes go through the outbox). */
  retries?: number;
  /** `json` (default) or `text`. */
  as?: 'json' | 'text';
  /** Base backoff in ms (doubles each attempt, with jitter); default 400. */
  backoffMs?: number;
  /**
   * Reads a successful response's body instead of the default JSON parse (e.g. as a stream, see
   * `json-stream.ts`); called afresh on every attempt. A `SyntaxError` from it is a `parse` failure;
   * other errors reach the caller as they are.
   */
  read?: (res: Response) => Promise<unknown>;
  /**
   * A GET already under way (`startFetch`), taken as the first attempt: its response goes through
   * the same timeout (counted from here), error handling and retries as a request made here.
   */
  started?: StartedFetch;
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const id = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(id);
        reject(signal.reason);
      },
      {once: true},
    );
  });

const utf8 = new TextDecoder();

async function attempt<T>(url: string, o: RequestOptions, started?: StartedFetch): Promise<FetchResult<T>> {
  const timeout = new AbortController();
  if (started) timeout.signal.addEventListener('abort', started.abort, {once: true});
  const timer = setTimeout(() => timeout.abort(), o.timeoutMs ?? 15000);
  const onAbort = () => timeout.abort();
  o.signal?.addEventListener('abort', onAbort, {once: true});
  const headers: Record<string, string> = {Accept: 'application/json', ...o.headers};
  let body: string | undefined;
  if (o.body !== undefined) {
    body = typeof o.body === 'string' ? o.body : JSON.stringify(o.body);
    headers['Content-Type'] ??= 'application/json';
  }
  try {
    let res: Response;
    try {
      res = await (started?.response ?? fetch(url, {method: o.method ?? 'GET', headers, body, signal: timeout.signal, ...PRIVATE_REQUEST}));
    } catch (err) {
      if (o.signal?.aborted) return {ok: false, error: new PeerFetchError('aborted', 'aborted')};
      if (timeout.signal.aborted) return {ok: false, error: new PeerFetchError('timeout', `timed out: ${url}`)};
      return {ok: false, error: new PeerFetchError('network', `${(err as Error)?.message ?? err}: ${url}`)};
    }
    if (o.read && res.ok) {
      try {
        return {ok: true, data: (await o.read(res)) as T, status: res.status, headers: res.headers};
      } catch (err) {
        if (o.signal?.aborted) return {ok: false, error: new PeerFetchError('aborted', 'aborted')};
        if (err instanceof SyntaxError) return {ok: false, error: new PeerFetchError('parse', `not JSON: ${url}`, res.status)};
        if (err instanceof TypeError || (err as Error)?.name === 'AbortError') {
          return {ok: false, error: new PeerFetchError(timeout.signal.aborted ? 'timeout' : 'network', `body lost: ${url}`)};
        }
        throw err;
      }
    }
    let text: string;
    try {
      // Bytes, then one decode: for a multi-megabyte body Chromium hands an ArrayBuffer to the page
      // sooner than `text()` (about 140 against 240 ms for 4.5 MB, measured here). Same UTF-8 and BOM rules.
      text = utf8.decode(await res.arrayBuffer());
    } catch {
      if (o.signal?.aborted) return {ok: false, error: new PeerFetchError('aborted', 'aborted')};
      return {ok: false, error: new PeerFetchError(timeout.signal.aborted ? 'timeout' : 'network', `body lost: ${url}`)};
    }
    if (!res.ok) {
      let parsed: unknown;
      try {
        parsed = text ? JSON.parse(text) : undefined;
      } catch {
        /* not JSON */
      }
      return {ok: false, error: new PeerFetchError('http', `HTTP ${res.status}: ${url}`, res.status, parsed)};
    }
    if (o.as === 'text') return {ok: true, data: text as T, status: res.status, headers: res.headers};
    if (res.status === 204 || text === '') return {ok: true, data: undefined as T, status: res.status, headers: res.headers};
    try {
      return {ok: true, data: JSON.parse(text) as T, status: res.status, headers: res.headers};
    } catch {
      return {ok: false, error: new PeerFetchError('parse', `not JSON: ${url}`, res.status)};
    }
  } finally {
    clearTimeout(timer);
    o.signal?.removeEventListener('abort', onAbort);
  }
}

/** Fetches and parses; never throws. Retries idempotent reads on transient failures. */
export async function request<T = unknown>(url: string, options: RequestOptions = {}): Promise<FetchResult<T>> {
  const method = (options.method ?? 'GET').toUpperCase();
  const retries = options.retries ?? (method === 'GET' || method === 'HEAD' ? 2 : 0);
  const base = options.backoffMs ?? 400;
  for (let i = 0; ; i++) {
    // A request already started is the first attempt (a GET: only reads are started early).
    const result = await attempt<T>(url, options, i === 0 && method === 'GET' ? options.started : undefined);
    if (result.ok || i >= retries || !result.error.transient || options.signal?.aborted) return result;
    try {
      await sleep(base * 2 ** i * (0.75 + Math.random() * 0.5), options.signal);
    } catch {
      return {ok: false, error: new PeerFetchError('aborted', 'aborted')};
    }
  }
}

/** GET JSON, throwing a `PeerFetchError` on failure: the shape `@lit/task` wants. */
export async function getJson<T = unknown>(url: string, options: RequestOptions = {}): Promise<T> {
  const r = await request<T>(url, options);
  if (!r.ok) throw r.error;
  return r.data;
}

/** Joins an API base and a path without doubling or losing slashes. */
export function apiUrl(base: string, path: string, query?: Record<string, string | number | boolean | undefined | null>): string {
  const url = new URL(base.replace(/\/+$/, '') + '/' + path.replace(/^\/+/, ''), typeof location === 'undefined' ? 'http://localhost/' : location.href);
  for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined && v !== null && v !== '') url.searchParams.set(k, String(v));
  return url.toString();
}
