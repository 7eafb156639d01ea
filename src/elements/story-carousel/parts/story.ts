import {html, nothing, type TemplateResult} from 'lit';
import {formatRecovery, formatStoryDate, isLongStory, paragraphs, type Story} from '../../../model/story.js';
import {isolateIn} from '../../../core/bidi.js';
import type {StoryCarouselStrings} from '../../../locales/en/story-carousel.js';

/**
 * A heading of `level` (2–6; the tag itself, so the page outline and "next heading" keys see it),
 * with an id and a class. `heading-level` chooses the stories' level; the region's heading is one above.
 */
export function renderHeading(level: number, content: unknown, id?: string, cls?: string): TemplateResult {
  const a = id ?? nothing;
  const c = cls ?? nothing;
  switch (level) {
    case 2:
      return html`<h2 id=${a} class=${c}>${content}</h2>`;
    case 4:
      return html`<h4 id=${a} class=${c}>${content}</h4>`;
    case 5:
      return html`<h5 id=${a} class=${c}>${content}</h5>`;
    case 6:
      return html`<h6 id=${a} class=${c}>${content}</h6>`;
    default:
      return html`<h3 id=${a} class=${c}>${content}</h3>`;
  }
}

/** The `heading-level` attribute as the stories' level: 2–6, else 3 (the region's visually hidden h2 above them). */
export const storyLevel = (v: unknown): number => {
  const n = Math.round(Number(v));
  return n >= 2 && n <= 6 ? n : 3;
};

/** The region's visually hidden heading, one level above the stories' (none when they are h2: the region's label names it). */
export const renderRegionHeading = (level: number, label: string): TemplateResult | typeof nothing =>
  level > 2 ? renderHeading(level - 1, label, undefined, 'visually-hidden') : nothing;

export interface StoryProps {
  story: Story;
  /** Heading level of the title (2–6). */
  level: number;
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
export function renderStory({story, index: i, level, s, tag, opened, expanded, onOpen, onToggleExpanded}: StoryProps): TemplateResult {
  const long = isLongStory(story.body);
  const months = story.recoveryMonths;
  const recovery = months === undefined ? '' : formatRecovery(months, tag);
  return html`<article class="story" part="story">
    ${renderHeading(level, html`<bdi>${story.title}</bdi>`, `story-${i}-title`, 'title')}
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
