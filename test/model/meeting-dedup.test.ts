import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {addressKey, conferenceKey, mergeDuplicateMeetings, nameKey, phoneKey} from '../../src/model/meeting-dedup.js';
import {parseMeetingGuide} from '../../src/sources/meeting-guide.js';
import {occurrences} from '../../src/model/meeting-time.js';
import type {Meeting} from '../../src/model/meeting.js';

const fixture = (name: string) => JSON.parse(readFileSync(new URL(`../fixtures/meeting-guide/${name}`, import.meta.url), 'utf8')) as unknown[];
const opts = {visitorTimezone: 'America/Chicago'};
const district = parseMeetingGuide(fixture('district-overlap.json'), 'https://district.example/feed.json', 0, opts).meetings;
const area = parseMeetingGuide(fixture('area-overlap.json'), 'https://area.example/feed.json', 1, opts).meetings;
const bySlug = (list: readonly Meeting[], slug: string) => list.find((m) => m.slug === slug)!;

test('names, addresses, links and phones compare as a person would read them', () => {
  assert.equal(nameKey('Monday Night Big Book Group'), nameKey('MONDAY NIGHT BIG BOOK'));
  assert.equal(nameKey('Grupo Nueva Vida (Reunión)'), 'nueva vida');
  assert.equal(nameKey("Women's Step Study"), nameKey('Womens Step-Study'));
  assert.equal(nameKey('Serenity & Hope'), nameKey('Serenity and Hope'));
  assert.equal(nameKey('The Group'), 'the group', 'a name of noise words only is kept whole');
  assert.notEqual(nameKey('Big Book'), nameKey('Big Book Study'));
  assert.equal(addressKey('321 S 7th St, Springfield, IL 62701, USA'), addressKey('321 South 7th Street, Springfield, IL 62701'));
  assert.equal(addressKey('First Church, 55 Oak Avenue, Springfield'), '55 oak ave');
  assert.notEqual(addressKey('55 Oak Ave'), addressKey('57 Oak Ave'));
  assert.equal(conferenceKey('https://us02web.zoom.us/j/81234567890?pwd=QWxhZGRpbg'), conferenceKey('http://zoom.us/j/81234567890/'));
  assert.equal(conferenceKey('https://www.meet.google.com/abc-defg-hij/'), 'meet.google.com/abc-defg-hij');
  assert.notEqual(conferenceKey('https://zoom.us/j/81234567890'), conferenceKey('https://zoom.us/j/81234567891'));
  assert.equal(conferenceKey('mailto:x@example.org'), undefined);
  assert.equal(phoneKey('+1 312 626 6799,,81234567890#'), phoneKey('+13126266799,,81234567890#'));
  assert.equal(phoneKey('555-0100'), undefined);
});

test('two overlapping feeds: each meeting once, the richer record kept, near-misses left alone', () => {
  const all = [...district, ...area];
  const {meetings, merged} = mergeDuplicateMeetings(all);
  assert.equal(all.length, 11);
  assert.deepEqual(
    merged.map((x) => [x.slug, x.keptSlug]),
    [
      ['mon-nite-bb', 'monday-night-big-book'], // address and coordinates within a few metres
      ['gnv-3', 'nueva-vida-mie'], // the same Zoom meeting, another host and no passcode
      ['wss-thu', 'womens-step-study'], // "55 Oak Avenue" and "55 Oak Ave."
    ],
  );
  assert.ok(merged.every((x) => x.feed === 'https://area.example/feed.json' && x.keptFeed === 'https://district.example/feed.json'));
  assert.deepEqual(
    meetings.map((m) => m.id),
    ['0:monday-night-big-book', '0:nueva-vida-mie', '0:womens-step-study', '0:saturday-night-live', '0:sunday-serenity', '1:snl-fri', '1:sunday-serenity', '1:area-newcomers'],
    'same name another day, and same name and time at another place, stay two meetings',
  );
  // The kept record gains what it lacked: types (not attendance ones), notes; its own values stay.
  const bigBook = bySlug(meetings, 'monday-night-big-book');
  assert.deepEqual(bigBook.types, ['C', 'B', 'WC']);
  assert.equal(bigBook.entity?.name, 'District 12 Springfield');
  assert.equal(bigBook.location, 'First Presbyterian Church');
  assert.equal(bySlug(meetings, 'nueva-vida-mie').notes, 'Reunión en español.');
  assert.equal(bySlug(district, 'nueva-vida-mie').notes, undefined, 'the input is not changed');
  assert.equal(Object.keys(bigBook).join(), Object.keys(bySlug(district, 'monday-night-big-book')).join(), 'the same object shape');
});

test('within one feed nothing merges; a single feed is returned as it is', () => {
  const twin = {...bySlug(district, 'sunday-serenity'), id: '0:sunday-serenity-2', slug: 'sunday-serenity-2'};
  const {meetings, merged} = mergeDuplicateMeetings([...district, twin]);
  assert.equal(merged.length, 0);
  assert.equal(meetings.length, district.length + 1);
});

test('near-misses: another day, another time, another place, another zone, an approximate place', () => {
  const m = bySlug(district, 'saturday-night-live');
  const other = (patch: Partial<Meeting>): Meeting => ({...m, id: '1:x', slug: 'x', feed: 'b', ...patch});
  const merges = (x: Meeting) => mergeDuplicateMeetings([m, x]).merged.length;
  assert.equal(merges(other({})), 1);
  assert.equal(merges(other({days: [5]})), 0);
  assert.equal(merges(other({start: 20 * 60})), 0);
  assert.equal(merges(other({address: '901 N Grand Ave, Springfield', latitude: 39.8111, longitude: -89.6444})), 0, '110 m apart');
  assert.equal(merges(other({address: 'Springfield', latitude: 39.8104, longitude: -89.6444})), 1, '33 m apart');
  assert.equal(merges(other({timezone: 'America/New_York'})), 0);
  const online = other({address: 'Springfield, IL, USA', approximate: true, latitude: undefined, longitude: undefined, inPerson: false});
  assert.equal(mergeDuplicateMeetings([{...m, address: 'Springfield, IL, USA', approximate: true, latitude: undefined, longitude: undefined}, online]).merged.length, 0, 'an approximate place is no place');
});

test('occurrences follow: the left-out meeting’s go, the kept one’s point at the combined record', () => {
  const all = [...district, ...area];
  const occ = occurrences(all, Date.parse('2026-11-25T12:00:00Z'));
  const out = mergeDuplicateMeetings(all, occ);
  assert.equal(out.occurrences!.length, occ.length - 3);
  const shown = new Set(out.meetings);
  assert.ok(out.occurrences!.every((o) => shown.has(o.meeting)));
});

test('10,000 + 10,000 meetings merge in linear time', () => {
  const make = (feed: number, i: number): Meeting => ({
    ...bySlug(district, 'saturday-night-live'),
    id: `${feed}:m${i}`,
    slug: `m${i}`,
    feed: `f${feed}`,
    name: `Meeting ${i % 3000}`,
    days: [i % 7],
    start: (i * 15) % 1440,
    address: `${i} Main St, Springfield`,
    latitude: 39 + i / 1000,
    longitude: -89,
  });
  const a = Array.from({length: 10_000}, (_, i) => make(0, i));
  const b = Array.from({length: 10_000}, (_, i) => make(1, i));
  const t = performance.now();
  const {meetings, merged} = mergeDuplicateMeetings([...a, ...b]);
  const ms = performance.now() - t;
  assert.equal(merged.length, 10_000);
  assert.equal(meetings.length, 10_000);
  assert.ok(ms < 1000, `took ${ms.toFixed(0)} ms`);
});
