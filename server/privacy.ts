/**
 * The privacy and abuse module every write goes through.
 *
 * - Client key: HMAC-SHA256(truncated IP (/24 for IPv4, /48 for IPv6), daily salt). The salt rotates
 *   at UTC midnight and is deleted by the first request of the next day, so yesterday's keys cannot be
 *   recomputed. The IP itself is never stored or logged.
 * - Token-bucket rate limits keyed on that HMAC (buckets in the DB, shared by every instance).
 * - Honeypot field and a signed form token (render timestamp): too fast → success-shaped, dropped.
 * - Idempotency: the code a write returns is an HMAC of its idempotency key with a server secret, so
 *   a replay returns the same code while only hashes are stored.
 * - Proof of work (ALTCHA-style), offered only when the rate limit trips (or `PEERKIT_POW=always`):
 *   a bounded extra allowance (its own bucket), harder with each use, bound to the network it was
 *   offered to, and single-use (spent challenges kept until they expire).
 */
import {createHash, createHmac, randomBytes, randomInt, timingSafeEqual} from 'node:crypto';
import {isIPv4, isIPv6} from 'node:net';
import {sql, type Kysely} from 'kysely';
import type {DB, Store} from './db.js';
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

export type Limit = {burst: number; perMinute: number};
export interface PowSolution {
  challenge: string;
  salt: string;
  number: number;
  signature: string;
}
export interface Challenge {
  algorithm: 'SHA-256';
  challenge: string;
  salt: string;
  maxnumber: number;
  signature: string;
}
export type Admission = {ok: true} | {ok: false; message: string; retryAfterS: number; challenge?: Challenge};

export interface PrivacyOptions {
  now: () => number;
  /** Requests per bucket burst and refill per minute; `rateLimit: false` disables (bench only). */
  rateLimit: false | Limit;
  lookupLimit: false | Limit;
  /** The extra writes a limited network may make with solved proofs of work (false: none). */
  powLimit: false | Limit;
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

