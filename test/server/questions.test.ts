import {test, before, after, describe} from 'node:test';
import assert from 'node:assert/strict';
import {startTestServer, api, mod, question, formToken, key, solve, type TestServer} from './helpers.js';

describe('questions, moderation and the write pipeline', () => {
  let s: TestServer;
  before(async () => {
    s = await startTestServer({env: {PEERKIT_RATE_LIMIT: '1000/100', PEERKIT_CRISIS_TERMS: 'walk into traffic'}});
  });
  after(() => s.close());

  test('a question gets a readable receipt; the same idempotency key returns it again and stores nothing new', async () => {
    const k = key();
    const token = await formToken(s);
    const body = {body: 'Can I go to a meeting if I relapsed yesterday?', topic: 'relapse', publish_ok: true, lang: 'en', idempotency_key: k, form_token: token, fax: ''};
    const r1 = await api(s, 'POST', '/v1/questions', body);
    assert.equal(r1.status, 201);
    assert.equal(r1.json.status, 'pending');
    assert.match(r1.json.receipt, /^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/);
    const r2 = await api(s, 'POST', '/v1/questions', body);
    assert.equal(r2.status, 201);
    assert.equal(r2.json.receipt, r1.json.receipt);
    const rows = await s.store.db.selectFrom('questions').selectAll().where('body', '=', body.body).execute();
    assert.equal(rows.length, 1);
    assert.notEqual(rows[0].receipt_hash, r1.json.receipt, 'the receipt is stored only hashed');
    assert.ok(!JSON.stringify(rows[0]).includes(r1.json.receipt.replace(/-/g, '')));
  });

  test('lookup: pending, then answered; wrong and unknown codes get the same 404', async () => {
    const r = await question(s, {body: 'How long do cravings last after quitting?'});
    const receipt = r.json.receipt as string;
    let l = await api(s, 'POST', '/v1/questions/lookup', {receipt});
    assert.equal(l.status, 200);
    assert.deepEqual(l.json, {status: 'pending'});
    const lower = await api(s, 'POST', '/v1/questions/lookup', {receipt: receipt.toLowerCase().replace(/-/g, ' ')});
    assert.equal(lower.status, 200, 'codes are forgiving about case and separators');
    const wrong = await api(s, 'POST', '/v1/questions/lookup', {receipt: receipt.slice(0, -1) + (receipt.endsWith('A') ? 'B' : 'A')});
    const unknown = await api(s, 'POST', '/v1/questions/lookup', {receipt: 'AAAA-BBBB-CCCC-DDDD'});
    assert.equal(wrong.status, 404);
    assert.deepEqual(wrong.json.error, 'not_found');
    assert.equal(unknown.status, 404);
    assert.equal(unknown.text, wrong.text);

    const q = (await api(s, 'GET', '/v1/moderation/questions?status=pending', undefined, mod(s))).json.items.find((i: {body: string}) => i.body.startsWith('How long do cravings'));
    const a = await api(s, 'POST', `/v1/moderation/questions/${q.id}`, {action: 'answer', answer: 'Usually less each month; call someone when they come.', answered_by_role: 'clinician'}, mod(s));
    assert.equal(a.status, 200);
    assert.equal(a.json.item.status, 'answered');
    l = await api(s, 'POST', '/v1/questions/lookup', {receipt});
    assert.deepEqual(l.json, {status: 'answered', answer: 'Usually less each month; call someone when they come.', answered_at: '2026-03-10', answered_by_role: 'clinician'});
  });

  test('crisis questions are flagged urgent and sorted first; site terms extend the list', async () => {
    await question(s, {body: 'What time is the Tuesday meeting downtown?'});
    await question(s, {body: 'Tengo miedo, quiero morir y no sé a quién llamar.', lang: 'es-MX'});
    await question(s, {body: 'Some days I think I will walk into traffic.'});
    const list = (await api(s, 'GET', '/v1/moderation/questions?status=pending', undefined, mod(s))).json.items as {body: string; urgent: boolean; id: number}[];
    const firstNormal = list.findIndex((i) => !i.urgent);
    const lastUrgent = list.map((i) => i.urgent).lastIndexOf(true);
    assert.ok(lastUrgent < firstNormal, 'urgent first');
    assert.equal(list.find((i) => i.body.startsWith('Tengo miedo'))?.urgent, true);
    assert.equal((list.find((i) => i.body.startsWith('Tengo miedo')) as {lang?: string} | undefined)?.lang, 'es');
    assert.equal(list.find((i) => i.body.includes('walk into traffic'))?.urgent, true);
    assert.equal(list.find((i) => i.body.startsWith('What time'))?.urgent, false);
    const normals = list.filter((i) => !i.urgent).map((i) => i.id);
    assert.deepEqual(normals, [...normals].sort((a, b) => a - b), 'then oldest first');
  });

  test('publish requires consent; published questions appear in the public list and search', async () => {
    await question(s, {body: 'Private: should I tell my boss about treatment?', publish_ok: false});
    await question(s, {body: 'Is buprenorphine real recovery, or just a substitute?', topic: 'medication', lang: 'es'});
    const items = (await api(s, 'GET', '/v1/moderation/questions?status=all', undefined, mod(s))).json.items as {id: number; body: string}[];
    const priv = items.find((i) => i.body.startsWith('Private'))!;
    const pub = items.find((i) => i.body.startsWith('Is buprenorphine'))!;
    const noConsent = await api(s, 'POST', `/v1/moderation/questions/${priv.id}`, {action: 'publish', answer: 'Only if you want to.'}, mod(s));
    assert.equal(noConsent.status, 409);
    assert.equal(noConsent.json.error, 'no_consent');
    const noAnswer = await api(s, 'POST', `/v1/moderation/questions/${pub.id}`, {action: 'publish'}, mod(s));
    assert.equal(noAnswer.status, 409);
    await api(s, 'POST', `/v1/moderation/questions/${pub.id}`, {action: 'answer', answer: 'Medication is treatment, not a relapse.', answered_by_role: 'clinician'}, mod(s));
    const published = await api(s, 'POST', `/v1/moderation/questions/${pub.id}`, {action: 'publish'}, mod(s));
    assert.equal(published.json.item.status, 'published');
    const list = await api(s, 'GET', '/v1/questions');
    assert.equal(list.status, 200);
    assert.equal(list.headers.get('access-control-allow-origin'), '*');
    // Its language comes along, so the page can mark it (`lang`) for screen readers and translation.
    assert.deepEqual(list.json.items, [{id: pub.id, body: pub.body, topic: 'medication', answer: 'Medication is treatment, not a relapse.', answered_by_role: 'clinician', published_on: '2026-03-10', lang: 'es'}]);
    assert.equal(list.json.total, 1);
    assert.equal((await api(s, 'GET', '/v1/questions?search=SUBSTITUTE')).json.total, 1);
    assert.equal((await api(s, 'GET', '/v1/questions?search=boss')).json.total, 0, 'unpublished questions never appear');
    assert.equal((await api(s, 'GET', '/v1/questions?topic=medication')).json.total, 1);
    assert.equal((await api(s, 'GET', '/v1/questions?lang=es-MX')).json.total, 1, 'the list filters by language; a regional tag reads its language');
    assert.equal((await api(s, 'GET', '/v1/questions?lang=ja')).json.total, 0);
    assert.equal((await api(s, 'GET', '/v1/questions?topic=family')).json.total, 0);
    const declined = await api(s, 'POST', `/v1/moderation/questions/${priv.id}`, {action: 'decline'}, mod(s));
    assert.equal(declined.json.item.status, 'declined');
  });

  test('every moderation action is in the audit log, newest first', async () => {
    const r = await api(s, 'GET', '/v1/moderation/audit?limit=3', undefined, mod(s));
    assert.equal(r.status, 200);
    assert.equal(r.json.items.length, 3);
    assert.deepEqual(
      r.json.items.map((i: {action: string; moderator: string; target_type: string}) => [i.action, i.moderator, i.target_type]),
      [
        ['decline', 'Test Moderator', 'question'],
        ['publish', 'Test Moderator', 'question'],
        ['answer', 'Test Moderator', 'question'],
      ],
    );
    assert.match(r.json.items[0].at, /^2026-03-10T/);
  });

  test('moderation without a valid token: 401 everywhere', async () => {
    for (const [method, path] of [
      ['GET', '/v1/moderation/me'],
      ['GET', '/v1/moderation/questions'],
      ['POST', '/v1/moderation/questions/1'],
      ['GET', '/v1/moderation/stories'],
      ['POST', '/v1/moderation/stories/1'],
      ['GET', '/v1/moderation/audit'],
    ]) {
      const none = await api(s, method, path, method === 'POST' ? {action: 'decline'} : undefined);
      assert.equal(none.status, 401, `${method} ${path}`);
      assert.deepEqual(none.json.error, 'unauthorized');
      const bad = await api(s, method, path, method === 'POST' ? {action: 'decline'} : undefined, {authorization: `Bearer ${s.token}x`});
      assert.equal(bad.status, 401);
    }
    // Every moderation route the OpenAPI document lists, however its path is spelled.
    const doc = (await api(s, 'GET', '/openapi.json')).json as {paths: Record<string, Record<string, unknown>>};
    const routes = Object.entries(doc.paths).filter(([p]) => p.startsWith('/api/v1/moderation'));
    assert.ok(routes.length >= 7, routes.map(([p]) => p).join(' '));
    for (const [p, ops] of routes) {
      for (const method of Object.keys(ops)) {
        const path = p.replace('/api', '').replace(/\{id\}/g, '1');
        for (const spelled of [path, path.replace('/moderation', '/%6Doderation'), path.replace('/moderation/', '/moderation//')]) {
          const r = await api(s, method.toUpperCase(), spelled, method === 'post' ? {action: 'decline'} : undefined);
          assert.equal(r.status, 401, `${method} ${spelled}`);
        }
      }
    }
    const me = await api(s, 'GET', '/v1/moderation/me', undefined, mod(s));
    assert.deepEqual(me.json, {name: 'Test Moderator'});
  });

  test('honeypot submissions get a success-shaped answer; too-fast ones a 429 too_fast to resend later; neither stores anything', async () => {
    const before = (await s.store.db.selectFrom('questions').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
    const trap = await question(s, {body: 'Buy cheap watches at my site today', fax: 'http://spam.example'});
    assert.equal(trap.status, 201);
    assert.match(trap.json.receipt, /^\w{4}-\w{4}-\w{4}-\w{4}$/);
    const fast = await startTestServer({env: {PEERKIT_MIN_SUBMIT_MS: '2000'}});
    try {
      const token = await formToken(fast);
      const r = await api(fast, 'POST', '/v1/questions', {body: 'Submitted far too quickly to be human', publish_ok: false, idempotency_key: key(), form_token: token, fax: ''});
      assert.equal(r.status, 429);
      assert.equal(r.json.error, 'too_fast');
      assert.equal(r.json.receipt, undefined);
      assert.equal((await fast.store.db.selectFrom('questions').selectAll().execute()).length, 0);
      fast.clock.advance(2500);
      const ok = await api(fast, 'POST', '/v1/questions', {body: 'Submitted after reading the form', publish_ok: false, idempotency_key: key(), form_token: token, fax: ''});
      assert.equal(ok.status, 201);
      assert.equal((await fast.store.db.selectFrom('questions').selectAll().execute()).length, 1);
    } finally {
      await fast.close();
    }
    const after = (await s.store.db.selectFrom('questions').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
    assert.equal(Number(after), Number(before));
  });

  test('bad requests: 400 with a clear JSON error, 413 over 16 KB; nothing stored', async () => {
    const count = async () => Number((await s.store.db.selectFrom('questions').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    const n0 = await count();
    const token = await formToken(s);
    const base = {body: 'A perfectly fine question?', publish_ok: true, idempotency_key: key(), form_token: token, fax: ''};
    const malformed = await api(s, 'POST', '/v1/questions', '{"body": "oops",');
    assert.equal(malformed.status, 400);
    assert.equal(malformed.json.error, 'invalid_json');
    const wrongType = await api(s, 'POST', '/v1/questions', {...base, publish_ok: 'yes'});
    assert.equal(wrongType.status, 400);
    assert.equal(wrongType.json.error, 'invalid_request');
    assert.ok(wrongType.json.issues.some((i: {path: string}) => i.path === 'publish_ok'));
    const unknownField = await api(s, 'POST', '/v1/questions', {...base, email: 'me@example.org'});
    assert.equal(unknownField.status, 400);
    assert.match(JSON.stringify(unknownField.json.issues), /email/);
    const short = await api(s, 'POST', '/v1/questions', {...base, body: 'short'});
    assert.equal(short.status, 400);
    const forged = await api(s, 'POST', '/v1/questions', {...base, form_token: 'abc.def.ghi'});
    assert.equal(forged.status, 400);
    assert.equal(forged.json.error, 'invalid_form_token');
    const {form_token: _omit, ...noToken} = base;
    const missingToken = await api(s, 'POST', '/v1/questions', noToken);
    assert.equal(missingToken.status, 400);
    assert.equal(missingToken.json.error, 'invalid_form_token');
    const badLang = await api(s, 'POST', '/v1/questions', {...base, lang: 'english please'});
    assert.equal(badLang.status, 400);
    const huge = await api(s, 'POST', '/v1/questions', {...base, body: 'x'.repeat(17 * 1024)});
    assert.equal(huge.status, 413);
    assert.equal(huge.json.error, 'payload_too_large');
    const hugeLookup = await api(s, 'POST', '/v1/questions/lookup', JSON.stringify({receipt: 'A', pad: 'x'.repeat(20_000)}));
    assert.equal(hugeLookup.status, 413);
    const badQuery = await api(s, 'GET', '/v1/moderation/questions?status=everything', undefined, mod(s));
    assert.equal(badQuery.status, 400);
    const badAction = await api(s, 'POST', '/v1/moderation/questions/1', {action: 'delete'}, mod(s));
    assert.equal(badAction.status, 400);
    const missing = await api(s, 'POST', '/v1/moderation/questions/999999', {action: 'decline'}, mod(s));
    assert.equal(missing.status, 404);
    assert.equal(await count(), n0);
  });

  test('rate limit trips → 429 with a proof-of-work challenge → solved once → accepted; a solution is single-use', async () => {
    const r = await startTestServer({env: {PEERKIT_RATE_LIMIT: '2/0.0001'}});
    try {
      assert.equal((await question(r)).status, 201);
      assert.equal((await question(r)).status, 201);
      const limited = await question(r);
      assert.equal(limited.status, 429);
      assert.equal(limited.json.error, 'rate_limited');
      const c = limited.json.challenge;
      assert.equal(c.algorithm, 'SHA-256');
      assert.equal(c.maxnumber, 2000);
      const pow = {challenge: c.challenge, salt: c.salt, number: solve(c), signature: c.signature};
      const solved = await question(r, {body: 'Solved the challenge, please take my question', pow});
      assert.equal(solved.status, 201);
      const reused = await question(r, {body: 'Trying to reuse the same solution again', pow});
      assert.equal(reused.status, 429, 'spent');
      assert.ok(reused.json.challenge, 'a fresh challenge is offered');
      const forged = await question(r, {pow: {...pow, signature: '00'.repeat(32)}});
      assert.equal(forged.status, 429);
      const wrongNumber = await question(r, {pow: {...reused.json.challenge, number: (solve(reused.json.challenge) + 1) % 2001, algorithm: undefined}});
      assert.equal(wrongNumber.status, 400, 'unknown field algorithm');
      // The limit is per network (/24): a different client network still gets through.
      const other = await startTestServer({env: {PEERKIT_RATE_LIMIT: '2/0.0001', PEERKIT_TRUST_PROXY: '1'}});
      try {
        const root = await api(other, 'GET', '/hsds/', undefined, {'x-forwarded-proto': 'https', 'x-forwarded-host': 'recovery.example.org'});
        assert.equal(root.json.openapi_url, 'https://recovery.example.org/api/openapi.json', 'public URLs follow the trusted proxy');
        for (let i = 0; i < 2; i++) assert.equal((await question(other, {}, {'x-forwarded-for': '198.51.100.7'})).status, 201);
        assert.equal((await question(other, {}, {'x-forwarded-for': '198.51.100.99'})).status, 429, 'same /24');
        assert.equal((await question(other, {}, {'x-forwarded-for': '192.0.2.10'})).status, 201, 'another network');
      } finally {
        await other.close();
      }
    } finally {
      await r.close();
    }
  });

  test('PEERKIT_POW=always asks every write for a proof of work', async () => {
    const r = await startTestServer({env: {PEERKIT_POW: 'always'}});
    try {
      const first = await question(r);
      assert.equal(first.status, 429);
      const c = first.json.challenge;
      const ok = await question(r, {pow: {challenge: c.challenge, salt: c.salt, number: solve(c), signature: c.signature}});
      assert.equal(ok.status, 201);
    } finally {
      await r.close();
    }
  });

  test('lookups are rate limited too', async () => {
    const r = await startTestServer({env: {PEERKIT_LOOKUP_RATE_LIMIT: '3/0.0001'}});
    try {
      for (let i = 0; i < 3; i++) assert.equal((await api(r, 'POST', '/v1/questions/lookup', {receipt: 'AAAA-BBBB-CCCC-DDD' + i})).status, 404);
      const limited = await api(r, 'POST', '/v1/questions/lookup', {receipt: 'AAAA-BBBB-CCCC-DDDE'});
      assert.equal(limited.status, 429);
    } finally {
      await r.close();
    }
  });
});
