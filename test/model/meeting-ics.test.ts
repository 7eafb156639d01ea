import {test} from 'node:test';
import assert from 'node:assert/strict';
import {foldLine, icsEscape, icsFileName, meetingIcs} from '../../src/model/meeting-ics.js';
import type {Meeting} from '../../src/model/meeting.js';

const base: Meeting = {
  id: '0:reunion-lunes-miercoles',
  slug: 'reunion-lunes-miercoles',
  feed: 'f',
  name: 'Reunión de los Lunes y Miércoles',
  days: [1, 3],
  start: 19 * 60,
  end: 20 * 60 + 30,
  timezone: 'America/Chicago',
  timezoneUnknown: false,
  types: ['S', 'C'],
  inPerson: true,
  online: false,
  attendance: 'in-person',
  location: 'Iglesia San José',
  address: '600 N 4th St, Springfield, IL 62702, USA',
  latitude: 39.8072,
  longitude: -89.651,
  regions: [],
  approximate: false,
  feedbackEmails: [],
};
const NOW = Date.parse('2026-11-25T12:00:00Z'); // Wednesday 06:00 in Chicago
/** Unfolds and splits into properties. */
const props = (ics: string) => {
  const lines = ics.replace(/\r\n /g, '').split('\r\n');
  return Object.fromEntries(lines.filter(Boolean).map((l) => [l.slice(0, l.search(/[:;]/)) + (l.startsWith('DT') ? l.slice(l.search(/[:;]/), l.indexOf(':')) : ''), l.slice(l.indexOf(':') + 1)]));
};