  /** Loads every secret a write uses, so none has to be read inside the write's transaction. */
  async ready(): Promise<void> {
    if (this.secrets.size < 4) for (const name of ['form', 'codes', 'content', 'pow']) await this.secret(name);
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

  /** Deletes the salts of earlier days, rate buckets idle for a day and expired spent challenges. */
  async cleanup(force = false): Promise<void> {
    const now = this.options.now();
    if (!force && now - this.lastCleanup < 60_000) return;
    this.lastCleanup = now;
    // A salt is used for one UTC day and deleted with the first request of a later day (nothing needs
    // it then: a challenge is checked against today's key), so an earlier day's keys cannot be
    // recomputed. (An instance whose clock is a moment behind makes a new one for its day, deleted in turn.)
    const today = new Date(now).toISOString().slice(0, 10);
    await this.store.db.deleteFrom('salts').where('day', '<', today).execute();
    await this.store.db.deleteFrom('spent_pow').where('expires_ms', '<', now).execute();
    await this.store.db.deleteFrom('rate_buckets').where('updated_ms', '<', now - 24 * 3600_000).execute();
  }

  /** The anonymous client key for rate limiting. */
  async clientKey(ip: string | undefined): Promise<string> {
    const day = new Date(this.options.now()).toISOString().slice(0, 10);
    return hmac(await this.salt(day), truncateIp(ip)).toString('base64url');
  }

  /**
   * Takes one token from the client's bucket for `scope`, in one statement (an upsert whose update
   * only happens while a token is left), so the limit holds under any concurrency and across every
   * instance sharing the database: PostgreSQL serialises concurrent upserts of one key on its row
   * (or, for a new key, on the unique index), SQLite runs one writer at a time. `db` may be a
   * transaction, so a write that is refused later gives its token back with its rollback.
   */
  async take(db: Kysely<DB>, scope: string, clientKey: string, limit: Limit): Promise<{ok: boolean; retryAfterS: number}> {
    const key = `${scope}:${clientKey}`;
    const now = this.options.now();
    const [min, max] = this.store.dialect === 'postgres' ? ['least', 'greatest'] : ['min', 'max'];
    const num = (v: number) => sql<number>`cast(${v} as double precision)`;
    const refilled = sql<number>`${sql.raw(min)}(${num(limit.burst)}, rate_buckets.tokens + ${sql.raw(max)}(${num(0)}, ${num(now)} - rate_buckets.updated_ms) * ${num(limit.perMinute / 60_000)})`;
    const row = await db
      .insertInto('rate_buckets')
      .values({key, tokens: limit.burst - 1, updated_ms: now})
      .onConflict((oc) => oc.column('key').doUpdateSet({tokens: sql<number>`${refilled} - 1`, updated_ms: now}).where(refilled, '>=', num(1)))
      .returning('tokens')
      .executeTakeFirst();
    if (row) return {ok: true, retryAfterS: 0};
    return {ok: false, retryAfterS: await this.retryAfter(db, scope, clientKey, limit)};
  }

  /** The tokens left in a bucket now (a bucket never used is full). */
  async level(db: Kysely<DB>, scope: string, clientKey: string, limit: Limit): Promise<number> {
    const row = await db.selectFrom('rate_buckets').select(['tokens', 'updated_ms']).where('key', '=', `${scope}:${clientKey}`).executeTakeFirst();
    if (!row) return limit.burst;
    return Math.min(limit.burst, Number(row.tokens) + (Math.max(0, this.options.now() - Number(row.updated_ms)) / 60_000) * limit.perMinute);
  }

  /** Whole seconds until the bucket holds a token again (at least 1, at most a day). */
  async retryAfter(db: Kysely<DB>, scope: string, clientKey: string, limit: Limit): Promise<number> {
    const missing = 1 - (await this.level(db, scope, clientKey, limit));
    if (missing <= 0) return 1;
    return Math.min(86_400, Math.max(1, Math.ceil((missing / Math.max(limit.perMinute, 1e-9)) * 60)));
  }

  /**
   * May this write go in? The write bucket first; once it is empty, a solved proof of work (from a
   * challenge this same network was given with its 429) lets the write through on the separate
   * proof-of-work bucket, a bounded extra rate, and each challenge asks for more work the more of
   * that bucket is spent. A proof of work sent while the client is not limited is ignored.
   * With `PEERKIT_POW=always`, every write needs a solved challenge, and the limits still apply.
   */
  async admit(db: Kysely<DB>, clientKey: string, pow: PowSolution | undefined): Promise<Admission> {
    const {rateLimit, powLimit, powAlways} = this.options;
    const challenge = async (message: string, retryAfterS: number, needPowToken = true): Promise<Admission> => {
      const c = await this.challengeFor(db, clientKey, needPowToken);
      return c ? {ok: false, message, retryAfterS, challenge: c} : {ok: false, message: 'Too many submissions from your network; please try again later.', retryAfterS: Math.max(retryAfterS, await this.powRetryAfter(db, clientKey))};
    };
    if (powAlways && !(pow && (await this.verifyPow(db, pow, clientKey)))) return challenge(pow ? 'The proof of work was not valid; solve this new challenge.' : 'Please solve this proof-of-work challenge and resend.', 1, false);
    if (!rateLimit) return {ok: true};
    const w = await this.take(db, 'write', clientKey, rateLimit);
    if (w.ok) return {ok: true};
    if (!powLimit) return {ok: false, message: 'Too many submissions from your network; please try again later.', retryAfterS: w.retryAfterS};
    if (!pow) return challenge('Too many submissions from your network; solve this challenge and resend.', w.retryAfterS);
    if (!powAlways && !(await this.verifyPow(db, pow, clientKey))) return challenge('The proof of work was not valid; solve this new challenge.', w.retryAfterS);
    const p = await this.take(db, 'pow', clientKey, powLimit);
    if (p.ok) return {ok: true};
    return {ok: false, message: 'Too many submissions from your network; please try again later.', retryAfterS: Math.min(w.retryAfterS, p.retryAfterS)};
  }

  private async powRetryAfter(db: Kysely<DB>, clientKey: string): Promise<number> {
    return this.options.powLimit ? this.retryAfter(db, 'pow', clientKey, this.options.powLimit) : 1;
  }

  /** The work a challenge for this client asks now: `powMax` × (1 + proof-of-work tokens spent), at most 8×. */
  async difficulty(db: Kysely<DB>, clientKey: string): Promise<number> {
    const limit = this.options.powLimit;
    if (!limit) return this.options.powMax;
    const spent = Math.max(0, limit.burst - (await this.level(db, 'pow', clientKey, limit)));
    return Math.round(this.options.powMax * Math.min(8, 1 + spent));
  }

  // --- form tokens ---

  /** A signed render timestamp, and how long the form must wait before sending with it. */
  async formToken(): Promise<{token: string; min_submit_ms: number}> {
    const t = this.options.now().toString(36);
    const nonce = randomBytes(6).toString('base64url');
    const sig = hmac(await this.secret('form'), `${t}.${nonce}`).toString('base64url').slice(0, 32);
    return {token: `${t}.${nonce}.${sig}`, min_submit_ms: this.options.minSubmitMs};
  }

  /** 'ok', 'invalid' (bad signature or older than the maximum age), or how many ms are still to wait. */
  async checkFormToken(token: string): Promise<'ok' | 'invalid' | {waitMs: number}> {
    const [t, nonce, sig] = token.split('.');
    if (!t || !nonce || !sig) return 'invalid';
    const want = hmac(await this.secret('form'), `${t}.${nonce}`).toString('base64url').slice(0, 32);
    if (want.length !== sig.length || !timingSafeEqual(Buffer.from(want), Buffer.from(sig))) return 'invalid';
    const issued = parseInt(t, 36);
    const age = this.options.now() - issued;
    if (!Number.isFinite(issued) || age > this.options.formTokenMaxAgeMs || age < -60_000) return 'invalid';
    if (age < this.options.minSubmitMs) return {waitMs: this.options.minSubmitMs - age};
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
  /** What a replay of an idempotency key must match: an HMAC (server secret) of the submission. */
  async contentHash(kind: string, content: unknown): Promise<string> {
    return hmac(await this.secret('content'), `${kind}:${JSON.stringify(content)}`).toString('base64url');
  }

  // --- proof of work ---

  /**
   * A challenge for this client (its signature covers the client key, so it works only from the
   * network it was offered to), or undefined when its proof-of-work bucket is empty and solving
   * would not help (`needPowToken`).
   */
  async challengeFor(db: Kysely<DB>, clientKey: string, needPowToken = true): Promise<Challenge | undefined> {
    const limit = this.options.powLimit;
    if (needPowToken && limit && (await this.level(db, 'pow', clientKey, limit)) < 1) return undefined;
    const maxnumber = await this.difficulty(db, clientKey);
    const expires = Math.floor(this.options.now() / 1000) + 600;
    const salt = `${randomBytes(12).toString('hex')}?expires=${expires}&d=${maxnumber}`;
    const number = randomInt(0, maxnumber + 1);
    const challenge = sha256hex(salt + number);
    const signature = hmac(await this.secret('pow'), `${challenge}:${clientKey}`).toString('hex');
    return {algorithm: 'SHA-256', challenge, salt, maxnumber, signature};
  }

  /**
   * Verifies a solution for this client and spends it (single use, in `db`, which may be the write's
   * transaction). A challenge easier than this client's current difficulty is refused, so
   * challenges gathered early cannot be solved cheaply later.
   */
  async verifyPow(db: Kysely<DB>, p: PowSolution, clientKey: string): Promise<boolean> {
    const want = hmac(await this.secret('pow'), `${p.challenge}:${clientKey}`).toString('hex');
    if (want.length !== p.signature.length || !timingSafeEqual(Buffer.from(want), Buffer.from(p.signature))) return false;
    const params = new URLSearchParams(p.salt.split('?')[1] ?? '');
    const expires = Number(params.get('expires')) * 1000;
    if (!Number.isFinite(expires) || expires < this.options.now()) return false;
    if (!(Number(params.get('d')) >= (await this.difficulty(db, clientKey)))) return false;
    if (sha256hex(p.salt + p.number) !== p.challenge) return false;
    const r = await db
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
