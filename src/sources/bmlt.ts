/**
 * BMLT root servers (semantic interface) → the meeting domain model.
 *
 * `bmltSearchUrl()` builds the `GetSearchResults` query (with `get_used_formats=1`, so formats come
 * with the meetings) and maps the finder's filters to server parameters where BMLT has them
 * (weekdays, venue types, formats with negative ids for exclusion and `AND`, distance). `parseBmlt()`
 * reads `{meetings, formats}` or a bare array; every value is a string on the wire. A format's
 * `world_id` (any NAWS format code, `naws-formats.ts`) gives its code: the Meeting Guide code with
 * that meaning, else the world id; formats without one keep the server's key, with the server's name
 * in `extraTypeNames` (prefixed `BMLT-` when the key would collide with a Meeting Guide code meaning
 * something else, like NA's `B` = Beginners vs. Meeting Guide `B` = Big Book; the prefix is never
 * shown: `typeName` drops it).
 */
import * as z from 'zod/mini';
import type {FeedIssue, FeedWarning, Meeting, MeetingFilters, ParsedFeed} from '../model/meeting.js';
import {canonicalType, isKnownType, TEMPORARILY_CLOSED} from '../model/meeting-types.js';
import {conferenceProvider, dialString, dialableDigits, MIN_CONFERENCE_PHONE_DIGITS} from '../model/meeting-conference.js';
import {resolveDays} from '../model/meeting-time.js';
import {validLatLng} from '../model/geo.js';
import {plainText, safeUrl} from '../model/text.js';
import {attendanceOf, num, parseTime, text, zoneResolver} from './meeting-guide.js';
import {MeetingFeedError} from '../model/meeting-errors.js';
import {NAWS_FORMATS} from '../model/naws-formats.js';
import {countryName, joinAddress} from '../model/address.js';

/**
 * `world_id` → type code: every NAWS format code (`NAWS_FORMATS`), and spellings some servers use
 * instead of the NAWS ones.
 */
export const WORLD_ID_TO_MEETING_GUIDE: Readonly<Record<string, string>> = {
  ...Object.fromEntries(Object.entries(NAWS_FORMATS).map(([id, [code]]) => [id, code])),
  MEN: 'M',
  WOMEN: 'W',
  NEWCOMER: 'BE',
  LGBTQ: 'LGBTQ',
  LGBTQ_PLUS: 'LGBTQ',
  TRANS: 'T',
  SPAN: 'S',
  SPAD: 'SPAD',
  HY: 'HYBR',
  YP: 'Y',
  ASL: 'ASL',
  SEN: 'SEN',
};

/** Language formats (`world_id` `LANG`): the server's key → Meeting Guide language code. */
const LANGUAGE_KEYS: Readonly<Record<string, string>> = {
  ES: 'S', SP: 'S', SPA: 'S', SPAN: 'S', EN: 'EN', ENG: 'EN', FR: 'FR', FRA: 'FR', DE: 'DE', GER: 'DE', PT: 'POR', POR: 'POR',
  IT: 'ITA', ITA: 'ITA', PL: 'POL', POL: 'POL', RU: 'RUS', RUS: 'RUS', KO: 'KOR', KOR: 'KOR', JA: 'JA', FA: 'FA', PER: 'FA',
  AR: 'AR', HE: 'HE', NL: 'NL', SV: 'SV', DA: 'DA', NO: 'NO', FI: 'FI', ASL: 'ASL', TL: 'TL', UK: 'UK', TH: 'TH',
};

/**
 * Format keys whose meaning is the same on practically every NA server, used only when the server
 * gives no `world_id` (a bare response without formats). After these, a key that is a NAWS world id
 * or a language key is read as one; anything else is kept as the server's key.
 */
const COMMON_KEYS: Readonly<Record<string, string>> = {
  O: 'O', C: 'C', W: 'W', M: 'M', ST: 'ST', CAN: 'CAN', BEG: 'BE', WCHR: 'X', VM: 'ONL', TC: 'TC', GL: 'LGBTQ', SMOK: 'SM',
  ES: 'S', SPAN: 'S', LGBTQ: 'LGBTQ', 'LGBTQ+': 'LGBTQ',
};

export interface BmltFormat {
  id: string;
  key: string;
  name?: string;
  lang?: string;
  worldId?: string;
  /** The code meetings carry for this format (Meeting Guide when mapped, else the server's key). */
  code: string;
}

