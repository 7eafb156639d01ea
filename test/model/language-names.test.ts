import {test} from 'node:test';
import assert from 'node:assert/strict';
import {LANGS, dirOf} from '../../src/core/i18n.js';
import {LANGUAGE_NAMES, RTL_LANGUAGES, languageChoices, languageCode} from '../../src/model/language-names.js';

test('every shipped language has its own name, in the order of LANGS', () => {
  assert.deepEqual(Object.keys(LANGUAGE_NAMES), [...LANGS]);
  assert.deepEqual(
    languageChoices().map((c) => c.code),
    [...LANGS],
  );
  for (const c of languageChoices()) assert.ok(c.name.trim(), c.code);
  assert.equal(LANGUAGE_NAMES.es, 'Español');
  assert.equal(LANGUAGE_NAMES['zh-Hans'], '中文（简体）');
});

test('the direction of each name is the direction its widgets take', () => {
  for (const c of languageChoices()) assert.equal(c.dir, dirOf(c.code), c.code);
  assert.deepEqual([...RTL_LANGUAGES].sort(), LANGS.filter((l) => dirOf(l) === 'rtl').sort());
});

test('languageCode takes a shipped code in any case, nothing else', () => {
  assert.equal(languageCode('zh-hans'), 'zh-Hans');
  assert.equal(languageCode(' JA '), 'ja');
  assert.equal(languageCode('fa'), 'fa');
  for (const bad of ['', null, undefined, 'es-MX', 'zh', 'hi', 'en,es', '<x>']) assert.equal(languageCode(bad), undefined, String(bad));
});
