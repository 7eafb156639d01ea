/** `peerkit serve --demo`: seeds meetings, services, stories and answered questions once. */
import {randomBytes} from 'node:crypto';
import type {Store} from '../db.js';
import {importMeetings, importServices} from '../catalog.js';
import {insertStory} from '../store/stories.js';
import {getMeta, setMeta} from '../db.js';
import {codeHash, codeFrom, sha256hex} from '../privacy.js';
import {demoMeetings} from './meetings.js';
import {demoServices} from './services.js';
import {QUESTIONS, STORIES} from './content.js';
import {publicationWindow} from '../../src/model/story.js';

const DAY = 86_400_000;
const dateOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * Seeds the demo once per database, even when several instances start together: one transaction
 * that first writes a lock row in `meta` (every other instance's transaction waits on that row:
 * PostgreSQL's row lock, SQLite's single writer), then checks `demo_seeded`, seeds and marks it.
 * Returns false when the database was already seeded.
 */
export async function seedDemoOnce(store: Store, options: {now: Date}): Promise<boolean> {
  return store.db.transaction().execute(async (trx) => {
    await setMeta(trx, 'demo_seed_lock', options.now.toISOString());
    if (await getMeta(trx, 'demo_seeded')) return false;
    await seedDemo({...store, db: trx}, options);
    await setMeta(trx, 'demo_seeded', options.now.toISOString());
    return true;
  });
}

export async function seedDemo(store: Store, options: {now: Date}): Promise<{meetings: number; services: number}> {
  const t = options.now.getTime();
  const stamp = new Date(t - 3 * DAY).toISOString().slice(0, 19).replace('T', ' ');
  const m = await importMeetings(store, demoMeetings(stamp), {now: options.now});
  const s = await importServices(store, demoServices(), {now: options.now});
  if (m.rejected.length || s.rejected.length) throw new Error(`demo seed rejected records: ${JSON.stringify([...m.rejected, ...s.rejected])}`);
  // Seeded items get random, unknowable codes: nobody can withdraw or look them up.
  const randomCode = () => codeFrom(randomBytes(10));
  for (const st of STORIES) {
    const approved = t - st.days_ago * DAY;
    const {liveFrom, expiresAt} = publicationWindow(approved, st.consent_duration, 0);
    await insertStory(store.db, {
      idem_hash: sha256hex('seed:' + randomBytes(16).toString('hex')),
      withdraw_hash: codeHash(randomCode()),
      body_hash: null,
      text: {title: st.title, body: st.body, name: st.name, ...(st.recovery_months != null ? {recovery_months: st.recovery_months} : {})},
      content_warnings: [...st.content_warnings],
      consent_duration: st.consent_duration,
      status: 'approved',
      lang: st.lang,
      created_on: dateOf(approved - 2 * DAY),
      approved_at: new Date(approved).toISOString(),
      live_from: liveFrom,
      expires_at: expiresAt,
    });
  }
  for (const q of QUESTIONS) {
    const on = t - q.days_ago * DAY;
    await store.db
      .insertInto('questions')
      .values({
        idem_hash: sha256hex('seed:' + randomBytes(16).toString('hex')),
        receipt_hash: codeHash(randomCode()),
        body: q.body,
        topic: q.topic ?? null,
        lang: q.lang,
        publish_ok: 1,
        urgent: 0,
        status: 'published',
        answer: q.answer,
        answered_by_role: q.role,
        answered_on: dateOf(on - DAY),
        published_on: dateOf(on),
        created_on: dateOf(on - 2 * DAY),
      })
      .execute();
  }
  return {meetings: m.imported, services: s.imported};
}
