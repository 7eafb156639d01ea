/**
 * Issue 18 in the HSDS adapter and the hours engine: the spec's own example service
 * (test/fixtures/hsds/spec-example.json), list items as thin as the spec's
 * service_at_location_list example (the test server's /lean variant), and an export that repeats
 * one service id 128 times (duplicates.json).
 */
import {test, describe, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {HsdsClient, newSearchMemory, parseAll} from '../../src/sources/hsds.js';
import {hoursExpiredOn, openStatus, weeklyHours} from '../../src/model/hours.js';
import {filterResources} from '../../src/model/resource-filter.js';
import {startHsdsServer, type HsdsTestServer} from './hsds-server.js';

const fixture = (name: string) => JSON.parse(readFileSync(new URL(`../fixtures/hsds/${name}`, import.meta.url), 'utf8')) as unknown[];
const NOW = Date.parse('2026-01-15T12:00:00Z'); // a Thursday

let server: HsdsTestServer;
before(async () => {
  server = await startHsdsServer({services: [...(fixture('services.json') as object[]), ...(fixture('duplicates.json') as object[])]});
});
after(() => server.close());

describe('point 8: one verdict on hours for the card and the details', () => {
  test('an expired schedule: "out of date" everywhere, its own hours and description kept', () => {
    const {resources, issues} = parseAll(fixture('spec-example.json'), 'spec');
    assert.equal(issues.length, 0);
    const r = resources[0];
    const status = openStatus(r.schedules, NOW);
    assert.deepEqual(status, {state: 'unknown', expired: true});
    assert.equal(hoursExpiredOn(r.schedules, NOW), '2005-01-01');
    const rows = weeklyHours(r.schedules, 'en', NOW);
    const text = Object.fromEntries(rows.map((w) => [w.name, w.text]));
    assert.equal(text.Thursday, '10:00 AM – 6:00 PM');
    assert.equal(text.Friday, '10:00 AM – 6:00 PM');
    assert.equal(text.Monday, 'Closed');
    assert.match(r.schedules[0].description ?? '', /10 am to 6pm weekdays/);
    // "Open now" never takes hours that may be out of date.
    assert.deepEqual(filterResources(resources, {openNow: true}, NOW), []);
  });

  test('a current schedule next to an expired one: the current one, and not out of date', () => {
    const [spec] = fixture('spec-example.json') as Record<string, unknown>[];
    const current = {...spec, schedules: [...(spec.schedules as object[]), {freq: 'WEEKLY', byday: 'MO,TU', opens_at: '09:00', closes_at: '12:00', timezone: 3}]};
    const r = parseAll([current], 'spec').resources[0];
    assert.equal(hoursExpiredOn(r.schedules, NOW), undefined);
    assert.equal(openStatus(r.schedules, NOW).state, 'closed');
    const text = Object.fromEntries(weeklyHours(r.schedules, 'en', NOW).map((w) => [w.name, w.text]));
    assert.equal(text.Monday, '9:00 AM – 12:00 PM');
    assert.equal(text.Thursday, 'Closed');
  });
});

test('point 10: a phone number sent with quotes around it is read without them', () => {
  const r = parseAll(fixture('spec-example.json'), 'spec').resources[0];
  assert.deepEqual(r.phones.map((p) => [p.number, p.extension]), [['+44 1234 234567', '100']]);
});

test('point 10: /service_at_locations items with no languages get them (and phones and hours) from /services/{id}', async () => {
  const c = new HsdsClient(server.base('lean'));
  const page = await c.search({perPage: 10});
  assert.equal(await c.endpoint(), 'sal');
  const detox = page.resources.find((r) => r.id === 'svc-001');
  assert.ok(detox);
  assert.deepEqual(detox.languages, ['English', 'Spanish']);
  assert.ok(detox.phones.length > 0 && detox.schedules.length > 0);
  assert.deepEqual(
    filterResources(page.resources, {language: 'es'}, NOW).map((x) => x.resource.id),
    page.resources.filter((x) => ['svc-001', 'svc-003', 'svc-005', 'svc-006'].includes(x.id)).map((x) => x.id),
  );
  // Each service's details are asked for once, even when it has several locations.
  const details = server.requests.filter((q) => q.startsWith('/lean/services/'));
  assert.equal(new Set(details).size, details.length);
});

describe('point 11: a service id repeated in a feed is shown once, the repeats reported', () => {
  test('in a JSON file', () => {
    const {resources, issues} = parseAll(fixture('duplicates.json'), 'dups.json');
    assert.deepEqual(resources.map((r) => r.id), ['svc-dup', 'svc-a', 'svc-b']);
    assert.equal(issues.length, 127);
    assert.match(issues[0].reason, /id "svc-dup" is already used by record #0/);
    assert.equal(issues[0].id, 'svc-dup');
  });

  test('across the pages of an API', async () => {
    const c = new HsdsClient(server.base('no-sal'));
    const seen: string[] = [];
    let reported = 0;
    const memory = newSearchMemory();
    for (let p = 1; p <= 8; p++) {
      const page = await c.search({query: 'recovery café', page: p, perPage: 25, memory});
      seen.push(...page.resources.map((r) => r.id));
      reported += page.issues.filter((i) => /already used/.test(i.reason)).length;
      if (!page.hasMore) break;
    }
    assert.deepEqual(seen, ['svc-dup']);
    assert.equal(reported, 127);
  });

  test('two searches of one client (two directories of the same API on a page) each keep their own repeats', async () => {
    const c = new HsdsClient(server.base('no-sal'));
    const ids = (r: {resources: {id: string}[]}) => r.resources.map((x) => x.id);
    const [a, b] = [newSearchMemory(), newSearchMemory()];
    // Both directories show their first page, then each asks for its second in turn.
    assert.deepEqual(ids(await c.search({page: 1, perPage: 25, memory: a})), ids(await c.search({page: 1, perPage: 25, memory: b})));
    const a2 = await c.search({page: 2, perPage: 25, memory: a});
    const b2 = await c.search({page: 2, perPage: 25, memory: b});
    assert.deepEqual(ids(a2), ids(b2));
    assert.ok(ids(b2).length > 0, 'the second directory’s page 2 is not "already used" by the first’s');
  });
});
