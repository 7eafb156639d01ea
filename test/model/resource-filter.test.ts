import {test, describe} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {parseAll} from '../../src/sources/hsds.js';
import {categoryPresets, filterResources, presetMatchesTerm, resourceStatus, type CategoryPreset} from '../../src/model/resource-filter.js';
import {languageKey, languageName} from '../../src/model/resource-language.js';
import type {ResourceFilters} from '../../src/model/resource.js';

const {resources} = parseAll(JSON.parse(readFileSync(new URL('../fixtures/hsds/services.json', import.meta.url), 'utf8')), 'fixture');
// Wed 2026-01-14 10:00 EST
const NOW = Date.parse('2026-01-14T15:00:00Z');
const ids = (filters: ResourceFilters, now: number = NOW) => filterResources(resources, filters, now).map((r) => r.resource.id);
const CENTER_CITY = {lat: 39.9526, lng: -75.1652};

describe('words', () => {
  test('every word must match, accents and case ignored, across name, description, organisation and terms', () => {
    assert.deepEqual(ids({query: 'REUNION'}), ['svc-005']); // "Reunión" in the description
    assert.deepEqual(ids({query: 'keystone detox'}), ['svc-001', 'svc-025']); // organisation + name
    assert.deepEqual(ids({query: 'syringe naloxone'}), ['svc-003']);
    assert.deepEqual(ids({query: 'opioid use disorder'}).sort(), ['2', 'svc-016']); // taxonomy term name
    assert.deepEqual(ids({query: 'nothing-like-this'}), []);
  });

  test('brand names find services listed under the medicine, and back, in English and Spanish', () => {
    const bup = ids({query: 'buprenorphine'});
    assert.ok(bup.length >= 1);
    assert.deepEqual(ids({query: 'subutex'}), bup);
    assert.deepEqual(ids({query: 'Buprenorfina'}), bup);
    assert.deepEqual(ids({query: 'naloxona'}), ids({query: 'naloxone'}));
    assert.ok(ids({query: 'narcan'}).length >= ids({query: 'naloxone'}).length);
    for (const id of ids({query: 'naloxone'})) assert.ok(ids({query: 'narcan'}).includes(id), id);
    // A synonym stands for one word: the other words must still match.
    assert.deepEqual(ids({query: 'narcan syringe'}), ids({query: 'naloxone syringe'}));
  });

  test('name matches rank before other matches', () => {
    const r = ids({query: 'housing'});
    assert.equal(r[0], 'svc-010'); // "Emergency Housing Intake"
    assert.ok(r.indexOf('svc-026') < r.indexOf('svc-015'), r.join());
    assert.ok(r.includes('svc-004')); // only the term "Recovery Housing"
  });

  test('an empty or blank query keeps everything in order', () => {
    assert.deepEqual(ids({query: '   '}), resources.map((r) => r.id));
    assert.deepEqual(ids({}), resources.map((r) => r.id));
  });
});

