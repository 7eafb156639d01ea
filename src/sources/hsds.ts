/**
 * Open Referral HSDS 3 → `Resource`: a JSON file of fully nested services, or an HSDS API
 * (`/service_at_locations` when the API has it, else `/services?full=true`, else `/services` plus
 * `/services/{id}`). Validated with zod/mini and tolerant of real data: nulls everywhere, ids that
 * are numbers, numbers as strings, unknown enum values kept, HTML in descriptions reduced to plain
 * text, extension fields kept in `extra`. One bad record is skipped and reported, never fatal.
 */
import * as z from 'zod/mini';
import type {Address, Phone, PhoneType, Resource, ResourceIssue, ResourceLocation, Schedule, Taxonomy} from '../model/resource.js';
import {isTimeZone} from '../model/hours.js';
import {schedulesFromHsds} from '../model/hours-parse.js';
import {plainText, safeUrl} from '../model/text.js';
import {PeerFetchError, apiUrl, request, type FetchErrorKind} from '../core/fetch.js';
import {languageKey} from '../model/resource-language.js';
import {presetById, presetMatchesTerm} from '../model/resource-filter.js';
import {joinAddress} from '../model/address.js';

// ---------------------------------------------------------------------------------------------
// Tolerant field schemas

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A string (numbers become strings); blank → undefined. */
const str = z.transform((v: unknown): string | undefined => (typeof v === 'string' ? v.trim() || undefined : typeof v === 'number' && Number.isFinite(v) ? String(v) : undefined));
/** Named entities `plainText` leaves alone but feeds use. */
const MORE_ENTITIES: Record<string, string> = {mdash: '—', ndash: '–', hellip: '…', rsquo: '’', lsquo: '‘', ldquo: '“', rdquo: '”', copy: '©', reg: '®', trade: '™', middot: '·', bull: '•', eacute: 'é', aacute: 'á', iacute: 'í', oacute: 'ó', uacute: 'ú', ntilde: 'ñ', uuml: 'ü', iquest: '¿', iexcl: '¡'};
/** Text that may hold HTML: reduced to plain text. */
const text = z.transform((v: unknown): string | undefined => {
  if (typeof v !== 'string' && typeof v !== 'number') return undefined;
  const t = plainText(v);
  return t?.includes('&') ? t.replace(/&([a-z]+);/gi, (m, e: string) => MORE_ENTITIES[e] ?? MORE_ENTITIES[e.toLowerCase()] ?? m) : t;
});
/** A number, or a string holding one. */
/**
 * A short label (name, organisation, place): plain text when the value holds markup, but never
 * emptied by it: a name that is nothing but markup is kept as given (and rendered as text).
 */
const label = z.transform((v: unknown): string | undefined => {
  if (typeof v !== 'string' && typeof v !== 'number') return undefined;
  return plainText(v) ?? (String(v).trim() || undefined);
});
const num = z.transform((v: unknown): number | undefined => {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() ? Number(v.trim()) : NaN;
  return Number.isFinite(n) ? n : undefined;
});
const obj = z.transform((v: unknown): Obj | undefined => (isObj(v) ? v : undefined));
const required = (what: string) => z.pipe(str, z.string({error: `missing ${what}`}));

/** An array of `item`, dropping entries that fail (a bad phone never sinks a service). */
function list<T>(item: z.ZodMiniType<T>) {
  return z.transform((v: unknown): T[] => {
    if (!Array.isArray(v)) return [];
    const out: T[] = [];
    for (const x of v) {
      const r = item.safeParse(x);
      if (r.success) out.push(r.data);
    }
    return out;
  });
}

const LanguageSchema = z.pipe(
  z.union([z.string(), z.looseObject({name: str, code: str})]),
  z.transform((v): string | undefined => (typeof v === 'string' ? v.trim() || undefined : (v.name ?? v.code))),
);
const languages = z.transform((v: unknown): string[] => {
  const out: string[] = [];
  for (const x of Array.isArray(v) ? v : []) {
    const r = LanguageSchema.safeParse(x);
    if (r.success && r.data) out.push(r.data);
  }
  return out;
});

const PHONE_TYPES = new Set<PhoneType>(['voice', 'text', 'fax', 'cell', 'video', 'pager', 'textphone']);
const PhoneSchema = z.looseObject({
  number: z.pipe(text, z.string({error: 'missing number'})),
  extension: str,
  type: str,
  description: text,
  languages,
});

