import {html, type TemplateResult} from 'lit';
import type {Story} from '../../../model/story.js';
import {renderRegionHeading} from './story.js';

export interface ListProps {
  stories: readonly Story[];
  /** The region's name (the same as the carousel's). */
  label: string;
  /** The stories' heading level. */
  level: number;
  card: (story: Story, index: number) => TemplateResult;
}

/** "Show all": every story, one after the other, for readers who would rather read than page. */
export function renderList({stories, label, level, card}: ListProps): TemplateResult {
  return html`<section class="region" part="base" aria-label=${label}>
    ${renderRegionHeading(level, label)}
    <ul class="list" part="list">
      ${stories.map((story, i) => html`<li>${card(story, i)}</li>`)}
    </ul>
  </section>`;
}
