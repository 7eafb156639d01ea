/**
 * Headers and the edges of HTTP: CSP on the pages, the desk never framed, Retry-After, no-store on
 * withdrawal, HSTS over HTTPS; malformed paths, forged log lines, forged Host and forwarded headers,
 * non-JSON bodies, and the size of error answers.
 */
import {test, describe, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {request as httpRequest} from 'node:http';
import {fileURLToPath} from 'node:url';
import {startTestServer, api, mod, story, type TestServer} from './helpers.js';

const ROOT = fileURLToPath(new URL('../fixtures/server/root', import.meta.url));

/** A raw HTTP request (fetch may not set Host, nor send a path as typed). */
function raw(s: TestServer, path: string, headers: Record<string, string> = {}): Promise<{status: number; headers: Record<string, string | string[] | undefined>; body: string}> {
  const u = new URL(s.url);
  return new Promise((resolve, reject) => {
    const req = httpRequest({host: u.hostname, port: u.port, path, method: 'GET', headers}, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({status: res.statusCode!, headers: res.headers, body}));
    });
    req.on('error', reject);
    req.end();
  });
}

const directives = (csp: string) => new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));

describe('security headers', () => {
  let s: TestServer;
  before(async () => {
    s = await startTestServer({root: ROOT, env: {PEERKIT_RATE_LIMIT: 'off', PEERKIT_LOOKUP_RATE_LIMIT: '2/0.0001'}});
  });
  after(() => s.close());

  test('demo pages: a strict CSP (scripts and styles from this server only, no inline, no eval, Trusted Types)', async () => {
    for (const path of ['/', '/index.html', '/nope']) {
      const r = await fetch(`${s.url}${path}`);
      const csp = r.headers.get('content-security-policy');
      assert.ok(csp, `${path} has a CSP`);
      const d = directives(csp);
      assert.deepEqual(d.get('script-src'), ["'self'"], path);
      assert.deepEqual(d.get('style-src'), ["'self'"], path);
      assert.deepEqual(d.get('object-src'), ["'none'"]);
      assert.deepEqual(d.get('base-uri'), ["'none'"]);
      assert.deepEqual(d.get('require-trusted-types-for'), ["'script'"]);
      assert.ok(!csp.includes('unsafe-inline') && !csp.includes('unsafe-eval'));
    }
  });

  test('the desk may not be framed by any page: frame-ancestors none and X-Frame-Options DENY; the API neither', async () => {
    for (const path of ['/desk', '/desk.html']) {
      const r = await fetch(`${s.url}${path}`);
      assert.match(await r.text(), /Moderation desk/);
      const d = directives(r.headers.get('content-security-policy')!);
      assert.deepEqual(d.get('frame-ancestors'), ["'none'"]);
      assert.deepEqual(d.get('connect-src'), ["'self'"]);
      assert.deepEqual(d.get('form-action'), ["'none'"]);
      assert.equal(r.headers.get('x-frame-options'), 'DENY');
    }
    const me = await api(s, 'GET', '/v1/moderation/me', undefined, mod(s));
    assert.equal(me.headers.get('x-frame-options'), 'DENY');
    assert.match(me.headers.get('content-security-policy')!, /frame-ancestors 'none'/);
  });

  test('429 says Retry-After; withdrawal answers are never cached; no HSTS over plain HTTP', async () => {
    for (let i = 0; i < 2; i++) assert.equal((await api(s, 'POST', '/v1/questions/lookup', {receipt: 'AAAA-BBBB-CCCC-DDDD'})).status, 404);
    const limited = await api(s, 'POST', '/v1/questions/lookup', {receipt: 'AAAA-BBBB-CCCC-DDDD'});
    assert.equal(limited.status, 429);
    assert.match(limited.headers.get('retry-after') ?? '', /^[1-9]\d*$/);
    const other = await startTestServer({env: {PEERKIT_RATE_LIMIT: 'off'}});
    try {
      const st = await story(other);
      const unknown = await api(other, 'POST', '/v1/stories/withdraw', {withdraw_code: 'AAAA-BBBB-CCCC-DDDD'});
      assert.equal(unknown.status, 404);
      assert.equal(unknown.headers.get('cache-control'), 'no-store');
      const w = await api(other, 'POST', '/v1/stories/withdraw', {withdraw_code: st.json.withdraw_code});
      assert.equal(w.status, 200);
      assert.equal(w.headers.get('cache-control'), 'no-store');
    } finally {
      await other.close();
    }
    assert.equal((await fetch(`${s.url}/`)).headers.get('strict-transport-security'), null);
  });

  test('HSTS when served over HTTPS: a trusted proxy says https, or PEERKIT_PUBLIC_URL is https', async () => {
    const proxied = await startTestServer({root: ROOT, env: {PEERKIT_TRUST_PROXY: '1'}});
    const configured = await startTestServer({root: ROOT, env: {PEERKIT_PUBLIC_URL: 'https://peerkit.example/'}});
    try {
      assert.equal((await fetch(`${proxied.url}/`, {headers: {'x-forwarded-proto': 'https'}})).headers.get('strict-transport-security'), 'max-age=31536000');
      assert.equal((await fetch(`${proxied.api}/v1/meetings`, {headers: {'x-forwarded-proto': 'http'}})).headers.get('strict-transport-security'), null);
      assert.equal((await fetch(`${s.url}/`, {headers: {'x-forwarded-proto': 'https'}})).headers.get('strict-transport-security'), null, 'untrusted proxy headers are ignored');
      assert.equal((await fetch(`${configured.api}/v1/meetings`)).headers.get('strict-transport-security'), 'max-age=31536000');
    } finally {
      await proxied.close();
      await configured.close();
    }
  });
});

