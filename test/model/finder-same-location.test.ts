import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {parseMeetingGuide} from '../../src/sources/meeting-guide.js';
import {occurrences} from '../../src/model/meeting-time.js';
import {sameLocation} from '../../src/model/meeting-place.js';

const feed = JSON.parse(readFileSync(new URL('../fixtures/meeting-guide/feed.json', import.meta.url), 'utf8'));
const {meetings} = parseMeetingGuide(feed, 'https://example.org/feed.json', 0, {defaultTimezone: 'America/Chicago'});
const next = (now: number) => (m: (typeof meetings)[number]) => occurrences([m], now)[0]?.nextStart;

test('"Other meetings here" lists the next to start first, by appointment last', () => {
  const nightOwls = meetings.find((m) => m.name === 'Night Owls')!;
  // Thursday 2026-01-15, noon in Springfield: Night Owls (Friday) comes before Early Bird (next Wednesday).
  const thursday = Date.parse('2026-01-15T18:00:00Z');
  assert.deepEqual(sameLocation(nightOwls, meetings, next(thursday)).map((m) => m.name), ['Early Bird', 'Open Door (by appointment)']);
  const fromOpenDoor = meetings.find((m) => m.name === 'Open Door (by appointment)')!;
  assert.deepEqual(sameLocation(fromOpenDoor, meetings, next(thursday)).map((m) => m.name), ['Night Owls', 'Early Bird']);
  // Tuesday: Early Bird (Wednesday) is next.
  const tuesday = Date.parse('2026-01-13T18:00:00Z');
  assert.deepEqual(sameLocation(fromOpenDoor, meetings, next(tuesday)).map((m) => m.name), ['Early Bird', 'Night Owls']);
});