test('a weekly event on all its days in the meeting’s zone, starting at the next occurrence', () => {
  const ics = meetingIcs(base, {now: NOW, url: 'https://example.org/m#meeting=0%3Areunion-lunes-miercoles'});
  assert.ok(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n'));
  assert.ok(ics.endsWith('END:VEVENT\r\nEND:VCALENDAR\r\n'));
  assert.ok(!/[^\r]\n/.test(ics), 'every line ends with CRLF');
  const p = props(ics);
  assert.equal(p['DTSTART;TZID=America/Chicago'], '20261125T190000'); // tonight, Wednesday
  assert.equal(p['DTEND;TZID=America/Chicago'], '20261125T203000');
  assert.equal(p.RRULE, 'FREQ=WEEKLY;BYDAY=MO,WE');
  assert.equal(p.SUMMARY, 'Reunión de los Lunes y Miércoles');
  assert.equal(p.LOCATION, 'Iglesia San José\\, 600 N 4th St\\, Springfield\\, IL 62702\\, USA');
  assert.equal(p.GEO, '39.8072;-89.651');
  assert.equal(p.UID, '0:reunion-lunes-miercoles@peerkit');
  assert.equal(p.DTSTAMP, '20261125T120000Z');
  assert.equal(p.URL, 'https://example.org/m#meeting=0%3Areunion-lunes-miercoles');
});

test('past midnight, after this week’s last day, and across the DST change', () => {
  const owls = {...base, days: [5], start: 23 * 60, end: 30};
  const p = props(meetingIcs(owls, {now: NOW}));
  assert.equal(p['DTSTART;TZID=America/Chicago'], '20261127T230000');
  assert.equal(p['DTEND;TZID=America/Chicago'], '20261128T003000');
  // Monday's meeting seen on Tuesday 27 October: next Monday is after the fall-back; local time kept.
  const q = props(meetingIcs({...base, days: [1]}, {now: Date.parse('2026-10-27T15:00:00Z')}));
  assert.equal(q['DTSTART;TZID=America/Chicago'], '20261102T190000');
});

test('online meetings: join link as location, join and dial details in the description', () => {
  const online: Meeting = {
    ...base,
    inPerson: false,
    online: true,
    attendance: 'online',
    conferenceUrl: 'https://zoom.us/j/98765432100',
    conferencePhone: '+16465588656,,98765432100#',
    conferenceUrlNotes: 'Password; 1234',
    notes: 'Line one\nLine two, with comma',
  };
  const p = props(meetingIcs(online, {now: NOW, labels: {join: 'Unirse', dial: 'Marcar'}}));
  assert.equal(p.LOCATION, 'https://zoom.us/j/98765432100');
  assert.equal(p.GEO, undefined);
  assert.equal(p.DESCRIPTION, 'Line one\\nLine two\\, with comma\\nUnirse: https://zoom.us/j/98765432100\\nPassword\\; 1234\\nMarcar: +16465588656\\,\\,98765432100#');
});

test('escaping and folding at 75 octets without splitting characters', () => {
  assert.equal(icsEscape('a\\b;c,d\ne'), 'a\\\\b\\;c\\,d\\ne');
  const long = 'SUMMARY:' + 'ñ'.repeat(100);
  const folded = foldLine(long);
  const enc = new TextEncoder();
  for (const line of folded.split('\r\n')) assert.ok(enc.encode(line).length <= 75);
  assert.equal(folded.replace(/\r\n /g, ''), long);
  const ics = meetingIcs({...base, name: 'x'.repeat(200), notes: '<script>alert(1)</script>'}, {now: NOW});
  for (const line of ics.split('\r\n')) assert.ok(enc.encode(line).length <= 75, line);
});

test('by-appointment meetings have no calendar file; file names are safe', () => {
  assert.throws(() => meetingIcs({...base, days: [], start: null, end: null}), RangeError);
  assert.equal(icsFileName({slug: '../etc/passwd'}), 'etc-passwd.ics');
  assert.equal(icsFileName({slug: '1234'}), '1234.ics');
  assert.equal(icsFileName({slug: '<>'}), 'meeting.ics');
});

// ---------------------------------------------------------------------------------------------
// VTIMEZONE

interface Observance {
  type: string;
  [prop: string]: string;
}
/** The VTIMEZONE components of a file: TZID and observances (properties by name). */
const vtimezones = (ics: string) => {
  const zones: {tzid: string; parts: Observance[]}[] = [];
  let part: Observance | undefined;
  for (const l of ics.replace(/\r\n /g, '').split('\r\n')) {
    if (l === 'BEGIN:VTIMEZONE') zones.push({tzid: '', parts: []});
    else if (/^BEGIN:(STANDARD|DAYLIGHT)$/.test(l)) zones.at(-1)!.parts.push((part = {type: l.slice(6)}));
    else if (/^END:(STANDARD|DAYLIGHT)$/.test(l)) part = undefined;
    else if (part) part[l.slice(0, l.indexOf(':'))] = l.slice(l.indexOf(':') + 1);
    else if (l.startsWith('TZID:') && zones.length) zones.at(-1)!.tzid = l.slice(5);
  }
  return zones;
};
const meetingIn = (timezone: string, now: number) => meetingIcs({...base, timezone}, {now});
/** The one VTIMEZONE's observances, after checking it is the one the event's TZIDs name. */
const observances = (timezone: string, now: number) => {
  const ics = meetingIn(timezone, now);
  const zones = vtimezones(ics);
  assert.deepEqual(zones.map((z) => z.tzid), [timezone]);
  const tzids = [...ics.matchAll(/;TZID=([^:;]+)/g)].map((m) => m[1]);
  assert.deepEqual(new Set(tzids), new Set([timezone]), 'every TZID has its VTIMEZONE');
  return zones[0].parts;
};
const pick = (parts: Observance[], type: string) => parts.filter((p) => p.type === type);

/** Offset in minutes from Intl's `longOffset` name ("GMT-05:00"), independent of the code under test. */
const offsetFormats = new Map<string, Intl.DateTimeFormat>();
const intlOffset = (zone: string, t: number) => {
  let f = offsetFormats.get(zone);
  if (!f) offsetFormats.set(zone, (f = new Intl.DateTimeFormat('en-US', {timeZone: zone, timeZoneName: 'longOffset'})));
  const name = f.formatToParts(t).find((p) => p.type === 'timeZoneName')!.value;
  const m = /GMT([+-])(\d\d):(\d\d)/.exec(name);
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
};
const offsetMinutes = (s: string) => (s[0] === '-' ? -1 : 1) * (Number(s.slice(1, 3)) * 60 + Number(s.slice(3, 5)));
const DAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

/** Every onset (instant, offset after) the observances define up to `untilYear`, expanding their yearly RRULEs. */
function onsets(parts: Observance[], untilYear: number): {at: number; to: number}[] {
  const out: {at: number; to: number}[] = [];
  for (const p of parts) {
    const [, y, mo, d, h, mi] = /^(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)00$/.exec(p.DTSTART)!.map(Number);
    const from = offsetMinutes(p.TZOFFSETFROM);
    const to = offsetMinutes(p.TZOFFSETTO);
    const push = (year: number, month: number, day: number) => out.push({at: Date.UTC(year, month - 1, day, h, mi) - from * 60_000, to});
    if (!p.RRULE) {
      push(y, mo, d);
      continue;
    }
    const r = Object.fromEntries(p.RRULE.split(';').map((kv) => kv.split('=')));
    assert.equal(r.FREQ, 'YEARLY');
    const month = Number(r.BYMONTH);
    const [, n, wd] = /^(-?\d)?(\w\w)$/.exec(r.BYDAY)!;
    for (let year = y; year <= untilYear; year++) {
      const days = Array.from({length: 31}, (_, i) => i + 1).filter((day) => new Date(Date.UTC(year, month - 1, day)).getUTCMonth() === month - 1 && DAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()] === wd);
      const day = r.BYMONTHDAY ? days.find((x) => r.BYMONTHDAY.split(',').includes(String(x))) : Number(n) < 0 ? days.at(Number(n)) : days[Number(n) - 1];
      assert.ok(day, `${p.RRULE} in ${year}`);
      if (year === y) assert.equal(day, d, `${p.DTSTART} is the first ${p.RRULE}`);
      push(year, month, day);
    }
  }
  return out.sort((a, b) => a.at - b.at);
}

