/**
 * Stories in the database: every read joins the story's key and opens its sealed text (seal.ts);
 * withdrawal deletes the key with the text, so nothing left behind can be read again.
 */
import {sql, type Kysely, type Updateable} from 'kysely';
import {getMeta, setMeta, type DB, type Store, type StoryTable} from '../db.js';
import {newStoryKey, seal, sealText, unseal, unsealText, type StoryText} from '../seal.js';
import type {Lang} from '../schemas.js';
import type {StoryStatus} from '../../src/model/question.js';
import {storyPublication, type ConsentDuration, type ContentWarning} from '../../src/model/story.js';

export interface NewStory {
  idem_hash: string;
  withdraw_hash: string;
  body_hash: string | null;
  text: StoryText;
  photo?: {bytes: Buffer; type: string};
  content_warnings: ContentWarning[];
  consent_duration: ConsentDuration;
  status: StoryStatus;
  lang: Lang | null;
  created_on: string;
  approved_at: string | null;
  live_from: string | null;
  expires_at: string | null;
}

/** Inserts a story with a key of its own (`db` may be a transaction). */
export async function insertStory(db: Kysely<DB>, s: NewStory): Promise<void> {
  const {id: keyId, key} = newStoryKey();
  await db.insertInto('story_keys').values({id: keyId, key}).execute();
  await db
    .insertInto('stories')
    .values({
      idem_hash: s.idem_hash,
      withdraw_hash: s.withdraw_hash,
      body_hash: s.body_hash,
      key_id: keyId,
      sealed: sealText(key, keyId, s.text),
      content_warnings: JSON.stringify(s.content_warnings),
      consent_duration: s.consent_duration,
      status: s.status,
      lang: s.lang,
      photo: s.photo ? seal(key, keyId, 'photo', s.photo.bytes) : null,
      photo_type: s.photo?.type ?? null,
      created_on: s.created_on,
      approved_at: s.approved_at,
      live_from: s.live_from,
      expires_at: s.expires_at,
    })
    .execute();
}

/** Stories that still have their key (every one not withdrawn), with the columns a listing needs. */
export function storyRows(db: Kysely<DB>) {
  return db
    .selectFrom('stories')
    .innerJoin('story_keys', 'story_keys.id', 'stories.key_id')
    .select([
      'stories.id as id',
      'stories.key_id as key_id',
      'story_keys.key as key',
      'stories.sealed as sealed',
      'stories.content_warnings as content_warnings',
      'stories.consent_duration as consent_duration',
      'stories.status as status',
      'stories.photo_type as photo_type',
      'stories.lang as lang',
      'stories.created_on as created_on',
      'stories.live_from as live_from',
      'stories.expires_at as expires_at',
    ]);
}

export interface StoryRow {
  id: number;
  key_id: string | null;
  key: Buffer | Uint8Array;
  sealed: Buffer | Uint8Array | null;
  content_warnings: string;
  consent_duration: ConsentDuration;
  status: StoryStatus;
  photo_type: string | null;
  lang: Lang | null;
  created_on: string;
  live_from: string | null;
  expires_at: string | null;
}

const buf = (b: Buffer | Uint8Array) => (Buffer.isBuffer(b) ? b : Buffer.from(b));

/** The row with its text opened. */
export function openStory<R extends StoryRow>(r: R): R & StoryText {
  return {...r, ...unsealText(buf(r.key), r.key_id!, r.sealed!)};
}

/** Replaces a story's text (moderator edits), sealed again under the same key. */
export async function updateStoryText(db: Kysely<DB>, id: number, text: StoryText): Promise<void> {
  const row = await db.selectFrom('stories').innerJoin('story_keys', 'story_keys.id', 'stories.key_id').select(['stories.key_id as key_id', 'story_keys.key as key']).where('stories.id', '=', id).executeTakeFirstOrThrow();
  await db
    .updateTable('stories')
    .set({sealed: sealText(buf(row.key), row.key_id!, text)})
    .where('id', '=', id)
    .execute();
}

/**
 * Live stories (approved, past the cooling-off period, consent not ended): the SQL form of
 * `storyPublication(…) === 'live'` (src/model/story.ts), which test/server/stories.test.ts holds
 * to the same answers.
 */
