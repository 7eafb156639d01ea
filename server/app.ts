/**
 * The reference server as a Hono app: standard feeds (Meeting Guide, HSDS), questions, stories,
 * moderation, the OpenAPI document, and the demo site and CDN bundle as static files.
 * Handlers are stateless: everything shared lives in the database.
 */
import {timingSafeEqual} from 'node:crypto';
import {Hono, type Context, type MiddlewareHandler} from 'hono';
import type {HttpBindings} from '@hono/node-server';
import {sql} from 'kysely';
import type {z} from 'zod';
import type {Store} from './db.js';
import type {ServerConfig} from './config.js';
import {Privacy, codeHash, sha256hex} from './privacy.js';
import {HttpError, jsonError, readJson, readQuery, send} from './http.js';
import {API_CSP, HSTS} from './headers.js';
import {writer} from './writes.js';
import {eraseWithdrawnKeys, insertStory, openStory, queuedStoryPhoto, storyPhoto, storyRows, updateStoryText, visibleStories, withdrawStory, type StoryRow} from './store/stories.js';
import type {StoryText} from './seal.js';
import {ResponseCache} from './cache.js';
import * as S from './schemas.js';
import {meetingsFeed, findServices, getService, listTaxonomyTerms, page, listItem, serviceAtLocations} from './catalog.js';
import {detectCrisis} from '../src/model/crisis.js';
import {openApiDocument, type RouteDoc} from './openapi.js';
import {serveStatic} from './static.js';

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

type Env = {Bindings: HttpBindings; Variables: {moderator: string}};

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const WRITE_LIMIT = 16 * 1024;
const STORY_LIMIT = 700 * 1024;
const YEAR_MS = 365.25 * 86_400_000;
/** A row id from a path: 1 to 2^31 − 1 written plainly (PostgreSQL's `serial`), else undefined (a 404, not a database error). */
const rowId = (p: string): number | undefined => (/^[1-9]\d{0,9}$/.test(p) && Number(p) <= 2_147_483_647 ? Number(p) : undefined);

