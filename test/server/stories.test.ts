import {test, before, after, describe} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {startTestServer, api, mod, story, type TestServer} from './helpers.js';
import {storyPublication} from '../../src/model/story.js';

// A real 1×1 PNG.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const HOUR = 3600_000;
const DAY = 24 * HOUR;

describe('stories', () => {
  let s: TestServer;
  before(async () => {
    s = await startTestServer({env: {PEERKIT_RATE_LIMIT: 'off'}}); // default cooling-off: 24 h
  });
  after(() => s.close());

  const pendingId = async (title: string) => ((await api(s, 'GET', '/v1/moderation/stories?status=pending', undefined, mod(s))).json.items as {id: number; title: string}[]).find((i) => i.title === title)!.id;
  const publicTitles = async () => ((await api(s, 'GET', '/v1/stories')).json.items as {title: string}[]).map((i) => i.title);

  test('submit → pending in the desk → approve → live only after the cooling-off period', async () => {
    const r = await story(s, {title: 'Cooling off works', photo: {data_url: `data:image/png;base64,${PNG.toString('base64')}`, alt: 'A sunrise over the river'}, lang: 'en'});
    assert.equal(r.status, 201);
    assert.equal(r.json.status, 'pending');
    assert.match(r.json.withdraw_code, /^\w{4}-\w{4}-\w{4}-\w{4}$/);
    const id = await pendingId('Cooling off works');
    const pending = (await api(s, 'GET', '/v1/moderation/stories?status=pending', undefined, mod(s))).json.items.find((i: {id: number}) => i.id === id);
    assert.equal(pending.has_photo, true);
    assert.equal(pending.photo_alt, 'A sunrise over the river');
    assert.equal(pending.consent_duration, '1y');
    assert.deepEqual(await publicTitles(), []);
    // The moderator sees the photo before approving, with their token only.
    const modPhoto = await fetch(`${s.api}/v1/moderation/stories/${id}/photo`, {headers: mod(s)});
    assert.equal(modPhoto.status, 200);
    assert.equal(modPhoto.headers.get('content-type'), 'image/png');
    assert.equal(modPhoto.headers.get('cache-control'), 'no-store');
    assert.deepEqual(Buffer.from(await modPhoto.arrayBuffer()), PNG);
    assert.equal((await fetch(`${s.api}/v1/moderation/stories/${id}/photo`)).status, 401);

    const approved = await api(s, 'POST', `/v1/moderation/stories/${id}`, {action: 'approve', content_warnings: ['substance-use', 'relapse'], edits: {name: 'A.'}}, mod(s));
    assert.equal(approved.status, 200);
    assert.equal(approved.json.item.status, 'approved');
    assert.equal(approved.json.item.name, 'A.');
    assert.equal(approved.json.item.live_from, new Date(s.clock.now + DAY).toISOString());
    assert.equal(approved.json.item.expires_on, new Date(s.clock.now + 365.25 * DAY).toISOString().slice(0, 10));
    assert.deepEqual(await publicTitles(), [], 'still cooling off');
    const hidden = await fetch(`${s.api}/v1/stories/${id}/photo`);
    assert.equal(hidden.status, 404);

    s.clock.advance(DAY + 1);
    const list = (await api(s, 'GET', '/v1/stories')).json.items;
    assert.equal(list.length, 1);
    assert.deepEqual({...list[0], photo_url: undefined}, {
      id,
      title: 'Cooling off works',
      body: 'Eighteen months ago I could not walk into a meeting. Today I open the door for the newcomers every Tuesday night.',
      name: 'A.',
      recovery_months: 18,
      content_warnings: ['substance-use', 'relapse'],
      photo_url: undefined,
      photo_alt: 'A sunrise over the river',
      published_on: '2026-03-11',
      lang: 'en',
    });
    assert.equal(list[0].photo_url, `${s.api}/v1/stories/${id}/photo`);
    const photo = await fetch(list[0].photo_url);
    assert.equal(photo.status, 200);
    assert.equal(photo.headers.get('content-type'), 'image/png');
    assert.deepEqual(Buffer.from(await photo.arrayBuffer()), PNG);
    assert.deepEqual(((await api(s, 'GET', '/v1/stories?lang=es')).json.items as unknown[]).length, 0);

    // Withdrawal: gone from every response at once, text and photo deleted.
    const w = await api(s, 'POST', '/v1/stories/withdraw', {withdraw_code: r.json.withdraw_code.toLowerCase()});
    assert.deepEqual(w.json, {withdrawn: true});
    assert.deepEqual(await publicTitles(), []);
    assert.equal((await fetch(list[0].photo_url)).status, 404);
    assert.equal((await fetch(`${s.api}/v1/moderation/stories/${id}/photo`, {headers: mod(s)})).status, 404);
    const row = await s.store.db.selectFrom('stories').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    assert.equal(row.status, 'withdrawn');
    assert.equal(row.sealed, null);
    assert.equal(row.key_id, null);
    assert.equal(row.photo, null);
    for (const f of ['peerkit.db', 'peerkit.db-wal']) {
      const bytes = existsSync(join(s.dir, f)) ? readFileSync(join(s.dir, f)) : Buffer.alloc(0);
      assert.ok(!bytes.includes(Buffer.from('every Tuesday night')), `story text left in ${f}`);
      assert.ok(!bytes.includes(PNG.subarray(16)), `photo bytes left in ${f}`);
    }
    assert.ok(!((await api(s, 'GET', '/v1/moderation/stories?status=all', undefined, mod(s))).json.items as {id: number}[]).some((i) => i.id === id));
    const again = await api(s, 'POST', '/v1/stories/withdraw', {withdraw_code: r.json.withdraw_code});
    assert.equal(again.status, 404);
    const unknown = await api(s, 'POST', '/v1/stories/withdraw', {withdraw_code: 'AAAA-BBBB-CCCC-DDDD'});
    assert.equal(unknown.status, 404);
    assert.equal((await api(s, 'POST', `/v1/moderation/stories/${id}`, {action: 'approve'}, mod(s))).status, 404, 'withdrawn stories cannot be re-approved');
  });

  test('consent expiry is enforced by the server (1 year, 3 years, until withdrawn)', async () => {
    const one = await story(s, {title: 'One year', consent: {publish: true, duration: '1y'}});
    const three = await story(s, {title: 'Three years', consent: {publish: true, duration: '3y'}});
    const forever = await story(s, {title: 'Until I withdraw', consent: {publish: true, duration: 'until-withdrawn'}});
    for (const r of [one, three, forever]) assert.equal(r.status, 201);
    for (const t of ['One year', 'Three years', 'Until I withdraw']) await api(s, 'POST', `/v1/moderation/stories/${await pendingId(t)}`, {action: 'approve'}, mod(s));
    s.clock.advance(DAY + 1);
    assert.deepEqual((await publicTitles()).sort(), ['One year', 'Three years', 'Until I withdraw']);
    s.clock.advance(366 * DAY);
    assert.deepEqual((await publicTitles()).sort(), ['Three years', 'Until I withdraw']);
    s.clock.advance(3 * 366 * DAY);
    assert.deepEqual(await publicTitles(), ['Until I withdraw']);
    assert.deepEqual((await api(s, 'POST', '/v1/stories/withdraw', {withdraw_code: forever.json.withdraw_code})).json, {withdrawn: true});
    assert.deepEqual(await publicTitles(), []);
  });

  test('rejected stories never appear; idempotent submission; the audit log records story actions', async () => {
    const r = await story(s, {title: 'Please reject me'});
    const k = 'story-key-' + Date.now();
    const a = await story(s, {title: 'Idempotent story', idempotency_key: k});
    const b = await story(s, {title: 'Idempotent story', idempotency_key: k});
    assert.equal(a.json.withdraw_code, b.json.withdraw_code);
    const queue = (await api(s, 'GET', '/v1/moderation/stories?status=all', undefined, mod(s))).json.items as {title: string}[];
    assert.equal(queue.filter((i) => i.title === 'Idempotent story').length, 1);
    assert.equal(r.status, 201);
    const id = await pendingId('Please reject me');
    const rej = await api(s, 'POST', `/v1/moderation/stories/${id}`, {action: 'reject'}, mod(s));
    assert.equal(rej.json.item.status, 'rejected');
    s.clock.advance(2 * DAY);
    assert.ok(!(await publicTitles()).includes('Please reject me'));
    const audit = (await api(s, 'GET', '/v1/moderation/audit', undefined, mod(s))).json.items as {action: string; target_type: string; target_id: string}[];
    assert.deepEqual(audit[0], {...audit[0], action: 'reject', target_type: 'story', target_id: String(id)});
    assert.ok(audit.some((e) => e.action === 'approve+edit'));
  });

  test('story validation: consent must be explicit, photos need alt text and real image bytes, size limits', async () => {
    const noConsent = await story(s, {consent: {publish: false, duration: '1y'}});
    assert.equal(noConsent.status, 400);
    const noAlt = await story(s, {photo: {data_url: `data:image/png;base64,${PNG.toString('base64')}`}});
    assert.equal(noAlt.status, 400);
    assert.match(JSON.stringify(noAlt.json.issues), /photo\.alt/);
    const fake = await story(s, {photo: {data_url: `data:image/jpeg;base64,${Buffer.from('<svg onload=alert(1)>').toString('base64')}`, alt: 'Not really a photo'}});
    assert.equal(fake.status, 400);
    const svg = await story(s, {photo: {data_url: `data:image/svg+xml;base64,${Buffer.from('<svg/>').toString('base64')}`, alt: 'An SVG'}});
    assert.equal(svg.status, 400);
    const big = Buffer.concat([PNG, Buffer.alloc(420 * 1024)]);
    const tooBig = await story(s, {photo: {data_url: `data:image/png;base64,${big.toString('base64')}`, alt: 'A very large photo'}});
    assert.equal(tooBig.status, 413);
    const badWarning = await story(s, {content_warnings: ['gore']});
    assert.equal(badWarning.status, 400);
    const shortBody = await story(s, {body: 'Too short to be a story.'});
    assert.equal(shortBody.status, 400);
    const huge = await api(s, 'POST', '/v1/stories', JSON.stringify({title: 'x', pad: 'x'.repeat(800 * 1024)}));
    assert.equal(huge.status, 413);
  });
});

