/** Questions in the database: the asker's write, their receipt lookup, the public list and the moderation queue. */
import type {Insertable, Kysely, Selectable, Updateable} from 'kysely';
import type {DB, QuestionTable} from '../db.js';
import type {Lang} from '../schemas.js';
import type {QuestionStatus} from '../../src/model/question.js';

/** Inserts a question (`db` may be the write's transaction). */
export async function insertQuestion(db: Kysely<DB>, q: Insertable<QuestionTable>): Promise<void> {
  await db.insertInto('questions').values(q).execute();
}

/** The replay check of a write: what a stored question with this idempotency-key hash holds. */
export function questionByIdem(db: Kysely<DB>, idemHash: string) {
  return db.selectFrom('questions').select(['body_hash']).where('idem_hash', '=', idemHash).executeTakeFirst();
}

/** What the asker may read with their receipt: the status and any answer. */
export function questionByReceipt(db: Kysely<DB>, receiptHash: string) {
  return db.selectFrom('questions').select(['status', 'answer', 'answered_on', 'answered_by_role']).where('receipt_hash', '=', receiptHash).executeTakeFirst();
}

export interface PublishedQuery {
  topic?: string;
  lang?: Lang;
  /** Words that must each be in the question or its answer (case folded, at most 8). */
  search?: string;
  page: number;
  per_page: number;
}

/** A page of published questions, newest first, and how many there are in all. */
export async function publishedQuestions(db: Kysely<DB>, q: PublishedQuery) {
  let query = db.selectFrom('questions').where('status', '=', 'published');
  if (q.topic) query = query.where('topic', '=', q.topic);
  if (q.lang) query = query.where('lang', '=', q.lang);
  for (const w of (q.search ?? '').toLowerCase().split(/\s+/).filter(Boolean).slice(0, 8)) {
    const like = `%${w.replace(/[%_\\]/g, '')}%`;
    query = query.where((eb) => eb.or([eb(eb.fn('lower', ['body']), 'like', like), eb(eb.fn('lower', ['answer']), 'like', like)]));
  }
  const total = Number((await query.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirst())?.n ?? 0);
  const rows = await query
    .select(['id', 'body', 'topic', 'answer', 'answered_by_role', 'published_on', 'lang'])
    .orderBy('published_on', 'desc')
    .orderBy('id', 'desc')
    .limit(q.per_page)
    .offset((q.page - 1) * q.per_page)
    .execute();
  return {total, rows};
}

const QUEUE_COLUMNS = ['id', 'body', 'topic', 'lang', 'publish_ok', 'urgent', 'status', 'answer', 'answered_by_role', 'created_on'] as const;
/** A question as moderators see it. */
export type QueuedQuestion = Pick<Selectable<QuestionTable>, (typeof QUEUE_COLUMNS)[number]>;

/** The moderation queue: urgent first, then oldest first, at most 500. */
export function questionQueue(db: Kysely<DB>, status: QuestionStatus | 'all'): Promise<QueuedQuestion[]> {
  let query = db.selectFrom('questions').select([...QUEUE_COLUMNS]);
  if (status !== 'all') query = query.where('status', '=', status);
  return query.orderBy('urgent', 'desc').orderBy('id', 'asc').limit(500).execute();
}

export function queuedQuestion(db: Kysely<DB>, id: number): Promise<QueuedQuestion | undefined> {
  return db.selectFrom('questions').select([...QUEUE_COLUMNS]).where('id', '=', id).executeTakeFirst();
}

/** A moderator's decision: the columns it sets. */
export async function updateQuestion(db: Kysely<DB>, id: number, patch: Updateable<QuestionTable>): Promise<void> {
  await db.updateTable('questions').set(patch).where('id', '=', id).execute();
}
