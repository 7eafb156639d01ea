/**
 * What the finder needs from the meeting model and sources, in one place. Everything here is either
 * a re-export of the model (`src/model/meeting-*.ts`, `src/sources/meetings.ts`) or a small piece
 * of presentation glue that belongs to this element (region options for a `<select>`, the deep-link
 * hash in this finder's namespace, a geocoder response).
 */
import type {Meeting, MeetingFilters, MeetingFormat, Occurrence, ParsedFeed} from '../../model/meeting.js';
import {getJson} from '../../core/fetch.js';
import {parseMeetingGuide} from '../../sources/meeting-guide.js';
import {occurrences, resolveDays, status as occStatus, inTimeOfDay, wallClock} from '../../model/meeting-time.js';
import {typeName as modelTypeName} from '../../model/meeting-types.js';
import {distance} from '../../model/geo.js';
import {fold, queryWords, safeUrl} from '../../model/text.js';
import {wallTime} from '../../core/i18n.js';

export {visitorTime} from '../../model/meeting-time.js';

// TEMP until src/sources/meetings.ts lands.
export async function loadFeeds(urls: string[], _format: MeetingFormat, options: {signal: AbortSignal; defaultTimezone: string}): Promise<ParsedFeed> {
  const out: ParsedFeed = {meetings: [], issues: []};
  const parsed = await Promise.all(urls.map(async (url, i) => parseMeetingGuide(await getJson(url, {signal: options.signal}), url, i, {defaultTimezone: options.defaultTimezone})));
  for (const p of parsed) {
    out.meetings.push(...p.meetings);
    out.issues.push(...p.issues);
  }
  return out;
}

// TEMP until filterOccurrences lands.
export function filter(meetings: readonly Meeting[], f: MeetingFilters, o: {now: number; timezone: string}): Occurrence[] {
  const words = queryWords(f.query);
  const days = f.day ? resolveDays(f.day, o.now, o.timezone) : undefined;
  const include = (f.types ?? []).filter((t) => !t.startsWith('-'));
  const exclude = (f.types ?? []).filter((t) => t.startsWith('-')).map((t) => t.slice(1));
  const region = f.region ? fold(f.region) : undefined;
  const pre = meetings.filter((m) => {
    if (f.attendance === 'online' && !m.online) return false;
    if (f.attendance === 'in-person' && !m.inPerson) return false;
    if (f.attendance === 'hybrid' && m.attendance !== 'hybrid') return false;
    if (include.some((t) => !m.types.includes(t)) || exclude.some((t) => m.types.includes(t))) return false;
    if (region && !m.regions.some((r) => fold(r) === region)) return false;
    if (f.time && (m.start === null || !f.time.some((b) => inTimeOfDay(m.start!, b)))) return false;
    if (f.near && (m.latitude === undefined || m.longitude === undefined || m.approximate)) return false;
    if (words.length) {
      const hay = fold([m.name, m.location, m.address, m.regions.join(' '), m.group, m.notes].filter(Boolean).join(' '));
      if (!words.every((w) => hay.includes(w))) return false;
    }
    return true;
  });
  let list = occurrences(pre, o.now, o.timezone);
  if (days) list = list.filter((x) => x.day !== null && days.includes(x.day));
  if (f.near) {
    for (const x of list) x.distance = distance(f.near, {lat: x.meeting.latitude!, lng: x.meeting.longitude!}, f.distanceUnit ?? 'mi');
    if (f.radius) list = list.filter((x) => x.distance! <= f.radius!);
    list.sort((a, b) => a.distance! - b.distance!);
  }
  return list;
}

export function status(o: Occurrence, now: number): 'in-progress' | 'soon' | undefined {
  const s = occStatus(o, now);
  return s === 'in-progress' ? s : s === 'starting-soon' ? 'soon' : undefined;
}

export function typeName(code: string, lang: string, meetings: readonly Meeting[]): string {
  const withNames = meetings.find((m) => m.extraTypeNames?.[code]);
  return modelTypeName(code, lang, withNames);
}

// TEMP until availableTypes lands.
export function availableTypes(meetings: readonly Meeting[]): string[] {
  const set = new Set<string>();
  for (const m of meetings) for (const t of m.types) set.add(t);
  return [...set].sort();
}

/** Areas as `<option>`s: each region path as a tree, depth-first, children indented under parents. */
export function regionOptions(meetings: readonly Meeting[]): {name: string; depth: number}[] {
  interface Node {
    name: string;
    children: Map<string, Node>;
  }
  const root: Node = {name: '', children: new Map()};
  for (const m of meetings) {
    let node = root;
    for (const r of m.regions) {
      let next = node.children.get(r);
      if (!next) node.children.set(r, (next = {name: r, children: new Map()}));
      node = next;
    }
  }
  const out: {name: string; depth: number}[] = [];
  const walk = (n: Node, depth: number) => {
    for (const c of [...n.children.values()].sort((a, b) => a.name.localeCompare(b.name))) {
      out.push({name: c.name, depth});
      walk(c, depth + 1);
    }
  };
  walk(root, 0);
  return out;
}

