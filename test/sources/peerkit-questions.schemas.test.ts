import {test} from 'node:test';
import assert from 'node:assert/strict';
import {parsePublished, parseLookup, parsePage} from '../../src/sources/peerkit-questions.schemas.js';

test('a published question is validated and mapped; invalid records are rejected', () => {
  assert.deepEqual(parsePublished({id: 7, body: 'Is it normal?', topic: null, answer: 'Yes.', answered_by_role: 'peer', published_on: '2026-11-20', extra: 1}), {
    id: '7',
    body: 'Is it normal?',
    topic: undefined,
    answer: 'Yes.',
    role: 'peer',
    publishedOn: '2026-11-20',
  });
  assert.equal(parsePublished({id: 1, body: 'q', answer: '  ', answered_by_role: 'peer', published_on: '2026-11-20'}), undefined);
  assert.equal(parsePublished({id: 1, body: 'q', answer: 'a', answered_by_role: 'doctor', published_on: '2026-11-20'}), undefined);
  assert.equal(parsePublished({id: 1, body: 'q', answer: 'a', answered_by_role: 'peer', published_on: 'soon'}), undefined);
  assert.equal(parsePublished('<img src=x onerror=alert(1)>'), undefined);
});

test('page envelopes and receipt lookups', () => {
  assert.deepEqual(parsePage({items: [], total: 0}), {items: [], total: 0});
  assert.equal(parsePage({items: 'nope'}), undefined);
  assert.deepEqual(parseLookup({status: 'answered', answer: 'Hello', answered_at: '2026-11-21T10:00:00Z', answered_by_role: 'clinician'}), {
    status: 'answered',
    answer: 'Hello',
    answeredOn: '2026-11-21',
    role: 'clinician',
  });
  assert.deepEqual(parseLookup({status: 'pending'}), {status: 'pending', answer: undefined, answeredOn: undefined, role: undefined});
  assert.equal(parseLookup({status: 'lost'}), undefined);
});