describe('stories with PEERKIT_STORY_COOLING_OFF_HOURS=0', () => {
  test('an approved story is visible at once', async () => {
    const s = await startTestServer({env: {PEERKIT_STORY_COOLING_OFF_HOURS: '0'}});
    try {
      await story(s, {title: 'Straight away'});
      const id = (await api(s, 'GET', '/v1/moderation/stories', undefined, mod(s))).json.items[0].id;
      await api(s, 'POST', `/v1/moderation/stories/${id}`, {action: 'approve'}, mod(s));
      assert.deepEqual(((await api(s, 'GET', '/v1/stories')).json.items as {title: string}[]).map((i) => i.title), ['Straight away']);
    } finally {
      await s.close();
    }
  });
});

const targets: [string, string][] = [['SQLite', 'sqlite']];
if (process.env.PEERKIT_TEST_PG_URL) targets.push(['PostgreSQL', process.env.PEERKIT_TEST_PG_URL]);

for (const [label, db] of targets) {
  test(`the public list (filtered in SQL) and the photos show exactly the stories the publish rule (model/story.ts) calls live, at every edge, on ${label}`, async () => {
    const s = await startTestServer({db, env: {PEERKIT_RATE_LIMIT: 'off'}}); // cooling-off: 24 h
    try {
      const photo = {data_url: `data:image/png;base64,${PNG.toString('base64')}`, alt: 'A sunrise over the river'};
      for (const duration of ['1y', '3y', 'until-withdrawn', 'until-withdrawn']) await story(s, {title: `Consent ${duration}`, consent: {publish: true, duration}, photo});
      const ids = ((await api(s, 'GET', '/v1/moderation/stories', undefined, mod(s))).json.items as {id: number}[]).map((i) => i.id);
      for (const id of ids.slice(0, 3)) await api(s, 'POST', `/v1/moderation/stories/${id}`, {action: 'approve'}, mod(s));
      s.clock.advance(HOUR);
      await api(s, 'POST', `/v1/moderation/stories/${ids[3]}`, {action: 'reject'}, mod(s));
      await story(s, {title: 'Still pending', photo});
      const rows = await s.store.db.selectFrom('stories').select(['id', 'status', 'live_from', 'expires_at']).execute();
      assert.equal(rows.length, 5);
      const instants = rows.flatMap((r) => [r.live_from, r.expires_at]).filter((v): v is string => !!v).flatMap((iso) => [Date.parse(iso) - 1, Date.parse(iso)]);
      for (const t of [s.clock.now, ...instants]) {
        s.clock.now = t;
        const now = new Date(t).toISOString();
        const live = rows.filter((r) => storyPublication({status: r.status, liveFrom: r.live_from, expiresAt: r.expires_at}, t) === 'live').map((r) => Number(r.id));
        const listed = ((await api(s, 'GET', '/v1/stories')).json.items as {id: number}[]).map((i) => i.id);
        assert.deepEqual(listed.sort(), live.sort(), `the list at ${now}`);
        for (const r of rows) assert.equal((await fetch(`${s.api}/v1/stories/${r.id}/photo`)).status, live.includes(Number(r.id)) ? 200 : 404, `story ${r.id}'s photo at ${now}`);
      }
      const seen = new Set(rows.flatMap((r) => instants.map((i) => storyPublication({status: r.status, liveFrom: r.live_from, expiresAt: r.expires_at}, i))));
      assert.deepEqual([...seen].sort(), ['cooling-off', 'expired', 'live', 'unapproved'], 'the instants reach every state');
    } finally {
      await s.close();
    }
  });
}

