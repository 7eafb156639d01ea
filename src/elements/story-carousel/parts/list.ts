import {html, type TemplateResult} from 'lit';
import type {Story} from '../../../model/story.js';

export interface ListProps {
  stories: readonly Story[];
  /** The region's name (the same as the carousel's). */
  label: string;
  card: (story: Story, index: number) => TemplateResult;
}

/** "Show all": every story, one after the other, for readers who would rather read than page. */
export function renderList({stories, label, card}: ListProps): TemplateResult {
  return html`<section class="region" part="base" aria-label=${label}>
    <h2 class="visually-hidden">${label}</h2>
    <ul class="list" part="list">
      ${stories.map((story, i) => html`<li>${card(story, i)}</li>`)}
    </ul>
  </section>`;
}