describe('the edges of HTTP', () => {
  let s: TestServer;
  before(async () => {
    s = await startTestServer({root: ROOT, env: {PEERKIT_RATE_LIMIT: 'off', PEERKIT_STORY_COOLING_OFF_HOURS: '0'}});
  });
  after(() => s.close());

  test('malformed percent-encoding on static routes is a 400, never a 500', async () => {
    for (const path of ['/%', '/cdn/%E0%A4%A', '/%E0%A4%A', '/cdn/%', '/a%00b', '/cdn/%00']) {
      const r = await raw(s, path);
      assert.equal(r.status, 400, `${path}: ${r.status}`);
    }
    assert.ok(!s.logs.some((l) => / 500 /.test(l)));
  });

  test('control characters in a path are escaped in the access log: no forged lines', async () => {
    const before = s.logs.length;
    await raw(s, '/x%0AGET%20/forged%20200%201ms%0D%00');
    const lines = s.logs.slice(before);
    assert.equal(lines.length, 1);
    assert.ok(!/[\n\r\0]/.test(lines[0]), JSON.stringify(lines[0]));
    assert.match(lines[0], /^GET \/x%0AGET \/forged 200 1ms%0D%00 400 \d+ms$/);
  });

  test('a forged Host is never written into a response URL; behind a trusted proxy the last forwarded value counts; PEERKIT_PUBLIC_URL wins', async () => {
    const forged = JSON.parse((await raw(s, '/api/hsds/', {host: 'evil.example'})).body);
    assert.equal(forged.openapi_url, `${s.url}/api/openapi.json`);
    assert.equal(JSON.parse((await raw(s, '/api/hsds/', {host: `localhost:${new URL(s.url).port}`})).body).openapi_url, `http://localhost:${new URL(s.url).port}/api/openapi.json`);
    await story(s, {title: 'A story with a photo', photo: {data_url: 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', alt: 'A sunrise'}});
    const id = (await api(s, 'GET', '/v1/moderation/stories', undefined, mod(s))).json.items[0].id;
    await api(s, 'POST', `/v1/moderation/stories/${id}`, {action: 'approve'}, mod(s));
    const stories = JSON.parse((await raw(s, '/api/v1/stories', {host: 'evil.example'})).body);
    assert.equal(stories.items[0].photo_url, `${s.api}/v1/stories/${id}/photo`);

    const proxied = await startTestServer({env: {PEERKIT_TRUST_PROXY: '1'}});
    const configured = await startTestServer({env: {PEERKIT_PUBLIC_URL: 'https://peerkit.example', PEERKIT_TRUST_PROXY: '1'}});
    try {
      const viaProxy = await api(proxied, 'GET', '/hsds/', undefined, {'x-forwarded-host': 'evil.example, recovery.example.org', 'x-forwarded-proto': 'http, https'});
      assert.equal(viaProxy.json.openapi_url, 'https://recovery.example.org/api/openapi.json', 'the values our proxy appended (last), as for X-Forwarded-For');
      const fixed = await api(configured, 'GET', '/hsds/', undefined, {'x-forwarded-host': 'evil.example', host: 'evil.example'});
      assert.equal(fixed.json.openapi_url, 'https://peerkit.example/api/openapi.json');
    } finally {
      await proxied.close();
      await configured.close();
    }
  });

  test('only application/json bodies are read: text/plain and form bodies get 415, nothing stored', async () => {
    const body = JSON.stringify({receipt: 'AAAA-BBBB-CCCC-DDDD'});
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const r = await fetch(`${s.api}/v1/questions/lookup`, {method: 'POST', headers: {'content-type': type}, body});
      assert.equal(r.status, 415, type);
      assert.equal(((await r.json()) as {error: string}).error, 'unsupported_media_type');
    }
    const none = await fetch(`${s.api}/v1/questions`, {method: 'POST', body: new Blob([JSON.stringify({body: 'x'})])});
    assert.equal(none.status, 415);
    const ok = await fetch(`${s.api}/v1/questions/lookup`, {method: 'POST', headers: {'content-type': 'application/json; charset=utf-8'}, body});
    assert.equal(ok.status, 404);
  });

  test('JSON nested thousands deep is a 400 with a clear message, never a 500 (and costs no more than its size)', async () => {
    for (const [path, depth] of [['/v1/questions', 8000], ['/v1/stories', 300_000], ['/v1/questions/lookup', 40]] as const) {
      const r = await api(s, 'POST', path, '['.repeat(depth) + ']'.repeat(depth));
      assert.equal(r.status, 400, `${path} ${depth}: ${r.text.slice(0, 200)}`);
      assert.equal(r.json.error, 'invalid_request');
      assert.match(r.json.message, /nested/);
    }
    // A NUL deep inside what may be nested is still found.
    assert.match(JSON.stringify((await api(s, 'POST', '/v1/questions/lookup', {receipt: 'AAAA', x: [[{y: 'a\u0000'}]]})).json.issues), /x\.0\.0\.y/);
    assert.ok(!s.logs.some((l) => / 500 /.test(l)));
  });

  test('an error answer stays small, however many unknown keys the request had', async () => {
    const big: Record<string, number> = {title: 1};
    for (let i = 0; i < 20_000; i++) big[`unknown_key_number_${i}`] = i;
    const r = await api(s, 'POST', '/v1/stories', big);
    assert.equal(r.status, 400);
    assert.ok(r.text.length < 5000, `${r.text.length} bytes`);
    assert.ok(r.json.issues.length <= 21);
    assert.match(JSON.stringify(r.json.issues), /title/);
  });
});