describe('category', () => {
  test('by taxonomy term id, name or code', () => {
    assert.deepEqual(ids({category: 'tt-legal'}), ['svc-009']);
    assert.deepEqual(ids({category: 'legal aid'}), ['svc-009']);
    assert.deepEqual(ids({category: 'MOUD'}), ['2', 'svc-016']);
    assert.deepEqual(ids({category: 'no-such-term'}), []);
  });

  test('by plain-language preset', () => {
    assert.deepEqual(ids({category: 'moud'}), ['2', 'svc-016']);
    assert.deepEqual(ids({category: 'harm-reduction'}), ['svc-003', 'svc-015', 'svc-017', 'svc-021']);
    assert.deepEqual(ids({category: 'recovery-housing'}), ['svc-004', 'svc-022', 'svc-026']);
    assert.deepEqual(ids({category: 'crisis'}), ['svc-006', 'svc-023']);
    assert.deepEqual(ids({category: 'detox'}), ['svc-001', 'svc-025']);
    assert.deepEqual(ids({category: 'peer-support'}), ['svc-005', 'svc-013', 'svc-014', 'svc-018', 'svc-024']);
    assert.deepEqual(ids({category: 'mental-health'}), ['svc-006', 'svc-011']);
  });

  test('presets have English and Spanish labels and cover the recovery list', () => {
    assert.deepEqual(
      categoryPresets.map((p) => p.id),
      ['detox', 'treatment', 'moud', 'recovery-housing', 'harm-reduction', 'peer-support', 'crisis', 'housing', 'legal', 'mental-health'],
    );
    for (const p of categoryPresets) assert.ok(p.label.en && p.label.es && p.label.en !== p.label.es, p.id);
    // Whole words only: "mat" (medication-assisted treatment) must not match "Maternity".
    const moud = categoryPresets.find((p) => p.id === 'moud')!;
    assert.equal(presetMatchesTerm(moud, {id: 'x', name: 'Maternity Care'}), false);
    assert.equal(presetMatchesTerm(moud, {id: 'x', name: 'MAT Clinics'}), true);
  });

  test('a site can replace the presets', () => {
    const mine: CategoryPreset[] = [{id: 'late', label: {en: 'Late night', es: 'De noche'}, terms: ['syringe services', 'crisis hotlines']}];
    assert.deepEqual(
      filterResources(resources, {category: 'late'}, NOW, {presets: mine}).map((r) => r.resource.id),
      ['svc-003', 'svc-006', 'svc-023'],
    );
    assert.deepEqual(filterResources(resources, {category: 'harm-reduction'}, NOW, {presets: mine}), []);
  });
});

describe('near and radius', () => {
  test('sorted by distance, limited by radius; services with no physical place (hotlines) stay, last', () => {
    const r = filterResources(resources, {near: CENTER_CITY, radius: 1}, NOW);
    assert.deepEqual(
      r.map((x) => x.resource.id),
      ['2', 'svc-012', 'svc-013', 'svc-020', 'svc-xss', 'svc-006', 'svc-014', 'svc-023'],
    );
    assert.equal(r[0].distance, 0);
    assert.equal(r[5].distance, undefined);
    const far = filterResources(resources, {near: CENTER_CITY, radius: 15}, NOW);
    const d = far.map((x) => x.distance).filter((x): x is number => x !== undefined);
    assert.deepEqual(d, [...d].sort((a, b) => a - b));
    assert.ok(far.some((x) => x.resource.id === 'svc-004')); // Chester ≈ 12 mi
    assert.ok(!filterResources(resources, {near: CENTER_CITY, radius: 10}, NOW).some((x) => x.resource.id === 'svc-004'));
  });

  test('the nearest of several locations counts; km are bigger numbers than miles', () => {
    const camden = {lat: 39.9259, lng: -75.1196};
    const mi = filterResources(resources, {near: camden, query: 'methadone'}, NOW)[0];
    assert.equal(mi.resource.id, 'svc-016');
    assert.equal(mi.distance, 0);
    const chester = filterResources(resources, {near: CENTER_CITY, query: 'chester'}, NOW)[0].distance!;
    const chesterKm = filterResources(resources, {near: CENTER_CITY, query: 'chester', distanceUnit: 'km'}, NOW)[0].distance!;
    assert.ok(chester > 11 && chester < 13, String(chester));
    assert.ok(Math.abs(chesterKm / chester - 1.609) < 0.01);
  });

  test('without a radius, everything is kept and sorted', () => {
    const r = filterResources(resources, {near: CENTER_CITY}, NOW);
    assert.equal(r.length, resources.length);
    assert.equal(r[r.length - 1].distance, undefined);
  });
});

