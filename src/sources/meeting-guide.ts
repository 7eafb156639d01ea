/**
 * Meeting Guide JSON feed (code4recovery/spec) → the meeting domain model.
 *
 * Real feeds are hand-edited, so every record is validated with one pre-compiled zod/mini schema that
 * accepts the shapes seen in the wild (numbers as strings and strings as numbers, `day` as a number,
 * string or array, `types` as an array or a comma string, `approximate` as "yes"/true, …) and then
 * normalised by plain code. A field of an impossible shape (an object where text belongs) is dropped,
 * not fatal. A record is skipped, and reported as a `FeedIssue`, only when it has no slug, repeats a
 * slug, has a day outside 0–6 or a time that is not HH:MM, or has neither an address nor a
 * conference URL/phone. A feed that is not an array throws `MeetingFeedError('not-array')`.
 */
import * as z from 'zod/mini';
import type {Attendance, FeedIssue, FeedWarning, Meeting, ParsedFeed} from '../model/meeting.js';
import {MeetingFeedError} from '../model/meeting-errors.js';
import {ONLINE_TYPE, TEMPORARILY_CLOSED} from '../model/meeting-type-codes.js';
import {typeCodeFromFeed} from '../model/meeting-types.js';
import {countryName, isApproximateAddress, joinAddress, tidyAddress} from '../model/address.js';
import {conferenceProvider, dialString, dialableDigits, MIN_CONFERENCE_PHONE_DIGITS} from '../model/meeting-conference.js';
import {validLatLng} from '../model/geo.js';
import {intlKnowsZone} from '../model/zone-offset.js';
import {plainText, safeUrl} from '../model/text.js';

export interface MeetingGuideOptions {
  /**
   * The embed's IANA zone (`timezone` on the element or `<peer-config>`) for records without a
   * valid `timezone`; empty or invalid = none given, and then the zone most of the feed's records
   * name is used.
   */
  defaultTimezone?: string;
  /** The visitor's zone, for meetings whose zone nobody gives (`timezoneUnknown`); default UTC. */
  visitorTimezone?: string;
}

// ---------------------------------------------------------------------------------------------
// Schema. zod validates the fields that decide whether a record is a meeting and when it meets
// (identity, schedule, types, regions), accepting every shape real feeds send them in. The other
// fields are read with `text()`, `num()`, `cleanUrl()`, `dialString()`, which take only strings and
// numbers, so a wrong shape there is simply ignored. One check function per
// field rather than unions of primitive schemas keeps 10,000 records well inside the parse budget.

type Scalar = string | number | boolean | null | undefined;
type ScalarList = string | number | (string | number | null)[] | null | undefined;

const isScalar = (v: unknown): v is Scalar => v === null || v === undefined || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
const isItem = (v: unknown) => v === null || typeof v === 'string' || typeof v === 'number';
const isList = (v: unknown): v is ScalarList => {
  if (!Array.isArray(v)) return isScalar(v) && typeof v !== 'boolean';
  // A plain loop, not `every(isItem)`: this runs for three fields of every record.
  for (let i = 0; i < v.length; i++) if (!isItem(v[i])) return false;
  return true;
};
const scalar = z.optional(z.custom<Scalar>(isScalar, {message: 'expected text, a number or a boolean'}));
const scalarList = z.optional(z.custom<ScalarList>(isList, {message: 'expected a value or an array of values'}));

/** One Meeting Guide record: the fields that make it a meeting, in every shape feeds send them. */
export const meetingGuideRecordSchema = z.object({
  slug: scalar,
  name: scalar,
  day: scalarList,
  time: scalar,
  end_time: scalar,
  timezone: scalar,
  types: scalarList,
  regions: scalarList,
});
type Validated = z.infer<typeof meetingGuideRecordSchema>;
/** A record after validation: the validated fields, and the others as sent. */
type RawRecord = Validated & {[field: string]: unknown};

