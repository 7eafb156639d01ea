/** The HTTP surface: demo seed feeds, CORS, OpenAPI, static files, the access log. */
import {test, describe, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {fileURLToPath} from 'node:url';
import {readFileSync} from 'node:fs';
import {startTestServer, api, mod, question, type TestServer} from './helpers.js';
import {seedDemo} from '../../server/seed/index.js';

const ROOT = fileURLToPath(new URL('../fixtures/server/root', import.meta.url));
const TYPES = Object.keys(JSON.parse(readFileSync('/work/shared/reference/meeting-guide-types.json', 'utf8')));

describe('demo seed and feeds', () => {
  let s: TestServer;
  before(async () => {
    s = await startTestServer({root: ROOT, env: {PEERKIT_ALLOWED_ORIGINS: 'https://recovery.example.org'}});
    await seedDemo(s.store, {now: new Date(s.clock.now)});
  });
  after(() => s.close());

  test('the Meeting Guide feed follows the spec rules', async () => {
    const feed = (await api(s, 'GET', '/v1/meetings')).json as unknown as Record<string, unknown>[];
    assert.ok(feed.length >= 55 && feed.length <= 80, `${feed.length} meetings`);
    const slugs = new Set<string>();
    const zones = new Set<string>();
    const modes = {inPerson: 0, online: 0, hybrid: 0};
    for (const m of feed) {
      assert.equal(typeof m.name, 'string');
      assert.ok(String(m.name).length <= 255);
      assert.match(String(m.slug), /^[a-z0-9-]{1,64}$/);
      assert.ok(!slugs.has(String(m.slug)), `duplicate slug ${m.slug}`);
      slugs.add(String(m.slug));
      assert.ok(Number.isInteger(m.day) && (m.day as number) >= 0 && (m.day as number) <= 6);
      assert.match(String(m.time), /^\d{2}:\d{2}$/);
      if (m.end_time) assert.match(String(m.end_time), /^\d{2}:\d{2}$/);
      new Intl.DateTimeFormat('en', {timeZone: String(m.timezone)}); // throws on a bad zone
      zones.add(String(m.timezone));
      for (const t of m.types as string[]) assert.ok(TYPES.includes(t), `unknown type ${t} in ${m.slug}`);
      const online = !!m.conference_url || String(m.conference_phone ?? '').replace(/[^0-9]/g, '').length >= 10;
      const inPerson = m.approximate !== 'yes' && !(m.types as string[]).includes('TC');
      if (online) assert.match(String(m.conference_url), /^https:\/\/(zoom\.us|meet\.google\.com)\//);
      if (m.conference_phone) assert.match(String(m.conference_phone), /^[0-9+,*#]+$/);
      if (inPerson) {
        assert.equal(typeof m.latitude, 'number');
        assert.equal(typeof m.longitude, 'number');
        assert.ok(m.formatted_address);
        assert.ok(m.region);
      }
      assert.match(String(m.updated), /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
      if (online && inPerson) modes.hybrid++;
      else if (online) modes.online++;
      else modes.inPerson++;
    }
    assert.deepEqual([...zones].sort(), ['America/Chicago', 'America/Denver']);
    assert.ok(modes.inPerson >= 20 && modes.online >= 5 && modes.hybrid >= 5, JSON.stringify(modes));
    assert.ok(feed.some((m) => (m.types as string[]).includes('S')), 'Spanish meetings');
    assert.ok(new Set(feed.map((m) => m.district)).size >= 4, 'several fellowships');
  });

  test('the HSDS demo directory has services with schedules, phones, terms and dates', async () => {
    const page = await api(s, 'GET', '/hsds/services?full=true&per_page=100');
    const services = page.json.contents as Record<string, any>[]; // eslint-disable-line @typescript-eslint/no-explicit-any
    assert.ok(services.length >= 38);
    assert.ok(services.every((x) => /^\d{4}-\d{2}-\d{2}$/.test(x.assured_date)));
    assert.ok(services.some((x) => x.schedules.some((h: {description?: string}) => /24 hours/.test(h.description ?? ''))), '24/7');
    assert.ok(services.some((x) => x.schedules.some((h: {opens_at: string; closes_at: string}) => h.closes_at < h.opens_at)), 'overnight');
    assert.ok(services.some((x) => x.phones.some((p: {type: string}) => p.type === 'text')), 'text-capable phones');
    assert.ok(services.some((x) => x.languages.some((l: {code: string}) => l.code === 'es')));
    assert.ok(services.filter((x) => x.service_at_locations[0].location.latitude !== null).length >= 25);
    const terms = await api(s, 'GET', '/hsds/taxonomy_terms?per_page=100');
    for (const t of ['Detox', 'Medication for opioid use disorder', 'Sober living', 'Harm reduction', 'Peer support', 'Hotlines', 'Housing', 'Legal aid']) {
      assert.ok(terms.json.contents.some((x: {name: string}) => x.name === t), t);
    }
    const moud = await api(s, 'GET', '/hsds/services?taxonomy_term_id=term-moud');
    assert.ok(moud.json.total_items >= 4);
  });

  test('seeded stories and questions are public', async () => {
    const stories = (await api(s, 'GET', '/v1/stories')).json.items as {content_warnings: string[]}[];
    assert.ok(stories.length >= 5);
    assert.ok(stories.some((x) => x.content_warnings.length > 0));
    assert.equal((await api(s, 'GET', '/v1/stories?lang=es')).json.items.length, 1);
    const qs = await api(s, 'GET', '/v1/questions');
    assert.ok(qs.json.total >= 5);
    assert.ok(qs.json.items.every((q: {answer: string; published_on: string}) => q.answer && /^\d{4}-\d{2}-\d{2}$/.test(q.published_on)));
  });

  test('CORS: public reads for any origin; writes and moderation only for allowed origins', async () => {
    const read = await api(s, 'GET', '/v1/meetings', undefined, {origin: 'https://anyone.example'});
    assert.equal(read.headers.get('access-control-allow-origin'), '*');
    assert.equal((await api(s, 'GET', '/hsds/services', undefined, {origin: 'https://anyone.example'})).headers.get('access-control-allow-origin'), '*');
    const pre = await fetch(`${s.api}/v1/questions`, {method: 'OPTIONS', headers: {origin: 'https://recovery.example.org', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type'}});
    assert.equal(pre.status, 204);
    assert.equal(pre.headers.get('access-control-allow-origin'), 'https://recovery.example.org');
    assert.match(pre.headers.get('access-control-allow-headers') ?? '', /Content-Type/);
    const foreignPre = await fetch(`${s.api}/v1/questions`, {method: 'OPTIONS', headers: {origin: 'https://evil.example', 'access-control-request-method': 'POST'}});
    assert.equal(foreignPre.headers.get('access-control-allow-origin'), null);
    const foreign = await question(s, {}, {origin: 'https://evil.example'});
    assert.equal(foreign.status, 403);
    assert.equal(foreign.json.error, 'origin_not_allowed');
    const allowed = await question(s, {}, {origin: 'https://recovery.example.org'});
    assert.equal(allowed.status, 201);
    assert.equal(allowed.headers.get('access-control-allow-origin'), 'https://recovery.example.org');
    const own = await question(s, {}, {origin: s.url});
    assert.equal(own.status, 201, "the server's own origin may write");
    const modForeign = await api(s, 'GET', '/v1/moderation/me', undefined, {...mod(s), origin: 'https://evil.example'});
    assert.equal(modForeign.status, 403);
    const modPre = await fetch(`${s.api}/v1/moderation/questions`, {method: 'OPTIONS', headers: {origin: 'https://anyone.example', 'access-control-request-method': 'GET'}});
    assert.equal(modPre.headers.get('access-control-allow-origin'), null);
    // With the list set, the rest of the visitor write flow is restricted too.
    for (const path of ['/v1/questions/lookup', '/v1/stories', '/v1/stories/withdraw']) {
      const p = await fetch(`${s.api}${path}`, {method: 'OPTIONS', headers: {origin: 'https://evil.example', 'access-control-request-method': 'POST'}});
      assert.equal(p.headers.get('access-control-allow-origin'), null, path);
    }
    assert.equal((await api(s, 'GET', '/v1/form-token', undefined, {origin: 'https://evil.example'})).status, 403);
    assert.equal((await api(s, 'GET', '/v1/form-token', undefined, {origin: 'https://recovery.example.org'})).headers.get('access-control-allow-origin'), 'https://recovery.example.org');
  });

  test('OpenAPI 3.1 document generated from the schemas', async () => {
    const doc = (await api(s, 'GET', '/openapi.json')).json;
    assert.equal(doc.openapi, '3.1.0');
    for (const p of ['/api/v1/meetings', '/api/hsds', '/api/hsds/services', '/api/hsds/services/{id}', '/api/hsds/service_at_locations', '/api/v1/questions', '/api/v1/questions/lookup', '/api/v1/stories', '/api/v1/stories/withdraw', '/api/v1/moderation/questions/{id}', '/api/v1/moderation/audit', '/api/v1/form-token']) {
      assert.ok(doc.paths[p], p);
    }
    const create = doc.components.schemas.QuestionCreate;
    assert.equal(create.additionalProperties, false);
    assert.equal(create.properties.body.minLength, 10);
    assert.equal(create.properties.body.maxLength, 2000);
    assert.deepEqual(doc.paths['/api/v1/questions'].post.requestBody.content['application/json'].schema, {$ref: '#/components/schemas/QuestionCreate'});
    assert.deepEqual(doc.paths['/api/v1/moderation/me'].get.security, [{bearer: []}]);
    assert.ok(doc.components.schemas.StoryCreate.properties.consent);
    const refs = JSON.stringify(doc).match(/"\$ref":"#\/components\/schemas\/(\w+)"/g) ?? [];
    for (const r of refs) assert.ok(doc.components.schemas[r.split('/').pop()!.replace('"', '')], r);
  });

  test('static files: demo pages at /, /desk, the CDN bundle with content types and cache headers', async () => {
    const home = await fetch(`${s.url}/`);
    assert.equal(home.status, 200);
    assert.match(home.headers.get('content-type')!, /text\/html/);
    assert.match(await home.text(), /Demo home/);
    const desk = await fetch(`${s.url}/desk`);
    assert.match(await desk.text(), /Moderation desk/);
    const js = await fetch(`${s.url}/cdn/peerkit.js`);
    assert.equal(js.status, 200);
    assert.match(js.headers.get('content-type')!, /^text\/javascript/);
    assert.match(js.headers.get('cache-control')!, /must-revalidate/);
    const chunk = await fetch(`${s.url}/cdn/chunks/peer-element-BsSzwuGW.js`);
    assert.match(chunk.headers.get('cache-control')!, /immutable/);
    assert.equal((await fetch(`${s.url}/cdn/../../package.json`)).status, 404);
    assert.equal((await fetch(`${s.url}/cdn/%2e%2e/%2e%2e/%2e%2e/package.json`)).status, 404);
    assert.equal((await fetch(`${s.url}/nope`)).status, 404);
    const apiMissing = await api(s, 'GET', '/v2/anything');
    assert.equal(apiMissing.status, 404);
    assert.equal(apiMissing.json.error, 'not_found');
  });

  test('the access log is method, path, status and ms only: no query string', async () => {
    await api(s, 'GET', '/hsds/services?search=secret-search-term');
    const line = s.logs.findLast((l) => l.includes('/api/hsds/services'))!;
    assert.match(line, /^GET \/api\/hsds\/services 200 \d+ms$/);
    assert.ok(!s.logs.join('\n').includes('secret-search-term'));
  });
});

describe('CORS without PEERKIT_ALLOWED_ORIGINS (the default)', () => {
  let s: TestServer;
  before(async () => {
    s = await startTestServer();
  });
  after(() => s.close());
  const site = 'https://a-clinic.example';
  const preflight = (path: string, method = 'POST', headers = 'content-type, idempotency-key') =>
    fetch(`${s.api}${path}`, {method: 'OPTIONS', headers: {origin: site, 'access-control-request-method': method, 'access-control-request-headers': headers}});

  test('anonymous visitor writes are allowed from any origin, without credentials', async () => {
    for (const path of ['/v1/questions', '/v1/questions/lookup', '/v1/stories', '/v1/stories/withdraw']) {
      const pre = await preflight(path);
      assert.equal(pre.status, 204, path);
      assert.equal(pre.headers.get('access-control-allow-origin'), '*', path);
      assert.match(pre.headers.get('access-control-allow-methods') ?? '', /POST/, path);
      assert.match(pre.headers.get('access-control-allow-headers') ?? '', /Content-Type/, path);
      assert.match(pre.headers.get('access-control-allow-headers') ?? '', /Idempotency-Key/, path);
      assert.equal(pre.headers.get('access-control-allow-credentials'), null, path);
    }
    const token = await api(s, 'GET', '/v1/form-token', undefined, {origin: site});
    assert.equal(token.status, 200);
    assert.equal(token.headers.get('access-control-allow-origin'), '*');
    const asked = await question(s, {}, {origin: site});
    assert.equal(asked.status, 201);
    assert.equal(asked.headers.get('access-control-allow-origin'), '*');
    const lookup = await api(s, 'POST', '/v1/questions/lookup', {receipt: asked.json.receipt}, {origin: site});
    assert.equal(lookup.status, 200);
    assert.equal(lookup.headers.get('access-control-allow-origin'), '*');
  });

  test("moderation stays with the server's own origin", async () => {
    const pre = await preflight('/v1/moderation/questions', 'GET', 'authorization');
    assert.equal(pre.headers.get('access-control-allow-origin'), null);
    const foreign = await api(s, 'GET', '/v1/moderation/me', undefined, {...mod(s), origin: site});
    assert.equal(foreign.status, 403);
    assert.equal(foreign.json.error, 'origin_not_allowed');
    const action = await api(s, 'POST', '/v1/moderation/questions/1', {action: 'decline'}, {...mod(s), origin: site});
    assert.equal(action.status, 403);
    const own = await api(s, 'GET', '/v1/moderation/me', undefined, {...mod(s), origin: s.url});
    assert.equal(own.status, 200);
    assert.equal(own.headers.get('access-control-allow-origin'), s.url);
    // Any other write is not a visitor write: refused from another origin.
    const other = await fetch(`${s.api}/v1/stories/1`, {method: 'OPTIONS', headers: {origin: site, 'access-control-request-method': 'DELETE'}});
    assert.equal(other.headers.get('access-control-allow-origin'), null);
  });
});
