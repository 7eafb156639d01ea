/**
 * Storage: Kysely over better-sqlite3 (default) or PostgreSQL (`DATABASE_URL=postgres://…`), with one
 * set of migrations for both. Everything the server needs between requests lives here (rate-limit
 * buckets, daily salts, spent proof-of-work nonces, secrets), so several instances can share one
 * PostgreSQL.
 */
import {chmodSync, closeSync, existsSync, mkdirSync, openSync} from 'node:fs';
import {dirname, resolve} from 'node:path';
import {Kysely, SqliteDialect, PostgresDialect, Migrator, sql, type Migration, type MigrationProvider, type Generated} from 'kysely';
import Database from 'better-sqlite3';
import pg from 'pg';
import {newStoryKey, seal, type StoryText} from './seal.js';
import type {Lang} from './schemas.js';
import type {AnswerRole, QuestionStatus, StoryStatus} from '../src/model/question.js';
import type {ConsentDuration} from '../src/model/story.js';

export interface MeetingTable {
  slug: string;
  name: string;
  data: string; // the Meeting Guide record as JSON
  updated_at: string;
}
export interface ServiceTable {
  id: string;
  name: string;
  search_text: string; // folded name, description, organisation, taxonomy terms
  data: string; // the fully nested HSDS service as JSON
  updated_at: string;
}
export interface TaxonomyTermTable {
  id: string;
  code: string | null;
  name: string;
  description: string | null;
  parent_id: string | null;
  taxonomy: string | null;
}
export interface ServiceTaxonomyTable {
  service_id: string;
  taxonomy_term_id: string;
}
export interface MetaTable {
  key: string;
  value: string;
}
export interface SaltTable {
  day: string; // YYYY-MM-DD (UTC)
  salt: string;
}
export interface RateBucketTable {
  key: string; // scope + ':' + HMAC(truncated IP, daily salt)
  tokens: number;
  updated_ms: number;
}
export interface SpentPowTable {
  challenge: string;
  expires_ms: number;
}
export interface QuestionTable {
  id: Generated<number>;
  idem_hash: string;
  receipt_hash: string;
  /** HMAC of what was asked (body, topic, consent, language): a replay of the key must match it. */
  body_hash: string | null;
  body: string;
  topic: string | null;
  lang: Lang | null;
  publish_ok: number;
  urgent: number;
  status: QuestionStatus;
  answer: string | null;
  answered_by_role: AnswerRole | null;
  answered_on: string | null;
  published_on: string | null;
  created_on: string;
}
/**
 * A story: what its writer wrote (title, body, name, months in recovery, photo alt text) is only in
 * `sealed`, and the photo only in `photo`, both AES-256-GCM under the story's own key in
 * `story_keys` (see seal.ts). Withdrawal deletes that key, so no old page, WAL record or backup of
 * this row can be read again.
 */
export interface StoryTable {
  id: Generated<number>;
  idem_hash: string;
  withdraw_hash: string;
  /** HMAC of the submission (a replay of the key must match it); null once withdrawn. */
  body_hash: string | null;
  /** The row of `story_keys` holding this story's key; null once withdrawn. */
  key_id: string | null;
  /** The sealed StoryText; null once withdrawn. */
  sealed: Buffer | null;
  content_warnings: string; // JSON array
  consent_duration: ConsentDuration;
  status: StoryStatus;
  lang: Lang | null;
  /** The sealed photo bytes. */
  photo: Buffer | null;
  photo_type: string | null;
  created_on: string;
  approved_at: string | null; // ISO instant
  live_from: string | null; // ISO instant
  expires_at: string | null; // ISO instant
}
/** One random 256-bit key per story, deleted when the story is withdrawn. */
export interface StoryKeyTable {
  id: string;
  key: Buffer;
}
export interface ModeratorTable {
  id: Generated<number>;
  name: string;
  token_hash: string;
  created_on: string;
}
export interface AuditTable {
  id: Generated<number>;
  at: string; // ISO instant
  moderator: string;
  action: string;
  target_type: string;
  target_id: string;
}

export interface DB {
  meetings: MeetingTable;
  services: ServiceTable;
  taxonomy_terms: TaxonomyTermTable;
  service_taxonomy: ServiceTaxonomyTable;
  meta: MetaTable;
  salts: SaltTable;
  rate_buckets: RateBucketTable;
  spent_pow: SpentPowTable;
  questions: QuestionTable;
  stories: StoryTable;
  story_keys: StoryKeyTable;
  moderators: ModeratorTable;
  audit_log: AuditTable;
}

export type Dialect = 'sqlite' | 'postgres';

