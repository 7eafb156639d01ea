/**
 * Two real `peerkit serve` processes on one PostgreSQL database (PEERKIT_TEST_PG_URL; a fresh
 * database per test): the write limit holds across instances, and starting both with --demo at
 * the same moment seeds the demo once.
 */
import {test, describe} from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import {startServer, type RunningServer} from '../e2e/support.js';
import {QUESTIONS, STORIES} from '../../server/seed/content.js';

const url = process.env.PEERKIT_TEST_PG_URL;

async function freshDatabase(base: string): Promise<{url: string; drop(): Promise<void>}> {
  const name = `peerkit_t_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({connectionString: base});
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const u = new URL(base);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    drop: async () => {
      const c = new pg.Client({connectionString: base});
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

async function two(dbUrl: string, env: Record<string, string> = {}): Promise<[RunningServer, RunningServer]> {
  const e = {DATABASE_URL: dbUrl, ...env};
  const servers = await Promise.allSettled([startServer({env: e}), startServer({env: e})]);
  const ok = servers.filter((s): s is PromiseFulfilledResult<RunningServer> => s.status === 'fulfilled').map((s) => s.value);
  if (ok.length < 2) {
    await Promise.all(ok.map((s) => s.stop()));
    throw (servers.find((s) => s.status === 'rejected') as PromiseRejectedResult).reason;
  }
  return [ok[0], ok[1]];
}

describe('two instances on one PostgreSQL', {skip: url ? false : 'PEERKIT_TEST_PG_URL is not set'}, () => {
  test('started together with --demo, they seed the demo once', async () => {
    const db = await freshDatabase(url!);
    try {
      const [a, b] = await two(db.url);
      try {
        for (const s of [a, b]) {
          const stories = (await (await fetch(`${s.url}/api/v1/stories`)).json()) as {items: unknown[]};
          assert.equal(stories.items.length, STORIES.length, 'stories seeded once');
          const questions = (await (await fetch(`${s.url}/api/v1/questions?per_page=100`)).json()) as {total: number};
          assert.equal(questions.total, QUESTIONS.length, 'questions seeded once');
        }
      } finally {
        await Promise.all([a.stop(), b.stop()]);
      }
    } finally {
      await db.drop();
    }
  });

  test('an import from the command line while both run is served by both (each forgets its prepared pages when told)', async () => {
    const db = await freshDatabase(url!);
    try {
      const [a, b] = await two(db.url);
      try {
        // (Once more when a kept-alive connection was closed by the server just as it was reused.)
        const get = (s: RunningServer) => fetch(`${s.url}/api/hsds/services?per_page=1`).catch(() => fetch(`${s.url}/api/hsds/services?per_page=1`));
        const total = async (s: RunningServer) => ((await (await get(s)).json()) as {total_items: number}).total_items;
        const before = await total(a);
        assert.equal(await total(b), before);
        const {mkdtempSync, writeFileSync} = await import('node:fs');
        const {join} = await import('node:path');
        const {tmpdir} = await import('node:os');
        const file = join(mkdtempSync(join(tmpdir(), 'peerkit-import-')), 'services.json');
        writeFileSync(file, JSON.stringify([{id: 'svc-from-cli', name: 'Imported while serving'}]));
        const {execFileSync} = await import('node:child_process');
        execFileSync(process.execPath, ['bin/peerkit.mjs', 'import-hsds', file], {env: {...process.env, DATABASE_URL: db.url}});
        // Each instance hears of the import (PostgreSQL NOTIFY) within moments: ask until it has.
        for (const s of [a, b]) {
          let n = before;
          for (let i = 0; i < 100 && n === before; i++) {
            n = await total(s);
            if (n === before) await new Promise((r) => setTimeout(r, 50));
          }
          assert.equal(n, before + 1);
        }
      } finally {
        await Promise.all([a.stop(), b.stop()]);
      }
    } finally {
      await db.drop();
    }
  });

  test('40 concurrent writes from one network, spread over both instances, store exactly the limit (10)', async () => {
    const db = await freshDatabase(url!);
    try {
      const [a, b] = await two(db.url, {PEERKIT_MIN_SUBMIT_MS: '0', PEERKIT_RATE_LIMIT: '10/0.0001'});
      try {
        const {token} = (await (await fetch(`${a.url}/api/v1/form-token`)).json()) as {token: string};
        const post = (s: RunningServer, i: number) =>
          fetch(`${s.url}/api/v1/questions`, {
            method: 'POST',
            headers: {'content-type': 'application/json'},
            body: JSON.stringify({body: `Question ${i} sent to one of two instances at once`, publish_ok: false, idempotency_key: `instances-${i}-${Math.random().toString(36).slice(2)}-0123456789`, form_token: token, fax: ''}),
          }).then((r) => r.status);
        const statuses = await Promise.all(Array.from({length: 40}, (_, i) => post(i % 2 ? a : b, i)));
        assert.equal(statuses.filter((s) => s === 201).length, 10, statuses.join(' '));
        assert.equal(statuses.filter((s) => s === 429).length, 30);
        const queue = (await (await fetch(`${a.url}/api/v1/moderation/questions?status=all`, {headers: {authorization: `Bearer ${a.token}`}})).json()) as {items: {body: string}[]};
        assert.equal(queue.items.filter((q) => q.body.includes('one of two instances')).length, 10);
      } finally {
        await Promise.all([a.stop(), b.stop()]);
      }
    } finally {
      await db.drop();
    }
  });
});
