import {test} from 'node:test';
import assert from 'node:assert/strict';
import {
  durationMinutes,
  endedToday,
  nextStart,
  occurrenceBuilder,
  occurrences,
  resolveDays,
  status,
  timeOfDay,
  visitorTime,
  wallClock,
  zoneAbbreviation,
  zonedTimeToInstant,
  zoneOffset,
  zonesDiffer,
} from '../../src/model/meeting-time.js';
import type {Meeting, Occurrence} from '../../src/model/meeting.js';

const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString());
const at = (s: string) => Date.parse(s);
let n = 0;
const meeting = (o: Partial<Meeting> = {}): Meeting => ({
  id: `0:m${++n}`,
  slug: `m${n}`,
  feed: 'f',
  name: `Meeting ${n}`,
  days: [1],
  start: 19 * 60,
  end: 20 * 60,
  timezone: 'America/Chicago',
  timezoneUnknown: false,
  types: [],
  inPerson: true,
  online: false,
  attendance: 'in-person',
  regions: [],
  approximate: false,
  feedbackEmails: [],
  ...o,
});

test('wall clock → instant, including both DST changes (America/Chicago 2026)', () => {
  assert.equal(iso(zonedTimeToInstant('America/Chicago', 2026, 1, 15, 19 * 60)), '2026-01-16T01:00:00.000Z'); // CST
  assert.equal(iso(zonedTimeToInstant('America/Chicago', 2026, 7, 15, 19 * 60)), '2026-07-16T00:00:00.000Z'); // CDT
  // Spring forward on 8 March: 02:30 does not exist; clocks read 03:30 CDT.
  assert.equal(iso(zonedTimeToInstant('America/Chicago', 2026, 3, 8, 150)), '2026-03-08T08:30:00.000Z');
  assert.equal(iso(zonedTimeToInstant('America/Chicago', 2026, 3, 8, 19 * 60)), '2026-03-09T00:00:00.000Z');
  // Fall back on 1 November: 01:30 happens twice; the first (CDT) is used.
  assert.equal(iso(zonedTimeToInstant('America/Chicago', 2026, 11, 1, 90)), '2026-11-01T06:30:00.000Z');
  assert.equal(iso(zonedTimeToInstant('America/Chicago', 2026, 11, 1, 19 * 60)), '2026-11-02T01:00:00.000Z');
  // Southern hemisphere and a half-hour zone.
  assert.equal(iso(zonedTimeToInstant('Australia/Sydney', 2026, 1, 10, 10 * 60)), '2026-01-09T23:00:00.000Z');
  assert.equal(iso(zonedTimeToInstant('Asia/Kolkata', 2026, 1, 1, 0)), '2025-12-31T18:30:00.000Z');
});

test('instant → wall clock and offsets', () => {
  assert.deepEqual(wallClock(at('2026-11-25T12:00:00Z'), 'America/Chicago'), {year: 2026, month: 11, day: 25, weekday: 3, minutes: 360});
  assert.deepEqual(wallClock(at('2026-11-25T23:30:00Z'), 'Europe/Madrid'), {year: 2026, month: 11, day: 26, weekday: 4, minutes: 30});
  assert.equal(zoneOffset(at('2026-07-01T00:00:00Z'), 'Europe/Madrid'), 120);
  assert.equal(zoneOffset(at('2026-01-01T00:00:00Z'), 'America/New_York'), -300);
});

