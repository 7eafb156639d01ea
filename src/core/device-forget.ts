/**
 * The clearing behind "Forget this device" (a lazy chunk of `device.ts`): peerkit's localStorage
 * keys (the favourites only when asked), and in the outbox's IndexedDB every draft, kept code and
 * item already sent or refused. Items still waiting to be sent stay, and are sent.
 */
import {Outbox} from './outbox.js';
import {FAVOURITE_PREFIXES, type ForgetOptions} from './device.js';

export async function forget({favourites}: ForgetOptions): Promise<void> {
  try {
    for (const key of Object.keys(localStorage)) {
      if (key.startsWith('peerkit:') && (favourites || !FAVOURITE_PREFIXES.some((p) => key.startsWith(p)))) localStorage.removeItem(key);
    }
  } catch {
    /* storage disabled: nothing was kept there */
  }
  // Opening the database would create it: only when it exists (or the browser cannot tell).
  const dbs = await indexedDB.databases?.().catch(() => undefined);
  if (dbs && !dbs.some((d) => d.name === 'peerkit')) return;
  await Outbox.shared().forgetDone();
}
