import {test, describe, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {HsdsClient, HsdsError, isIssue, loadHsdsFile, parseAll, parseService, parseServiceAtLocation, readPage} from '../../src/sources/hsds.js';
import {openStatus} from '../../src/model/hours.js';
import type {Resource} from '../../src/model/resource.js';
import {startHsdsServer, type HsdsTestServer} from './hsds-server.js';

const fixture = JSON.parse(readFileSync(new URL('../fixtures/hsds/services.json', import.meta.url), 'utf8')) as Record<string, unknown>[];
const byId = (list: Resource[], id: string) => {
  const r = list.find((x) => x.id === id);
  assert.ok(r, `resource ${id}`);
  return r;
};
/** How many service_at_locations the fixture holds (what /service_at_locations pages through). */
const salCount = fixture.reduce((n, s) => n + (Array.isArray(s.service_at_locations) ? s.service_at_locations.length : 0), 0);

let server: HsdsTestServer;
before(async () => {
  server = await startHsdsServer();
});
after(() => server.close());

describe('JSON file mode', () => {
  test('loads every good record and reports the bad one', async () => {
    const {resources, issues} = await loadHsdsFile(`${server.origin}/file/services.json`);
    assert.equal(resources.length, fixture.length - 1);
    assert.equal(issues.length, 1);
    assert.equal(issues[0].id, 'svc-bad');
    assert.equal(issues[0].index, 7);
    assert.match(issues[0].reason, /name/);
    assert.equal(issues[0].source, `${server.origin}/file/services.json`);
  });

  test('messy values: numeric ids and numbers as strings, unknown enums kept, extension fields in extra', () => {
    const {resources} = parseAll(fixture, 'f');
    const bridge = byId(resources, '2');
    assert.equal(bridge.minimumAge, 16);
    assert.equal(bridge.location?.latitude, 39.9526);
    assert.equal(bridge.location?.longitude, -75.1652);
    assert.equal(bridge.assuredDate, '2026-11-02');
    assert.equal(byId(resources, 'svc-004').status, 'waitlist');
    assert.deepEqual(byId(resources, 'svc-004').capacities, [{available: 2, maximum: 12, unit: 'beds'}]);
    assert.equal(byId(resources, 'svc-003').location?.type, 'mobile-unit');
    assert.equal(byId(resources, 'svc-023').location?.type, 'redacted');
    assert.equal(byId(resources, 'svc-019').status, 'temporarily closed');
    assert.equal(byId(resources, 'svc-019').alert, 'Closed for renovation until January.');
    assert.deepEqual(byId(resources, 'svc-021').extra, {x_funding_source: 'Ryan White Part A', extension: {peerkit: {priority: 2}}});
    assert.equal(byId(resources, 'svc-001').extra, undefined);
    assert.equal(byId(resources, 'svc-009').organization?.id, 'org-12');
  });

  test('HTML becomes plain text, Markdown stays as text, entities are decoded', () => {
    const {resources} = parseAll(fixture, 'f');
    assert.equal(byId(resources, 'svc-001').description, 'Medically managed withdrawal for alcohol and opioids.\n• Walk-ins welcome\n• Medicaid accepted');
    assert.match(byId(resources, 'svc-005').description!, /^## Reunión semanal\n\nGrupo de \*apoyo entre pares\*/);
    assert.equal(byId(resources, 'svc-021').description, 'Rapid testing & linkage to care — no appointment.');
  });

  test('XSS: markup never survives as markup, a name made only of markup is kept as text, unsafe URLs dropped', () => {
    const {resources} = parseAll(fixture, 'f');
    const x = byId(resources, 'svc-xss');
    assert.equal(x.name, '<img src=x onerror=alert(1)>'); // rendered as text by the element
    assert.equal(x.organization?.name, '<img src=x onerror=alert(1)>');
    assert.equal(x.description, 'Description with  and a link.');
    assert.equal(x.fees, 'Free');
    assert.equal(x.url, undefined);
    assert.deepEqual(x.additionalUrls, []);
    assert.equal(x.phones[0].number, '215-555-0666');
    assert.equal(byId(resources, 'svc-009').organization?.url, undefined); // javascript: website
    assert.equal(byId(resources, 'svc-024').additionalUrls[0], 'https://www.smartrecovery.org/');
  });

  test('phones by precedence: service_at_location, service, location, organisation', () => {
    const {resources} = parseAll(fixture, 'f');
    assert.deepEqual(
      byId(resources, 'svc-012').phones.map((p) => p.number),
      ['215-555-0212', '215-555-0112', '215-555-0142', '215-555-0100'],
    );
    assert.equal(byId(resources, 'svc-012').phones[0].description, 'Center City front desk');
    const crisis = byId(resources, 'svc-006').phones;
    assert.deepEqual(
      crisis.map((p) => `${p.number}:${p.type}`),
      ['988:voice', '988:text', '711:textphone', '(215) 555-0199:voice'],
    );
    assert.equal(byId(resources, 'svc-009').phones[0].extension, '204');
    assert.deepEqual(byId(resources, 'svc-005').phones, []);
  });

  test('schedules by precedence: service_at_location, then service, then location', () => {
    const {resources} = parseAll(fixture, 'f');
    assert.deepEqual(byId(resources, 'svc-012').schedules[0].rules, [{days: [1, 3, 4], opens: 1080, closes: 1260}]);
    assert.deepEqual(byId(resources, 'svc-020').schedules[0].rules, [{days: [1, 2, 3, 4, 5], opens: 510, closes: 990}]); // the location's
    assert.deepEqual(byId(resources, 'svc-010').schedules, []);
    // The location's IANA zone (extension field) reaches the schedule.
    assert.equal(byId(resources, 'svc-018').schedules[0].timezone, 'America/New_York');
    // Overnight and 24/7 records evaluate as such.
    assert.deepEqual(openStatus(byId(resources, 'svc-006').schedules, Date.parse('2026-01-14T15:00:00Z')), {state: 'open', allDay: true});
    assert.equal(openStatus(byId(resources, 'svc-003').schedules, Date.parse('2026-01-17T06:30:00Z')).state, 'open'); // Sat 01:30 EST
    assert.deepEqual(openStatus(byId(resources, 'svc-011').schedules, Date.parse('2026-01-14T15:00:00Z')), {state: 'unknown'}); // "nine"–"five-ish"
    assert.deepEqual(openStatus(byId(resources, 'svc-025').schedules, Date.parse('2026-01-17T15:00:00Z')), {state: 'unknown', expired: true}); // expired: may be out of date
  });

  test('free from cost options or fees; languages from service, location and phones', () => {
    const {resources} = parseAll(fixture, 'f');
    const free = resources.filter((r) => r.free).map((r) => r.id);
    for (const id of ['2', 'svc-003', 'svc-005', 'svc-006', 'svc-009', 'svc-015', 'svc-018']) assert.ok(free.includes(id), id);
    for (const id of ['svc-001', 'svc-004', 'svc-024', 'svc-016']) assert.ok(!free.includes(id), id);
    assert.deepEqual(byId(resources, 'svc-026').languages, ['English', 'Spanish']);
    assert.deepEqual(byId(resources, 'svc-011').languages, ['Spanish']);
    assert.deepEqual(byId(resources, 'svc-005').languages, ['Español']);
    assert.deepEqual(byId(resources, 'svc-001').languages, ['English', 'Spanish']);
  });

  test('detail fields: eligibility, fees, application, documents, areas, accessibility, categories', () => {
    const {resources} = parseAll(fixture, 'f');
    const d = byId(resources, 'svc-001');
    assert.equal(d.eligibility, 'Adults 18 and over');
    assert.equal(d.applicationProcess, 'Walk in or call the intake line.');
    assert.deepEqual(d.requiredDocuments, ['Photo ID if you have one (not required)']);
    assert.deepEqual(d.location?.accessibility, ['Step-free entrance on Allegheny Ave']);
    assert.deepEqual(d.location?.address, {line: '3000 Kensington Ave', city: 'Philadelphia', region: 'PA', postalCode: '19134', country: 'US'});
    assert.equal(d.location?.transportation, 'Market-Frankford Line to Allegheny');
    assert.deepEqual(d.categories, [{id: 'tt-detox', name: 'Detox & Withdrawal Management', code: 'RX-8450.1800'}]);
    assert.deepEqual(byId(resources, 'svc-009').serviceAreas, ['Philadelphia County']);
    assert.equal(byId(resources, 'svc-016').locations.length, 2);
    assert.equal(d.url, 'https://keystone.example.org/detox');
    assert.equal(d.organization?.url, 'https://keystone.example.org/');
  });

  test('file errors are typed: not JSON, not an array, unreachable', async () => {
    await assert.rejects(loadHsdsFile(`${server.origin}/html/services.json`), (e: unknown) => e instanceof HsdsError && e.reason === 'not-json' && e.kind === 'parse');
    await assert.rejects(loadHsdsFile(`${server.origin}/full/`), (e: unknown) => e instanceof HsdsError && e.reason === 'not-page' && e.kind === 'invalid');
    await assert.rejects(loadHsdsFile(`${server.origin}/file/missing.json`), (e: unknown) => e instanceof HsdsError && e.reason === 'not-found' && e.status === 404);
    await assert.rejects(loadHsdsFile(`${server.origin}/down/services.json`), (e: unknown) => e instanceof HsdsError && e.reason === 'unreachable' && e.transient);
  });
});

describe('single records', () => {
  test('never throws on garbage; says why', () => {
    for (const bad of [null, 3, 'x', [], {name: 'No id'}, {id: {}, name: 'Object id'}, {id: 'x', name: '   '}]) {
      const r = parseService(bad, {source: 's', index: 4});
      assert.ok(isIssue(r), JSON.stringify(bad));
      assert.equal(r.index, 4);
    }
    assert.match((parseService({id: 'a'}) as {reason: string}).reason, /name/);
  });

  test('a bad phone, language or schedule is dropped, not the service', () => {
    const r = parseService({
      id: 7,
      name: 'Minimal',
      phones: [null, {number: null}, {number: 5551234, type: 'carrier-pigeon'}],
      languages: ['fr', {name: null, code: 'vi'}, 42],
      schedules: [{byday: 'MO', opens_at: '25:00', closes_at: '26:00'}],
      service_at_locations: 'nope',
      attributes: [{taxonomy_term: null}],
    });
    assert.ok(!isIssue(r));
    assert.equal(r.id, '7');
    assert.deepEqual(r.phones, [{number: '5551234', type: 'other', languages: []}]);
    assert.deepEqual(r.languages, ['fr', 'vi']);
    assert.deepEqual(r.schedules, []);
    assert.deepEqual(r.locations, []);
    assert.deepEqual(r.categories, []);
  });

  test('a service_at_location leads with its own location, phones and hours', () => {
    const s = fixture.find((x) => x.id === 'svc-016')!;
    const sals = s.service_at_locations as Record<string, unknown>[];
    const {service_at_locations: _sals, ...service} = s;
    const r = parseServiceAtLocation({...sals[1], service});
    assert.ok(!isIssue(r));
    assert.equal(r.serviceAtLocationId, sals[1].id);
    assert.equal(r.location?.name, 'Camden Site');
    assert.deepEqual(r.schedules[0].rules, [{days: [1, 2, 3, 4, 5], opens: 330, closes: 780}]);
    const missing = parseServiceAtLocation({id: 'sal-x', service_id: 'y'}, {index: 2});
    assert.ok(isIssue(missing));
    assert.equal(missing.id, 'sal-x');
  });

  test('Page headers are all optional', () => {
    assert.deepEqual(readPage({contents: []}), {contents: []});
    assert.deepEqual(readPage([1]), {contents: [1]});
    assert.deepEqual(readPage({contents: [], total_items: '21', size: 10, page_number: '3'}), {contents: [], totalItems: 21, pageNumber: 3});
    assert.deepEqual(readPage({contents: [], last_page: false}), {contents: [], lastPage: false});
    assert.deepEqual(readPage({contents: [], empty: true}), {contents: [], lastPage: true});
    assert.throws(() => readPage({items: []}), (e: unknown) => e instanceof HsdsError && e.reason === 'not-page');
  });
});

describe('API mode', () => {
  async function allPages(client: HsdsClient, perPage: number, extra: {query?: string; category?: string} = {}) {
    const resources: Resource[] = [];
    const issues = [];
    let pages = 0;
    for (let page = 1; ; page++) {
      const r = await client.search({...extra, page, perPage});
      pages++;
      resources.push(...r.resources);
      issues.push(...r.issues);
      if (!r.hasMore || page > 20) return {resources, issues, pages, last: r};
    }
  }

  test('prefers /service_at_locations (probed once), pages with headers, reports broken items', async () => {
    const before = server.requests.length;
    const client = new HsdsClient(server.base('full'));
    const first = await client.search({page: 1, perPage: 10});
    assert.equal(first.page, 1);
    assert.equal(first.totalPages, Math.ceil((salCount + 2) / 10));
    assert.equal(first.hasMore, true);
    assert.ok(first.resources.every((r) => r.serviceAtLocationId));
    assert.deepEqual(
      first.issues.map((i) => i.id ?? i.reason),
      ['sal-broken', 'not an object'],
    );
    const all = await allPages(client, 10);
    assert.equal(all.resources.length, salCount);
    assert.equal(all.last.hasMore, false);
    const reqs = server.requests.slice(before);
    assert.equal(reqs.filter((r) => r.includes('per_page=1&') || r.endsWith('per_page=1')).length, 1, reqs.join('\n'));
    assert.ok(reqs.every((r) => r.startsWith('/full/service_at_locations')));
    // The methadone service appears once per location, each led by its own.
    const methadone = all.resources.filter((r) => r.id === 'svc-016');
    assert.deepEqual(
      methadone.map((r) => r.location?.name),
      ['North Broad Site', 'Camden Site'],
    );
  });

  test('without any Page header, keeps paging while pages are full', async () => {
    const client = new HsdsClient(server.base('bare'));
    const first = await client.search({page: 1, perPage: 10});
    assert.equal(first.totalPages, undefined);
    assert.equal(first.hasMore, true);
    const all = await allPages(client, 10);
    assert.equal(all.resources.length, salCount);
    assert.equal(all.pages, Math.floor(salCount / 10) + 1);
    // When the total is an exact multiple, the empty page after it ends the paging.
    const exact = await allPages(client, salCount);
    assert.equal(exact.pages, 2);
    assert.equal(exact.resources.length, salCount);
  });

  test('with only total_items, stops after the last item without asking for an empty page', async () => {
    const before = server.requests.length;
    const client = new HsdsClient(server.base('count'));
    const all = await allPages(client, salCount);
    assert.equal(all.pages, 1);
    assert.equal(all.last.totalPages, 1);
    assert.equal(all.resources.length, salCount);
    const paged = await allPages(client, 10);
    assert.equal(paged.pages, Math.ceil(salCount / 10));
    assert.equal(server.requests.slice(before).filter((r) => r.startsWith('/count/service_at_locations?')).length, 2 + Math.ceil(salCount / 10));
  });

  test('falls back to /services?full=true when /service_at_locations is missing', async () => {
    const client = new HsdsClient(server.base('no-sal'));
    const all = await allPages(client, 10);
    assert.equal(all.resources.length, fixture.length - 1);
    assert.equal(all.issues.length, 1);
    assert.ok(byId(all.resources, 'svc-001').phones.length > 0);
    assert.equal(await client.endpoint(), 'full');
  });

  test('falls back to /services/{id} when full=true is ignored', async () => {
    const before = server.requests.length;
    const client = new HsdsClient(server.base('basic'));
    const r = await client.search({page: 1, perPage: 5});
    assert.equal(r.resources.length, 5);
    assert.ok(r.resources.every((x) => x.phones.length > 0 || x.schedules.length > 0 || x.locations.length > 0));
    assert.equal(await client.endpoint(), 'basic');
    const reqs = server.requests.slice(before);
    assert.equal(reqs.filter((x) => /^\/basic\/services\/[^?]+$/.test(x)).length, 5);
    assert.deepEqual(await client.categories(), []); // no /taxonomy_terms
  });

  test('a bare array of services is a page without headers', async () => {
    const client = new HsdsClient(server.base('array'));
    const all = await allPages(client, 7);
    assert.equal(all.resources.length, fixture.length - 1);
  });

  test('search words and categories by term id, name or preset reach the API', async () => {
    const client = new HsdsClient(server.base('full'));
    const words = await client.search({query: 'naloxone van', perPage: 50});
    assert.deepEqual(
      words.resources.map((r) => r.id),
      ['svc-003'],
    );
    const byTermId = await client.search({category: 'tt-legal', perPage: 50});
    assert.deepEqual(
      byTermId.resources.map((r) => r.id),
      ['svc-009'],
    );
    const byName = await client.search({category: 'Legal Aid', perPage: 50});
    assert.deepEqual(
      byName.resources.map((r) => r.id),
      ['svc-009'],
    );
    const preset = await client.search({category: 'harm-reduction', perPage: 50});
    assert.deepEqual(preset.resources.map((r) => r.id).sort(), ['svc-003', 'svc-015', 'svc-017', 'svc-021']);
    const none = await client.search({query: 'zzzz nothing', perPage: 50});
    assert.deepEqual(none.resources, []);
    assert.equal(none.hasMore, false);
  });

  test('get(id) for the detail view; categories from /taxonomy_terms', async () => {
    const client = new HsdsClient(server.base('full'));
    const one = await client.get('svc-001');
    assert.equal(one.name, 'Keystone Medically Managed Detox');
    assert.equal(one.capacities[0].available, 4);
    await assert.rejects(client.get('nope'), (e: unknown) => e instanceof HsdsError && e.reason === 'not-found');
    const terms = await client.categories();
    assert.ok(terms.length >= 12);
    assert.deepEqual(
      terms.find((t) => t.id === 'tt-moud'),
      {id: 'tt-moud', name: 'Medication for Opioid Use Disorder', code: 'MOUD'},
    );
  });

  test('typed errors: not JSON, not a Page, unreachable', async () => {
    await assert.rejects(new HsdsClient(server.base('html')).search(), (e: unknown) => e instanceof HsdsError && e.reason === 'not-json');
    await assert.rejects(new HsdsClient(server.base('not-page')).search(), (e: unknown) => e instanceof HsdsError && e.reason === 'not-page');
    await assert.rejects(new HsdsClient(server.base('down')).search(), (e: unknown) => e instanceof HsdsError && e.reason === 'unreachable');
    await assert.rejects(new HsdsClient('http://127.0.0.1:9/hsds').search(), (e: unknown) => e instanceof HsdsError && e.reason === 'unreachable' && e.kind === 'network');
  });

  test('an aborted search rejects as aborted', async () => {
    const ac = new AbortController();
    ac.abort();
    await assert.rejects(new HsdsClient(server.base('full')).search({signal: ac.signal}), (e: unknown) => e instanceof HsdsError && e.reason === 'aborted');
  });
});

describe('robustness', () => {
  test('never throws: every field of every record replaced by odd values', () => {
    const odd: unknown[] = [null, undefined, 0, -1, 1e308, NaN, '', '  ', 'x', '<b>', true, [], [null], {}, {id: null}, [1, 'a', {}], '2026-13-45', '25:99'];
    let seed = 42;
    const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    const mutate = (v: unknown, depth: number): unknown => {
      if (Array.isArray(v)) return v.map((x) => mutate(x, depth + 1));
      if (v && typeof v === 'object') {
        const o: Record<string, unknown> = {};
        for (const [k, x] of Object.entries(v)) o[k] = rand() < 0.15 ? odd[Math.floor(rand() * odd.length)] : depth < 6 ? mutate(x, depth + 1) : x;
        return o;
      }
      return v;
    };
    let parsed = 0;
    for (let round = 0; round < 20; round++) {
      for (const [index, s] of fixture.entries()) {
        const m = mutate(s, 0);
        const r = parseService(m, {index});
        if (!isIssue(r)) {
          parsed++;
          assert.equal(typeof r.name, 'string');
          assert.ok(Array.isArray(r.phones) && Array.isArray(r.schedules) && Array.isArray(r.locations));
          openStatus(r.schedules, Date.parse('2026-01-14T15:00:00Z'));
        }
        parseServiceAtLocation({id: 'x', service: m, location: mutate((s.service_at_locations as unknown[] | undefined)?.[0], 0)});
      }
    }
    assert.ok(parsed > 100, String(parsed));
  });
});
