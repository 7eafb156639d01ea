/**
 * The pipeline every visitor write (a question, a story) goes through, in this order:
 *  1. honeypot (`fax` filled): answered like a success with a code of the right shape that is not
 *     the key's real code (a filled honeypot must not be a way round steps 2–4 to someone's receipt),
 *     nothing stored (only bots fill it);
 *  2. form token: missing/forged/expired → 400; younger than PEERKIT_MIN_SUBMIT_MS → 429 `too_fast`
 *     with `retry_after_ms` (never a receipt: a person sent it, and the widget waits and resends);
 *  3. idempotency: a key already stored is a replay, answered with the same code only when the
 *     submission is the same (its HMAC matches), 409 otherwise, 410 for a withdrawn story;
 *  4. one transaction: insert the row, then take a token from the network's bucket (or, once it is
 *     empty, a solved proof of work's bucket); refused → rollback → 429 (with a challenge while
 *     solving one would help) and Retry-After.
 * Inserting before taking means concurrent retries of one key wait for the first (the unique index
 * holds them on PostgreSQL; SQLite has one writer) and then replay it: one token per submission.
 */
import type {Kysely} from 'kysely';
import type {DB, Store} from './db.js';
import {HttpError} from './http.js';
import {codeHash, type Privacy, type PowSolution} from './privacy.js';
import {questionByIdem} from './store/questions.js';
import {storyByIdem} from './store/stories.js';

export interface WriteBody {
  idempotency_key: string;
  form_token?: string;
  fax: string;
  pow?: PowSolution;
}

export interface Write {
  kind: 'q' | 's';
  body: WriteBody;
  /** What the visitor wrote, in a fixed shape: a replay of the key must carry the same. */
  content: unknown;
  clientIp: string | undefined;
  /** Inserts the row (in the write's transaction). */
  insert(trx: Kysely<DB>, hashes: {idem_hash: string; body_hash: string; code_hash: string}): Promise<void>;
}

const isUnique = (e: unknown) => /unique|duplicate key/i.test(e instanceof Error ? e.message : String(e));

export function writer(store: Store, privacy: Privacy) {
  /** True when the key is stored with the same content; throws 409/410 when it may not be replayed. */
  async function replayed(kind: 'q' | 's', idem: string, bodyHash: string): Promise<boolean> {
    const row = kind === 'q' ? await questionByIdem(store.db, idem) : await storyByIdem(store.db, idem);
    if (!row) return false;
    if ('status' in row && row.status === 'withdrawn') throw new HttpError(410, 'withdrawn', 'This story was withdrawn; it cannot be sent again with the same key.');
    // Rows stored before body hashes existed (null) replay as they always did.
    if (row.body_hash !== null && row.body_hash !== bodyHash) {
      throw new HttpError(409, 'idempotency_key_reused', 'This idempotency key was used for a different submission; send a new one with a new key.');
    }
    return true;
  }

  /** Runs the pipeline; returns the receipt or withdrawal code to answer with (HttpError otherwise). */
  return async function write(w: Write): Promise<string> {
    await privacy.ready();
    if (w.body.fax !== '') return privacy.codeFor(`honeypot-${w.kind}`, w.body.idempotency_key);
    const code = await privacy.codeFor(w.kind, w.body.idempotency_key);
    const form = w.body.form_token ? await privacy.checkFormToken(w.body.form_token) : 'invalid';
    if (form === 'invalid') throw new HttpError(400, 'invalid_form_token', 'The form token is missing, forged or expired; fetch a new one from /v1/form-token.');
    if (form !== 'ok') {
      throw new HttpError(429, 'too_fast', 'This form was sent sooner after it was shown than a person can fill it in; send it again after retry_after_ms.', {retry_after_ms: form.waitMs}, {'Retry-After': String(Math.max(1, Math.ceil(form.waitMs / 1000)))});
    }
    const idem = privacy.idemHash(w.kind, w.body.idempotency_key);
    const bodyHash = await privacy.contentHash(w.kind, w.content);
    if (await replayed(w.kind, idem, bodyHash)) return code;
    const clientKey = await privacy.clientKey(w.clientIp);
    try {
      await store.db.transaction().execute(async (trx) => {
        await w.insert(trx, {idem_hash: idem, body_hash: bodyHash, code_hash: codeHash(code)});
        const a = await privacy.admit(trx, clientKey, w.body.pow);
        if (!a.ok) throw new HttpError(429, 'rate_limited', a.message, a.challenge ? {challenge: a.challenge} : {}, {'Retry-After': String(a.retryAfterS)});
      });
    } catch (e) {
      // A concurrent write of the same key won the race: answer as its replay.
      if (isUnique(e) && (await replayed(w.kind, idem, bodyHash))) return code;
      throw e;
    }
    return code;
  };
}

export type Writer = ReturnType<typeof writer>;

/** Receipt lookups and withdrawals: each takes a token of the network's lookup bucket (PEERKIT_LOOKUP_RATE_LIMIT), else 429. */
export function lookupGuard(store: Store, privacy: Privacy) {
  return async function guardLookup(clientIp: string | undefined): Promise<void> {
    const limit = privacy.options.lookupLimit;
    if (!limit) return;
    const t = await privacy.take(store.db, 'lookup', await privacy.clientKey(clientIp), limit);
    if (!t.ok) throw new HttpError(429, 'rate_limited', 'Too many lookups from your network; try again in a few minutes.', {}, {'Retry-After': String(t.retryAfterS)});
  };
}

export type LookupGuard = ReturnType<typeof lookupGuard>;
