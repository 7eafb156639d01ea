/**
 * The lazy half of `refusedByBrowser()` (`peerkit-api.ts`): after a visitor write got no answer
 * while the browser is online, a read to the same server tells a CORS refusal (the server answers)
 * from a server that cannot be reached, and a refusal is explained once per page, server and kind of
 * write in the console for whoever runs the site.
 */
import {apiUrl, request} from '../core/fetch.js';
import type {VisitorWrite} from './peerkit-api.js';

const logged = new Set<string>();

const WHAT: Record<VisitorWrite, {what: string; kept: string}> = {
  questions: {what: 'send questions', kept: " The visitor's question is kept on their device meanwhile."},
  stories: {what: 'send stories', kept: " The visitor's story is kept on their device meanwhile."},
  lookups: {what: 'check receipt codes (POST /v1/questions/lookup)', kept: ''},
  withdrawals: {what: 'withdraw stories (POST /v1/stories/withdraw)', kept: ''},
};

/** True when the server answers a read, so the browser refused the write; see `peerkit-api.ts`. */
export async function refusedByBrowser(api: string, kind: VisitorWrite): Promise<boolean> {
  const read = await request(apiUrl(api, 'health'), {retries: 0, timeoutMs: 8000});
  if (!read.ok) return false;
  const key = `${api} ${kind}`;
  if (!logged.has(key)) {
    logged.add(key);
    const {what, kept} = WHAT[kind];
    console.error(
      `[peerkit] This page cannot ${what} to ${api}: the browser refused the request (CORS) while reads from that server work. ` +
        `On the server, add ${location.origin} to PEERKIT_ALLOWED_ORIGINS (a comma-separated list), or leave PEERKIT_ALLOWED_ORIGINS empty to accept visitor writes from any site.` +
        `${kept} See "Embedding on other sites" in the server's README.`,
    );
  }
  return true;
}
