/**
 * <peer-meeting-finder> on a 10,000-meeting Meeting Guide feed, in headless Chromium, with the CDN
 * build (`dist/cdn/peer-meeting-finder.js`, production Lit):
 *  - parse + validate: `JSON.parse` and the Meeting Guide adapter on the feed's text (median of 9,
 *    and the first run alone: what a visitor's page pays, before V8 has optimised the adapter), in a
 *    page of its own (the text is decoded before the clock starts); and the same from the feed's
 *    bytes through the stream reader, as the finder reads a feed, UTF-8 decoding included;
 *  - feed arrival → first results painted: the response's `responseEnd` to the first animation
 *    frame with the list in the shadow DOM (what is left of reading, parsing and validating, which
 *    the finder does while the feed downloads, then occurrences, filter, render, layout); once with
 *    the feed sent in one piece over loopback (nothing left to overlap: every byte lands at once;
 *    median of 5), and paced like a network (64 KB every 25 ms, ≈ 21 Mbit/s, and every 5 ms,
 *    ≈ 100 Mbit/s; median of 3 each). Each in a fresh plain Chromium with no DevTools attached
 *    (`support/plain-chromium.ts` says why), and once under Playwright for comparison with
 *    earlier results;
 *  - script start → first rows painted: the page as a site writes it (\`startPage\`), the whole wait
 *    from the module script's tag to the first meeting rows on screen (loopback, median of 7);
 *  - one search keystroke → updated list (input event → render committed and laid out), median of 30.
 * Budgets (issue 4): 150 / 300 / 16 ms; script start → first rows 450 ms (issue 14). Feed: `bench/support/meetings-feed.ts` (the data helper's).
 */
import {createServer} from 'node:http';
import {existsSync, readFileSync} from 'node:fs';
import {join, normalize} from 'node:path';
import {build} from 'esbuild';
import {launchBrowser} from '../test/e2e/support.js';
import {measureKeystrokes} from './support/keystrokes.js';
import {meetingGuideFeedJson} from './support/meetings-feed.js';
import {HOLD_IMAGE, plainRoutes, REPORT_SCRIPT, runPlainChromium} from './support/plain-chromium.js';

const N = 10_000;
const KEYSTROKES = 30;
const BUDGET = {parse: 150, first: 300, keystroke: 16, start: 450};

const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title>
<script type="module" src="/cdn/peer-meeting-finder.js"></script></head><body style="margin:0">
<div id="host" style="inline-size: 1000px"></div>${HOLD_IMAGE}
<script>${REPORT_SCRIPT}</script>
<script type="module">
  await customElements.whenDefined('peer-meeting-finder');
  const el = document.createElement('peer-meeting-finder');
  const feed = new URLSearchParams(location.search).get('feed') ?? '/meetings.json';
  el.setAttribute('src', feed);
  el.setAttribute('timezone', 'America/Chicago');
  document.getElementById('host').append(el);
  while (!el.shadowRoot?.querySelector('.list')) await new Promise((r) => requestAnimationFrame(r));
  document.body.offsetHeight;
  await new Promise((r) => requestAnimationFrame(r));
  const painted = performance.now();
  const entry = performance.getEntriesByType('resource').find((e) => e.name.endsWith(feed));
  window.__first = painted - entry.responseEnd;
  window.__count = el.resultCount;
  report({first: window.__first, count: el.resultCount});
</script></body></html>`;

/**
 * Script start → first rows: the page as a site writes it (the element in the markup, the CDN
 * script in the head); the clock starts in an inline script just before the module script's tag,
 * and stops at the animation frame after the first \`.meeting\` row is in the shadow DOM and laid
 * out. Everything a visitor waits for: the module files, the parser chunk, the feed, adapting it,
 * the first page.
 */
const startPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>start</title>
<script>window.__t0 = performance.now();</script>
<script type="module" src="/cdn/peer-meeting-finder.js"></script></head><body style="margin:0">
<div style="inline-size: 1000px"><peer-meeting-finder src="/meetings.json" timezone="America/Chicago"></peer-meeting-finder></div>${HOLD_IMAGE}
<script>${REPORT_SCRIPT}
(async () => {
  const el = document.querySelector('peer-meeting-finder');
  while (!el.shadowRoot?.querySelector('.meeting')) await new Promise((r) => requestAnimationFrame(r));
  document.body.offsetHeight;
  await new Promise((r) => requestAnimationFrame(r));
  report({start: performance.now() - window.__t0, count: el.resultCount});
})();
</script></body></html>`;

