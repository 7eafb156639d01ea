import {test} from 'node:test';
import assert from 'node:assert/strict';
import {resolveLocale, supportedLang, dayName, wallTime, formatList, plural, timeIn, LazyTables, firstDayOfWeek} from '../../src/core/i18n.js';
import {core as en} from '../../src/locales/en/core.js';
import {core as es} from '../../src/locales/es/core.js';

test('supportedLang maps tags to table languages', () => {
  assert.equal(supportedLang('es-MX'), 'es');
  assert.equal(supportedLang('EN_us'), 'en');
  assert.equal(supportedLang('fr'), 'fr');
  assert.equal(supportedLang('pt-PT'), 'pt', 'a regional tag reads its language');
  assert.equal(supportedLang('pt-BR'), 'pt');
  assert.equal(supportedLang('zh-CN'), 'zh-Hans');
  assert.equal(supportedLang('zh-TW'), 'zh-Hans', 'Traditional Chinese reads Simplified (documented in TRANSLATING.md)');
  assert.equal(supportedLang('zh-Hant-HK'), 'zh-Hans');
  assert.equal(supportedLang('fil-PH'), 'tl', 'Filipino reads the Tagalog table');
  assert.equal(supportedLang('AR_eg'), 'ar');
  assert.equal(supportedLang('hi'), undefined);
  assert.equal(supportedLang(''), undefined);
});

test('the direction follows the language; the week starts where the language starts it', () => {
  assert.equal(resolveLocale('ar').dir, 'rtl');
  assert.equal(resolveLocale('fa-IR').dir, 'rtl');
  assert.equal(resolveLocale('he', 'en').dir, 'ltr', 'an unsupported right-to-left tag falls through to English');
  assert.equal(firstDayOfWeek('en-US'), 0);
  assert.equal(firstDayOfWeek('de'), 1);
  assert.equal(firstDayOfWeek('fa'), 6);
});

test('a time zone is named, not given as an offset, in every script', () => {
  const t = Date.UTC(2026, 0, 14, 1, 30);
  for (const tag of ['ar', 'fa', 'es-ES', 'en']) {
    const text = timeIn(t, tag, 'America/Chicago', true);
    assert.doesNotMatch(text, /GMT|UTC|غرينتش|گرینویچ/, `${tag}: ${text}`);
  }
});

test('resolveLocale takes the first supported candidate and keeps its region for Intl', () => {
  assert.deepEqual(resolveLocale(null, 'hi-IN', 'es-MX', 'en'), {lang: 'es', tag: 'es-MX', dir: 'ltr'});
  assert.deepEqual(resolveLocale('fr-CA'), {lang: 'fr', tag: 'fr-CA', dir: 'ltr'});
  assert.deepEqual(resolveLocale('zh-TW'), {lang: 'zh-Hans', tag: 'zh-Hans', dir: 'ltr'});
  assert.deepEqual(resolveLocale(undefined, 'hi'), {lang: 'en', tag: 'en', dir: 'ltr'});
});

test('Intl helpers speak both languages', () => {
  assert.equal(dayName(0, 'en'), 'Sunday');
  assert.equal(dayName(1, 'es'), 'lunes');
  assert.match(wallTime(19 * 60 + 30, 'en-US'), /7:30\s?PM/);
  assert.equal(wallTime(19 * 60 + 30, 'es-ES'), '19:30');
  assert.equal(formatList(['a', 'b', 'c'], 'es'), 'a, b y c');
  assert.equal(plural(1, 'en', {one: '{n} meeting', other: '{n} meetings'}), '1 meeting');
  assert.equal(plural(1200, 'en', {one: '{n} meeting', other: '{n} meetings'}), '1,200 meetings');
});

test('a time with its zone names the zone, never a bare offset like "GMT-6"', () => {
  const t = Date.UTC(2026, 0, 14, 1, 30); // 7:30 PM in Chicago (CST)
  assert.match(timeIn(t, 'en-US', 'America/Chicago', true), /^7:30\sPM CST$/);
  for (const tag of ['es', 'es-MX', 'es-ES', 'en-GB']) {
    const text = timeIn(t, tag, 'America/Chicago', true);
    assert.doesNotMatch(text, /GMT|UTC/, `${tag}: ${text}`);
    assert.match(text, /19:30|7:30/, `${tag}: ${text}`);
  }
  assert.match(timeIn(t, 'es-MX', 'America/Chicago', true), /hora central/);
  assert.equal(timeIn(t, 'es', 'America/Chicago'), '19:30');
});

