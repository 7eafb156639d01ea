import {test} from 'node:test';
import assert from 'node:assert/strict';
import {detectPii, piiKinds} from '../../src/model/pii.js';
import {dateOnly} from '../../src/model/question.js';

const kinds = (s: string) => piiKinds(detectPii(s));

test('finds a name after "my name is", "me llamo", "mi nombre es" and a capitalised one after "soy"', () => {
  assert.deepEqual(detectPii('Hi, my name is Maria Lopez and I need help').filter((f) => f.kind === 'name').map((f) => f.text), ['Maria Lopez']);
  assert.deepEqual(kinds('my name is john, is this normal?'), ['name']);
  assert.deepEqual(kinds('Hola, me llamo Ana y tengo una pregunta'), ['name']);
  assert.deepEqual(kinds('mi nombre es Pedro'), ['name']);
  assert.deepEqual(kinds('Hola, soy Lucía y llevo 3 meses'), ['name']);
  assert.deepEqual(kinds('Soy adicta y tengo miedo de recaer'), []);
  assert.deepEqual(kinds('soy alcohólico desde hace años'), []);
  assert.deepEqual(kinds("I'm scared of relapsing after 6 months"), []);
});

test('finds phone numbers in common shapes, not dates, years, durations or counts', () => {
  for (const s of ['call me at 555-123-4567', 'my number is (555) 123 4567', '+1 555 123 4567', 'text 5551234567', 'llámame al 555-1234', '+34 612 34 56 78']) {
    assert.deepEqual(kinds(s), ['phone'], s);
  }
  for (const s of ['sober since 2024-03-05', 'on 03/05/2024 I relapsed', 'I am 45 and sober 180 days', 'in 2019 and 2020', 'about 1,000 mg']) {
    assert.deepEqual(kinds(s), [], s);
  }
});

test('finds email addresses', () => {
  assert.deepEqual(detectPii('write to me: ana.lopez+help@example.org please').map((f) => f.text), ['ana.lopez+help@example.org']);
  assert.deepEqual(kinds('correo: josé@ejemplo.es'), ['email']);
  assert.deepEqual(kinds('I use @twitter sometimes'), []);
});

test('finds street addresses in English and Spanish', () => {
  assert.deepEqual(kinds('I live at 123 Main Street in Springfield'), ['address']);
  assert.deepEqual(kinds('meet me near 4500 N Lincoln Ave.'), ['address']);
  assert.deepEqual(kinds('vivo en Calle Mayor 12, Madrid'), ['address']);
  assert.deepEqual(kinds('en la avenida Insurgentes Sur 1602'), ['address']);
  assert.deepEqual(kinds('I have 3 kids and 2 dogs'), []);
  assert.deepEqual(kinds('I walked 5 miles down the road'), []);
});

test('reports several kinds in a stable order, with positions', () => {
  const text = 'My name is Sam. Email sam@example.com or call 555-867-5309. I live at 12 Oak Lane.';
  assert.deepEqual(kinds(text), ['name', 'phone', 'email', 'address']);
  for (const f of detectPii(text)) assert.equal(text.slice(f.index, f.index + f.text.length), f.text);
  assert.deepEqual(detectPii('Is it normal to still crave after six months?'), []);
});

test('reads a date or timestamp as a day', () => {
  assert.equal(dateOnly('2026-11-01T18:22:00Z'), '2026-11-01');
  assert.equal(dateOnly('yesterday'), undefined);
});
