import {test} from 'node:test';
import assert from 'node:assert/strict';
import {meetingGuideFeed, meetingGuideFeedJson} from '../../bench/support/meetings-feed.js';
import {parseMeetingGuide} from '../../src/sources/meeting-guide.js';
import {occurrences} from '../../src/model/meeting-time.js';

test('the benchmark feed is deterministic and real-shaped: every record valid, a realistic mix', () => {
  assert.equal(meetingGuideFeedJson(500), meetingGuideFeedJson(500));
  assert.notEqual(meetingGuideFeedJson(500, {seed: 2}), meetingGuideFeedJson(500));
  const feed = meetingGuideFeed(2000);
  assert.equal(feed.length, 2000);
  const {meetings, issues} = parseMeetingGuide(JSON.parse(JSON.stringify(feed)), 'bench', 0, {defaultTimezone: 'America/Chicago'});
  assert.deepEqual(issues, []);
  assert.equal(meetings.length, 2000);
  const count = (f: (m: (typeof meetings)[number]) => boolean) => meetings.filter(f).length / meetings.length;
  assert.ok(count((m) => m.attendance === 'online') > 0.1 && count((m) => m.attendance === 'online') < 0.3);
  assert.ok(count((m) => m.attendance === 'hybrid') > 0.05 && count((m) => m.attendance === 'hybrid') < 0.15);
  assert.ok(count((m) => m.days.length > 1) > 0.05);
  assert.ok(count((m) => m.regions.length === 2) === 1);
  assert.ok(occurrences(meetings, Date.now()).length > 2000);
  assert.equal(meetingGuideFeed(10_000).length, 10_000);
});
