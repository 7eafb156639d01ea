import {test} from 'node:test';
import assert from 'node:assert/strict';
import {changedFields} from '../../../src/elements/moderation-desk/story-edits.js';
import type {DeskStory} from '../../../src/model/question.js';

const story: DeskStory = {
  id: '1',
  title: 'One day at a time',
  body: 'A long enough story body to be valid for the server, about finding hope again after a relapse.',
  name: 'J',
  contentWarnings: [],
  consentDuration: '1y',
  status: 'pending',
  hasPhoto: false,
  createdOn: '2026-11-01',
};

test('only the fields the moderator changed are sent, trimmed', () => {
  assert.deepEqual(changedFields(story, undefined), {});
  assert.deepEqual(changedFields(story, {title: story.title, body: `  ${story.body} `, name: story.name}), {edits: {}});
  assert.deepEqual(changedFields(story, {title: ' A new title ', body: story.body, name: 'R.'}), {edits: {title: 'A new title', name: 'R.'}});
});

test('an edit out of the server’s limits is named, and nothing is sent', () => {
  assert.deepEqual(changedFields(story, {title: 'No', body: story.body, name: story.name}), {problem: 'title'});
  assert.deepEqual(changedFields(story, {title: story.title, body: 'Too short.', name: story.name}), {problem: 'body'});
  assert.deepEqual(changedFields(story, {title: story.title, body: story.body, name: '   '}), {problem: 'name'});
  assert.deepEqual(changedFields(story, {title: story.title, body: story.body, name: 'x'.repeat(41)}), {problem: 'name'});
});