/** Reads the VTIMEZONE as a calendar would and compares it with Intl from `from` to `until`: daily, and around every onset. */
function assertMatchesIntl(zone: string, parts: Observance[], from: number, until: number) {
  const all = onsets(parts, new Date(until).getUTCFullYear() + 1);
  const offsetAt = (t: number) => all.findLast((o) => o.at <= t)?.to;
  const times = [...all.flatMap((o) => [o.at - 60_000, o.at])].filter((t) => t >= from && t <= until);
  for (let t = from; t <= until; t += 86_400_000) times.push(t);
  for (const t of times) assert.equal(offsetAt(t), intlOffset(zone, t), `${zone} at ${new Date(t).toISOString()}`);
}

test('VTIMEZONE inside VCALENDAR, before VEVENT, with US rules (Chicago)', () => {
  const now = Date.parse('2028-01-05T12:00:00Z'); // Wednesday 06:00 in Chicago
  const ics = meetingIn('America/Chicago', now);
  const lines = ics.split('\r\n');
  assert.equal(lines.indexOf('BEGIN:VTIMEZONE'), lines.indexOf('METHOD:PUBLISH') + 1);
  assert.ok(lines.indexOf('END:VTIMEZONE') < lines.indexOf('BEGIN:VEVENT'));
  assert.equal(props(ics)['DTSTART;TZID=America/Chicago'], '20280105T190000');
  const parts = observances('America/Chicago', now);
  assert.equal(parts.length, 2);
  assert.deepEqual(pick(parts, 'DAYLIGHT'), [
    {type: 'DAYLIGHT', DTSTART: '20270314T020000', RRULE: 'FREQ=YEARLY;BYMONTH=3;BYDAY=2SU', TZOFFSETFROM: '-0600', TZOFFSETTO: '-0500'},
  ]);
  assert.deepEqual(pick(parts, 'STANDARD'), [
    {type: 'STANDARD', DTSTART: '20271107T020000', RRULE: 'FREQ=YEARLY;BYMONTH=11;BYDAY=1SU', TZOFFSETFROM: '-0500', TZOFFSETTO: '-0600'},
  ]);
});

test('VTIMEZONE rules start the year before, so a January meeting is covered too', () => {
  const now = Date.parse('2027-01-04T18:00:00Z'); // Monday noon in Chicago
  const parts = observances('America/Chicago', now);
  assert.deepEqual(parts.map((p) => p.DTSTART).sort(), ['20260308T020000', '20261101T020000']);
  assertMatchesIntl('America/Chicago', parts, now, Date.UTC(2040, 0, 1));
});

test('VTIMEZONE: Europe/London changes on the last Sundays', () => {
  const now = Date.parse('2028-01-05T12:00:00Z');
  const parts = observances('Europe/London', now);
  assert.deepEqual(pick(parts, 'DAYLIGHT'), [
    {type: 'DAYLIGHT', DTSTART: '20270328T010000', RRULE: 'FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU', TZOFFSETFROM: '+0000', TZOFFSETTO: '+0100'},
  ]);
  assert.deepEqual(pick(parts, 'STANDARD'), [
    {type: 'STANDARD', DTSTART: '20271031T020000', RRULE: 'FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU', TZOFFSETFROM: '+0100', TZOFFSETTO: '+0000'},
  ]);
});

