/**
 * A read started before the code that handles its answer has loaded: the finder asks for its feed
 * at once, while its parser chunk is still on the way, and `request()` (`fetch.ts`) takes the
 * response over as its first attempt: the same timeout, errors and retries. Its own small module so
 * the first load carries these lines only, not the whole of `fetch.ts`.
 */

/** What every peerkit request sends (`fetch.ts` says why): no cookies, no referrer. */
export const PRIVATE_REQUEST = {credentials: 'omit', referrerPolicy: 'no-referrer', mode: 'cors'} as const satisfies RequestInit;

export interface StartedFetch {
  readonly response: Promise<Response>;
  /** Cancels it (an abort of `signal` does too). */
  abort(): void;
}

/** Starts a GET for JSON as `request()` would; hand it over as `RequestOptions.started`. */
export function startFetch(url: string, signal?: AbortSignal): StartedFetch {
  const stop = new AbortController();
  const abort = () => stop.abort();
  signal?.addEventListener('abort', abort, {once: true});
  const response = fetch(url, {method: 'GET', headers: {Accept: 'application/json'}, signal: stop.signal, ...PRIVATE_REQUEST});
  // A failure is read (and reported) by whoever takes the response over.
  response.catch(() => undefined);
  return {response, abort};
}
