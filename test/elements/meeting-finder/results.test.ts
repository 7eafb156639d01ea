import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {FinderResults} from '../../../src/elements/meeting-finder/results.js';
import {toFilters} from '../../../src/elements/meeting-finder/filters.js';
import {parseMeetingGuide} from '../../../src/sources/meeting-guide.js';
import {occurrences} from '../../../src/model/meeting-time.js';
import {bmltRefetchKey} from '../../../src/sources/bmlt-url.js';
import {logFeedIssues} from '../../../src/model/feed-report.js';
import {useModel} from '../../../src/elements/meeting-finder/data.js';
import * as model from '../../../src/elements/meeting-finder/data-model.js';

// As the parsers' chunk does in the element.
useModel(model);

const json = JSON.parse(readFileSync(new URL('../../fixtures/meeting-guide/feed.json', import.meta.url), 'utf8'));
const feed = parseMeetingGuide(json, 'https://example.org/feed.json', 0, {defaultTimezone: 'America/Chicago'});
const NOW = Date.UTC(2026, 11, 9, 17, 0);

test('FinderResults: takes a feed, filters it, narrows as letters are typed, and starts over when the stars change', () => {
  const r = new FinderResults();
  r.filter(toFilters({}), undefined, 'UTC');
  assert.equal(r.results.length, 0, 'nothing before a feed');
  r.take(feed, 'en', NOW, NOW - 120_000);
  assert.equal(r.all.length, occurrences(feed.meetings, NOW).length, 'occurrences worked out again: the loader gave none');
  r.filter(toFilters({}), undefined, 'UTC');
  const all = r.results.length;
  assert.ok(all > 0);
  assert.ok(r.regions.length > 0 && r.typeCodes.length > 0);
  r.filter(toFilters({query: 'st'}), undefined, 'UTC');
  const st = r.results;
  r.filter(toFilters({query: 'ste'}), undefined, 'UTC');
  assert.ok(r.results.every((o) => st.includes(o)), 'a longer query narrows the last results');
  r.filter(toFilters({query: ''}), undefined, 'UTC');
  assert.equal(r.results.length, all, 'a shorter one starts from every occurrence');
  const first = r.results[0].meeting;
  const starred = new Set([first.slug]);
  r.filter(toFilters({}), (o) => starred.has(o.meeting.slug), 'UTC');
  assert.ok(r.results.length >= 1 && r.results.every((o) => o.meeting.slug === first.slug));
  starred.add(r.all.find((o) => o.meeting.slug !== first.slug)!.meeting.slug);
  r.filter(toFilters({}), (o) => starred.has(o.meeting.slug), 'UTC', true);
  assert.equal(new Set(r.results.map((o) => o.meeting.slug)).size, 2, 'a new star shows at once');
  assert.equal(r.occurrenceById(first.id, NOW)?.meeting, first);
  assert.equal(r.occurrenceById('nope', NOW), undefined);
});

test('FinderResults: the loader’s occurrences are used while less than a minute old', () => {
  const r = new FinderResults();
  const early = occurrences(feed.meetings, NOW).slice(0, 3);
  r.take({...feed, occurrences: early}, 'en', NOW, NOW - 10_000);
  assert.equal(r.all, early);
  r.take({...feed, occurrences: early}, 'en', NOW, NOW - 61_000);
  assert.notEqual(r.all, early);
});

test('bmltRefetchKey: only BMLT servers refetch, and only on the filters they apply', () => {
  const bmlt = ['https://bmlt.example.org/main_server/'];
  assert.equal(bmltRefetchKey(['https://example.org/feed.json'], 'auto', toFilters({day: '1'}), 3, false), '');
  assert.equal(bmltRefetchKey([], 'bmlt', toFilters({day: '1'}), 3, false), '');
  const a = bmltRefetchKey(bmlt, 'auto', toFilters({day: '1', query: 'x'}), 3, false);
  assert.notEqual(a, '');
  assert.equal(bmltRefetchKey(bmlt, 'auto', toFilters({day: '1', query: 'other words'}), 3, false), a, 'free text stays in the page');
  assert.notEqual(bmltRefetchKey(bmlt, 'auto', toFilters({day: '2'}), 3, false), a);
  assert.equal(bmltRefetchKey(bmlt, 'auto', toFilters({day: '1'}), 4, false), a, 'a fixed day does not depend on today');
  assert.notEqual(bmltRefetchKey(bmlt, 'auto', toFilters({day: 'today'}), 4, false), bmltRefetchKey(bmlt, 'auto', toFilters({day: 'today'}), 3, false), '"today" changes at midnight');
  assert.notEqual(bmltRefetchKey(bmlt, 'auto', toFilters({types: 'O'}), 3, true), bmltRefetchKey(bmlt, 'auto', toFilters({types: 'O'}), 3, false), 'once formats are known, types go to the server');
  assert.equal(bmltRefetchKey(bmlt, 'auto', toFilters({near: '41,-87'}), 3, false), bmltRefetchKey(bmlt, 'auto', toFilters({}), 3, false), 'a point without a radius is sorted in the page');
});

test('logFeedIssues: one console line per skipped record, each warning once per element', () => {
  const lines: string[] = [];
  const log = {warn: (...a: unknown[]) => lines.push(a.join(' '))};
  const given = new Set<string>();
  const issues = [{feed: 'f.json', index: 2, slug: 'a', reason: 'no day'}];
  const warnings = [
    {feed: 'f.json', code: 'no-timezone', index: -1, reason: 'names no time zone'},
    {feed: 'f.json', code: 'extra-links', index: 4, reason: 'two links'},
  ];
  assert.deepEqual(logFeedIssues(log, issues, warnings, given), warnings);
  assert.deepEqual(lines, ['skipped record "a" in f.json: no day', 'f.json: names no time zone', 'record #4 in f.json: two links']);
  assert.deepEqual(logFeedIssues(log, [], warnings, given), [], 'given before: not again');
});
