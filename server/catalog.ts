/**
 * Meetings and services: import (per-record validation, all-or-nothing per run) and the reads behind
 * the Meeting Guide feed and the HSDS API.
 */
import {createHash} from 'node:crypto';
import {gzipSync} from 'node:zlib';
import type {Kysely} from 'kysely';
import type {z} from 'zod';
import {type DB, type Store, type TaxonomyTermTable, bumpRevision} from './db.js';
import {MeetingImport, ServiceImport, type MeetingRecord, type ServiceRecord} from './schemas.js';
import {fold} from '../src/model/text.js';
import {searchAlternatives} from '../src/model/search-synonyms.js';

export interface ImportReport {
  imported: number;
  rejected: {index: number; id?: string; reasons: string[]}[];
}

const issueText = (e: z.ZodError) => e.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message));

function idOf(raw: unknown, key: string): string | undefined {
  if (raw && typeof raw === 'object' && key in raw) {
    const v = (raw as Record<string, unknown>)[key];
    if (typeof v === 'string' || typeof v === 'number') return String(v);
  }
  return undefined;
}

/**
 * An import's records sorted: the valid ones in order, and each other one reported with its reasons
 * (it does not match `schema`, its `key` was seen before in the file, or what `problem` says).
 */
function screen<T>(list: unknown[], schema: z.ZodType<T>, key: string, keyOf: (r: T) => string, problem?: (r: T) => string | undefined) {
  const rejected: ImportReport['rejected'] = [];
  const seen = new Set<string>();
  const good: T[] = [];
  list.forEach((raw, index) => {
    const r = schema.safeParse(raw);
    if (!r.success) return rejected.push({index, id: idOf(raw, key), reasons: issueText(r.error)});
    const id = keyOf(r.data);
    const why = seen.has(id) ? `duplicate ${key} "${id}"` : problem?.(r.data);
    if (why) return rejected.push({index, id, reasons: [why]});
    seen.add(id);
    good.push(r.data);
  });
  return {good, rejected};
}

/** Runs `fn` in a transaction, or in the caller's when `store.db` already is one (the demo seed). */
const inTransaction = <T>(store: Store, fn: (trx: Kysely<DB>) => Promise<T>): Promise<T> => (store.db.isTransaction ? fn(store.db) : store.db.transaction().execute(fn));

const nowStamp = (d: Date) => d.toISOString().slice(0, 19).replace('T', ' ');

/** Drops undefined and null values so the feed carries only what is known. */
function clean<T extends Record<string, unknown>>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null)) as T;
}

/**
 * Imports Meeting Guide records. Valid ones replace a meeting with the same slug; invalid ones are
 * reported with reasons. One transaction per run. `replace` removes meetings absent from the file.
 */
export async function importMeetings(store: Store, input: unknown, options: {replace?: boolean; defaultTimezone?: string; now?: Date} = {}): Promise<ImportReport> {
  if (!Array.isArray(input)) return {imported: 0, rejected: [{index: -1, reasons: ['the file is not a JSON array of meetings']}]};
  const noZone = (m: MeetingRecord) => (!m.timezone && !options.defaultTimezone && m.time ? 'timezone: missing (and no default time zone given)' : undefined);
  const {good, rejected} = screen(input, MeetingImport, 'slug', (m) => String(m.slug), noZone);
  const updated = nowStamp(options.now ?? new Date());
  await inTransaction(store, async (trx) => {
    if (options.replace) await trx.deleteFrom('meetings').execute();
    for (const m of good) {
      const record = clean({...m, timezone: m.timezone ?? (m.time ? options.defaultTimezone : undefined), updated: m.updated ?? updated});
      const data = JSON.stringify(record);
      await trx
        .insertInto('meetings')
        .values({slug: String(m.slug), name: m.name, data, updated_at: updated})
        .onConflict((oc) => oc.column('slug').doUpdateSet({name: m.name, data, updated_at: updated}))
        .execute();
    }
    await bumpRevision(trx, 'meetings_rev', store.dialect);
  });
  store.revisions.changed();
  return {imported: good.length, rejected};
}

