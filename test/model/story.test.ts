import {test} from 'node:test';
import assert from 'node:assert/strict';
import {validDraft} from '../support/story-draft.js';
import {formatRecovery, formatStoryDate, isLongStory, paragraphs, hiddenWarnings, visibleStories, type Story} from '../../src/model/story.js';
import {
  dataUrlBytes,
  draftHasContent,
  draftRecoveryMonths,
  emptyDraft,
  mentionsFellowship,
  suggestsPseudonym,
  validateDraft,
} from '../../src/model/story-draft.js';
import {parseStories} from '../../src/sources/peerkit-stories.js';
import {readFileSync} from 'node:fs';
import {publicationWindow, storyPublication} from '../../src/model/story.js';

const fixture = (name: string) => JSON.parse(readFileSync(new URL(`../fixtures/stories/${name}.json`, import.meta.url), 'utf8'));

const story = (over: Partial<Story>): Story => ({id: 'x', title: 'T', body: 'B', name: 'N', contentWarnings: [], publishedOn: '2026-01-01', ...over});

test('time in recovery reads naturally in English and Spanish', () => {
  assert.equal(formatRecovery(18, 'en'), '1 year, 6 months');
  assert.equal(formatRecovery(12, 'en'), '1 year');
  assert.equal(formatRecovery(7, 'en'), '7 months');
  assert.equal(formatRecovery(1, 'en'), '1 month');
  assert.equal(formatRecovery(30, 'en'), '2 years, 6 months');
  assert.equal(formatRecovery(0, 'en'), '');
  assert.equal(formatRecovery(18, 'es'), '1 año y 6 meses');
  assert.equal(formatRecovery(25, 'es'), '2 años y 1 mes');
});

test('a story date is the day itself, whatever the zone', () => {
  assert.equal(formatStoryDate('2026-03-12', 'en-US'), 'Mar 12, 2026');
  assert.equal(formatStoryDate('2026-01-01', 'es'), '1 ene 2026');
  assert.equal(formatStoryDate('not a date', 'en'), 'not a date');
});

test('paragraphs split on blank lines; long stories are flagged', () => {
  assert.deepEqual(paragraphs('One\r\n\r\nTwo\nstill two\n\n\n  Three  '), ['One', 'Two\nstill two', 'Three']);
  assert.equal(isLongStory('x'.repeat(600)), false);
  assert.equal(isLongStory('x'.repeat(601)), true);
});

test('readers hide stories by warning; stored settings are read defensively', () => {
  const list = [story({id: 'a'}), story({id: 'b', contentWarnings: ['relapse']}), story({id: 'c', contentWarnings: ['overdose', 'substance-use']})];
  assert.deepEqual(visibleStories(list, []).map((s) => s.id), ['a', 'b', 'c']);
  assert.deepEqual(visibleStories(list, ['substance-use']).map((s) => s.id), ['a', 'b']);
  assert.deepEqual(visibleStories(list, ['relapse', 'overdose']).map((s) => s.id), ['a']);
  assert.deepEqual(hiddenWarnings(['overdose', 'nope', 'relapse']), ['relapse', 'overdose']);
  assert.deepEqual(hiddenWarnings(['relapse', 'relapse']), ['relapse']);
  assert.deepEqual(hiddenWarnings([]), []);
});

const valid = validDraft;

test('a draft needs a title, a story, a name and specific consent; nothing is pre-ticked', () => {
  const empty = emptyDraft();
  assert.equal(empty.consentPublish, false);
  assert.equal(empty.duration, '');
  assert.deepEqual(empty.warnings, []);
  assert.deepEqual(validateDraft(empty), {title: 'required', body: 'required', name: 'required', consentPublish: 'required', duration: 'required'});
  assert.deepEqual(validateDraft(valid()), {});
  assert.deepEqual(validateDraft({...valid(), title: 'Hi', body: 'too short', name: 'x'.repeat(41)}), {title: 'tooShort', body: 'tooShort', name: 'tooLong'});
  assert.deepEqual(validateDraft({...valid(), body: 'x'.repeat(5001)}), {body: 'tooLong'});
  assert.deepEqual(validateDraft({...valid(), consentPublish: false}), {consentPublish: 'required'});
  assert.deepEqual(validateDraft({...valid(), duration: ''}), {duration: 'required'});
});

