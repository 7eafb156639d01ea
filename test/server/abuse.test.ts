/**
 * The write pipeline under attack, on SQLite and on PostgreSQL (PEERKIT_TEST_PG_URL): the rate limit
 * under concurrency, the proof of work as a bounded extra allowance, idempotency keys bound to their
 * body, the form token's wait, NUL characters. (Two server processes on one PostgreSQL: instances.test.ts.)
 */
import {test, describe, after} from 'node:test';
import assert from 'node:assert/strict';
import {startTestServer, api, mod, formToken, key, solve, story, STORY_BODY, type TestServer} from './helpers.js';

const targets: [string, string][] = [['SQLite', 'sqlite']];
if (process.env.PEERKIT_TEST_PG_URL) targets.push(['PostgreSQL', process.env.PEERKIT_TEST_PG_URL]);

const count = async (s: TestServer, table: 'questions' | 'stories') => Number((await s.store.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
const ask = (s: TestServer, token: string, fields: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
  api(s, 'POST', '/v1/questions', {body: 'Is it normal to still crave after six months?', publish_ok: true, idempotency_key: key(), form_token: token, fax: '', ...fields}, headers);
const powOf = (c: {challenge: string; salt: string; maxnumber: number; signature: string}) => ({challenge: c.challenge, salt: c.salt, number: solve(c), signature: c.signature});

for (const [label, db] of targets) {
  describe(`write limits on ${label}`, () => {
    let s: TestServer | undefined;
    after(() => s?.close());
    const fresh = async (env: Record<string, string> = {}) => {
      await s?.close();
      s = await startTestServer({db, env: {PEERKIT_RATE_LIMIT: '10/0.0001', ...env}});
      return s;
    };

    test('40 concurrent writes from one network store exactly the limit (10), the rest get 429 with Retry-After', async () => {
      const s = await fresh();
      const token = await formToken(s);
      const results = await Promise.all(Array.from({length: 40}, (_, i) => ask(s, token, {body: `Concurrent question number ${i} about cravings`})));
      assert.equal(results.filter((r) => r.status === 201).length, 10, results.map((r) => r.status).join(' '));
      assert.equal(results.filter((r) => r.status === 429).length, 30);
      assert.equal(await count(s, 'questions'), 10);
      const limited = results.find((r) => r.status === 429)!;
      assert.match(limited.headers.get('retry-after') ?? '', /^\d+$/);
      assert.ok(Number(limited.headers.get('retry-after')) >= 1);
    });

    test('60 concurrent receipt lookups and withdrawals from one network get exactly the lookup limit (20) answered, the rest 429 with Retry-After', async () => {
      const s = await fresh({PEERKIT_LOOKUP_RATE_LIMIT: '20/0.0001'});
      const results = await Promise.all(
        Array.from({length: 60}, (_, i) => (i % 2 ? api(s, 'POST', '/v1/questions/lookup', {receipt: 'AAAA-BBBB-CCCC-DDDD'}) : api(s, 'POST', '/v1/stories/withdraw', {withdraw_code: 'AAAA-BBBB-CCCC-DDDD'}))),
      );
      assert.equal(results.filter((r) => r.status === 404).length, 20, results.map((r) => r.status).join(' '));
      const limited = results.filter((r) => r.status === 429);
      assert.equal(limited.length, 40);
      assert.ok(limited.every((r) => Number(r.headers.get('retry-after')) >= 1));
    });

    test('50 concurrent retries of one submission use one token: all get the same receipt, one row, nine writes left', async () => {
      const s = await fresh();
      const token = await formToken(s);
      const body = {body: 'One question sent fifty times by a flaky network', publish_ok: false, idempotency_key: key(), form_token: token, fax: ''};
      const results = await Promise.all(Array.from({length: 50}, () => api(s, 'POST', '/v1/questions', body)));
      assert.deepEqual([...new Set(results.map((r) => r.status))], [201], results.map((r) => r.status).join(' '));
      assert.equal(new Set(results.map((r) => r.json.receipt)).size, 1);
      assert.equal(await count(s, 'questions'), 1);
      const more = [];
      for (let i = 0; i < 10; i++) more.push((await ask(s, token, {body: `Another question, number ${i}, later on`})).status);
      assert.deepEqual(more, [201, 201, 201, 201, 201, 201, 201, 201, 201, 429]);
    });

    test('a proof of work is ignored unless the client was limited: a bogus one on a first write is simply stored', async () => {
      const s = await fresh();
      const token = await formToken(s);
      const bogus = {challenge: 'a'.repeat(64), salt: 'x?expires=9999999999', number: 1, signature: 'b'.repeat(64)};
      const r = await ask(s, token, {pow: bogus});
      assert.equal(r.status, 201);
      assert.equal(r.json.challenge, undefined);
      assert.equal(await count(s, 'questions'), 1);
    });

    test('solving every challenge buys a bounded extra allowance (its own bucket), with difficulty rising with use', async () => {
      const s = await fresh({PEERKIT_POW_LIMIT: '5/0.0001', PEERKIT_POW_MAX: '500'});
      const token = await formToken(s);
      const sizes: number[] = [];
      let stored = 0;
      let refusedWithoutChallenge = 0;
      for (let i = 0; i < 40; i++) {
        const first = await ask(s, token, {body: `Spam question number ${i} trying its luck`});
        if (first.status === 201) {
          stored++;
          continue;
        }
        assert.equal(first.status, 429);
        if (!first.json.challenge) {
          refusedWithoutChallenge++;
          continue;
        }
        sizes.push(first.json.challenge.maxnumber);
        const solved = await ask(s, token, {body: `Spam question number ${i} trying its luck`, pow: powOf(first.json.challenge)});
        if (solved.status === 201) stored++;
        else {
          assert.equal(solved.status, 429);
          assert.match(solved.headers.get('retry-after') ?? '', /^\d+$/);
        }
      }
      assert.equal(stored, 15, 'the write limit (10) plus the proof-of-work allowance (5)');
      assert.equal(await count(s, 'questions'), 15);
      assert.ok(refusedWithoutChallenge > 0, 'once the allowance is spent, no challenge is offered');
      assert.equal(sizes[0], 500);
      for (let i = 1; i < Math.min(sizes.length, 5); i++) assert.ok(sizes[i] > sizes[i - 1], `difficulty rises: ${sizes.join(', ')}`);
    });

    test('a challenge is bound to the network it was offered to', async () => {
      const s = await fresh({PEERKIT_RATE_LIMIT: '1/0.0001', PEERKIT_TRUST_PROXY: '1'});
      const token = await formToken(s);
      const a = {'x-forwarded-for': '198.51.100.7'};
      const b = {'x-forwarded-for': '192.0.2.10'};
      assert.equal((await ask(s, token, {}, a)).status, 201);
      const limited = await ask(s, token, {}, a);
      assert.equal(limited.status, 429);
      assert.equal((await ask(s, token, {}, b)).status, 201);
      const elsewhere = await ask(s, token, {pow: powOf(limited.json.challenge)}, b);
      assert.equal(elsewhere.status, 429, 'network B is limited now and may not use the challenge network A was given');
      assert.equal((await ask(s, token, {pow: powOf(limited.json.challenge)}, a)).status, 201);
    });

    test('idempotency keys: at least 128 bits, bound to the same body; a withdrawn story never gives its code again', async () => {
      const s = await fresh({PEERKIT_RATE_LIMIT: 'off'});
      const token = await formToken(s);
      const short = await ask(s, token, {idempotency_key: 'abcd1234'});
      assert.equal(short.status, 400);
      assert.match(JSON.stringify(short.json.issues), /idempotency_key/);
      assert.equal((await ask(s, token, {idempotency_key: 'a'.repeat(21)})).status, 400, '21 characters are 126 bits');
      const k = key();
      const first = await ask(s, token, {idempotency_key: k, body: 'My own private question about my family'});
      assert.equal(first.status, 201);
      const same = await ask(s, token, {idempotency_key: k, body: 'My own private question about my family'}, {});
      assert.equal(same.json.receipt, first.json.receipt, 'a retry of the same write gets the same receipt');
      const other = await ask(s, token, {idempotency_key: k, body: 'Someone else guessing with another body'});
      assert.equal(other.status, 409);
      assert.equal(other.json.error, 'idempotency_key_reused');
      assert.equal(other.json.receipt, undefined);
      assert.ok(!other.text.includes(first.json.receipt));
      assert.equal(await count(s, 'questions'), 1);
      // The honeypot answers like a success, but never with the code of a stored write: filling it
      // with someone's key from another network, with any body, must not give their receipt.
      const trap = await ask(s, token, {idempotency_key: k, body: 'Someone else guessing with another body', fax: 'x'}, {'x-forwarded-for': '203.0.113.9'});
      assert.equal(trap.status, 201);
      assert.match(trap.json.receipt, /^[2-9A-Z]{4}(-[2-9A-Z]{4}){3}$/);
      assert.notEqual(trap.json.receipt, first.json.receipt);
      assert.equal(await count(s, 'questions'), 1);

      const sk = key();
      const st = await story(s, {idempotency_key: sk});
      assert.equal(st.status, 201);
      assert.equal((await story(s, {idempotency_key: sk})).json.withdraw_code, st.json.withdraw_code);
      assert.equal((await story(s, {idempotency_key: sk, title: 'Another title'})).status, 409);
      assert.deepEqual((await api(s, 'POST', '/v1/stories/withdraw', {withdraw_code: st.json.withdraw_code})).json, {withdrawn: true});
      const after = await story(s, {idempotency_key: sk});
      assert.equal(after.status, 410);
      assert.equal(after.json.error, 'withdrawn');
      assert.ok(!after.text.includes(st.json.withdraw_code));
      const trapped = await story(s, {idempotency_key: sk, fax: 'x'});
      assert.equal(trapped.status, 201);
      assert.notEqual(trapped.json.withdraw_code, st.json.withdraw_code, 'the honeypot never gives a withdrawn story its code again');
      assert.equal(await count(s, 'stories'), 1);
    });

    test('the form token says how long to wait; a write sooner is refused with retry_after_ms (never a receipt), nothing stored', async () => {
      const s = await fresh({PEERKIT_MIN_SUBMIT_MS: '5000', PEERKIT_RATE_LIMIT: 'off'});
      const t = await api(s, 'GET', '/v1/form-token');
      assert.equal(t.json.min_submit_ms, 5000);
      s.clock.advance(1000);
      const early = await ask(s, t.json.token);
      assert.equal(early.status, 429);
      assert.equal(early.json.error, 'too_fast');
      assert.equal(early.json.retry_after_ms, 4000);
      assert.equal(early.headers.get('retry-after'), '4');
      assert.equal(early.json.receipt, undefined);
      const earlyStory = await story(s, {form_token: t.json.token});
      assert.equal(earlyStory.status, 429);
      assert.equal(earlyStory.json.withdraw_code, undefined);
      assert.equal(await count(s, 'questions'), 0);
      assert.equal(await count(s, 'stories'), 0);
      s.clock.advance(4000);
      const ok = await ask(s, t.json.token);
      assert.equal(ok.status, 201);
      assert.equal((await api(s, 'POST', '/v1/questions/lookup', {receipt: ok.json.receipt})).status, 200, 'the receipt is real');
    });

    test('NUL (U+0000) in any text is refused with 400 and a clear message, never a 500', async () => {
      const s = await fresh({PEERKIT_RATE_LIMIT: 'off'});
      const token = await formToken(s);
      const q = await ask(s, token, {body: 'A question with a \u0000 NUL in it, long enough'});
      assert.equal(q.status, 400);
      assert.equal(q.json.error, 'invalid_request');
      assert.match(JSON.stringify(q.json.issues), /"path":"body".*NUL/);
      assert.equal((await story(s, {title: 'Title\u0000with NUL'})).status, 400);
      assert.equal((await ask(s, token, {topic: '\u0000'})).status, 400);
      assert.equal((await api(s, 'GET', '/hsds/services?search=a%00b')).status, 400);
      assert.equal((await api(s, 'GET', '/v1/questions?search=a%00b')).status, 400);
      assert.equal((await api(s, 'GET', '/hsds/taxonomy_terms?search=%00')).status, 400);
      assert.equal((await api(s, 'GET', '/hsds/services/a%00b')).status, 404);
      assert.equal((await api(s, 'POST', '/v1/questions/lookup', {receipt: 'AAAA\u0000'})).status, 400);
      const items = (await api(s, 'GET', '/v1/moderation/questions', undefined, mod(s))).json.items as {id: number}[];
      assert.equal(items.length, 0);
      const st = await story(s, {title: 'A story to moderate'});
      assert.equal(st.status, 201);
      const sid = (await api(s, 'GET', '/v1/moderation/stories', undefined, mod(s))).json.items[0].id;
      assert.equal((await api(s, 'POST', `/v1/moderation/stories/${sid}`, {action: 'approve', edits: {body: STORY_BODY + '\u0000'}}, mod(s))).status, 400);
      assert.equal(await count(s, 'questions'), 0);
    });

    test('an id in a path that no row can have (beyond a 32-bit integer, not a number) is a 404, never a 500', async () => {
      const s = await fresh({PEERKIT_RATE_LIMIT: 'off'});
      for (const id of ['99999999999', '2147483648', '1e3', '-1', '0', '01', ' 1']) {
        const e = encodeURIComponent(id);
        const results = [
          await api(s, 'GET', `/v1/stories/${e}/photo`),
          await api(s, 'GET', `/v1/moderation/stories/${e}/photo`, undefined, mod(s)),
          await api(s, 'POST', `/v1/moderation/questions/${e}`, {action: 'decline'}, mod(s)),
          await api(s, 'POST', `/v1/moderation/stories/${e}`, {action: 'reject'}, mod(s)),
        ];
        assert.deepEqual(results.map((r) => r.status), [404, 404, 404, 404], id);
        assert.deepEqual([...new Set(results.map((r) => r.json.error))], ['not_found'], id);
      }
    });
  });
}
