/**
 * The store suite: the same tests on SQLite (always) and on PostgreSQL (when PEERKIT_TEST_PG_URL is
 * set; each run gets a fresh schema). Covers migrations, imports with reports, the feeds, and the
 * shared state the privacy module keeps in the database.
 */
import {test, describe, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {startTestServer, api, mod, question, story, solve, type TestServer} from './helpers.js';
import {seedDemo} from '../../server/seed/index.js';
import {migrate} from '../../server/db.js';
import {importMeetings, importServices} from '../../server/catalog.js';

const fixture = (name: string) => JSON.parse(readFileSync(new URL(`../fixtures/server/${name}`, import.meta.url), 'utf8'));
const DAY = 86_400_000;

const targets: [string, string][] = [['SQLite', 'sqlite']];
if (process.env.PEERKIT_TEST_PG_URL) targets.push(['PostgreSQL', process.env.PEERKIT_TEST_PG_URL]);

for (const [label, db] of targets) {
  describe(`store on ${label}`, () => {
    let s: TestServer;
    before(async () => {
      s = await startTestServer({db, env: {PEERKIT_RATE_LIMIT: '5/1'}});
    });
    after(() => s.close());

    test('migrations are idempotent', async () => {
      await migrate(s.store);
      await migrate(s.store);
    });

    test('import-meetings: valid records imported, each rejected one reported with reasons', async () => {
      const r = await importMeetings(s.store, fixture('meetings-mixed.json'));
      assert.equal(r.imported, 3);
      const byIndex = Object.fromEntries(r.rejected.map((x) => [x.index, x]));
      assert.deepEqual(Object.keys(byIndex).map(Number), [3, 4, 5, 6, 7, 8, 9]);
      assert.match(byIndex[3].reasons.join(), /slug/);
      assert.match(byIndex[4].reasons.join(), /time: must be HH:MM/);
      assert.match(byIndex[5].reasons.join(), /IANA/);
      assert.match(byIndex[6].reasons.join(), /conference_url/);
      assert.match(byIndex[7].reasons.join(), /duplicate slug "good-morning"/);
      assert.match(byIndex[8].reasons.join(), /day/);
      assert.equal(byIndex[7].id, 'good-morning');
      const feed = await api(s, 'GET', '/v1/meetings');
      assert.equal(feed.status, 200);
      const bySlug = Object.fromEntries((feed.json as unknown as {slug: string | number}[]).map((m) => [String(m.slug), m]));
      assert.deepEqual(Object.keys(bySlug).sort(), ['42', 'by-appointment', 'good-morning']);
      assert.deepEqual(bySlug['good-morning'], {...bySlug['good-morning'], day: 1, latitude: 41.13, longitude: -100.76, types: ['O', 'D', 'XYZ-UNKNOWN']});
      assert.deepEqual((bySlug["42"] as unknown as {day: number[]}).day, [0, 6]);
      assert.equal((bySlug["by-appointment"] as unknown as {time?: string}).time, undefined);
    });

    test('an imported record holding NUL (U+0000) in any text is rejected with its reason, the rest imported (PostgreSQL cannot store NUL)', async () => {
      const s = await startTestServer({db});
      try {
        await importedWithoutNul(s);
      } finally {
        await s.close();
      }
    });

    const importedWithoutNul = async (s: TestServer) => {
      const at = {day: 2, time: '19:00', timezone: 'America/Chicago'};
      const m = await importMeetings(s.store, [{name: 'Nul\u0000 name', slug: 'nul-name', ...at}, {name: 'Nul notes', slug: 'nul-notes', notes: 'x\u0000y', ...at}, {name: 'Clean after NUL', slug: 'clean-after-nul', ...at}]);
      assert.equal(m.imported, 1);
      assert.deepEqual(m.rejected.map((x) => [x.index, x.id]), [[0, 'nul-name'], [1, 'nul-notes']]);
      assert.match(m.rejected[0].reasons.join(), /^name: must not contain the NUL character/);
      assert.match(m.rejected[1].reasons.join(), /^notes: must not contain the NUL character/);
      const feed = (await api(s, 'GET', '/v1/meetings')).json as unknown as {slug: string}[];
      assert.ok(feed.some((x) => x.slug === 'clean-after-nul') && !feed.some((x) => String(x.slug).startsWith('nul-')));
      const sv = await importServices(s.store, [{id: 'nul\u0000id', name: 'A'}, {id: 'nul-desc', name: 'B', description: 'd\u0000'}, {id: 'nul-deep', name: 'C', service_at_locations: [{id: 'l', location: {id: 'x', name: 'n\u0000'}}]}, {id: 'clean-service-after-nul', name: 'Clean'}]);
      assert.equal(sv.imported, 1);
      assert.deepEqual(sv.rejected.map((x) => x.index), [0, 1, 2]);
      assert.match(sv.rejected[2].reasons.join(), /^service_at_locations\.0\.location\.name: must not contain the NUL character/);
      assert.equal((await api(s, 'GET', '/hsds/services/clean-service-after-nul')).status, 200);
    };

    test('ETag and 304; a new import changes the ETag', async () => {
      const first = await fetch(`${s.api}/v1/meetings`);
      const etag = first.headers.get('etag')!;
      assert.match(etag, /^"[^"]+"$/);
      const again = await fetch(`${s.api}/v1/meetings`, {headers: {'if-none-match': etag}});
      assert.equal(again.status, 304);
      assert.equal(await again.text(), '');
      const zipped = await fetch(`${s.api}/v1/meetings`, {headers: {'accept-encoding': 'gzip'}});
      assert.equal(zipped.headers.get('content-encoding'), 'gzip');
      assert.deepEqual(await zipped.json(), await (await fetch(`${s.api}/v1/meetings`, {headers: {'accept-encoding': 'identity'}})).json());
      await importMeetings(s.store, [{name: 'Added later', slug: 'added-later', day: 3, time: '12:00', timezone: 'America/Chicago'}]);
      const changed = await fetch(`${s.api}/v1/meetings`, {headers: {'if-none-match': etag}});
      assert.equal(changed.status, 200);
      assert.notEqual(changed.headers.get('etag'), etag);
      assert.equal(((await changed.json()) as unknown[]).length, 4);
    });

    test('import is all-or-nothing per run', async () => {
      const before = (await api(s, 'GET', '/v1/meetings')).text;
      await assert.rejects(
        s.store.db.transaction().execute(async (trx) => {
          await trx.insertInto('meetings').values({slug: 'half-done', name: 'x', data: '{}', updated_at: 'now'}).execute();
          throw new Error('simulated failure mid-import');
        }),
      );
      const bad = await importMeetings(s.store, 'not an array');
      assert.equal(bad.imported, 0);
      assert.match(bad.rejected[0].reasons[0], /not a JSON array/);
      assert.equal((await api(s, 'GET', '/v1/meetings')).text, before);
    });

    test('import-hsds and the HSDS API: pages, search, taxonomy filter, nested service, service_at_locations', async () => {
      const r = await importServices(s.store, fixture('hsds-mixed.json'));
      assert.equal(r.imported, 2);
      assert.deepEqual(
        r.rejected.map((x) => [x.index, x.id]),
        [
          [2, undefined],
          [3, 'svc-bad-lat'],
          [4, 'svc-1'],
        ],
      );
      const root = await api(s, 'GET', '/hsds/');
      assert.equal(root.json.version.startsWith('3'), true);
      assert.equal(root.json.openapi_url, `${s.url}/api/openapi.json`);
      const all = await api(s, 'GET', '/hsds/services');
      assert.equal(all.json.total_items, 2);
      assert.equal(all.json.contents[0].phones, undefined, 'list items carry no phones unless full=true');
      const full = await api(s, 'GET', '/hsds/services?full=true&search=naloxone');
      assert.equal(full.json.total_items, 1);
      assert.equal(full.json.contents[0].phones[0].type, 'text');
      assert.deepEqual(full.json.contents[0].x_extension, {kept: true}, 'extension fields kept');
      const paged = await api(s, 'GET', '/hsds/services?per_page=1&page=2');
      assert.deepEqual({...paged.json, contents: paged.json.contents.length}, {total_items: 2, total_pages: 2, page_number: 2, size: 1, first_page: false, last_page: true, empty: false, contents: 1});
      assert.equal((await api(s, 'GET', '/hsds/services?taxonomy_term_id=t-detox')).json.contents[0].name, 'Detox Unit');
      assert.equal((await api(s, 'GET', '/hsds/services?taxonomy_term_id=t-harm')).json.total_items, 2);
      const one = await api(s, 'GET', '/hsds/services/svc-1');
      assert.equal(one.json.service_at_locations[0].location.latitude, 41.1);
      assert.equal(one.json.schedules[0].closes_at, '02:00');
      assert.equal((await api(s, 'GET', '/hsds/services/nope')).status, 404);
      const sal = await api(s, 'GET', '/hsds/service_at_locations');
      assert.equal(sal.json.total_items, 3);
      assert.deepEqual(sal.json.contents.map((x: {id: string; service: {id: string}; location: {id: string}}) => [x.id, x.service.id, x.location.id]).sort(), [
        ['sal-1', 'svc-1', 'loc-1'],
        ['sal-2a', '2', 'loc-2a'],
        ['sal-2b', '2', 'loc-2b'],
      ]);
      const terms = await api(s, 'GET', '/hsds/taxonomy_terms');
      assert.deepEqual(terms.json.contents.map((t: {id: string}) => t.id).sort(), ['t-detox', 't-harm']);
      assert.equal((await api(s, 'GET', '/hsds/services?per_page=100000')).status, 400);
    });

    test('HSDS reads are prepared once per import: ETag and 304, gzip, and a new import is seen at once by every instance on the database', async () => {
      const {createApp} = await import('../../server/app.js');
      const {configFromEnv} = await import('../../server/config.js');
      // A second instance: another app on the same database.
      const other = createApp({store: s.store, config: configFromEnv({}), log: () => {}}).app;
      const first = await fetch(`${s.api}/hsds/services?per_page=5`, {headers: {'accept-encoding': 'identity'}});
      const etag = first.headers.get('etag')!;
      assert.match(etag, /^"[^"]+"$/);
      assert.match(first.headers.get('cache-control')!, /must-revalidate/);
      const body = await first.json();
      assert.equal((await fetch(`${s.api}/hsds/services?per_page=5`, {headers: {'if-none-match': etag}})).status, 304);
      assert.equal((await fetch(`${s.api}/hsds/services?page=1&per_page=5&unknown=1`, {headers: {'if-none-match': etag}})).status, 304, 'the same page, however the query is written');
      assert.equal((await other.request('/api/hsds/services?per_page=5', {headers: {'if-none-match': etag}})).status, 304);
      const zipped = await fetch(`${s.api}/hsds/services?per_page=50&full=true`, {headers: {'accept-encoding': 'gzip'}});
      assert.equal(zipped.headers.get('content-encoding'), 'gzip');
      assert.deepEqual(((await zipped.json()) as {total_items: number}).total_items, body.total_items);
      const one = await fetch(`${s.api}/hsds/services/svc-1`);
      assert.ok(one.headers.get('etag'));
      assert.equal((await fetch(`${s.api}/hsds/services/svc-1`, {headers: {'if-none-match': one.headers.get('etag')!}})).status, 304);
      assert.equal((await fetch(`${s.api}/hsds/services/nope`)).status, 404);
      await importServices(s.store, [{id: 'svc-added', name: 'Added later clinic', description: 'New'}]);
      const changed = await fetch(`${s.api}/hsds/services?per_page=5`, {headers: {'if-none-match': etag}});
      assert.equal(changed.status, 200);
      assert.equal(((await changed.json()) as {total_items: number}).total_items, body.total_items + 1);
      const otherChanged = await other.request('/api/hsds/services?per_page=5', {headers: {'if-none-match': etag}});
      assert.equal(otherChanged.status, 200, 'the other instance sees the import too');
      assert.equal((await fetch(`${s.api}/hsds/services/svc-added`)).status, 200);
    });

    test('questions and stories round-trip (receipt lookup, moderation, consent expiry)', async () => {
      const q = await question(s, {body: 'Does this store keep my question safe?'});
      assert.equal(q.status, 201);
      const item = (await api(s, 'GET', '/v1/moderation/questions', undefined, mod(s))).json.items[0];
      await api(s, 'POST', `/v1/moderation/questions/${item.id}`, {action: 'publish', answer: 'Yes.', answered_by_role: 'peer'}, mod(s));
      assert.equal((await api(s, 'POST', '/v1/questions/lookup', {receipt: q.json.receipt})).json.status, 'published');
      assert.equal((await api(s, 'GET', '/v1/questions?search=safe')).json.total, 1);

      const st = await story(s, {title: 'Round trip story'});
      const sid = (await api(s, 'GET', '/v1/moderation/stories', undefined, mod(s))).json.items[0].id;
      await api(s, 'POST', `/v1/moderation/stories/${sid}`, {action: 'approve'}, mod(s));
      s.clock.advance(DAY + 1000);
      assert.equal((await api(s, 'GET', '/v1/stories')).json.items.length, 1);
      s.clock.advance(366 * DAY);
      assert.equal((await api(s, 'GET', '/v1/stories')).json.items.length, 0, 'consent (1 year) expired');
      assert.deepEqual((await api(s, 'POST', '/v1/stories/withdraw', {withdraw_code: st.json.withdraw_code})).json, {withdrawn: true});
    });

    test('the demo seed loads', async () => {
      const before = ((await api(s, 'GET', '/v1/stories')).json.items as unknown[]).length;
      const r = await seedDemo(s.store, {now: new Date(s.clock.now)});
      assert.ok(r.meetings >= 55 && r.services >= 38);
      assert.equal(((await api(s, 'GET', '/v1/stories')).json.items as unknown[]).length, before + 6);
      assert.ok((await api(s, 'GET', '/hsds/services?search=naloxone')).json.total_items >= 2);
      // Brand names find services listed under the medicine's name (model/search-synonyms.ts), in both languages.
      const names = async (q: string) => ((await api(s, 'GET', `/hsds/services?per_page=100&search=${q}`)).json.contents as {name: string}[]).map((x) => x.name);
      const bup = await names('suboxone');
      assert.ok(bup.includes('Bridge Clinic (buprenorphine)') && bup.includes('Telehealth Buprenorphine'), bup.join(' | '));
      assert.deepEqual(await names('buprenorfina'), await names('buprenorphine'));
      const narcan = await names('narcan');
      for (const n of ['Free Naloxone and Test Strips', 'Naloxone by Mail', 'Pharmacy Naloxone Without a Prescription']) assert.ok(narcan.includes(n), `${n} in ${narcan.join(' | ')}`);
      assert.ok((await names('methadose')).includes('Opioid Treatment Program'));
      assert.ok((await names('vivitrol')).includes('Panhandle MAT Clinic'));
      assert.ok((await names('naltrexona')).includes('Panhandle MAT Clinic'));
    });

    test('rate-limit buckets, spent challenges and daily salts live in the database', async () => {
      const buckets = await s.store.db.selectFrom('rate_buckets').selectAll().execute();
      assert.ok(buckets.length >= 1);
      assert.ok(buckets.every((b) => !b.key.includes('127.0.0.1') && !b.key.includes('127.0.0')));
      for (let i = 0; i < 6; i++) await question(s);
      const limited = await question(s);
      assert.equal(limited.status, 429);
      const c = limited.json.challenge;
      const pow = {challenge: c.challenge, salt: c.salt, number: solve(c), signature: c.signature};
      assert.equal((await question(s, {pow})).status, 201);
      assert.equal((await question(s, {pow})).status, 429, 'a solution is single-use');
      assert.equal((await s.store.db.selectFrom('spent_pow').select('challenge').execute()).length, 1);
      const salts = await s.store.db.selectFrom('salts').select('day').execute();
      assert.ok(salts.length >= 1);
      // The next UTC day, the first write deletes yesterday's salt: yesterday's keys cannot be recomputed.
      s.clock.advance(DAY);
      await question(s);
      const after = await s.store.db.selectFrom('salts').select('day').execute();
      assert.deepEqual(after.map((x) => x.day), [new Date(s.clock.now).toISOString().slice(0, 10)]);
    });
  });
}

test('import-hsds: a service id seen before in the file is rejected as a duplicate (numbers read as text), the first one imported', async () => {
  const s = await startTestServer();
  try {
    const r = await importServices(s.store, [{id: 'svc-dup', name: 'First'}, {id: 'svc-dup', name: 'Second'}, {id: 41, name: 'Numbered'}, {id: '41', name: 'Numbered again'}]);
    assert.equal(r.imported, 2);
    assert.deepEqual(r.rejected, [
      {index: 1, id: 'svc-dup', reasons: ['duplicate id "svc-dup"']},
      {index: 3, id: '41', reasons: ['duplicate id "41"']},
    ]);
    assert.equal((await api(s, 'GET', '/hsds/services/svc-dup')).json.name, 'First');
  } finally {
    await s.close();
  }
});
