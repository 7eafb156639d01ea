import {test} from 'node:test';
import assert from 'node:assert/strict';
import {crisisLinesFor, parseCrisisLines} from '../../src/model/crisis-lines.js';

test('the crisis-lines attribute reads the same shape as the property, keeping only safe links', () => {
  const lines = parseCrisisLines(
    JSON.stringify({
      UK: {en: [{name: ' Samaritans ', description: 'Call 116 123', actions: [{label: 'Call 116 123', href: 'tel:116123'}, {label: 'Bad', href: 'javascript:alert(1)'}, {label: ' ', href: 'tel:1'}]}, {description: 'no name'}]},
      us: 'not lines',
    }),
  );
  assert.deepEqual(lines, {uk: {en: [{name: 'Samaritans', description: 'Call 116 123', actions: [{label: 'Call 116 123', href: 'tel:116123'}]}]}});
  assert.deepEqual(crisisLinesFor('uk', 'es', lines)[0].name, 'Samaritans', 'English when the language has none');
  assert.equal(crisisLinesFor('us', 'en', lines).length, 3, 'the built-in lines for a region the site did not give');
});

test('a crisis-lines attribute that is not that shape is ignored', () => {
  for (const bad of [null, '', 'not json', '[]', '"988"', '{"us": []}']) assert.equal(parseCrisisLines(bad), undefined, String(bad));
});
