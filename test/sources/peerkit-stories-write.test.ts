import {test} from 'node:test';
import assert from 'node:assert/strict';
import {validDraft} from '../support/story-draft.js';
import {emptyDraft, type StoryDraft} from '../../src/model/story-draft.js';
import {storyBody, storyDraftOf, storiesUrl, withdrawCodeOf} from '../../src/sources/peerkit-stories-write.js';

const valid = validDraft;

test('the story body matches the server contract', () => {
  const body = storyBody(
    {...valid(), title: '  Spaces  ', years: '0', months: '7', warnings: ['relapse', 'suicide-self-harm'], photo: {dataUrl: 'data:image/jpeg;base64,AAAA', alt: ' A lake '}},
    'es',
  );
  assert.deepEqual(body, {
    title: 'Spaces',
    body: valid().body,
    name: 'Robin',
    content_warnings: ['suicide-self-harm', 'relapse'],
    consent: {publish: true, duration: '3y'},
    lang: 'es',
    fax: '',
    recovery_months: 7,
    photo: {data_url: 'data:image/jpeg;base64,AAAA', alt: 'A lake'},
  });
  assert.equal('recovery_months' in storyBody(valid(), 'en'), false);
  assert.equal('photo' in storyBody(valid(), 'en'), false);
  assert.equal(storyBody(valid(), 'en', 'a bot was here').fax, 'a bot was here');
});

test('a body in the outbox reads back as the form that wrote it', () => {
  const draft: StoryDraft = {...valid(), years: '2', months: '3', warnings: ['substance-use', 'overdose'], photo: {dataUrl: 'data:image/jpeg;base64,AAAA', alt: 'A lake'}};
  assert.deepEqual(storyDraftOf({...storyBody(draft, 'en'), form_token: 't', idempotency_key: 'k'}), draft);
  assert.deepEqual(storyDraftOf(storyBody(valid(), 'en')), valid());
  assert.deepEqual(storyDraftOf({consent: {duration: 'forever'}, content_warnings: ['nope'], title: 3}), emptyDraft());
});

test('the withdrawal code is read from the server answer, and stories go to the API they were written for', () => {
  assert.equal(withdrawCodeOf({withdraw_code: 'K7QH-M3XD-9TRV-2PWA', status: 'pending'}), 'K7QH-M3XD-9TRV-2PWA');
  assert.equal(withdrawCodeOf({}), undefined);
  assert.equal(withdrawCodeOf({withdraw_code: 'short'}), undefined);
  assert.equal(storiesUrl('https://peer.example/api/'), 'https://peer.example/api/v1/stories');
});