const str = z.optional(z.nullable(z.union([z.string(), z.number()])));
const formatSchema = z.object({id: str, key_string: str, name_string: str, description_string: str, lang: str, world_id: str});
const MEETING_FIELDS = [
  'id_bigint', 'weekday_tinyint', 'venue_type', 'start_time', 'duration_time', 'time_zone', 'formats', 'format_shared_id_list',
  'longitude', 'latitude', 'meeting_name', 'location_text', 'location_info', 'location_street', 'location_city_subsection',
  'location_neighborhood', 'location_municipality', 'location_sub_province', 'location_province', 'location_postal_code_1',
  'location_nation', 'comments', 'virtual_meeting_link', 'virtual_meeting_additional_info', 'phone_meeting_number',
  'phone_meeting_additional_info', 'root_server_uri', 'published',
] as const;
type RawBmltMeeting = {[K in (typeof MEETING_FIELDS)[number]]?: string | number | null};
const meetingSchema = z.object(Object.fromEntries(MEETING_FIELDS.map((k) => [k, str])));

/**
 * The format's Meeting Guide code (by `world_id`; by a few universal keys when there is no
 * `world_id`), or the server's key, prefixed `BMLT-` when it would collide with a Meeting Guide code.
 */
export function formatCode(key: string, worldId: string | undefined): string {
  const w = worldId?.trim().toUpperCase();
  const k = key.trim().toUpperCase();
  if (w === 'LANG' && LANGUAGE_KEYS[k]) return LANGUAGE_KEYS[k];
  if (w && WORLD_ID_TO_MEETING_GUIDE[w]) return WORLD_ID_TO_MEETING_GUIDE[w];
  if (!w && COMMON_KEYS[k]) return COMMON_KEYS[k];
  if (!w && NAWS_FORMATS[k]) return NAWS_FORMATS[k][0];
  // Two-letter language codes only ("EN", "DE"): "SP" could be Spanish or Speaker.
  if (!w && k.length === 2 && k !== 'SP' && LANGUAGE_KEYS[k]) return LANGUAGE_KEYS[k];
  const code = canonicalType(key) ?? (k.replace(/[^\p{L}\p{N}_\-.]/gu, '') || 'FORMAT');
  return isKnownType(code) ? `BMLT-${code}` : code;
}

/** Reads the formats of a response (`formats` of `{meetings, formats}`, or a `GetFormats` array). */
export function parseBmltFormats(raw: unknown): BmltFormat[] {
  if (!Array.isArray(raw)) return [];
  const out: BmltFormat[] = [];
  for (const f of raw) {
    const r = formatSchema.safeParse(f);
    if (!r.success) continue;
    const id = text(r.data.id);
    const key = text(r.data.key_string);
    if (!id || !key) continue;
    const worldId = text(r.data.world_id);
    out.push({id, key, name: text(r.data.name_string), lang: text(r.data.lang), worldId, code: formatCode(key, worldId)});
  }
  return out;
}

/** `HH:MM:SS` duration → minutes. */
function durationOf(v: unknown): number | undefined {
  const s = text(v);
  if (!s) return undefined;
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(s);
  if (!m) return undefined;
  const minutes = +m[1] * 60 + +m[2];
  return minutes > 0 && minutes < 24 * 60 ? minutes : undefined;
}

export interface BmltOptions {
  /**
   * The embed's IANA zone for meetings whose `time_zone` is empty; when none is given, the zone most
   * of the response's meetings name; else the zone is unknown (`timezoneUnknown`).
   */
  defaultTimezone?: string;
  /** The visitor's zone, the stand-in for meetings whose zone nobody gives; default UTC. */
  visitorTimezone?: string;
}

/**
 * Parses a `GetSearchResults` response: `{meetings, formats}` (with `get_used_formats=1`) or a bare
 * array of meetings. Throws `MeetingFeedError('unknown-shape')` for anything else.
 */
