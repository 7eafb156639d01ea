/**
 * The `peerkit` CLI as users run it (bin/peerkit.mjs through tsx): imports with reports, moderator
 * tokens, `serve --demo` restarts, and the privacy promise checked on the real process.
 */
import {test, describe, after} from 'node:test';
import assert from 'node:assert/strict';
import {spawn, execFile} from 'node:child_process';
import {mkdtempSync, readFileSync, existsSync, rmSync, statSync, readdirSync} from 'node:fs';
import {createServer} from 'node:http';
import type {AddressInfo} from 'node:net';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {promisify} from 'node:util';
import {createHash} from 'node:crypto';

const run = promisify(execFile);
const fixture = (name: string) => new URL(`../fixtures/server/${name}`, import.meta.url).pathname;
const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'peerkit-cli-test-'));
  dirs.push(d);
  return d;
};
after(() => dirs.forEach((d) => rmSync(d, {recursive: true, force: true})));

const cli = (args: string[], env: Record<string, string>) => run(process.execPath, ['bin/peerkit.mjs', ...args], {env: {...process.env, ...env}}).catch((e: {stdout: string; stderr: string; code: number}) => ({stdout: e.stdout, stderr: e.stderr, code: e.code}));

interface Served {
  url: string;
  token: string;
  output(): string;
  stop(): Promise<void>;
}

