/**
 * Withdrawal erases a story from the files, on SQLite (the database file and its WAL) and on
 * PostgreSQL (every heap file and WAL segment of the cluster's data directory, after CHECKPOINT and
 * VACUUM): its words and photo are never written in plain text, and its key is gone from the tables'
 * files once withdrawn. The PostgreSQL file check needs the data directory (`SHOW data_directory`)
 * to be readable by the test (CI runs as root); it is skipped, and says so, when it is not.
 */
import {test, describe, after} from 'node:test';
import assert from 'node:assert/strict';
import {accessSync, constants, existsSync, readdirSync, readFileSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {randomBytes} from 'node:crypto';
import {sql} from 'kysely';
import {startTestServer, api, mod, story, type TestServer} from './helpers.js';

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

const targets: [string, string][] = [['SQLite', 'sqlite']];
if (process.env.PEERKIT_TEST_PG_URL) targets.push(['PostgreSQL', process.env.PEERKIT_TEST_PG_URL]);

function files(dir: string, out: string[] = []): string[] {
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    const st = statSync(p, {throwIfNoEntry: false});
    if (st?.isDirectory()) files(p, out);
    else if (st?.isFile()) out.push(p);
  }
  return out;
}
/** The files (of `list`) holding `needle`. */
const holding = (list: string[], needle: Buffer) => list.filter((f) => existsSync(f) && readFileSync(f).includes(needle));

for (const [label, db] of targets) {
  describe(`withdrawal on ${label}`, () => {
    let s: TestServer;
    after(() => s?.close());

    test("a story's words and photo are never on disk in plain text, and once withdrawn its key is gone from the table files", async (t) => {
      s = await startTestServer({db, env: {PEERKIT_RATE_LIMIT: 'off', PEERKIT_STORY_COOLING_OFF_HOURS: '0'}});
      const marker = `wdr${randomBytes(6).toString('hex')}`;
      const photoMark = Buffer.from(`photo-${marker}`);
      const r = await story(s, {
        title: `Title ${marker}`,
        name: `Name ${marker}`,
        body: `Body ${marker}: eighteen months ago I could not walk into a meeting; now I open the door.`,
        photo: {data_url: `data:image/png;base64,${Buffer.concat([PNG, photoMark]).toString('base64')}`, alt: `Alt ${marker}`},
      });
      assert.equal(r.status, 201);
      const id = (await api(s, 'GET', '/v1/moderation/stories', undefined, mod(s))).json.items[0].id;
      // A moderator's edit is sealed too; the story reads back whole while it is published.
      const approved = await api(s, 'POST', `/v1/moderation/stories/${id}`, {action: 'approve', edits: {body: `Edited ${marker}: eighteen months ago I could not walk into a meeting; now I open it.`}}, mod(s));
      assert.equal(approved.status, 200);
      const published = (await api(s, 'GET', '/v1/stories')).json.items[0];
      assert.deepEqual([published.title, published.name, published.photo_alt], [`Title ${marker}`, `Name ${marker}`, `Alt ${marker}`]);
      assert.match(published.body, new RegExp(`^Edited ${marker}`));
      assert.ok(Buffer.from(await (await fetch(published.photo_url)).arrayBuffer()).includes(photoMark));
      let key = Buffer.alloc(0);
      let afterWithdrawal = async () => {};

      // SQLite: the database file and its WAL. PostgreSQL: every heap file and WAL segment, and the
      // key table's own heap file (a new one after each withdrawal's VACUUM FULL).
      let list = () => ['peerkit.db', 'peerkit.db-wal'].map((f) => join(s.dir, f));
      let keyFiles = list;
      const pg = label === 'PostgreSQL';
      if (pg) {
        const dataDir = (await sql<{data_directory: string}>`show data_directory`.execute(s.store.db)).rows[0].data_directory;
        try {
          accessSync(join(dataDir, 'pg_wal'), constants.R_OK);
          accessSync(join(dataDir, 'base'), constants.R_OK);
        } catch {
          t.skip(`the PostgreSQL data directory ${dataDir} is not readable here: file check skipped`);
          return;
        }
        list = () => [...files(join(dataDir, 'base')), ...files(join(dataDir, 'pg_wal'))];
        keyFiles = () => [join(dataDir, keyTablePath)];
        let keyTablePath = '';
        const refresh = async () => {
          await sql`CHECKPOINT`.execute(s.store.db);
          keyTablePath = (await sql<{p: string}>`select pg_relation_filepath('story_keys') as p`.execute(s.store.db)).rows[0].p;
        };
        await refresh();
        afterWithdrawal = async () => {
          await sql`VACUUM stories`.execute(s.store.db);
          await refresh();
        };
      }
      for (const needle of [marker, photoMark.toString()]) assert.deepEqual(holding(list(), Buffer.from(needle)), [], `${needle} in plain text`);
      key = Buffer.from((await s.store.db.selectFrom('story_keys').selectAll().executeTakeFirstOrThrow()).key);
      if (pg) assert.equal(holding(keyFiles(), key).length, 1, 'the key is in the key table while the story lives (so the check can see it)');

      assert.deepEqual((await api(s, 'POST', '/v1/stories/withdraw', {withdraw_code: r.json.withdraw_code})).json, {withdrawn: true});
      assert.deepEqual((await api(s, 'GET', '/v1/stories')).json.items, []);
      assert.equal((await s.store.db.selectFrom('story_keys').selectAll().execute()).length, 0);
      await afterWithdrawal();
      for (const needle of [marker, photoMark.toString()]) assert.deepEqual(holding(list(), Buffer.from(needle)), [], `${needle} in plain text after withdrawal`);
      assert.deepEqual(holding(keyFiles(), key), [], 'the withdrawn story’s key left in a table file');
    });
  });
}

