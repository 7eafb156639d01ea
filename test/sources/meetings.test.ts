import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {createServer, type Server} from 'node:http';
import {readFileSync} from 'node:fs';
import type {AddressInfo} from 'node:net';
import {loadMeetings, detectFormat, MeetingFeedError} from '../../src/sources/meetings.js';
import {PeerFetchError} from '../../src/core/fetch.js';
import {parseMeetingGuide} from '../../src/sources/meeting-guide.js';
import {meetingGuideFeedJson} from '../../bench/support/meetings-feed.js';

const fixture = (p: string) => readFileSync(new URL(`../fixtures/${p}`, import.meta.url));
let bigFeed: string | undefined;
const big = () => (bigFeed ??= meetingGuideFeedJson(3000));
let server: Server;
let base = '';
const requests: string[] = [];

before(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    requests.push(req.url ?? '');
    const send = (status: number, body: Buffer | string, type = 'application/json') => {
      res.writeHead(status, {'Content-Type': type});
      res.end(body);
    };
    switch (url.pathname) {
      case '/feed.json':
        return send(200, fixture('meeting-guide/feed.json'));
      case '/feed-b.json':
        return send(200, fixture('meeting-guide/feed-b.json'));
      case '/not-array.json':
        return send(200, fixture('meeting-guide/not-array.json'));
      case '/not-json.json':
        return send(200, fixture('meeting-guide/not-json.json'), 'text/html');
      case '/objects.json':
        return send(200, '[{"hello": 1}]');
      case '/bmlt-bare.json':
        return send(200, fixture('bmlt/bare.json'));
      case '/main_server/client_interface/json/':
        return send(200, fixture('bmlt/results.json'));
      case '/big.json': {
        // A big feed in small pieces, slowly, the way a far server sends it: the reader sees many chunks.
        const body = Buffer.from(big());
        res.writeHead(200, {'Content-Type': 'application/json'});
        let at = 0;
        const next = () => {
          if (at >= body.length) return void res.end();
          res.write(body.subarray(at, (at += 7919)));
          setImmediate(next);
        };
        return next();
      }
      case '/cut.json': {
        // A feed cut off mid-record.
        res.writeHead(200, {'Content-Type': 'application/json'});
        return void res.end(big().slice(0, 50_000));
      }
      case '/missing.json':
        return send(404, '{"error":"not_found"}');
      default:
        return send(404, 'nope', 'text/plain');
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => new Promise<void>((r) => server.close(() => r())));

const opts = {defaultTimezone: 'America/Chicago'};

test('loads one Meeting Guide feed (auto-detected) with its skipped records', async () => {
  const r = await loadMeetings([`${base}/feed.json`], 'auto', opts);
  assert.equal(r.format, 'meeting-guide');
  assert.equal(r.meetings.length, 25);
  assert.equal(r.issues.length, 5);
  assert.ok(r.meetings.every((m) => m.id.startsWith('0:') && m.feed === `${base}/feed.json`));
});

test('merges several feeds; the same slug in two feeds stays two meetings', async () => {
  const r = await loadMeetings([`${base}/feed.json`, `${base}/feed-b.json`], 'meeting-guide', opts);
  assert.equal(r.meetings.length, 28);
  assert.ok(r.meetings.some((m) => m.id === '0:monday-night-big-book'));
  assert.ok(r.meetings.some((m) => m.id === '1:monday-night-big-book' && m.name === 'Decatur Monday Night'));
});

test('a BMLT root URL is queried with GetSearchResults and get_used_formats', async () => {
  requests.length = 0;
  const r = await loadMeetings([`${base}/main_server/`], 'auto', {...opts, filters: {attendance: 'hybrid'}, lang: 'en'});
  assert.equal(r.format, 'bmlt');
  assert.equal(r.meetings.length, 6);
  assert.ok(r.bmltFormats?.length);
  const q = new URL(requests[0], 'http://x').searchParams;
  assert.equal(q.get('switcher'), 'GetSearchResults');
  assert.equal(q.get('get_used_formats'), '1');
  assert.equal(q.get('venue_types'), '3');
  assert.equal(q.get('lang_enum'), 'en');
});

test('format="bmlt" treats src as a root server even without /main_server', async () => {
  const r = await loadMeetings([`${base}/main_server`], 'bmlt', opts);
  assert.equal(r.format, 'bmlt');
  assert.equal(r.meetings[0].id, '0:101');
});

test('a bare BMLT array is detected from the response', async () => {
  const r = await loadMeetings([`${base}/bmlt-bare.json`], 'auto', opts);
  assert.equal(r.format, 'bmlt');
  assert.deepEqual(r.meetings.map((m) => m.slug), ['101', '102']);
});

test('typed errors: unreachable, HTTP error, not JSON, not an array, unknown shape, no source', async () => {
  await assert.rejects(loadMeetings(['http://127.0.0.1:9/feed.json'], 'auto', {...opts}), (e: unknown) => e instanceof PeerFetchError && e.kind === 'network');
  await assert.rejects(loadMeetings([`${base}/missing.json`], 'auto', opts), (e: unknown) => e instanceof PeerFetchError && e.kind === 'http' && e.status === 404);
  await assert.rejects(loadMeetings([`${base}/not-json.json`], 'auto', opts), (e: unknown) => e instanceof MeetingFeedError && e.reason === 'not-json' && e.kind === 'parse');
  await assert.rejects(loadMeetings([`${base}/not-array.json`], 'auto', opts), (e: unknown) => e instanceof MeetingFeedError && e.reason === 'not-array' && e.kind === 'invalid');
  await assert.rejects(loadMeetings([`${base}/not-array.json`], 'meeting-guide', opts), (e: unknown) => e instanceof MeetingFeedError && e.reason === 'not-array');
  await assert.rejects(loadMeetings([`${base}/objects.json`], 'auto', opts), (e: unknown) => e instanceof MeetingFeedError && e.reason === 'unknown-shape');
  await assert.rejects(loadMeetings([' '], 'auto', opts), (e: unknown) => e instanceof MeetingFeedError && e.reason === 'no-source');
});

test('some feeds fail: the working ones are shown and each failure is an issue', async () => {
  const r = await loadMeetings([`${base}/feed-b.json`, `${base}/not-array.json`, `${base}/missing.json`], 'auto', opts);
  assert.equal(r.meetings.length, 3);
  const failed = r.issues.filter((i) => i.code === 'feed-failed');
  assert.deepEqual(failed.map((i) => [i.feed, i.index]), [
    [`${base}/not-array.json`, -1],
    [`${base}/missing.json`, -1],
  ]);
  assert.match(failed[1].reason, /could not be loaded: HTTP 404/);
});

test('an abort rejects with an aborted error', async () => {
  const ac = new AbortController();
  ac.abort();
  await assert.rejects(loadMeetings([`${base}/feed.json`], 'auto', {...opts, signal: ac.signal}), (e: unknown) => e instanceof PeerFetchError && e.kind === 'aborted');
});

test('detectFormat', () => {
  assert.equal(detectFormat([]), 'meeting-guide');
  assert.equal(detectFormat([{slug: 'a'}]), 'meeting-guide');
  assert.equal(detectFormat([{weekday_tinyint: '2'}]), 'bmlt');
  assert.equal(detectFormat({meetings: [], formats: []}), 'bmlt');
  assert.equal(detectFormat({error: 'x'}), undefined);
  assert.equal(detectFormat([{a: 1}]), undefined);
});

test('a big feed read as it arrives gives exactly what parsing it whole gives', async () => {
  const loaded = await loadMeetings([`${base}/big.json`], 'auto', {defaultTimezone: 'America/Chicago'});
  const whole = parseMeetingGuide(JSON.parse(big()), `${base}/big.json`, 0, {defaultTimezone: 'America/Chicago'});
  assert.equal(loaded.format, 'meeting-guide');
  assert.equal(loaded.meetings.length, whole.meetings.length);
  assert.ok(loaded.meetings.length > 2900);
  assert.deepEqual(loaded.meetings, whole.meetings);
  assert.deepEqual(loaded.issues, whole.issues);
});

test('a feed cut off mid-record is "not JSON", not a shorter list', async () => {
  await assert.rejects(loadMeetings([`${base}/cut.json`], 'meeting-guide', {defaultTimezone: 'UTC'}), (err) => err instanceof MeetingFeedError && err.reason === 'not-json');
});

test('onProgress reports the meetings read so far, rising, summed over every feed, ending at the total', async () => {
  const seen: number[] = [];
  // The same feed twice, kept twice: the sum is what is checked here.
  const loaded = await loadMeetings([`${base}/big.json`, `${base}/big.json`], 'auto', {defaultTimezone: 'America/Chicago', keepDuplicates: true, onProgress: (n) => seen.push(n)});
  assert.ok(seen.length > 4, `several reports: ${seen.length}`);
  for (let i = 1; i < seen.length; i++) assert.ok(seen[i] >= seen[i - 1], `rising at ${i}`);
  assert.equal(seen.at(-1), loaded.meetings.length);
  assert.ok(seen.at(-1)! > 5800);
});

test('occurrencesAt: the occurrences worked out while feeds download equal occurrences() of the merged meetings', async () => {
  const at = Date.parse('2026-11-25T18:00:00Z');
  const {occurrences} = await import('../../src/model/meeting-time.js');
  const loaded = await loadMeetings([`${base}/big.json`, `${base}/big.json`], 'auto', {defaultTimezone: 'America/Chicago', occurrencesAt: at});
  assert.ok(loaded.occurrences && loaded.occurrences.length > loaded.meetings.length);
  assert.deepEqual(loaded.occurrences, occurrences(loaded.meetings, at));
  // A BMLT answer is read whole: no early occurrences, the finder works them out itself.
  const bmlt = await loadMeetings([`${base}/main_server/`], 'auto', {defaultTimezone: 'America/Chicago', occurrencesAt: at});
  assert.equal(bmlt.occurrences, undefined);
  // Not asked for: none.
  assert.equal((await loadMeetings([`${base}/big.json`], 'auto', {defaultTimezone: 'America/Chicago'})).occurrences, undefined);
});
