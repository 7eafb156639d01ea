/**
 * Reference server load run: real `peerkit serve --demo` processes on loopback, autocannon for
 * ~10 s per scenario (after a 2 s warm-up of each URL):
 *   SQLite (temp file), one server: the Meeting Guide feed (plain and gzip), HSDS reads
 *     (`/api/hsds/services` as the issue measured it, gzip, If-None-Match → 304, the directory's
 *     `service_at_locations?per_page=50` gzip, one `/services/{id}`), question submissions (unique
 *     idempotency keys, a form token older than the minimum time-to-submit, PEERKIT_RATE_LIMIT=off).
 *   PostgreSQL (BENCH_PG_URL, else PEERKIT_TEST_PG_URL; a fresh database), the feed and HSDS (gzip)
 *     on one server, then on two servers sharing that database: two autocannon runs at once, one
 *     per server with half the connections each (no proxy in between: on a 2-core machine a proxy
 *     would take CPU from the servers); requests/s is the sum, p50/p99 the worse of the two.
 * Targets (2 cores): ≥ 3,000 feed and HSDS reads/s, ≥ 1,000 submissions/s, p99 ≤ 50 ms.
 * Env: BENCH_SECONDS (default 10), BENCH_CONNECTIONS (default 10), BENCH_DB_DIR (SQLite file's dir).
 */
import {spawn, type ChildProcess} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {createRequire} from 'node:module';
import pg from 'pg';

// autocannon ships no types; the little we use:
interface Histogram {
  average: number;
  total: number;
  p50: number;
  p99: number;
}
interface Result {
  requests: Histogram;
  latency: Histogram;
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodeStats?: Record<string, {count: number}>;
}
interface Options {
  url: string;
  connections?: number;
  duration?: number;
  headers?: Record<string, string>;
  requests?: {method: string; headers: Record<string, string>; setupRequest: (req: Record<string, unknown>) => Record<string, unknown>}[];
}
const autocannon = createRequire(import.meta.url)('autocannon') as (opts: Options, cb: (err: Error | null, result: Result) => void) => void;

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const pgBase = process.env.BENCH_PG_URL ?? process.env.PEERKIT_TEST_PG_URL;
const GZIP = {'accept-encoding': 'gzip, deflate, br'};

interface Server {
  url: string;
  child: ChildProcess;
  dir: string;
}

