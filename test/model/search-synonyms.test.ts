import {test} from 'node:test';
import assert from 'node:assert/strict';
import {SYNONYM_GROUPS, containsAllWords, searchAlternatives} from '../../src/model/search-synonyms.js';
import {fold, queryWords} from '../../src/model/text.js';

const find = (text: string, q: string) => containsAllWords(fold(text), queryWords(q).map(searchAlternatives));

test('brand names stand for the medicine, both ways, in English and Spanish', () => {
  const table: [query: string, text: string][] = [
    ['suboxone', 'Same-day buprenorphine starts'],
    ['Sublocade', 'Buprenorphine monthly injection'],
    ['buprenorphine', 'We prescribe Suboxone'],
    ['buprenorfina', 'Buprenorphine clinic'],
    ['narcan', 'Free naloxone kits'],
    ['naloxona', 'Naloxone by mail'],
    ['vivitrol', 'Naltrexone injections'],
    ['naltrexona', 'Vivitrol clinic'],
    ['methadose', 'Methadone dosing'],
    ['metadona', 'Methadone dosing'],
    ['opvee', 'nalmefene nasal spray'],
    ['campral', 'acamprosate for alcohol use disorder'],
    ['antabuse', 'disulfiram'],
  ];
  for (const [q, text] of table) assert.ok(find(text, q), `${q} → ${text}`);
});

test('unrelated words and partial words are not expanded; every word must still match', () => {
  assert.equal(find('Free naloxone kits', 'suboxone'), false);
  assert.equal(find('Buprenorphine clinic', 'subox'), false);
  assert.equal(find('Free naloxone kits', 'narcan housing'), false);
  assert.ok(find('Free naloxone kits in housing', 'narcan housing'));
  assert.deepEqual(searchAlternatives('housing'), ['housing']);
});

test('each word is in one group only, already folded', () => {
  const seen = new Set<string>();
  for (const g of SYNONYM_GROUPS)
    for (const w of g) {
      assert.equal(fold(w), w);
      assert.ok(!seen.has(w), w);
      seen.add(w);
    }
});