for (const [label, db] of targets) {
  test(`?lang= lists the stories in that language (any of the 18, regional tags read as their language) and those of no known language, never another, on ${label}`, async () => {
    const s = await startTestServer({db, env: {PEERKIT_STORY_COOLING_OFF_HOURS: '0', PEERKIT_RATE_LIMIT: 'off'}});
    try {
      await story(s, {title: 'In English', lang: 'en'});
      await story(s, {title: 'En español', lang: 'es'});
      await story(s, {title: 'بالعربية', lang: 'ar'});
      await story(s, {title: '繁體中文的故事', lang: 'zh-TW'});
      await story(s, {title: 'Sa Tagalog', lang: 'fil-PH'});
      await story(s, {title: 'Em português', lang: 'pt-BR'});
      await story(s, {title: 'No language given'});
      await story(s, {title: 'हिंदी में', lang: 'hi'});
      for (const item of (await api(s, 'GET', '/v1/moderation/stories', undefined, mod(s))).json.items as {id: number}[]) {
        await api(s, 'POST', `/v1/moderation/stories/${item.id}`, {action: 'approve'}, mod(s));
      }
      const stored = (await api(s, 'GET', '/v1/moderation/stories?status=approved', undefined, mod(s))).json.items as {title: string; lang?: string}[];
      assert.deepEqual(Object.fromEntries(stored.map((i) => [i.title, i.lang ?? null])), {
        'In English': 'en',
        'En español': 'es',
        بالعربية: 'ar',
        '繁體中文的故事': 'zh-Hans',
        'Sa Tagalog': 'tl',
        'Em português': 'pt',
        'No language given': null,
        'हिंदी में': null,
      });
      const titles = async (q: string) => ((await api(s, 'GET', `/v1/stories${q}`)).json.items as {title: string}[]).map((i) => i.title).sort();
      const unknown = ['No language given', 'हिंदी में'];
      assert.deepEqual(await titles('?lang=en'), ['In English', ...unknown].sort());
      assert.deepEqual(await titles('?lang=es'), ['En español', ...unknown].sort());
      assert.deepEqual(await titles('?lang=ar'), ['بالعربية', ...unknown].sort());
      assert.deepEqual(await titles('?lang=zh-Hant-TW'), ['繁體中文的故事', ...unknown].sort());
      assert.deepEqual(await titles('?lang=pt-PT'), ['Em português', ...unknown].sort());
      assert.equal((await titles('')).length, 8);
      assert.equal((await api(s, 'GET', '/v1/stories?lang=not%20a%20tag')).status, 400);
    } finally {
      await s.close();
    }
  });
}