test('VTIMEZONE: southern hemisphere (Sydney: daylight from October to April; Santiago: first Sunday from the 2nd)', () => {
  const now = Date.parse('2028-01-05T12:00:00Z');
  const sydney = observances('Australia/Sydney', now);
  assert.deepEqual(pick(sydney, 'DAYLIGHT'), [
    {type: 'DAYLIGHT', DTSTART: '20271003T020000', RRULE: 'FREQ=YEARLY;BYMONTH=10;BYDAY=1SU', TZOFFSETFROM: '+1000', TZOFFSETTO: '+1100'},
  ]);
  assert.deepEqual(pick(sydney, 'STANDARD'), [
    {type: 'STANDARD', DTSTART: '20270404T030000', RRULE: 'FREQ=YEARLY;BYMONTH=4;BYDAY=1SU', TZOFFSETFROM: '+1100', TZOFFSETTO: '+1000'},
  ]);
  // Chile: "Sun>=2" (2 September 2029 and 8 April 2029 are not the first Sundays).
  const santiago = observances('America/Santiago', now);
  assert.equal(pick(santiago, 'DAYLIGHT')[0].RRULE, 'FREQ=YEARLY;BYMONTH=9;BYDAY=SU;BYMONTHDAY=2,3,4,5,6,7,8');
  assert.equal(pick(santiago, 'STANDARD')[0].RRULE, 'FREQ=YEARLY;BYMONTH=4;BYDAY=SU;BYMONTHDAY=2,3,4,5,6,7,8');
  assert.deepEqual([pick(santiago, 'DAYLIGHT')[0].TZOFFSETTO, pick(santiago, 'STANDARD')[0].TZOFFSETTO], ['-0300', '-0400']);
});

test('VTIMEZONE read back as a calendar does gives Intl’s offsets for years (rule zones)', () => {
  const now = Date.parse('2027-06-09T12:00:00Z');
  for (const zone of ['America/Chicago', 'Europe/London', 'Australia/Sydney', 'America/Santiago', 'Asia/Jerusalem', 'Pacific/Auckland', 'America/Havana', 'Pacific/Easter']) {
    const parts = observances(zone, now);
    assert.ok(parts.every((p) => p.RRULE), `${zone}: yearly rules`);
    assertMatchesIntl(zone, parts, now - 7 * 86_400_000, Date.UTC(2040, 0, 1));
  }
});

test('VTIMEZONE: a fixed offset is one STANDARD since 1970 (Kolkata, UTC, Phoenix)', () => {
  const now = Date.parse('2028-01-05T12:00:00Z');
  for (const [zone, offset] of [['Asia/Kolkata', '+0530'], ['UTC', '+0000'], ['America/Phoenix', '-0700']]) {
    assert.deepEqual(observances(zone, now), [{type: 'STANDARD', DTSTART: '19700101T000000', TZOFFSETFROM: offset, TZOFFSETTO: offset}], zone);
  }
});

test('VTIMEZONE: changes without a yearly rule are listed one by one (São Paulo 2019, Casablanca’s Ramadan)', () => {
  // Brazil ended DST in 2019: one change that year, and the offset holds after it.
  const saoPaulo = observances('America/Sao_Paulo', Date.parse('2019-06-05T12:00:00Z'));
  assert.deepEqual(saoPaulo, [
    {type: 'STANDARD', DTSTART: '19700101T000000', TZOFFSETFROM: '-0200', TZOFFSETTO: '-0200'},
    {type: 'STANDARD', DTSTART: '20190217T000000', TZOFFSETFROM: '-0200', TZOFFSETTO: '-0300'},
  ]);
  assertMatchesIntl('America/Sao_Paulo', saoPaulo, Date.parse('2019-06-05T12:00:00Z'), Date.UTC(2030, 0, 1));
  // Morocco moves back an hour for Ramadan, which follows the lunar calendar: no yearly rule.
  const now = Date.parse('2028-01-05T12:00:00Z');
  const casablanca = observances('Africa/Casablanca', now);
  assert.ok(casablanca.every((p) => !p.RRULE));
  assert.deepEqual(casablanca.map((p) => p.DTSTART), ['19700101T000000', '20280123T030000', '20280305T020000']);
  assertMatchesIntl('Africa/Casablanca', casablanca, now, Date.UTC(2029, 0, 1) - 1);
});
