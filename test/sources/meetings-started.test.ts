// loadMeetings with requests the finder started before the parsers' chunk loaded (`startFetch`).
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {createServer, type Server} from 'node:http';
import {readFileSync} from 'node:fs';
import type {AddressInfo} from 'node:net';
import {loadMeetings} from '../../src/sources/meetings.js';
import {PeerFetchError} from '../../src/core/fetch.js';
import {startFetch} from '../../src/core/fetch-start.js';

const fixture = (p: string) => readFileSync(new URL(`../fixtures/${p}`, import.meta.url));
let server: Server;
let base = '';
const requests: {url: string; cookie?: string; accept?: string}[] = [];
let flaky = 0;

before(async () => {
  server = createServer((req, res) => {
    requests.push({url: req.url ?? '', cookie: req.headers.cookie, accept: req.headers.accept});
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/feed.json') return void res.writeHead(200, {'Content-Type': 'application/json'}).end(fixture('meeting-guide/feed.json'));
    if (url.pathname === '/flaky.json' && flaky++ === 0) return void res.writeHead(503).end('busy');
    if (url.pathname === '/flaky.json') return void res.writeHead(200, {'Content-Type': 'application/json'}).end(fixture('meeting-guide/feed-b.json'));
    if (url.pathname === '/missing.json') return void res.writeHead(404, {'Content-Type': 'application/json'}).end('{"error":"not_found"}');
    if (url.pathname === '/main_server/client_interface/json/') return void res.writeHead(200, {'Content-Type': 'application/json'}).end(fixture('bmlt/results.json'));
    res.writeHead(404).end('nope');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => new Promise<void>((r) => server.close(() => r())));

const opts = {defaultTimezone: 'America/Chicago'};

test('a started request is the first attempt: the feed is asked for once, as JSON', async () => {
  requests.length = 0;
  const src = `${base}/feed.json`;
  const started = new Map([[src, startFetch(src)]]);
  const r = await loadMeetings([src], 'auto', {...opts, started});
  assert.equal(r.meetings.length, 25);
  assert.equal(requests.length, 1);
  assert.equal(requests[0].accept, 'application/json');
  assert.equal(started.size, 0, 'taken');
});

test('a started request that fails is retried like any read; an HTTP error stays typed', async () => {
  requests.length = 0;
  flaky = 0;
  const src = `${base}/flaky.json`;
  const r = await loadMeetings([src], 'auto', {...opts, started: new Map([[src, startFetch(src)]])});
  assert.equal(r.meetings.length, 3);
  assert.equal(requests.length, 2);
  const missing = `${base}/missing.json`;
  await assert.rejects(loadMeetings([missing], 'auto', {...opts, started: new Map([[missing, startFetch(missing)]])}), (e: unknown) => e instanceof PeerFetchError && e.kind === 'http' && e.status === 404);
});

test('an abort cancels a started request', async () => {
  const ctl = new AbortController();
  const src = `${base}/feed.json`;
  const started = startFetch(src, ctl.signal);
  const p = loadMeetings([src], 'auto', {...opts, signal: ctl.signal, started: new Map([[src, started]])});
  ctl.abort();
  await assert.rejects(p, (e: unknown) => e instanceof PeerFetchError && e.kind === 'aborted');
  await assert.rejects(started.response);
});

test('a started request for a BMLT server is cancelled; the server is asked with its search URL', async () => {
  requests.length = 0;
  const src = `${base}/main_server/`;
  const started = startFetch(`${base}/never.json`);
  const r = await loadMeetings([src], 'auto', {...opts, started: new Map([[src, started]])});
  assert.equal(r.format, 'bmlt');
  await assert.rejects(started.response);
  assert.ok(requests.some((q) => q.url.startsWith('/main_server/client_interface/json/')));
});
