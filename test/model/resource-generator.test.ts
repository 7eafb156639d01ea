import {test} from 'node:test';
import assert from 'node:assert/strict';
import {generateServices, generateResources} from '../../bench/support/services.js';
import {filterResources} from '../../src/model/resource-filter.js';
import {openStatus} from '../../src/model/hours.js';

test('the bench generator is deterministic and sized as asked', () => {
  assert.deepEqual(generateServices(50, 7), generateServices(50, 7));
  assert.notDeepEqual(generateServices(50, 7), generateServices(50, 8));
  assert.equal(generateServices().length, 2000);
  assert.equal(generateServices(10).length, 10);
});

test('generated services are realistic: they parse cleanly and exercise every filter and hours state', () => {
  const resources = generateResources(400);
  assert.equal(resources.length, 400);
  assert.equal(new Set(resources.map((r) => r.id)).size, 400);
  const now = Date.parse('2026-01-14T15:00:00Z'); // Wed 10:00 EST
  const states = new Set(resources.map((r) => openStatus(r.schedules, now).state));
  assert.deepEqual([...states].sort(), ['closed', 'open', 'unknown']);
  assert.ok(resources.some((r) => r.schedules.some((s) => s.allDay)));
  assert.ok(resources.some((r) => r.schedules.some((s) => s.rules.some((x) => x.closes < x.opens))));
  for (const filters of [{cost: 'free' as const, statedOnly: true}, {language: 'es'}, {category: 'moud'}, {openNow: true}, {query: 'recovery'}, {near: {lat: 39.95, lng: -75.16}, radius: 10}]) {
    const n = filterResources(resources, filters, now).length;
    assert.ok(n > 0 && n < 400, `${JSON.stringify(filters)}: ${n}`);
  }
  assert.ok(resources.some((r) => r.phones.some((p) => p.type === 'text')));
});
