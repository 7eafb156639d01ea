/**
 * The reference server as a Hono app, composed: the access log, security headers, the pending
 * erasure check, CORS and errors, then the routes (routes/*.ts: feeds, HSDS, the form token,
 * questions, stories, moderation; their queries in store/*.ts and catalog.ts), the OpenAPI
 * document, and the demo site and CDN bundle as static files.
 * Handlers are stateless: everything shared lives in the database.
 */
import {Hono} from 'hono';
import {ping, type Store} from './db.js';
import type {ServerConfig} from './config.js';
import {Privacy} from './privacy.js';
import {HttpError, jsonError, type Env} from './http.js';
import {isHttps, ownOrigin} from './origin.js';
import {API_CSP, HSTS} from './headers.js';
import {lookupGuard, writer} from './writes.js';
import {eraseWithdrawnKeys} from './store/stories.js';
import {openApiDocument, type RouteDoc} from './openapi.js';
import {serveStatic} from './static.js';
import type {Routes} from './routes/kit.js';
import {feedRoutes} from './routes/feeds.js';
import {hsdsRoutes} from './routes/hsds.js';
import {formTokenRoutes} from './routes/form-token.js';
import {questionRoutes} from './routes/questions.js';
import {storyRoutes} from './routes/stories.js';
import {moderationRoutes} from './routes/moderation.js';

export interface AppOptions {
  store: Store;
  config: ServerConfig;
  /** The clock (ms since epoch); tests inject one. */
  now?: () => number;
  /** Access log sink: receives `method path status ms` lines only. */
  log?: (line: string) => void;
  /** Repository root for demo/ and dist/cdn/ (omit to serve the API only). */
  root?: string;
}

const VISITOR_WRITES = new Set(['POST /api/v1/questions', 'POST /api/v1/questions/lookup', 'POST /api/v1/stories', 'POST /api/v1/stories/withdraw', 'GET /api/v1/form-token']);
/** 'public' (any origin, `*`), 'visitor' (a visitor write) or 'moderation'; undefined: not allowed cross-origin. */
const corsClass = (path: string, method: string) => {
  const p = path.replace(/\/+$/, '');
  if (p.startsWith('/api/v1/moderation')) return 'moderation';
  if (VISITOR_WRITES.has(`${method} ${p}`)) return 'visitor';
  return method === 'GET' || method === 'HEAD' ? 'public' : undefined;
};

/** A path as the access log writes it: control characters percent-encoded, so `/x%0AGET%20/admin` cannot forge a second line. */
const printable = (p: string) => p.replace(/[\x00-\x1f\x7f-\x9f\u2028\u2029]/g, (ch) => encodeURIComponent(ch));

