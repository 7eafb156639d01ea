import {test} from 'node:test';
import assert from 'node:assert/strict';
import {googleCalendarUrl} from '../../src/model/meeting-gcal.js';
import type {Meeting} from '../../src/model/meeting.js';

const base: Meeting = {
  id: '0:reunion-lunes-miercoles',
  slug: 'reunion-lunes-miercoles',
  feed: 'f',
  name: 'Reunión de los Lunes & Miércoles',
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
  notes: 'Side door; ring twice #2',
  latitude: 39.8072,
  longitude: -89.651,
  regions: [],
  approximate: false,
  feedbackEmails: [],
};
const NOW = Date.parse('2026-11-25T12:00:00Z'); // Wednesday 06:00 in Chicago
const params = (url: string) => {
  assert.ok(url.startsWith('https://calendar.google.com/calendar/render?'));
  assert.ok(!url.includes('+'), 'spaces as %20');
  return new URL(url).searchParams;
};

test('the next occurrence in the meeting’s own zone, weekly on its days, every value encoded', () => {
  const url = googleCalendarUrl(base, {now: NOW, url: 'https://example.org/m#meeting=0%3Areunion-lunes-miercoles'})!;
  const p = params(url);
  assert.equal(p.get('action'), 'TEMPLATE');
  assert.equal(p.get('text'), 'Reunión de los Lunes & Miércoles');
  assert.equal(p.get('dates'), '20261125T190000/20261125T203000');
  assert.equal(p.get('ctz'), 'America/Chicago');
  assert.equal(p.get('location'), 'Iglesia San José, 600 N 4th St, Springfield, IL 62702, USA');
  assert.equal(p.get('details'), 'Side door; ring twice #2\nhttps://example.org/m#meeting=0%3Areunion-lunes-miercoles');
  assert.equal(p.get('recur'), 'RRULE:FREQ=WEEKLY;BYDAY=MO,WE');
  assert.match(url, /text=Reuni%C3%B3n%20de%20los%20Lunes%20%26%20Mi%C3%A9rcoles&/);
  assert.match(url, /recur=RRULE%3AFREQ%3DWEEKLY%3BBYDAY%3DMO%2CWE$/);
});

test('across the DST change the local clock time is kept; past midnight ends the next day', () => {
  // Monday's meeting seen on Tuesday 27 October: next Monday is after the fall-back (1 November).
  assert.equal(params(googleCalendarUrl({...base, days: [1]}, {now: Date.parse('2026-10-27T15:00:00Z')})!).get('dates'), '20261102T190000/20261102T203000');
  // Spring forward (8 March 2026): a Sunday meeting seen on Saturday keeps its 19:00.
  assert.equal(params(googleCalendarUrl({...base, days: [0]}, {now: Date.parse('2026-03-07T15:00:00Z')})!).get('dates'), '20260308T190000/20260308T203000');
  const owls = params(googleCalendarUrl({...base, days: [5], start: 23 * 60, end: 30}, {now: NOW})!);
  assert.equal(owls.get('dates'), '20261127T230000/20261128T003000');
  assert.equal(owls.get('recur'), 'RRULE:FREQ=WEEKLY;BYDAY=FR');
});

test('a meeting in progress: this occurrence; in another zone: that zone’s date', () => {
  // Wednesday 19:30 in Chicago: tonight's meeting is still on.
  assert.equal(params(googleCalendarUrl(base, {now: Date.parse('2026-11-26T01:30:00Z')})!).get('dates'), '20261125T190000/20261125T203000');
  // Tokyo, Monday 07:00: at 2026-11-25T12:00Z it is Wednesday 21:00 there, so next Monday.
  const tokyo = params(googleCalendarUrl({...base, days: [1], start: 7 * 60, end: 8 * 60, timezone: 'Asia/Tokyo'}, {now: NOW})!);
  assert.equal(tokyo.get('dates'), '20261130T070000/20261130T080000');
  assert.equal(tokyo.get('ctz'), 'Asia/Tokyo');
});

test('no zone known: floating times without ctz; online: the join link is the place; by appointment: none', () => {
  const p = params(googleCalendarUrl({...base, timezoneUnknown: true, timezone: 'UTC'}, {now: NOW})!);
  assert.equal(p.get('ctz'), null);
  assert.match(p.get('dates')!, /^\d{8}T190000\/\d{8}T203000$/);
  const online = params(
    googleCalendarUrl(
      {...base, inPerson: false, online: true, attendance: 'online', address: undefined, notes: undefined, conferenceUrl: 'https://zoom.us/j/123?pwd=a+b'},
      {now: NOW, labels: {join: 'Unirse'}},
    )!,
  );
  assert.equal(online.get('location'), 'https://zoom.us/j/123?pwd=a+b');
  assert.equal(online.get('details'), 'Unirse: https://zoom.us/j/123?pwd=a+b');
  assert.equal(googleCalendarUrl({...base, days: [], start: null, end: null}, {now: NOW}), undefined);
});
