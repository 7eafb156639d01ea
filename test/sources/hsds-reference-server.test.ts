// The HSDS adapter against peerkit's own reference server (`serve --demo`, `/api/hsds/`): the API the
// demo's <peer-resource-directory> talks to.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {HsdsClient, HsdsError} from '../../src/sources/hsds.js';
import {filterResources, presetById, presetMatchesTerm} from '../../src/model/resource-filter.js';
import type {Resource} from '../../src/model/resource.js';
import {startServer, type RunningServer} from '../e2e/support.js';

let server: RunningServer;
let client: HsdsClient;
before(async () => {
  server = await startServer();
  client = new HsdsClient(`${server.url}/api/hsds`);
});
after(() => server?.stop());

async function everything(o: {query?: string; category?: string} = {}) {
  const out: Resource[] = [];
  for (let page = 1; page < 50; page++) {
    const r = await client.search({...o, page, perPage: 5});
    assert.deepEqual(r.issues, [], `page ${page}`);
    out.push(...r.resources);
    if (!r.hasMore) return out;
  }
  throw new Error('paging never ended');
}

test('uses /service_at_locations and pages through every demo service without issues', async () => {
  assert.equal(await client.endpoint(), 'sal');
  const all = await everything();
  assert.ok(all.length >= 10, String(all.length));
  assert.equal(new Set(all.map((r) => r.serviceAtLocationId)).size, all.length);
  assert.ok(all.every((r) => r.name && r.id));
  // Real-shaped data reaches the model: phones, hours, coordinates and categories.
  assert.ok(all.some((r) => r.phones.length));
  assert.ok(all.some((r) => r.schedules.some((s) => s.rules.length)));
  assert.ok(all.some((r) => typeof r.location?.latitude === 'number'));
  assert.ok(all.some((r) => r.categories.length));
  // Every result gets an hours verdict.
  assert.equal(filterResources(all, {}, Date.now()).length, all.length);
});

test('words, taxonomy terms and plain-language presets filter on the server', async () => {
  const all = await everything();
  const word = all[0].name.split(/\s+/).find((w) => w.length > 4) ?? all[0].name;
  const hits = await everything({query: word});
  assert.ok(hits.length >= 1 && hits.length < all.length, `${word}: ${hits.length}`);
  assert.ok(hits.some((r) => r.id === all[0].id));

  const terms = await client.categories();
  assert.ok(terms.length >= 5);
  const term = all[0].categories[0];
  const byTerm = await everything({category: term.id});
  assert.ok(byTerm.length >= 1 && byTerm.every((r) => r.categories.some((c) => c.id === term.id)));

  const preset = presetById('harm-reduction')!;
  const reduced = await everything({category: 'harm-reduction'});
  assert.ok(reduced.length >= 1 && reduced.length < all.length);
  assert.ok(reduced.every((r) => r.categories.some((c) => presetMatchesTerm(preset, c))));
});

test('get(id) returns the fully nested service; an unknown id is not-found', async () => {
  const [first] = (await client.search({perPage: 1})).resources;
  const one = await client.get(first.id);
  assert.equal(one.id, first.id);
  assert.equal(one.name, first.name);
  await assert.rejects(client.get('no-such-service'), (e: unknown) => e instanceof HsdsError && e.reason === 'not-found');
});