export function createApp(options: AppOptions) {
  const {store, config} = options;
  const now = options.now ?? Date.now;
  const log = options.log ?? ((line: string) => console.log(line));
  const privacy = new Privacy(store, {
    now,
    rateLimit: config.rateLimit,
    lookupLimit: config.lookupLimit,
    powLimit: config.powLimit,
    powAlways: config.powAlways,
    powMax: config.powMax,
    minSubmitMs: config.minSubmitMs,
    formTokenMaxAgeMs: config.formTokenMaxAgeMs,
  });
  const docs: RouteDoc[] = [];
  const doc = (d: RouteDoc) => docs.push(d);
  const app = new Hono<Env>();
  const allowed = new Set(config.allowedOrigins);

  // --- access log: method, path (no query string), status, ms. Nothing else, ever. ---
  app.use('*', async (c, next) => {
    const t0 = performance.now();
    await next();
    log(`${c.req.method} ${printable(c.req.path)} ${c.res.status} ${Math.round(performance.now() - t0)}ms`);
  });

  // Headers are set before the handler runs: setting them afterwards makes Hono copy the response.
  app.use('*', async (c, next) => {
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    if (isHttps(c, config)) c.header('Strict-Transport-Security', HSTS);
    if (c.req.path.startsWith('/api/')) {
      c.header('Content-Security-Policy', API_CSP);
      c.header('X-Frame-Options', 'DENY');
    }
    await next();
  });

  // Withdrawals whose key could not leave the database files at once (another session was open; see
  // eraseWithdrawnKeys) are finished by whichever instance is asked next, checked at most once a minute.
  let eraseCheckedAt = -Infinity;
  let erasing = false;
  app.use('/api/*', async (_c, next) => {
    const t = now();
    if (!erasing && t - eraseCheckedAt >= 60_000) {
      eraseCheckedAt = t;
      erasing = true;
      void eraseWithdrawnKeys(store)
        .catch((e: unknown) => console.error(`peerkit: erasing withdrawn stories' keys failed: ${e instanceof Error ? e.message : String(e)}`))
        .finally(() => (erasing = false));
    }
    await next();
  });

  // --- CORS -----------------------------------------------------------------------------------------
  // Public reads: any origin. Anonymous visitor writes (questions, stories, withdraw, receipt lookup,
  // form token): any origin while PEERKIT_ALLOWED_ORIGINS is empty, since they carry no credentials
  // (no cookie, no token: a page on another site can do nothing a visitor's own browser could not),
  // otherwise the server's own origin plus that list. Moderation: own origin plus that list, always.
  app.use('/api/*', async (c, next) => {
    const origin = c.req.header('origin');
    const preflight = c.req.method === 'OPTIONS';
    const method = preflight ? (c.req.header('access-control-request-method') ?? 'GET').toUpperCase() : c.req.method;
    const kind = corsClass(c.req.path, method);
    const listed = !origin || origin === ownOrigin(c, config) || allowed.has(origin);
    const open = kind === 'public' || (kind === 'visitor' && !allowed.size);
    const originOk = open || listed;
    const cors: Record<string, string> = {};
    if (open) cors['Access-Control-Allow-Origin'] = '*';
    else if (origin && originOk) {
      cors['Access-Control-Allow-Origin'] = origin;
      cors['Vary'] = 'Origin';
    }
    if (preflight) {
      if (cors['Access-Control-Allow-Origin']) {
        cors['Access-Control-Allow-Methods'] = kind === 'public' ? 'GET, HEAD, OPTIONS' : 'GET, POST, OPTIONS';
        cors['Access-Control-Allow-Headers'] = kind === 'moderation' || !kind ? 'Content-Type, Authorization, Idempotency-Key' : 'Content-Type, Idempotency-Key';
        cors['Access-Control-Max-Age'] = '600';
      }
      return c.body(null, 204, cors);
    }
    if (!originOk) return jsonError(c, 403, 'origin_not_allowed', 'This origin may not write to this server.');
    for (const [k, v] of Object.entries(cors)) c.header(k, v);
    if (kind === 'public') c.header('Access-Control-Expose-Headers', 'ETag');
    else if (kind === 'visitor') c.header('Access-Control-Expose-Headers', 'Retry-After');
    await next();
  });

  app.onError((err, c) => {
    if (err instanceof HttpError) return jsonError(c, err.status, err.code, err.message, err.extra, err.headers);
    console.error(`peerkit: internal error: ${err instanceof Error ? err.message : String(err)}`);
    return jsonError(c, 500, 'internal', 'Something went wrong on the server.');
  });

  // --- routes, in the order they are matched (and listed in the OpenAPI document) ---------------
  const routes: Routes = {app, doc, store, config, now, privacy, write: writer(store, privacy), guardLookup: lookupGuard(store, privacy)};
  feedRoutes(routes);
  hsdsRoutes(routes);
  formTokenRoutes(routes);
  questionRoutes(routes);
  storyRoutes(routes);
  moderationRoutes(routes);

  // --- OpenAPI ----------------------------------------------------------------------------------
  let openapi: unknown;
  app.get('/api/openapi.json', (c) => {
    openapi ??= openApiDocument(docs);
    return c.json(openapi as object);
  });

  app.get('/api/health', async (c) => {
    await ping(store.db);
    return c.json({ok: true});
  });

  app.all('/api/*', (c) => jsonError(c, 404, 'not_found', 'No such API route.'));

  if (options.root) serveStatic(app, options.root);

  return {app, privacy};
}
