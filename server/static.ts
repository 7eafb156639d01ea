/** The demo site at `/` and the CDN bundle at `/cdn/`, with content types and cache headers. */
import {readFile, stat} from 'node:fs/promises';
import {extname, join, normalize, sep} from 'node:path';
import type {Context, Hono} from 'hono';
import type {Env} from 'hono';
import {DEMO_CSP, DESK_CSP} from './headers.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};

async function fileAt(dir: string, rel: string): Promise<string | undefined> {
  const path = normalize(join(dir, rel));
  if (path !== dir && !path.startsWith(dir.endsWith(sep) ? dir : dir + sep)) return undefined;
  try {
    const s = await stat(path);
    if (s.isFile()) return path;
    if (s.isDirectory()) {
      const index = join(path, 'index.html');
      if ((await stat(index).catch(() => undefined))?.isFile()) return index;
    }
  } catch {
    /* not found */
  }
  return undefined;
}

/** A path's percent-encoding decoded; undefined when it is malformed (`/%`, `/%E0%A4%A`) or holds a NUL. */
function decodePath(p: string): string | undefined {
  try {
    const d = decodeURIComponent(p);
    return d.includes('\0') ? undefined : d;
  } catch {
    return undefined;
  }
}

export function serveStatic<E extends Env>(app: Hono<E>, root: string) {
  const cdn = join(root, 'dist', 'cdn');
  const demo = join(root, 'demo');
  const badPath = (c: Context) => c.json({error: 'bad_request', message: 'The path is not valid percent-encoded text.'}, 400);
  app.get('/cdn/*', async (c) => {
    const rel = decodePath(c.req.path.slice('/cdn/'.length));
    if (rel === undefined) return badPath(c);
    const file = await fileAt(cdn, rel);
    if (!file) return c.json({error: 'not_found', message: 'No such file in the CDN bundle (run npm run build).'}, 404);
    const body = await readFile(file);
    // Chunks carry a content hash in their names and never change; entry files are revalidated.
    const hashed = /[-.][A-Za-z0-9_-]{8}\.js(\.map)?$/.test(file) && file.includes(`${sep}chunks${sep}`);
    return c.body(new Uint8Array(body), 200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'public, max-age=300, must-revalidate',
      'Access-Control-Allow-Origin': '*',
    });
  });
  app.get('*', async (c) => {
    let rel = decodePath(c.req.path);
    if (rel === undefined) return badPath(c);
    if (rel === '/desk' || rel === '/desk/') rel = '/desk.html';
    let file = await fileAt(demo, rel);
    if (!file && !extname(rel)) file = await fileAt(demo, rel.replace(/\/$/, '') + '.html');
    if (!file) return c.html('<!doctype html><html lang="en"><title>Not found</title><p>Not found. <a href="/">Back to the demo</a></p></html>', 404, {'Content-Security-Policy': DEMO_CSP});
    const body = await readFile(file);
    const headers: Record<string, string> = {'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache'};
    // Pages get a strict Content-Security-Policy; the desk may never be framed by another page.
    if (extname(file) === '.html') {
      const desk = file === join(demo, 'desk.html');
      headers['Content-Security-Policy'] = desk ? DESK_CSP : DEMO_CSP;
      headers['X-Frame-Options'] = desk ? 'DENY' : 'SAMEORIGIN';
    }
    return c.body(new Uint8Array(body), 200, headers);
  });
}