export function parseBmlt(json: unknown, rootUrl: string, feedIndex: number, options: BmltOptions): ParsedFeed & {formats: BmltFormat[]} {
  let rawMeetings: unknown[];
  let formats: BmltFormat[] = [];
  if (Array.isArray(json)) rawMeetings = json;
  else if (json && typeof json === 'object' && Array.isArray((json as {meetings?: unknown}).meetings)) {
    rawMeetings = (json as {meetings: unknown[]}).meetings;
    formats = parseBmltFormats((json as {formats?: unknown}).formats);
  } else throw new MeetingFeedError('unknown-shape', rootUrl);

  const byId = new Map(formats.map((f) => [f.id, f]));
  const byKey = new Map(formats.map((f) => [f.key.toUpperCase(), f]));
  const extraTypeNames: NonNullable<Meeting['extraTypeNames']> = {};
  for (const f of formats) {
    if (isKnownType(f.code) || !f.name) continue;
    (extraTypeNames[f.code] ??= {})[f.lang ?? 'en'] ??= f.name;
  }
  const hasExtra = Object.keys(extraTypeNames).length > 0;

  const meetings: Meeting[] = [];
  const issues: FeedIssue[] = [];
  const warnings: FeedWarning[] = [];
  const zones = zoneResolver(rootUrl, options);
  const seen = new Map<string, number>();
  for (let index = 0; index < rawMeetings.length; index++) {
    const raw = rawMeetings[index];
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
      issues.push({feed: rootUrl, index, code: 'not-object', reason: `record #${index} is not a BMLT meeting object`});
      continue;
    }
    let parsed = meetingSchema.safeParse(raw);
    if (!parsed.success) {
      // A field of an impossible shape is dropped, not fatal (as for Meeting Guide feeds).
      const copy: Record<string, unknown> = {...raw};
      for (const issue of parsed.error.issues) delete copy[String(issue.path[0])];
      parsed = meetingSchema.safeParse(copy);
      if (!parsed.success) {
        issues.push({feed: rootUrl, index, code: 'not-object', reason: `record #${index} is not a BMLT meeting object`});
        continue;
      }
    }
    const r = parsed.data as RawBmltMeeting;
    const slug = text(r.id_bigint);
    const name = text(r.meeting_name);
    if (!slug) {
      issues.push({feed: rootUrl, index, code: 'no-slug', reason: `record #${index}${name ? ` ("${name}")` : ''} has no id_bigint`});
      continue;
    }
    if (seen.has(slug)) {
      issues.push({feed: rootUrl, index, slug, code: 'duplicate-slug', reason: `meeting id ${slug} is already used by record #${seen.get(slug)} in this response`});
      continue;
    }
    seen.set(slug, index);
    const weekday = num(r.weekday_tinyint);
    if (weekday === undefined || !Number.isInteger(weekday) || weekday < 1 || weekday > 7) {
      issues.push({feed: rootUrl, index, slug, code: 'bad-day', reason: `weekday_tinyint "${r.weekday_tinyint ?? ''}" is not 1–7 (1 = Sunday)`});
      continue;
    }
    const start = parseTime(text(r.start_time));
    if (start === null) {
      issues.push({feed: rootUrl, index, slug, code: 'bad-time', reason: `start_time "${r.start_time ?? ''}" is not HH:MM`});
      continue;
    }
    const duration = durationOf(r.duration_time) ?? 60;

    const street = text(r.location_street);
    const city = text(r.location_municipality) ?? text(r.location_city_subsection);
    const provinceLine = [text(r.location_province), text(r.location_postal_code_1)].filter(Boolean).join(' ');
    const nation = text(r.location_nation);
    const address = joinAddress([street, city, provinceLine, nation && countryName(nation)]);
    let latitude = num(r.latitude);
    let longitude = num(r.longitude);
    if (!validLatLng(latitude, longitude)) latitude = longitude = undefined;

    const link = safeUrl(r.virtual_meeting_link);
    const conferenceUrl = link && /^https?:/.test(link) ? link : undefined;
    const conferencePhone = dialString(r.phone_meeting_number);

    const types: string[] = [];
    const ids = text(r.format_shared_id_list)?.split(',') ?? [];
    const keys = text(r.formats)?.split(',') ?? [];
    for (const id of ids) {
      const f = byId.get(id.trim());
      if (f && !types.includes(f.code)) types.push(f.code);
    }
    for (const key of keys) {
      const k = key.trim();
      if (!k) continue;
      const code = byKey.get(k.toUpperCase())?.code ?? formatCode(k, undefined);
      if (!types.includes(code)) types.push(code);
    }

    const venue = num(r.venue_type);
    const hasPlace = !!street || latitude !== undefined;
    const canJoin = !!conferenceUrl || dialableDigits(conferencePhone) >= MIN_CONFERENCE_PHONE_DIGITS;
    let inPerson: boolean;
    let online: boolean;
    if (venue === 1 || venue === 2 || venue === 3) {
      inPerson = venue !== 2 && !types.includes(TEMPORARILY_CLOSED);
      online = venue !== 1;
    } else {
      inPerson = hasPlace && !types.includes(TEMPORARILY_CLOSED);
      online = canJoin;
    }
    if (!address && latitude === undefined && !conferenceUrl && !conferencePhone) {
      issues.push({feed: rootUrl, index, slug, code: 'no-location', reason: 'has neither an address nor a virtual meeting link or phone'});
      continue;
    }
    const regions = [city ?? text(r.location_sub_province), text(r.location_neighborhood) ?? (city === text(r.location_municipality) ? text(r.location_city_subsection) : undefined)].filter(
      (x): x is string => !!x,
    );

    const zone = zones.zoneOf(text(r.time_zone));
    // The same field order and shape as Meeting Guide meetings (absent fields undefined).
    const meeting: Meeting = {
      id: `${feedIndex}:${slug}`,
      slug,
      feed: rootUrl,
      name: name ?? slug,
      days: [weekday - 1],
      start,
      end: (start + duration) % 1440,
      timezone: zone ?? zones.standIn,
      timezoneUnknown: zone === undefined,
      types,
      inPerson,
      online,
      attendance: attendanceOf(inPerson, online),
      location: text(r.location_text),
      address,
      locationNotes: plainText(text(r.location_info)),
      notes: plainText(text(r.comments)),
      regions,
      group: undefined,
      groupNotes: undefined,
      latitude,
      longitude,
      approximate: venue === 2,
      conferenceUrl,
      conferenceUrlNotes: plainText(text(r.virtual_meeting_additional_info)),
      conferencePhone,
      conferencePhoneNotes: plainText(text(r.phone_meeting_additional_info)),
      conferenceProvider: conferenceUrl ? conferenceProvider(conferenceUrl) : undefined,
      url: undefined,
      feedbackUrl: undefined,
      feedbackEmails: [],
      venmo: undefined,
      square: undefined,
      paypal: undefined,
      homegroupOnline: undefined,
      entity: undefined,
      updated: undefined,
      extraTypeNames: hasExtra ? extraTypeNames : undefined,
    };
    meetings.push(meeting);
    if (zone === undefined) zones.later(meeting);
  }
  const {warning} = zones.settle();
  if (warning) warnings.push(warning);
  return {meetings, issues, warnings, formats};
}

