/** Small HTTP helpers shared by the routes: JSON errors, bounded body reading, validated responses. */
import type {IncomingMessage} from 'node:http';
import type {Context} from 'hono';
import type {HttpBindings} from '@hono/node-server';
import type {ContentfulStatusCode} from 'hono/utils/http-status';
import {z} from 'zod';

/** The app's Hono environment: Node's request bindings, and the signed-in moderator's name on moderation routes. */
export type Env = {Bindings: HttpBindings; Variables: {moderator: string}};

export function jsonError(c: Context, status: ContentfulStatusCode, error: string, message?: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  return c.json({error, ...(message ? {message} : {}), ...extra}, status, headers);
}

export class HttpError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly extra: Record<string, unknown> = {},
    /** Response headers, e.g. Retry-After. */
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

const MAX_ISSUES = 20;
const MAX_TEXT = 200;
const clip = (s: string) => (s.length > MAX_TEXT ? s.slice(0, MAX_TEXT - 1) + '…' : s);

/**
 * A bad request's issues, for the error body: at most 20, each path and message at most 200
 * characters (a body with thousands of unknown keys gets a short answer, not an echo of itself).
 */
export const issuesOf = (e: z.ZodError) => {
  const out = e.issues.slice(0, MAX_ISSUES).map((i) => ({path: clip(i.path.join('.')), message: clip(i.message)}));
  if (e.issues.length > MAX_ISSUES) out.push({path: '', message: `and ${e.issues.length - MAX_ISSUES} more`});
  return out;
};

/** Deeper than any request of this API (a few levels): refused before it is walked or validated. */
const MAX_DEPTH = 32;
const tooDeep = () => new HttpError(400, 'invalid_request', `The request is nested deeper than ${MAX_DEPTH} levels, which no request of this API is.`);

/**
 * The path of the first string holding U+0000 (PostgreSQL cannot store it), or undefined; throws a
 * 400 for JSON nested deeper than MAX_DEPTH (thousands of `[` in a 16 KB body once overflowed the
 * stack: a 500, after time spent copying paths).
 */
export function nulAt(value: unknown, path: (string | number)[] = []): string | undefined {
  if (typeof value === 'string') return value.includes('\0') ? path.join('.') : undefined;
  if (!value || typeof value !== 'object') return undefined;
  if (path.length >= MAX_DEPTH) throw tooDeep();
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const p = nulAt(value[i], [...path, i]);
      if (p !== undefined) return p;
    }
  } else {
    for (const [k, v] of Object.entries(value)) {
      const p = k.includes('\0') ? [...path, k].join('.') : nulAt(v, [...path, k]);
      if (p !== undefined) return p;
    }
  }
  return undefined;
}
const nulError = (path: string) => new HttpError(400, 'invalid_request', 'The request contains a NUL character (U+0000), which no text may hold.', {issues: [{path: clip(path), message: 'must not contain the NUL character (U+0000)'}]});

/** Reads at most `limit` bytes of JSON body and validates it; throws HttpError (413/400) otherwise. */
export async function readJson<T extends z.ZodType>(c: Context, schema: T, limit = 16 * 1024): Promise<z.output<T>> {
  // Only JSON is JSON: a text/plain or form body (which a page on any site may send without asking
  // first) is refused before it is read.
  const type = (c.req.header('content-type') ?? '').split(';')[0].trim().toLowerCase();
  if (type !== 'application/json') throw new HttpError(415, 'unsupported_media_type', 'The request body must be JSON, sent as Content-Type: application/json.');
  const declared = Number(c.req.header('content-length'));
  if (Number.isFinite(declared) && declared > limit) throw new HttpError(413, 'payload_too_large', `The request body is larger than ${Math.round(limit / 1024)} KB.`);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const tooLarge = () => new HttpError(413, 'payload_too_large', `The request body is larger than ${Math.round(limit / 1024)} KB.`);
  // On Node, read the socket stream directly: cheaper than materialising a fetch Request body.
  const incoming = (c.env as {incoming?: IncomingMessage} | undefined)?.incoming;
  if (incoming && typeof incoming.on === 'function' && !incoming.readableEnded && !incoming.readableDidRead) {
    for await (const chunk of incoming as AsyncIterable<Buffer>) {
      size += chunk.byteLength;
      if (size > limit) {
        incoming.resume(); // drain the rest without keeping it
        throw tooLarge();
      }
      chunks.push(chunk);
    }
  } else if (c.req.raw.body) {
    const stream = c.req.raw.body;
    const reader = stream.getReader();
    for (;;) {
      const {done, value} = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel().catch(() => {});
        throw tooLarge();
      }
      chunks.push(value);
    }
  }
  const text = Buffer.concat(chunks).toString('utf8');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new HttpError(400, 'invalid_json', 'The request body is not valid JSON.');
  }
  const nul = nulAt(data);
  if (nul !== undefined) throw nulError(nul);
  const r = schema.safeParse(data);
  if (!r.success) throw new HttpError(400, 'invalid_request', 'The request does not match the expected shape.', {issues: issuesOf(r.error)});
  return r.data;
}

/** Validates a query string. */
export function readQuery<T extends z.ZodType>(c: Context, schema: T): z.output<T> {
  const query = c.req.query();
  const nul = nulAt(query);
  if (nul !== undefined) throw nulError(nul);
  const r = schema.safeParse(query);
  if (!r.success) throw new HttpError(400, 'invalid_request', 'The query parameters are not valid.', {issues: issuesOf(r.error)});
  return r.data;
}

/** `data` checked against its response schema (a mismatch is a server bug: thrown, so a 500). */
export function checked<T extends z.ZodType>(schema: T, data: z.input<T>): z.output<T> {
  const r = schema.safeParse(data);
  if (!r.success) throw new Error(`response does not match its schema: ${r.error.issues.map((i) => i.path.join('.') + ' ' + i.message).join('; ')}`);
  return r.data;
}

/** Sends `data` after checking it against the response schema. */
export function send<T extends z.ZodType>(c: Context, schema: T, data: z.input<T>, status: ContentfulStatusCode = 200) {
  return c.json(checked(schema, data) as object, status);
}
