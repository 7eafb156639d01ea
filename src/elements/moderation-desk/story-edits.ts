/** What a moderator's edits to a story send: pure, the same limits as the server's (and the share form's). */
import {LIMITS} from '../../model/story-draft.js';
import type {DeskStory} from '../../model/question.js';
import type {StoryEdits} from '../../sources/peerkit-moderation.js';

const RULES = [
  ['title', LIMITS.titleMin, LIMITS.titleMax],
  ['body', LIMITS.bodyMin, LIMITS.bodyMax],
  ['name', 1, LIMITS.nameMax],
] as const;

/** The fields the moderator changed, trimmed; or the first one out of its limits. */
export function changedFields(story: DeskStory, edited: Required<StoryEdits> | undefined): {edits?: StoryEdits; problem?: keyof StoryEdits} {
  if (!edited) return {};
  const edits: StoryEdits = {};
  for (const [field, min, max] of RULES) {
    const value = edited[field].trim();
    if (value === story[field]) continue;
    if (value.length < min || value.length > max) return {problem: field};
    edits[field] = value;
  }
  return {edits};
}