/**
 * Exactly `meetingGuideRecordSchema.safeParse(r).success`, without zod's per-record machinery (a
 * test holds the two equal on every shape): almost every record of a real feed passes, and on
 * 10,000 records zod's object walk alone would take a third of the parse budget. zod still
 * decides, and words the issues, for every record this says no to.
 */
export function recordShapeOk(r: Record<string, unknown>): boolean {
  // Named reads, not a loop over the field names: records come in dozens of shapes, and a named
  // property read is the cheaper of the two on such mixed objects.
  return isScalar(r.slug) && isScalar(r.name) && isScalar(r.time) && isScalar(r.end_time) && isScalar(r.timezone) && isList(r.day) && isList(r.types) && isList(r.regions);
}
const NO_DROPS: string[] = [];

/** Validates one record; validated fields of an impossible shape are dropped (listed in `dropped`). */
function validate(record: Record<string, unknown>): {data: RawRecord; dropped: string[]} {
  if (recordShapeOk(record)) return {data: record as RawRecord, dropped: NO_DROPS};
  const first = meetingGuideRecordSchema.safeParse(record);
  if (first.success) return {data: record as RawRecord, dropped: NO_DROPS};
  const dropped = [...new Set(first.error.issues.map((i) => String(i.path[0])))];
  const copy: Record<string, unknown> = {...record};
  for (const k of dropped) delete copy[k];
  return {data: copy as RawRecord, dropped};
}

// ---------------------------------------------------------------------------------------------
// Coercion helpers (exported for the BMLT adapter and tests).