test('a photo needs a description and must be a small image data URL', () => {
  const photo = {dataUrl: 'data:image/jpeg;base64,' + Buffer.alloc(1000).toString('base64'), alt: ''};
  assert.deepEqual(validateDraft({...valid(), photo}), {photoAlt: 'required'});
  assert.deepEqual(validateDraft({...valid(), photo: {...photo, alt: 'A lake at dawn'}}), {});
  const big = {dataUrl: 'data:image/jpeg;base64,' + Buffer.alloc(400 * 1024 + 1).toString('base64'), alt: 'A lake at dawn'};
  assert.deepEqual(validateDraft({...valid(), photo: big}), {photo: 'invalid'});
  assert.deepEqual(validateDraft({...valid(), photo: {dataUrl: 'data:image/svg+xml;base64,PHN2Zz4=', alt: 'An image'}}), {photo: 'invalid'});
  assert.equal(dataUrlBytes('data:image/png;base64,' + Buffer.alloc(10).toString('base64')), 10);
});

test('time in recovery: optional, whole years and 0–11 months; a pseudonym is suggested under a year', () => {
  assert.equal(draftRecoveryMonths({years: '', months: ''}), undefined);
  assert.equal(draftRecoveryMonths({years: '1', months: '6'}), 18);
  assert.equal(draftRecoveryMonths({years: '', months: '7'}), 7);
  assert.ok(Number.isNaN(draftRecoveryMonths({years: '1.5', months: ''})));
  assert.ok(Number.isNaN(draftRecoveryMonths({years: '', months: '12'})));
  assert.deepEqual(validateDraft({...valid(), years: '-1'}), {recovery: 'invalid'});
  assert.equal(suggestsPseudonym(7), true);
  assert.equal(suggestsPseudonym(11), true);
  assert.equal(suggestsPseudonym(12), false);
  assert.equal(suggestsPseudonym(undefined), false);
});

test('naming a fellowship is noticed (to suggest, never to block)', () => {
  assert.equal(mentionsFellowship('I went to Alcoholics Anonymous'), true);
  assert.equal(mentionsFellowship('my first NA meeting'), true);
  assert.equal(mentionsFellowship('Alcohólicos Anónimos me ayudó'), true);
  assert.equal(mentionsFellowship('a support group in my town'), false);
  assert.equal(mentionsFellowship('na, I did not go'), false);
  assert.deepEqual(validateDraft({...valid(), body: valid().body + ' I found AA.'}), {});
});

test('the adapter validates each story, skips and reports bad ones', () => {
  const ok = parseStories(fixture('stories'), 'http://x.test/api/v1/stories');
  assert.equal(ok.stories.length, 6);
  assert.deepEqual(ok.issues, []);
  assert.deepEqual(ok.stories[0], {
    id: 's1',
    title: 'The seat next to hers',
    body: ok.stories[0].body,
    name: 'Maya',
    recoveryMonths: 18,
    contentWarnings: [],
    photoUrl: 'http://x.test/test/fixtures/stories/sunrise.svg',
    photoAlt: 'A sunrise over a calm lake',
    publishedOn: '2026-03-12',
  });
  assert.deepEqual(ok.stories[2].contentWarnings, ['relapse', 'substance-use']);

  const mixed = parseStories(fixture('mixed'), 'http://x.test/f.json');
  assert.deepEqual(mixed.stories.map((s) => s.id), ['s4', 's6', 'p1']);
  assert.deepEqual(mixed.issues.map((i) => [i.index, i.id]), [
    [1, 'bad1'],
    [2, undefined],
    [4, 's6'],
  ]);
  assert.equal(mixed.stories[2].photoUrl, undefined); // javascript: dropped
  assert.deepEqual(mixed.stories[2].contentWarnings, ['abuse']); // unknown warning dropped

  assert.deepEqual(parseStories({items: []}).stories, []);
  assert.throws(() => parseStories({stories: 'nope'}), /not a list/);
  assert.throws(() => parseStories([{title: 'only bad'}]), /no readable story/);
  // A photo without a description is not shown.
  const noAlt = parseStories([{id: 1, title: 'T', body: 'B', name: 'N', photo_url: 'https://x.test/p.jpg', published_on: '2026-01-01'}]);
  assert.equal(noAlt.stories[0].photoUrl, undefined);
  assert.equal(noAlt.stories[0].id, '1');
});

