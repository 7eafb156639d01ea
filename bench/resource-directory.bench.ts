/**
 * <peer-resource-directory> on 2,000 services from a JSON file, in headless Chromium, with the CDN
 * build (`dist/cdn/peer-resource-directory.js`, production Lit):
 *  - first render: element created → first results on screen (fetch + parse + filter + render);
 *  - search keystroke → updated list (input event → render committed and laid out), median of 30.
 * Services: `bench/support/services.ts` from the data helper when present, else the HSDS fixture
 * varied to 2,000 records here.
 */
import {createServer} from 'node:http';
import {existsSync, readFileSync} from 'node:fs';
import {join, normalize} from 'node:path';
import {launchBrowser} from '../test/e2e/support.js';
import {measureKeystrokes} from './support/keystrokes.js';

const N = 2000;
const KEYSTROKES = 30;
const BUDGET_MS = 16;

async function services(): Promise<unknown[]> {
  if (existsSync('bench/support/services.ts')) {
    try {
      const mod = (await import('./support/services.js')) as Record<string, unknown>;
      const make = (mod.generateServices ?? mod.services ?? mod.default) as ((n: number) => unknown[]) | undefined;
      if (typeof make === 'function') {
        const list = make(N);
        if (Array.isArray(list) && list.length >= N) return list.slice(0, N);
      }
    } catch {
      /* fall back to our own */
    }
  }
  const base = JSON.parse(readFileSync('test/fixtures/hsds/services.json', 'utf8')) as Record<string, unknown>[];
  const good = base.filter((s) => typeof s.name === 'string' && s.id !== 'svc-xss');
  const towns = ['Philadelphia', 'Camden', 'Chester', 'Norristown', 'Trenton', 'Wilmington', 'Reading', 'Allentown'];
  return Array.from({length: N}, (_, i) => {
    const s = structuredClone(good[i % good.length]);
    s.id = `bench-${i}`;
    s.name = `${s.name} ${towns[i % towns.length]} ${Math.floor(i / good.length) + 1}`;
    for (const sal of (s.service_at_locations as Record<string, unknown>[] | undefined) ?? []) {
      const loc = sal.location as Record<string, unknown> | undefined;
      if (loc && typeof loc.latitude === 'number' && typeof loc.longitude === 'number') {
        loc.latitude = loc.latitude + ((i % 37) - 18) * 0.01;
        loc.longitude = loc.longitude + ((i % 29) - 14) * 0.01;
      }
    }
    return s;
  });
}

const page = (n: number) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title>
<script type="module" src="/cdn/peer-resource-directory.js"></script></head><body style="margin:0">
<div id="host" style="inline-size: 900px"></div>
<script type="module">
  await customElements.whenDefined('peer-resource-directory');
  const t0 = performance.now();
  const el = document.createElement('peer-resource-directory');
  el.setAttribute('src', '/services.json');
  el.setAttribute('format', 'json');
  document.getElementById('host').append(el);
  while (!el.shadowRoot?.querySelector('.list')) await new Promise((r) => requestAnimationFrame(r));
  document.body.offsetHeight;
  window.__firstRender = performance.now() - t0;
  window.__count = el.resultCount;
  window.__expected = ${n};
</script></body></html>`;

async function main() {
  if (!existsSync('dist/cdn/peer-resource-directory.js')) throw new Error('run `npm run build` first');
  const body = JSON.stringify(await services());
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/') {
      res.writeHead(200, {'content-type': 'text/html'}).end(page(N));
    } else if (url.pathname === '/services.json') {
      res.writeHead(200, {'content-type': 'application/json'}).end(body);
    } else if (url.pathname.startsWith('/cdn/')) {
      const file = normalize(join('dist', url.pathname));
      if (!file.startsWith('dist/cdn/') || !existsSync(file)) return res.writeHead(404).end();
      res.writeHead(200, {'content-type': file.endsWith('.js') ? 'text/javascript' : 'application/octet-stream'}).end(readFileSync(file));
    } else res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as {port: number}).port;
  const browser = await launchBrowser();
  try {
    const tab = await browser.newPage({viewport: {width: 1000, height: 800}});
    await tab.goto(`http://127.0.0.1:${port}/`);
    await tab.waitForFunction(() => (window as unknown as {__firstRender?: number}).__firstRender !== undefined, undefined, {timeout: 60_000});
    const first = await tab.evaluate(() => ({ms: (window as unknown as {__firstRender: number}).__firstRender, count: (window as unknown as {__count: number}).__count}));
    const {median, p90} = await measureKeystrokes(tab, {tag: 'peer-resource-directory', input: '#q', words: ['d', 'de', 'det', 'deto', 'detox', 'deto', 'det', 'de', 'd', '', 'h', 'ho', 'hou', 'hous', 'housi', 'housin', 'housing', 'housing c', 'housing ca', 'housing cam', 'housing ca', 'housing c', 'housing', '', 'p', 'pe', 'pee', 'peer', 'pee', ''], count: KEYSTROKES});
    const result = {
      table: {
        'first render (2,000 services)': {ms: +first.ms.toFixed(1), results: first.count, budgetMs: ''},
        'search keystroke → list (median)': {ms: +median.toFixed(2), results: '', budgetMs: BUDGET_MS, withinBudget: median <= BUDGET_MS ? 'yes' : 'NO'},
        'search keystroke → list (p90)': {ms: +p90.toFixed(2), results: '', budgetMs: ''},
      },
      services: N,
      keystrokes: KEYSTROKES,
    };
    console.log(`BENCH_RESULT ${JSON.stringify(result)}`);
  } finally {
    await browser.close();
    server.close();
  }
}

await main();
