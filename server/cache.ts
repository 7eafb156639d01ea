/**
 * Prepared responses for the read-only feeds (HSDS): each distinct (route, validated query) is
 * built once per data revision (a `meta` row that every import changes, so every instance on one
 * database sees a new import at once), then served as stored bytes with an ETag (If-None-Match →
 * 304) and, for clients that accept it, a gzip body made once. Bounded: least recently used entries
 * go first beyond 1,000 entries or 32 MB.
 */
import {createHash} from 'node:crypto';
import {gzipSync} from 'node:zlib';
import type {Context} from 'hono';
import type {ContentfulStatusCode} from 'hono/utils/http-status';

interface Entry {
  rev: string;
  status: ContentfulStatusCode;
  body: Uint8Array<ArrayBuffer>;
  gzip?: Uint8Array<ArrayBuffer>;
  etag: string;
  size: number;
}

export class ResponseCache {
  private entries = new Map<string, Entry>();
  private bytes = 0;

  constructor(
    private readonly maxEntries = 1000,
    private readonly maxBytes = 32 * 1024 * 1024,
  ) {}

  /** Answers from the cache, building the JSON (status, value) when this key has no entry for `rev`. */
  async serve(c: Context, key: string, rev: string, build: () => Promise<{status: ContentfulStatusCode; data: unknown}>): Promise<Response> {
    let e = this.entries.get(key);
    if (e && e.rev === rev) {
      // Most recently used last.
      this.entries.delete(key);
      this.entries.set(key, e);
    } else {
      const {status, data} = await build();
      const body = new Uint8Array(Buffer.from(JSON.stringify(data), 'utf8'));
      const etag = `"h-${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;
      const gzip = body.length > 512 ? new Uint8Array(gzipSync(body, {level: 6})) : undefined;
      e = {rev, status, body, gzip, etag, size: body.length + (gzip?.length ?? 0) + key.length};
      this.put(key, e);
    }
    return respond(c, e);
  }

  private put(key: string, e: Entry) {
    const old = this.entries.get(key);
    if (old) {
      this.bytes -= old.size;
      this.entries.delete(key);
    }
    this.entries.set(key, e);
    this.bytes += e.size;
    for (const [k, v] of this.entries) {
      if (this.entries.size <= this.maxEntries && this.bytes <= this.maxBytes) break;
      this.entries.delete(k);
      this.bytes -= v.size;
    }
  }
}

/** A stored body with ETag/304 and gzip when the client accepts it. */
export function respond(c: Context, e: {status: ContentfulStatusCode; body: Uint8Array<ArrayBuffer>; gzip?: Uint8Array<ArrayBuffer>; etag: string}): Response {
  c.header('ETag', e.etag);
  c.header('Cache-Control', 'public, max-age=0, must-revalidate');
  c.header('Vary', 'Accept-Encoding');
  const inm = c.req.header('if-none-match');
  if (e.status === 200 && inm && inm.split(',').some((t) => t.trim().replace(/^W\//, '') === e.etag)) return c.body(null, 304);
  c.header('Content-Type', 'application/json; charset=utf-8');
  if (e.gzip && /\bgzip\b/.test(c.req.header('accept-encoding') ?? '')) {
    c.header('Content-Encoding', 'gzip');
    return c.body(e.gzip, e.status);
  }
  return c.body(e.body, e.status);
}
