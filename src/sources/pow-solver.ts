/** The proof-of-work solver (a lazy chunk, loaded by `peerkitPreparer` only when a server sends a challenge). */
import type {PowChallenge} from './peerkit-api.js';

const hex = (buf: ArrayBuffer) => [...new Uint8Array(buf)].map((b) => b.toString(16).padStart(2, '0')).join('');

/** Finds n in [0, maxnumber] with hex(SHA-256(salt + n)) === challenge (ALTCHA-style). */
export async function solveChallenge(c: PowChallenge, signal?: AbortSignal): Promise<number | undefined> {
  const enc = new TextEncoder();
  for (let n = 0; n <= c.maxnumber; n++) {
    if (signal?.aborted) return undefined;
    if (hex(await crypto.subtle.digest('SHA-256', enc.encode(c.salt + n))) === c.challenge) return n;
    if (n % 5000 === 4999) await new Promise((r) => setTimeout(r, 0)); // stay responsive
  }
  return undefined;
}
