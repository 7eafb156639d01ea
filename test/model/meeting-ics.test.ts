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
