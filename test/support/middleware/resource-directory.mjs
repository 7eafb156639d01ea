// Fake backends for <peer-resource-directory> tests, under /fake-api/resource-directory/:
//   hsds/…     an HSDS 3 API over test/fixtures/hsds/services.json (26 messy services, 1 bad)
//   big/…      the same services three times over (78), for paging as the visitor scrolls
//   xss.json   one service with markup and script in every text field
//   slow.json?ms=  the fixture file, late
//   not-json   text that is not JSON;  not-hsds  JSON that is not a service list
//   feedback   POST {service_id, note} recorded;  received  GET the recorded reports;  reset POST
//   geocode?q= Nominatim-style [{lat, lon}] (only "Camden" is known)
//   log        GET the HSDS requests seen (path + query), so tests can assert paging and detail fetches
//   api/<variant>/…  the HSDS test API of test/fixtures/hsds/server.mjs (e.g. api/lean: thin
//              /service_at_locations items, as in the spec's list example)
//   api-dups/<variant>/…  the same API over test/fixtures/hsds/duplicates.json (one service id 128
//              times, two other services at records #40 and #90)
import {readFileSync} from 'node:fs';
import {hsdsKoaMiddleware} from '../../fixtures/hsds/server.mjs';

const hsdsApi = hsdsKoaMiddleware('/fake-api/resource-directory/api');
const duplicates = JSON.parse(readFileSync(new URL('../../fixtures/hsds/duplicates.json', import.meta.url), 'utf8'));
const hsdsDuplicates = hsdsKoaMiddleware('/fake-api/resource-directory/api-dups', {services: duplicates});

const fixture = JSON.parse(readFileSync(new URL('../../fixtures/hsds/services.json', import.meta.url), 'utf8'));
const big = [0, 1, 2].flatMap((copy) =>
  fixture.map((s) => (copy === 0 ? s : {...s, id: `${s?.id ?? 'x'}~${copy}`, name: typeof s?.name === 'string' ? `${s.name} (${copy + 1})` : s?.name})),
);
const state = {received: [], log: []};

// One service with markup and script in every text field, entity-encoded or not.
const X = '<img src=x onerror="window.__xss=1">';
const XE = '&lt;img src=x onerror=&quot;window.__xss=2&quot;&gt;';
const xssService = {
  id: 'xss-1', name: `Safe ${XE} name`, alternate_name: X, description: `Line one ${X}\nLine two <script>window.__xss=3</script>`,
  url: 'javascript:window.__xss=4', email: 'bad"@x<y>', status: `<b>${X}</b>`, interpretation_services: X, application_process: XE,
  fees_description: X, eligibility_description: X, minimum_age: '18', maximum_age: null, assured_date: '2026-10-02', alert: X,
  organization: {id: 'o-x', name: `Org ${XE}`, website: 'javascript:alert(1)'},
  phones: [{number: `215-555-0199${X}`, type: 'voice', description: X, languages: []}],
  schedules: [{byday: 'MO', opens_at: '09:00', closes_at: '17:00', freq: 'WEEKLY', description: X}],
  service_at_locations: [{id: 'sal-x', location: {id: 'l-x', name: X, location_type: 'physical', latitude: 39.95, longitude: -75.16, transportation: X,
    addresses: [{address_1: X, city: XE, state_province: 'PA', postal_code: '19103'}], accessibility: [{description: X}], languages: []}}],
  languages: [{name: X, code: null}], service_areas: [{name: X}], required_documents: [{document: X}], capacities: [{available: 2, maximum: 5, unit: X, description: X}],
  additional_urls: [{url: 'javascript:alert(5)', label: X}, {url: 'https://ok.example.org/more', label: 'More'}],
  attributes: [{taxonomy_term: {id: 'tt-x', name: X}}], cost_options: [],
};

async function readBody(req) {
  let data = '';
  for await (const chunk of req) data += chunk;
  return data;
}

const text = (v) => (typeof v === 'string' ? v.toLowerCase() : '');
function matches(s, search, term) {
  if (search) {
    const hay = [s?.name, s?.description, s?.organization?.name, ...(s?.attributes ?? []).map((a) => a?.taxonomy_term?.name)].map(text).join(' ');
    if (!search.toLowerCase().split(/\s+/).filter(Boolean).every((w) => hay.includes(w))) return false;
  }
  if (term) {
    const t = term.toLowerCase();
    if (!(s?.attributes ?? []).some((a) => text(a?.taxonomy_term_id) === t || text(a?.taxonomy_term?.id) === t || text(a?.taxonomy_term?.name) === t)) return false;
  }
  return true;
}

