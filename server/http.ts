/** Small HTTP helpers shared by the routes: JSON errors, bounded body reading, validated responses. */
import type {IncomingMessage} from 'node:http';
import type {Context} from 'hono';
import type {ContentfulStatusCode} from 'hono/utils/http-status';
import {z} from 'zod';

export function jsonError(c: Context, status: ContentfulStatusCode, error: string, message?: string, extra: Record<string, unknown> = {}) {
  return c.json({error, ...(message ? {message} : {}), ...extra}, status);
}

export class HttpError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export const issuesOf = (e: z.ZodError) => e.issues.map((i) => ({path: i.path.join('.'), message: i.message}));

/** Reads at most `limit` bytes of JSON body and validates it; throws HttpError (413/400) otherwise. */
export async function readJson<T extends z.ZodType>(c: Context, schema: T, limit = 16 * 1024): Promise<z.output<T>> {
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
  const r = schema.safeParse(data);
  if (!r.success) throw new HttpError(400, 'invalid_request', 'The request does not match the expected shape.', {issues: issuesOf(r.error)});
  return r.data;
}

/** Validates a query string. */
export function readQuery<T extends z.ZodType>(c: Context, schema: T): z.output<T> {
  const r = schema.safeParse(c.req.query());
  if (!r.success) throw new HttpError(400, 'invalid_request', 'The query parameters are not valid.', {issues: issuesOf(r.error)});
  return r.data;
}

/** Sends `data` after checking it against the response schema (a mismatch is a server bug: 500). */
export function send<T extends z.ZodType>(c: Context, schema: T, data: z.input<T>, status: ContentfulStatusCode = 200) {
  const r = schema.safeParse(data);
  if (!r.success) throw new Error(`response does not match its schema: ${r.error.issues.map((i) => i.path.join('.') + ' ' + i.message).join('; ')}`);
  return c.json(r.data as object, status);
}
