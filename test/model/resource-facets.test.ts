import {test, describe} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {parseAll} from '../../src/sources/hsds.js';
import {eligibilityOf, paymentOf, standing} from '../../src/model/resource-facets.js';
import {joinKeys, parseKeys} from '../../src/model/keys.js';
import {filterResources, optionCounts} from '../../src/model/resource-filter.js';
import type {Resource, ResourceFilters} from '../../src/model/resource.js';

const read = (f: string) => parseAll(JSON.parse(readFileSync(new URL(`../fixtures/hsds/${f}`, import.meta.url), 'utf8')), f).resources;
const messy = read('eligibility.json');
const base = read('services.json');
const byId = (id: string) => messy.find((r) => r.id === id)!;
const yes = (m: ReadonlyMap<string, string>) => [...m].filter(([, v]) => v === 'yes').map(([k]) => k).sort();
const no = (m: ReadonlyMap<string, string>) => [...m].filter(([, v]) => v === 'no').map(([k]) => k).sort();
const NOW = Date.parse('2026-01-14T15:00:00Z');
const ids = (items: Resource[], f: ResourceFilters) => filterResources(items, f, NOW).map((r) => r.resource.id);

describe('eligibility', () => {
  test('from the description, HSDS 2 eligibility records, required documents and ages, in English and Spanish', () => {
    assert.deepEqual(yes(eligibilityOf(byId('el-vets'))), ['adults', 'families', 'older-adults', 'veterans']);
    assert.deepEqual(no(eligibilityOf(byId('el-vets'))), ['children', 'youth']);
    assert.deepEqual(yes(eligibilityOf(byId('el-women'))), ['families', 'pregnant', 'reentry', 'women']);
    assert.deepEqual(yes(eligibilityOf(byId('el-youth'))), ['adults', 'homeless', 'lgbtq', 'youth']);
    assert.deepEqual(no(eligibilityOf(byId('el-youth'))), ['children', 'older-adults']);
  });

  test('nothing stated is nothing known: no "no" from silence (the description is not read)', () => {
    assert.equal(eligibilityOf(byId('el-nodata')).size, 0);
    assert.equal(paymentOf(byId('el-nodata')).size, 0);
  });

  test('one gender stated rules out the other; both stated rules out neither', () => {
    assert.equal(eligibilityOf(byId('el-men')).get('women'), 'no');
    assert.equal(eligibilityOf(byId('el-women')).get('men'), 'no');
    const both = {...byId('el-nodata'), eligibility: 'Men and women 18+'};
    assert.deepEqual(no(eligibilityOf(both)), []);
  });

  test('a site maps its own taxonomy terms (codes exactly, names as whole words) to keys', () => {
    const r = byId('el-seniors');
    assert.equal(eligibilityOf(r).get('disability'), undefined);
    assert.equal(eligibilityOf(r, {eligibility: {disability: ['ACC']}}).get('disability'), 'yes');
    assert.equal(eligibilityOf(r, {eligibility: {disability: ['wheelchair users']}}).get('disability'), 'yes');
    assert.equal(eligibilityOf(r, {eligibility: {disability: ['wheel']}}).get('disability'), undefined);
  });

  test('words are whole words: "human" is not "man", "mental" is not "men"', () => {
    const r = {...byId('el-nodata'), eligibility: 'Anyone seeking human services or mental health support'};
    assert.equal(eligibilityOf(r).size, 0);
  });
});

describe('payment', () => {
  test('from HSDS 3 cost options, fees text and required documents', () => {
    assert.deepEqual(yes(paymentOf(byId('el-vets'))), ['medicaid', 'no-insurance', 'sliding-scale']);
    assert.deepEqual(yes(paymentOf(byId('el-women'))), ['free', 'no-insurance']); // "Gratis. No se requiere seguro."
    assert.deepEqual(yes(paymentOf(byId('el-youth'))), ['free', 'no-insurance']); // amount 0
    assert.deepEqual(yes(paymentOf(byId('el-seniors'))), ['medicare', 'private-insurance']);
  });

  test('"no" for free only from prices: every cost option costs money, or a fee with no sliding scale', () => {
    assert.equal(paymentOf(byId('el-seniors')).get('free'), 'no');
    assert.equal(paymentOf(byId('el-men')).get('free'), 'no'); // "$140 per week"
    assert.equal(paymentOf(byId('el-vets')).get('free'), undefined); // sliding scale, VA: ask
  });
});