export interface Store {
  db: Kysely<DB>;
  dialect: Dialect;
  /** The SQLite file, when on SQLite. */
  file?: string;
  /** Data revisions (`meetings_rev`, `services_rev`): what prepared feed responses are keyed on. */
  revisions: Revisions;
  close(): Promise<void>;
}

/**
 * The current revision of a data set, which every import changes (`bumpRevision`, in the import's
 * transaction). SQLite: read from `meta` on each call (microseconds, and another process, such as
 * `peerkit import-hsds`, may have written it). PostgreSQL: remembered, and forgotten when any
 * instance's import commits (LISTEN/NOTIFY on `peerkit_revisions`), so a feed read costs no query;
 * while the listening connection is down, read on each call as on SQLite.
 */
export class Revisions {
  private known = new Map<string, string>();
  private generation = 0;
  private listener?: pg.Client;
  private listening = false;
  private closed = false;
  private retry?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly db: Kysely<DB>,
    private readonly listen?: () => pg.Client,
  ) {}

  async get(name: string): Promise<string> {
    if (this.listen && !this.listener && !this.closed) this.start();
    const hit = this.listening ? this.known.get(name) : undefined;
    if (hit !== undefined) return hit;
    const gen = this.generation;
    const value = (await getMeta(this.db, name)) ?? 'empty';
    if (this.listening && gen === this.generation) this.known.set(name, value);
    return value;
  }

  private start() {
    const client = (this.listener = this.listen!());
    const down = () => {
      if (this.listener !== client) return;
      this.listening = false;
      this.listener = undefined;
      this.forget();
      client.end().catch(() => {});
      if (!this.closed) this.retry = setTimeout(() => this.start(), 1000);
    };
    client.on('error', down);
    client.on('end', down);
    client.on('notification', () => this.forget());
    client
      .connect()
      .then(() => client.query('LISTEN peerkit_revisions'))
      .then(() => {
        if (this.listener === client) {
          this.forget();
          this.listening = true;
        }
      })
      .catch(down);
  }

  private forget() {
    this.generation++;
    this.known.clear();
  }

  /** This process changed a revision (its import committed): forget at once, not only on the notification. */
  changed(): void {
    this.forget();
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retry);
    const c = this.listener;
    this.listener = undefined;
    this.listening = false;
    await c?.end().catch(() => {});
  }
}

/** Gives a data set a new revision, in `trx` (the import's transaction); PostgreSQL tells every instance on commit. */
export async function bumpRevision(trx: Kysely<DB>, name: string, dialect: Dialect): Promise<void> {
  await setMeta(trx, name, `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`);
  if (dialect === 'postgres') await sql`select pg_notify('peerkit_revisions', ${name})`.execute(trx);
}

/** Opens the database named by a URL: `sqlite:<path>`, `sqlite::memory:`, `postgres://…`. */
export function openStore(url: string | undefined, options: {pgSchema?: string} = {}): Store {
  const u = url && url.trim() ? url.trim() : 'sqlite:./data/peerkit.db';
  if (/^postgres(ql)?:\/\//.test(u)) {
    const settings = {connectionString: u, ...(options.pgSchema ? {options: `-c search_path=${options.pgSchema.replace(/[^a-z0-9_]/gi, '')}`} : {})};
    const pool = new pg.Pool({...settings, max: 10});
    const db = new Kysely<DB>({dialect: new PostgresDialect({pool})});
    const revisions = new Revisions(db, () => new pg.Client(settings));
    return {
      db,
      dialect: 'postgres',
      revisions,
      close: async () => {
        await revisions.close();
        await db.destroy();
      },
    };
  }
  const path = u.replace(/^sqlite:(\/\/)?/, '') || './data/peerkit.db';
  const file = path === ':memory:' ? undefined : resolve(path);
  if (file) {
    // The database is for this server's user only (0600), and so are its WAL and shared-memory files,
    // which SQLite creates with the database file's permissions.
    if (!existsSync(dirname(file))) mkdirSync(dirname(file), {recursive: true, mode: 0o700});
    closeSync(openSync(file, 'a', 0o600));
    for (const f of [file, `${file}-wal`, `${file}-shm`]) if (existsSync(f)) chmodSync(f, 0o600);
  }
  const sqlite = new Database(file ?? ':memory:');
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('secure_delete = ON'); // withdrawn stories: overwrite freed pages
  // Kysely prepares every query afresh; better-sqlite3 statements are reusable, so keep a small cache.
  const prepare = sqlite.prepare.bind(sqlite);
  const statements = new Map<string, ReturnType<typeof prepare>>();
  sqlite.prepare = ((source: string) => {
    let stmt = statements.get(source);
    if (!stmt) {
      stmt = prepare(source);
      if (statements.size > 500) statements.clear();
      statements.set(source, stmt);
    }
    return stmt;
  }) as typeof sqlite.prepare;
  const db = new Kysely<DB>({dialect: new SqliteDialect({database: sqlite})});
  return {db, dialect: 'sqlite', file, revisions: new Revisions(db), close: () => db.destroy()};
}

