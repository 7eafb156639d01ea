import {test} from 'node:test';
import assert from 'node:assert/strict';
import {parseMeetingGuide} from '../../src/sources/meeting-guide.js';
import {occurrences} from '../../src/model/meeting-time.js';
import {filterOccurrences} from '../../src/model/meeting-filter.js';
import {fold, queryWords} from '../../src/model/text.js';

test('search is accent-insensitive for letters without a decomposition: "lodz" finds Łódź, "strasse" finds Straße', () => {
  const rec = (slug: string, name: string, city: string) => ({slug, name, day: 1, time: '19:00', address: '1 Main', city});
  const {meetings} = parseMeetingGuide(
    [rec('lodz', 'Grupa Łódź', 'Łódź'), rec('berlin', 'Neue Straße', 'Berlin'), rec('oslo', 'Ærlig Søndag', 'Tromsø'), rec('paris', 'Cœur ouvert', 'Paris')],
    'feed',
    0,
    {defaultTimezone: 'UTC'},
  );
  const now = Date.parse('2026-11-25T18:00:00Z');
  const all = occurrences(meetings, now, 'UTC');
  const find = (query: string) => filterOccurrences(all, {query}, now, 'UTC').map((o) => o.meeting.slug);
  assert.deepEqual(find('lodz'), ['lodz']);
  assert.deepEqual(find('ŁÓDŹ'), ['lodz']);
  assert.deepEqual(find('strasse'), ['berlin']);
  assert.deepEqual(find('Straße'), ['berlin']);
  assert.deepEqual(find('tromso'), ['oslo']);
  assert.deepEqual(find('aerlig sondag'), ['oslo']);
  assert.deepEqual(find('coeur'), ['paris']);
});

test('fold: marks stripped, undecomposable letters spelled out, ASCII only lower-cased', () => {
  const pairs: [string, string][] = [
    ['Łódź', 'lodz'], ['Straße', 'strasse'], ['ØRESUND', 'oresund'], ['Æbleø', 'aebleo'], ['Œuvre œil', 'oeuvre oeil'],
    ['Đakovo đ', 'dakovo d'], ['Iğdır', 'igdir'], ['Þingvellir þ', 'thingvellir th'], ['Sjóðr Ð', 'sjodr d'],
    ['Reunión Señor', 'reunion senor'], ['Big Book 12x12', 'big book 12x12'], ['', ''],
  ];
  for (const [input, folded] of pairs) assert.equal(fold(input), folded, input);
  assert.deepEqual(queryWords('  Łódź  Straße '), ['lodz', 'strasse']);
});
