import {css} from 'lit';

export const styles = css`
  :host {
    --_gap: var(--peer-story-gap, 1em);
  }
  .region {
    position: relative;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    margin-block-end: 0.75em;
  }
  .controls .spacer {
    flex: 1;
  }
  .controls button {
    min-inline-size: 2.75em;
    min-block-size: 2.75em;
  }
  .arrow {
    font-size: 1.1em;
    line-height: 1;
    padding-inline: 0.6em;
  }
  /* Previous points to the inline start: right on a right-to-left page. */
  .arrow > span:dir(rtl) {
    display: inline-block;
    transform: scaleX(-1);
  }
  .position {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .slides {
    position: relative;
    display: flex;
    align-items: flex-start;
    gap: var(--_gap);
    overflow-x: auto;
    overflow-y: hidden;
    overscroll-behavior-x: contain;
    scroll-snap-type: x mandatory;
    scroll-padding-inline: 0;
    padding-block-end: 0.5em;
    scrollbar-width: thin;
  }
  .slides.dragging {
    scroll-snap-type: none;
    cursor: grabbing;
    user-select: none;
  }
  .slide {
    flex: 0 0 100%;
    min-inline-size: 0;
    scroll-snap-align: start;
  }
  @container (min-width: 38em) {
    .slide {
      flex-basis: calc((100% - var(--_gap)) / 2);
    }
  }
  @container (min-width: 58em) {
    .slide {
      flex-basis: calc((100% - 2 * var(--_gap)) / 3);
    }
  }
  .story {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    overflow-wrap: anywhere;
  }
  .story .title {
    margin: 0;
    font-size: 1.15em;
    line-height: 1.3;
  }
  .story p {
    margin: 0;
  }
  .text {
    display: flex;
    flex-direction: column;
    gap: 0.75em;
  }
  .text.collapsed {
    max-block-size: 12em;
    overflow: hidden;
    mask-image: linear-gradient(to bottom, black 70%, transparent);
  }
  .meta {
    color: var(--_muted);
    font-size: 0.925em;
  }
  .meta span + span::before {
    content: ' · ';
  }
  .photo {
    display: block;
    inline-size: 100%;
    max-block-size: 16em;
    aspect-ratio: 4 / 3;
    object-fit: cover;
    border-radius: calc(var(--_radius) / 2);
    background: var(--_bg);
  }
  .warning {
    padding: 0.75em;
    border-inline-start: 4px solid var(--_border);
    background: var(--_warning-bg);
    border-radius: calc(var(--_radius) / 2);
  }
  .warning p {
    margin-block-end: 0.5em;
  }
  .link-button {
    align-self: flex-start;
    background: none;
    border: none;
    padding-inline: 0;
    color: var(--_accent);
    text-decoration: underline;
    min-block-size: 2.75em;
  }
  .list {
    display: grid;
    gap: var(--_gap);
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .footer {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: flex-start;
    margin-block-start: 0.75em;
  }
  details.settings {
    flex: 1 1 16em;
  }
  details.settings summary {
    cursor: pointer;
    min-block-size: 2.75em;
    display: flex;
    align-items: center;
    color: var(--_accent);
  }
  details.settings fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    margin: 0;
  }
  details.settings label {
    display: flex;
    gap: 0.5em;
    align-items: center;
    min-block-size: 2.75em;
  }
  input[type='checkbox'] {
    inline-size: 1.25em;
    block-size: 1.25em;
    min-block-size: 0;
    margin: 0;
  }
  .note {
    color: var(--_muted);
    font-size: 0.925em;
    margin-block: 0.5em 0;
  }
  .share-bar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-block-start: 1em;
  }
  .share-panel {
    margin-block-start: 1em;
  }
  @media (prefers-reduced-motion: no-preference) {
    .slides:not(.dragging) {
      scroll-behavior: smooth;
    }
  }
  @media (forced-colors: active) {
    .story {
      border: 1px solid CanvasText;
    }
  }
`;
