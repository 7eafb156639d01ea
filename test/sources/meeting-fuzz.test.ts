import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {inspect} from 'node:util';
import {parseMeetingGuide} from '../../src/sources/meeting-guide.js';
import {parseBmlt} from '../../src/sources/bmlt.js';
import {occurrences} from '../../src/model/meeting-time.js';
import {filterOccurrences} from '../../src/model/meeting-filter.js';
import type {Meeting} from '../../src/model/meeting.js';

/** Deterministic PRNG so a failure can be replayed. */
function prng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const ODD: unknown[] = [
  null, undefined, true, false, 0, -1, 7, 1.5, NaN, 1e309, '', ' ', '0', '6', '7', '19:30', '7:30', '25:99', '19:30:00', 'yes', 'no',
  'javascript:alert(1)', 'https://zoom.us/j/1', '<img src=x onerror=alert(1)>', '<script>alert(1)</script>', '39.8,-89.6', '1,2,3,4',
  '+1 (555) 123-4567,,99#', 'Ünïcødé ☕', [], [1, 3], ['1', '9'], [null], [{}], {}, {a: 1}, 'O,C,12x12', ['O', 5, null],
];

function checkMeeting(m: Meeting) {
  assert.match(m.id, /^\d+:.+/);
  assert.ok(m.days.every((d) => Number.isInteger(d) && d >= 0 && d <= 6));
  assert.ok(m.start === null || (Number.isInteger(m.start) && m.start >= 0 && m.start < 1440));
  assert.ok(m.end === null || (Number.isInteger(m.end) && m.end >= 0 && m.end < 1440));
  assert.equal(m.start === null, m.days.length === 0);
  assert.equal(typeof m.name, 'string');
  assert.ok(m.types.every((t) => typeof t === 'string' && !/[<>\s]/.test(t)));
  assert.equal(m.attendance, m.inPerson && m.online ? 'hybrid' : m.inPerson ? 'in-person' : m.online ? 'online' : null);
  for (const url of [m.conferenceUrl, m.url, m.feedbackUrl, m.entity?.url, m.entity?.logo]) if (url) assert.match(url, /^(https?|mailto|tel|sms):/);
  if (m.conferencePhone) assert.match(m.conferencePhone, /^\+?[\d,*#]+$/);
  if (m.latitude !== undefined) assert.ok(Math.abs(m.latitude) <= 90 && Math.abs(m.longitude!) <= 180);
  assert.doesNotThrow(() => new Intl.DateTimeFormat('en', {timeZone: m.timezone}));
}

test('Meeting Guide: odd values in every field never throw, and every kept meeting is well-formed', () => {
  const base = JSON.parse(readFileSync(new URL('../fixtures/meeting-guide/feed.json', import.meta.url), 'utf8')) as Record<string, unknown>[];
  const fields = [...new Set(base.flatMap((r) => Object.keys(r)))].concat(['regions', 'coordinates', 'feedback_emails', 'entity_url', 'entity_logo']);
  const rnd = prng(42);
  const records = Array.from({length: 3000}, (_, i) => {
    const r: Record<string, unknown> = {...base[i % base.length], slug: `s${i}`};
    for (const f of fields) if (rnd() < 0.25) r[f] = ODD[Math.floor(rnd() * ODD.length)];
    return r;
  });
  const {meetings, issues} = parseMeetingGuide(records, 'fuzz', 0, {defaultTimezone: 'America/Chicago'});
  assert.equal(meetings.length + issues.length, records.length);
  assert.ok(meetings.length > 500, `kept ${meetings.length}`);
  meetings.forEach(checkMeeting);
  const occ = occurrences(meetings, Date.now(), 'UTC');
  assert.doesNotThrow(() => filterOccurrences(occ, {query: 'ü <img', day: ['today', 3], types: ['O', '-C'], near: {lat: 39.8, lng: -89.6}, radius: 50, time: ['night']}, Date.now(), 'UTC'));
});

test('BMLT: odd values in every field never throw, and every kept meeting is well-formed', () => {
  const base = JSON.parse(readFileSync(new URL('../fixtures/bmlt/results.json', import.meta.url), 'utf8')) as {meetings: Record<string, unknown>[]; formats: unknown[]};
  const fields = Object.keys(base.meetings[0]);
  const rnd = prng(7);
  const meetings = Array.from({length: 2000}, (_, i) => {
    const r: Record<string, unknown> = {...base.meetings[i % base.meetings.length], id_bigint: String(1000 + i)};
    for (const f of fields) if (rnd() < 0.2) r[f] = ODD[Math.floor(rnd() * ODD.length)];
    return r;
  });
  const formats = [...base.formats, null, {id: {}}, {id: '5', key_string: '<b>', world_id: 7}];
  const r = parseBmlt({meetings, formats}, 'https://x.example/main_server/', 1, {defaultTimezone: 'UTC'});
  assert.equal(r.meetings.length + r.issues.length, meetings.length);
  assert.ok(r.meetings.length > 300, `kept ${r.meetings.length}`);
  r.meetings.forEach(checkMeeting);
});

test('the adapter’s fast shape check agrees with the zod schema on every odd value in every validated field', async () => {
  const {recordShapeOk, meetingGuideRecordSchema} = await import('../../src/sources/meeting-guide.js');
  const fields = ['slug', 'name', 'day', 'time', 'end_time', 'timezone', 'types', 'regions'];
  let rejected = 0;
  for (const field of fields) {
    for (const v of [...ODD, [[1]], [true], ['O', {}], new Date(0), () => 1, Symbol('s'), 10n]) {
      const record: Record<string, unknown> = {slug: 's', day: 1, time: '19:00', address: '1 Main St', [field]: v};
      const zodSays = meetingGuideRecordSchema.safeParse(record).success;
      assert.equal(recordShapeOk(record), zodSays, `${field} = ${inspect(v)}`);
      if (!zodSays) rejected++;
    }
  }
  assert.ok(rejected > 20, 'the schema rejects the impossible shapes');
  // And a random mix, several fields odd at once.
  const rnd = prng(7);
  for (let i = 0; i < 2000; i++) {
    const record: Record<string, unknown> = {};
    for (const f of fields) if (rnd() < 0.6) record[f] = ODD[Math.floor(rnd() * ODD.length)];
    assert.equal(recordShapeOk(record), meetingGuideRecordSchema.safeParse(record).success, JSON.stringify(record));
  }
});
