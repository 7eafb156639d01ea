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
import type {Attendance, FeedIssue, Meeting, ParsedFeed} from '../model/meeting.js';
import {MeetingFeedError} from '../model/meeting-errors.js';
import {canonicalType, TEMPORARILY_CLOSED} from '../model/meeting-types.js';
import {conferenceProvider, dialString, dialableDigits, MIN_CONFERENCE_PHONE_DIGITS} from '../model/meeting-conference.js';
import {validLatLng} from '../model/geo.js';
import {plainText, safeUrl} from '../model/text.js';

export interface MeetingGuideOptions {
  /** IANA zone for records without a (valid) `timezone`: the embed's, else the visitor's. */
  defaultTimezone: string;
}

// ---------------------------------------------------------------------------------------------
// Schema: shapes only (kept flat and simple so 10,000 records validate fast).

const scalar = z.optional(z.nullable(z.union([z.string(), z.number(), z.boolean()])));
const scalarList = z.optional(z.nullable(z.union([z.string(), z.number(), z.array(z.union([z.string(), z.number(), z.null()]))])));

const TEXT_FIELDS = [
  'name', 'slug', 'time', 'end_time', 'timezone', 'formatted_address', 'address', 'city', 'state', 'postal_code', 'country',
  'region', 'sub_region', 'sub_sub_region', 'conference_url', 'conference_url_notes', 'conference_phone', 'conference_phone_notes',
  'notes', 'location', 'location_notes', 'latitude', 'longitude', 'coordinates', 'approximate', 'updated', 'group', 'group_notes',
  'venmo', 'square', 'paypal', 'homegroup_online', 'url', 'feedback_url', 'entity', 'entity_email', 'entity_location',
  'entity_logo', 'entity_phone', 'entity_url', 'entity_website_url',
] as const;
const LIST_FIELDS = ['day', 'types', 'regions', 'feedback_emails'] as const;

type Scalar = string | number | boolean | null | undefined;
type ScalarList = string | number | (string | number | null)[] | null | undefined;
type RawRecord = {[K in (typeof TEXT_FIELDS)[number]]?: Scalar} & {[K in (typeof LIST_FIELDS)[number]]?: ScalarList};

const shape: Record<string, typeof scalar | typeof scalarList> = {};
for (const k of TEXT_FIELDS) shape[k] = scalar;
for (const k of LIST_FIELDS) shape[k] = scalarList;
/** One Meeting Guide record, shapes only; unknown fields are ignored. */
export const meetingGuideRecordSchema = z.object(shape);

/** Validates one record; fields of an impossible shape are dropped (reported in `dropped`). */
function validate(record: Record<string, unknown>): {data: RawRecord; dropped: string[]} {
  const first = meetingGuideRecordSchema.safeParse(record);
  if (first.success) return {data: first.data as RawRecord, dropped: []};
  const dropped = [...new Set(first.error.issues.map((i) => String(i.path[0])))];
  const copy: Record<string, unknown> = {...record};
  for (const k of dropped) delete copy[k];
  const second = meetingGuideRecordSchema.safeParse(copy);
  return {data: (second.success ? second.data : {}) as RawRecord, dropped};
}

// ---------------------------------------------------------------------------------------------
// Coercion helpers (exported for the BMLT adapter and tests).

/** Trimmed text, or undefined when empty. Numbers become strings; booleans are not text. */
export function text(v: Scalar | unknown): string | undefined {
  if (typeof v === 'string') {
    const s = v.trim();
    return s ? s : undefined;
  }
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return undefined;
}