function liveStories(db: Kysely<DB>, nowIso: string) {
  return storyRows(db)
    .where('stories.status', '=', 'approved')
    .where('stories.live_from', '<=', nowIso)
    .where((eb) => eb.or([eb('stories.expires_at', 'is', null), eb('stories.expires_at', '>', nowIso)]));
}

/** The public list: live stories, newest first, at most 200; a story of no known language is in every language's list. */
export async function publishedStories(db: Kysely<DB>, nowIso: string, lang?: Lang) {
  let query = liveStories(db, nowIso);
  if (lang) query = query.where((eb) => eb.or([eb('stories.lang', '=', lang), eb('stories.lang', 'is', null)]));
  const rows = await query.orderBy('stories.live_from', 'desc').orderBy('stories.id', 'desc').limit(200).execute();
  return rows.map(openStory);
}

/** The moderation queue, oldest first, at most 500: withdrawn stories have no key left, so the join leaves them out. */
export async function storyQueue(db: Kysely<DB>, status: Exclude<StoryStatus, 'withdrawn'> | 'all') {
  let query = storyRows(db).where('stories.status', '!=', 'withdrawn');
  if (status !== 'all') query = query.where('stories.status', '=', status);
  const rows = await query.orderBy('stories.id', 'asc').limit(500).execute();
  return rows.map(openStory);
}

/** One story still in the queue (any status but withdrawn), opened; undefined when there is none. */
export async function queuedStory(db: Kysely<DB>, id: number) {
  const row = await storyRows(db).where('stories.id', '=', id).where('stories.status', '!=', 'withdrawn').executeTakeFirst();
  return row ? openStory(row) : undefined;
}

/** A moderator's decision: the columns it sets and, when they edited the words, the new text (sealed again), in one transaction. */
export async function moderateStory(db: Kysely<DB>, id: number, patch: Updateable<StoryTable>, text?: StoryText): Promise<void> {
  await db.transaction().execute(async (trx) => {
    if (text) await updateStoryText(trx, id, text);
    await trx.updateTable('stories').set(patch).where('id', '=', id).execute();
  });
}

type Photo = {bytes: Buffer; type: string};
const photoRow = (db: Kysely<DB>, id: number) => storyRows(db).select(['stories.photo as photo']).where('stories.id', '=', id).where('stories.status', '!=', 'withdrawn').executeTakeFirst();
const openPhoto = (row: Awaited<ReturnType<typeof photoRow>>): Photo | undefined =>
  row?.photo && row.photo_type && row.key_id ? {bytes: unseal(buf(row.key), row.key_id, 'photo', row.photo), type: row.photo_type} : undefined;

/** A live story's photo, opened; undefined when there is none or the story is not live at `nowIso`. */
export async function storyPhoto(db: Kysely<DB>, id: number, nowIso: string): Promise<Photo | undefined> {
  const row = await photoRow(db, id);
  return row && storyPublication({status: row.status, liveFrom: row.live_from, expiresAt: row.expires_at}, Date.parse(nowIso)) === 'live' ? openPhoto(row) : undefined;
}

/** The photo of any story still in the queue (not withdrawn), for the moderation desk, opened. */
export async function queuedStoryPhoto(db: Kysely<DB>, id: number): Promise<Photo | undefined> {
  return openPhoto(await photoRow(db, id));
}

/** The replay check of a write: what a stored story with this idempotency-key hash holds. */
export function storyByIdem(db: Kysely<DB>, idemHash: string) {
  return db.selectFrom('stories').select(['body_hash', 'status']).where('idem_hash', '=', idemHash).executeTakeFirst();
}

/**
 * The `meta` row saying that a withdrawn story's key may still be in the database files: on
 * PostgreSQL the id of the newest withdrawal's transaction (`pg_current_xact_id()`), on SQLite `1`.
 */
const ERASE_PENDING = 'withdrawn_keys_pending';

/**
 * Withdraws the story with this withdrawal-code hash: its key, text and photo are deleted in one
 * transaction, which also marks the erasure pending; then `eraseWithdrawnKeys` rids the files of
 * the deleted key. False when no story matches.
 */
