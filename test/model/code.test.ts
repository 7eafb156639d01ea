import {test} from 'node:test';
import assert from 'node:assert/strict';
import {isCompleteCode, normaliseCode} from '../../src/model/code.js';

test('a receipt or withdrawal code typed loosely reads as the server wrote it', () => {
  assert.equal(normaliseCode(' k7qh m3xd 9trv 2pwa '), 'K7QH-M3XD-9TRV-2PWA');
  assert.equal(normaliseCode('K7QH-M3XD-9TRV-2PWA'), 'K7QH-M3XD-9TRV-2PWA');
  assert.equal(normaliseCode('k7qhm3xd9trv2pwa'), 'K7QH-M3XD-9TRV-2PWA');
  assert.equal(normaliseCode('k7qh—m3xd_9trv.2pwa'), 'K7QH-M3XD-9TRV-2PWA');
  assert.equal(normaliseCode(' k7qh m3xd-9trv 2pwa '), 'K7QH-M3XD-9TRV-2PWA');
  assert.equal(normaliseCode('abc'), 'ABC');
  assert.equal(normaliseCode(' - '), '');
});

test('a code is complete with all sixteen characters', () => {
  assert.equal(isCompleteCode('K7QH-M3XD-9TRV-2PWA'), true);
  assert.equal(isCompleteCode(normaliseCode('k7qh m3xd')), false);
  assert.equal(isCompleteCode(normaliseCode('k7qhm3xd9trv2pw')), false);
});
