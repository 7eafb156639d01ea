/** A story draft that passes every check of the form (tests change one field at a time from it). */
import {emptyDraft, type StoryDraft} from '../../src/model/story-draft.js';

export const validDraft = (): StoryDraft => ({
  ...emptyDraft(),
  title: 'The day I asked for help',
  body: 'For years I thought asking for help meant I had failed. It was the bravest thing I did.',
  name: 'Robin',
  consentPublish: true,
  duration: '3y',
});
