/**
 * Reference server load run: the real `peerkit serve --demo` process on loopback with a temp SQLite
 * database, autocannon for ~10 s per scenario:
 *   1. feed reads (GET /api/v1/meetings, the full ~70-meeting demo feed)
 *   2. question submissions (POST /api/v1/questions with unique idempotency keys and a form token
 *      older than the minimum time-to-submit; rate limit switched off with PEERKIT_RATE_LIMIT=off)
 * Targets (2 cores): ≥ 3,000 feed reads/s, ≥ 1,000 submissions/s, p99 ≤ 50 ms.
 * Env: BENCH_SECONDS (default 10), BENCH_CONNECTIONS (default 10).
 */
import {spawn} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {createRequire} from 'node:module';

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
// BENCH_DB_DIR (e.g. /dev/shm) separates the server from a shared machine's disk contention.
const dir = mkdtempSync(join(process.env.BENCH_DB_DIR ?? tmpdir(), 'peerkit-bench-'));

const child = spawn(process.execPath, ['bin/peerkit.mjs', 'serve', '--demo', '--host', '127.0.0.1', '--port', '0'], {
  env: {...process.env, DATABASE_URL: `sqlite:${join(dir, 'bench.db')}`, PEERKIT_DATA_DIR: dir, PEERKIT_RATE_LIMIT: 'off', NODE_ENV: 'production'},
  stdio: ['ignore', 'pipe', 'inherit'],
});
let out = '';
// The access log goes to stdout; keep only what we need to find the URL.
child.stdout!.on('data', (d) => {
  if (out.length < 4096) out += d;
});

try {
  let url = '';
  for (let i = 0; i < 1200 && !url; i++) {
    url = out.match(/running at (http:\/\/127\.0\.0\.1:\d+)/)?.[1] ?? '';
    if (child.exitCode !== null) throw new Error(`server exited: ${out}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  if (!url) throw new Error('server did not start');

  const run = (opts: Options) =>
    new Promise<Result>((resolve, reject) => {
      autocannon({connections, duration: seconds, ...opts}, (err, result) => (err ? reject(err) : resolve(result)));
    });

  // Server CPU seconds (utime + stime from /proc), so the cost per request can be reported even when
  // the machine is shared and wall-clock throughput says more about the neighbours than the server.
  const cpu = () => {
    try {
      const f = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
      return (Number(f[11]) + Number(f[12])) / 100;
    } catch {
      return NaN;
    }
  };
  const cpuMs: Record<string, number> = {};

  // Warm up (JIT, SQLite page cache).
  await run({url: `${url}/api/v1/meetings`, duration: 2});
  let c0 = cpu();
  const feed = await run({url: `${url}/api/v1/meetings`});
  cpuMs.feed = ((cpu() - c0) * 1000) / feed.requests.total;
  // The same feed as browsers fetch it (Accept-Encoding: gzip; the gzip body is made once per revision).
  c0 = cpu();
  const feedGzip = await run({url: `${url}/api/v1/meetings`, headers: {'accept-encoding': 'gzip, deflate, br'}});
  cpuMs.feedGzip = ((cpu() - c0) * 1000) / feedGzip.requests.total;

  const {token} = (await (await fetch(`${url}/api/v1/form-token`)).json()) as {token: string};
  await new Promise((r) => setTimeout(r, 2100)); // older than the minimum time-to-submit
  let n = 0;
  c0 = cpu();
  const submit = await run({
    url: `${url}/api/v1/questions`,
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

  cpuMs.submit = ((cpu() - c0) * 1000) / submit.requests.total;
  const row = (name: string, r: Result, ms: number) => ({
    scenario: name,
    'requests/s': Math.round(r.requests.average),
    'p50 ms': r.latency.p50,
    'p99 ms': r.latency.p99,
    requests: r.requests.total,
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
    'server CPU ms/req': Number(ms.toFixed(3)),
    // One Node process uses one core for JavaScript; this is what that core could serve if it had it alone.
    'req/s per free core (est.)': Math.round(1000 / ms),
  });
  const table = [row('GET /api/v1/meetings', feed, cpuMs.feed), row('GET /api/v1/meetings (gzip)', feedGzip, cpuMs.feedGzip), row('POST /api/v1/questions', submit, cpuMs.submit)];
  const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  const stored = await (await fetch(`${url}/api/v1/form-token`)).ok;
  for (const t of table) console.log(`${t.scenario}: ${t['requests/s']} req/s, p99 ${t['p99 ms']} ms, ${t['server CPU ms/req']} server CPU ms/req, errors ${t.errors}, non-2xx ${t.non2xx}`);
  console.log(`(${connections} connections, ${seconds} s each, load average ${load})`);
  console.log(
    `BENCH_RESULT ${JSON.stringify({
      table,
      targets: {feedRps: 3000, submitRps: 1000, p99Ms: 50},
      met: table[0]['requests/s'] >= 3000 && table[2]['requests/s'] >= 1000 && table.every((t) => t['p99 ms'] <= 50 && t.errors === 0 && t.non2xx === 0),
      note: `peerkit serve on SQLite (WAL), ${connections} connections, ${seconds} s per scenario, load average during the run ${load}, server healthy after: ${stored}`,
    })}`,
  );
} finally {
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  rmSync(dir, {recursive: true, force: true});
}