describe('standing and keys', () => {
  test('yes if any choice is stated, no only if every choice is ruled out, else unknown', () => {
    const s = new Map([['women', 'no' as const], ['veterans', 'yes' as const]]);
    assert.equal(standing(s, ['women', 'veterans']), 'yes');
    assert.equal(standing(s, ['women']), 'no');
    assert.equal(standing(s, ['women', 'lgbtq']), 'unknown');
  });

  test('space-separated keys, known keys with spaces kept whole, no repeats', () => {
    assert.deepEqual(parseKeys('detox  housing detox'), ['detox', 'housing']);
    assert.deepEqual(parseKeys('detox Sober living es', ['Sober living']), ['detox', 'Sober living', 'es']);
    assert.deepEqual(parseKeys(''), []);
    assert.deepEqual(parseKeys(undefined), []);
    assert.equal(joinKeys([]), undefined);
    assert.equal(joinKeys(['a', 'b']), 'a b');
  });
});

describe('filters with several choices', () => {
  test('any of the choices within a filter, all filters together', () => {
    assert.deepEqual(ids(messy, {eligibility: ['veterans', 'pregnant'], statedOnly: true}), ['el-vets', 'el-women']);
    assert.deepEqual(ids(messy, {eligibility: ['veterans', 'pregnant'], payment: ['free'], statedOnly: true}), ['el-women']);
    assert.deepEqual(ids(messy, {languages: ['vi', 'es'], categories: ['harm-reduction', 'peer-support']}), ['el-youth', 'el-nodata']);
    assert.deepEqual(ids(base, {categories: ['detox', 'housing']}).length > ids(base, {category: 'detox'}).length, true);
  });

  test('not stated is listed after those that say so, labelled, and left out only when asked', () => {
    const r = filterResources(messy, {eligibility: ['veterans']}, NOW);
    assert.deepEqual(r.map((x) => [x.resource.id, x.unstated]), [
      ['el-vets', undefined],
      ['el-women', ['eligibility']],
      ['el-youth', ['eligibility']],
      ['el-nodata', ['eligibility']],
      ['el-seniors', ['eligibility']],
      ['el-men', ['eligibility']],
    ]);
    // Men ruled out of "women"; a "children" filter leaves out the services whose ages exclude them.
    assert.deepEqual(ids(messy, {eligibility: ['women']}), ['el-women', 'el-vets', 'el-youth', 'el-nodata', 'el-seniors']);
    assert.deepEqual(ids(messy, {eligibility: ['children']}), ['el-women', 'el-nodata', 'el-men']);
    assert.deepEqual(ids(messy, {eligibility: ['children'], statedOnly: true}), []);
  });

  test('`cost="free"` is payment free', () => {
    assert.deepEqual(ids(messy, {cost: 'free'}), ids(messy, {payment: ['free']}));
    assert.deepEqual(ids(messy, {cost: 'free'}), ['el-women', 'el-youth', 'el-vets', 'el-nodata']);
  });
});

describe('counts per option', () => {
  test('what choosing each option would give, with the other filters, not counting services that do not say', () => {
    const c = optionCounts(messy, {}, NOW, {}, {category: ['recovery-housing', 'harm-reduction'], language: true, eligibility: true, payment: true});
    assert.equal(c.eligibility!.get('veterans'), 1);
    assert.equal(c.eligibility!.get('adults'), 4);
    assert.equal(c.payment!.get('free'), 2);
    assert.equal(c.language!.get('vi'), 2);
    assert.equal(c.category!.get('recovery-housing'), 2);
    // Within a filter the other options are counted as if it were not set; other filters apply.
    const f: ResourceFilters = {eligibility: ['men'], statedOnly: true};
    const d = optionCounts(messy, f, NOW, {}, {eligibility: true, payment: true, category: ['recovery-housing']});
    assert.equal(d.eligibility!.get('women'), 1);
    assert.equal(d.eligibility!.get('men'), 1);
    assert.equal(d.payment!.get('free'), undefined);
    assert.equal(d.category!.get('recovery-housing'), 1);
  });

  test('a count equals the stated results of choosing that option alone (2,000 services)', () => {
    const big: Resource[] = Array.from({length: 2000}, (_, i) => ({...base[i % base.length], id: `b${i}`}));
    const t0 = performance.now();
    const c = optionCounts(big, {query: 'recovery'}, NOW, {}, {category: ['detox', 'housing', 'peer-support'], language: true, eligibility: true, payment: true});
    const ms = performance.now() - t0;
    for (const k of ['adults', 'men']) assert.equal(c.eligibility!.get(k) ?? 0, ids(big, {query: 'recovery', eligibility: [k], statedOnly: true}).length);
    assert.equal(c.category!.get('peer-support') ?? 0, ids(big, {query: 'recovery', category: 'peer-support'}).length);
    assert.ok(ms < 3000, `${ms} ms`); // first pass indexes every service (a shared CI core is slow)
  });
});