test('next start: later this week, in progress now, wrapped to next week, across midnight', () => {
  const now = at('2026-11-25T12:00:00Z'); // Wednesday 06:00 in Chicago
  const m = meeting({start: 19 * 60, end: 20 * 60});
  assert.equal(iso(nextStart(m, 3, now)), '2026-11-26T01:00:00.000Z'); // tonight 19:00 CST
  assert.equal(iso(nextStart(m, 2, now)), '2026-12-02T01:00:00.000Z'); // Tuesday was yesterday: next week
  const early = meeting({start: 5 * 60 + 30, end: 6 * 60 + 30});
  assert.equal(iso(nextStart(early, 3, now)), '2026-11-25T11:30:00.000Z'); // started 05:30, in progress
  const owls = meeting({start: 23 * 60, end: 30});
  const sat = at('2026-11-28T06:15:00Z'); // Saturday 00:15 in Chicago: Friday's 23:00 meeting still on
  assert.equal(iso(nextStart(owls, 5, sat)), '2026-11-28T05:00:00.000Z');
  // Across the fall-back weekend the local time is kept, not the UTC one.
  assert.equal(iso(nextStart(m, 1, at('2026-10-30T12:00:00Z'))), '2026-11-03T01:00:00.000Z');
  assert.equal(iso(nextStart(m, 5, at('2026-10-30T12:00:00Z'))), '2026-10-31T00:00:00.000Z');
});

test('occurrences: one per day, sorted upcoming-first around the week, by appointment last', () => {
  const now = at('2026-11-25T12:00:00Z'); // Wednesday 06:00 Chicago
  const a = meeting({name: 'Weekdays', days: [1, 3, 5], start: 7 * 60, end: 8 * 60});
  const b = meeting({name: 'Tuesday', days: [2], start: 12 * 60, end: 13 * 60});
  const c = meeting({name: 'Appointment', days: [], start: null, end: null});
  const d = meeting({name: 'NY', days: [3], start: 7 * 60, end: 8 * 60, timezone: 'America/New_York'}); // 06:00 Chicago
  const occ = occurrences([c, a, b, d], now, 'America/Chicago');
  assert.equal(occ.length, 6);
  assert.deepEqual(
    occ.map((o) => `${o.meeting.name}:${o.day}`),
    ['NY:3', 'Weekdays:3', 'Weekdays:5', 'Weekdays:1', 'Tuesday:2', 'Appointment:null'],
  );
  assert.equal(occ[5].nextStart, null);
});

test('status: in progress, starting soon (≤ 30 min), or nothing', () => {
  const m = meeting({start: 19 * 60, end: 20 * 60});
  const start = at('2026-11-26T01:00:00Z');
  const occ = {meeting: m, nextStart: start};
  assert.equal(status(occ, start - 31 * 60_000), null);
  assert.equal(status(occ, start - 30 * 60_000), 'starting-soon');
  assert.equal(status(occ, start - 60_000), 'starting-soon');
  assert.equal(status(occ, start), 'in-progress');
  assert.equal(status(occ, start + 59 * 60_000), 'in-progress');
  assert.equal(status(occ, start + 60 * 60_000), null);
  assert.equal(status({meeting: m, nextStart: null}, start), null);
});

test('duration: end − start, past midnight, 60 when unknown', () => {
  assert.equal(durationMinutes({start: 23 * 60, end: 30}), 90);
  assert.equal(durationMinutes({start: 600, end: null}), 60);
  assert.equal(durationMinutes({start: 600, end: 600}), 60);
});

test('time of day buckets overlap as the contract says', () => {
  assert.deepEqual(timeOfDay(3 * 60 + 59), ['night']);
  assert.deepEqual(timeOfDay(4 * 60), ['morning']);
  assert.deepEqual(timeOfDay(11 * 60 + 30), ['morning', 'midday']);
  assert.deepEqual(timeOfDay(12 * 60), ['midday']);
  assert.deepEqual(timeOfDay(16 * 60 + 30), ['midday', 'evening']);
  assert.deepEqual(timeOfDay(19 * 60), ['evening']);
  assert.deepEqual(timeOfDay(20 * 60 + 30), ['evening', 'night']);
  assert.deepEqual(timeOfDay(21 * 60), ['night']);
  assert.deepEqual(timeOfDay(0), ['night']);
  assert.deepEqual(timeOfDay(null), []);
});