describe('open now, language, cost', () => {
  test('open now uses the hours engine at the given instant, and every result carries its status', () => {
    // Not svc-017: its hours say open, but its status is "inactive".
    assert.deepEqual(ids({openNow: true}), ['svc-001', '2', 'svc-003', 'svc-006', 'svc-xss', 'svc-009', 'svc-013', 'svc-015', 'svc-016', 'svc-020', 'svc-023', 'svc-026']);
    // Saturday 01:30 EST: the overnight van and the 24/7 places.
    assert.deepEqual(ids({openNow: true}, Date.parse('2026-01-17T06:30:00Z')), ['svc-001', 'svc-003', 'svc-006', 'svc-015', 'svc-016', 'svc-023']);
    const all = filterResources(resources, {}, NOW);
    assert.deepEqual(all.find((r) => r.resource.id === 'svc-010')?.status, {state: 'unknown'});
    assert.deepEqual(all.find((r) => r.resource.id === 'svc-012')?.status, {state: 'closed', opensAt: Date.parse('2026-01-14T23:00:00Z')});
    assert.deepEqual(all.find((r) => r.resource.id === 'svc-017')?.status, {state: 'closed'});
  });

  test('a service that is not running is closed whatever its hours say', () => {
    const open = resources.find((r) => r.id === 'svc-001')!;
    assert.equal(resourceStatus(open, NOW).state, 'open');
    for (const status of ['inactive', 'defunct', 'temporarily closed', 'Temporarily_Closed']) assert.deepEqual(resourceStatus({...open, status}, NOW), {state: 'closed'}, status);
    for (const status of ['active', 'waitlist', undefined]) assert.equal(resourceStatus({...open, status}, NOW).state, 'open', String(status));
  });

  test('language by code or name, in English or Spanish', () => {
    const spanish = ids({language: 'es'});
    assert.deepEqual(spanish, ['svc-001', 'svc-003', 'svc-005', 'svc-006', 'svc-011', 'svc-015', 'svc-021', 'svc-025', 'svc-026']);
    assert.deepEqual(ids({language: 'Spanish'}), spanish);
    assert.deepEqual(ids({language: 'español'}), spanish);
    assert.deepEqual(ids({language: 'spa'}), spanish);
    assert.deepEqual(ids({language: 'en'}), ['svc-001', '2', 'svc-003', 'svc-006', 'svc-026']);
    assert.deepEqual(ids({language: 'Vietnamese'}), []);
  });

  test('free services (`cost` is an alias of payment "free"): those that say so, then those that do not say', () => {
    const free = ['2', 'svc-003', 'svc-005', 'svc-006', 'svc-xss', 'svc-009', 'svc-015', 'svc-017', 'svc-018'];
    assert.deepEqual(ids({cost: 'free', statedOnly: true}), free);
    assert.deepEqual(ids({payment: ['free'], statedOnly: true}), free);
    const all = filterResources(resources, {cost: 'free'}, NOW);
    assert.deepEqual(all.slice(0, free.length).map((r) => r.resource.id), free);
    assert.ok(all.slice(free.length).every((r) => r.unstated?.includes('payment')));
    // "$150 per week" says it is not free; "Medicaid, sliding scale" does not say either way.
    assert.ok(!all.some((r) => r.resource.id === 'svc-004'));
    assert.ok(all.some((r) => r.resource.id === 'svc-016'));
  });

  test('filters combine', () => {
    assert.deepEqual(ids({cost: 'free', language: 'es', category: 'harm-reduction', openNow: true}), ['svc-003', 'svc-015']);
    // Within a mile of Center City, plus the phone-only services (virtual, confidential address) last;
    // at equal distance, name matches come first.
    assert.deepEqual(ids({query: 'recovery', near: CENTER_CITY, radius: 1}), ['svc-013', 'svc-012', 'svc-023', 'svc-014']);
  });
});

describe('language keys', () => {
  test('names, endonyms, ISO 639-1/2/3 codes and regional tags meet', () => {
    for (const v of ['es', 'ES', 'es-MX', 'spa', 'Spanish', 'Español', 'espanol', 'castellano', 'Spanish (Latin American)']) assert.equal(languageKey(v), 'es', v);
    for (const v of ['en', 'English', 'inglés', 'eng']) assert.equal(languageKey(v), 'en', v);
    assert.equal(languageKey('Chinese (Mandarin)'), 'zh');
    assert.equal(languageKey('Haitian Creole'), 'ht');
    assert.equal(languageKey('ASL'), 'ase');
    assert.equal(languageKey('Klingon'), 'klingon');
    assert.equal(languageName('es', 'en'), 'Spanish');
    assert.equal(languageName('Spanish', 'es'), 'español');
    assert.equal(languageName('Klingon', 'es'), 'Klingon');
  });
});
