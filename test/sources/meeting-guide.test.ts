import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {parseMeetingGuide, parseTime} from '../../src/sources/meeting-guide.js';
import {MeetingFeedError} from '../../src/model/meeting-errors.js';
import {PeerFetchError} from '../../src/core/fetch.js';
import type {Meeting} from '../../src/model/meeting.js';

const FEED = 'https://aa-springfield.example/wp-admin/admin-ajax.php?action=meetings';
const fixture = (name: string) => JSON.parse(readFileSync(new URL(`../fixtures/meeting-guide/${name}`, import.meta.url), 'utf8'));
const parse = (json: unknown, tz = 'America/Chicago') => parseMeetingGuide(json, FEED, 0, {defaultTimezone: tz});
const bySlug = (meetings: Meeting[], slug: string) => {
  const m = meetings.find((x) => x.slug === slug);
  assert.ok(m, `meeting ${slug} present`);
  return m;
};
/** One minimal valid record, overridden per test. */
const rec = (o: Record<string, unknown> = {}) => ({name: 'Test', slug: 'test', day: 1, time: '19:00', formatted_address: '1 Main St, Springfield, IL', ...o});

test('the real-shaped fixture: 25 meetings kept, 5 records skipped with their reasons', () => {
  const {meetings, issues} = parse(fixture('feed.json'));
  assert.equal(meetings.length, 25);
  assert.deepEqual(
    issues.map((i) => [i.index, i.slug, i.code]),
    [
      [9, 'monday-night-big-book', 'duplicate-slug'],
      [10, 'eighth-day-group', 'bad-day'],
      [11, 'whenever-group', 'bad-time'],
      [12, 'church-basement-group', 'no-location'],
      [13, undefined, 'no-slug'],
    ],
  );
  assert.match(issues[0].reason, /already used by record #0/);
  assert.match(issues[1].reason, /day "7" is not/);
  assert.match(issues[2].reason, /time "7" is not HH:MM/);
  assert.match(issues[3].reason, /neither an address nor a conference URL or phone/);
  assert.match(issues[4].reason, /"Nameless Slug Meeting".*no slug/);
  for (const i of issues) assert.equal(i.feed, FEED);
  // The duplicate did not replace the first record.
  assert.equal(bySlug(meetings, 'monday-night-big-book').name, 'Monday Night Big Book');
});

test('ids are feedIndex:slug, numeric slugs become strings, and every meeting keeps its feed', () => {
  const {meetings} = parseMeetingGuide(fixture('feed.json'), FEED, 3, {defaultTimezone: 'America/Chicago'});
  const m = bySlug(meetings, '1234');
  assert.equal(m.id, '3:1234');
  assert.equal(m.feed, FEED);
  assert.equal(bySlug(meetings, 'night-owls').id, '3:night-owls');
});

test('messy values are coerced: day as string, string array and array; times 7:30 and 20:00:00; coordinates as strings', () => {
  const {meetings} = parse(fixture('feed.json'));
  assert.deepEqual(bySlug(meetings, 'sunrise-serenity').days, [1, 2, 3, 4, 5]);
  assert.deepEqual(bySlug(meetings, '1234').days, [2]);
  assert.deepEqual(bySlug(meetings, 'reunion-lunes-miercoles').days, [1, 3]);
  const nv = bySlug(meetings, 'grupo-nueva-vida');
  assert.deepEqual([nv.days, nv.start, nv.end], [[3], 20 * 60, 21 * 60 + 30]);
  assert.equal(bySlug(meetings, 'early-bird').start, 5 * 60 + 30);
  assert.equal(bySlug(meetings, 'saturday-grapevine').start, 7 * 60 + 30);
  const tt = bySlug(meetings, '1234');
  assert.deepEqual([tt.latitude, tt.longitude], [39.7968, -89.6601]);
  const ch = bySlug(meetings, 'chatham-serenity');
  assert.deepEqual([ch.latitude, ch.longitude], [39.6762, -89.7045]);
});

test('end time: given, past midnight, or start + 60 when missing', () => {
  const {meetings} = parse(fixture('feed.json'));
  assert.equal(bySlug(meetings, 'monday-night-big-book').end, 20 * 60 + 30);
  assert.equal(bySlug(meetings, 'night-owls').end, 30);
  assert.equal(bySlug(meetings, 'mens-stag').end, 9 * 60);
  assert.equal(parse([rec({time: '23:30'})]).meetings[0].end, 30);
});

test('types: array or comma string, upper-cased, 12x12 kept in its table spelling, unknown codes kept, markup dropped', () => {
  const {meetings} = parse(fixture('feed.json'));
  assert.deepEqual(bySlug(meetings, 'sunrise-serenity').types, ['O', 'D']);
  assert.deepEqual(bySlug(meetings, 'saturday-speaker').types, ['O', 'SP', 'LGBTQ']);
  assert.deepEqual(bySlug(meetings, 'acceptance-group').types, ['O', 'XYZ', 'FOO', '12x12']);
  assert.deepEqual(bySlug(meetings, 'xss-fellowship').types, ['O']);
  assert.deepEqual(parse([rec({types: 11})]).meetings[0].types, ['11']);
});

test('time zone: the record’s, else the default; an invalid default is no default', () => {
  const {meetings} = parseMeetingGuide(fixture('feed.json'), FEED, 0, {defaultTimezone: 'America/Denver'});
  assert.equal(bySlug(meetings, 'east-coast-early-risers').timezone, 'America/New_York');
  assert.equal(bySlug(meetings, 'sunrise-serenity').timezone, 'America/Denver');
  assert.equal(bySlug(meetings, 'wednesday-traditions').timezone, 'America/Denver');
  const bad = parseMeetingGuide([rec()], FEED, 0, {defaultTimezone: 'Not/AZone'});
  assert.deepEqual([bad.meetings[0].timezone, bad.meetings[0].timezoneUnknown], ['UTC', true]);
  assert.match(bad.warnings?.[0].reason ?? '', /"Not\/AZone" is not a time zone/);
});

test('attendance: in person, online, hybrid; approximate and TC are not in person; a short phone is not online', () => {
  const {meetings} = parse(fixture('feed.json'));
  const a = (slug: string) => {
    const m = bySlug(meetings, slug);
    return [m.inPerson, m.online, m.attendance];
  };
  assert.deepEqual(a('monday-night-big-book'), [true, false, 'in-person']);
  assert.deepEqual(a('grupo-nueva-vida'), [true, true, 'hybrid']);
  assert.deepEqual(a('noon-online-check-in'), [false, true, 'online']); // approximate: "yes"
  assert.deepEqual(a('virtual-serenity'), [false, true, 'online']); // approximate: true
  assert.deepEqual(a('lakeside-step-study'), [false, true, 'online']); // TC
  assert.deepEqual(a('thursday-nooner'), [true, false, 'in-person']); // 555-1234: 7 digits
  assert.deepEqual(a('east-coast-early-risers'), [false, true, 'online']);
  // A conference phone with 10 digits alone makes it online.
  const phoneOnly = parse([rec({formatted_address: undefined, conference_phone: '(217) 555-0142'})]).meetings[0];
  assert.deepEqual([phoneOnly.inPerson, phoneOnly.online, phoneOnly.attendance], [false, true, 'online']);
  // Coordinates alone are a place.
  const coordsOnly = parse([rec({formatted_address: undefined, latitude: '39.8', longitude: '-89.6'})]).meetings[0];
  assert.equal(coordsOnly.attendance, 'in-person');
});

test('conference: provider from the host, dial string keeps + , * #, unsafe URLs dropped', () => {
  const {meetings} = parse(fixture('feed.json'));
  const p = (slug: string) => bySlug(meetings, slug).conferenceProvider;
  assert.equal(p('grupo-nueva-vida'), 'Zoom');
  assert.equal(p('noon-online-check-in'), 'Google Meet');
  assert.equal(p('lakeside-step-study'), 'Microsoft Teams');
  assert.equal(p('young-people-online'), 'Webex');
  assert.equal(p('virtual-serenity'), 'Jitsi');
  assert.equal(p('sunday-big-book-online'), 'Discord');
  assert.equal(bySlug(meetings, 'grupo-nueva-vida').conferencePhone, '+13126266799,,81234567890#');
  assert.equal(bySlug(meetings, 'sunday-big-book-online').conferencePhone, '2175550142');
  const xss = bySlug(meetings, 'xss-fellowship');
  assert.equal(xss.conferenceUrl, undefined);
  assert.equal(xss.url, undefined);
  assert.equal(parse([rec({conference_url: 'https://example.org/room'})]).meetings[0].conferenceProvider, undefined);
});

test('regions from regions[] or region/sub_region/sub_sub_region', () => {
  const {meetings} = parse(fixture('feed.json'));
  assert.deepEqual(bySlug(meetings, 'sunrise-serenity').regions, ['Springfield', 'West Side']);
  assert.deepEqual(bySlug(meetings, 'monday-night-big-book').regions, ['Springfield', 'Downtown']);
  assert.deepEqual(bySlug(meetings, 'rochester-friday-night').regions, ['Sangamon County', 'Rochester', 'Village Center']);
});

test('address from formatted_address or the split fields', () => {
  const {meetings} = parse(fixture('feed.json'));
  assert.equal(bySlug(meetings, 'sunrise-serenity').address, '1400 Williams Blvd, Springfield, IL 62704, United States');
  assert.equal(bySlug(meetings, 'womens-step-study').address, '1200 S 5th St, Springfield, IL 62703, USA');
});

test('contacts, 7th Tradition, entity (entity_website_url accepted), feedback emails from a comma string', () => {
  const {meetings} = parse(fixture('feed.json'));
  const m = bySlug(meetings, 'hope-on-sangamon');
  assert.deepEqual(m.feedbackEmails, ['updates@aa-springfield.example', 'web@aa-springfield.example']);
  assert.deepEqual([m.venmo, m.square, m.paypal], ['@HopeOnSangamon', '$HopeOnSangamon', 'HopeOnSangamon']);
  assert.deepEqual(m.entity, {
    name: 'Springfield Area Intergroup',
    email: 'office@aa-springfield.example',
    phone: '+1-217-555-0100',
    url: 'https://aa-springfield.example',
    location: 'Springfield, Illinois',
  });
  assert.equal(parse([rec({entity_url: 'https://a.example/x'})]).meetings[0].entity?.url, 'https://a.example/x');
  assert.deepEqual(parse([rec({feedback_emails: ['a@b.example', 'nope']})]).meetings[0].feedbackEmails, ['a@b.example']);
  assert.equal(bySlug(meetings, 'monday-night-big-book').feedbackUrl, 'https://aa-springfield.example/feedback/?meeting=monday-night-big-book');
  assert.equal(parse([rec({feedback_url: 'mailto:fix@a.example'})]).meetings[0].feedbackUrl, 'mailto:fix@a.example');
  assert.equal(bySlug(meetings, 'monday-night-big-book').updated, '2026-09-14T18:02:11.000Z');
});

test('HTML in notes becomes plain text; names and other text stay literal (rendered as text by the element)', () => {
  const {meetings} = parse(fixture('feed.json'));
  const m = bySlug(meetings, 'xss-fellowship');
  assert.equal(m.notes, 'Bring a friend\nTea & coffee');
  assert.equal(m.name, '<img src=x onerror=alert(1)> Fellowship');
  assert.equal(m.location, '<script>alert(3)</script>Hall');
  assert.equal(bySlug(meetings, 'monday-night-big-book').notes, 'Literature study of the Big Book.\nCoffee from 7 pm.');
});

test('by appointment: no day and no time gives days [] and start null', () => {
  const {meetings} = parse(fixture('feed.json'));
  const m = bySlug(meetings, 'open-door');
  assert.deepEqual([m.days, m.start, m.end], [[], null, null]);
});

test('each skip rule on its own', () => {
  const cases: [Record<string, unknown>, string][] = [
    [rec({slug: ''}), 'no-slug'],
    [rec({slug: null}), 'no-slug'],
    [rec({day: -1}), 'bad-day'],
    [rec({day: [1, 9]}), 'bad-day'],
    [rec({day: 'Monday'}), 'bad-day'],
    [rec({day: 2.5}), 'bad-day'],
    [rec({time: '25:00'}), 'bad-time'],
    [rec({time: '7:3'}), 'bad-time'],
    [rec({time: ''}), 'bad-time'],
    [rec({time: undefined}), 'bad-time'],
    [rec({formatted_address: undefined}), 'no-location'],
    [rec({formatted_address: undefined, conference_url: 'javascript:alert(1)'}), 'no-location'],
  ];
  for (const [r, code] of cases) {
    const {meetings, issues} = parse([r, rec({slug: 'ok'})]);
    assert.equal(meetings.length, 1, JSON.stringify(r));
    assert.equal(issues[0]?.code, code, JSON.stringify(r));
  }
  const {issues} = parse([null, 'x', [1]]);
  assert.deepEqual(issues.map((i) => i.code), ['not-object', 'not-object', 'not-object']);
});

test('a field of an impossible shape is dropped, not fatal', () => {
  const {meetings, issues} = parse([rec({notes: {html: '<b>x</b>'}, location: ['a'], name: 'Kept'})]);
  assert.equal(issues.length, 0);
  assert.equal(meetings[0].name, 'Kept');
  assert.equal(meetings[0].notes, undefined);
  assert.equal(meetings[0].location, undefined);
});

test('a feed that is not an array throws a typed error the element renders', () => {
  for (const json of [fixture('not-array.json'), null, 'meetings', 42]) {
    assert.throws(
      () => parse(json),
      (e: unknown) => e instanceof MeetingFeedError && e instanceof PeerFetchError && e.reason === 'not-array' && e.kind === 'invalid' && e.feed === FEED,
    );
  }
  assert.deepEqual(parse([]), {meetings: [], issues: [], warnings: []});
});

test('parseTime accepts HH:MM, H:MM, HH:MM:SS, h:mm AM/PM and HHMM numbers only', () => {
  assert.equal(parseTime('07:30'), 450);
  assert.equal(parseTime('7pm'), 1140);
  assert.equal(parseTime('7:30'), 450);
  assert.equal(parseTime('19:30:00'), 1170);
  assert.equal(parseTime(1930), 1170);
  assert.equal(parseTime('24:00'), 0);
  assert.equal(parseTime('Noon'), 720);
  for (const bad of ['7', '19h30', '', '12:60', 1960, 'midnight', '13pm', null]) assert.equal(parseTime(bad), null, String(bad));
  // Every five-character "xx:yy" agrees with the general pattern (the fast path must not drift).
  const slow = (s: string) => {
    const m = /^(\d{1,2}):(\d{2})$/.exec(s);
    if (!m || +m[1] > 24 || +m[2] > 59 || (+m[1] === 24 && +m[2] !== 0)) return null;
    return (+m[1] % 24) * 60 + +m[2];
  };
  const chars = ['0', '1', '2', '4', '5', '9', 'a', ' ', '/', ':', '-'];
  for (const a of chars) for (const b of chars) for (const c of chars) for (const d of chars) {
    const t = `${a}${b}:${c}${d}`;
    assert.equal(parseTime(t), slow(t.trim()), t);
  }
  assert.equal(parseTime('24:01'), null);
  assert.equal(parseTime('23:59'), 1439);
});

test('the second fixture has the same slug as the first: two meetings once merged by feed index', () => {
  const a = parseMeetingGuide(fixture('feed.json'), 'a', 0, {defaultTimezone: 'UTC'});
  const b = parseMeetingGuide(fixture('feed-b.json'), 'b', 1, {defaultTimezone: 'UTC'});
  assert.equal(b.meetings.length, 3);
  const ids = [...a.meetings, ...b.meetings].map((m) => m.id);
  assert.equal(new Set(ids).size, ids.length);
  assert.ok(ids.includes('0:monday-night-big-book') && ids.includes('1:monday-night-big-book'));
});

test('a day or time of an impossible shape is a bad day or time, not "by appointment"', () => {
  const {meetings, issues} = parse([rec({day: {monday: true}}), rec({slug: 't', time: {h: 19}}), rec({slug: 'ok', day: [1, {}]})]);
  assert.equal(meetings.length, 0);
  assert.deepEqual(issues.map((i) => i.code), ['bad-day', 'bad-time', 'bad-day']);
  assert.match(issues[0].reason, /day "\{"monday":true\}"/);
});

test('every meeting has the same fields in the same order; equal lists are shared and frozen', () => {
  const {meetings} = parse(fixture('feed.json'));
  const keys = Object.keys(meetings[0]).join();
  assert.ok(meetings.every((m) => Object.keys(m).join() === keys));
  const a = bySlug(meetings, 'monday-night-big-book');
  const b = bySlug(meetings, 'reunion-lunes-miercoles');
  assert.equal(a.regions, bySlug(meetings, 'womens-step-study').regions);
  assert.equal(a.feedbackEmails, b.feedbackEmails);
  assert.ok(Object.isFrozen(a.types) && Object.isFrozen(a.days));
  assert.throws(() => (a.types as string[]).push('X'), TypeError);
});

test('numeric times: 0–23 is an hour, 100–2359 is HHMM, a fraction of a day is a spreadsheet time, anything else is a bad time', () => {
  const start = (time: unknown) => {
    const {meetings, issues} = parse([rec({time})]);
    return meetings.length ? meetings[0].start : issues[0].code;
  };
  assert.equal(start(19), 19 * 60);
  assert.equal(start(0), 0);
  assert.equal(start(7), 7 * 60);
  assert.equal(start(23), 23 * 60);
  assert.equal(start(730), 7 * 60 + 30);
  assert.equal(start(1930), 19 * 60 + 30);
  assert.equal(start(100), 60);
  assert.equal(start(2359), 23 * 60 + 59);
  assert.equal(start(0.8125), 19 * 60 + 30);
  assert.equal(start(0.3125), 7 * 60 + 30);
  assert.equal(start(0.5), 12 * 60);
  assert.equal(start(0.81), 19 * 60 + 26); // 1166.4 minutes, rounded to the minute
  for (const bad of [24, 60, 99, -1, -730, 1960, 2400, 2500, 19.5, 1.5, NaN, Infinity]) assert.equal(start(bad), 'bad-time', String(bad));
  // The end time reads numbers the same way.
  assert.equal(parse([rec({time: 19, end_time: 20})]).meetings[0].end, 20 * 60);
  assert.equal(parse([rec({time: 19, end_time: 0.84375})]).meetings[0].end, 20 * 60 + 15);
  // Strings are not read as numbers: "1930" and "19" are still bad times ("7pm" is a 12-hour time).
  assert.equal(start('1930'), 'bad-time');
  assert.equal(start('7pm'), 19 * 60);
  assert.equal(start('19'), 'bad-time');
  assert.equal(parseTime(19), 19 * 60);
  assert.equal(parseTime(0.8125), 19 * 60 + 30);
  assert.equal(parseTime(50), null);
});

test('a meeting starting at 24:00 starts at 00:00 on the next day; an end at 24:00 is midnight', () => {
  const one = (o: Record<string, unknown>) => parse([rec(o)]).meetings[0];
  const m = one({day: 1, time: '24:00'});
  assert.deepEqual([m.days, m.start, m.end], [[2], 0, 60]);
  // Saturday wraps to Sunday; several days shift together and stay sorted.
  assert.deepEqual(one({day: 6, time: '24:00'}).days, [0]);
  assert.deepEqual(one({day: [1, 6, 3], time: '24:00:00', end_time: '01:30'}).days, [0, 2, 4]);
  assert.equal(one({day: [1, 6, 3], time: '24:00:00', end_time: '01:30'}).end, 90);
  assert.deepEqual(one({day: '0,1,2,3,4,5,6', time: '24:00'}).days, [0, 1, 2, 3, 4, 5, 6]);
  // 00:00 is still the same day, and an end time of 24:00 is the midnight that ends the day.
  assert.deepEqual(one({day: 1, time: '00:00'}).days, [1]);
  const late = one({day: 5, time: '23:00', end_time: '24:00'});
  assert.deepEqual([late.days, late.start, late.end], [[5], 23 * 60, 0]);
});

test('a conference URL written without https:// is read as https when it starts with a web address', () => {
  const online = (conference_url: unknown, o: Record<string, unknown> = {}) => parse([rec({formatted_address: undefined, conference_url, ...o})]);
  const zoom = online('zoom.us/j/123').meetings[0];
  assert.deepEqual([zoom.conferenceUrl, zoom.conferenceProvider, zoom.online, zoom.attendance], ['https://zoom.us/j/123', 'Zoom', true, 'online']);
  const pwd = online('  us02web.zoom.us/j/1?pwd=x ').meetings[0];
  assert.deepEqual([pwd.conferenceUrl, pwd.conferenceProvider], ['https://us02web.zoom.us/j/1?pwd=x', 'Zoom']);
  const meet = online('meet.google.com/abc-defg-hij').meetings[0];
  assert.deepEqual([meet.conferenceUrl, meet.conferenceProvider], ['https://meet.google.com/abc-defg-hij', 'Google Meet']);
  assert.equal(online('meet.jit.si').meetings[0].conferenceProvider, 'Jitsi');
  // With an address too it is hybrid.
  assert.equal(parse([rec({conference_url: 'zoom.us/j/123'})]).meetings[0].attendance, 'hybrid');
  // Text that does not start with a hostname is still dropped (and the record has no location).
  for (const bad of ['Zoom ID 123 456 7890', 'zoom/j/123', '123.456.7890', 'javascript:alert(1)', 'localhost/x', 'mailto:a@b.org', '//zoom.us/j/1', '.zoom.us/j/1']) {
    const {meetings, issues} = online(bad);
    assert.equal(meetings.length, 0, bad);
    assert.equal(issues[0].code, 'no-location', bad);
  }
  // A link followed by text: the link joins, the text is reported (issue 18).
  const withText = online('zoom.us/j/123 passcode 42');
  assert.equal(withText.meetings[0].conferenceUrl, 'https://zoom.us/j/123');
  assert.deepEqual(withText.warnings?.map((w) => w.code), ['extra-links']);
  // URLs with a scheme are kept as before.
  assert.equal(online('https://zoom.us/j/9').meetings[0].conferenceUrl, 'https://zoom.us/j/9');
});

test('in person needs a street address or coordinates alone: city, state, postal code or country alone is not a place', () => {
  const one = (o: Record<string, unknown>) => parse([rec({formatted_address: undefined, ...o})]);
  const cityOnly = one({city: 'Springfield', state: 'IL', postal_code: '62701', country: 'US'});
  assert.equal(cityOnly.issues.length, 0);
  const m = cityOnly.meetings[0];
  assert.equal(m.address, 'Springfield, IL 62701, United States'); // still shown
  assert.deepEqual([m.inPerson, m.online, m.attendance], [false, false, null]);
  // Online with only a city: online, not hybrid.
  const online = one({city: 'Springfield', conference_url: 'https://zoom.us/j/1'}).meetings[0];
  assert.deepEqual([online.inPerson, online.attendance], [false, 'online']);
  // A street address, a formatted address or coordinates each make it in person.
  assert.equal(one({address: '1 Main St', city: 'Springfield'}).meetings[0].attendance, 'in-person');
  assert.equal(one({formatted_address: '1 Main St, Springfield, IL'}).meetings[0].attendance, 'in-person');
  // A formatted address with no street part is not a place either, and a town's coordinates are
  // the town's, not the meeting's: approximate (issue 18).
  const town = one({formatted_address: 'Springfield, IL', latitude: 39.8, longitude: -89.6}).meetings[0];
  assert.deepEqual([town.attendance, town.approximate], [null, true]);
  assert.equal(one({city: 'Springfield', latitude: 39.8, longitude: -89.6}).meetings[0].approximate, true);
});