test('today / tomorrow resolve in the visitor’s zone', () => {
  const now = at('2026-11-26T03:00:00Z'); // Wednesday 21:00 in Chicago, Thursday 04:00 in Madrid
  assert.deepEqual(resolveDays(['today'], now, 'America/Chicago'), [3]);
  assert.deepEqual(resolveDays(['today', 'tomorrow'], now, 'Europe/Madrid'), [4, 5]);
  assert.deepEqual(resolveDays([6, 'tomorrow', 0], now, 'America/Chicago'), [0, 4, 6]);
});

test('zone abbreviation and whether zones differ', () => {
  const winter = at('2026-01-15T12:00:00Z');
  assert.equal(zoneAbbreviation('America/Chicago', winter), 'CST');
  assert.equal(zoneAbbreviation('America/Chicago', at('2026-07-15T12:00:00Z')), 'CDT');
  assert.equal(zoneAbbreviation('America/New_York', winter, 'en-US'), 'EST');
  assert.equal(zonesDiffer('America/Chicago', 'America/Winnipeg', winter), false);
  assert.equal(zonesDiffer('America/Chicago', 'America/New_York', winter), true);
  // Phoenix has no DST: same as Denver in winter, different in summer.
  assert.equal(zonesDiffer('America/Phoenix', 'America/Denver', winter), false);
  assert.equal(zonesDiffer('America/Phoenix', 'America/Denver', at('2026-07-15T12:00:00Z')), true);
});

test('the meeting’s time in the visitor’s zone, with the day shift across midnight', () => {
  const now = at('2026-11-25T12:00:00Z');
  const m = meeting({days: [3], start: 19 * 60, end: 20 * 60});
  const [occ] = occurrences([m], now);
  assert.equal(visitorTime(occ, 'America/Chicago'), undefined);
  assert.equal(visitorTime(occ, 'America/Winnipeg'), undefined);
  assert.deepEqual(visitorTime(occ, 'America/New_York'), {day: 3, minutes: 20 * 60, dayShift: 0, instant: occ.nextStart});
  assert.deepEqual(visitorTime(occ, 'Europe/Madrid'), {day: 4, minutes: 2 * 60, dayShift: 1, instant: occ.nextStart});
  const early = meeting({days: [3], start: 7 * 60, end: 8 * 60, timezone: 'Europe/Madrid'});
  const [o2] = occurrences([early], now);
  assert.deepEqual(visitorTime(o2, 'America/Los_Angeles'), {day: 2, minutes: 22 * 60, dayShift: -1, instant: o2.nextStart});
});

test('sortUpcoming orders exactly like one stable sort by next start (by appointment last), then name', async () => {
  const {sortUpcoming} = await import('../../src/model/meeting-time.js');
  let seed = 42;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const names = ['Serenity', 'Hope', 'hope', 'Ünïty', 'Acceptance', 'Big Book', 'Big Book', ''];
  for (let round = 0; round < 20; round++) {
    const list = Array.from({length: 300}, (_, i) => ({
      meeting: {name: names[Math.floor(rnd() * names.length)], id: String(i)},
      day: null,
      nextStart: rnd() < 0.1 ? null : 1_700_000_000_000 + Math.floor(rnd() * 12) * 900_000,
    })) as unknown as Parameters<typeof sortUpcoming>[0];
    const expected = [...list].sort((a, b) => {
      if (a.nextStart !== b.nextStart) return a.nextStart === null ? 1 : b.nextStart === null ? -1 : a.nextStart - b.nextStart;
      return a.meeting.name < b.meeting.name ? -1 : a.meeting.name > b.meeting.name ? 1 : 0;
    });
    assert.deepEqual(sortUpcoming([...list]).map((o) => o.meeting.id), expected.map((o) => o.meeting.id));
  }
});

