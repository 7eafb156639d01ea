/**
 * "Add to calendar": an iCalendar (RFC 5545) file for a meeting that repeats every week on all its
 * days, in the meeting's own time zone (`DTSTART;TZID=America/Chicago:…`, `RRULE:FREQ=WEEKLY;BYDAY=MO,WE`),
 * so calendars keep the local time across DST changes. Text is escaped (`\\`, `;`, `,`, newlines),
 * lines are folded at 75 octets, lines end with CRLF. The TZID has its VTIMEZONE (RFC 5545 3.6.5; Outlook
 * needs it), worked out from `Intl` offsets (no tz database): yearly DAYLIGHT/STANDARD rules when the
 * zone changes the same way every year, else each change as it is, or one STANDARD for a fixed offset.
 */
import type {Meeting} from './meeting.js';
import {durationMinutes, nextStart, wallClock, zoneOffset} from './meeting-time.js';
import {joinUrl} from './meeting-links.js';
import {safeUrl} from './text.js';

const BYDAY = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Escapes a TEXT value. */
export function icsEscape(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line at 75 octets (UTF-8), never splitting a character. */
export function foldLine(line: string): string {
  const enc = new TextEncoder();
  if (enc.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let bytes = 0;
  let limit = 75;
  for (const ch of line) {
    const n = enc.encode(ch).length;
    if (bytes + n > limit) {
      parts.push(current);
      current = '';
      bytes = 0;
      limit = 74; // continuation lines start with a space
    }
    current += ch;
    bytes += n;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** A local date-time value `YYYYMMDDTHHMMSS` from a date and minutes after midnight (may exceed a day). */
function localStamp(year: number, month: number, day: number, minutes: number): string {
  const d = new Date(Date.UTC(year, month - 1, day, 0, minutes));
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}00`;
}

const MINUTE = 60_000;
const DAY = 86_400_000;
/** An offset in minutes as `±HHMM`. */
const offsetText = (o: number) => (o < 0 ? '-' : '+') + pad(Math.floor(Math.abs(o) / 60)) + pad(Math.abs(o) % 60);

/** An offset change: the instant, the offset before and after (minutes). */
type Change = [at: number, from: number, to: number];

/**
 * The VTIMEZONE for `zone` (named `tzid`) from its offset changes in `year` (found day by day, then
 * to the minute). Two changes that each fall on a month's first such weekday on or after a day (or in
 * its last 7 days) at the same local time from the year before to 12 years on give a DAYLIGHT and a
 * STANDARD rule, with onsets in the year before so every occurrence from `year` on is covered.
 * Otherwise (a fixed offset, a one-off change, Ramadan) the offset since 1970, then each change.
 */
export function icsTimezone(zone: string, tzid: string, year: number): string[] {
  const changes: Change[] = [];
  let t = Date.UTC(year, 0, 1);
  const first = zoneOffset(t, zone);
  for (let from = first, to; t < Date.UTC(year + 1, 0, 1); from = to) {
    to = zoneOffset((t += DAY), zone);
    if (to === from) continue;
    let lo = t - DAY;
    let hi = t;
    while (hi - lo > MINUTE) {
      const mid = Math.floor((lo + hi) / 2 / MINUTE) * MINUTE;
      if (zoneOffset(mid, zone) === from) lo = mid;
      else hi = mid;
    }
    changes.push([hi, from, to]);
  }
  /** A sub-component; `at` is the instant of the change, shown as the wall clock just before it. */
  const part = (type: string, at: number, from: number, to: number, rrule = '') => [
    `BEGIN:${type}`,
    `DTSTART:${localStamp(1970, 1, 1, at / MINUTE + from)}`,
    rrule,
    `TZOFFSETFROM:${offsetText(from)}`,
    `TZOFFSETTO:${offsetText(to)}`,
    `END:${type}`,
  ];
  const rules = changes.map(([at, from, to]) => {
    const local = new Date(at + from * MINUTE);
    const month = local.getUTCMonth();
    const weekday = local.getUTCDay();
    const date = local.getUTCDate();
    // The first day of the month's last 7 in year `y`.
    const lastWeek = (y: number) => new Date(Date.UTC(y, month + 1, -6)).getUTCDate();
    // The change in year `y` if it is on the first `weekday` on or after day `d` (0: of the last 7 days).
    const when = (d: number, y: number) => {
      d ||= lastWeek(y);
      return Date.UTC(y, month, d + ((weekday - new Date(Date.UTC(y, month, d)).getUTCDay() + 7) % 7)) + ((at + from * MINUTE) % DAY) - from * MINUTE;
    };
    const d = [0, ...[6, 5, 4, 3, 2, 1, 0].map((k) => date - k)].find((d) => {
      for (let y = year - 1; y < year + 13; y++) {
        const i = when(d, y);
        if (d > lastWeek(y) || zoneOffset(i - MINUTE, zone) !== from || zoneOffset(i, zone) !== to) return false;
      }
      return true;
    });
    if (d === undefined) return undefined;
    const w = BYDAY[weekday];
    const byDay = !d ? `-1${w}` : d % 7 === 1 ? `${(d + 6) / 7}${w}` : `${w};BYMONTHDAY=${[0, 1, 2, 3, 4, 5, 6].map((k) => d + k)}`;
    return part(to > from ? 'DAYLIGHT' : 'STANDARD', when(d, year - 1), from, to, `RRULE:FREQ=YEARLY;BYMONTH=${month + 1};BYDAY=${byDay}`);
  });
  return [
    'BEGIN:VTIMEZONE',
    `TZID:${tzid}`,
    ...(changes.length === 2 && rules.every(Boolean)
      ? rules.flat()
      : [...part('STANDARD', -first * MINUTE, first, first), ...changes.flatMap((c) => part(c[2] > c[1] ? 'DAYLIGHT' : 'STANDARD', ...c))]),
    'END:VTIMEZONE',
  ] as string[];
}

const utcStamp = (t: number) => new Date(t).toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');

export interface IcsOptions {
  /** The deep link to the meeting (URL property and description). */
  url?: string;
  /** For the first occurrence and DTSTAMP; default now. */
  now?: number;
  /** Added to the description ("Join: …", "Dial: …"). */
  labels?: {join?: string; dial?: string};
}

/** What both calendar links need: the first start's local wall-clock stamps, the description and place. */
export interface CalendarEvent {
  /** `YYYYMMDDTHHMMSS`, the meeting's own local time on the date of its next occurrence. */
  start: string;
  end: string;
  /** The year of the first start (for the VTIMEZONE). */
  year: number;
  /** `MO,WE`: the RRULE's BYDAY. */
  byDay: string;
  description: string;
  place: string;
}

/**
 * The next occurrence (the current one when in progress) as local stamps, with the text a calendar
 * entry carries. Throws for by-appointment meetings (no day or time: nothing to repeat).
 */
export function calendarEvent(m: Meeting, options: IcsOptions = {}): CalendarEvent {
  if (m.start === null || !m.days.length) throw new RangeError(`meeting ${m.id} has no weekly time`);
  const now = options.now ?? Date.now();
  let first = Infinity;
  for (const d of m.days) first = Math.min(first, nextStart(m, d, now) ?? Infinity);
  const c = wallClock(first, m.timezone);
  // The wall-clock date of the first start, at the meeting's own start time (the instant may have
  // moved in a DST gap; the calendar should still say the advertised local time).
  const startMinutes = m.start;
  const join = joinUrl(m);
  const description = [
    m.notes,
    join ? `${options.labels?.join ?? 'Join'}: ${join}` : undefined,
    m.conferenceUrlNotes,
    m.conferencePhone ? `${options.labels?.dial ?? 'Dial'}: ${m.conferencePhone}` : undefined,
    m.conferencePhoneNotes,
    m.locationNotes,
    options.url,
  ]
    .filter(Boolean)
    .join('\n');
  return {
    start: localStamp(c.year, c.month, c.day, startMinutes),
    end: localStamp(c.year, c.month, c.day, startMinutes + durationMinutes(m)),
    year: c.year,
    byDay: m.days.map((d) => BYDAY[d]).join(','),
    description,
    place: m.inPerson ? [m.location, m.address].filter(Boolean).join(', ') : (join ?? ''),
  };
}

/**
 * The `.ics` text for a meeting. DTSTART is its next occurrence (the current one when in
 * progress). Throws for by-appointment meetings (no day or time: nothing to repeat).
 */
export function meetingIcs(m: Meeting, options: IcsOptions = {}): string {
  const now = options.now ?? Date.now();
  const {start: dtStart, end: dtEnd, year, byDay, description, place} = calendarEvent(m, options);
  const tz = m.timezone.replace(/[^\w/+\-]/g, '');
  const url = safeUrl(options.url) ?? safeUrl(m.url);

  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//peerkit//meeting-finder//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    // A meeting whose zone nobody gives: a floating local time (RFC 5545 3.3.5, form #1).
    ...(m.timezoneUnknown ? [] : icsTimezone(m.timezone, tz, year)),
    'BEGIN:VEVENT',
    `UID:${icsEscape(m.id.replace(/[^\w.:-]/g, '_'))}@peerkit`,
    `DTSTAMP:${utcStamp(now)}`,
    m.timezoneUnknown ? `DTSTART:${dtStart}` : `DTSTART;TZID=${tz}:${dtStart}`,
    m.timezoneUnknown ? `DTEND:${dtEnd}` : `DTEND;TZID=${tz}:${dtEnd}`,
    `RRULE:FREQ=WEEKLY;BYDAY=${byDay}`,
    `SUMMARY:${icsEscape(m.name)}`,
    place ? `LOCATION:${icsEscape(place)}` : '',
    m.inPerson && m.latitude !== undefined && m.longitude !== undefined ? `GEO:${m.latitude};${m.longitude}` : '',
    description ? `DESCRIPTION:${icsEscape(description)}` : '',
    url ? `URL:${url}` : '',
    'END:VEVENT',
    'END:VCALENDAR',
  ].filter(Boolean);
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** A file name for the download: the slug, made safe. */
export function icsFileName(m: Pick<Meeting, 'slug'>): string {
  return `${m.slug.replace(/[^\w-]+/g, '-').replace(/^-+|-+$/g, '') || 'meeting'}.ics`;
}
