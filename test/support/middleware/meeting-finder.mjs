// Fake backend for <peer-meeting-finder> tests, only under /fake-api/meeting-finder/:
//   500            → HTTP 500 (retry with ?ok=1 after /control {fail: false})
//   flaky          → 500 while `failing`, then the fixture feed (to test "Try again")
//   not-json       → 200 text/html
//   not-array      → 200 {"meetings": []}
//   slow?ms=       → the fixture feed after a delay (loading state)
//   trickle?n=&pieces=&ms= → a generated feed of n valid meetings (default 600), sent in `pieces`
//                  parts `ms` apart (default 4 × 700 ms): a big feed on a slow line; &unzoned=k: the
//                  first k records name no time zone
//   xss.json       → a feed whose text fields hold markup and scripts
//   tiles/z/x/y.png→ a 1×1 PNG, counted (assert no tile before the map opens)
//   tile-count     → {count}
//   bmlt/main_server/client_interface/json/?switcher=GetSearchResults&… → a small BMLT root server
//                  (test/fixtures/bmlt/results.json) applying weekdays, venue_types and formats (ids,
//                  -id excludes, AND) as BMLT does, and returning the formats its results use
//   bmlt-queries   → {queries: [query string of every BMLT search so far]}
//   control?failing=0|1&resetTiles=1&resetBmlt=1
// and, for the map chunk in the test runner, Vite's `?inline` CSS import of Leaflet's style sheet.
import {readFileSync} from 'node:fs';
import {Readable} from 'node:stream';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const feed = () => readFileSync(root + 'test/fixtures/meeting-guide/feed.json', 'utf8');
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
const state = {failing: true, tiles: 0, bmlt: []};

/** What a BMLT root server answers to GetSearchResults, for the parameters the finder sends. */
function bmltSearch(query) {
  const fixture = JSON.parse(readFileSync(root + 'test/fixtures/bmlt/results.json', 'utf8'));
  const ids = (v) => (v ? String(v).split(',').filter(Boolean) : []);
  const weekdays = ids(query.weekdays);
  const venues = ids(query.venue_types);
  const formats = ids(query.formats);
  const meetings = fixture.meetings.filter((m) => {
    const own = ids(m.format_shared_id_list);
    if (weekdays.length && !weekdays.includes(String(m.weekday_tinyint))) return false;
    if (venues.length && !venues.includes(String(m.venue_type))) return false;
    for (const f of formats) if (f.startsWith('-') ? own.includes(f.slice(1)) : !own.includes(f)) return false;
    return true;
  });
  const used = new Set(meetings.flatMap((m) => ids(m.format_shared_id_list)));
  return query.get_used_formats ? {meetings, formats: fixture.formats.filter((f) => used.has(f.id))} : meetings;
}

const XSS = [
  {
    slug: 'xss-1',
    name: '<img src=x onerror="window.__mfXss=1">Evil name',
    day: 1,
    time: '19:00',
    timezone: 'America/Chicago',
    location: '<script>window.__mfXss=2</script>Hall',
    formatted_address: '1 Main St <b onmouseover="window.__mfXss=3">x</b>, Springfield, IL',
    latitude: 39.8,
    longitude: -89.6,
    notes: '<img src=x onerror="window.__mfXss=4"><script>window.__mfXss=5</script>',
    group: '<svg onload="window.__mfXss=6">',
    url: 'javascript:window.__mfXss=7',
    feedback_url: 'javascript:window.__mfXss=8',
    conference_url: 'javascript:window.__mfXss=9',
    types: ['O', '<img src=x onerror=alert(1)>'],
    region: '<img src=x onerror="window.__mfXss=10">',
    venmo: 'javascript:window.__mfXss=11',
    paypal: 'javascript:window.__mfXss=12',
    homegroup_online: 'javascript:window.__mfXss=13',
    // Entity-encoded markup: decoded to text, still never markup.
    location_notes: '&lt;img src=x onerror="window.__mfXss=14"&gt;Side door',
  },
];

export default async function meetingFinderFakeApi(ctx, next) {
  if (ctx.path.endsWith('/leaflet/dist/leaflet.css') && ctx.querystring.includes('inline')) {
    ctx.type = 'application/javascript';
    ctx.body = `export default ${JSON.stringify(readFileSync(root + 'node_modules/leaflet/dist/leaflet.css', 'utf8'))};`;
    return;
  }
  if (!ctx.path.startsWith('/fake-api/meeting-finder/')) return next();
  const path = ctx.path.slice('/fake-api/meeting-finder/'.length);
  if (path === 'control') {
    // Query parameters, not a body: the dev server may already have consumed the request body.
    if (ctx.query.failing !== undefined) state.failing = ctx.query.failing === '1';
    if (ctx.query.resetTiles !== undefined) state.tiles = 0;
    if (ctx.query.resetBmlt !== undefined) state.bmlt = [];
    ctx.body = {ok: true, failing: state.failing, q: ctx.querystring};
    return;
  }
  if (path === '500') {
    ctx.status = 500;
    ctx.body = {error: 'internal'};
    return;
  }
  if (path === 'flaky') {
    if (state.failing) {
      ctx.status = 500;
      ctx.body = {error: 'internal'};
      return;
    }
    ctx.type = 'application/json';
    ctx.body = feed();
    return;
  }
  if (path === 'not-json') {
    ctx.type = 'text/html';
    ctx.body = '<!doctype html><title>Oops</title><p>Not a feed</p>';
    return;
  }
  if (path === 'not-array') {
    ctx.type = 'application/json';
    ctx.body = '{"status": "ok", "items": null}';
    return;
  }
  if (path === 'slow') {
    await new Promise((r) => setTimeout(r, Number(ctx.query.ms ?? 1500)));
    ctx.type = 'application/json';
    ctx.body = feed();
    return;
  }
  if (path === 'trickle') {
    const n = Number(ctx.query.n ?? 600);
    const pieces = Number(ctx.query.pieces ?? 4);
    const ms = Number(ctx.query.ms ?? 700);
    const unzoned = Number(ctx.query.unzoned ?? 0);
    const records = Array.from({length: n}, (_, i) => ({slug: `trickle-${i}`, name: `Trickle Meeting ${i}`, day: i % 7, time: '19:00', ...(i < unzoned ? {} : {timezone: 'America/Chicago'}), formatted_address: `${i} Main St, Springfield, IL`, latitude: 39.8, longitude: -89.6}));
    const text = JSON.stringify(records);
    const size = Math.ceil(text.length / pieces);
    ctx.type = 'application/json';
    ctx.body = Readable.from(
      (async function* () {
        for (let at = 0; at < text.length; at += size) {
          if (at) await new Promise((r) => setTimeout(r, ms));
          yield text.slice(at, at + size);
        }
      })(),
    );
    return;
  }
  if (path === 'xss.json') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(XSS);
    return;
  }
  if (path.startsWith('tiles/')) {
    state.tiles++;
    ctx.type = 'image/png';
    ctx.body = PNG;
    return;
  }
  if (path.startsWith('bmlt/main_server/client_interface/json')) {
    state.bmlt.push(ctx.querystring);
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(bmltSearch(ctx.query));
    return;
  }
  if (path === 'bmlt-queries') {
    ctx.body = {queries: state.bmlt};
    return;
  }
  if (path === 'tile-count') {
    ctx.body = {count: state.tiles};
    return;
  }
  return next();
}