/** Trimmed text, or undefined when empty. Numbers become strings; booleans are not text. */
export function text(v: unknown): string | undefined {
  if (typeof v === 'string') {
    const s = v.trim();
    return s ? s : undefined;
  }
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return undefined;
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * "HH:MM", "H:MM", "HH:MM:SS", "h:mm AM/PM", or a number (19 = 19:00, 730 / 1930 = HHMM, 0.8125 = a spreadsheet's
 * fraction of a day) → minutes after midnight, 0–1440: "24:00" is 1440, the midnight that ends the
 * day. Null when malformed.
 */
function clockMinutes(v: unknown): number | null {
  if (typeof v === 'number') {
    // An hour 0–23; HHMM 100–2359; a fraction of a day strictly between 0 and 1 (to the minute).
    if (Number.isInteger(v)) {
      if (v >= 0 && v <= 23) return v * 60;
      if (v >= 100 && v <= 2359 && v % 100 <= 59) return Math.floor(v / 100) * 60 + (v % 100);
      return null;
    }
    return v > 0 && v < 1 ? Math.round(v * 1440) : null;
  }
  if (typeof v !== 'string') return null;
  // Fast path for the spec's own "HH:MM", which nearly every record uses.
  if (v.length === 5 && v.charCodeAt(2) === 58) {
    const h = (v.charCodeAt(0) - 48) * 10 + (v.charCodeAt(1) - 48);
    const min = (v.charCodeAt(3) - 48) * 10 + (v.charCodeAt(4) - 48);
    if (isDigit(v.charCodeAt(0)) && isDigit(v.charCodeAt(1)) && isDigit(v.charCodeAt(3)) && isDigit(v.charCodeAt(4))) return h > 24 || min > 59 || (h === 24 && min !== 0) ? null : h * 60 + min;
  }
  const m = /^(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/.exec(v.trim());
  if (!m) return twelveHour(v);
  const h = +m[1];
  const min = +m[2];
  if (h > 24 || min > 59 || (h === 24 && min !== 0)) return null;
  return h * 60 + min;
}

/**
 * "8:00 PM", "8:00PM", "8 pm", "7:30 a.m." → minutes after midnight; "12:00 PM" and "noon" are
 * noon, "12:00 AM" midnight. Null for anything else, including what cannot be a 12-hour time
 * ("13:00 PM", "0:30 AM"), a bare "8", which could be morning or evening, and "midnight", which could
 * start the listed day or end it.
 */
function twelveHour(v: string): number | null {
  const m = /^(\d{1,2})(?::(\d{2}))?\s*([ap])\.?\s*m\.?$/i.exec(v.trim());
  if (!m) return /^(?:12(?::00)?\s*)?noon$/i.test(v.trim()) ? 720 : null;
  const h = +m[1];
  const min = m[2] === undefined ? 0 : +m[2];
  if (h < 1 || h > 12 || min > 59) return null;
  return (h % 12) * 60 + min + (m[3] === 'p' || m[3] === 'P' ? 720 : 0);
}

/**
 * A time of day as minutes after midnight (0–1439; "24:00" is 0), null when malformed. Strings:
 * "HH:MM", "H:MM", "HH:MM:SS", and 12-hour "h:mm AM/PM" (any case, with or without a space or dots) or "noon". Numbers: an integer 0–23 is an hour (19 → 19:00), 100–2359 is HHMM
 * (730 → 07:30), a number strictly between 0 and 1 is a fraction of a day as spreadsheets export it
 * (0.8125 → 19:30); any other number is malformed.
 */
export function parseTime(v: unknown): number | null {
  const t = clockMinutes(v);
  return t === 1440 ? 0 : t;
}

/** Number from a number or numeric string. */
export function num(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v === 'string' && v.trim() !== '') {
    const n = Number(v.trim());
    return Number.isFinite(n) ? n : undefined;
  }
  return undefined;
}

/** A list from an array or a comma-separated string. */
export function list(v: unknown): string[] {
  if (v === null || v === undefined) return [];
  const items = Array.isArray(v) ? v : typeof v === 'string' ? v.split(',') : [v];
  const out: string[] = [];
  for (const item of items) {
    const s = text(item);
    if (s) out.push(s);
  }
  return out;
}

/** Whether `Intl` knows the zone (cached: feeds repeat the same few zones). */
export const isValidTimeZone = intlKnowsZone;

/** The zone when it is a valid IANA zone, else undefined (the last one is remembered: feeds repeat one zone). */
let lastZone: string | undefined;
export function validZone(zone: string | undefined): string | undefined {
  if (zone !== undefined && zone === lastZone) return zone;
  if (zone && isValidTimeZone(zone)) return (lastZone = zone);
  return undefined;
}

/**
 * Zones for meetings whose record names none, shared by the meeting adapters: the embed's zone,
 * else (once the feed is read) the zone most of its records name, else unknown. `zoneOf` gives a
 * record's meeting its zone as it is read; `settle` fixes the others at the end, returning the
 * meetings whose zone changed from the visitor's stand-in and, when no zone could be found, the
 * feed's one `no-timezone` warning.
 */
export function zoneResolver(feed: string, options: {defaultTimezone?: string; visitorTimezone?: string}) {
  const embed = validZone(options.defaultTimezone?.trim());
  const visitor = validZone(options.visitorTimezone) ?? 'UTC';
  const named = new Map<string, number>();
  // Runs of records naming the same zone are counted here, not in the map, record by record.
  let lastNamed: string | undefined;
  let lastCount = 0;
  const pending: Meeting[] = [];
  return {
    /** The visitor's zone: the stand-in for a meeting whose zone is unknown until settled. */
    standIn: visitor,
    /** The record's zone, else the embed's; undefined when neither is known (use `standIn`, then `later`). */
    zoneOf(zone: string | undefined): string | undefined {
      const own = validZone(zone);
      if (!own) return embed;
      if (own === lastNamed) lastCount++;
      else {
        if (lastNamed) named.set(lastNamed, (named.get(lastNamed) ?? 0) + lastCount);
        lastNamed = own;
        lastCount = 1;
      }
      return own;
    },
    /** Marks a meeting whose zone `zoneOf` did not know. */
    later(m: Meeting) {
      pending.push(m);
    },
    settle(): {rezoned: Meeting[]; warning?: FeedWarning} {
      if (lastNamed) named.set(lastNamed, (named.get(lastNamed) ?? 0) + lastCount);
      lastNamed = undefined;
      if (!pending.length) return {rezoned: []};
      let best: string | undefined;
      let most = 0;
      for (const [zone, n] of named) if (n > most) [best, most] = [zone, n];
      if (best) {
        for (const m of pending) {
          m.timezone = best;
          m.timezoneUnknown = false;
        }
        return {rezoned: pending};
      }
      const given = options.defaultTimezone?.trim();
      const reason =
        `${pending.length} meeting${pending.length === 1 ? '' : 's'} name no time zone, and neither the embed nor the feed gives one` +
        `${given ? ` ("${given}" is not a time zone)` : ''}: their times are shown as local times with no zone. ` +
        'Set timezone="Area/City" (an IANA zone) on the element or on <peer-config>.';
      return {rezoned: [], warning: {feed, index: -1, code: 'no-timezone', reason, count: pending.length}};
    },
  };
}

const PLAIN_HTTP_URL = /^https?:\/\/[a-z0-9.-]+(?::\d{1,5})?(?:[/?#][\w\-./%~+?=&#;:@!$*,]*)?$/i;
/**
 * `safeUrl()` with a fast path: a plain absolute http(s) URL (ASCII host, no spaces, quotes or
 * brackets) is already safe and is kept as written; anything else goes through `new URL()`.
 */
export function cleanUrl(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  let s = v.trim();
  if (!s) return undefined;
  // "Http://…", "HTTPS://…": the scheme in lower case, as everything after reads it.
  if ((s.charCodeAt(0) | 32) === 104 && s.charCodeAt(0) !== 104) s = s.replace(/^https?:/i, (x) => x.toLowerCase());
  return PLAIN_HTTP_URL.test(s) ? s : safeUrl(s);
}

/** Text that starts with a hostname (dot-separated labels, a letter TLD) and has no spaces: "zoom.us/j/1". */
const BARE_WEB_ADDRESS = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}(?::\d{1,5})?(?:[/?#]\S*)?$/i;
/**
 * A join link: an http(s) URL through `cleanUrl()`, or a web address written without its scheme
 * ("us02web.zoom.us/j/1?pwd=x", "meet.google.com/abc-defg-hij") read as https. Anything else
 * (mailto:, tel:, free text) is not a join link.
 */
function joinUrlOf(v: unknown): string | undefined {
  const url = cleanUrl(v);
  if (url) return /^https?:/.test(url) ? url : undefined;
  if (typeof v !== 'string') return undefined;
  const s = v.trim();
  return BARE_WEB_ADDRESS.test(s) ? cleanUrl(`https://${s}`) : undefined;
}

/** A field holding more than one thing: a space anywhere, or a comma before another link. */
const SEVERAL = /\s|,\s*(?:[a-z][a-z0-9+.-]*:\/\/|www\.)/i;
const PIECES = /\s+|,(?=\s*(?:[a-z][a-z0-9+.-]*:\/\/|www\.))/i;
/**
 * The join link of a `conference_url` that may hold several things ("https://a, https://b",
 * "https://zoom.us/j/1 passcode 42"): split on spaces and on commas before another link, the first
 * piece that is a join link; with other pieces, `{url, rest}` (the rest to report). A comma inside
 * a link stays.
 */
function joinLinkOf(v: unknown): string | undefined | {url: string | undefined; rest: string[]} {
  // One value (nearly every record): the link itself, with nothing allocated.
  if (typeof v !== 'string' || !SEVERAL.test(v.trim())) return joinUrlOf(v);
  let url: string | undefined;
  const rest: string[] = [];
  for (const raw of v.trim().split(PIECES)) {
    const piece = raw.replace(/^[,;]+|[,;]+$/g, '');
    if (!piece) continue;
    const u = url ? undefined : joinUrlOf(piece);
    if (u) url = u;
    else rest.push(piece);
  }
  return rest.length ? {url, rest} : url;
}

/** `yes`/`true`/`1` → true. */
function yes(v: unknown): boolean {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v === 1;
  if (typeof v === 'string') return /^(yes|y|true|1)$/i.test(v.trim());
  return false;
}

/** Attendance from the two capabilities. */
export function attendanceOf(inPerson: boolean, online: boolean): Attendance | null {
  return inPerson && online ? 'hybrid' : inPerson ? 'in-person' : online ? 'online' : null;
}

/** "2026-09-14 18:02:11" (UTC per the spec) → ISO; other parseable dates as ISO; else undefined. */
const updatedCache = new Map<string, string | undefined>();
function isoUpdated(v: unknown): string | undefined {
  const s = text(v);
  if (!s) return undefined;
  if (updatedCache.has(s)) return updatedCache.get(s);
  const iso = parseUpdated(s);
  if (updatedCache.size > 10_000) updatedCache.clear();
  updatedCache.set(s, iso);
  return iso;
}
function parseUpdated(s: string): string | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2})?)$/.exec(s);
  const t = m ? Date.parse(`${m[1]}T${m[2].length === 5 ? m[2] + ':00' : m[2]}Z`) : Date.parse(s);
  return Number.isFinite(t) ? new Date(t).toISOString() : undefined;
}

