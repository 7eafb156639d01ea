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
    const {end, items} = read(FEED, size);
    assert.deepEqual(end, {streamed: true, count: whole.length}, `size ${size}`);
    assert.deepEqual(items, whole, `size ${size}`);
  }
  // A feed of records streams in several batches whatever the chunk size (a batch ends at a `},{`),
  // even with `},{` inside strings and nested lists of objects to mislead the cut.
  const records = Array.from({length: 2000}, (_, i) => ({slug: `m-${i}`, name: `Réunion “${i}”, {ok}`, day: [i % 7], notes: i % 3 ? '},{' : '', ...(i % 5 ? {} : {links: [{u: i}, {u: i + 1}]})}));
  const doc = JSON.stringify(records);
  for (const size of [1, 7, 1000]) {
    const {end, items, batches} = read(doc, size);
    assert.deepEqual(end, {streamed: true, count: 2000}, `records in pieces of ${size}`);
    assert.deepEqual(items, records);
    assert.ok(batches.length > 3, `several batches at size ${size}: ${batches.length}`);
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

/** What a browser makes of these bytes: `TextDecoder` (U+FFFD for malformed UTF-8, a leading BOM dropped), then `JSON.parse`. */
function reference(bytes: Uint8Array): {ok: true; value: unknown} | {ok: false} {
  try {
    return {ok: true, value: JSON.parse(new TextDecoder().decode(bytes))};
  } catch {
    return {ok: false};
  }
}

function readBytes(bytes: Uint8Array, size: number) {
  const items: unknown[] = [];
  const reader = new JsonArrayReader((batch) => items.push(...batch));
  for (let i = 0; i < bytes.length; i += size) reader.push(bytes.subarray(i, i + size));
  const end = reader.end();
  return end.streamed ? items : end.value;
}

function sameAsBrowser(bytes: Uint8Array, label: string) {
  const want = reference(bytes);
  for (const size of [1, 2, 3, 7, 1000]) {
    if (want.ok) assert.deepEqual(readBytes(bytes, size), want.value, `${label} in pieces of ${size}`);
    else assert.throws(() => readBytes(bytes, size), SyntaxError, `${label} in pieces of ${size}`);
  }
}

const bytesOf = (...parts: (string | number[])[]) => new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)));

test('bytes beyond ASCII read exactly as TextDecoder + JSON.parse read them: malformed UTF-8, byte order marks, odd spaces', () => {
  const cases: [string, Uint8Array][] = [
    ['BOM before the array', bytesOf([0xef, 0xbb, 0xbf], '[{"a":"é"}]')],
    ['BOM cut short', bytesOf([0xef, 0xbb], '[1]')],
    ['two BOMs', bytesOf([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf], '[1]')],
    ['BOM inside a string', bytesOf('["', [0xef, 0xbb, 0xbf], 'x"]')],
    ['lone continuation byte', bytesOf('["a', [0x80], 'b","c"]')],
    ['overlong encoding', bytesOf('["', [0xc0, 0x80], '",1]')],
    ['encoded surrogate', bytesOf('["', [0xed, 0xa0, 0x80], '"]')],
    ['beyond U+10FFFF', bytesOf('["', [0xf4, 0x90, 0x80, 0x80], '"]')],
    ['sequence cut by the closing quote', bytesOf('["', [0xe2, 0x82], '","x"]')],
    ['sequence cut by a quote, then a valid one', bytesOf('["', [0xf0, 0x9f, 0x99], '", "', [0xf0, 0x9f, 0x99, 0x82], '"]')],
    ['invalid lead bytes', bytesOf('["', [0xf5, 0xff, 0xfe], '"]')],
    ['astral characters', bytesOf('["🙂👩‍👩‍👧 𝄞", {"k🙂": "v"}]')],
    ['non-ASCII key', bytesOf('[{"ñame": "Ünïcødé"}, {"ü": ["ß", {"€": "x"}]}]')],
    ['backslash before a non-ASCII letter', bytesOf('["a\\é"]')],
    ['escaped backslash, then a non-ASCII letter', bytesOf('["a\\\\é"]')],
    ['escapes already in the feed', bytesOf('["\\u00e9 é \\ud83d\\ude42 🙂 \\n"]')],
    ['no-break space before the array', bytesOf('\u00a0[1]')],
    ['no-break space between items', bytesOf('[1,\u00a02]')],
    ['no-break space after the array', bytesOf('[1]\u00a0')],
    ['a letter outside any string', bytesOf('[1, é]')],
    ['U+2028 in a string', bytesOf('["a\u2028b"]')],
    ['a control character', bytesOf('["a\tb"]')],
  ];
  for (const [label, bytes] of cases) sameAsBrowser(bytes, label);
});

test('random byte soup inside strings reads as the browser reads it', () => {
  // A small seeded generator: the same cases every run.
  let seed = 7;
  const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
  const pick = [0x41, 0x20, 0x2c, 0x5c, 0x22, 0x5d, 0x7b, 0x80, 0xbf, 0xc2, 0xc3, 0xa9, 0xe0, 0xa0, 0xe2, 0x82, 0xac, 0xed, 0x9f, 0xf0, 0x90, 0x9f, 0x98, 0xf4, 0x8f, 0xff];
  for (let n = 0; n < 400; n++) {
    const parts: (string | number[])[] = ['['];
    const items = 1 + rand(4);
    for (let k = 0; k < items; k++) {
      if (k) parts.push(',');
      const soup = Array.from({length: rand(9)}, () => pick[rand(pick.length)]);
      parts.push(rand(2) ? '{"k":"' : '"', soup, rand(2) ? '"' : '"}');
    }
    parts.push(']');
    sameAsBrowser(bytesOf(...parts), `case ${n}`);
  }
});