test('the Spanish core table has every English key', () => {
  assert.deepEqual(Object.keys(es).sort(), Object.keys(en).sort());
  for (const k of Object.keys(en) as (keyof typeof en)[]) {
    assert.equal(typeof es[k], typeof en[k], k);
  }
});

test('LazyTables: English at once, Spanish once loaded (one load), English when the chunk fails', async () => {
  let loads = 0;
  const tables = new LazyTables('core', {hi: 'Hello'}, {es: async () => (loads++, {core: {hi: 'Hola'}})});
  assert.equal(tables.get('en')?.hi, 'Hello');
  assert.equal(tables.get('es'), undefined);
  const first = tables.load('es');
  assert.equal(tables.load('es'), first);
  await first;
  assert.equal(tables.get('es')?.hi, 'Hola');
  assert.equal(loads, 1);

  const offline = new LazyTables('core', {hi: 'Hello'}, {es: () => Promise.reject(new Error('chunk failed'))});
  await offline.load('es');
  assert.equal(offline.get('es')?.hi, 'Hello');
});

test('the finder writes counts as each language groups digits', async () => {
  const {meetingFinder: enFinder} = await import('../../src/locales/en/meeting-finder.js');
  const {meetingFinder: esFinder} = await import('../../src/locales/es/meeting-finder.js');
  assert.equal(enFinder.resultCount(14635), '14,635 meetings');
  assert.equal(esFinder.resultCount(14635), '14.635 reuniones');
  assert.equal(enFinder.resultCount(1), '1 meeting');
  assert.equal(enFinder.showMore(24, 14635), 'Show more (24 of 14,635)');
  assert.equal(esFinder.skipped(1200), 'No se pudieron leer 1200 registros'); // Spanish groups from five digits
  assert.equal(enFinder.meetingsHere(3), '3 meetings here');
});

test('applyOverrides: strings, {0} templates, plural forms, nested keys and lists; wrong types and unknown keys ignored', async () => {
  const {applyOverrides} = await import('../../src/core/overrides.js');
  const table = {
    search: 'Search',
    resultCount: (n: number) => `${n} meetings`,
    joinOn: (provider: string) => `Join on ${provider}`,
    timeNames: {morning: 'Morning', night: 'Night'},
    guidance: ['One', 'Two'],
  };
  const overrides = {
    'meetingFinder.search': 'Find a group',
    'meetingFinder.resultCount': {one: '{0} group', other: '{0} groups'},
    'meetingFinder.joinOn': 'Open {0}',
    'meetingFinder.timeNames.morning': 'AM',
    'meetingFinder.guidance': ['Only one'],
    'meetingFinder.timeNames': 'not a string table',
    'meetingFinder.nope': 'x',
    'core.retry': 'Again',
  };
  const t = applyOverrides('meetingFinder', table, overrides, 'en');
  assert.equal(t.search, 'Find a group');
  assert.equal(t.resultCount(1), '1 group');
  assert.equal(t.resultCount(1234), '1,234 groups');
  assert.equal(t.joinOn('Zoom'), 'Open Zoom');
  assert.deepEqual(t.timeNames, {morning: 'AM', night: 'Night'});
  assert.deepEqual(t.guidance, ['Only one']);
  assert.equal(table.search, 'Search', 'the table itself is untouched');
  assert.equal(applyOverrides('meetingFinder', table, overrides, 'en'), t, 'the same inputs give the same object');
  assert.equal(applyOverrides('meetingFinder', table, undefined, 'en'), table);
  const ru = applyOverrides('meetingFinder', table, {'meetingFinder.resultCount': {one: '{0} группа', few: '{0} группы', many: '{0} групп', other: '{0} группы'}}, 'ru');
  assert.deepEqual([1, 3, 5, 21].map((n) => ru.resultCount(n)), ['1 группа', '3 группы', '5 групп', '21 группа']);
});
