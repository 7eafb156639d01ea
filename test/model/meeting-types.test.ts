import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {canonicalType, isKnownType, KNOWN_TYPE_CODES, MEETING_GUIDE_TYPES, PROPOSED_MEETING_GUIDE_TYPES, typeName} from '../../src/model/meeting-types.js';

const reference = (f: string) => JSON.parse(readFileSync(new URL(`../../../shared/reference/${f}`, import.meta.url), 'utf8')) as Record<string, Record<string, string>>;
let spec: Record<string, Record<string, string>> | undefined;
let proposed: Record<string, Record<string, string>> | undefined;
try {
  spec = reference('meeting-guide-types.json');
  proposed = reference('meeting-guide-types-proposed.json');
} catch {
  /* the reference folder is outside the repository; the table test is skipped without it */
}

test('the table holds the 87 codes and the 5 proposed ones', () => {
  assert.equal(Object.keys(MEETING_GUIDE_TYPES).length, 87);
  assert.equal(Object.keys(PROPOSED_MEETING_GUIDE_TYPES).length, 5);
  assert.equal(KNOWN_TYPE_CODES.length, 92);
});

test('the generated table matches the reference JSON (en and es)', {skip: !spec && 'reference files not available'}, () => {
  for (const [code, names] of Object.entries({...spec, ...proposed})) {
    assert.deepEqual([...(MEETING_GUIDE_TYPES[code] ?? PROPOSED_MEETING_GUIDE_TYPES[code])], [names.en, names.es], code);
  }
});

test('typeName: table in English and Spanish, regional tags, other languages fall back to English', () => {
  assert.equal(typeName('O', 'en'), 'Open');
  assert.equal(typeName('O', 'es'), 'Abierta');
  assert.equal(typeName('W', 'es-MX'), typeName('W', 'es'));
  assert.equal(typeName('12x12', 'en'), '12 Steps & 12 Traditions');
  assert.equal(typeName('D-HOH', 'en'), 'Deaf / Hard of Hearing');
  assert.equal(typeName('BE', 'fr'), 'Newcomer');
});

test('typeName: unknown codes use the meeting’s extraTypeNames in the visitor’s language, then NAWS and common names, then any source name, then the code', () => {
  const m = {extraTypeNames: {JFT: {en: 'Just For Today', es: 'Sólo por Hoy'}, IW: {de: 'Es funktioniert'}}};
  assert.equal(typeName('JFT', 'es', m), 'Sólo por Hoy');
  assert.equal(typeName('JFT', 'fr', m), 'Just For Today');
  // An English visitor reads a German server's IW format in English (NAWS), a German one in German.
  assert.equal(typeName('IW', 'en', m), 'It Works: How and Why');
  assert.equal(typeName('IW', 'de', m), 'Es funktioniert');
  assert.equal(typeName('XX', 'en', {extraTypeNames: {XX: {de: 'Präsenz'}}}), 'Präsenz');
  assert.equal(typeName('BMLT-B', 'en'), 'B');
  assert.equal(typeName('ONL', 'en'), 'Online');
  assert.equal(typeName('ONL', 'es'), 'En línea');
  assert.equal(typeName('XYZ', 'en', m), 'XYZ');
});

test('canonicalType: upper-case, table spelling, junk refused', () => {
  assert.equal(canonicalType(' o '), 'O');
  assert.equal(canonicalType('12X12'), '12x12');
  assert.equal(canonicalType('lgbtq'), 'LGBTQ');
  assert.equal(canonicalType(11), '11');
  assert.equal(canonicalType('bv-i'), 'BV-I');
  assert.equal(canonicalType('<script>'), undefined);
  assert.equal(canonicalType('two words'), undefined);
  assert.equal(canonicalType(''), undefined);
  assert.equal(isKnownType('LO-I'), true);
  assert.equal(isKnownType('ONL'), false);
});

test('canonicalType (which carries no names table) gives every code of the table its own spelling, in any case', () => {
  for (const code of KNOWN_TYPE_CODES) {
    assert.equal(canonicalType(code.toUpperCase()), code);
    assert.equal(canonicalType(code.toLowerCase()), code);
    assert.equal(canonicalType(` ${code} `), code);
  }
});