async function start(env: Record<string, string>): Promise<Server> {
  const dir = mkdtempSync(join(process.env.BENCH_DB_DIR ?? tmpdir(), 'peerkit-bench-'));
  const child = spawn(process.execPath, ['bin/peerkit.mjs', 'serve', '--demo', '--host', '127.0.0.1', '--port', '0'], {
    env: {...process.env, DATABASE_URL: `sqlite:${join(dir, 'bench.db')}`, PEERKIT_DATA_DIR: dir, PEERKIT_RATE_LIMIT: 'off', NODE_ENV: 'production', ...env},
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  // The access log goes to stdout; keep only what we need to find the URL.
  child.stdout!.on('data', (d) => {
    if (out.length < 4096) out += d;
  });
  let url = '';
  for (let i = 0; i < 1200 && !url; i++) {
    url = out.match(/running at (http:\/\/127\.0\.0\.1:\d+)/)?.[1] ?? '';
    if (child.exitCode !== null) throw new Error(`server exited: ${out}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  if (!url) throw new Error('server did not start');
  return {url, child, dir};
}

async function stop(s: Server) {
  if (s.child.exitCode === null) {
    s.child.kill('SIGTERM');
    await new Promise((r) => s.child.once('exit', r));
  }
  rmSync(s.dir, {recursive: true, force: true});
}

const run = (opts: Options) =>
  new Promise<Result>((resolve, reject) => {
    autocannon({connections, duration: seconds, ...opts}, (err, result) => (err ? reject(err) : resolve(result)));
  });

// Server CPU seconds (utime + stime from /proc), so the cost per request can be reported even when
// the machine is shared and wall-clock throughput says more about the neighbours than the server.
const cpu = (pids: number[]) =>
  pids.reduce((sum, pid) => {
    try {
      const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      return sum + (Number(f[11]) + Number(f[12])) / 100;
    } catch {
      return NaN;
    }
  }, 0);

interface Row {
  scenario: string;
  store: string;
  servers: number;
  'requests/s': number;
  'p50 ms': number;
  'p99 ms': number;
  requests: number;
  errors: number;
  'non-2xx/304': number;
  'server CPU ms/req': number;
}
const table: Row[] = [];

/** One scenario: the same request against each server at once (connections split), after a warm-up. */
async function scenario(name: string, store: string, servers: Server[], path: string, headers: Record<string, string> = {}, expect = 200): Promise<Row> {
  const per = Math.max(1, Math.round(connections / servers.length));
  await Promise.all(servers.map((s) => run({url: s.url + path, headers, duration: 2, connections: per})));
  const pids = servers.map((s) => s.child.pid!);
  const c0 = cpu(pids);
  const results = await Promise.all(servers.map((s) => run({url: s.url + path, headers, connections: per})));
  const total = results.reduce((n, r) => n + r.requests.total, 0);
  const row: Row = {
    scenario: name,
    store,
    servers: servers.length,
    'requests/s': Math.round(results.reduce((n, r) => n + r.requests.average, 0)),
    'p50 ms': Math.max(...results.map((r) => r.latency.p50)),
    'p99 ms': Math.max(...results.map((r) => r.latency.p99)),
    requests: total,
    errors: results.reduce((n, r) => n + r.errors + r.timeouts, 0),
    // autocannon counts 304 as non-2xx: count what was not the expected status instead.
    'non-2xx/304': results.reduce((n, r) => n + (r.requests.total - (r.statusCodeStats?.[String(expect)]?.count ?? (expect === 200 ? r.requests.total - r.non2xx : 0))), 0),
    'server CPU ms/req': Number((((cpu(pids) - c0) * 1000) / total).toFixed(3)),
  };
  table.push(row);
  console.log(`${store} ×${servers.length} ${name}: ${row['requests/s']} req/s, p99 ${row['p99 ms']} ms, ${row['server CPU ms/req']} server CPU ms/req, errors ${row.errors}, unexpected ${row['non-2xx/304']}`);
  return row;
}

const loads: string[] = [];
const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

// --- SQLite, one server ---
const sqlite = await start({});
try {
  loads.push(load());
  const id = ((await (await fetch(`${sqlite.url}/api/hsds/services?per_page=1`)).json()) as {contents: {id: string}[]}).contents[0].id;
  const etag = (await fetch(`${sqlite.url}/api/hsds/services`)).headers.get('etag')!;
  await scenario('GET /api/v1/meetings', 'SQLite', [sqlite], '/api/v1/meetings');
  await scenario('GET /api/v1/meetings (gzip)', 'SQLite', [sqlite], '/api/v1/meetings', GZIP);
  await scenario('GET /api/hsds/services', 'SQLite', [sqlite], '/api/hsds/services');
  await scenario('GET /api/hsds/services (gzip)', 'SQLite', [sqlite], '/api/hsds/services', GZIP);
  await scenario('GET /api/hsds/services (If-None-Match → 304)', 'SQLite', [sqlite], '/api/hsds/services', {...GZIP, 'if-none-match': etag}, 304);
  await scenario('GET /api/hsds/service_at_locations?per_page=50 (gzip)', 'SQLite', [sqlite], '/api/hsds/service_at_locations?per_page=50', GZIP);
  await scenario('GET /api/hsds/services/{id} (gzip)', 'SQLite', [sqlite], `/api/hsds/services/${id}`, GZIP);

  const {token, min_submit_ms} = (await (await fetch(`${sqlite.url}/api/v1/form-token`)).json()) as {token: string; min_submit_ms: number};
  await new Promise((r) => setTimeout(r, min_submit_ms + 100)); // older than the minimum time-to-submit
  let n = 0;
  const c0 = cpu([sqlite.child.pid!]);
  const submit = await run({
    url: `${sqlite.url}/api/v1/questions`,
    requests: [
      {
        method: 'POST',
        headers: {'content-type': 'application/json'},
        setupRequest: (req) => ({
          ...req,
          body: JSON.stringify({body: `Bench question number ${++n}: is it normal to still crave after six months?`, publish_ok: n % 2 === 0, idempotency_key: `bench-${process.pid}-${n}-0123456789abcdef`, form_token: token, fax: ''}),
        }),
      },
    ],
  });
  table.push({
    scenario: 'POST /api/v1/questions',
    store: 'SQLite',
    servers: 1,
    'requests/s': Math.round(submit.requests.average),
    'p50 ms': submit.latency.p50,
    'p99 ms': submit.latency.p99,
    requests: submit.requests.total,
    errors: submit.errors + submit.timeouts,
    'non-2xx/304': submit.non2xx,
    'server CPU ms/req': Number((((cpu([sqlite.child.pid!]) - c0) * 1000) / submit.requests.total).toFixed(3)),
  });
  console.log(`SQLite ×1 POST /api/v1/questions: ${Math.round(submit.requests.average)} req/s, p99 ${submit.latency.p99} ms`);
  loads.push(load());
} finally {
  await stop(sqlite);
}

// --- PostgreSQL, one and two servers on one database ---
if (pgBase) {
  const name = `peerkit_bench_${Date.now().toString(36)}`;
  const admin = new pg.Client({connectionString: pgBase});
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const u = new URL(pgBase);
  u.pathname = `/${name}`;
  const servers: Server[] = [];
  try {
    servers.push(await start({DATABASE_URL: u.toString()}));
    servers.push(await start({DATABASE_URL: u.toString()}));
    for (const group of [servers.slice(0, 1), servers]) {
      await scenario('GET /api/v1/meetings (gzip)', 'PostgreSQL', group, '/api/v1/meetings', GZIP);
      await scenario('GET /api/hsds/services', 'PostgreSQL', group, '/api/hsds/services');
      await scenario('GET /api/hsds/services (gzip)', 'PostgreSQL', group, '/api/hsds/services', GZIP);
      await scenario('GET /api/hsds/service_at_locations?per_page=50 (gzip)', 'PostgreSQL', group, '/api/hsds/service_at_locations?per_page=50', GZIP);
    }
    loads.push(load());
  } finally {
    await Promise.all(servers.map(stop));
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

const reads = table.filter((t) => t.scenario.startsWith('GET'));
const submitRow = table.find((t) => t.scenario.startsWith('POST'))!;
console.log(`(${connections} connections per scenario, ${seconds} s each; load average at start/after SQLite/after PostgreSQL: ${loads.join(' | ')})`);
console.log(
  `BENCH_RESULT ${JSON.stringify({
    table,
    targets: {readRps: 3000, submitRps: 1000, p99Ms: 50},
    met: reads.every((t) => t['requests/s'] >= 3000) && submitRow['requests/s'] >= 1000 && table.every((t) => t['p99 ms'] <= 50 && t.errors === 0 && t['non-2xx/304'] === 0),
    note: `peerkit serve --demo (≈40 services, ≈70 meetings); SQLite (WAL) one server; PostgreSQL ${pgBase ? 'one server and two servers on one database (two simultaneous autocannon runs, one per server, connections split; req/s summed, p99 the worse)' : 'not run (no BENCH_PG_URL / PEERKIT_TEST_PG_URL)'}; ${connections} connections, ${seconds} s per scenario; load averages ${loads.join(' | ')}`,
  })}`,
);