function hsds(ctx, rest, data) {
  state.log.push(`${rest}${ctx.querystring ? `?${ctx.querystring}` : ''}`);
  if (rest === '' || rest === '/') {
    ctx.body = {version: '3.1', profile: 'https://openreferral.org', openapi_url: 'https://example.org/openapi.json'};
    return;
  }
  if (rest === '/services') {
    const q = ctx.query;
    const page = Math.max(1, Number(q.page) || 1);
    const size = Math.max(1, Math.min(100, Number(q.per_page) || 25));
    const all = data.filter((s) => matches(s, q.search, q.taxonomy_term_id));
    const totalPages = Math.max(1, Math.ceil(all.length / size));
    const contents = all.slice((page - 1) * size, page * size);
    ctx.body = {total_items: all.length, total_pages: totalPages, page_number: page, size, first_page: page === 1, last_page: page >= totalPages, empty: !contents.length, contents};
    return;
  }
  const one = rest.match(/^\/services\/([^/]+)$/);
  if (one) {
    const id = decodeURIComponent(one[1]);
    const s = data.find((x) => x && String(x.id) === id);
    if (!s) {
      ctx.status = 404;
      ctx.body = {error: 'not_found'};
      return;
    }
    ctx.body = s;
    return;
  }
  if (rest === '/taxonomy_terms') {
    const terms = new Map();
    for (const s of data) for (const a of s?.attributes ?? []) if (a?.taxonomy_term?.id) terms.set(a.taxonomy_term.id, a.taxonomy_term);
    const contents = [...terms.values()];
    ctx.body = {total_items: contents.length, total_pages: 1, page_number: 1, size: contents.length, first_page: true, last_page: true, empty: !contents.length, contents};
    return;
  }
  ctx.status = 404;
  ctx.body = {error: 'not_found'};
}

export default async function resourceDirectoryFakeApi(ctx, next) {
  const prefix = '/fake-api/resource-directory/';
  if (!ctx.path.startsWith(prefix)) return next();
  const path = ctx.path.slice(prefix.length);
  if (path.startsWith('api/')) return hsdsApi(ctx, next);
  if (path.startsWith('api-dups/')) return hsdsDuplicates(ctx, next);
  if (path.startsWith('hsds')) return hsds(ctx, path.slice(4), fixture);
  if (path.startsWith('big')) return hsds(ctx, path.slice(3), big);
  if (path === 'xss.json') {
    ctx.body = [xssService];
    return;
  }
  if (path === 'slow.json') {
    await new Promise((r) => setTimeout(r, Math.min(10000, Number(ctx.query.ms) || 1500)));
    ctx.body = fixture;
    return;
  }
  if (path === 'not-json' || path.startsWith('not-json/')) {
    ctx.type = 'text/html';
    ctx.body = '<!doctype html><title>Oops</title><p>This is a web page, not data.</p>';
    return;
  }
  if (path === 'not-hsds' || path.startsWith('not-hsds/')) {
    ctx.body = {hello: 'world', items: 3};
    return;
  }
  if (path === 'feedback' && ctx.method === 'POST') {
    const raw = await readBody(ctx.req);
    state.received.push({body: JSON.parse(raw || 'null'), type: ctx.get('content-type')});
    ctx.status = 201;
    ctx.body = {ok: true};
    return;
  }
  if (path === 'feedback-down' && ctx.method === 'POST') {
    ctx.status = 503;
    ctx.body = {error: 'unavailable'};
    return;
  }
  if (path === 'received') {
    ctx.body = state.received;
    return;
  }
  if (path === 'log') {
    ctx.body = state.log;
    return;
  }
  if (path === 'reset' && ctx.method === 'POST') {
    state.received = [];
    state.log = [];
    ctx.body = {ok: true};
    return;
  }
  if (path === 'geocode') {
    ctx.body = /camden/i.test(String(ctx.query.q ?? '')) ? [{lat: '39.9259', lon: '-75.1196', display_name: 'Camden, NJ'}] : [];
    return;
  }
  return next();
}
