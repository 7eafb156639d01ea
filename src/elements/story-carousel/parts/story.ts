import {html, nothing, type TemplateResult} from 'lit';
import {formatRecovery, formatStoryDate, isLongStory, paragraphs, type Story} from '../../../model/story.js';
import {isolateIn} from '../../../core/bidi.js';
import type {StoryCarouselStrings} from '../../../locales/en/story-carousel.js';

export interface StoryProps {
  story: Story;
  /** Its place among the stories shown: names the heading (`story-<i>-title`) and the text (`story-<i>-text`). */
  index: number;
  s: StoryCarouselStrings;
  /** Language tag for dates, durations and lists. */
  tag: string;
  /** The reader chose to read it past its content warning. */
  opened: boolean;
  /** A long story the reader expanded. */
  expanded: boolean;
  onOpen: (story: Story, index: number) => void;
  onToggleExpanded: (story: Story) => void;
}

/** Whether a story's content warning still stands in front of it. */
export const isWarned = (story: Story, opened: boolean): boolean => story.contentWarnings.length > 0 && !opened;

/** Whether a story's card has a button of its own (content warning, read more), so it is a Tab stop. */
export const hasControl = (story: Story, opened: boolean): boolean => isWarned(story, opened) || isLongStory(story.body);

/**
 * One story card: heading, then its content warning or its text (long ones behind "read more"), then
 * who and when. The storyteller's words keep their own direction (an English story in an Arabic page).
 */
export function renderStory({story, index: i, s, tag, opened, expanded, onOpen, onToggleExpanded}: StoryProps): TemplateResult {
  const long = isLongStory(story.body);
  const months = story.recoveryMonths;
  const recovery = months === undefined ? '' : formatRecovery(months, tag);
  return html`<article class="story" part="story">
    <h3 id=${`story-${i}-title`}><bdi>${story.title}</bdi></h3>
    ${isWarned(story, opened)
      ? html`<div class="warning" part="warning">
          <p><strong>${s.warningIntro}</strong> ${new Intl.ListFormat(tag, {type: 'conjunction'}).format(story.contentWarnings.map((w) => s.warning[w]))}</p>
          <button type="button" class="open-story" @click=${() => onOpen(story, i)}>${s.openStory}</button>
        </div>`
      : html`${story.photoUrl
            ? html`<img class="photo" part="photo" src=${story.photoUrl} alt=${story.photoAlt ?? ''} loading="lazy" decoding="async" draggable="false" />`
            : nothing}
          <div class="text ${long && !expanded ? 'collapsed' : ''}" id=${`story-${i}-text`} tabindex="-1">
            ${paragraphs(story.body).map((p) => html`<p><bdi>${p}</bdi></p>`)}
          </div>
          ${long
            ? html`<button type="button" class="link-button read-more" aria-expanded=${expanded ? 'true' : 'false'} aria-controls=${`story-${i}-text`} @click=${() => onToggleExpanded(story)}>
                ${expanded ? s.readLess : s.readMore}
              </button>`
            : nothing}`}
    <p class="meta">
      <span class="name">${isolateIn(s.by, story.name)}</span>
      ${months === undefined ? nothing : html`<span class="recovery">${recovery ? s.inRecovery(recovery) : s.newInRecovery}</span>`}
      <span><time datetime=${story.publishedOn}>${s.shared(formatStoryDate(story.publishedOn, tag))}</time></span>
    </p>
  </article>`;
}
