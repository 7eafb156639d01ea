import {test} from 'node:test';
import assert from 'node:assert/strict';
import {crisisLinesFor, parseCrisisLines} from '../../src/model/crisis-lines.js';
import {crisisLines as esLines} from '../../src/locales/es/crisis-lines.js';

test('the crisis-lines attribute is the property’s shape as JSON; only named lines and safe links are shown', () => {
  const lines = parseCrisisLines(
    JSON.stringify({
      uk: {en: [{name: 'Samaritans', description: 'Call 116 123', actions: [{label: 'Call 116 123', href: 'tel:116123'}, {label: 'Bad', href: 'javascript:alert(1)'}, {href: 'tel:1'}]}, {description: 'no name'}, 'junk']},
      us: 'not lines',
    }),
  );
  assert.deepEqual(crisisLinesFor('UK', 'en', lines), [{name: 'Samaritans', description: 'Call 116 123', actions: [{label: 'Call 116 123', href: 'tel:116123'}]}]);
  assert.equal(crisisLinesFor('uk', 'es', lines)[0].name, 'Samaritans', 'English when the language has none');
  assert.deepEqual(crisisLinesFor('us', 'en', lines), [], 'a region given in a shape that is not lines: none (the generic advice)');
  assert.equal(crisisLinesFor('us', 'en').length, 3, 'the built-in lines');
  assert.ok(crisisLinesFor('us', 'es', undefined, esLines).every((l) => l.actions.every((a) => /^(tel|sms|https):/.test(a.href))));
});

test('a crisis-lines attribute that is not JSON of an object is ignored', () => {
  for (const bad of [null, '', 'not json', '[]', '"988"', 'null']) assert.equal(parseCrisisLines(bad), undefined, String(bad));
});