/**
 * The one-line address from the split fields (address, city, state postal_code, country), without
 * stray commas; a two-letter country code is written as the country's name ("CA" → "Canada").
 */
function splitAddress(r: RawRecord): string | undefined {
  const street = text(r.address);
  const city = text(r.city);
  const state = text(r.state);
  const postal = text(r.postal_code);
  const country = text(r.country);
  if (!street && !city && !state && !postal && !country) return undefined;
  const stateLine = state && postal ? `${state} ${postal}` : (state ?? postal);
  return joinAddress([street, city, stateLine, country && countryName(country)]);
}

/** Whether a location's name says online only (feeds repeat a few hundred venue names: each is tested once). */
const placeCache = new Map<string, boolean>();
function onlinePlace(location: string | undefined): boolean {
  if (!location) return false;
  let hit = placeCache.get(location);
  if (hit === undefined) {
    hit = ONLINE_PLACE.test(location);
    if (placeCache.size > 5000) placeCache.clear();
    placeCache.set(location, hit);
  }
  return hit;
}

/** Location names that say a meeting is online only: "Virtual Only", "Online", "Zoom", "En línea"… */
const ONLINE_PLACE =
  /^(?:(?:virtual|online|on-line|zoom|internet|web|remote|phone|telephone|conference call|google meet|teams|skype|en l[ií]nea|virtuale?)[\s/&+,-]*)+(?:only|meetings?|group|solamente|s[oó]lo)?$/i;