export async function withdrawStory(store: Store, withdrawHash: string): Promise<boolean> {
  const done = await store.db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('stories').select(['id', 'key_id']).where('withdraw_hash', '=', withdrawHash).where('status', '!=', 'withdrawn').executeTakeFirst();
    if (!row) return false;
    await trx
      .updateTable('stories')
      .set({status: 'withdrawn', sealed: null, photo: null, photo_type: null, key_id: null, body_hash: null, content_warnings: '[]', live_from: null, approved_at: null, expires_at: null})
      .where('id', '=', row.id)
      .execute();
    if (row.key_id) await trx.deleteFrom('story_keys').where('id', '=', row.key_id).execute();
    if (store.dialect === 'postgres') {
      await sql`insert into meta (key, value) values (${ERASE_PENDING}, pg_current_xact_id()::text)
        on conflict (key) do update set value = greatest(meta.value::bigint, excluded.value::bigint)::text`.execute(trx);
    } else await setMeta(trx, ERASE_PENDING, '1');
    return true;
  });
  if (done) await eraseWithdrawnKeys(store, {waitMs: 1000, rewriteAnyway: true});
  return done;
}

/**
 * PostgreSQL: true when no session can still see rows deleted by transaction `xid`, so that a
 * rewrite of the table leaves them out: no transaction at least as old is running, no session of
 * this database (or of none: a standby's feedback) holds a snapshot that old, and no replication
 * slot holds the horizon back.
 */
async function nothingOlderThan(db: Kysely<DB>, xid: string): Promise<boolean> {
  const r = await sql<{clear: boolean}>`
    select ${xid}::xid8 >= pg_snapshot_xmax(pg_current_snapshot())
      or (pg_snapshot_xmin(pg_current_snapshot()) > ${xid}::xid8
        and not exists (select 1 from pg_stat_activity a
          where a.pid <> pg_backend_pid() and (a.datname = current_database() or a.datname is null)
            and a.backend_xmin is not null and age(a.backend_xmin) >= age(${xid}::xid8::xid))
        and not exists (select 1 from pg_replication_slots r
          where (r.database = current_database() or r.database is null) and r.xmin is not null and age(r.xmin) >= age(${xid}::xid8::xid))) as clear`.execute(db);
  return !!r.rows[0]?.clear;
}

/**
 * Rids the database files of withdrawn stories' keys, when a withdrawal marked it pending:
 * - SQLite: `secure_delete` has overwritten the freed pages; the WAL is checkpointed and truncated,
 *   which cannot complete while another process reads the database (then it stays pending);
 * - PostgreSQL: the key table is rewritten into a new file (VACUUM FULL), which leaves a deleted
 *   row out only once no session can still see it: a transaction or snapshot older than the
 *   withdrawal (another instance's write in flight, a report, a backup) keeps it. So this waits up
 *   to `waitMs` for those to end, and stays pending otherwise.
 * Pending work is finished by whichever instance calls this next (the app does at most once a
 * minute). True when nothing is left to do.
 */
export async function eraseWithdrawnKeys(store: Store, options: {waitMs?: number; rewriteAnyway?: boolean} = {}): Promise<boolean> {
  const pending = await getMeta(store.db, ERASE_PENDING);
  if (!pending) return true;
  if (store.dialect === 'sqlite') {
    const checkpoint = async () => Number((await sql<{busy: number}>`PRAGMA wal_checkpoint(TRUNCATE)`.execute(store.db)).rows[0]?.busy ?? 0) === 0;
    if (!(await checkpoint())) return false;
    await store.db.deleteFrom('meta').where('key', '=', ERASE_PENDING).execute();
    await checkpoint();
    return true;
  }
  const deadline = Date.now() + (options.waitMs ?? 0);
  let clear = await nothingOlderThan(store.db, pending);
  while (!clear && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 50));
    clear = await nothingOlderThan(store.db, pending);
  }
  if (!clear && !options.rewriteAnyway) return false;
  try {
    await sql`VACUUM FULL story_keys`.execute(store.db);
  } catch (e) {
    console.error(`peerkit: VACUUM FULL story_keys failed: ${e instanceof Error ? e.message : String(e)}`);
    return false;
  }
  // A withdrawal since (a newer transaction id) keeps its own mark.
  if (clear) await store.db.deleteFrom('meta').where('key', '=', ERASE_PENDING).where('value', '=', pending).execute();
  return clear;
}
