import {test} from 'node:test';
import assert from 'node:assert/strict';
import {parseSiteTypeText, siteText, siteTypeName, typeDescription} from '../../src/model/site-types.js';
import {availableLanguages, filterOccurrences, inLanguages} from '../../src/model/meeting-filter.js';
import {knownTypeName, typeName} from '../../src/model/meeting-types.js';
import type {Meeting, Occurrence} from '../../src/model/meeting.js';

test('parseSiteTypeText: both shapes, codes normalised, wrong shapes rejected whole', () => {
  assert.deepEqual(parseSiteTypeText('{"lit": {"en": "Literature", "ES": "Literatura"}, "FF": "Fragrance free"}'), {
    LIT: {en: 'Literature', es: 'Literatura'},
    FF: 'Fragrance free',
  });
  assert.deepEqual(parseSiteTypeText({YP: {en: 'Young People'}}), {YP: {en: 'Young People'}});
  for (const bad of ['not json', '[1,2]', '"x"', '{"O": 3}', '{"O": {"en": 3}}', '{"<b>": "x"}', '{"O": {"not a tag!": "x"}}', null, 42]) {
    assert.equal(parseSiteTypeText(bad), undefined, String(bad));
  }
});

test('siteText: the visitor language, its primary tag, then the site en', () => {
  const site = parseSiteTypeText({LIT: {en: 'Literature', es: 'Literatura', 'pt-br': 'Literatura (BR)'}, FF: 'Fragrance free'});
  assert.equal(siteText(site, 'LIT', 'es-MX'), 'Literatura');
  assert.equal(siteText(site, 'LIT', 'pt-BR'), 'Literatura (BR)');
  assert.equal(siteText(site, 'LIT', 'fr'), 'Literature');
  assert.equal(siteText(site, 'FF', 'ja'), 'Fragrance free');
  assert.equal(siteText(site, 'O', 'en'), undefined);
  assert.equal(siteText(undefined, 'O', 'en'), undefined);
});

test('siteTypeName: site, then built in, then a readable fallback (never the bare code)', () => {
  const site = parseSiteTypeText({O: {en: 'Open to all', es: 'Abierta a todos'}, YP: 'Young People'});
  const builtIn = (c: string) => knownTypeName(c, 'fr');
  const other = (c: string) => `Autre type (${c})`;
  assert.equal(siteTypeName('O', 'fr', site, builtIn, other), 'Open to all');
  assert.equal(siteTypeName('O', 'es', site, builtIn, other), 'Abierta a todos');
  assert.equal(siteTypeName('YP', 'fr', site, builtIn, other), 'Young People');
  assert.equal(siteTypeName('C', 'fr', site, builtIn, other), 'Closed');
  assert.equal(siteTypeName('ZZQ', 'fr', site, builtIn, other), 'Autre type (ZZQ)');
  assert.equal(siteTypeName('BMLT-O', 'fr', site, () => undefined, other), 'Autre type (O)');
  assert.equal(knownTypeName('ZZQ', 'en'), undefined);
  assert.equal(typeName('ZZQ', 'en'), 'ZZQ');
});

test('typeDescription: site in the language, site en, then the built-in table', () => {
  const builtIn = {O: 'Ouverte à tous.', C: 'Fermée.'};
  const site = parseSiteTypeText({C: {en: 'Only for alcoholics', fr: 'Réservée aux alcooliques'}, LIT: {en: 'We read literature.'}});
  assert.equal(typeDescription('O', 'fr', site, builtIn), 'Ouverte à tous.');
  assert.equal(typeDescription('C', 'fr-CA', site, builtIn), 'Réservée aux alcooliques');
  assert.equal(typeDescription('LIT', 'fr', site, builtIn), 'We read literature.');
  assert.equal(typeDescription('X', 'fr', site, builtIn), undefined);
  assert.equal(typeDescription('toString', 'fr', undefined, builtIn), undefined);
});

const meeting = (slug: string, types: string[]) => ({slug, id: slug, types, days: [1], start: 600, regions: [], name: slug}) as unknown as Meeting;
const occ = (m: Meeting): Occurrence => ({meeting: m, day: 1, nextStart: 0}) as unknown as Occurrence;

test('languages: any of, from the language codes; untagged meetings match none', () => {
  assert.equal(inLanguages(['O', 'S'], ['es']), true);
  assert.equal(inLanguages(['O', 'ASL'], ['es', 'ase']), true);
  assert.equal(inLanguages(['O'], ['en']), false);
  const list = [meeting('a', ['O', 'S']), meeting('b', ['C', 'FR']), meeting('c', ['O']), meeting('d', ['ASL', 'EN'])].map(occ);
  const slugs = (langs: string[]) => filterOccurrences(list, {languages: langs}, 0, 'UTC').map((o) => o.meeting.slug);
  assert.deepEqual(slugs(['es']), ['a']);
  assert.deepEqual(slugs(['fr', 'ase']), ['b', 'd']);
  assert.deepEqual(slugs([]), ['a', 'b', 'c', 'd']);
});

test('availableLanguages: two or more, or one not every meeting has', () => {
  assert.deepEqual(availableLanguages([meeting('a', ['S']), meeting('b', ['S']), meeting('c', ['EN', 'ASL'])]), ['es', 'ase', 'en']);
  assert.deepEqual(availableLanguages([meeting('a', ['S']), meeting('b', ['O'])]), ['es']);
  assert.deepEqual(availableLanguages([meeting('a', ['EN']), meeting('b', ['EN', 'O'])]), []);
  assert.deepEqual(availableLanguages([meeting('a', ['O'])]), []);
});
