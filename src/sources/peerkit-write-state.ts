/**
 * The lazy half of `failedWriteState()` (`peerkit-api.ts`): after a write got no answer while the
 * browser is online, a read to the same server tells a CORS refusal (`blocked`) from a server that
 * cannot be reached (`queued`), and a refusal is explained once per item in the console for the site.
 */
import {apiUrl, request} from '../core/fetch.js';
import type {OutboxItem} from '../core/outbox.js';

const blockedLogged = new Set<string>();

/** `blocked` when the server answers a read (so the browser refused the write), else `queued`; see `peerkit-api.ts`. */
export async function failedWriteState(api: string, item: Pick<OutboxItem, 'id' | 'error'>, what: 'questions' | 'stories'): Promise<'queued' | 'blocked'> {
  const read = await request(apiUrl(api, 'health'), {retries: 0, timeoutMs: 8000});
  if (!read.ok) return 'queued';
  if (!blockedLogged.has(item.id)) {
    blockedLogged.add(item.id);
    console.error(
      `[peerkit] This page cannot send ${what} to ${api}: the browser refused the request (CORS) while reads from that server work. ` +
        `On the server, add ${location.origin} to PEERKIT_ALLOWED_ORIGINS (a comma-separated list), or leave PEERKIT_ALLOWED_ORIGINS empty to accept visitor writes from any site. ` +
        `The visitor's ${what === 'questions' ? 'question' : 'story'} is kept on their device meanwhile. See "Embedding on other sites" in the server's README.`,
    );
  }
  return 'blocked';
}