async function serve(env: Record<string, string>, args: string[] = ['--demo']): Promise<Served> {
  let out = '';
  const child = spawn(process.execPath, ['bin/peerkit.mjs', 'serve', ...args, '--host', '127.0.0.1', '--port', '0'], {env: {...process.env, ...env}, stdio: ['ignore', 'pipe', 'pipe']});
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  const ready = () => /running at http/.test(out) && (!args.includes('--demo') || /Moderator token \(demo\): \S+\n/.test(out));
  for (let i = 0; i < 1200 && !ready(); i++) {
    if (child.exitCode !== null) throw new Error(out);
    await new Promise((r) => setTimeout(r, 50));
  }
  const url = out.match(/peerkit is running at (http:\/\/127\.0\.0\.1:\d+)\//)?.[1];
  assert.ok(url, out);
  return {
    url,
    token: out.match(/Moderator token \(demo\): (\S+)/)?.[1] ?? '',
    output: () => out,
    stop: async () => {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

describe('peerkit CLI', () => {
  test('import-meetings (file and URL) and import-hsds report imported and rejected records; moderator add prints a token', async () => {
    const dir = tempDir();
    const env = {DATABASE_URL: `sqlite:${join(dir, 'p.db')}`};
    const r = await cli(['import-meetings', fixture('meetings-mixed.json')], env);
    assert.match(r.stdout, /^Imported 3 meetings; rejected 7\./m);
    assert.match(r.stdout, /rejected #4 \(bad-time\): time: must be HH:MM/);
    assert.match(r.stdout, /rejected #7 \(good-morning\): duplicate slug "good-morning"/);
    const h = await cli(['import-hsds', fixture('hsds-mixed.json')], env);
    assert.match(h.stdout, /^Imported 2 services; rejected 3\./m);
    const http = createServer((_req, res) => res.end(JSON.stringify([{name: 'From a URL', slug: 'from-url', day: 2, time: '18:00', timezone: 'America/Denver'}])));
    await new Promise<void>((ok) => http.listen(0, '127.0.0.1', ok));
    try {
      const u = await cli(['import-meetings', `http://127.0.0.1:${(http.address() as AddressInfo).port}/feed.json`], env);
      assert.match(u.stdout, /^Imported 1 meetings; rejected 0\./m);
    } finally {
      http.close();
    }
    // moderator add prints a token on the last line; only its hash is stored.
    const m = await cli(['moderator', 'add', 'Rosa', 'M.'], env);
    const token = m.stdout.trim().split('\n').pop()!;
    assert.match(token, /^pk_[A-Za-z0-9_-]{32}$/);
    const s = await serve(env, []);
    try {
      const feed = (await (await fetch(`${s.url}/api/v1/meetings`)).json()) as {slug: string}[];
      assert.deepEqual(feed.map((x) => String(x.slug)).sort(), ['42', 'by-appointment', 'from-url', 'good-morning']);
      assert.equal(s.token, '', 'no demo token without --demo');
      const me = await fetch(`${s.url}/api/v1/moderation/me`, {headers: {authorization: `Bearer ${token}`}});
      assert.deepEqual(await me.json(), {name: 'Rosa M.'});
    } finally {
      await s.stop();
    }
    const bytes = readFileSync(join(dir, 'p.db'));
    assert.ok(!bytes.includes(token));
    assert.ok(bytes.includes(createHash('sha256').update(token).digest('hex')));
  });

  test('moderator remove revokes a token at once and is listed in the audit log; the database and its WAL are 0600', async () => {
    const dir = tempDir();
    const env = {DATABASE_URL: `sqlite:${join(dir, 'p.db')}`, PEERKIT_DATA_DIR: dir};
    const rosa = (await cli(['moderator', 'add', 'Rosa'], env)).stdout.trim().split('\n').pop()!;
    const sam = (await cli(['moderator', 'add', 'Sam'], env)).stdout.trim().split('\n').pop()!;
    const listed = (await cli(['moderator', 'list'], env)).stdout;
    assert.match(listed, /^1\tRosa\tadded \d{4}-\d{2}-\d{2}$/m);
    assert.ok(!listed.includes(rosa), 'no token in the list');
    const s = await serve(env, []);
    try {
      const me = (token: string) => fetch(`${s.url}/api/v1/moderation/me`, {headers: {authorization: `Bearer ${token}`}});
      assert.equal((await me(rosa)).status, 200);
      const missing = await cli(['moderator', 'remove', 'Nobody'], env);
      assert.equal((missing as {code?: number}).code, 1);
      assert.match(missing.stderr, /no moderator "Nobody"/);
      const removed = await cli(['moderator', 'remove', 'Rosa'], env);
      assert.match(removed.stdout, /Moderator "Rosa" \(id 1\) removed/);
      assert.equal((await me(rosa)).status, 401, 'the running server refuses the token at once');
      assert.equal((await me(sam)).status, 200);
      const audit = (await (await fetch(`${s.url}/api/v1/moderation/audit`, {headers: {authorization: `Bearer ${sam}`}})).json()) as {items: {moderator: string; action: string; target_type: string; target_id: string}[]};
      assert.deepEqual(audit.items[0], {...audit.items[0], moderator: 'peerkit CLI', action: 'remove-moderator (Rosa)', target_type: 'moderator', target_id: '1'});
      assert.ok(audit.items.some((e) => e.action === 'add-moderator (Sam)'));
      // Written by the running server: the WAL and shared-memory files exist now.
      for (const f of ['p.db', 'p.db-wal', 'p.db-shm']) assert.equal(statSync(join(dir, f)).mode & 0o777, 0o600, `${f} mode`);
    } finally {
      await s.stop();
    }
  });

  test('serve --demo seeds once; a restart keeps the data and prints the same moderator token', async () => {
    const dir = tempDir();
    const env = {DATABASE_URL: `sqlite:${join(dir, 'p.db')}`, PEERKIT_DATA_DIR: dir};
    const a = await serve(env);
    let meetings: number;
    try {
      assert.match(a.token, /^pk_/);
      meetings = ((await (await fetch(`${a.url}/api/v1/meetings`)).json()) as unknown[]).length;
      assert.ok(meetings >= 55);
      const tokenFile = join(dir, 'demo-moderator-token');
      assert.equal(readFileSync(tokenFile, 'utf8').trim(), a.token);
      assert.equal(statSync(tokenFile).mode & 0o777, 0o600);
    } finally {
      await a.stop();
    }
    const b = await serve(env);
    try {
      assert.equal(b.token, a.token);
      assert.equal(((await (await fetch(`${b.url}/api/v1/meetings`)).json()) as unknown[]).length, meetings);
      const stories = (await (await fetch(`${b.url}/api/v1/stories`)).json()) as {items: unknown[]};
      assert.equal(stories.items.length, 6, 'not seeded twice');
      const me = await fetch(`${b.url}/api/v1/moderation/me`, {headers: {authorization: `Bearer ${b.token}`}});
      assert.equal(me.status, 200);
    } finally {
      await b.stop();
    }
  });

  test('privacy promise: a known IP and user agent appear nowhere in the database, its WAL, or the logs', async () => {
    const dir = tempDir();
    const db = join(dir, 'peerkit.db');
    const IP = '203.0.113.77';
    const UA = 'PrivacyProbe/9.9 (peerkit-test; ua-5b1f0c)';
    const s = await serve({DATABASE_URL: `sqlite:${db}`, PEERKIT_DATA_DIR: dir, PEERKIT_TRUST_PROXY: '1', PEERKIT_MIN_SUBMIT_MS: '0', PEERKIT_RATE_LIMIT: '3/1', PEERKIT_POW_MAX: '500'});
    const headers = {'x-forwarded-for': IP, 'user-agent': UA, 'content-type': 'application/json', cookie: 'session=cookie-value-77'};
    const call = async (method: string, path: string, body?: unknown, extra: Record<string, string> = {}) => {
      const res = await fetch(`${s.url}/api${path}`, {method, headers: {...headers, ...extra}, body: body === undefined ? undefined : JSON.stringify(body)});
      return {status: res.status, json: (await res.json().catch(() => ({}))) as Record<string, any>}; // eslint-disable-line @typescript-eslint/no-explicit-any
    };
    try {
      const token = (await call('GET', '/v1/form-token')).json.token;
      const receipts: string[] = [];
      for (let i = 0; i < 5; i++) {
        const r = await call('POST', '/v1/questions', {body: `Question number ${i} from the privacy probe`, publish_ok: true, idempotency_key: `privacy-${i}-${Date.now()}`, form_token: token, fax: ''});
        if (r.status === 201) receipts.push(r.json.receipt);
        else {
          assert.equal(r.status, 429);
          const c = r.json.challenge;
          let n = 0;
          while (createHash('sha256').update(c.salt + n).digest('hex') !== c.challenge) n++;
          const solved = await call('POST', '/v1/questions', {body: `Question number ${i} from the privacy probe`, publish_ok: true, idempotency_key: `privacy-${i}-solved-${Date.now()}`, form_token: token, fax: '', pow: {challenge: c.challenge, salt: c.salt, number: n, signature: c.signature}});
          assert.equal(solved.status, 201);
        }
      }
      await call('POST', '/v1/questions/lookup', {receipt: receipts[0]});
      await call('POST', '/v1/questions/lookup', {receipt: 'ZZZZ-ZZZZ-ZZZZ-ZZZZ'});
      const st = await call('POST', '/v1/stories', {title: 'Privacy probe story', body: 'A story long enough to pass validation, sent by the privacy probe test.', name: 'Probe', content_warnings: [], consent: {publish: true, duration: '1y'}, idempotency_key: `privacy-story-${Date.now()}`, form_token: token, fax: '', pow: undefined});
      assert.ok([201, 429].includes(st.status));
      await call('POST', '/v1/questions', '{"broken json' as unknown);
      await call('GET', `/v1/meetings?probe=${IP}`);
      await call('GET', '/v1/moderation/questions', undefined, {authorization: `Bearer ${s.token}`});
      await call('GET', '/v1/moderation/questions', undefined, {authorization: 'Bearer wrong'});
      await call('GET', '/hsds/services/does-not-exist');
      const files = readdirSync(dir).filter((f) => f.startsWith('peerkit.db'));
      assert.ok(files.includes('peerkit.db-wal'), 'WAL present while running');
      const check = (label: string, bytes: Buffer) => {
        for (const needle of [IP, UA, '203.0.113', 'PrivacyProbe', 'cookie-value-77']) {
          assert.ok(!bytes.includes(Buffer.from(needle)), `${needle} found in ${label}`);
          assert.ok(!bytes.includes(Buffer.from(needle, 'utf16le')), `${needle} (UTF-16) found in ${label}`);
        }
      };
      for (const f of files) check(f, readFileSync(join(dir, f)));
      check('logs', Buffer.from(s.output()));
      assert.match(s.output(), /^POST \/api\/v1\/questions 201 \d+ms$/m);
      assert.match(s.output(), /^GET \/api\/v1\/meetings 200 \d+ms$/m, 'no query string in the log');
    } finally {
      await s.stop();
    }
    for (const f of readdirSync(dir).filter((x) => x.startsWith('peerkit.db'))) {
      const bytes = readFileSync(join(dir, f));
      for (const needle of [IP, UA, 'cookie-value-77']) assert.ok(!bytes.includes(Buffer.from(needle)), `${needle} in ${f} after shutdown`);
    }
    assert.ok(existsSync(db));
  });
});