// ---------------------------------------------------------------------------------------------
// The query.

export {isBmltUrl} from './bmlt-url.js';

export interface BmltQueryOptions {
  /** Format names in this language (`lang_enum`). */
  lang?: string;
  /** For `today` / `tomorrow`. */
  now?: number;
  visitorTz?: string;
  /** Formats from an earlier response, to turn type codes into format ids. */
  formats?: readonly BmltFormat[];
}

/**
 * The `GetSearchResults` URL for a root server (`https://host/main_server/`), with the filters BMLT
 * can apply itself. A URL that already names `switcher=GetSearchResults` keeps its own parameters
 * and only gains `get_used_formats=1`. Filters BMLT cannot express (time of day, region, query) stay
 * client-side; so do type codes no known format carries, and required codes more than one format carries.
 */
export function bmltSearchUrl(root: string, filters: MeetingFilters = {}, options: BmltQueryOptions = {}): string {
  const base = typeof location === 'undefined' ? 'http://localhost/' : location.href;
  if (/switcher=GetSearchResults/i.test(root)) {
    const url = new URL(root, base);
    url.searchParams.set('get_used_formats', '1');
    return url.href;
  }
  const rootUrl = root.split(/[?#]/)[0].replace(/\/client_interface.*$/i, '').replace(/\/+$/, '');
  const url = new URL(`${rootUrl}/client_interface/json/`, base);
  const p = url.searchParams;
  p.set('switcher', 'GetSearchResults');
  p.set('get_used_formats', '1');
  if (filters.day?.length) {
    const days = resolveDays(filters.day, options.now ?? Date.now(), options.visitorTz ?? 'UTC');
    if (days.length) p.set('weekdays', days.map((d) => d + 1).join(','));
  }
  if (filters.attendance) p.set('venue_types', {'in-person': '1,3', online: '2,3', hybrid: '3'}[filters.attendance]);
  if (filters.types?.length && options.formats?.length) {
    const ids: string[] = [];
    for (const raw of filters.types) {
      const neg = raw.startsWith('-');
      const code = canonicalType(neg ? raw.slice(1) : raw);
      const matches = [...new Set(options.formats.filter((f) => f.code === code).map((f) => f.id))];
      if (!matches.length) continue;
      // Excluded: every format carrying the code. Required: only when one format carries it; with
      // several (BEG and NEWCOMER both → BE), AND over one of them would drop meetings carrying
      // another, so the code is left to the filter in the page.
      if (neg) for (const id of matches) ids.push(`-${id}`);
      else if (matches.length === 1) ids.push(matches[0]);
    }
    if (ids.length) {
      p.set('formats', [...new Set(ids)].join(','));
      p.set('formats_comparison_operator', 'AND');
    }
  }
  if (filters.near && filters.radius && filters.radius > 0) {
    // Without a radius the finder keeps every meeting with coordinates (sorted client-side), so only
    // a radius is worth sending: BMLT's auto-radius would drop all but the nearest few.
    p.set('lat_val', String(filters.near.lat));
    p.set('long_val', String(filters.near.lng));
    p.set(filters.distanceUnit === 'km' ? 'geo_width_km' : 'geo_width', String(filters.radius));
    p.set('sort_results_by_distance', '1');
  }
  if (options.lang) p.set('lang_enum', options.lang.toLowerCase().split(/[-_]/)[0]);
  return url.href;
}
