/**
 * Issue 18, point 3: feeds with no time zone. A meeting's zone is its own `timezone`, else the
 * embed's (`timezone` on the element or `<peer-config>`), else the zone most of the feed's records
 * name; otherwise it is unknown: the time is the meeting's local clock, shown with no zone and never
 * converted, and the feed gets one `no-timezone` warning.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {createServer} from 'node:http';
import type {AddressInfo} from 'node:net';
import {parseMeetingGuide} from '../../src/sources/meeting-guide.js';
import {parseBmlt} from '../../src/sources/bmlt.js';
import {loadMeetings} from '../../src/sources/meetings.js';
import {occurrences, visitorTime} from '../../src/model/meeting-time.js';
import {meetingIcs} from '../../src/model/meeting-ics.js';
import type {Meeting} from '../../src/model/meeting.js';

const read = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8');
const fixture = (path: string) => JSON.parse(read(path));
const bySlug = (meetings: Meeting[], slug: string) => meetings.find((m) => m.slug === slug)!;
const LA = 'America/Los_Angeles';

test('no zone anywhere: the local time, no zone, no conversion, one warning for the feed', () => {
  const {meetings, warnings} = parseMeetingGuide(fixture('meeting-guide/no-timezone.json'), 'philly', 0, {defaultTimezone: '', visitorTimezone: LA});
  assert.equal(meetings.length, 3);
  for (const m of meetings) assert.deepEqual([m.timezoneUnknown, m.timezone], [true, LA], m.slug);
  const w = (warnings ?? []).filter((x) => x.code === 'no-timezone');
  assert.equal(w.length, 1);
  assert.deepEqual([w[0].feed, w[0].index, w[0].count], ['philly', -1, 3]);
  assert.match(w[0].reason, /3 meetings name no time zone/);
  // A Los Angeles visitor is not told "12:00 AM PST" converted or labelled: no "your time".
  const occ = occurrences(meetings, Date.UTC(2026, 0, 7, 12));
  const shoulder = occ.find((o) => o.meeting.slug === 'shoulder-shoulder-group-Sun12am')!;
  assert.equal(visitorTime(shoulder, 'America/New_York'), undefined);
  // The calendar file carries a floating local time (no TZID, no VTIMEZONE).
  const ics = meetingIcs(shoulder.meeting, {now: Date.UTC(2026, 0, 7, 12)});
  assert.match(ics, /\r\nDTSTART:20260111T000000\r\n/);
  assert.doesNotMatch(ics, /TZID|VTIMEZONE/);
});

test('the embed zone applies to meetings that name none; a meeting’s own zone wins', () => {
  const {meetings, warnings} = parseMeetingGuide(fixture('meeting-guide/mostly-zoned.json'), 'f', 0, {defaultTimezone: 'America/Denver', visitorTimezone: LA});
  assert.equal(bySlug(meetings, 'a').timezone, 'America/New_York');
  assert.equal(bySlug(meetings, 'd').timezone, 'America/Chicago');
  assert.deepEqual([bySlug(meetings, 'e').timezone, bySlug(meetings, 'e').timezoneUnknown], ['America/Denver', false]);
  assert.equal(bySlug(meetings, 'f').timezone, 'America/Denver');
  assert.deepEqual(warnings, []);
  const occ = occurrences(meetings, Date.UTC(2026, 0, 7, 12)).find((o) => o.meeting.slug === 'a')!;
  assert.ok(visitorTime(occ, LA), 'a known zone is still converted for the visitor');
});

test('without an embed zone: the zone most of the feed’s records name', () => {
  const {meetings, warnings} = parseMeetingGuide(fixture('meeting-guide/mostly-zoned.json'), 'f', 0, {defaultTimezone: '', visitorTimezone: LA});
  for (const slug of ['e', 'f']) assert.deepEqual([bySlug(meetings, slug).timezone, bySlug(meetings, slug).timezoneUnknown], ['America/New_York', false], slug);
  assert.equal(bySlug(meetings, 'd').timezone, 'America/Chicago');
  assert.deepEqual(warnings, []);
});

test('BMLT: an empty time_zone takes the embed zone, else the zone the other meetings name, else is unknown', () => {
  const json = fixture('bmlt/results.json');
  const root = 'https://bmlt.example.org/main_server/';
  const noon = (tz: string) => bySlug(parseBmlt(json, root, 0, {defaultTimezone: tz, visitorTimezone: LA}).meetings, '102');
  assert.equal(noon('America/Denver').timezone, 'America/Denver');
  assert.deepEqual([noon('').timezone, noon('').timezoneUnknown], ['America/New_York', false]);
  const bare = {meetings: json.meetings.map((m: Record<string, string>) => ({...m, time_zone: ''})), formats: json.formats};
  const r = parseBmlt(bare, root, 0, {defaultTimezone: '', visitorTimezone: LA});
  assert.ok(r.meetings.every((m) => m.timezoneUnknown && m.timezone === LA));
  assert.deepEqual(r.warnings?.map((w) => [w.code, w.count]), [['no-timezone', r.meetings.length]]);
});

test('loadMeetings: warnings of every feed, and occurrences worked out while downloading follow a zone guessed at the end', async () => {
  // 40 records, the first 10 with no zone: the feed is read as it arrives (more than 20 records),
  // so those 10 have occurrences before the zone the other 30 name is known.
  const big = JSON.stringify(
    Array.from({length: 40}, (_, i) => ({slug: `m${i}`, name: `Meeting ${i}`, day: i % 7, time: '19:00', formatted_address: '1904 Walnut St, Philadelphia, PA 19103, USA', ...(i < 10 ? {} : {timezone: 'America/New_York'})})),
  );
  const server = createServer((req, res) => {
    res.writeHead(200, {'content-type': 'application/json'});
    if (req.url === '/big.json') {
      res.write(big.slice(0, 2000));
      setTimeout(() => res.end(big.slice(2000)), 30);
    } else res.end(read(`meeting-guide/${req.url?.slice(1)}`));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const at = Date.UTC(2026, 0, 7, 12);
    const r = await loadMeetings([`${base}/no-timezone.json`, `${base}/mostly-zoned.json`], 'auto', {defaultTimezone: '', visitorTz: LA});
    assert.deepEqual(r.warnings?.map((w) => [w.feed, w.code]), [[`${base}/no-timezone.json`, 'no-timezone']]);
    assert.equal(r.meetings.find((m) => m.slug === 'e')?.timezone, 'America/New_York');
    const streamed = await loadMeetings([`${base}/big.json`], 'meeting-guide', {defaultTimezone: '', visitorTz: LA, occurrencesAt: at});
    assert.ok(streamed.meetings.every((m) => m.timezone === 'America/New_York' && !m.timezoneUnknown));
    assert.ok(streamed.occurrences, 'occurrences worked out while downloading');
    const fresh = occurrences(streamed.meetings, at);
    assert.deepEqual(streamed.occurrences.map((o) => [o.meeting.id, o.nextStart]), fresh.map((o) => [o.meeting.id, o.nextStart]));
  } finally {
    server.close();
  }
});