const TermSchema = z.looseObject({id: str, name: label, code: str});
const AttributeSchema = z.looseObject({taxonomy_term_id: str, taxonomy_term: z.optional(z.nullable(TermSchema)), value: str, label: str});
const AddressSchema = z.looseObject({
  address_1: label,
  address_2: label,
  city: label,
  state_province: text,
  region: text,
  postal_code: str,
  country: str,
  address_type: str,
});
const AccessibilitySchema = z.looseObject({description: text, details: text});
const LocationSchema = z.looseObject({
  id: str,
  name: label,
  location_type: str,
  latitude: num,
  longitude: num,
  transportation: text,
  addresses: list(AddressSchema),
  accessibility: list(AccessibilitySchema),
  languages,
  phones: z.transform((v: unknown) => v),
  schedules: z.transform((v: unknown) => v),
});
const OrganizationSchema = z.looseObject({id: str, name: label, website: str, url: str, email: str, phones: z.transform((v: unknown) => v)});
const CostSchema = z.looseObject({amount: num, option: text, amount_description: text, currency: str});
/** HSDS 2 `eligibility` records (`{eligibility}`), some exports' strings or `{name|description}`, or one string. */
const EligibilityItem = z.pipe(
  z.union([z.string(), z.looseObject({eligibility: text, name: text, description: text})]),
  z.transform((v): string | undefined => (typeof v === 'string' ? plainText(v) : (v.eligibility ?? v.name ?? v.description))),
);
const eligibilityRecords = z.transform((v: unknown): string[] => {
  const out: string[] = [];
  for (const x of Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]) {
    const r = EligibilityItem.safeParse(x);
    if (r.success && r.data) out.push(r.data);
  }
  return out;
});
const CapacitySchema = z.looseObject({available: num, maximum: num, unit: z.transform((v: unknown) => (isObj(v) ? plainText(v.name) : plainText(v))), description: text});
const NamedSchema = z.looseObject({name: text, document: text, description: text});
const UrlSchema = z.union([z.pipe(z.string(), z.transform((s) => ({url: s}))), z.looseObject({url: str})]);

const SERVICE_FIELDS = [
  'id', 'organization_id', 'program_id', 'name', 'alternate_name', 'description', 'url', 'email', 'status', 'interpretation_services', 'application_process',
  'fees_description', 'wait_time', 'fees', 'accreditations', 'eligibility_description', 'minimum_age', 'maximum_age', 'assured_date', 'assurer_email', 'licenses',
  'alert', 'last_modified', 'phones', 'schedules', 'service_areas', 'service_at_locations', 'languages', 'organization', 'funding', 'cost_options', 'program',
  'required_documents', 'contacts', 'capacities', 'attributes', 'metadata', 'additional_urls', 'taxonomy_terms', 'locations', 'eligibility',
];
const KNOWN_FIELDS = new Set<string>(SERVICE_FIELDS);

const ServiceSchema = z.looseObject({
  id: required('id'),
  name: z.pipe(label, z.string({error: 'missing name'})),
  alternate_name: label,
  description: text,
  url: str,
  email: str,
  status: str,
  interpretation_services: text,
  application_process: text,
  fees_description: text,
  fees: text,
  eligibility_description: text,
  minimum_age: num,
  maximum_age: num,
  assured_date: str,
  alert: text,
  last_modified: str,
  phones: z.transform((v: unknown) => v),
  schedules: z.transform((v: unknown) => v),
  service_at_locations: z.transform((v: unknown): Obj[] => (Array.isArray(v) ? v.filter(isObj) : [])),
  languages,
  organization: obj,
  cost_options: list(CostSchema),
  eligibility: eligibilityRecords,
  service_areas: list(NamedSchema),
  required_documents: list(NamedSchema),
  capacities: list(CapacitySchema),
  attributes: list(AttributeSchema),
  taxonomy_terms: list(TermSchema),
  additional_urls: list(UrlSchema),
});
type ServiceRaw = z.output<typeof ServiceSchema>;

// ---------------------------------------------------------------------------------------------
// Mapping

const TZ_KEYS = ['timezone', 'time_zone', 'tz', 'x_timezone', 'x_peerkit_timezone'];
function locationZone(l: Obj | undefined): string | undefined {
  if (!l) return undefined;
  for (const k of TZ_KEYS) if (isTimeZone(l[k])) return l[k] as string;
  return undefined;
}

