import {html, nothing, type TemplateResult} from 'lit';
import type {Story} from '../../../model/story.js';
import type {StoryCarouselStrings} from '../../../locales/en/story-carousel.js';
import type {AutoplayController} from '../../../controllers/autoplay.js';
import type {SlideTrackController} from '../slide-track.js';
import {renderRegionHeading} from './story.js';

export interface CarouselProps {
  stories: readonly Story[];
  s: StoryCarouselStrings;
  /** The stories' heading level. */
  level: number;
  /** Where the slides are (the first in view, those in view), moving, and the scroll and drag handlers. */
  track: SlideTrackController;
  /** Rotation and its handlers (stop on focus, pause on hover, the stop / start button), when `autoplay` is set. */
  autoplay: AutoplayController | undefined;
  /** Whether the slide wrapper is a Tab stop (so a keyboard can scroll a story that has no button of its own). */
  focusable: boolean;
  /** The last "Story 2 of 6: title" (after a visitor's move only). */
  announcement: string;
  card: (story: Story, index: number) => TemplateResult;
}

/**
 * The WAI-ARIA carousel: a labelled region (the label does not say "carousel"; a heading of the same
 * words, for the page's outline, above the stories' h3), the rotation button
 * first, previous / next as native buttons, and slides named by their heading, off-screen ones inert.
 */
export function renderCarousel({stories, s, level, track, autoplay, focusable, announcement, card}: CarouselProps): TemplateResult {
  const n = stories.length;
  const visible = new Set(track.visible);
  const single = n < 2;
  return html`<section
    class="region"
    part="base"
    aria-roledescription=${s.carouselRole}
    aria-label=${s.regionLabel}
    @focusin=${autoplay?.onFocusIn}
    @pointerenter=${autoplay?.onPointerEnter}
    @pointerleave=${autoplay?.onPointerLeave}
  >
    ${renderRegionHeading(level, s.regionLabel)}
    <div class="controls" part="controls">
      ${autoplay && !single
        ? html`<button type="button" class="rotation" part="rotation" @pointerdown=${autoplay.onButtonPointerDown} @click=${() => autoplay.toggle()}>
            ${autoplay.rotating ? s.stopRotation : s.startRotation}
          </button>`
        : nothing}
      <span class="spacer"></span>
      ${single
        ? nothing
        : html`<span class="position" aria-hidden="true">${track.index + 1} / ${n}</span>
            <button type="button" class="arrow previous" part="previous" aria-label=${s.previous} @click=${() => track.step(-1)}>
              <span aria-hidden="true">&#8592;</span>
            </button>
            <button type="button" class="arrow next" part="next" aria-label=${s.next} @click=${() => track.step(1)}>
              <span aria-hidden="true">&#8594;</span>
            </button>`}
    </div>
    <div
      class="slides"
      part="slides"
      aria-live=${autoplay?.rotating ? 'off' : 'polite'}
      tabindex=${focusable ? '0' : nothing}
      @scroll=${track.onScroll}
      @scrollend=${track.onScrollEnd}
      @pointerdown=${track.onPointerDown}
    >
      ${stories.map(
        (story, i) =>
          html`<div class="slide" part="slide" role="group" aria-roledescription=${s.slideRole} aria-labelledby=${`story-${i}-title`} ?inert=${!visible.has(i)}>
            ${card(story, i)}
          </div>`,
      )}
      <p class="visually-hidden announcer">${announcement}</p>
    </div>
  </section>`;
}
