import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {parseMeetingGuide} from '../../src/sources/meeting-guide.js';
import {occurrences} from '../../src/model/meeting-time.js';
import {availableTypes, filterOccurrences, flattenRegions, regionTree, searchText, splitTypes, typeCounts} from '../../src/model/meeting-filter.js';
import type {MeetingFilters} from '../../src/model/meeting.js';

const feed = JSON.parse(readFileSync(new URL('../fixtures/meeting-guide/feed.json', import.meta.url), 'utf8'));
const {meetings} = parseMeetingGuide(feed, 'feed', 0, {defaultTimezone: 'America/Chicago'});
const NOW = Date.parse('2026-11-25T18:00:00Z'); // Wednesday 12:00 in Chicago
const TZ = 'America/Chicago';
const all = occurrences(meetings, NOW, TZ);
const run = (f: MeetingFilters, tz = TZ) => filterOccurrences(all, f, NOW, tz);
const slugs = (f: MeetingFilters, tz = TZ) => [...new Set(run(f, tz).map((o) => o.meeting.slug))].sort();

test('no filter: every occurrence, a meeting on several days counts once per day', () => {
  // 25 meetings; extra days: sunrise 5, noon 7, reunion 2, east coast 3 → 25 + 4 + 6 + 1 + 2 = 38.
  assert.equal(run({}).length, 38);
  assert.equal(run({}).filter((o) => o.meeting.slug === 'noon-online-check-in').length, 7);
});

test('day: any of the listed days; today and tomorrow in the visitor’s zone', () => {
  const sunday = run({day: [0]});
  assert.deepEqual(sunday.map((o) => o.meeting.slug).sort(), ['acceptance-group', 'noon-online-check-in', 'sunday-big-book-online']);
  assert.equal(run({day: [0, 6]}).length, sunday.length + run({day: [6]}).length);
  // Wednesday in Chicago; already Thursday in Tokyo.
  assert.deepEqual(run({day: ['today']}).map((o) => o.day), run({day: [3]}).map((o) => o.day));
  assert.ok(run({day: ['today']}, 'Asia/Tokyo').every((o) => o.day === 4));
  assert.ok(run({day: ['tomorrow']}).every((o) => o.day === 4));
  // By-appointment meetings only without a day filter.
  assert.ok(!run({day: [0, 1, 2, 3, 4, 5, 6]}).some((o) => o.meeting.slug === 'open-door'));
});

test('time: by the meeting’s local start, overlapping buckets, any of them', () => {
  assert.deepEqual(slugs({time: ['morning']}), ['early-bird', 'east-coast-early-risers', 'mens-stag', 'saturday-grapevine', 'sunday-big-book-online', 'sunrise-serenity']);
  assert.deepEqual(slugs({time: ['night']}), ['grupo-nueva-vida', 'night-owls', 'virtual-serenity', 'young-people-online']);
  assert.ok(slugs({time: ['midday']}).includes('noon-online-check-in'));
  const both = slugs({time: ['morning', 'night']});
  assert.ok(both.includes('night-owls') && both.includes('early-bird'));
});

test('types: all must be present; -CODE excludes; case-insensitive', () => {
  assert.deepEqual(slugs({types: ['C', 'B']}), ['mens-stag', 'monday-night-big-book']);
  assert.deepEqual(slugs({types: ['o', '-d', '-onl', 'sp']}), ['rochester-friday-night', 'saturday-speaker']);
  assert.deepEqual(slugs({types: ['12X12']}), ['1234', 'acceptance-group']);
  assert.deepEqual(slugs({types: ['XYZ']}), ['acceptance-group']);
  assert.deepEqual(splitTypes(['O', '-C', '-', '']), {include: ['O'], exclude: ['C']});
});

test('attendance: online = online and hybrid, in-person = in person and hybrid, hybrid = both', () => {
  const online = slugs({attendance: 'online'});
  const inPerson = slugs({attendance: 'in-person'});
  const hybrid = slugs({attendance: 'hybrid'});
  assert.deepEqual(hybrid, ['grupo-nueva-vida', 'saturday-grapevine']);
  for (const h of hybrid) assert.ok(online.includes(h) && inPerson.includes(h));
  assert.ok(online.includes('lakeside-step-study') && !inPerson.includes('lakeside-step-study'));
  assert.ok(inPerson.includes('thursday-nooner') && !online.includes('thursday-nooner'));
  assert.equal(online.length, 8);
  assert.equal(inPerson.length, 19);
});