// TEMP until the links module lands.
export function directionsUrl(m: Meeting, apple: boolean): string | undefined {
  const q = m.latitude !== undefined && m.longitude !== undefined ? `${m.latitude},${m.longitude}` : m.address;
  if (!q) return undefined;
  return apple ? `https://maps.apple.com/?daddr=${encodeURIComponent(q)}` : `https://www.google.com/maps/dir/?api=1&destination=${encodeURIComponent(q)}`;
}
export function telUrl(m: Meeting): string | undefined {
  return m.conferencePhone ? `tel:${m.conferencePhone.replace(/#/g, '%23')}` : undefined;
}
export function feedbackUrl(m: Meeting): string | undefined {
  const url = safeUrl(m.feedbackUrl);
  if (url) return url;
  return m.feedbackEmails.length ? `mailto:${m.feedbackEmails.join(',')}?subject=${encodeURIComponent(m.name)}` : undefined;
}
export function traditionLinks(m: Meeting): {label: string; url: string}[] {
  const out: {label: string; url: string}[] = [];
  if (m.venmo) out.push({label: 'Venmo', url: `https://venmo.com/u/${encodeURIComponent(m.venmo.replace(/^@/, ''))}`});
  if (m.square) out.push({label: 'Cash App', url: `https://cash.app/${encodeURIComponent(m.square.startsWith('$') ? m.square : '$' + m.square)}`});
  const paypal = m.paypal && (safeUrl(m.paypal) ?? `https://www.paypal.me/${encodeURIComponent(m.paypal)}`);
  if (paypal) out.push({label: 'PayPal', url: paypal});
  const hg = m.homegroupOnline && safeUrl(m.homegroupOnline);
  if (hg) out.push({label: 'Homegroup Online', url: hg});
  return out;
}
export function ics(m: Meeting, o: {url: string; now: number}): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const c = wallClock(o.now, m.timezone);
  const start = m.start ?? 0;
  const end = m.end ?? start + 60;
  const date = `${c.year}${pad(c.month)}${pad(c.day)}`;
  const days = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
  const esc = (s: string) => s.replace(/[\\;,]/g, (x) => '\\' + x).replace(/\n/g, '\\n');
  return [
    'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//peerkit//meeting-finder//EN', 'BEGIN:VEVENT',
    `UID:${m.id}@peerkit`, `DTSTAMP:${new Date(o.now).toISOString().replace(/[-:]|\.\d+/g, '')}`,
    `DTSTART;TZID=${m.timezone}:${date}T${pad(Math.floor(start / 60))}${pad(start % 60)}00`,
    `DTEND;TZID=${m.timezone}:${date}T${pad(Math.floor(end / 60) % 24)}${pad(end % 60)}00`,
    `RRULE:FREQ=WEEKLY;BYDAY=${m.days.map((d) => days[d]).join(',')}`,
    `SUMMARY:${esc(m.name)}`, `URL:${o.url}`, 'END:VEVENT', 'END:VCALENDAR', '',
  ].join('\r\n');
}

/** "7:30 PM – 8:30 PM" in the meeting's own wall clock. */
export function timeRange(m: Meeting, tag: string): string {
  if (m.start === null) return '';
  return m.end !== null ? `${wallTime(m.start, tag)} – ${wallTime(m.end, tag)}` : wallTime(m.start, tag);
}

/** Other meetings at the same place (same coordinates, else the same address). */
export function sameLocation(m: Meeting, all: readonly Meeting[]): Meeting[] {
  if (!m.inPerson) return [];
  const key = (x: Meeting) => (x.latitude !== undefined && x.longitude !== undefined ? `${x.latitude.toFixed(4)},${x.longitude.toFixed(4)}` : x.address ? fold(x.address) : undefined);
  const k = key(m);
  return k ? all.filter((x) => x !== m && x.inPerson && key(x) === k).slice(0, 20) : [];
}

/** The URL hash that opens a meeting in this finder: `#mf-meeting=0%3Aslug`. */
export function meetingHash(id: string, prefix: string): string {
  return `#${prefix}meeting=${encodeURIComponent(id)}`;
}
export function meetingIdFromHash(hash: string, prefix: string): string | undefined {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  return p.get(`${prefix}meeting`) ?? undefined;
}

/** A point from a geocoder response: Nominatim (`[{lat, lon}]`) or GeoJSON (`features[0].geometry.coordinates`). */
export function geocodeResult(json: unknown): {lat: number; lng: number} | undefined {
  const first = Array.isArray(json) ? json[0] : (json as {features?: unknown[]} | null)?.features?.[0];
  if (!first || typeof first !== 'object') return undefined;
  const r = first as {lat?: unknown; lon?: unknown; lng?: unknown; geometry?: {coordinates?: unknown[]}};
  const lat = Number(r.lat ?? r.geometry?.coordinates?.[1]);
  const lng = Number(r.lon ?? r.lng ?? r.geometry?.coordinates?.[0]);
  return Number.isFinite(lat) && Number.isFinite(lng) && Math.abs(lat) <= 90 && Math.abs(lng) <= 180 ? {lat, lng} : undefined;
}
