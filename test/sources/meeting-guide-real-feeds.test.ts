/**
 * Issue 18: Meeting Guide records as real intergroup feeds publish them, each fixture built from a
 * quoted record (test/fixtures/meeting-guide/{online-city,twelve-hour,links,type-strings,addresses}.json).
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {parseMeetingGuide} from '../../src/sources/meeting-guide.js';
import {directionsUrl} from '../../src/model/meeting-links.js';
import type {Meeting} from '../../src/model/meeting.js';

const FEED = 'https://intergroup.example/meetings.json';
const fixture = (name: string) => JSON.parse(readFileSync(new URL(`../fixtures/meeting-guide/${name}`, import.meta.url), 'utf8'));
const parse = (name: string) => parseMeetingGuide(fixture(name), FEED, 0, {defaultTimezone: 'America/New_York'});
const bySlug = (meetings: Meeting[], slug: string) => {
  const m = meetings.find((x) => x.slug === slug);
  assert.ok(m, `meeting ${slug} present`);
  return m;
};

test('point 1: an online meeting whose "address" is a city is online only, approximate, with no directions', () => {
  const {meetings, issues} = parse('online-city.json');
  assert.equal(issues.length, 0);
  for (const slug of ['shoulder-shoulder-group-Sun12am', 'early-risers-online-Mon7am', 'zoom-speaker-Tue8pm', 'onl-city-Wed6pm']) {
    const m = bySlug(meetings, slug);
    assert.deepEqual([m.inPerson, m.online, m.attendance, m.approximate], [false, true, 'online', true], slug);
    assert.equal(directionsUrl(m, false), undefined, `${slug}: no directions to the city centre`);
    assert.equal(m.address, slug === 'zoom-speaker-Tue8pm' ? 'Philadelphia, PA 19103, USA' : 'Philadelphia, PA, USA', 'the city is still shown');
  }
  // A street address with a join link (and ONL) is hybrid; without a link, in person.
  assert.equal(bySlug(meetings, 'hybrid-church-Thu7pm').attendance, 'hybrid');
  assert.equal(bySlug(meetings, 'church-Fri8pm').attendance, 'in-person');
  assert.ok(directionsUrl(bySlug(meetings, 'church-Fri8pm'), false));
});

test('point 2: 12-hour times are read (any case, with or without space or dots; 12:00 PM is noon), ambiguous ones still rejected', () => {
  const {meetings, issues} = parse('twelve-hour.json');
  const at = (slug: string) => {
    const m = bySlug(meetings, slug);
    return [m.start, m.end];
  };
  assert.deepEqual(at('7'), [20 * 60, 21 * 60]);
  assert.deepEqual(at('8'), [12 * 60, 13 * 60]);
  assert.deepEqual(at('9'), [0, 90]);
  assert.deepEqual(at('10'), [7 * 60 + 30, 8 * 60 + 30]);
  assert.deepEqual(at('11'), [18 * 60 + 15, 19 * 60 + 15]);
  assert.deepEqual(bySlug(meetings, '7').days, [5]);
  // "Noon" is 12:00 PM; "midnight" could start the listed day or end it, so it stays unread.
  assert.deepEqual(at('16'), [12 * 60, 13 * 60]);
  assert.deepEqual(at('17'), [12 * 60, 13 * 60]);
  assert.deepEqual(
    issues.map((i) => [i.slug, i.code]),
    [['12', 'bad-time'], ['13', 'bad-time'], ['14', 'bad-time'], ['15', 'bad-time'], ['18', 'bad-time']],
  );
});

test('point 5: a join link with an upper-case scheme is kept', () => {
  const m = bySlug(parse('links.json').meetings, 'upper-case-scheme');
  assert.deepEqual([m.conferenceUrl, m.conferenceProvider, m.online], ['http://us04web.zoom.us/j/2374459068', 'Zoom', true]);
});

test('point 6: two links in one field: the first valid one is the join link, the rest are reported', () => {
  const {meetings, issues, warnings} = parse('links.json');
  assert.equal(issues.length, 0);
  assert.equal(bySlug(meetings, 'two-links').conferenceUrl, 'https://us02web.zoom.us/meeting/register/tZEuf-2tqTwvG9Za7');
  assert.equal(bySlug(meetings, 'link-and-text').conferenceUrl, 'https://zoom.us/j/98765432100');
  const extra = (warnings ?? []).filter((w) => w.code === 'extra-links');
  assert.deepEqual(extra.map((w) => w.slug), ['two-links', 'link-and-text']);
  assert.match(extra[0].reason, /conference_url/);
  assert.match(extra[0].reason, /tZEuf-2tqTwvG9Za7/);
  assert.match(extra[1].reason, /passcode 42/);
});

test('point 7: types given as a string ("[open]", comma lists, JSON text) and type names are read as codes', () => {
  const {meetings} = parse('type-strings.json');
  assert.deepEqual(bySlug(meetings, '5202').types, ['O']);
  assert.deepEqual(bySlug(meetings, '5203').types, ['C', 'M', 'B']);
  assert.deepEqual(bySlug(meetings, '5204').types, ['O', 'SP']);
  assert.deepEqual(bySlug(meetings, '5205').types, ['O', 'W', 'S']);
});

test('point 10: the country is written by name; stray commas in an address are tidied', () => {
  const {meetings} = parse('addresses.json');
  assert.equal(bySlug(meetings, 'tweed-tuesday').address, '255 Metcalf St, Tweed, Canada');
  assert.equal(bySlug(meetings, 'washington-st').address, '20811 Washington St, Lynwood, IL 60411');
  assert.equal(bySlug(meetings, 'formatted-commas').address, '20811 Washington St, Lynwood, IL 60411');
});

test('point 1, no false positives: a street address without a leading house number stays in person (hybrid with a link)', () => {
  const {meetings, issues} = parse('street-addresses.json');
  assert.equal(issues.length, 0);
  const seen = Object.fromEntries(meetings.map((m) => [m.slug, [m.attendance, m.approximate, !!directionsUrl(m, false)]]));
  assert.deepEqual(seen, {
    'kerkstraat-hybrid-Mon8pm': ['hybrid', false, true],
    'hauptstr-Tue7pm': ['in-person', false, true],
    'rua-augusta-Wed7pm': ['in-person', false, true],
    'first-baptist-Thu8pm': ['hybrid', false, true],
    'broadway-Fri7am': ['in-person', false, true],
    // A town, its region and its country: online only, as in point 1.
    'tweed-online-Sat9am': ['online', true, false],
    'philly-us-Sun6pm': ['online', true, false],
  });
});