function migrations(dialect: Dialect): Record<string, Migration> {
  const autoId = dialect === 'postgres' ? ('serial' as const) : ('integer' as const);
  const blob = dialect === 'postgres' ? sql`bytea` : sql`blob`;
  const idCol = <T extends {primaryKey(): T; autoIncrement(): T}>(c: T) => (dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement());
  return {
    '0001_initial': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('meetings')
          .addColumn('slug', 'text', (c) => c.primaryKey())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('data', 'text', (c) => c.notNull())
          .addColumn('updated_at', 'text', (c) => c.notNull())
          .execute();
        await db.schema
          .createTable('services')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('search_text', 'text', (c) => c.notNull())
          .addColumn('data', 'text', (c) => c.notNull())
          .addColumn('updated_at', 'text', (c) => c.notNull())
          .execute();
        await db.schema
          .createTable('taxonomy_terms')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('code', 'text')
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('description', 'text')
          .addColumn('parent_id', 'text')
          .addColumn('taxonomy', 'text')
          .execute();
        await db.schema
          .createTable('service_taxonomy')
          .addColumn('service_id', 'text', (c) => c.notNull())
          .addColumn('taxonomy_term_id', 'text', (c) => c.notNull())
          .addPrimaryKeyConstraint('service_taxonomy_pk', ['service_id', 'taxonomy_term_id'])
          .execute();
        await db.schema.createIndex('service_taxonomy_term').on('service_taxonomy').column('taxonomy_term_id').execute();
        await db.schema
          .createTable('meta')
          .addColumn('key', 'text', (c) => c.primaryKey())
          .addColumn('value', 'text', (c) => c.notNull())
          .execute();
        await db.schema
          .createTable('salts')
          .addColumn('day', 'text', (c) => c.primaryKey())
          .addColumn('salt', 'text', (c) => c.notNull())
          .execute();
        await db.schema
          .createTable('rate_buckets')
          .addColumn('key', 'text', (c) => c.primaryKey())
          .addColumn('tokens', 'double precision', (c) => c.notNull())
          .addColumn('updated_ms', 'double precision', (c) => c.notNull())
          .execute();
        await db.schema
          .createTable('spent_pow')
          .addColumn('challenge', 'text', (c) => c.primaryKey())
          .addColumn('expires_ms', 'double precision', (c) => c.notNull())
          .execute();
        await db.schema
          .createTable('questions')
          .addColumn('id', autoId, idCol)
          .addColumn('idem_hash', 'text', (c) => c.notNull().unique())
          .addColumn('receipt_hash', 'text', (c) => c.notNull().unique())
          .addColumn('body', 'text', (c) => c.notNull())
          .addColumn('topic', 'text')
          .addColumn('lang', 'text')
          .addColumn('publish_ok', 'integer', (c) => c.notNull())
          .addColumn('urgent', 'integer', (c) => c.notNull())
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('answer', 'text')
          .addColumn('answered_by_role', 'text')
          .addColumn('answered_on', 'text')
          .addColumn('published_on', 'text')
          .addColumn('created_on', 'text', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('questions_status').on('questions').column('status').execute();
        await db.schema
          .createTable('stories')
          .addColumn('id', autoId, idCol)
          .addColumn('idem_hash', 'text', (c) => c.notNull().unique())
          .addColumn('withdraw_hash', 'text', (c) => c.notNull().unique())
          .addColumn('title', 'text', (c) => c.notNull())
          .addColumn('body', 'text', (c) => c.notNull())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('recovery_months', 'integer')
          .addColumn('content_warnings', 'text', (c) => c.notNull())
          .addColumn('consent_duration', 'text', (c) => c.notNull())
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('lang', 'text')
          .addColumn('photo', blob)
          .addColumn('photo_type', 'text')
          .addColumn('photo_alt', 'text')
          .addColumn('created_on', 'text', (c) => c.notNull())
          .addColumn('approved_at', 'text')
          .addColumn('live_from', 'text')
          .addColumn('expires_at', 'text')
          .execute();
        await db.schema.createIndex('stories_status').on('stories').column('status').execute();
        await db.schema
          .createTable('moderators')
          .addColumn('id', autoId, idCol)
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('token_hash', 'text', (c) => c.notNull().unique())
          .addColumn('created_on', 'text', (c) => c.notNull())
          .execute();
        await db.schema
          .createTable('audit_log')
          .addColumn('id', autoId, idCol)
          .addColumn('at', 'text', (c) => c.notNull())
          .addColumn('moderator', 'text', (c) => c.notNull())
          .addColumn('action', 'text', (c) => c.notNull())
          .addColumn('target_type', 'text', (c) => c.notNull())
          .addColumn('target_id', 'text', (c) => c.notNull())
          .execute();
      },
    },
    '0002_sealed_stories_and_body_hashes': {
      // Stories' words and photos move into AES-256-GCM under a per-story key (withdrawal deletes
      // the key); questions and stories gain the hash a replayed idempotency key must match.
      async up(db0: Kysely<unknown>) {
        const db = db0 as unknown as Kysely<any>; // eslint-disable-line @typescript-eslint/no-explicit-any
        await db.schema
          .createTable('story_keys')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('key', blob, (c) => c.notNull())
          .execute();
        await db.schema.alterTable('questions').addColumn('body_hash', 'text').execute();
        await db.schema.alterTable('stories').addColumn('body_hash', 'text').execute();
        await db.schema.alterTable('stories').addColumn('key_id', 'text').execute();
        await db.schema.alterTable('stories').addColumn('sealed', blob).execute();
        const rows = await db.selectFrom('stories').select(['id', 'status', 'title', 'body', 'name', 'recovery_months', 'photo', 'photo_alt']).execute();
        for (const r of rows) {
          if (r.status === 'withdrawn') continue;
          const {id: keyId, key} = newStoryKey();
          const text: StoryText = {title: r.title, body: r.body, name: r.name, ...(r.recovery_months != null ? {recovery_months: Number(r.recovery_months)} : {}), ...(r.photo_alt ? {photo_alt: r.photo_alt} : {})};
          await db.insertInto('story_keys').values({id: keyId, key}).execute();
          await db
            .updateTable('stories')
            .set({title: '', body: '', name: '', recovery_months: null, photo_alt: null, key_id: keyId, sealed: seal(key, keyId, 'text', Buffer.from(JSON.stringify(text))), photo: r.photo ? seal(key, keyId, 'photo', Buffer.from(r.photo)) : null})
            .where('id', '=', r.id)
            .execute();
        }
        for (const col of ['title', 'body', 'name', 'recovery_months', 'photo_alt']) await db.schema.alterTable('stories').dropColumn(col).execute();
      },
    },
  };
}