function phonesOf(raw: unknown): Phone[] {
  if (!Array.isArray(raw)) return [];
  const out: Phone[] = [];
  for (const x of raw) {
    const r = PhoneSchema.safeParse(x);
    if (!r.success) continue;
    const p = r.data;
    // The spec's own example sends "\"+44 1234 234567\"": quotes around a number are not part of it.
    const number = /^["'“”‘’]|["'“”‘’]$/.test(p.number) ? p.number.replace(/^["'“”‘’\s]+|["'“”‘’\s]+$/g, '') : p.number;
    if (!number) continue;
    const type = (p.type?.toLowerCase() ?? 'voice') as PhoneType;
    const phone: Phone = {number, type: PHONE_TYPES.has(type) ? type : 'other', languages: p.languages};
    if (p.extension) phone.extension = p.extension;
    if (p.description) phone.description = p.description;
    out.push(phone);
  }
  return out;
}

function addressOf(list: z.output<typeof AddressSchema>[]): Address | undefined {
  const a = list.find((x) => !x.address_type || x.address_type.toLowerCase() === 'physical') ?? list[0];
  if (!a) return undefined;
  const line = joinAddress([a.address_1, a.address_2]) ?? '';
  if (!line && !a.city) return undefined;
  const out: Address = {line};
  const region = a.state_province ?? a.region;
  if (a.city) out.city = a.city;
  if (region) out.region = region;
  if (a.postal_code) out.postalCode = a.postal_code;
  if (a.country) out.country = a.country;
  return out;
}

function locationOf(raw: unknown, fallbackId: string): {location: ResourceLocation; raw: Obj} | undefined {
  const r = LocationSchema.safeParse(raw);
  if (!r.success || !isObj(raw)) return undefined;
  const l = r.data;
  const location: ResourceLocation = {
    id: l.id ?? fallbackId,
    accessibility: l.accessibility.map((a) => [a.description, a.details].filter(Boolean).join(': ')).filter(Boolean),
    languages: l.languages,
  };
  if (l.name) location.name = l.name;
  if (l.location_type) location.type = l.location_type;
  const address = addressOf(l.addresses);
  if (address) location.address = address;
  if (l.latitude !== undefined && l.longitude !== undefined && Math.abs(l.latitude) <= 90 && Math.abs(l.longitude) <= 180 && !(l.latitude === 0 && l.longitude === 0)) {
    location.latitude = l.latitude;
    location.longitude = l.longitude;
  }
  if (l.transportation) location.transportation = l.transportation;
  return {location, raw};
}

const FREE_TEXT = /\bfree\b|\bno (?:fee|cost|charge)s?\b|\bgratis\b|\bgratuit[oa]?\b|\bsin costo\b|\bno[- ]cost\b/i;

function isFree(s: ServiceRaw): boolean | undefined {
  if (s.cost_options.some((c) => c.amount === 0 || FREE_TEXT.test(c.option ?? '') || FREE_TEXT.test(c.amount_description ?? ''))) return true;
  if (s.fees_description && FREE_TEXT.test(s.fees_description)) return true;
  if (s.fees && FREE_TEXT.test(s.fees)) return true;
  return undefined;
}

const isoDate = (v: string | undefined) => v?.match(/^\d{4}-\d{2}-\d{2}/)?.[0];
const emailOf = (v: string | undefined) => (v && /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/.test(v) ? v : undefined);

function dedupeBy<T>(items: T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((t) => {
    const k = key(t);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Builds the resource from a validated service and, when given, the service_at_location to lead with. */
function build(s: ServiceRaw, raw: Obj, lead?: Obj): Resource {
  const sals = lead ? [lead, ...s.service_at_locations.filter((x) => x !== lead && str.parse(x.id) !== str.parse(lead.id))] : s.service_at_locations;
  const first = sals[0];
  const locs = sals.map((sal, i) => locationOf(sal.location, `${s.id}-loc-${i}`)).filter((x): x is NonNullable<typeof x> => !!x);
  // A location nested directly on the service (some exports) when there are no service_at_locations.
  if (!locs.length && Array.isArray(raw.locations)) for (const [i, l] of raw.locations.entries()) {
    const loc = locationOf(l, `${s.id}-loc-${i}`);
    if (loc) locs.push(loc);
  }
  const firstLoc = locs[0];
  const org = s.organization ? OrganizationSchema.safeParse(s.organization) : undefined;
  const o = org?.success ? org.data : undefined;
  const zone = locationZone(firstLoc?.raw);

  const phones = dedupeBy(
    [...phonesOf(first?.phones), ...phonesOf(s.phones), ...phonesOf(firstLoc?.raw.phones), ...phonesOf(o?.phones)],
    (p) => `${p.number.replace(/[^\d+]/g, '')}|${p.extension ?? ''}|${p.type}`,
  );
  let schedules: Schedule[] = [];
  for (const level of [first?.schedules, s.schedules, firstLoc?.raw.schedules]) {
    schedules = schedulesFromHsds(level, zone);
    if (schedules.length) break;
  }

  const terms: Taxonomy[] = [];
  for (const a of s.attributes) {
    const t = a.taxonomy_term;
    const id = t?.id ?? a.taxonomy_term_id;
    const name = t?.name ?? a.label;
    if (id && name) terms.push({id, name, ...(t?.code ? {code: t.code} : {})});
  }
  for (const t of s.taxonomy_terms) if (t.id && t.name) terms.push({id: t.id, name: t.name, ...(t.code ? {code: t.code} : {})});

  const langs = dedupeBy([...s.languages, ...locs.flatMap((l) => l.location.languages), ...phones.flatMap((p) => p.languages)], languageKey);

  const r: Resource = {
    id: s.id,
    name: s.name,
    phones,
    schedules,
    locations: locs.map((l) => l.location),
    categories: dedupeBy(terms, (t) => t.id),
    languages: langs,
    serviceAreas: s.service_areas.map((a) => a.name ?? a.description).filter((x): x is string => !!x),
    requiredDocuments: s.required_documents.map((d) => d.document ?? d.name).filter((x): x is string => !!x),
    capacities: s.capacities
      .filter((c) => c.available !== undefined || c.maximum !== undefined || c.description)
      .map((c) => ({...(c.available !== undefined ? {available: c.available} : {}), ...(c.maximum !== undefined ? {maximum: c.maximum} : {}), ...(c.unit ? {unit: c.unit} : {}), ...(c.description ? {description: c.description} : {})})),
    additionalUrls: s.additional_urls.map((u) => safeUrl(u.url)).filter((x): x is string => !!x),
  };
  const leadId = lead ? str.parse(lead.id) : undefined;
  if (leadId) r.serviceAtLocationId = leadId;
  if (s.alternate_name) r.alternateName = s.alternate_name;
  if (s.description) r.description = s.description;
  if (o?.name) {
    r.organization = {name: o.name};
    if (o.id) r.organization.id = o.id;
    const ou = safeUrl(o.website ?? o.url);
    if (ou) r.organization.url = ou;
    const oe = emailOf(o.email);
    if (oe) r.organization.email = oe;
  }
  const url = safeUrl(s.url);
  if (url) r.url = url;
  const email = emailOf(s.email);
  if (email) r.email = email;
  if (s.status) r.status = s.status;
  if (firstLoc) r.location = firstLoc.location;
  if (s.eligibility_description) r.eligibility = s.eligibility_description;
  if (s.eligibility.length) r.eligibilityTerms = s.eligibility;
  const costs = s.cost_options
    .filter((c) => c.option || c.amount !== undefined || c.amount_description)
    .map((c) => ({...(c.option ? {option: c.option} : {}), ...(c.amount !== undefined ? {amount: c.amount} : {}), ...(c.currency ? {currency: c.currency} : {}), ...(c.amount_description ? {description: c.amount_description} : {})}));
  if (costs.length) r.costOptions = costs;
  if (s.minimum_age !== undefined) r.minimumAge = s.minimum_age;
  if (s.maximum_age !== undefined) r.maximumAge = s.maximum_age;
  const fees = s.fees_description ?? s.fees ?? s.cost_options.map((c) => c.option ?? c.amount_description).filter(Boolean).join('; ');
  if (fees) r.fees = fees;
  const free = isFree(s);
  if (free) r.free = true;
  if (s.application_process) r.applicationProcess = s.application_process;
  if (s.interpretation_services) r.interpretationServices = s.interpretation_services;
  if (s.alert) r.alert = s.alert;
  const assured = isoDate(s.assured_date);
  if (assured) r.assuredDate = assured;
  if (s.last_modified) r.lastModified = s.last_modified;
  const extra: Obj = {};
  for (const k in raw) if (!KNOWN_FIELDS.has(k) && Object.hasOwn(raw, k)) extra[k] = raw[k];
  if (Object.keys(extra).length) r.extra = extra;
  return r;
}

function issueOf(error: z.core.$ZodError, source: string, index: number, raw: unknown): ResourceIssue {
  const reason = error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ` : '') + i.message).join('; ');
  const id = isObj(raw) ? str.parse(raw.id) : undefined;
  return {source, index, ...(id ? {id} : {}), reason};
}

export interface ParseContext {
  /** Where the record came from (file URL or API URL), for issues. */
  source?: string;
  /** Position in its array. */
  index?: number;
}

/** One fully nested HSDS service → a resource, or the reason it was skipped. */
export function parseService(json: unknown, ctx: ParseContext = {}): Resource | ResourceIssue {
  const source = ctx.source ?? '';
  const index = ctx.index ?? 0;
  if (!isObj(json)) return {source, index, reason: 'not an object'};
  const r = ServiceSchema.safeParse(json);
  if (!r.success) return issueOf(r.error, source, index, json);
  return build(r.data, json);
}

/**
 * One `/service_at_locations` item (with nested `service` and `location`) → a resource led by that
 * location, its phones and hours; or the reason it was skipped.
 */
export function parseServiceAtLocation(json: unknown, ctx: ParseContext = {}): Resource | ResourceIssue {
  const source = ctx.source ?? '';
  const index = ctx.index ?? 0;
  if (!isObj(json)) return {source, index, reason: 'not an object'};
  const id = str.parse(json.id);
  if (!isObj(json.service)) return {source, index, ...(id ? {id} : {}), reason: 'service: missing (not nested)'};
  const r = ServiceSchema.safeParse(json.service);
  if (!r.success) return issueOf(r.error, source, index, json.service);
  const {service: _service, ...lead} = json;
  return build(r.data, json.service, lead);
}

export function isIssue(x: Resource | ResourceIssue): x is ResourceIssue {
  return 'reason' in x && !('phones' in x);
}

/**
 * What makes a record one service in a list: its id (a service), or its service_at_location id
 * (a service at one of its locations; with none, the service and location ids together).
 */
function recordKey(r: Resource, kind: 'service' | 'service_at_location'): string {
  if (kind === 'service') return r.id;
  return r.serviceAtLocationId ?? `${r.id}@${r.location?.id ?? ''}`;
}

/**
 * Parses an array of services (or service_at_locations) into resources and issues. A record whose
 * id an earlier one already used is skipped and reported, as the Meeting Guide adapter does with
 * repeated slugs; `seen` carries the ids of earlier pages of the same search (key → where it was).
 */
export function parseAll(
  items: unknown[],
  source: string,
  kind: 'service' | 'service_at_location' = 'service',
  seen: Map<string, string> = new Map(),
): {resources: Resource[]; issues: ResourceIssue[]} {
  const resources: Resource[] = [];
  const issues: ResourceIssue[] = [];
  const parse = kind === 'service' ? parseService : parseServiceAtLocation;
  items.forEach((item, index) => {
    const r = parse(item, {source, index});
    if (isIssue(r)) return void issues.push(r);
    const key = recordKey(r, kind);
    const first = seen.get(key);
    if (first !== undefined) {
      issues.push({source, index, id: r.serviceAtLocationId ?? r.id, reason: `id "${r.serviceAtLocationId ?? r.id}" is already used by ${first}`});
      return;
    }
    seen.set(key, `record #${index} of ${source}`);
    resources.push(r);
  });
  return {resources, issues};
}

// ---------------------------------------------------------------------------------------------
// Errors

export type HsdsErrorReason = 'unreachable' | 'not-json' | 'not-page' | 'not-found' | 'http' | 'aborted';

/** A `PeerFetchError` (so the standard error states apply) with the HSDS-specific reason. */
export class HsdsError extends PeerFetchError {
  readonly reason: HsdsErrorReason;
  constructor(reason: HsdsErrorReason, message: string, kind: FetchErrorKind, status?: number, body?: unknown) {
    super(kind, message, status, body);
    this.name = 'HsdsError';
    this.reason = reason;
  }
  static from(e: PeerFetchError): HsdsError {
    if (e instanceof HsdsError) return e;
    const reason: HsdsErrorReason =
      e.kind === 'parse' ? 'not-json' : e.kind === 'aborted' ? 'aborted' : e.kind === 'http' ? (e.status === 404 ? 'not-found' : 'http') : e.kind === 'invalid' ? 'not-page' : 'unreachable';
    return new HsdsError(reason, e.message, e.kind, e.status, e.body);
  }
}

const aborted = () => new HsdsError('aborted', 'aborted', 'aborted');

async function fetchJson(url: string, signal?: AbortSignal): Promise<unknown> {
  if (signal?.aborted) throw aborted();
  const r = await request(url, {signal});
  if (!r.ok) throw HsdsError.from(r.error);
  return r.data;
}

// ---------------------------------------------------------------------------------------------
// JSON file mode

/** A JSON file holding an array of fully nested services (or a Page of them). */
export async function loadHsdsFile(url: string, options: {signal?: AbortSignal} = {}): Promise<{resources: Resource[]; issues: ResourceIssue[]}> {
  const data = await fetchJson(url, options.signal);
  const items = Array.isArray(data) ? data : isObj(data) && Array.isArray(data.contents) ? data.contents : undefined;
  if (!items) throw new HsdsError('not-page', `not an array of HSDS services: ${url}`, 'invalid');
  return parseAll(items, url);
}

// ---------------------------------------------------------------------------------------------
// API mode

export interface HsdsPage {
  contents: unknown[];
  pageNumber?: number;
  totalPages?: number;
  totalItems?: number;
  lastPage?: boolean;
}

/** Reads a Page; every header is optional. A bare array is a page without headers. */
export function readPage(data: unknown, url = ''): HsdsPage {
  if (Array.isArray(data)) return {contents: data};
  if (!isObj(data) || !Array.isArray(data.contents)) throw new HsdsError('not-page', `not an HSDS Page: ${url}`, 'invalid');
  const page: HsdsPage = {contents: data.contents};
  const n = (v: unknown) => num.parse(v);
  const pageNumber = n(data.page_number);
  const totalItems = n(data.total_items);
  // `size` is not derived from: APIs disagree on whether it is the page size or this page's count.
  const totalPages = n(data.total_pages);
  if (pageNumber !== undefined) page.pageNumber = pageNumber;
  if (totalPages !== undefined) page.totalPages = totalPages;
  if (totalItems !== undefined) page.totalItems = totalItems;
  if (typeof data.last_page === 'boolean') page.lastPage = data.last_page;
  else if (data.empty === true) page.lastPage = true;
  return page;
}

export interface HsdsSearch {
  query?: string;
  /** Taxonomy term id or name. */
  category?: string;
  /** Any of these categories (with `category`): each resolved to the API's term ids, searched together (at most 8 queries). */
  categories?: string[];
  /** 1-based. */
  page?: number;
  perPage?: number;
  signal?: AbortSignal;
  /**
   * The record ids earlier pages of this search gave (`newSearchMemory()`): one per search, passed
   * with each of its pages, so a record an earlier page gave is skipped and reported. Without it,
   * only repeats within the page are. Each search has its own (two directories of one API on a page
   * share the client, not their pages).
   */
  memory?: SearchMemory;
}

/** What the pages of one search gave so far: per taxonomy term, record id → where it was. */
export type SearchMemory = Map<string, Map<string, string>>;
export const newSearchMemory = (): SearchMemory => new Map();

export interface HsdsResult {
  resources: Resource[];
  issues: ResourceIssue[];
  page: number;
  totalPages?: number;
  totalItems?: number;
  hasMore: boolean;
}

type Mode = 'sal' | 'full' | 'basic';
const MODES = new Set<string>(['sal', 'full', 'basic']);
const nested = (item: unknown) => isObj(item) && ['phones', 'schedules', 'service_at_locations'].some((k) => Array.isArray(item[k]));
/** A /service_at_locations item that carries phones, hours or languages (itself, its service or its location). */
const salNested = (item: unknown) =>
  isObj(item) && (nested(item) || nested(item.service) || (isObj(item.service) && Array.isArray(item.service.languages)) || (isObj(item.location) && Array.isArray(item.location.languages)));

/**
 * Which endpoint an API base serves searches from, remembered for the browser session: the probe
 * of the optional /service_at_locations answers 404 on most APIs, and Chromium writes every failed
 * request to the visitor's console, so it is asked once per session, not on every page load.
 */
const modeMemory = {
  key: (base: string) => `peerkit:hsds-endpoint:${base}`,
  get(base: string): Mode | undefined {
    try {
      const v = typeof sessionStorage === 'undefined' ? null : sessionStorage.getItem(this.key(base));
      return v && MODES.has(v) ? (v as Mode) : undefined;
    } catch {
      return undefined; // storage refused (a sandboxed frame): probe as before
    }
  },
  set(base: string, mode: Mode) {
    try {
      if (typeof sessionStorage !== 'undefined') sessionStorage.setItem(this.key(base), mode);
    } catch {
      /* not remembered: the next page load probes again */
    }
  },
};

/**
 * A client for one HSDS API base. Probes once for `/service_at_locations` (the answer is kept for
 * the browser session); falls back to `/services?full=true`, and to `/services` + `/services/{id}`
 * when `full` is ignored. `/service_at_locations` items that carry no phones, hours or languages
 * (as the spec's list example) get them from `/services/{id}`. A record whose id an earlier page of
 * the same search already gave (`HsdsSearch.memory`) is skipped and reported.
 */
export class HsdsClient {
  readonly base: string;
  private mode?: Promise<Mode>;
  private terms?: Promise<Taxonomy[]>;
  /** `/services/{id}` answers, for list items that lack details (several locations, one service). */
  private full = new Map<string, Promise<unknown>>();

  constructor(base: string) {
    this.base = base;
  }

  /** Which endpoint serves searches (probed once, on first use). */
  endpoint(signal?: AbortSignal): Promise<Mode> {
    if (!this.mode) {
      const known = modeMemory.get(this.base);
      this.mode = known ? Promise.resolve(known) : this.probe(signal);
      this.mode.then((m) => modeMemory.set(this.base, m)).catch(() => (this.mode = undefined));
    }
    return this.mode;
  }

  private async probe(signal?: AbortSignal): Promise<Mode> {
    if (signal?.aborted) throw aborted();
    const url = apiUrl(this.base, 'service_at_locations', {per_page: 1});
    const r = await request(url, {signal, retries: 1});
    if (r.ok) {
      try {
        readPage(r.data, url);
        return 'sal';
      } catch {
        /* not a page: no such endpoint */
      }
    } else if (r.error.kind !== 'http' && r.error.kind !== 'parse') {
      throw HsdsError.from(r.error);
    }
    return 'full';
  }

  async search(o: HsdsSearch = {}): Promise<HsdsResult> {
    if (o.signal?.aborted) throw aborted();
    const page = Math.max(1, Math.floor(o.page ?? 1));
    const perPage = Math.max(1, Math.floor(o.perPage ?? 25));
    const cats = [...new Set([...(o.categories ?? []), ...(o.category ? [o.category] : [])])];
    const resolved = cats.length ? await Promise.all(cats.map((c) => this.resolveCategory(c, o.signal))) : [[undefined]];
    // The API filters one term per request: each chosen category's terms, merged (any of them).
    const termIds = [...new Set(resolved.flat())].slice(0, 8);
    const results = await Promise.all(termIds.map((t) => this.searchOne({...o, page, perPage}, t)));
    if (results.length === 1) return results[0];
    const seen = new Set<string>();
    const merged: HsdsResult = {resources: [], issues: [], page, hasMore: results.some((r) => r.hasMore)};
    for (const r of results) {
      for (const x of r.resources) {
        const key = x.serviceAtLocationId ?? x.id;
        if (!seen.has(key)) {
          seen.add(key);
          merged.resources.push(x);
        }
      }
      merged.issues.push(...r.issues);
    }
    return merged;
  }

  private async searchOne(o: HsdsSearch & {page: number; perPage: number}, termId: string | undefined): Promise<HsdsResult> {
    let mode = await this.endpoint(o.signal);
    const params = {search: o.query?.trim() || undefined, taxonomy_term_id: termId, page: o.page, per_page: o.perPage};
    const path = mode === 'sal' ? 'service_at_locations' : 'services';
    const url = apiUrl(this.base, path, mode === 'full' ? {...params, full: true} : params);
    const page = readPage(await fetchJson(url, o.signal), url);
    const memory = o.memory ?? newSearchMemory();
    let seen = memory.get(termId ?? '');
    if (!seen) memory.set(termId ?? '', (seen = new Map()));
    let parsed: {resources: Resource[]; issues: ResourceIssue[]};
    if (mode === 'sal') {
      // Thin list items (no phones, hours or languages, as in the spec's example): the service's details.
      const items = page.contents.length && !page.contents.some(salNested) ? await this.withServices(page.contents, o.signal) : page.contents;
      parsed = parseAll(items, url, 'service_at_location', seen);
    } else {
      if (mode === 'full' && page.contents.length && !page.contents.some(nested)) {
        // `full=true` was ignored: list items carry no phones, hours or locations.
        this.mode = Promise.resolve((mode = 'basic'));
        modeMemory.set(this.base, mode);
      }
      parsed = mode === 'basic' ? await this.details(page.contents, url, o.signal, seen) : parseAll(page.contents, url, 'service', seen);
    }
    // Every Page header is optional: total_pages, else last_page, else total_items, else "a full page means more".
    const totalPages = page.totalPages ?? (page.totalItems !== undefined ? Math.ceil(page.totalItems / o.perPage) : undefined);
    const hasMore =
      page.contents.length === 0
        ? false
        : page.totalPages !== undefined
          ? o.page < page.totalPages
          : page.lastPage !== undefined
            ? !page.lastPage
            : page.totalItems !== undefined
              ? o.page * o.perPage < page.totalItems
              : page.contents.length >= o.perPage;
    return {...parsed, page: page.pageNumber ?? o.page, ...(totalPages !== undefined ? {totalPages} : {}), ...(page.totalItems !== undefined ? {totalItems: page.totalItems} : {}), hasMore};
  }

  /** `/services/{id}` for each list item (six at a time); a failing detail falls back to the list item. */
  private async details(items: unknown[], source: string, signal: AbortSignal | undefined, seen: Map<string, string>): Promise<{resources: Resource[]; issues: ResourceIssue[]}> {
    const out = await this.eachItem(items, signal, (item) => (isObj(item) ? str.parse(item.id) : undefined), (_item, full) => full);
    return parseAll(out, source, 'service', seen);
  }

  /** Thin /service_at_locations items with their nested service replaced by `/services/{id}` (its phones, hours, languages). */
  private withServices(items: unknown[], signal?: AbortSignal): Promise<unknown[]> {
    return this.eachItem(
      items,
      signal,
      (item) => (isObj(item) && isObj(item.service) ? str.parse(item.service.id) : isObj(item) ? str.parse(item.service_id) : undefined),
      (item, full) => (isObj(item) && isObj(full) ? {...item, service: full} : item),
    );
  }

  /**
   * For each item with a service id, `/services/{id}` (each id once, six requests at a time) merged
   * in by `merge`; an item without an id, or whose details fail, stays as it is.
   */
  private async eachItem(items: unknown[], signal: AbortSignal | undefined, idOf: (item: unknown) => string | undefined, merge: (item: unknown, full: unknown) => unknown): Promise<unknown[]> {
    const out: unknown[] = new Array(items.length);
    let next = 0;
    const worker = async () => {
      while (next < items.length) {
        const i = next++;
        const item = items[i];
        const id = idOf(item);
        if (!id) {
          out[i] = item;
          continue;
        }
        let full = this.full.get(id);
        if (!full) {
          this.full.set(id, (full = fetchJson(apiUrl(this.base, `services/${encodeURIComponent(id)}`), signal)));
          full.catch(() => this.full.delete(id));
        }
        try {
          out[i] = merge(item, await full);
        } catch (e) {
          if (signal?.aborted) throw e;
          out[i] = item;
        }
      }
    };
    await Promise.all(Array.from({length: Math.min(6, items.length)}, worker));
    return out;
  }

  /** One fully nested service, for the detail view. */
  async get(id: string, options: {signal?: AbortSignal} = {}): Promise<Resource> {
    const url = apiUrl(this.base, `services/${encodeURIComponent(id)}`);
    const data = await fetchJson(url, options.signal);
    const r = parseService(data, {source: url});
    if (isIssue(r)) throw new HsdsError('not-page', `not an HSDS service (${r.reason}): ${url}`, 'invalid');
    return r;
  }

  /** Taxonomy terms from `/taxonomy_terms` (up to 5 pages); empty when the API has none. */
  categories(options: {signal?: AbortSignal} = {}): Promise<Taxonomy[]> {
    if (!this.terms) {
      this.terms = this.loadTerms(options.signal);
      this.terms.catch(() => (this.terms = undefined));
    }
    return this.terms;
  }

  private async loadTerms(signal?: AbortSignal): Promise<Taxonomy[]> {
    const out: Taxonomy[] = [];
    for (let p = 1; p <= 5; p++) {
      const url = apiUrl(this.base, 'taxonomy_terms', {page: p, per_page: 200});
      const r = await request(url, {signal, retries: 1});
      if (!r.ok) {
        if (r.error.kind === 'aborted') throw HsdsError.from(r.error);
        break;
      }
      let page: HsdsPage;
      try {
        page = readPage(r.data, url);
      } catch {
        break;
      }
      for (const t of page.contents) {
        const v = TermSchema.safeParse(t);
        if (v.success && v.data.id && v.data.name) out.push({id: v.data.id, name: v.data.name, ...(v.data.code ? {code: v.data.code} : {})});
      }
      const more = page.totalPages !== undefined ? p < page.totalPages : page.lastPage !== undefined ? !page.lastPage : page.contents.length >= 200;
      if (!more) break;
    }
    return dedupeBy(out, (t) => t.id);
  }

  /** A category (term id, name or code) → term ids to query; unknown categories are passed as given. */
  private async resolveCategory(category: string, signal?: AbortSignal): Promise<(string | undefined)[]> {
    let terms: Taxonomy[] = [];
    try {
      terms = await this.categories({signal});
    } catch {
      /* no taxonomy endpoint */
    }
    if (terms.some((t) => t.id === category)) return [category];
    const wanted = category.trim().toLowerCase();
    const byName = terms.filter((t) => t.name.toLowerCase() === wanted || t.code?.toLowerCase() === wanted);
    if (byName.length) return byName.slice(0, 4).map((t) => t.id);
    // A plain-language preset ("harm-reduction") → the API's own terms that belong to it.
    const preset = presetById(category);
    const byPreset = preset ? terms.filter((t) => presetMatchesTerm(preset, t)) : [];
    return byPreset.length ? byPreset.slice(0, 6).map((t) => t.id) : [category];
  }
}
