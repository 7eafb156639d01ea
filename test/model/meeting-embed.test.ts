import {test} from 'node:test';
import assert from 'node:assert/strict';
import {embedView, parseLimit, upcomingOccurrences} from '../../src/model/meeting-embed.js';
import {occurrences} from '../../src/model/meeting-time.js';
import {filterOccurrences} from '../../src/model/meeting-filter.js';
import type {Meeting} from '../../src/model/meeting.js';

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

// Wednesday 25 November 2026, 12:00 in Chicago.
const now = Date.parse('2026-11-25T18:00:00Z');

test('upcoming: from now on, soonest first, across days and wrapping the week; in progress and by appointment left out', () => {
  const list = occurrences(
    [
      meeting({name: 'In progress', days: [3], start: 11 * 60 + 30, end: 12 * 60 + 30}),
      meeting({name: 'Wed 13:00', days: [3], start: 13 * 60, end: 14 * 60}),
      meeting({name: 'Wed 08:00 (next week)', days: [3], start: 8 * 60, end: 9 * 60}),
      meeting({name: 'Tue 19:00', days: [2]}),
      meeting({name: 'Thu 07:00', days: [4], start: 7 * 60, end: 8 * 60}),
      meeting({name: 'By appointment', days: [], start: null, end: null}),
    ],
    now,
  );
  // The finder's list: in progress first (it started), by appointment last.
  assert.equal(list[0].meeting.name, 'In progress');
  const up = upcomingOccurrences(list, now);
  assert.deepEqual(
    up.map((o) => o.meeting.name),
    ['Wed 13:00', 'Thu 07:00', 'Tue 19:00', 'Wed 08:00 (next week)'],
  );
  // A meeting starting exactly now is upcoming.
  const exact = occurrences([meeting({name: 'Now', days: [3], start: 12 * 60, end: 13 * 60})], now);
  assert.equal(upcomingOccurrences(exact, now).length, 1);
});

test('upcoming re-sorts a distance order by start, keeping distance as the tie-break', () => {
  const here = {lat: 41.88, lng: -87.63};
  const list = occurrences(
    [
      meeting({name: 'Far, soon', days: [3], start: 13 * 60, latitude: 42.5, longitude: -87.63}),
      meeting({name: 'Near, later', days: [4], start: 13 * 60, latitude: 41.881, longitude: -87.63}),
      meeting({name: 'Near, soon', days: [3], start: 13 * 60, latitude: 41.882, longitude: -87.63}),
    ],
    now,
  );
  const byDistance = filterOccurrences(list, {near: here}, now, 'America/Chicago');
  assert.deepEqual(byDistance.map((o) => o.meeting.name), ['Near, later', 'Near, soon', 'Far, soon']);
  assert.deepEqual(upcomingOccurrences(byDistance, now).map((o) => o.meeting.name), ['Near, soon', 'Far, soon', 'Near, later']);
});

test('limit: at most N, with the total for the count; bad values mean no limit', () => {
  const list = occurrences(Array.from({length: 12}, (_, i) => meeting({days: [i % 7]})), now);
  assert.deepEqual(
    [embedView(list, {limit: 5, now}).shown.length, embedView(list, {limit: 5, now}).total],
    [5, 12],
  );
  assert.equal(embedView(list, {limit: '3', now}).shown.length, 3);
  assert.equal(embedView(list, {limit: 50, now}).shown.length, 12);
  for (const bad of [0, -2, 'x', undefined, null, NaN, Infinity]) assert.equal(embedView(list, {limit: bad, now}).shown.length, 12, String(bad));
  assert.equal(parseLimit(2.7), 2);
  // limit=5 upcoming: the next five.
  const next = embedView(list, {limit: 5, upcoming: true, now});
  assert.equal(next.total, 12);
  assert.deepEqual(next.shown, upcomingOccurrences(list, now).slice(0, 5));
  for (let i = 1; i < next.shown.length; i++) assert.ok(next.shown[i - 1].nextStart! <= next.shown[i].nextStart!);
});