/** "HH:MM", "H:MM", "HH:MM:SS" (or a number like 730 / 1930) → minutes after midnight; null when malformed. */
export function parseTime(v: unknown): number | null {
  if (typeof v === 'number') {
    if (!Number.isInteger(v) || v < 0 || v > 2359 || v % 100 > 59) return null;
    return Math.floor(v / 100) * 60 + (v % 100);
  }
  if (typeof v !== 'string') return null;
  const m = /^(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/.exec(v.trim());
  if (!m) return null;
  const h = +m[1];
  const min = +m[2];
  if (h > 24 || min > 59 || (h === 24 && min !== 0)) return null;
  return (h % 24) * 60 + min;
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
export function list(v: ScalarList | unknown): string[] {
  if (v === null || v === undefined) return [];
  const items = Array.isArray(v) ? v : typeof v === 'string' ? v.split(',') : [v];
  const out: string[] = [];
  for (const item of items) {
    const s = text(item);
    if (s) out.push(s);
  }
  return out;
}

const zoneCache = new Map<string, boolean>();
/** Whether `Intl` knows the IANA zone (cached: feeds repeat the same few zones). */
export function isValidTimeZone(zone: string): boolean {
  let ok = zoneCache.get(zone);
  if (ok === undefined) {
    try {
      new Intl.DateTimeFormat('en', {timeZone: zone});
      ok = true;
    } catch {
      ok = false;
    }
    zoneCache.set(zone, ok);
  }
  return ok;
}

/** The meeting's zone: the record's when valid, else the default, else UTC. */
export function resolveTimeZone(zone: string | undefined, fallback: string): string {
  if (zone && isValidTimeZone(zone)) return zone;
  if (fallback && isValidTimeZone(fallback)) return fallback;
  return 'UTC';
}

/** `yes`/`true`/`1` → true. */
function yes(v: Scalar): boolean {
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
function isoUpdated(v: Scalar): string | undefined {
  const s = text(v);
  if (!s) return undefined;
  const m = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2})?)$/.exec(s);
  const t = m ? Date.parse(`${m[1]}T${m[2].length === 5 ? m[2] + ':00' : m[2]}Z`) : Date.parse(s);
  return Number.isFinite(t) ? new Date(t).toISOString() : undefined;
}

// ---------------------------------------------------------------------------------------------

/**
 * Parses one Meeting Guide feed. `feedIndex` makes ids unique across merged feeds
 * (`id = "${feedIndex}:${slug}"`). Throws `MeetingFeedError('not-array')` when the JSON is not an array.
 */