/** The feed body and its ETag, cached per revision so a read costs one tiny query. */
interface Feed {
  body: Uint8Array<ArrayBuffer>;
  /** The same body gzipped once per revision, for clients that accept it. */
  gzip: Uint8Array<ArrayBuffer>;
  etag: string;
}
let feedCache: (Feed & {key: string}) | undefined;
export async function meetingsFeed(store: Store): Promise<Feed> {
  const rev = await store.revisions.get('meetings_rev');
  const key = `${store.file ?? 'db'}:${rev}`;
  if (feedCache?.key === key) return feedCache;
  const rows = await store.db.selectFrom('meetings').select(['data']).orderBy('slug').execute();
  const body = new Uint8Array(Buffer.from(`[${rows.map((r) => r.data).join(',')}]`, 'utf8'));
  const etag = `"mg-${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;
  feedCache = {key, body, gzip: new Uint8Array(gzipSync(body, {level: 9})), etag};
  return feedCache;
}

// --- HSDS ----------------------------------------------------------------------------------------

function termsOf(s: ServiceRecord): TaxonomyTermTable[] {
  const out: TaxonomyTermTable[] = [];
  for (const a of s.attributes ?? []) {
    const t = a.taxonomy_term;
    if (!t) continue;
    out.push({id: String(t.id), code: t.code ?? null, name: t.name, description: t.description ?? null, parent_id: t.parent_id ? String(t.parent_id) : null, taxonomy: t.taxonomy ?? null});
  }
  return out;
}

function searchTextOf(s: ServiceRecord): string {
  const org = s.organization?.name ?? '';
  const alt = typeof (s as Record<string, unknown>).alternate_name === 'string' ? (s as Record<string, unknown>).alternate_name : '';
  return fold([s.name, alt, s.description ?? '', org, ...termsOf(s).map((t) => t.name)].join(' \n '));
}

/** Imports an HSDS export (an array of fully nested services). Same rules as meetings. */
export async function importServices(store: Store, input: unknown, options: {replace?: boolean; now?: Date} = {}): Promise<ImportReport> {
  const list = Array.isArray(input) ? input : input && typeof input === 'object' && Array.isArray((input as {contents?: unknown}).contents) ? (input as {contents: unknown[]}).contents : undefined;
  if (!list) return {imported: 0, rejected: [{index: -1, reasons: ['the file is not a JSON array of services (or an HSDS page)']}]};
  const {good, rejected} = screen(list, ServiceImport, 'id', (s) => s.id);
  const updated = (options.now ?? new Date()).toISOString();
  await inTransaction(store, async (trx) => {
    if (options.replace) {
      await trx.deleteFrom('service_taxonomy').execute();
      await trx.deleteFrom('services').execute();
    }
    for (const s of good) {
      const data = JSON.stringify(s);
      const search_text = searchTextOf(s);
      await trx
        .insertInto('services')
        .values({id: s.id, name: s.name, search_text, data, updated_at: updated})
        .onConflict((oc) => oc.column('id').doUpdateSet({name: s.name, search_text, data, updated_at: updated}))
        .execute();
      await trx.deleteFrom('service_taxonomy').where('service_id', '=', s.id).execute();
      const terms = termsOf(s);
      for (const t of terms) {
        await trx
          .insertInto('taxonomy_terms')
          .values(t)
          .onConflict((oc) => oc.column('id').doUpdateSet({name: t.name, code: t.code, description: t.description, parent_id: t.parent_id, taxonomy: t.taxonomy}))
          .execute();
      }
      const ids = [...new Set(terms.map((t) => t.id))];
      if (ids.length) await trx.insertInto('service_taxonomy').values(ids.map((taxonomy_term_id) => ({service_id: s.id, taxonomy_term_id}))).execute();
    }
    // Every instance's prepared HSDS pages are for the previous revision now.
    await bumpRevision(trx, 'services_rev', store.dialect);
  });
  store.revisions.changed();
  return {imported: good.length, rejected};
}

export interface ServiceQuery {
  search?: string;
  taxonomy_term_id?: string;
  page: number;
  per_page: number;
}

function serviceFilter(db: Kysely<DB>, q: ServiceQuery) {
  let query = db.selectFrom('services');
  for (const word of fold(q.search ?? '').split(/\s+/).filter(Boolean).slice(0, 8)) {
    // A medication's brand name finds services listed under its generic name, and back (model/search-synonyms.ts).
    const alternatives = searchAlternatives(word).map((w) => `%${w.replace(/[%_\\]/g, '')}%`);
    query = query.where((eb) => eb.or(alternatives.map((a) => eb('search_text', 'like', a))));
  }
  if (q.taxonomy_term_id) {
    const ids = q.taxonomy_term_id.split(',').map((s) => s.trim()).filter(Boolean);
    query = query.where('id', 'in', db.selectFrom('service_taxonomy').select('service_id').where('taxonomy_term_id', 'in', ids));
  }
  return query;
}

/** A page of services (nested data parsed), plus the total. */
export async function findServices(store: Store, q: ServiceQuery): Promise<{total: number; items: Record<string, unknown>[]}> {
  const base = serviceFilter(store.db, q);
  const countRow = await base.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirst();
  const rows = await base
    .select(['data'])
    .orderBy('name')
    .orderBy('id')
    .limit(q.per_page)
    .offset((q.page - 1) * q.per_page)
    .execute();
  return {total: Number(countRow?.n ?? 0), items: rows.map((r) => JSON.parse(r.data) as Record<string, unknown>)};
}

export async function getService(store: Store, id: string): Promise<Record<string, unknown> | undefined> {
  const row = await store.db.selectFrom('services').select('data').where('id', '=', id).executeTakeFirst();
  return row ? (JSON.parse(row.data) as Record<string, unknown>) : undefined;
}

export async function listTaxonomyTerms(store: Store, q: {search?: string; page: number; per_page: number}) {
  let query = store.db.selectFrom('taxonomy_terms');
  if (q.search) query = query.where('name', 'like', `%${q.search.replace(/[%_\\]/g, '')}%`);
  const countRow = await query.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirst();
  const rows = await query
    .selectAll()
    .orderBy('name')
    .limit(q.per_page)
    .offset((q.page - 1) * q.per_page)
    .execute();
  return {total: Number(countRow?.n ?? 0), items: rows};
}

export function page<T>(items: T[], total: number, pageNumber: number, size: number) {
  const total_pages = Math.max(1, Math.ceil(total / size));
  return {total_items: total, total_pages, page_number: pageNumber, size, first_page: pageNumber === 1, last_page: pageNumber >= total_pages, empty: items.length === 0, contents: items};
}

/** A list item: without phones, schedules and locations unless `full`. */
export function listItem(s: Record<string, unknown>, full: boolean): Record<string, unknown> {
  if (full) return s;
  const rest = {...s};
  delete rest.phones;
  delete rest.schedules;
  delete rest.service_at_locations;
  return rest;
}

/** service_at_location rows for a page of services: one per (service, location), nested both ways. */
export function serviceAtLocations(services: Record<string, unknown>[]): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const s of services) {
    const sals = Array.isArray(s.service_at_locations) ? (s.service_at_locations as Record<string, unknown>[]) : [];
    const service = {...s};
    delete service.service_at_locations;
    for (const sal of sals) out.push({...sal, service_id: s.id, location_id: (sal.location as {id?: string} | null)?.id ?? null, service, location: sal.location ?? null});
  }
  return out;
}
