/**
 * What the finder needs from the meeting model and sources, in one place. Everything here is either
 * a re-export of the model (`src/model/meeting-*.ts`, `src/sources/meetings.ts`) or a small piece
 * of presentation glue that belongs to this element (region options for a `<select>`, the deep-link
 * hash in this finder's namespace, a geocoder response).
 */
import type {Meeting, Occurrence} from '../../model/meeting.js';
import {status as occStatus, wallClock} from '../../model/meeting-time.js';
import {typeName as modelTypeName} from '../../model/meeting-types.js';
import {flattenRegions, regionTree} from '../../model/meeting-filter.js';
import {fold, safeUrl} from '../../model/text.js';
import {wallTime} from '../../core/i18n.js';

export {visitorTime} from '../../model/meeting-time.js';

export {loadMeetings} from '../../sources/meetings.js';
export {occurrences} from '../../model/meeting-time.js';
export {filterOccurrences, availableTypes} from '../../model/meeting-filter.js';

export function status(o: Occurrence, now: number): 'in-progress' | 'soon' | undefined {
  const s = occStatus(o, now);
  return s === 'in-progress' ? s : s === 'starting-soon' ? 'soon' : undefined;
}

export function typeName(code: string, lang: string, meetings: readonly Meeting[]): string {
  const withNames = meetings.find((m) => m.extraTypeNames?.[code]);
  return modelTypeName(code, lang, withNames);
}

/** Areas as `<option>`s: the region tree depth-first, children under their parents. */
export function regionOptions(meetings: readonly Meeting[], tag: string): {name: string; depth: number}[] {
  return flattenRegions(regionTree(meetings, tag)).map(({node, depth}) => ({name: node.name, depth}));
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