test('a draft worth restoring (with a notice) is one with something typed or chosen', () => {
  assert.equal(draftHasContent(undefined), false);
  assert.equal(draftHasContent(emptyDraft()), false);
  assert.equal(draftHasContent({...emptyDraft(), title: '   '}), false);
  assert.equal(draftHasContent({...emptyDraft(), body: 'I started writing this on the bus home.'}), true);
  assert.equal(draftHasContent({...emptyDraft(), warnings: ['relapse']}), true);
  assert.equal(draftHasContent({...emptyDraft(), duration: '1y'}), true);
});

test('an approved story is public from the end of its cooling-off period until its consent ends', () => {
  const approved = Date.UTC(2026, 2, 10, 15, 0, 0);
  assert.deepEqual(publicationWindow(approved, '1y', 24), {liveFrom: '2026-03-11T15:00:00.000Z', expiresAt: '2027-03-10T21:00:00.000Z'});
  assert.deepEqual(publicationWindow(approved, '3y', 0), {liveFrom: '2026-03-10T15:00:00.000Z', expiresAt: '2029-03-10T09:00:00.000Z'});
  assert.deepEqual(publicationWindow(approved, 'until-withdrawn', 1.5), {liveFrom: '2026-03-10T16:30:00.000Z', expiresAt: null});
});

test('the publish rule: live once approved and past its cooling-off, until the consent ends (each edge to the millisecond)', () => {
  const window = {liveFrom: '2026-03-11T15:00:00.000Z', expiresAt: '2027-03-10T21:00:00.000Z'};
  const at = (status: string, now: string, w: {liveFrom?: string | null; expiresAt?: string | null} = window) => storyPublication({status, ...w}, Date.parse(now));
  assert.equal(at('approved', '2026-03-11T14:59:59.999Z'), 'cooling-off');
  assert.equal(at('approved', '2026-03-11T15:00:00.000Z'), 'live');
  assert.equal(at('approved', '2027-03-10T20:59:59.999Z'), 'live');
  assert.equal(at('approved', '2027-03-10T21:00:00.000Z'), 'expired');
  assert.equal(at('approved', '2099-01-01T00:00:00.000Z', {liveFrom: window.liveFrom, expiresAt: null}), 'live', 'until withdrawn');
  for (const status of ['pending', 'rejected', 'withdrawn']) assert.equal(at(status, '2026-06-01T00:00:00.000Z'), 'unapproved', status);
  assert.equal(at('approved', '2026-06-01T00:00:00.000Z', {liveFrom: null}), 'unapproved', 'approved without a start is not live');
  assert.equal(at('approved', '2026-06-01T00:00:00.000Z', {liveFrom: 'soon'}), 'unapproved', 'nor with a start that is no time');
  assert.equal(at('approved', '2027-03-10T00:00:00.000Z', {liveFrom: window.liveFrom, expiresAt: '2027-03-10'}), 'expired', 'an end given as a day ends as that day begins (UTC)');
});