export function parseMeetingGuide(json: unknown, feedUrl: string, feedIndex: number, options: MeetingGuideOptions): ParsedFeed {
  if (!Array.isArray(json)) throw new MeetingFeedError('not-array', feedUrl);
  const meetings: Meeting[] = [];
  const issues: FeedIssue[] = [];
  const seen = new Map<string, number>();
  for (let index = 0; index < json.length; index++) {
    const record = json[index];
    if (!record || typeof record !== 'object' || Array.isArray(record)) {
      issues.push({feed: feedUrl, index, code: 'not-object', reason: `record #${index} is not an object`});
      continue;
    }
    const {data: r} = validate(record as Record<string, unknown>);
    const slug = text(r.slug);
    if (!slug) {
      issues.push({feed: feedUrl, index, code: 'no-slug', reason: `record #${index}${r.name ? ` ("${text(r.name)}")` : ''} has no slug`});
      continue;
    }
    const firstIndex = seen.get(slug);
    if (firstIndex !== undefined) {
      issues.push({feed: feedUrl, index, slug, code: 'duplicate-slug', reason: `slug "${slug}" is already used by record #${firstIndex} in this feed`});
      continue;
    }
    seen.set(slug, index);

    // Days: a number, a numeric string, a comma string or an array of them.
    const rawDays = list(r.day);
    const days: number[] = [];
    let badDay: string | undefined;
    for (const d of rawDays) {
      const n = /^\d+$/.test(d) ? Number(d) : NaN;
      if (!(n >= 0 && n <= 6)) {
        badDay = d;
        break;
      }
      if (!days.includes(n)) days.push(n);
    }
    if (badDay !== undefined) {
      issues.push({feed: feedUrl, index, slug, code: 'bad-day', reason: `day "${badDay}" is not a day of the week 0–6 (0 = Sunday)`});
      continue;
    }
    days.sort((a, b) => a - b);

    // Time: required when there is a day; a record with neither is "by appointment".
    let start: number | null = null;
    let end: number | null = null;
    const rawTime = r.time;
    const hasTime = rawTime !== undefined && rawTime !== null && rawTime !== '';
    if (hasTime || days.length) {
      start = parseTime(rawTime);
      if (start === null) {
        issues.push({feed: feedUrl, index, slug, code: 'bad-time', reason: hasTime ? `time "${String(rawTime)}" is not HH:MM` : 'has a day but no time (HH:MM)'});
        continue;
      }
      if (!days.length) start = null; // a time without a day: still by appointment
    }
    if (start !== null) {
      const e = parseTime(r.end_time);
      end = e ?? (start + 60) % 1440;
    }

    // Location.
    const formatted = text(r.formatted_address);
    const street = text(r.address);
    const cityLine = [text(r.city), [text(r.state), text(r.postal_code)].filter(Boolean).join(' ')].filter(Boolean).join(', ');
    const address = formatted ?? ([street, cityLine, text(r.country)].filter(Boolean).join(', ') || undefined);
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
    const conferenceUrl = safeUrl(r.conference_url);
    const joinUrl = conferenceUrl && /^https?:/.test(conferenceUrl) ? conferenceUrl : undefined;
    const conferencePhone = dialString(r.conference_phone);
    if (!address && !hasCoordinates && !joinUrl && !conferencePhone) {
      issues.push({feed: feedUrl, index, slug, code: 'no-location', reason: 'has neither an address nor a conference URL or phone'});
      continue;
    }

    const types: string[] = [];
    for (const t of list(r.types)) {
      const code = canonicalType(t);
      if (code && !types.includes(code)) types.push(code);
    }
    const online = !!joinUrl || dialableDigits(conferencePhone) >= MIN_CONFERENCE_PHONE_DIGITS;
    const inPerson = (!!address || hasCoordinates) && !approximate && !types.includes(TEMPORARILY_CLOSED);

    const regionList = list(r.regions);
    const regions = regionList.length ? regionList : [text(r.region), text(r.sub_region), text(r.sub_sub_region)].filter((x): x is string => !!x);

    const entityUrl = safeUrl(r.entity_url) ?? safeUrl(r.entity_website_url);
    const entity = {
      name: text(r.entity),
      email: text(r.entity_email),
      phone: text(r.entity_phone),
      url: entityUrl,
      location: text(r.entity_location),
      logo: safeUrl(r.entity_logo),
    };

    const meeting: Meeting = {
      id: `${feedIndex}:${slug}`,
      slug,
      feed: feedUrl,
      name: text(r.name) ?? slug,
      days: start === null ? [] : days,
      start,
      end,
      timezone: resolveTimeZone(text(r.timezone), options.defaultTimezone),
      types,
      inPerson,
      online,
      attendance: attendanceOf(inPerson, online),
      regions,
      approximate,
      feedbackEmails: list(r.feedback_emails).filter((e) => e.includes('@')),
    };
    const location = text(r.location);
    if (location) meeting.location = location;
    if (address) meeting.address = address;
    const optionalText: [keyof Meeting, string | undefined][] = [
      ['locationNotes', plainText(text(r.location_notes))],
      ['notes', plainText(text(r.notes))],
      ['group', text(r.group)],
      ['groupNotes', plainText(text(r.group_notes))],
      ['conferenceUrlNotes', plainText(text(r.conference_url_notes))],
      ['conferencePhoneNotes', plainText(text(r.conference_phone_notes))],
      ['url', safeUrl(r.url)],
      ['feedbackUrl', safeUrl(r.feedback_url)],
      ['venmo', text(r.venmo)],
      ['square', text(r.square)],
      ['paypal', text(r.paypal)],
      ['homegroupOnline', text(r.homegroup_online)],
      ['updated', isoUpdated(r.updated)],
    ];
    for (const [k, v] of optionalText) if (v) (meeting as unknown as Record<string, unknown>)[k] = v;
    if (hasCoordinates) {
      meeting.latitude = latitude;
      meeting.longitude = longitude;
    }
    if (joinUrl) {
      meeting.conferenceUrl = joinUrl;
      const provider = conferenceProvider(joinUrl);
      if (provider) meeting.conferenceProvider = provider;
    }
    if (conferencePhone) meeting.conferencePhone = conferencePhone;
    if (Object.values(entity).some(Boolean)) {
      meeting.entity = Object.fromEntries(Object.entries(entity).filter(([, v]) => v)) as Meeting['entity'];
    }
    meetings.push(meeting);
  }
  return {meetings, issues};
}
