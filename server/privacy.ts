/**
 * The privacy and abuse module every write goes through.
 *
 * - Client key: HMAC-SHA256(truncated IP (/24 for IPv4, /48 for IPv6), daily salt). The salt rotates
 *   at UTC midnight and is deleted after 48 h, so yesterday's keys cannot be recomputed. The IP itself
 *   is never stored or logged.
 * - Token-bucket rate limits keyed on that HMAC (buckets in the DB, shared by every instance).
 * - Honeypot field and a signed form token (render timestamp): too fast → success-shaped, dropped.
 * - Idempotency: the code a write returns is an HMAC of its idempotency key with a server secret, so
 *   a replay returns the same code while only hashes are stored.
 * - Proof of work (ALTCHA-style), offered only when the rate limit trips (or `PEERKIT_POW=always`);
 *   each solved challenge is single-use (spent challenges kept until they expire).
 */
import {createHash, createHmac, randomBytes, randomInt, timingSafeEqual} from 'node:crypto';
import {isIPv4, isIPv6} from 'node:net';
import {sql} from 'kysely';
import type {Store} from './db.js';
import {getMeta, setMeta} from './db.js';

export const sha256hex = (s: string | Buffer) => createHash('sha256').update(s).digest('hex');
const hmac = (key: string | Buffer, data: string) => createHmac('sha256', key).update(data).digest();

/** Truncates an address to its network: IPv4 /24, IPv6 /48. Unknown → a constant. */
export function truncateIp(ip: string | undefined): string {
  if (!ip) return 'unknown';
  let a = ip.trim();
  if (a.startsWith('::ffff:') && isIPv4(a.slice(7))) a = a.slice(7);
  if (isIPv4(a)) return a.split('.').slice(0, 3).join('.') + '.0/24';
  if (isIPv6(a)) {
    const [head, tail] = a.split('::');
    const h = head ? head.split(':') : [];
    const t = tail !== undefined ? (tail ? tail.split(':') : []) : [];
    const groups = tail !== undefined ? [...h, ...Array(Math.max(0, 8 - h.length - t.length)).fill('0'), ...t] : h;
    return groups.slice(0, 3).map((g) => parseInt(g || '0', 16).toString(16)).join(':') + '::/48';
  }
  return 'unknown';
}

const ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ'; // 32 symbols, no 0/O, 1/I

/** 16 readable characters in 4 groups (80 bits) derived from bytes. */
export function codeFrom(bytes: Buffer): string {
  let bits = 0n;
  for (const b of bytes.subarray(0, 10)) bits = (bits << 8n) | BigInt(b);
  let out = '';
  for (let i = 0; i < 16; i++) {
    out = ALPHABET[Number(bits & 31n)] + out;
    bits >>= 5n;
  }
  return out.match(/.{4}/g)!.join('-');
}

/** Normalises a typed code: case, spaces, dashes, and the look-alikes 0→O? (not in the alphabet) ignored. */
export function normaliseCode(code: string): string {
  return code.toUpperCase().replace(/[^0-9A-Z]/g, '');
}
export const codeHash = (code: string) => sha256hex('code:' + normaliseCode(code));

export interface PrivacyOptions {
  now: () => number;
  /** Requests per bucket burst and refill per minute; `rateLimit: false` disables (bench only). */
  rateLimit: false | {burst: number; perMinute: number};
  lookupLimit: false | {burst: number; perMinute: number};
  powAlways: boolean;
  powMax: number;
  minSubmitMs: number;
  formTokenMaxAgeMs: number;
}

export class Privacy {
  private secrets = new Map<string, Buffer>();
  private salts = new Map<string, Buffer>();
  private lastCleanup = 0;

  constructor(
    private store: Store,
    readonly options: PrivacyOptions,
  ) {}

  /** A server secret kept in the DB (created once; shared by instances). */
  async secret(name: string): Promise<Buffer> {
    const cached = this.secrets.get(name);
    if (cached) return cached;
    const key = `secret:${name}`;
    let value = await getMeta(this.store.db, key);
    if (!value) {
      await this.store.db
        .insertInto('meta')
        .values({key, value: randomBytes(32).toString('base64')})
        .onConflict((oc) => oc.column('key').doNothing())
        .execute();
      value = (await getMeta(this.store.db, key))!;
    }
    const buf = Buffer.from(value, 'base64');
    this.secrets.set(name, buf);
    return buf;
  }

  private async salt(day: string): Promise<Buffer> {
    const cached = this.salts.get(day);
    if (cached) return cached;
    await this.store.db
      .insertInto('salts')
      .values({day, salt: randomBytes(32).toString('base64')})
      .onConflict((oc) => oc.column('day').doNothing())
      .execute();
    const row = await this.store.db.selectFrom('salts').select('salt').where('day', '=', day).executeTakeFirstOrThrow();
    const buf = Buffer.from(row.salt, 'base64');
    this.salts.clear();
    this.salts.set(day, buf);
    await this.cleanup();
    return buf;
  }