/** Polls `check` (after `step`) until it holds, for at most ~20 s; false when it never did. */
async function eventually(check: () => Promise<boolean> | boolean, step: () => Promise<unknown> = async () => {}): Promise<boolean> {
  for (let i = 0; i < 200; i++) {
    await step();
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

for (const [label, db] of targets) {
  // Another session's transaction that began before the withdrawal must be let finish before the key
  // can leave the files: PostgreSQL keeps a deleted row for every snapshot older than the delete (a
  // rewrite of the table copies it), SQLite cannot empty its WAL while a reader is on it. Then the
  // erasure is finished (by whichever instance looks next; at most once a minute), not forgotten.
  const holders = label === 'SQLite' ? ['a reader in another process'] : ['a write transaction of another session', 'a read snapshot (REPEATABLE READ) of another session'];
  for (const holder of holders) {
    test(`withdrawal on ${label} while ${holder} is open: the key leaves the files once it ends`, async (t) => {
      const s = await startTestServer({db, env: {PEERKIT_RATE_LIMIT: 'off'}});
      let release = async () => {};
      try {
        const r = await story(s, {title: 'A story withdrawn while another session is open'});
        const key = Buffer.from((await s.store.db.selectFrom('story_keys').selectAll().executeTakeFirstOrThrow()).key);
        let keyFiles: () => Promise<string[]>;
        if (label === 'SQLite') {
          const {default: Database} = await import('better-sqlite3');
          const reader = new Database(join(s.dir, 'peerkit.db'));
          reader.exec('BEGIN');
          reader.prepare('select count(*) from questions').get();
          release = async () => {
            if (reader.open) reader.exec('COMMIT');
            reader.close();
          };
          keyFiles = async () => ['peerkit.db', 'peerkit.db-wal'].map((f) => join(s.dir, f));
        } else {
          const dataDir = (await sql<{data_directory: string}>`show data_directory`.execute(s.store.db)).rows[0].data_directory;
          try {
            accessSync(join(dataDir, 'base'), constants.R_OK);
          } catch {
            t.skip(`the PostgreSQL data directory ${dataDir} is not readable here: file check skipped`);
            return;
          }
          const schema = (await sql<{s: string}>`select current_schema() as s`.execute(s.store.db)).rows[0].s;
          const {default: pg} = await import('pg');
          const other = new pg.Client({connectionString: db, options: `-c search_path=${schema}`});
          await other.connect();
          if (holder.startsWith('a write')) {
            await other.query('BEGIN');
            await other.query(`insert into meta (key, value) values ('unrelated', 'x')`);
          } else {
            await other.query('BEGIN ISOLATION LEVEL REPEATABLE READ');
            await other.query('select count(*) from questions');
          }
          release = async () => {
            await other.query('COMMIT').catch(() => undefined);
            await other.end();
          };
          keyFiles = async () => {
            await sql`CHECKPOINT`.execute(s.store.db);
            return [join(dataDir, (await sql<{p: string}>`select pg_relation_filepath('story_keys') as p`.execute(s.store.db)).rows[0].p)];
          };
        }
        assert.deepEqual((await api(s, 'POST', '/v1/stories/withdraw', {withdraw_code: r.json.withdraw_code})).json, {withdrawn: true});
        assert.equal((await s.store.db.selectFrom('story_keys').selectAll().execute()).length, 0);
        // While the other session is open the key cannot leave the files (this is what the test is about).
        assert.equal(holding(await keyFiles(), key).length, 1, 'the other session holds the key in the files');
        await release();
        release = async () => {};
        // Any request a minute later finishes the erasure.
        const gone = await eventually(
          async () => holding(await keyFiles(), key).length === 0,
          async () => {
            s.clock.advance(61_000);
            await api(s, 'GET', '/v1/stories');
          },
        );
        assert.ok(gone, 'the withdrawn story’s key is still in a file after the other session ended');
      } finally {
        await release();
        await s.close();
      }
    });
  }
}

for (const [label, db] of targets) {
  test(`upgrading on ${label}: stories stored in plain text before are sealed by the migration and read the same`, async () => {
    const {openStore, migrate} = await import('../../server/db.js');
    const {freshPgSchema} = await import('./helpers.js');
    const {mkdtempSync, rmSync} = await import('node:fs');
    const {tmpdir} = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'peerkit-upgrade-'));
    const pgSchema = db === 'sqlite' ? undefined : await freshPgSchema(db);
    const store = db === 'sqlite' ? openStore(`sqlite:${join(dir, 'old.db')}`) : openStore(db, {pgSchema: pgSchema!.schema});
    try {
      await migrate(store, {to: '0001_initial'});
      const old = store.db as unknown as import('kysely').Kysely<Record<string, Record<string, unknown>>>;
      const base = {content_warnings: '[]', consent_duration: 'until-withdrawn', lang: 'en', photo_type: null, created_on: '2026-01-01', approved_at: '2026-01-01T00:00:00.000Z', live_from: '2026-01-01T00:00:00.000Z', expires_at: null};
      await old.insertInto('stories').values({...base, idem_hash: 'i1', withdraw_hash: 'w1', title: 'Old title', body: 'An old story in plain text, from before stories were sealed.', name: 'Old name', recovery_months: 7, status: 'approved', photo: null, photo_alt: null}).execute();
      await old.insertInto('stories').values({...base, idem_hash: 'i2', withdraw_hash: 'w2', title: '', body: '', name: '', recovery_months: null, status: 'withdrawn', photo: null, photo_alt: null}).execute();
      await migrate(store);
      const rows = await store.db.selectFrom('stories').selectAll().orderBy('id').execute();
      assert.equal(rows[0].key_id?.length, 32);
      assert.ok(rows[0].sealed && !Buffer.from(rows[0].sealed).includes(Buffer.from('plain text')));
      assert.equal(rows[1].key_id, null, 'a withdrawn story gets no key');
      const {storyRows, openStory} = await import('../../server/store/stories.js');
      const opened = (await storyRows(store.db).execute()).map(openStory);
      assert.deepEqual(opened.map((r) => [r.title, r.body, r.name, r.recovery_months]), [['Old title', 'An old story in plain text, from before stories were sealed.', 'Old name', 7]]);
      if (db === 'sqlite') {
        await store.close();
        for (const f of ['old.db', 'old.db-wal']) assert.deepEqual(holding([join(dir, f)], Buffer.from('from before stories were sealed')), [], f);
      }
    } finally {
      await store.close().catch(() => undefined);
      await pgSchema?.drop();
      rmSync(dir, {recursive: true, force: true});
    }
  });
}
