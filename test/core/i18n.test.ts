import {test} from 'node:test';
import assert from 'node:assert/strict';
import {resolveLocale, supportedLang, dayName, wallTime, formatList, plural} from '../../src/core/i18n.js';
import {core as en} from '../../src/locales/en/core.js';
import {core as es} from '../../src/locales/es/core.js';

test('supportedLang maps tags to table languages', () => {
  assert.equal(supportedLang('es-MX'), 'es');
  assert.equal(supportedLang('EN_us'), 'en');
  assert.equal(supportedLang('fr'), undefined);
  assert.equal(supportedLang(''), undefined);
});

test('resolveLocale takes the first supported candidate and keeps its region for Intl', () => {
  assert.deepEqual(resolveLocale(null, 'fr-CA', 'es-MX', 'en'), {lang: 'es', tag: 'es-MX'});
  assert.deepEqual(resolveLocale(undefined, 'de'), {lang: 'en', tag: 'en'});
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

test('the Spanish core table has every English key', () => {
  assert.deepEqual(Object.keys(es).sort(), Object.keys(en).sort());
  for (const k of Object.keys(en) as (keyof typeof en)[]) {
    assert.equal(typeof es[k], typeof en[k], k);
  }
});
