/**
 * "Add to calendar": an iCalendar (RFC 5545) file for a meeting that repeats every week on all its
 * days, in the meeting's own time zone (`DTSTART;TZID=America/Chicago:…`, `RRULE:FREQ=WEEKLY;BYDAY=MO,WE`),
 * so calendars keep the local time across DST changes. Text is escaped (`\\`, `;`, `,`, newlines),
 * lines are folded at 75 octets, lines end with CRLF. No VTIMEZONE: calendar apps resolve IANA TZIDs.
 */
import type {Meeting} from './meeting.js';
import {durationMinutes, nextStart, wallClock} from './meeting-time.js';
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

const utcStamp = (t: number) => new Date(t).toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');

export interface IcsOptions {
  /** The deep link to the meeting (URL property and description). */
  url?: string;
  /** For the first occurrence and DTSTAMP; default now. */
  now?: number;
  /** Added to the description ("Join: …", "Dial: …"). */
  labels?: {join?: string; dial?: string};
}

/**
 * The `.ics` text for a meeting. DTSTART is its next occurrence (the current one when in
 * progress). Throws for by-appointment meetings (no day or time: nothing to repeat).
 */
export function meetingIcs(m: Meeting, options: IcsOptions = {}): string {
  if (m.start === null || !m.days.length) throw new RangeError(`meeting ${m.id} has no weekly time`);
  const now = options.now ?? Date.now();
  let first = Infinity;
  for (const d of m.days) first = Math.min(first, nextStart(m, d, now) ?? Infinity);
  const c = wallClock(first, m.timezone);
  // The wall-clock date of the first start, at the meeting's own start time (the instant may have
  // moved in a DST gap; the calendar should still say the advertised local time).
  const startMinutes = m.start;
  const dtStart = localStamp(c.year, c.month, c.day, startMinutes);
  const dtEnd = localStamp(c.year, c.month, c.day, startMinutes + durationMinutes(m));
  const tz = m.timezone.replace(/[^\w/+\-]/g, '');

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
  const place = m.inPerson ? [m.location, m.address].filter(Boolean).join(', ') : (join ?? '');
  const url = safeUrl(options.url) ?? safeUrl(m.url);

  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//peerkit//meeting-finder//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${icsEscape(m.id.replace(/[^\w.:-]/g, '_'))}@peerkit`,
    `DTSTAMP:${utcStamp(now)}`,
    `DTSTART;TZID=${tz}:${dtStart}`,
    `DTEND;TZID=${tz}:${dtEnd}`,
    `RRULE:FREQ=WEEKLY;BYDAY=${m.days.map((d) => BYDAY[d]).join(',')}`,
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