test('region: a name at any level, accent- and case-insensitive', () => {
  assert.deepEqual(slugs({region: 'Rochester'}), ['rochester-friday-night']);
  assert.deepEqual(slugs({region: 'village center'}), ['rochester-friday-night']);
  assert.equal(slugs({region: 'Springfield'}).length, 17);
  assert.deepEqual(slugs({region: 'Downtown'}), ['early-bird', 'monday-night-big-book', 'night-owls', 'saturday-speaker', 'thursday-nooner', 'womens-step-study']);
  assert.deepEqual(slugs({region: 'Nowhere'}), []);
});

test('query: every word, in any of name, location, address, region, group or notes; accents and case ignored', () => {
  assert.deepEqual(slugs({query: 'reunion'}), ['grupo-nueva-vida', 'reunion-lunes-miercoles']);
  assert.deepEqual(slugs({query: 'MIÉRCOLES'}), ['reunion-lunes-miercoles']);
  assert.deepEqual(slugs({query: 'alano downtown'}), ['early-bird', 'night-owls']); // location + region
  assert.deepEqual(slugs({query: 'capitol'}), []);
  assert.deepEqual(slugs({query: 'Sangamon 62702'}), ['hope-on-sangamon']); // name/location + address
  assert.deepEqual(slugs({query: 'big book group'}), ['monday-night-big-book']); // group name
  assert.deepEqual(slugs({query: 'candlelight'}), ['night-owls']); // notes
  assert.equal(slugs({query: '  '}).length, 25); // blank query: no filter
  assert.ok(searchText(meetings[0]).includes('first presbyterian'));
});

test('near + radius: distance on each result, sorted by it; no coordinates or approximate → left out', () => {
  const near = {lat: 39.8103, lng: -89.6441}; // the Alano Club
  const r = run({near, radius: 1});
  assert.ok(r.length > 0);
  assert.deepEqual(r.slice(0, 3).map((o) => o.meeting.slug).sort(), ['early-bird', 'night-owls', 'open-door']);
  for (let i = 1; i < r.length; i++) assert.ok(r[i - 1].distance! <= r[i].distance!);
  assert.ok(r.every((o) => o.distance! <= 1));
  assert.equal(r[0].distance, 0);
  const all = run({near});
  assert.ok(!all.some((o) => o.meeting.slug === 'east-coast-early-risers')); // no coordinates
  assert.ok(!all.some((o) => o.meeting.slug === 'noon-online-check-in')); // approximate
  assert.ok(all.some((o) => o.meeting.slug === 'rochester-friday-night'));
  // Kilometres: Chatham is ~9.5 mi (~15 km) from the Alano Club.
  assert.ok(!slugs({near, radius: 14, distanceUnit: 'km'}).includes('chatham-serenity'));
  assert.ok(slugs({near, radius: 16, distanceUnit: 'km'}).includes('chatham-serenity'));
  assert.ok(!slugs({near, radius: 9}).includes('chatham-serenity'));
  assert.ok(slugs({near, radius: 10}).includes('chatham-serenity'));
  // Without near, no distance and the original (upcoming-first) order.
  assert.equal(run({}).some((o) => o.distance !== undefined), false);
});

test('filters combine', () => {
  assert.deepEqual(slugs({day: [3], attendance: 'in-person', time: ['evening'], types: ['-S']}), ['wednesday-traditions', 'xss-fellowship']);
});

test('region tree with counts, sorted, and flattened', () => {
  const tree = regionTree(meetings);
  assert.deepEqual(tree.map((n) => [n.name, n.count]), [
    ['<b onmouseover=alert(5)>Springfield</b>', 1],
    ['Chatham', 1],
    ['Online', 5],
    ['Sangamon County', 1],
    ['Springfield', 17],
  ]);
  const spr = tree.find((n) => n.name === 'Springfield')!;
  assert.deepEqual(spr.children.map((n) => [n.name, n.count]), [
    ['Downtown', 6],
    ['Eastside', 1],
    ['Lake Area', 1],
    ['North End', 3],
    ['South Side', 2],
    ['West Side', 3],
  ]);
  const flat = flattenRegions(tree);
  const roc = flat.find((f) => f.node.name === 'Village Center')!;
  assert.equal(roc.depth, 2);
  assert.deepEqual(roc.node.path, ['Sangamon County', 'Rochester', 'Village Center']);
});

test('available types: most used first', () => {
  const types = availableTypes(meetings);
  assert.equal(types[0], 'O');
  assert.ok(types.includes('XYZ') && types.includes('12x12'));
  assert.equal(typeCounts(meetings).get('LGBTQ'), 1);
});
