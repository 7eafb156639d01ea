/** Test support: the server app on a real HTTP port (0 = any free one) with its own database. */
import {createHash} from 'node:crypto';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {serve} from '@hono/node-server';
import type {AddressInfo} from 'node:net';
import pg from 'pg';
import {openStore, migrate, type Store} from '../../server/db.js';
import {configFromEnv, type ServerConfig} from '../../server/config.js';
import {createApp} from '../../server/app.js';
import {addModerator} from '../../server/moderators.js';

export interface TestServer {
  url: string;
  api: string;
  store: Store;
  token: string;
  logs: string[];
  clock: {now: number; advance(ms: number): void};
  dir: string;
  close(): Promise<void>;
}

export interface TestOptions {
  env?: Record<string, string>;
  /** 'sqlite' (a temp file) or a postgres:// URL (a fresh schema is created). */
  db?: 'sqlite' | string;
  /** Milliseconds since epoch; defaults to a fixed instant so dates are predictable. */
  start?: number;
  root?: string;
}

export async function freshPgSchema(url: string): Promise<{schema: string; drop(): Promise<void>}> {
  const schema = `t_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const client = new pg.Client({connectionString: url});
  await client.connect();
  await client.query(`CREATE SCHEMA ${schema}`);
  await client.end();
  return {
    schema,
    drop: async () => {
      const c = new pg.Client({connectionString: url});
      await c.connect();
      await c.query(`DROP SCHEMA ${schema} CASCADE`);
      await c.end();
    },
  };
}

export async function startTestServer(options: TestOptions = {}): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'peerkit-server-test-'));
  const config: ServerConfig = configFromEnv({PEERKIT_MIN_SUBMIT_MS: '0', PEERKIT_POW_MAX: '2000', ...options.env});
  let store: Store;
  let dropPg: (() => Promise<void>) | undefined;
  if (options.db && options.db !== 'sqlite') {
    const {schema, drop} = await freshPgSchema(options.db);
    dropPg = drop;
    store = openStore(options.db, {pgSchema: schema});
  } else {
    store = openStore(`sqlite:${join(dir, 'peerkit.db')}`);
  }
  await migrate(store);
  const clock = {
    now: options.start ?? Date.UTC(2026, 2, 10, 15, 0, 0),
    advance(ms: number) {
      this.now += ms;
    },
  };
  const logs: string[] = [];
  const {app} = createApp({store, config, now: () => clock.now, log: (l) => logs.push(l), root: options.root});
  const server = serve({fetch: app.fetch, hostname: '127.0.0.1', port: 0});
  await new Promise<void>((r) => server.once('listening', () => r()));
  const port = (server.address() as AddressInfo).port;
  const token = await addModerator(store, 'Test Moderator');
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    api: `${url}/api`,
    store,
    token,
    logs,
    clock,
    dir,
    close: async () => {
      await new Promise<void>((r) => server.close(() => r()));
      await store.close();
      if (dropPg) await dropPg();
      rmSync(dir, {recursive: true, force: true});
    },
  };
}

export async function api(s: TestServer, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${s.api}${path}`, {
    method,
    headers: {...(body !== undefined ? {'content-type': 'application/json'} : {}), ...headers},
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return {status: res.status, headers: res.headers, json: json as Record<string, any>, text}; // eslint-disable-line @typescript-eslint/no-explicit-any
}

export const mod = (s: TestServer) => ({authorization: `Bearer ${s.token}`});

export async function formToken(s: TestServer): Promise<string> {
  const r = await api(s, 'GET', '/v1/form-token');
  return r.json.token as string;
}

let counter = 0;
export const key = () => `test-key-${Date.now()}-${++counter}-${Math.random().toString(36).slice(2)}`;

export async function question(s: TestServer, fields: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  return api(s, 'POST', '/v1/questions', {body: 'Is it normal to still crave after six months?', publish_ok: true, idempotency_key: key(), form_token: await formToken(s), fax: '', ...fields}, headers);
}

/** Solves an ALTCHA-style challenge the way the widget does. */
export function solve(c: {salt: string; challenge: string; maxnumber: number}): number {
  for (let n = 0; n <= c.maxnumber; n++) if (createHash('sha256').update(c.salt + n).digest('hex') === c.challenge) return n;
  throw new Error('no solution');
}

export const STORY_BODY = 'Eighteen months ago I could not walk into a meeting. Today I open the door for the newcomers every Tuesday night.';
export async function story(s: TestServer, fields: Record<string, unknown> = {}) {
  return api(s, 'POST', '/v1/stories', {
    title: 'Opening the door',
    body: STORY_BODY,
    name: 'Alex',
    recovery_months: 18,
    content_warnings: ['substance-use'],
    consent: {publish: true, duration: '1y'},
    idempotency_key: key(),
    form_token: await formToken(s),
    fax: '',
    ...fields,
  });
}
