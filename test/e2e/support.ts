/**
 * End-to-end support: the real server (`peerkit serve --demo`, the same command `npm start` runs) on
 * a free port with its own SQLite file, and Debian's Chromium driven by playwright-core.
 */
import {spawn, type ChildProcess} from 'node:child_process';
import {createServer, type Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {chromium, type Browser} from 'playwright-core';

export interface RunningServer {
  /** Base URL without trailing slash, e.g. http://127.0.0.1:41234 */
  url: string;
  /** The demo moderator token the server printed. */
  token: string;
  /** The SQLite database file. */
  dbFile: string;
  dataDir: string;
  /** Everything the server printed (stdout and stderr). */
  logs(): string;
  stop(): Promise<void>;
}

export async function startServer(options: {env?: Record<string, string>; args?: string[]} = {}): Promise<RunningServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'peerkit-e2e-'));
  const dbFile = join(dataDir, 'peerkit.db');
  let output = '';
  const child: ChildProcess = spawn(process.execPath, ['bin/peerkit.mjs', 'serve', '--demo', '--host', '127.0.0.1', '--port', '0', ...(options.args ?? [])], {
    env: {...process.env, DATABASE_URL: `sqlite:${dbFile}`, PEERKIT_DATA_DIR: dataDir, PEERKIT_STORY_COOLING_OFF_HOURS: '0', ...options.env},
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const started = Date.now();
  let url = '';
  let token = '';
  while (!url || !token) {
    url = output.match(/running at (http:\/\/127\.0\.0\.1:\d+)/)?.[1] ?? '';
    token = output.match(/Moderator token[^:\n]*:\s*(\S+)/)?.[1] ?? '';
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${output}`);
    if (Date.now() - started > 60_000) {
      child.kill();
      throw new Error(`server did not start in 60 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    url,
    token,
    dbFile,
    dataDir,
    logs: () => output,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      rmSync(dataDir, {recursive: true, force: true});
    },
  };
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: CHROMIUM_ARGS, headless: true});
}

/** Records every request a page makes and every console error or uncaught exception it shows. */
export function watchPage(page: import('playwright-core').Page): {requests: string[]; errors: string[]} {
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  return {requests, errors};
}

/** A static "somebody else's website" on another origin (another port), serving one HTML page at `/`. */
export async function otherSite(html: string): Promise<{url: string; close: () => void}> {
  const s: Server = createServer((req, res) => {
    if (req.url === '/' || req.url === '/index.html') {
      res.writeHead(200, {'content-type': 'text/html; charset=utf-8'});
      res.end(html);
    } else res.writeHead(404).end();
  });
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  return {url: `http://127.0.0.1:${(s.address() as AddressInfo).port}`, close: () => s.close()};
}
