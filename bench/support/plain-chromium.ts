/**
 * A page measured in Chromium with no DevTools attached. Playwright drives Chromium over the DevTools
 * protocol with its network agent on, and that agent keeps a copy of every `fetch` body in the page
 * and decodes it as text when the response ends: on a 4.5 MB feed that is 150–250 ms of main-thread
 * work inside the measured span, which no visitor's browser does. So the first-paint figures come
 * from a plain headless Chromium (`--dump-dom`): the page writes its figures into the DOM, the
 * server holds one image request open until the page reports it is done (so the load event, and
 * the dump, wait for the measure), and the figures are read from the dumped DOM.
 *
 *   const {url, result} = plainMeasure(server); // wire into the bench's HTTP server
 *   const figures = await runPlainChromium(url('/page'));
 */
import {execFile} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import type {IncomingMessage, ServerResponse} from 'node:http';
import {CHROMIUM_ARGS} from '../../test/e2e/support.js';

/** Markup for the page: an image whose request the server holds until `report()` is called in the page. */
export const HOLD_IMAGE = '<img src="/__hold" alt="" width="1" height="1">';
/** Script for the page: `report(figures)` puts them in the DOM and releases the held image. */
export const REPORT_SCRIPT = `function report(figures) {
  const out = document.createElement('pre');
  out.id = '__figures';
  out.textContent = 'FIGURES' + JSON.stringify(figures) + 'END';
  document.body.append(out);
  fetch('/__done');
}`;

/**
 * Handles `/__hold` and `/__done` for the server; returns true when it answered the request.
 */
export function plainRoutes(): (req: IncomingMessage, res: ServerResponse) => boolean {
  let held: ServerResponse | undefined;
  return (req, res) => {
    if (req.url === '/__hold') {
      held = res;
      return true;
    }
    if (req.url === '/__done') {
      res.writeHead(204).end();
      held?.writeHead(204).end();
      held = undefined;
      return true;
    }
    return false;
  };
}

/** Loads `url` in a fresh headless Chromium (no DevTools) and returns what the page reported. */
export async function runPlainChromium<T>(url: string, {width = 1100, height = 800, timeoutMs = 60_000} = {}): Promise<T> {
  const profile = mkdtempSync(join(tmpdir(), 'peerkit-bench-'));
  try {
    const dom: string = await new Promise((resolve, reject) =>
      execFile(process.env.CHROME_PATH || '/usr/bin/chromium', [...CHROMIUM_ARGS, `--user-data-dir=${profile}`, `--window-size=${width},${height}`, '--dump-dom', url], {maxBuffer: 1 << 26, timeout: timeoutMs}, (err, stdout) => (err ? reject(err) : resolve(stdout))),
    );
    const m = /FIGURES(\{.*?\})END/.exec(dom);
    if (!m) throw new Error(`the page reported nothing: ${dom.slice(0, 300)}`);
    return JSON.parse(m[1]) as T;
  } finally {
    rmSync(profile, {recursive: true, force: true});
  }
}