export function createApp(options: AppOptions) {
  const {store, config} = options;
  const db = store.db;
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
  // Control characters in the (decoded) path are written percent-encoded: a request for
  // `/x%0AGET%20/admin` cannot forge a second log line.
  const printable = (p: string) => p.replace(/[\x00-\x1f\x7f-\x9f\u2028\u2029]/g, (ch) => encodeURIComponent(ch));
  app.use('*', async (c, next) => {
    const t0 = performance.now();
    await next();
    log(`${c.req.method} ${printable(c.req.path)} ${c.res.status} ${Math.round(performance.now() - t0)}ms`);
  });

  /** The last value of a forwarded header (the one our own proxy appended), as with X-Forwarded-For. */
  const forwarded = (c: Context, name: string) => c.req.header(name)?.split(',').map((s) => s.trim()).filter(Boolean).pop();
  /** Served over HTTPS: the configured public URL says so, or the trusted proxy does, or the socket is TLS. */
  const isHttps = (c: Context<Env>) =>
    config.publicUrl ? config.publicUrl.startsWith('https:') : (config.trustProxy && forwarded(c, 'x-forwarded-proto') === 'https') || !!(c.env?.incoming?.socket as {encrypted?: boolean} | undefined)?.encrypted;

  // Headers are set before the handler runs: setting them afterwards makes Hono copy the response.
  app.use('*', async (c, next) => {
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    if (isHttps(c)) c.header('Strict-Transport-Security', HSTS);
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
  /** The origin visitors use: PEERKIT_PUBLIC_URL; else, behind a trusted proxy, the last X-Forwarded-Proto/Host. */
  const ownOrigin = (c: Context) => {
    if (config.publicUrl) return config.publicUrl;
    const u = new URL(c.req.url);
    if (!config.trustProxy) return u.origin;
    const proto = forwarded(c, 'x-forwarded-proto');
    const host = forwarded(c, 'x-forwarded-host');
    const scheme = proto === 'https' || proto === 'http' ? proto : u.protocol.slice(0, -1);
    return `${scheme}://${host && /^[A-Za-z0-9.:[\]-]+$/.test(host) ? host : u.host}`;
  };
  const VISITOR_WRITES = new Set(['POST /api/v1/questions', 'POST /api/v1/questions/lookup', 'POST /api/v1/stories', 'POST /api/v1/stories/withdraw', 'GET /api/v1/form-token']);
  /** 'public' (any origin, `*`), 'visitor' (a visitor write) or 'moderation'; undefined: not allowed cross-origin. */
  const corsClass = (path: string, method: string) => {
    const p = path.replace(/\/+$/, '');
    if (p.startsWith('/api/v1/moderation')) return 'moderation';
    if (VISITOR_WRITES.has(`${method} ${p}`)) return 'visitor';
    return method === 'GET' || method === 'HEAD' ? 'public' : undefined;
  };
  app.use('/api/*', async (c, next) => {
    const origin = c.req.header('origin');
    const preflight = c.req.method === 'OPTIONS';
    const method = preflight ? (c.req.header('access-control-request-method') ?? 'GET').toUpperCase() : c.req.method;
    const kind = corsClass(c.req.path, method);
    const listed = !origin || origin === ownOrigin(c) || allowed.has(origin);
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

  const clientIp = (c: Context<Env>): string | undefined => {
    if (config.trustProxy) {
      const xff = c.req.header('x-forwarded-for');
      const last = xff?.split(',').map((s) => s.trim()).filter(Boolean).pop();
      if (last) return last;
    }
    return c.env?.incoming?.socket?.remoteAddress;
  };

  // --- feeds --------------------------------------------------------------------------------------
  doc({method: 'get', path: '/api/v1/meetings', summary: 'Meeting Guide feed (JSON array); ETag and If-None-Match supported', tags: ['feeds'], responses: {200: S.MeetingFeed}});
  app.get('/api/v1/meetings', async (c) => {
    const feed = await meetingsFeed(store);
    c.header('ETag', feed.etag);
    c.header('Cache-Control', 'public, max-age=0, must-revalidate');
    const inm = c.req.header('if-none-match');
    if (inm && inm.split(',').some((t) => t.trim().replace(/^W\//, '') === feed.etag)) return c.body(null, 304);
    c.header('Content-Type', 'application/json; charset=utf-8');
    c.header('Vary', 'Accept-Encoding');
    if (/\bgzip\b/.test(c.req.header('accept-encoding') ?? '')) {
      c.header('Content-Encoding', 'gzip');
      return c.body(feed.gzip, 200);
    }
    return c.body(feed.body, 200);
  });

  /**
   * The origin written into responses (openapi_url, photo_url), never a name a client made up:
   * PEERKIT_PUBLIC_URL; else, behind a trusted proxy, what it forwarded; else the Host header only
   * when it names the address the request came in on (or localhost), otherwise that address.
   */
  const publicOrigin = (c: Context<Env>) => {
    if (config.publicUrl || config.trustProxy) return ownOrigin(c);
    const u = new URL(c.req.url);
    const socket = c.env?.incoming?.socket;
    if (!socket?.localAddress || !socket.localPort) return u.origin;
    const local = socket.localAddress.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '');
    const host = u.hostname.replace(/^\[|\]$/g, '');
    const port = Number(u.port || (u.protocol === 'https:' ? 443 : 80));
    if ((host === local || host === 'localhost') && port === socket.localPort) return u.origin;
    return `${u.protocol}//${local.includes(':') ? `[${local}]` : local}:${socket.localPort}`;
  };

  // Prepared HSDS pages, per import revision (see cache.ts).
  const hsdsCache = new ResponseCache();
  const servicesRev = () => store.revisions.get('services_rev');
  const cached = async (c: Context, route: string, q: unknown, build: () => Promise<{status: 200 | 404; data: unknown}>) => hsdsCache.serve(c, JSON.stringify([route, q]), await servicesRev(), build);
  const checked = <T extends z.ZodType>(schema: T, data: z.input<T>) => {
    const r = schema.safeParse(data);
    if (!r.success) throw new Error(`response does not match its schema: ${r.error.issues.map((i) => i.path.join('.') + ' ' + i.message).join('; ')}`);
    return r.data;
  };

  doc({method: 'get', path: '/api/hsds/', summary: 'HSDS API root', tags: ['hsds'], responses: {200: S.HsdsRoot}});
  const hsdsRoot = (c: Context) => send(c, S.HsdsRoot, {version: '3.1.1', profile: 'https://openreferral.org/imls/hsds/', openapi_url: `${publicOrigin(c)}/api/openapi.json`});
  app.get('/api/hsds', hsdsRoot);
  app.get('/api/hsds/', hsdsRoot);

  const ServicePage = S.hsdsPage(S.HsdsService, 'HsdsServicePage');
  doc({method: 'get', path: '/api/hsds/services', summary: 'A page of services (phones, schedules and locations only with full=true); ETag and If-None-Match, gzip', tags: ['hsds'], query: S.HsdsListQuery, responses: {200: ServicePage}});
  app.get('/api/hsds/services', async (c) => {
    const q = readQuery(c, S.HsdsListQuery);
    return cached(c, 'services', q, async () => {
      const {total, items} = await findServices(store, q);
      const full = q.full === 'true' || q.full === '1';
      return {status: 200, data: checked(ServicePage, page(items.map((s) => listItem(s, full)) as z.input<typeof S.HsdsService>[], total, q.page, q.per_page))};
    });
  });

  doc({method: 'get', path: '/api/hsds/services/{id}', summary: 'One fully nested service; ETag and If-None-Match, gzip', tags: ['hsds'], responses: {200: S.HsdsService, 404: S.ErrorBody}});
  app.get('/api/hsds/services/:id', async (c) => {
    const id = c.req.param('id');
    if (id.includes('\0') || id.length > 200) return jsonError(c, 404, 'not_found', 'No service with this id.');
    return cached(c, 'service', id, async () => {
      const s = await getService(store, id);
      if (!s) return {status: 404, data: {error: 'not_found', message: 'No service with this id.'}};
      return {status: 200, data: checked(S.HsdsService, s as z.input<typeof S.HsdsService>)};
    });
  });

  const SalPage = S.hsdsPage(S.HsdsServiceAtLocation, 'HsdsServiceAtLocationPage');
  doc({method: 'get', path: '/api/hsds/service_at_locations', summary: 'A page of service-at-location records with nested service and location', tags: ['hsds'], query: S.HsdsListQuery, responses: {200: SalPage}});
  app.get('/api/hsds/service_at_locations', async (c) => {
    const q = readQuery(c, S.HsdsListQuery);
    return cached(c, 'service_at_locations', q, async () => {
      const all = await findServices(store, {...q, page: 1, per_page: 100_000});
      const rows = serviceAtLocations(all.items);
      const slice = rows.slice((q.page - 1) * q.per_page, q.page * q.per_page);
      return {status: 200, data: checked(SalPage, page(slice as z.input<typeof S.HsdsServiceAtLocation>[], rows.length, q.page, q.per_page))};
    });
  });

  const TermPage = S.hsdsPage(S.HsdsTaxonomyTerm, 'HsdsTaxonomyTermPage');
  doc({method: 'get', path: '/api/hsds/taxonomy_terms', summary: 'A page of taxonomy terms', tags: ['hsds'], query: S.HsdsListQuery, responses: {200: TermPage}});
  app.get('/api/hsds/taxonomy_terms', async (c) => {
    const q = readQuery(c, S.HsdsListQuery);
    return cached(c, 'taxonomy_terms', q, async () => {
      const {total, items} = await listTaxonomyTerms(store, q);
      return {status: 200, data: checked(TermPage, page(items, total, q.page, q.per_page))};
    });
  });

  // --- privacy: form token and the write pipeline ---------------------------------------------------
  doc({method: 'get', path: '/api/v1/form-token', summary: 'A signed render timestamp that writes carry as form_token, and how long (min_submit_ms) the form must wait before sending with it', tags: ['privacy'], responses: {200: S.FormTokenResponse}});
  app.get('/api/v1/form-token', async (c) => {
    c.header('Cache-Control', 'no-store');
    return send(c, S.FormTokenResponse, await privacy.formToken());
  });

  const write = writer(store, privacy);

  async function guardLookup(c: Context<Env>) {
    if (!config.lookupLimit) return;
    const t = await privacy.take(db, 'lookup', await privacy.clientKey(clientIp(c)), config.lookupLimit);
    if (!t.ok) throw new HttpError(429, 'rate_limited', 'Too many lookups from your network; try again in a few minutes.', {}, {'Retry-After': String(t.retryAfterS)});
  }

  // --- questions ------------------------------------------------------------------------------------
  doc({method: 'post', path: '/api/v1/questions', summary: 'Ask a question anonymously; returns a private receipt code', tags: ['questions'], body: S.QuestionCreate, responses: {201: S.QuestionCreated, 400: S.ErrorBody, 409: S.ErrorBody, 413: S.ErrorBody, 415: S.ErrorBody, 429: S.ErrorBody}});
  app.post('/api/v1/questions', async (c) => {
    c.header('Cache-Control', 'no-store');
    const body = await readJson(c, S.QuestionCreate, WRITE_LIMIT);
    const urgent = detectCrisis(`${body.topic ?? ''} ${body.body}`, config.crisisTerms).length > 0;
    const receipt = await write({
      kind: 'q',
      body,
      content: {body: body.body, topic: body.topic ?? null, publish_ok: body.publish_ok, lang: body.lang ?? null},
      clientIp: clientIp(c),
      insert: async (trx, h) => {
        await trx
          .insertInto('questions')
          .values({
            idem_hash: h.idem_hash,
            receipt_hash: h.code_hash,
            body_hash: h.body_hash,
            body: body.body,
            topic: body.topic ?? null,
            lang: body.lang ?? null,
            publish_ok: body.publish_ok ? 1 : 0,
            urgent: urgent ? 1 : 0,
            status: 'pending',
            answer: null,
            answered_by_role: null,
            answered_on: null,
            published_on: null,
            created_on: day(now()),
          })
          .execute();
      },
    });
    return send(c, S.QuestionCreated, {receipt, status: 'pending'}, 201);
  });

  doc({method: 'post', path: '/api/v1/questions/lookup', summary: 'Read the status and answer of a question with its receipt (POST keeps the code out of logs)', tags: ['questions'], body: S.QuestionLookup, responses: {200: S.QuestionLookupResult, 404: S.ErrorBody, 429: S.ErrorBody}});
  app.post('/api/v1/questions/lookup', async (c) => {
    c.header('Cache-Control', 'no-store');
    const body = await readJson(c, S.QuestionLookup, WRITE_LIMIT);
    await guardLookup(c);
    const row = await db.selectFrom('questions').select(['status', 'answer', 'answered_on', 'answered_by_role']).where('receipt_hash', '=', codeHash(body.receipt)).executeTakeFirst();
    if (!row) return jsonError(c, 404, 'not_found', 'No question matches this code.');
    const answered = (row.status === 'answered' || row.status === 'published') && row.answer;
    return send(c, S.QuestionLookupResult, {
      status: row.status as z.infer<typeof S.QuestionStatus>,
      ...(answered ? {answer: row.answer!, answered_at: row.answered_on ?? undefined, answered_by_role: (row.answered_by_role ?? 'peer') as 'peer' | 'clinician'} : {}),
    });
  });

  doc({method: 'get', path: '/api/v1/questions', summary: 'Published questions with their answers', tags: ['questions'], query: S.PublicQuestionQuery, responses: {200: S.PublicQuestionList}});
  app.get('/api/v1/questions', async (c) => {
    const q = readQuery(c, S.PublicQuestionQuery);
    let query = db.selectFrom('questions').where('status', '=', 'published');
    if (q.topic) query = query.where('topic', '=', q.topic);
    if (q.lang) query = query.where('lang', '=', q.lang);
    for (const w of (q.search ?? '').toLowerCase().split(/\s+/).filter(Boolean).slice(0, 8)) {
      const like = `%${w.replace(/[%_\\]/g, '')}%`;
      query = query.where((eb) => eb.or([eb(eb.fn('lower', ['body']), 'like', like), eb(eb.fn('lower', ['answer']), 'like', like)]));
    }
    const total = Number((await query.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirst())?.n ?? 0);
    const rows = await query
      .select(['id', 'body', 'topic', 'answer', 'answered_by_role', 'published_on', 'lang'])
      .orderBy('published_on', 'desc')
      .orderBy('id', 'desc')
      .limit(q.per_page)
      .offset((q.page - 1) * q.per_page)
      .execute();
    return send(c, S.PublicQuestionList, {
      items: rows.map((r) => ({id: Number(r.id), body: r.body, ...(r.topic ? {topic: r.topic} : {}), answer: r.answer ?? '', answered_by_role: (r.answered_by_role ?? 'peer') as 'peer' | 'clinician', published_on: r.published_on ?? '', ...(r.lang ? {lang: r.lang as 'en' | 'es'} : {})})),
      total,
      page: q.page,
      per_page: q.per_page,
    });
  });

  // --- stories ------------------------------------------------------------------------------------
  const MAGIC: Record<string, (b: Buffer) => boolean> = {
    jpeg: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
    png: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
    webp: (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP',
  };

  doc({method: 'post', path: '/api/v1/stories', summary: 'Share a recovery story (moderated); returns a withdrawal code', tags: ['stories'], body: S.StoryCreate, responses: {201: S.StoryCreated, 400: S.ErrorBody, 409: S.ErrorBody, 410: S.ErrorBody, 413: S.ErrorBody, 415: S.ErrorBody, 429: S.ErrorBody}});
  app.post('/api/v1/stories', async (c) => {
    c.header('Cache-Control', 'no-store');
    const body = await readJson(c, S.StoryCreate, STORY_LIMIT);
    let photo: {bytes: Buffer; type: string; alt: string} | undefined;
    if (body.photo) {
      const m = /^data:image\/(jpeg|png|webp);base64,(.*)$/.exec(body.photo.data_url)!;
      const bytes = Buffer.from(m[2], 'base64');
      if (bytes.length > S.PHOTO_MAX_BYTES) throw new HttpError(413, 'photo_too_large', 'The photo is larger than 400 KB.');
      if (!MAGIC[m[1]](bytes)) throw new HttpError(400, 'invalid_request', `The photo is not a ${m[1].toUpperCase()} image.`, {issues: [{path: 'photo.data_url', message: 'content does not match the declared type'}]});
      photo = {bytes, type: `image/${m[1]}`, alt: body.photo.alt};
    }
    const code = await write({
      kind: 's',
      body,
      content: {
        title: body.title,
        body: body.body,
        name: body.name,
        recovery_months: body.recovery_months ?? null,
        content_warnings: body.content_warnings,
        consent: body.consent.duration,
        photo: photo ? {sha256: sha256hex(photo.bytes), type: photo.type, alt: photo.alt} : null,
        lang: body.lang ?? null,
      },
      clientIp: clientIp(c),
      insert: (trx, h) =>
        insertStory(trx, {
          idem_hash: h.idem_hash,
          withdraw_hash: h.code_hash,
          body_hash: h.body_hash,
          text: {title: body.title, body: body.body, name: body.name, ...(body.recovery_months !== undefined ? {recovery_months: body.recovery_months} : {}), ...(photo ? {photo_alt: photo.alt} : {})},
          photo,
          content_warnings: body.content_warnings,
          consent_duration: body.consent.duration,
          status: 'pending',
          lang: body.lang ?? null,
          created_on: day(now()),
          approved_at: null,
          live_from: null,
          expires_at: null,
        }),
    });
    return send(c, S.StoryCreated, {withdraw_code: code, status: 'pending'}, 201);
  });

  doc({method: 'post', path: '/api/v1/stories/withdraw', summary: 'Withdraw a story with its code: removed at once; its key, text and photo deleted', tags: ['stories'], body: S.StoryWithdraw, responses: {200: S.StoryWithdrawn, 404: S.ErrorBody, 429: S.ErrorBody}});
  app.post('/api/v1/stories/withdraw', async (c) => {
    c.header('Cache-Control', 'no-store');
    const body = await readJson(c, S.StoryWithdraw, WRITE_LIMIT);
    await guardLookup(c);
    if (!(await withdrawStory(store, codeHash(body.withdraw_code)))) return jsonError(c, 404, 'not_found', 'No story matches this code.');
    return send(c, S.StoryWithdrawn, {withdrawn: true});
  });

  doc({method: 'get', path: '/api/v1/stories', summary: 'Published stories: approved, past the cooling-off period, consent not expired', tags: ['stories'], query: S.PublicStoryQuery, responses: {200: S.PublicStoryList}});
  app.get('/api/v1/stories', async (c) => {
    const q = readQuery(c, S.PublicStoryQuery);
    let query = visibleStories(db, new Date(now()).toISOString());
    // A story whose language is not known is in every language's list: hiding it would be worse.
    if (q.lang) query = query.where((eb) => eb.or([eb('stories.lang', '=', q.lang!), eb('stories.lang', 'is', null)]));
    const rows = await query.orderBy('stories.live_from', 'desc').orderBy('stories.id', 'desc').limit(200).execute();
    c.header('Cache-Control', 'no-cache');
    const base = `${publicOrigin(c)}/api/`;
    return send(c, S.PublicStoryList, {
      items: rows.map(openStory).map((r) => ({
        id: Number(r.id),
        title: r.title,
        body: r.body,
        name: r.name,
        ...(r.recovery_months != null ? {recovery_months: Number(r.recovery_months)} : {}),
        content_warnings: JSON.parse(r.content_warnings),
        ...(r.photo_type ? {photo_url: `${base}v1/stories/${r.id}/photo`, photo_alt: r.photo_alt ?? ''} : {}),
        published_on: (r.live_from ?? '').slice(0, 10),
        ...(r.lang ? {lang: r.lang as 'en' | 'es'} : {}),
      })),
    });
  });

  doc({method: 'get', path: '/api/v1/stories/{id}/photo', summary: 'The photo of a published story (image bytes)', tags: ['stories'], responses: {200: null, 404: S.ErrorBody}});
  app.get('/api/v1/stories/:id/photo', async (c) => {
    const id = rowId(c.req.param('id'));
    if (id === undefined) return jsonError(c, 404, 'not_found', 'No such photo.');
    const photo = await storyPhoto(db, id, new Date(now()).toISOString());
    if (!photo) return jsonError(c, 404, 'not_found', 'No such photo.');
    return c.body(new Uint8Array(photo.bytes), 200, {'Content-Type': photo.type, 'Cache-Control': 'no-cache', 'Content-Length': String(photo.bytes.length)});
  });

  // --- moderation ---------------------------------------------------------------------------------
  const requireModerator: MiddlewareHandler<Env> = async (c, next) => {
    const m = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '');
    if (m) {
      const hash = sha256hex(m[1]);
      const row = await db.selectFrom('moderators').select(['name', 'token_hash']).where('token_hash', '=', hash).executeTakeFirst();
      if (row && timingSafeEqual(Buffer.from(row.token_hash), Buffer.from(hash))) {
        c.set('moderator', row.name);
        c.header('Cache-Control', 'no-store');
        return next();
      }
    }
    c.header('WWW-Authenticate', 'Bearer realm="peerkit moderation"');
    return jsonError(c, 401, 'unauthorized', 'A valid moderator token is required.');
  };
  app.use('/api/v1/moderation/*', requireModerator);
  const audit = (moderator: string, action: string, target_type: string, target_id: string | number) =>
    db.insertInto('audit_log').values({at: new Date(now()).toISOString(), moderator, action, target_type, target_id: String(target_id)}).execute();

  const sec = [{bearer: []}];
  doc({method: 'get', path: '/api/v1/moderation/me', summary: 'The signed-in moderator', tags: ['moderation'], security: sec, responses: {200: S.Me, 401: S.ErrorBody}});
  app.get('/api/v1/moderation/me', (c) => send(c, S.Me, {name: c.get('moderator')}));

  type QRow = {id: number; body: string; topic: string | null; lang: string | null; publish_ok: number; urgent: number; status: string; answer: string | null; answered_by_role: string | null; created_on: string};
  const modQuestion = (r: QRow): z.input<typeof S.ModQuestion> => ({
    id: Number(r.id),
    body: r.body,
    ...(r.topic ? {topic: r.topic} : {}),
    ...(r.lang ? {lang: r.lang as 'en' | 'es'} : {}),
    publish_ok: !!Number(r.publish_ok),
    urgent: !!Number(r.urgent),
    status: r.status as z.infer<typeof S.QuestionStatus>,
    ...(r.answer ? {answer: r.answer} : {}),
    ...(r.answered_by_role ? {answered_by_role: r.answered_by_role as 'peer' | 'clinician'} : {}),
    created_on: r.created_on,
  });
  const qCols = ['id', 'body', 'topic', 'lang', 'publish_ok', 'urgent', 'status', 'answer', 'answered_by_role', 'created_on'] as const;

  doc({method: 'get', path: '/api/v1/moderation/questions', summary: 'The question queue: urgent first, then oldest first', tags: ['moderation'], security: sec, query: S.ModQuestionQuery, responses: {200: S.ModQuestionList, 401: S.ErrorBody}});
  app.get('/api/v1/moderation/questions', async (c) => {
    const q = readQuery(c, S.ModQuestionQuery);
    let query = db.selectFrom('questions').select([...qCols]);
    if (q.status !== 'all') query = query.where('status', '=', q.status);
    const rows = await query.orderBy('urgent', 'desc').orderBy('id', 'asc').limit(500).execute();
    return send(c, S.ModQuestionList, {items: rows.map(modQuestion)});
  });

  doc({method: 'post', path: '/api/v1/moderation/questions/{id}', summary: 'Answer, publish or decline a question', tags: ['moderation'], security: sec, body: S.ModQuestionAction, responses: {200: S.ModQuestionResult, 400: S.ErrorBody, 401: S.ErrorBody, 404: S.ErrorBody, 409: S.ErrorBody}});
  app.post('/api/v1/moderation/questions/:id', async (c) => {
    const id = rowId(c.req.param('id'));
    const body = await readJson(c, S.ModQuestionAction, WRITE_LIMIT);
    const row = id !== undefined ? await db.selectFrom('questions').select([...qCols]).where('id', '=', id).executeTakeFirst() : undefined;
    if (!row || id === undefined) return jsonError(c, 404, 'not_found', 'No question with this id.');
    const today = day(now());
    const patch: {status?: string; answer?: string | null; answered_by_role?: string | null; answered_on?: string | null; published_on?: string | null} = {};
    if (body.action === 'answer') {
      if (!body.answer) throw new HttpError(400, 'invalid_request', 'An answer is required.', {issues: [{path: 'answer', message: 'required for action "answer"'}]});
      Object.assign(patch, {status: row.status === 'published' ? 'published' : 'answered', answer: body.answer, answered_by_role: body.answered_by_role ?? row.answered_by_role ?? 'peer', answered_on: today});
    } else if (body.action === 'publish') {
      if (!Number(row.publish_ok)) return jsonError(c, 409, 'no_consent', 'The asker did not allow publishing this question.');
      const answer = body.answer ?? row.answer;
      if (!answer) return jsonError(c, 409, 'no_answer', 'Answer the question before publishing it.');
      Object.assign(patch, {status: 'published', answer, answered_by_role: body.answered_by_role ?? row.answered_by_role ?? 'peer', published_on: today});
      if (body.answer || !row.answer) patch.answered_on = today;
    } else {
      Object.assign(patch, {status: 'declined', published_on: null});
    }
    await db.updateTable('questions').set(patch).where('id', '=', id).execute();
    await audit(c.get('moderator'), body.action, 'question', id);
    const updated = await db.selectFrom('questions').select([...qCols]).where('id', '=', id).executeTakeFirstOrThrow();
    return send(c, S.ModQuestionResult, {item: modQuestion(updated)});
  });

  type SRow = StoryRow & StoryText;
  const modStory = (r: SRow): z.input<typeof S.ModStory> => ({
    id: Number(r.id),
    title: r.title,
    body: r.body,
    name: r.name,
    ...(r.recovery_months != null ? {recovery_months: Number(r.recovery_months)} : {}),
    content_warnings: JSON.parse(r.content_warnings),
    consent_duration: r.consent_duration as z.infer<typeof S.ConsentDuration>,
    status: r.status as z.infer<typeof S.StoryStatus>,
    has_photo: !!r.photo_type,
    ...(r.photo_alt ? {photo_alt: r.photo_alt} : {}),
    ...(r.lang ? {lang: r.lang as 'en' | 'es'} : {}),
    created_on: r.created_on,
    ...(r.live_from ? {live_from: r.live_from} : {}),
    ...(r.expires_at ? {expires_on: r.expires_at.slice(0, 10)} : {}),
  });
  const modStoryRow = async (id: number) => {
    const r = await storyRows(db).where('stories.id', '=', id).executeTakeFirst();
    return r ? openStory(r) : undefined;
  };

  doc({method: 'get', path: '/api/v1/moderation/stories', summary: 'The story queue, oldest first (withdrawn stories never appear)', tags: ['moderation'], security: sec, query: S.ModStoryQuery, responses: {200: S.ModStoryList, 401: S.ErrorBody}});
  app.get('/api/v1/moderation/stories', async (c) => {
    const q = readQuery(c, S.ModStoryQuery);
    // Withdrawn stories have no key left, so the join leaves them out.
    let query = storyRows(db).where('stories.status', '!=', 'withdrawn');
    if (q.status !== 'all') query = query.where('stories.status', '=', q.status);
    const rows = await query.orderBy('stories.id', 'asc').limit(500).execute();
    return send(c, S.ModStoryList, {items: rows.map(openStory).map(modStory)});
  });

  doc({method: 'post', path: '/api/v1/moderation/stories/{id}', summary: 'Approve (live after the cooling-off period) or reject a story, optionally with edits and content warnings', tags: ['moderation'], security: sec, body: S.ModStoryAction, responses: {200: S.ModStoryResult, 400: S.ErrorBody, 401: S.ErrorBody, 404: S.ErrorBody}});
  app.post('/api/v1/moderation/stories/:id', async (c) => {
    const id = rowId(c.req.param('id'));
    const body = await readJson(c, S.ModStoryAction, WRITE_LIMIT);
    const row = id !== undefined ? await modStoryRow(id) : undefined;
    if (!row || id === undefined || row.status === 'withdrawn') return jsonError(c, 404, 'not_found', 'No story with this id.');
    const t = now();
    const patch: Record<string, string | null> = {};
    if (body.content_warnings) patch.content_warnings = JSON.stringify([...new Set(body.content_warnings)]);
    if (body.action === 'approve') {
      const years = row.consent_duration === '1y' ? 1 : row.consent_duration === '3y' ? 3 : 0;
      Object.assign(patch, {
        status: 'approved',
        approved_at: new Date(t).toISOString(),
        live_from: new Date(t + config.coolingOffHours * 3600_000).toISOString(),
        expires_at: years ? new Date(t + years * YEAR_MS).toISOString() : null,
      });
    } else {
      Object.assign(patch, {status: 'rejected', live_from: null, approved_at: null, expires_at: null});
    }
    await db.transaction().execute(async (trx) => {
      if (body.edits?.title || body.edits?.body || body.edits?.name) {
        const text: StoryText = {title: row.title, body: row.body, name: row.name, ...(row.recovery_months != null ? {recovery_months: row.recovery_months} : {}), ...(row.photo_alt ? {photo_alt: row.photo_alt} : {})};
        await updateStoryText(trx, id, {...text, ...(body.edits.title ? {title: body.edits.title} : {}), ...(body.edits.body ? {body: body.edits.body} : {}), ...(body.edits.name ? {name: body.edits.name} : {})});
      }
      await trx.updateTable('stories').set(patch).where('id', '=', id).execute();
    });
    await audit(c.get('moderator'), body.action + (body.edits ? '+edit' : ''), 'story', id);
    return send(c, S.ModStoryResult, {item: modStory((await modStoryRow(id))!)});
  });

  doc({method: 'get', path: '/api/v1/moderation/stories/{id}/photo', summary: 'The photo of a story in the queue (any status but withdrawn), so a moderator sees it before approving', tags: ['moderation'], security: sec, responses: {200: null, 401: S.ErrorBody, 404: S.ErrorBody}});
  app.get('/api/v1/moderation/stories/:id/photo', async (c) => {
    const id = rowId(c.req.param('id'));
    const photo = id !== undefined ? await queuedStoryPhoto(db, id) : undefined;
    if (!photo) return jsonError(c, 404, 'not_found', 'No such photo.');
    // Never cached: a story not yet approved, behind a moderator's token.
    return c.body(new Uint8Array(photo.bytes), 200, {'Content-Type': photo.type, 'Cache-Control': 'no-store', 'Content-Length': String(photo.bytes.length)});
  });

  doc({method: 'get', path: '/api/v1/moderation/audit', summary: 'The audit log, newest first', tags: ['moderation'], security: sec, query: S.AuditQuery, responses: {200: S.AuditList, 401: S.ErrorBody}});
  app.get('/api/v1/moderation/audit', async (c) => {
    const q = readQuery(c, S.AuditQuery);
    const rows = await db.selectFrom('audit_log').select(['at', 'moderator', 'action', 'target_type', 'target_id']).orderBy('id', 'desc').limit(q.limit).execute();
    return send(c, S.AuditList, {items: rows});
  });

  // --- OpenAPI ----------------------------------------------------------------------------------
  let openapi: unknown;
  app.get('/api/openapi.json', (c) => {
    openapi ??= openApiDocument(docs);
    return c.json(openapi as object);
  });

  app.get('/api/health', async (c) => {
    await sql`select 1`.execute(db);
    return c.json({ok: true});
  });

  app.all('/api/*', (c) => jsonError(c, 404, 'not_found', 'No such API route.'));

  if (options.root) serveStatic(app, options.root);

  return {app, privacy};
}
