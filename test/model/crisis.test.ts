import {test} from 'node:test';
import assert from 'node:assert/strict';
import {detectCrisis, crisisMatcher} from '../../src/model/crisis.js';

test('flags crisis language in English and Spanish, accents and case ignored', () => {
  assert.deepEqual(detectCrisis('Sometimes I want to END IT ALL.'), ['end it all']);
  assert.deepEqual(detectCrisis('Mi hermano tuvo una SOBREDOSIS anoche'), ['sobredosis']);
  assert.deepEqual(detectCrisis('ya no puedo más, quiero morirme'), ['no puedo mas', 'quiero morirme']);
  assert.ok(detectCrisis("I think I'm going to hurt myself").includes('hurt myself'));
});

test('does not flag ordinary questions or words that merely contain a term', () => {
  assert.deepEqual(detectCrisis('Is it normal to still crave after 6 months?'), []);
  assert.deepEqual(detectCrisis('Can I go to a meeting if I relapsed yesterday?'), []);
  assert.deepEqual(detectCrisis('overdoses of kindness'), []); // "overdoses" is not a listed form
});

test('sites can add their own terms', () => {
  const m = crisisMatcher(['hopeless']);
  assert.deepEqual(m('I feel hopeless'), ['hopeless']);
});