/** Notes as plain text: HTML stripped by `plainText()` only when there is markup or odd spacing. */
function notesText(v: unknown): string | undefined {
  const s = text(v);
  if (!s) return undefined;
  return /[<&\r\t]|\s\n|\n\n/.test(s) ? plainText(s) : s;
}

// Feeds repeat the same few type codes and video hosts: normalise each once.
const typeCache = new Map<string, string | undefined>();
function typeCode(t: string): string | undefined {
  let code = typeCache.get(t);
  if (code === undefined && !typeCache.has(t)) {
    code = typeCodeFromFeed(t);
    if (typeCache.size > 5000) typeCache.clear();
    typeCache.set(t, code);
  }
  return code;
}
const providerCache = new Map<string, string | undefined>();
function providerOf(url: string): string | undefined {
  const host = /^https?:\/\/([^/?#]+)/i.exec(url)?.[1] ?? '';
  if (!providerCache.has(host)) {
    if (providerCache.size > 5000) providerCache.clear();
    providerCache.set(host, conferenceProvider(url));
  }
  return providerCache.get(host);
}

/**
 * `f` memoised over lists of values: a trie of Maps, one level per item, so no key string is built
 * per list. The same items give the same result, computed once. A feed repeats a few hundred type
 * and area lists over 10,000 records: normalising every record's lists cost about 70 ms on a page
 * whose code V8 has not optimised yet (measured by leaving it out), and looking them up here makes
 * the whole adapter about 11 % faster there.
 */
function listMemo<R>(f: (items: readonly unknown[]) => R): (items: readonly unknown[]) => R {
  type Node = {next: Map<unknown, Node> | undefined; done: boolean; value: R | undefined};
  const root: Node = {next: undefined, done: false, value: undefined};
  return (items) => {
    let node = root;
    for (let i = 0; i < items.length; i++) {
      const next = (node.next ??= new Map());
      let child = next.get(items[i]);
      if (!child) next.set(items[i], (child = {next: undefined, done: false, value: undefined}));
      node = child;
    }
    if (!node.done) {
      node.value = f(items);
      node.done = true;
    }
    return node.value as R;
  };
}

/**
 * Equal lists (days, types, regions) are shared between the meetings of a feed, and frozen: a big
 * feed repeats the same few combinations, and 10,000 meetings then hold a few hundred arrays.
 * The first list seen with given items becomes the shared one.
 */
export function interner(): <T extends string | number>(list: T[]) => T[] {
  const shared = listMemo((items) => Object.freeze(items));
  return <T extends string | number>(list: T[]): T[] => shared(list) as T[];
}

const NONE: readonly unknown[] = [];
/** What `list()` reads a value as, before trimming: an array's items, a comma string's parts, or the value. */
const rawItems = (v: unknown): readonly unknown[] => (v === null || v === undefined ? NONE : Array.isArray(v) ? v : typeof v === 'string' ? v.split(',') : [v]);

// ---------------------------------------------------------------------------------------------

/**
 * Parses one Meeting Guide feed. `feedIndex` makes ids unique across merged feeds
 * (`id = "${feedIndex}:${slug}"`). Throws `MeetingFeedError('not-array')` when the JSON is not an array.
 */
export function parseMeetingGuide(json: unknown, feedUrl: string, feedIndex: number, options: MeetingGuideOptions): ParsedFeed {
  if (!Array.isArray(json)) throw new MeetingFeedError('not-array', feedUrl);
  const parser = meetingGuideParser(feedUrl, feedIndex, options);
  parser.push(json);
  return parser.finish();
}

/** The same adapter fed in batches of records as a feed arrives (`push`), then `finish()`. */
export interface MeetingGuideParser {
  push(records: readonly unknown[]): void;
  /** Meetings read so far. */
  count(): number;
  /** The meetings read so far (the list `finish()` returns, still growing). */
  current(): readonly Meeting[];
  /** Settles the zones nobody gave (see `zoneResolver`) and returns the feed. */
  finish(): ParsedFeed;
  /** After `finish()`: meetings whose zone was only known at the end (their earlier occurrences are stale). */
  rezoned(): readonly Meeting[];
}

export function meetingGuideParser(feedUrl: string, feedIndex: number, options: MeetingGuideOptions): MeetingGuideParser {
  const meetings: Meeting[] = [];
  const issues: FeedIssue[] = [];
  const warnings: FeedWarning[] = [];
  const seen = new Map<string, number>();
  const intern = interner();
  const zones = zoneResolver(feedUrl, options);
  let rezoned: readonly Meeting[] = [];
  let finished: ParsedFeed | undefined;
  // Type codes (canonical, each once) and area lists, per distinct raw list.
  const typesOf = listMemo((items) => {
    const codes: string[] = [];
    for (const t of list(items)) {
      const code = typeCode(t);
      if (code && !codes.includes(code)) codes.push(code);
    }
    return intern(codes);
  });
  const listOf = listMemo((items) => intern(list(items)));
  let next = 0;
  // One record per call. V8 optimises a small function called 10,000 times long before it would a
  // loop body this size run 70 times (measured in fresh Chromium pages: the first 10,000 records
  // adapt about 10–25 % faster).
  const one = (record: unknown, index: number): void => {
    if (!record || typeof record !== 'object' || Array.isArray(record)) {
      issues.push({feed: feedUrl, index, code: 'not-object', reason: `record #${index} is not an object`});
      return;
    }
    const {data: r, dropped} = validate(record as Record<string, unknown>);
    const slug = text(r.slug);
    if (!slug) {
      issues.push({feed: feedUrl, index, code: 'no-slug', reason: `record #${index}${r.name ? ` ("${text(r.name)}")` : ''} has no slug`});
      return;
    }
    const firstIndex = seen.get(slug);
    if (firstIndex !== undefined) {
      issues.push({feed: feedUrl, index, slug, code: 'duplicate-slug', reason: `slug "${slug}" is already used by record #${firstIndex} in this feed`});
      return;
    }
    seen.set(slug, index);

    // Days: a number, a numeric string, a comma string or an array of them.
    const days: number[] = [];
    let badDay: string | undefined;
    const rawDay = r.day;
    if (typeof rawDay === 'number') {
      if (Number.isInteger(rawDay) && rawDay >= 0 && rawDay <= 6) days.push(rawDay);
      else badDay = String(rawDay);
    } else {
      for (const d of list(rawDay)) {
        const n = /^\d+$/.test(d) ? Number(d) : NaN;
        if (!(n >= 0 && n <= 6)) {
          badDay = d;
          break;
        }
        if (!days.includes(n)) days.push(n);
      }
    }
    if (dropped.includes('day')) badDay = JSON.stringify((record as {day?: unknown}).day) ?? '?';
    if (badDay !== undefined) {
      issues.push({feed: feedUrl, index, slug, code: 'bad-day', reason: `day "${badDay}" is not a day of the week 0–6 (0 = Sunday)`});
      return;
    }
    if (days.length > 1) days.sort((a, b) => a - b);

    // Time: required when there is a day; a record with neither is "by appointment".
    let start: number | null = null;
    let end: number | null = null;
    const rawTime = dropped.includes('time') ? (JSON.stringify((record as {time?: unknown}).time) ?? '?') : r.time;
    const hasTime = rawTime !== undefined && rawTime !== null && rawTime !== '';
    if (hasTime || days.length) {
      start = clockMinutes(rawTime);
      if (start === null) {
        issues.push({feed: feedUrl, index, slug, code: 'bad-time', reason: hasTime ? `time "${String(rawTime)}" is not HH:MM` : 'has a day but no time (HH:MM)'});
        return;
      }
      if (start === 1440) {
        // A start at "24:00" is midnight at the end of the listed day: 00:00 on the next day.
        start = 0;
        for (let i = 0; i < days.length; i++) days[i] = (days[i] + 1) % 7;
        if (days.length > 1) days.sort((a, b) => a - b);
      }
      if (!days.length) start = null; // a time without a day: still by appointment
    }
    if (start !== null) {
      const e = parseTime(r.end_time);
      end = e ?? (start + 60) % 1440;
    }

    // Location.
    const formattedRaw = text(r.formatted_address);
    const formatted = formattedRaw && tidyAddress(formattedRaw);
    const address = formatted || splitAddress(r);
    let latitude = num(r.latitude);
    let longitude = num(r.longitude);
    let approximate = yes(r.approximate);
    if ((latitude === undefined || longitude === undefined) && text(r.coordinates)) {
      const parts = text(r.coordinates)!.split(',').map((p) => Number(p.trim()));
      if (parts.length >= 2 && parts.every(Number.isFinite)) {
        if (parts.length === 4) {
          // A box (approximate location): its centre, flagged approximate.
          latitude = (parts[0] + parts[2]) / 2;
          longitude = (parts[1] + parts[3]) / 2;
          approximate = true;
        } else {
          latitude = parts[0];
          longitude = parts[1];
        }
      }
    }
    if (!validLatLng(latitude, longitude)) latitude = longitude = undefined;
    const hasCoordinates = latitude !== undefined;

    // Online.
    const link = joinLinkOf(r.conference_url);
    const joinUrl = link === undefined ? undefined : typeof link === 'string' ? link : link.url;
    const conferencePhone = dialString(r.conference_phone);
    if (!address && !hasCoordinates && !joinUrl && !conferencePhone) {
      issues.push({feed: feedUrl, index, slug, code: 'no-location', reason: 'has neither an address nor a conference URL or phone'});
      return;
    }

    if (typeof link === 'object') {
      warnings.push({feed: feedUrl, index, slug, code: 'extra-links', reason: `conference_url holds more than one thing: kept ${joinUrl ? `"${joinUrl}"` : 'no link'}, dropped "${link.rest.join(' ')}"`});
    }

    const types = typesOf(rawItems(r.types));
    const online = !!joinUrl || dialableDigits(conferencePhone) >= MIN_CONFERENCE_PHONE_DIGITS;
    // In person needs a place to go: a street address or, with no address at all, coordinates. An
    // address with no street part ("Philadelphia, PA, USA": city, region, country) is shown but is
    // not a place, and its coordinates are the town's: the location is approximate. So it is when
    // the location's name says online ("Virtual Only", "Zoom"), or the ONL type comes with no street.
    const cityLevel = address !== undefined && isApproximateAddress(address);
    const hasStreet = address !== undefined && !cityLevel;
    if (cityLevel || (!hasStreet && types.includes(ONLINE_TYPE)) || onlinePlace(text(r.location))) approximate = true;
    const inPerson = (hasStreet || (hasCoordinates && address === undefined)) && !approximate && !types.includes(TEMPORARILY_CLOSED);

    // `regions` (general → specific), else region / sub_region / sub_sub_region.
    let regions = listOf(rawItems(r.regions));
    if (!regions.length) regions = listOf([r.region, r.sub_region, r.sub_sub_region]);

    let entity: Meeting['entity'];
    if (r.entity != null || r.entity_email != null || r.entity_phone != null || r.entity_url != null || r.entity_website_url != null || r.entity_location != null || r.entity_logo != null) {
      const e = {
        name: text(r.entity),
        email: text(r.entity_email),
        phone: text(r.entity_phone),
        url: cleanUrl(r.entity_url) ?? cleanUrl(r.entity_website_url),
        location: text(r.entity_location),
        logo: cleanUrl(r.entity_logo),
      };
      entity = Object.fromEntries(Object.entries(e).filter(([, v]) => v)) as Meeting['entity'];
      if (!Object.keys(entity!).length) entity = undefined;
    }
    const zone = zones.zoneOf(text(r.timezone));
    // Every meeting gets every field, in the same order (absent ones undefined): one object shape
    // keeps the filters and the list monomorphic and fast.
    const meeting: Meeting = {
      id: `${feedIndex}:${slug}`,
      slug,
      feed: feedUrl,
      name: text(r.name) ?? slug,
      days: intern(start === null ? [] : days),
      start,
      end,
      timezone: zone ?? zones.standIn,
      timezoneUnknown: zone === undefined,
      types,
      inPerson,
      online,
      attendance: attendanceOf(inPerson, online),
      location: text(r.location),
      address,
      locationNotes: notesText(r.location_notes),
      notes: notesText(r.notes),
      regions,
      group: text(r.group),
      groupNotes: notesText(r.group_notes),
      latitude,
      longitude,
      approximate,
      conferenceUrl: joinUrl,
      conferenceUrlNotes: notesText(r.conference_url_notes),
      conferencePhone,
      conferencePhoneNotes: notesText(r.conference_phone_notes),
      conferenceProvider: joinUrl ? providerOf(joinUrl) : undefined,
      url: cleanUrl(r.url),
      feedbackUrl: cleanUrl(r.feedback_url),
      feedbackEmails: intern(r.feedback_emails == null ? [] : list(r.feedback_emails).filter((e) => e.includes('@'))),
      venmo: text(r.venmo),
      square: text(r.square),
      paypal: text(r.paypal),
      homegroupOnline: text(r.homegroup_online),
      entity,
      updated: isoUpdated(r.updated),
      extraTypeNames: undefined,
    };
    meetings.push(meeting);
    if (zone === undefined) zones.later(meeting);
  };
  const push = (json: readonly unknown[]) => {
    for (let k = 0; k < json.length; k++) one(json[k], next++);
  };
  const finish = (): ParsedFeed => {
    if (finished) return finished;
    const settled = zones.settle();
    rezoned = settled.rezoned;
    if (settled.warning) warnings.unshift(settled.warning);
    return (finished = {meetings, issues, warnings});
  };
  return {push, count: () => meetings.length, current: () => meetings, finish, rezoned: () => rezoned};
}
