import {css} from 'lit';

export const styles = css`
  .base {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  .search {
    flex: 1 1 12em;
    display: flex;
  }
  .search input {
    inline-size: 100%;
  }
  .views {
    display: inline-flex;
    gap: 0.25em;
  }
  button[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_accent-text);
    border-color: var(--_accent);
  }
  .pill {
    display: inline-block;
    min-inline-size: 1.5em;
    padding-inline: 0.4em;
    border-radius: 1em;
    background: var(--_accent);
    color: var(--_accent-text);
    font-size: 0.85em;
    text-align: center;
  }
  /* Filters: a disclosure on a narrow container, always shown on a wide one. */
  .filters {
    display: none;
    gap: 0.75em;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .filters[data-open] {
    display: grid;
  }
  @container (min-width: 48em) {
    .filters-toggle {
      display: none;
    }
    .filters {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(16em, 1fr));
      align-items: start;
    }
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  legend,
  .stack,
  summary {
    font-weight: 600;
  }
  legend {
    padding: 0;
    margin-block-end: 0.25em;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em;
    align-items: center;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    min-block-size: 2.75em;
    padding-inline: 0.6em;
    border: 1px solid var(--_border);
    border-radius: 2em;
    background: var(--_bg);
    cursor: pointer;
    font-weight: normal;
  }
  .chip:has(input:checked) {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }
  .chip input {
    min-block-size: auto;
    margin: 0;
    accent-color: var(--_accent);
  }
  .chip:has(input:focus-visible) {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .stack {
    display: grid;
    gap: 0.25em;
  }
  .stack select,
  .stack input {
    font-weight: normal;
    inline-size: 100%;
  }
  .stack.inline {
    display: inline-grid;
  }
  .field {
    display: grid;
    gap: 0.5em;
  }
  .types summary,
  .legend > summary {
    cursor: pointer;
    min-block-size: 2.75em;
    display: flex;
    align-items: center;
    gap: 0.4em;
  }
  /* A flex summary loses its disclosure triangle: draw a chevron (→ closed, ↓ open, ← in RTL). */
  .types summary::before,
  .legend > summary::before {
    content: '';
    flex: none;
    inline-size: 0.45em;
    block-size: 0.45em;
    border-right: 2px solid currentColor;
    border-bottom: 2px solid currentColor;
    transform: rotate(-45deg);
    margin-inline: 0.15em 0.25em;
  }
  :host(:dir(rtl)) .types summary::before,
  :host(:dir(rtl)) .legend > summary::before {
    transform: rotate(135deg);
  }
  .types[open] > summary::before,
  .legend[open] > summary::before {
    transform: rotate(45deg);
  }
  /* The "What do these mean?" legend (type filter, a meeting's types). */
  .legend {
    margin-block: 0.25em 0.5em;
  }
  .legend dl {
    display: grid;
    gap: 0.5em;
    margin: 0.25em 0 0;
  }
  .legend dt {
    font-weight: 600;
  }
  .legend dd {
    margin: 0;
  }
  .type-list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.25em;
    max-block-size: 20em;
    overflow-y: auto;
  }
  .type-list label {
    display: flex;
    justify-content: space-between;
    align-items: center;
    gap: 0.5em;
  }
  .place {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: end;
    margin-block-start: 0.5em;
  }
  .hint,
  .skipped,
  .region,
  .yours,
  .distance,
  .progress {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .summary {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    align-items: baseline;
  }
  .summary p {
    margin: 0;
  }
  .count {
    font-weight: 600;
  }
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5em;
  }
  .list {
    contain: layout style;
  }
  .filters {
    contain: layout style;
  }
  .meeting {
    /* Rows off screen skip layout and paint: a keystroke lays out only what is visible. */
    content-visibility: auto;
    contain-intrinsic-size: auto 7em;
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    grid-template-areas: 'when star' 'what star';
    gap: 0.25em 0.75em;
    padding: 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  @container (min-width: 40em) {
    .meeting {
      grid-template-columns: 12em minmax(0, 1fr) auto;
      grid-template-areas: 'when what star';
    }
  }
  .when {
    grid-area: when;
    display: grid;
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  .time {
    font-weight: 600;
  }
  .what {
    grid-area: what;
    min-inline-size: 0;
    /* Feed text may hold a very long word (a URL, stray markup): wrap it rather than overflow. */
    overflow-wrap: anywhere;
  }
  .what p {
    margin: 0;
  }
  .name {
    margin: 0;
    font-size: 1.05em;
    font-weight: 700;
  }
  .star {
    grid-area: star;
    align-self: start;
    font-size: 1.2em;
    border-color: transparent;
    background: transparent;
    padding: 0;
  }
  .star[aria-pressed='true'] {
    color: var(--_accent);
    background: transparent;
    border-color: transparent;
  }
  button.link {
    border: 0;
    background: none;
    padding: 0;
    min-block-size: 1.5em;
    min-inline-size: auto;
    color: var(--_accent);
    text-decoration: underline;
    text-align: start;
    font-weight: inherit;
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3em;
    margin-block: 0.25em;
  }
  .badges:empty {
    display: none;
  }
  .badge {
    display: inline-block;
    padding-inline: 0.5em;
    border-radius: 1em;
    border: 1px solid var(--_border);
    font-size: 0.85em;
    background: var(--_bg);
  }
  .badge.now {
    border-color: var(--_success);
    color: var(--_success);
    font-weight: 600;
  }
  .badge.soon,
  .badge.closed {
    background: var(--_warning-bg);
    font-weight: 600;
  }
  .badge.ended {
    color: var(--_muted);
    font-weight: 600;
  }
  .more {
    display: flex;
    justify-content: center;
    position: relative;
  }
  .sentinel {
    position: absolute;
    inset-block-start: 0;
    block-size: 1px;
    inline-size: 1px;
  }
  .empty p {
    margin-block: 0 0.5em;
  }
  .map-canvas {
    block-size: min(70vh, 32em);
    min-block-size: 16em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .map .state {
    margin-block-end: 0.5em;
  }
  dialog.detail {
    inline-size: min(40em, 100% - 1em);
    max-block-size: calc(100% - 1em);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
    box-shadow: var(--_shadow);
    overflow-wrap: anywhere;
  }
  dialog.detail::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  /* The title and the close button share the first row, whatever their lengths (a long name
     wraps beside "Close" instead of running under it); everything else spans the dialog. */
  dialog.detail[open] {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    align-items: start;
    column-gap: 0.5em;
  }
  dialog.detail > * {
    grid-column: 1 / -1;
  }
  dialog.detail > .detail-title {
    grid-area: 1 / 1;
  }
  dialog.detail > .close {
    grid-area: 1 / 2;
  }
  .detail-title {
    margin-block: 0 0.25em;
  }
  .detail section {
    margin-block: 0.75em;
  }
  .detail h3 {
    margin-block: 0 0.25em;
    font-size: 1em;
  }
  .detail p {
    margin-block: 0.25em;
  }
  .pre {
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  .actions,
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  a.button {
    display: inline-flex;
    align-items: center;
    min-block-size: 2.75em;
    padding-inline: 0.9em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    text-decoration: none;
    color: var(--_text);
    background: var(--_bg);
  }
  a.button.primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_accent-text);
  }
  .plain,
  .tags {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3em;
  }
  .tags li {
    padding-inline: 0.5em;
    border: 1px solid var(--_border);
    border-radius: 1em;
    font-size: 0.9em;
  }
  .print-only,
  .map ~ .list {
    display: none;
  }
  @media print {
    .map ~ .list {
      display: grid;
    }
    .meeting {
      content-visibility: visible;
    }
    .toolbar,
    .filters,
    .star,
    .more,
    .notice,
    .skipped,
    dialog,
    .map {
      display: none !important;
    }
    .print-only {
      display: block;
    }
    .meeting {
      break-inside: avoid;
      background: none;
      border-color: #888;
    }
    button.link {
      color: inherit;
      text-decoration: none;
      font-weight: 600;
    }
  }
  /* At 320 px a long type name or choice ("12 Steg och 12 Traditioner", "Spelar ingen roll") puts the choice under the name. */
  .type-list label {
    flex-wrap: wrap;
  }
`;
