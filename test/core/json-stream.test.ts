import {test} from 'node:test';
import assert from 'node:assert/strict';
import {JsonArrayReader} from '../../src/core/json-stream.js';

/** Feeds `doc` in pieces of `size` bytes (UTF-8, so multi-byte characters get split) and reports what came out. */
function read(doc: string, size: number) {
  const items: unknown[] = [];
  const batches: number[] = [];
  const reader = new JsonArrayReader((batch) => {
    items.push(...batch);
    batches.push(batch.length);
  });
  const bytes = new TextEncoder().encode(doc);
  for (let i = 0; i < bytes.length; i += size) reader.push(bytes.subarray(i, i + size));
  const end = reader.end();
  return {end, items, batches};
}

const FEED = JSON.stringify([
  {slug: 'a', name: 'Ünïcødé ☕ “quotes” \\ and \"escaped\" [brackets] {braces}, commas', day: [1, 2], types: ['O', 'D']},
  {slug: 'b', notes: 'line\nbreak, \u2028 and \\"', regions: ['Springfield', 'Downtown'], nested: {a: [1, {b: '}]'}]}},
  'a plain string, with a comma',
  42,
  null,
  [1, [2, [3]]],
  {slug: 'c', name: '🙂 emoji split across chunks'},
]);

test('an array is handed over item by item as it arrives, whatever the chunk size, equal to JSON.parse', () => {
  const whole = JSON.parse(FEED) as unknown[];
  for (const size of [1, 2, 3, 5, 7, 16, 64, 1000, 1 << 20]) {
    const {end, items, batches} = read(FEED, size);
    assert.deepEqual(end, {streamed: true, count: whole.length}, `size ${size}`);
    assert.deepEqual(items, whole, `size ${size}`);
    if (size < 64) assert.ok(batches.length > 1, `several batches at size ${size}`);
  }
  const spaced = `\n  [ ${JSON.stringify({a: 1})} ,\n ${JSON.stringify({b: 2})}\n ]  \n`;
  assert.deepEqual(read(spaced, 3).items, [{a: 1}, {b: 2}]);
  assert.deepEqual(read('[]', 1), {end: {streamed: true, count: 0}, items: [], batches: []});
  assert.deepEqual(read(' [ ] ', 2).end, {streamed: true, count: 0});
});

test('anything that is not an array is parsed whole at the end', () => {
  const bmlt = JSON.stringify({meetings: [{id_bigint: '1'}], formats: []});
  for (const size of [1, 4, 1000]) {
    const {end, items} = read(bmlt, size);
    assert.deepEqual(end, {streamed: false, value: JSON.parse(bmlt)});
    assert.deepEqual(items, []);
  }
  assert.deepEqual(read('"text"', 2).end, {streamed: false, value: 'text'});
  assert.deepEqual(read('null', 1).end, {streamed: false, value: null});
});

test('every document JSON.parse rejects is rejected with a SyntaxError, never half accepted', () => {
  const bad = ['', ' ', '[', '[1', '[1,', '[1,]', '[,1]', '[1,,2]', '[1}', '[{]}', '[1] x', '[1]]', '[{"a":1},]', '<!doctype html><p>Not a feed', '[{"a":"unterminated}]', '[1 2]', '[{"a":1}{"b":2}]', '{"a":1', '[] []'];
  for (const doc of bad) {
    assert.throws(() => JSON.parse(doc), SyntaxError, `JSON.parse rejects ${doc}`);
    for (const size of [1, 2, 1000]) assert.throws(() => read(doc, size), SyntaxError, `${JSON.stringify(doc)} in pieces of ${size}`);
  }
});