  /** Deletes salts older than 48 h, empty-again rate buckets and expired spent challenges. */
  async cleanup(force = false): Promise<void> {
    const now = this.options.now();
    if (!force && now - this.lastCleanup < 60_000) return;
    this.lastCleanup = now;
    // A salt is used for one UTC day and deleted the day after (so it never lives beyond 48 h).
    const cutoff = new Date(now - 24 * 3600_000).toISOString().slice(0, 10);
    await this.store.db.deleteFrom('salts').where('day', '<', cutoff).execute();
    await this.store.db.deleteFrom('spent_pow').where('expires_ms', '<', now).execute();
    await this.store.db.deleteFrom('rate_buckets').where('updated_ms', '<', now - 24 * 3600_000).execute();
  }

  /** The anonymous client key for rate limiting. */
  async clientKey(ip: string | undefined): Promise<string> {
    const day = new Date(this.options.now()).toISOString().slice(0, 10);
    return hmac(await this.salt(day), truncateIp(ip)).toString('base64url');
  }

  /** Takes one token from the client's bucket for `scope`; false when empty. */
  async take(scope: string, clientKey: string, limit: {burst: number; perMinute: number}): Promise<boolean> {
    const key = `${scope}:${clientKey}`;
    const now = this.options.now();
    return this.store.db.transaction().execute(async (trx) => {
      // Lock the row on PostgreSQL so concurrent instances do not both spend the last token.
      const base = trx.selectFrom('rate_buckets').select(['tokens', 'updated_ms']).where('key', '=', key);
      const row = this.store.dialect === 'postgres' ? await base.forUpdate().executeTakeFirst() : await base.executeTakeFirst();
      const tokens = row ? Math.min(limit.burst, Number(row.tokens) + ((now - Number(row.updated_ms)) / 60_000) * limit.perMinute) : limit.burst;
      const ok = tokens >= 1;
      const left = ok ? tokens - 1 : tokens;
      await trx
        .insertInto('rate_buckets')
        .values({key, tokens: left, updated_ms: now})
        .onConflict((oc) => oc.column('key').doUpdateSet({tokens: left, updated_ms: now}))
        .execute();
      return ok;
    });
  }

  // --- form tokens ---

  async formToken(): Promise<string> {
    const t = this.options.now().toString(36);
    const nonce = randomBytes(6).toString('base64url');
    const sig = hmac(await this.secret('form'), `${t}.${nonce}`).toString('base64url').slice(0, 32);
    return `${t}.${nonce}.${sig}`;
  }

  /** 'ok' | 'too-fast' | 'invalid' (bad signature or older than the maximum age). */
  async checkFormToken(token: string): Promise<'ok' | 'too-fast' | 'invalid'> {
    const [t, nonce, sig] = token.split('.');
    if (!t || !nonce || !sig) return 'invalid';
    const want = hmac(await this.secret('form'), `${t}.${nonce}`).toString('base64url').slice(0, 32);
    if (want.length !== sig.length || !timingSafeEqual(Buffer.from(want), Buffer.from(sig))) return 'invalid';
    const issued = parseInt(t, 36);
    const age = this.options.now() - issued;
    if (!Number.isFinite(issued) || age > this.options.formTokenMaxAgeMs || age < -60_000) return 'invalid';
    if (age < this.options.minSubmitMs) return 'too-fast';
    return 'ok';
  }

  // --- codes ---

  /** The receipt / withdrawal code for a write, derived from its idempotency key. */
  async codeFor(kind: string, idempotencyKey: string): Promise<string> {
    return codeFrom(hmac(await this.secret('codes'), `${kind}:${idempotencyKey}`));
  }
  idemHash(kind: string, idempotencyKey: string): string {
    return sha256hex(`idem:${kind}:${idempotencyKey}`);
  }

  // --- proof of work ---

  async challenge(): Promise<{algorithm: 'SHA-256'; challenge: string; salt: string; maxnumber: number; signature: string}> {
    const expires = Math.floor(this.options.now() / 1000) + 600;
    const salt = `${randomBytes(12).toString('hex')}?expires=${expires}`;
    const number = randomInt(0, this.options.powMax + 1);
    const challenge = sha256hex(salt + number);
    const signature = hmac(await this.secret('pow'), challenge).toString('hex');
    return {algorithm: 'SHA-256', challenge, salt, maxnumber: this.options.powMax, signature};
  }

  /** Verifies a solution and spends it (single use). */
  async verifyPow(p: {challenge: string; salt: string; number: number; signature: string}): Promise<boolean> {
    const want = hmac(await this.secret('pow'), p.challenge).toString('hex');
    if (want.length !== p.signature.length || !timingSafeEqual(Buffer.from(want), Buffer.from(p.signature))) return false;
    const expires = Number(/[?&]expires=(\d+)/.exec(p.salt)?.[1]) * 1000;
    if (!Number.isFinite(expires) || expires < this.options.now()) return false;
    if (sha256hex(p.salt + p.number) !== p.challenge) return false;
    const r = await this.store.db
      .insertInto('spent_pow')
      .values({challenge: p.challenge, expires_ms: expires})
      .onConflict((oc) => oc.column('challenge').doNothing())
      .executeTakeFirst();
    return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
  }
}

/** Deletes every salt now (tests) — unused in production. */
export async function dropSalts(store: Store): Promise<void> {
  await sql`delete from salts`.execute(store.db);
}

export {setMeta};
