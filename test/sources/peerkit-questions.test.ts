import {test} from 'node:test';
import assert from 'node:assert/strict';
import {questionBody, questionDraftOf, questionsUrl, receiptOf, refusalOf} from '../../src/sources/peerkit-questions.js';
import {apiOfWriteUrl} from '../../src/sources/peerkit-api.js';

test('the question body matches the server contract', () => {
  assert.deepEqual(questionBody({body: '  How do I start?  ', publishOk: true, topic: 'ignored: the box decides'}, {lang: 'es', topic: 'family', fax: ''}), {
    body: 'How do I start?',
    publish_ok: true,
    lang: 'es',
    fax: '',
    topic: 'family',
  });
  assert.equal('topic' in questionBody({body: 'q', publishOk: false}, {lang: 'en'}), false);
  assert.equal(questionBody({body: 'q', publishOk: false}, {lang: 'en', fax: 'bot'}).fax, 'bot');
});

test('a body in the outbox reads back as the form that wrote it', () => {
  assert.deepEqual(questionDraftOf({...questionBody({body: 'Is it normal?', publishOk: true}, {lang: 'en', topic: 'cravings'}), form_token: 't'}), {body: 'Is it normal?', publishOk: true, topic: 'cravings'});
  assert.deepEqual(questionDraftOf({}), {body: '', publishOk: false});
});

test('each write is prepared for the server in its own URL', () => {
  assert.equal(apiOfWriteUrl(questionsUrl('https://one.example/api/')), 'https://one.example/api');
  assert.equal(apiOfWriteUrl('https://two.example/peer/v1/stories'), 'https://two.example/peer');
});

test('the receipt and why a question was refused', () => {
  assert.equal(receiptOf({result: {receipt: 'QA01-M3XD-9TRV-2PWA'}}), 'QA01-M3XD-9TRV-2PWA');
  assert.equal(receiptOf({result: {}}), undefined);
  assert.equal(refusalOf({status: 422, body: {error: 'invalid'}}), 'invalid');
  assert.equal(refusalOf({status: 400, body: {error: 'honeypot'}}), 'invalid');
  assert.equal(refusalOf({status: 409, body: {error: 'spam'}}), 'spam');
  assert.equal(refusalOf({status: 403}), 'forbidden');
  assert.equal(refusalOf({}), 'other');
  assert.equal(refusalOf(undefined), 'other');
});