test('occurrences: next starts as nextStart() gives them, in the order of one stable sort by start then name, across zones and a clock change', () => {
  let seed = 7;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const zones = ['America/Chicago', 'America/New_York', 'Europe/London', 'Asia/Kolkata'];
  const names = ['Serenity', 'Hope', 'hope', 'Ünïty', 'Big Book', 'Big Book'];
  // The week of the US spring-forward (Sunday 8 March 2026, 02:00 → 03:00): 02:30 does not happen
  // that night and lands on 03:30's instant; Chicago 19:00 and New York 20:00 are the same instant.
  for (const now of [at('2026-03-07T12:00:00Z'), at('2026-03-08T07:45:00Z'), at('2026-11-25T18:00:00Z')]) {
    const meetings = Array.from({length: 400}, () => {
      const appointment = rnd() < 0.05;
      const days = [...new Set(Array.from({length: 1 + Math.floor(rnd() * 3)}, () => Math.floor(rnd() * 7)))];
      const start = [150, 210, 19 * 60, 20 * 60, 7 * 60 + 15][Math.floor(rnd() * 5)];
      return meeting({name: names[Math.floor(rnd() * names.length)], timezone: zones[Math.floor(rnd() * zones.length)], days: appointment ? [] : days, start: appointment ? null : start, end: appointment ? null : (start + 60) % 1440});
    });
    const created = meetings.flatMap((m): Occurrence[] => (m.start === null || !m.days.length ? [{meeting: m, day: null, nextStart: null}] : m.days.map((day) => ({meeting: m, day, nextStart: nextStart(m, day, now)}))));
    const expected = [...created].sort((a, b) => {
      if (a.nextStart !== b.nextStart) return a.nextStart === null ? 1 : b.nextStart === null ? -1 : a.nextStart - b.nextStart;
      return a.meeting.name < b.meeting.name ? -1 : a.meeting.name > b.meeting.name ? 1 : 0;
    });
    const got = occurrences(meetings, now);
    assert.deepEqual(got.map((o) => [o.meeting.id, o.day, o.nextStart]), expected.map((o) => [o.meeting.id, o.day, o.nextStart]), new Date(now).toISOString());
    // Added in batches (a feed as it downloads): the same list.
    const builder = occurrenceBuilder(now);
    for (let i = 0; i < meetings.length; i += 37) builder.add(meetings.slice(i, i + 37));
    assert.deepEqual(builder.finish(), got);
  }
});

test('a meeting that already took place today is "ended today"; one still to come, in progress, or on another day is not', () => {
  const now = at('2026-01-14T21:00:00Z'); // Wednesday 3:00 PM in Chicago
  const occ = (m: Meeting) => occurrences([m], now)[0];
  const morning = meeting({days: [3], start: 7 * 60, end: 8 * 60});
  const evening = meeting({days: [3], start: 19 * 60, end: 20 * 60});
  const now2to4 = meeting({days: [3], start: 14 * 60, end: 16 * 60});
  const yesterday = meeting({days: [2], start: 19 * 60, end: 20 * 60});
  assert.equal(endedToday(occ(morning), now, 'America/Chicago'), true);
  assert.equal(endedToday(occ(evening), now, 'America/Chicago'), false);
  assert.equal(endedToday(occ(now2to4), now, 'America/Chicago'), false, 'in progress');
  assert.equal(endedToday(occ(yesterday), now, 'America/Chicago'), false, 'ended yesterday');
  // "Today" is the visitor's: at 3 PM in Chicago it is already Thursday in Tokyo, so not today there.
  assert.equal(endedToday(occ(morning), now, 'Asia/Tokyo'), false);
  // Across the spring DST change: Sunday 8 March 2026, a 9 AM meeting, at 11 AM CDT.
  const sunday = meeting({days: [0], start: 9 * 60, end: 10 * 60});
  const afterChange = at('2026-03-08T16:00:00Z');
  assert.equal(endedToday(occurrences([sunday], afterChange)[0], afterChange, 'America/Chicago'), true);
  assert.equal(endedToday(occ(meeting({days: [], start: null, end: null})), now, 'America/Chicago'), false);
});