/** The floor no widget code can beat: the feed read as a stream (\`responseEnd\` → last chunk in the page), median of 5. */
const floorPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>floor</title></head><body>${HOLD_IMAGE}
<script>${REPORT_SCRIPT}</script>
<script type="module">
  const runs = [];
  for (let i = 0; i < 5; i++) {
    const u = '/meetings.json?floor=' + i;
    const r = await fetch(u);
    const reader = r.body.getReader();
    while (!(await reader.read()).done);
    const done = performance.now();
    const e = performance.getEntriesByType('resource').filter((x) => x.name.endsWith(u)).pop();
    runs.push(done - e.responseEnd);
  }
  report({floor: runs.sort((a, b) => a - b)[2]});
</script></body></html>`;

async function main() {
  if (!existsSync('dist/cdn/peer-meeting-finder.js')) throw new Error('run `npm run build` first');
  const body = meetingGuideFeedJson(N);
  // The adapter alone, bundled for the browser, to time parse + validate without the element.
  const parser = await build({
    stdin: {contents: `export {parseMeetingGuide, meetingGuideParser} from './src/sources/meeting-guide.ts'; export {JsonArrayReader} from './src/core/json-stream.ts';`, resolveDir: process.cwd(), loader: 'ts'},
    bundle: true,
    format: 'esm',
    minify: true,
    write: false,
    logLevel: 'error',
  });
  const parserJs = parser.outputFiles[0].text;
  const plain = plainRoutes();
  const server = createServer((req, res) => {
    if (plain(req, res)) return;
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/') res.writeHead(200, {'content-type': 'text/html'}).end(page);
    else if (url.pathname === '/start') res.writeHead(200, {'content-type': 'text/html'}).end(startPage);
    else if (url.pathname === '/floor') res.writeHead(200, {'content-type': 'text/html'}).end(floorPage);
    else if (url.pathname === '/blank') res.writeHead(200, {'content-type': 'text/html'}).end('<!doctype html><title>parse</title>');
    else if (url.pathname === '/meetings.json') res.writeHead(200, {'content-type': 'application/json'}).end(body);
    else if (url.pathname === '/meetings-paced.json') {
      // The same feed arriving the way a network delivers it: 64 KB every 25 ms (≈ 21 Mbit/s), or
      // every `?every=` ms.
      const every = Number(url.searchParams.get('every') ?? 25);
      res.writeHead(200, {'content-type': 'application/json'});
      const bytes = Buffer.from(body);
      let at = 0;
      const next = () => {
        if (at >= bytes.length) return void res.end();
        res.write(bytes.subarray(at, (at += 65_536)));
        setTimeout(next, every);
      };
      next();
    }
    else if (url.pathname === '/parser.js') res.writeHead(200, {'content-type': 'text/javascript'}).end(parserJs);
    else if (url.pathname.startsWith('/cdn/')) {
      const file = normalize(join('dist', url.pathname));
      if (!file.startsWith('dist/cdn/') || !existsSync(file)) return res.writeHead(404).end();
      res.writeHead(200, {'content-type': file.endsWith('.js') ? 'text/javascript' : 'application/octet-stream'}).end(readFileSync(file));
    } else res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as {port: number}).port;
  const browser = await launchBrowser();
  try {
    // Parse + validate first, in a page of its own: the adapter's cost, not the garbage collector's
    // work on a page that already holds a finder with 10,000 meetings.
    const fresh = await browser.newPage();
    await fresh.goto(`http://127.0.0.1:${port}/blank`);
    const parse = await fresh.evaluate(async () => {
      const {parseMeetingGuide} = await import('/parser.js' as string);
      const bytes = new Uint8Array(await (await fetch('/meetings.json')).arrayBuffer());
      const text = new TextDecoder().decode(bytes);
      const runs: number[] = [];
      const withDecode: number[] = [];
      let meetings = 0;
      for (let i = 0; i < 9; i++) {
        const t0 = performance.now();
        const parsed = parseMeetingGuide(JSON.parse(text), '/meetings.json', 0, {defaultTimezone: 'America/Chicago'});
        runs.push(performance.now() - t0);
        meetings = parsed.meetings.length;
        // The same with the UTF-8 decoding, to compare with the stream reader below.
        const t1 = performance.now();
        parseMeetingGuide(JSON.parse(new TextDecoder().decode(bytes)), '/meetings.json', 0, {defaultTimezone: 'America/Chicago'});
        withDecode.push(performance.now() - t1);
      }
      const cold = runs[0];
      runs.sort((a, b) => a - b);
      withDecode.sort((a, b) => a - b);
      return {ms: runs[4], cold, meetings, decodeMs: withDecode[4]};
    });
    await fresh.close();
    // The same work the way the finder does it: the feed's bytes, in 64 KB pieces, through the
    // stream reader and the adapter (another fresh page, so its first run is cold too).
    const freshStream = await browser.newPage();
    await freshStream.goto(`http://127.0.0.1:${port}/blank`);
    const streamed = await freshStream.evaluate(async () => {
      const {JsonArrayReader, meetingGuideParser} = await import('/parser.js' as string);
      const bytes = new Uint8Array(await (await fetch('/meetings.json')).arrayBuffer());
      const runs: number[] = [];
      let meetings = 0;
      for (let i = 0; i < 9; i++) {
        const t0 = performance.now();
        const adapter = meetingGuideParser('/meetings.json', 0, {defaultTimezone: 'America/Chicago'});
        const reader = new JsonArrayReader((items: unknown[]) => adapter.push(items));
        for (let at = 0; at < bytes.length; at += 65_536) reader.push(bytes.subarray(at, at + 65_536));
        reader.end();
        meetings = adapter.finish().meetings.length;
        runs.push(performance.now() - t0);
      }
      const cold = runs[0];
      runs.sort((a, b) => a - b);
      return {ms: runs[4], cold, meetings};
    });
    await freshStream.close();

    // First paint, in a plain Chromium with no DevTools attached (see support/plain-chromium.ts):
    // loopback median of 5 fresh browsers, paced network median of 3.
    type Painted = {first: number; count: number};
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
    const loopback: Painted[] = [];
    for (let i = 0; i < 5; i++) loopback.push(await runPlainChromium<Painted>(`http://127.0.0.1:${port}/`));
    const first = {ms: median(loopback.map((r) => r.first)), count: loopback[0].count, runs: loopback.map((r) => Math.round(r.first))};
    const paced: number[] = [];
    for (let i = 0; i < 3; i++) paced.push((await runPlainChromium<Painted>(`http://127.0.0.1:${port}/?feed=/meetings-paced.json`)).first);
    const pacedMs = median(paced);
    // A fast line: 64 KB every 5 ms (≈ 100 Mbit/s).
    const fast: number[] = [];
    for (let i = 0; i < 3; i++) fast.push((await runPlainChromium<Painted>(`http://127.0.0.1:${port}/?feed=${encodeURIComponent('/meetings-paced.json?every=5')}`)).first);
    const fastMs = median(fast);
    // Script start → first rows, loopback: median of 7 fresh browsers.
    const started: {start: number; count: number}[] = [];
    for (let i = 0; i < 7; i++) started.push(await runPlainChromium<{start: number; count: number}>(`http://127.0.0.1:${port}/start`));
    const start = {ms: median(started.map((r) => r.start)), count: started[0].count, runs: started.map((r) => Math.round(r.start))};
    const bodyFloor = (await runPlainChromium<{floor: number}>(`http://127.0.0.1:${port}/floor`)).floor;
    // The same first paint as Playwright sees it (DevTools attached), for comparison with older results.
    const tab = await browser.newPage({viewport: {width: 1100, height: 800}});
    await tab.goto(`http://127.0.0.1:${port}/`);
    await tab.waitForFunction(() => (window as unknown as {__first?: number}).__first !== undefined, undefined, {timeout: 120_000});
    const withDevtools = await tab.evaluate(() => (window as unknown as {__first: number}).__first);

    const keys = await measureKeystrokes(tab, {tag: 'peer-meeting-finder', input: 'input[name=query]', words: ['s', 'se', 'ser', 'sere', 'seren', 'sere', 'ser', 'se', 's', '', 'h', 'ho', 'hop', 'hope', 'hope d', 'hope do', 'hope d', 'hope', '', 'e', 'es', 'esp', 'espe', 'esper', 'espe', '', 'b', 'bi', 'big', ''], count: KEYSTROKES});
    const ok = (v: number, b: number) => (v <= b ? 'yes' : 'NO');
    const result = {
      table: {
        'parse + validate (10,000 records, median of 9)': {ms: +parse.ms.toFixed(1), results: parse.meetings, budgetMs: BUDGET.parse, withinBudget: ok(parse.ms, BUDGET.parse)},
        'parse + validate, first run (code not yet optimised)': {ms: +parse.cold.toFixed(1), results: parse.meetings, budgetMs: ''},
        'decode (TextDecoder) + parse + validate (median of 9)': {ms: +parse.decodeMs.toFixed(1), results: parse.meetings, budgetMs: ''},
        'decode + parse + validate from bytes, as the finder does (median of 9)': {ms: +streamed.ms.toFixed(1), results: streamed.meetings, budgetMs: ''},
        'decode + parse + validate from bytes, first run': {ms: +streamed.cold.toFixed(1), results: streamed.meetings, budgetMs: ''},
        'feed arrival → first results painted (loopback: 4.5 MB at once; median of 5)': {ms: +first.ms.toFixed(1), results: first.count, budgetMs: BUDGET.first, withinBudget: ok(first.ms, BUDGET.first), runs: first.runs.join(' ')},
        'feed arrival → first results painted (network ≈ 21 Mbit/s; median of 3)': {ms: +pacedMs.toFixed(1), results: first.count, budgetMs: BUDGET.first, withinBudget: ok(pacedMs, BUDGET.first), runs: paced.map(Math.round).join(' ')},
        'feed arrival → first results painted (network ≈ 100 Mbit/s; median of 3)': {ms: +fastMs.toFixed(1), results: first.count, budgetMs: BUDGET.first, withinBudget: ok(fastMs, BUDGET.first), runs: fast.map(Math.round).join(' ')},
        'script start → first rows painted (loopback, 4.5 MB feed; median of 7)': {ms: +start.ms.toFixed(1), results: start.count, budgetMs: BUDGET.start, withinBudget: ok(start.ms, BUDGET.start), runs: start.runs.join(' ')},
        'the same, loopback, under Playwright (DevTools network agent attached)': {ms: +withDevtools.toFixed(1), results: '', budgetMs: ''},
        'of which: last byte read by the page (floor, no widget code)': {ms: +bodyFloor.toFixed(1), results: '', budgetMs: ''},
        'search keystroke → list (median)': {ms: +keys.median.toFixed(2), results: '', budgetMs: BUDGET.keystroke, withinBudget: ok(keys.median, BUDGET.keystroke)},
        'search keystroke → list (p90)': {ms: +keys.p90.toFixed(2), results: '', budgetMs: ''},
      },
      meetings: N,
      keystrokes: KEYSTROKES,
    };
    console.log(`BENCH_RESULT ${JSON.stringify(result)}`);
  } finally {
    await browser.close();
    server.close();
  }
}

await main();
