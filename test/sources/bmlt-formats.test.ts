/**
 * Issue 18, point 4: every NAWS world id a BMLT server's format list can carry becomes a type a
 * visitor can filter by and read, and no visitor ever sees a "BMLT-EN"-style code.
 * Fixtures: test/fixtures/bmlt/german.json (from a real German server's Männermeeting record and its
 * formats M → world id M, F → world id W) and bare-keys.json (a response without formats).
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {formatCode, parseBmlt} from '../../src/sources/bmlt.js';
import {typeName} from '../../src/model/meeting-types.js';
import {filterOccurrences} from '../../src/model/meeting-filter.js';
import {occurrences} from '../../src/model/meeting-time.js';

const ROOT = 'https://na-de.example/main_server/';
const fixture = (name: string) => JSON.parse(readFileSync(new URL(`../fixtures/bmlt/${name}`, import.meta.url), 'utf8'));

/** The NAWS format codes BMLT's format editor offers as `world_id` (bmlt-server, FormatForm.svelte). */
const NAWS_WORLD_IDS = [
  'BEG', 'BT', 'CAN', 'CH', 'CLOSED', 'CPT', 'CW', 'DISC', 'GL', 'GP', 'HYBR', 'IP', 'IW', 'JFT', 'LANG', 'LC', 'LIT', 'M', 'MED', 'NC',
  'NS', 'OPEN', 'QA', 'RA', 'S-D', 'SMOK', 'SPAD', 'SPK', 'STEP', 'SWG', 'TC', 'TOP', 'TRAD', 'VAR', 'VM', 'W', 'WCHR', 'Y',
];

test('every NAWS world id maps to a code with a name in English and Spanish (none shown as BMLT-…)', () => {
  for (const id of NAWS_WORLD_IDS.filter((w) => w !== 'LANG')) {
    // A key that differs from the id and collides with a Meeting Guide code ("T" is Transgender there).
    const code = formatCode('T', id);
    assert.doesNotMatch(code, /^BMLT-/, id);
    for (const lang of ['en', 'es']) {
      const name = typeName(code, lang);
      if (code !== 'LGBTQ') assert.notEqual(name, code, `${id} has a ${lang} name`);
      assert.doesNotMatch(name, /BMLT/, id);
    }
  }
  assert.equal(formatCode('M', 'M'), 'M');
  assert.equal(formatCode('F', 'W'), 'W');
  assert.equal(formatCode('T', 'TOP'), 'TOP');
  assert.equal(typeName('TOP', 'en'), 'Topic');
  assert.equal(formatCode('D', 'DISC'), 'D');
  assert.equal(formatCode('ES', 'LANG'), 'S');
});

test('the Männermeeting (M → world id M) is a men’s meeting and F (world id W) a women’s: both can be filtered', () => {
  const {meetings, issues} = parseBmlt(fixture('german.json'), ROOT, 0, {defaultTimezone: ''});
  assert.equal(issues.length, 0);
  const men = meetings.find((m) => m.name === 'Männermeeting')!;
  assert.deepEqual(men.types, ['M', 'BMLT-P', 'X', 'TOP', 'LIT', 'SP']);
  const women = meetings.find((m) => m.name === 'Frauenmeeting')!;
  assert.deepEqual(women.types, ['W', 'C', 'TOP']);
  assert.equal(men.address, 'Johannisstraße 12, Nürnberg, 90419, Germany'); // location_nation "DE" by name
  const all = occurrences(meetings, Date.UTC(2026, 0, 7, 12));
  const names = (types: string[]) => filterOccurrences(all, {types}, Date.UTC(2026, 0, 7, 12), 'Europe/Berlin').map((o) => o.meeting.name);
  assert.deepEqual(names(['M']), ['Männermeeting']);
  assert.deepEqual(names(['W']), ['Frauenmeeting']);
  // Names: the visitor's language from the NAWS list; the server's own name for its own formats.
  assert.equal(typeName('TOP', 'en', men), 'Topic');
  assert.equal(typeName('TOP', 'de', men), 'Thema');
  assert.equal(typeName('BMLT-P', 'en', men), 'Präsenz');
  assert.equal(typeName('IP', 'es', meetings.find((m) => m.name === 'Sonntagsmeeting')), 'Estudio de folletos informativos');
});

test('a server that sends no formats: keys read as NAWS ids or language keys, and no BMLT- code is ever a name', () => {
  const {meetings} = parseBmlt(fixture('bare-keys.json'), ROOT, 0, {defaultTimezone: ''});
  const [tue, thu] = meetings;
  assert.deepEqual(tue.types, ['EN', 'O', 'BT', 'JFT', 'BMLT-B', 'C']);
  assert.deepEqual(thu.types, ['ONL', 'S', 'TOP', 'M', 'W', 'IW', 'BMLT-SP']);
  for (const m of meetings) {
    for (const code of m.types) {
      for (const lang of ['en', 'es']) assert.doesNotMatch(typeName(code, lang, m), /^BMLT-/, `${code} in ${lang}`);
    }
  }
  assert.equal(typeName('BT', 'en', tue), 'Basic Text');
  assert.equal(typeName('EN', 'en', tue), 'English');
});