/** Runs every pending migration (idempotent; safe when several instances start together on PostgreSQL); `to`: only up to that one (tests). */
export async function migrate(store: Store, options: {to?: string} = {}): Promise<void> {
  const provider: MigrationProvider = {getMigrations: async () => migrations(store.dialect)};
  // On PostgreSQL, name the schema the store works in: without it Kysely takes a migration table in
  // any schema of the database for its own, so a second peerkit (or test) schema never got one.
  const migrationTableSchema =
    store.dialect === 'postgres' ? (await sql<{s: string}>`SELECT current_schema() AS s`.execute(store.db)).rows[0]?.s : undefined;
  const migrator = new Migrator({db: store.db, provider, ...(migrationTableSchema ? {migrationTableSchema} : {})});
  const {error, results} = options.to ? await migrator.migrateTo(options.to) : await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  if (results?.some((r) => r.migrationName.startsWith('0002') && r.status === 'Success')) {
    // Stories written before 0002 were plain text: rewrite the files so no old copy of a row stays
    // in them (PostgreSQL: VACUUM FULL writes a new file; SQLite: secure_delete zeroed the freed
    // pages, and the WAL is emptied).
    if (store.dialect === 'postgres') await sql`VACUUM FULL stories`.execute(store.db).catch(() => {});
    else await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(store.db).catch(() => {});
  }
}

/** One round trip to the database (the health check). */
export async function ping(db: Kysely<DB>): Promise<void> {
  await sql`select 1`.execute(db);
}

export async function getMeta(db: Kysely<DB>, key: string): Promise<string | undefined> {
  const row = await db.selectFrom('meta').select('value').where('key', '=', key).executeTakeFirst();
  return row?.value;
}

export async function setMeta(db: Kysely<DB>, key: string, value: string): Promise<void> {
  await db
    .insertInto('meta')
    .values({key, value})
    .onConflict((oc) => oc.column('key').doUpdateSet({value}))
    .execute();
}
