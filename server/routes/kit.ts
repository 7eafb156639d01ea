/** What every route module is given: the app to add its routes to, the OpenAPI list, and the server's parts. */
import type {Hono} from 'hono';
import type {Store} from '../db.js';
import type {ServerConfig} from '../config.js';
import type {Env} from '../http.js';
import type {Privacy} from '../privacy.js';
import type {RouteDoc} from '../openapi.js';
import type {LookupGuard, Writer} from '../writes.js';

export interface Routes {
  app: Hono<Env>;
  /** Describes a route in the OpenAPI document (in the order routes are added). */
  doc(d: RouteDoc): void;
  store: Store;
  config: ServerConfig;
  /** The clock (ms since epoch). */
  now(): number;
  privacy: Privacy;
  /** The visitor write pipeline (writes.ts). */
  write: Writer;
  /** Takes a lookup token of the client's network, or throws a 429. */
  guardLookup: LookupGuard;
}

/** The largest body of a write or moderation request (a story with its photo has its own). */
export const WRITE_LIMIT = 16 * 1024;

/** The UTC day (YYYY-MM-DD) of an instant. */
export const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** A row id from a path: 1 to 2^31 − 1 written plainly (PostgreSQL's `serial`), else undefined (a 404, not a database error). */
export const rowId = (p: string): number | undefined => (/^[1-9]\d{0,9}$/.test(p) && Number(p) <= 2_147_483_647 ? Number(p) : undefined);
