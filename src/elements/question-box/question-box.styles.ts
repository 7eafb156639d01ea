import {css} from 'lit';

export const styles = css`
  .box {
    display: grid;
    gap: var(--_space);
  }
  h2,
  h3,
  h4 {
    margin: 0;
    line-height: 1.25;
  }
  h2 {
    font-size: 1.35em;
  }
  h3 {
    font-size: 1.15em;
  }
  h4 {
    font-size: 1em;
  }
  p {
    margin: 0;
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  [tabindex='-1']:focus-visible {
    outline: 3px solid var(--_focus);
  }
  form,
  .panel {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  textarea {
    min-block-size: 8em;
  }
  select,
  input[type='search'],
  input[type='text'] {
    inline-size: 100%;
    max-inline-size: 32em;
  }
  .count,
  .meta {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .field-error {
    color: var(--_danger);
    font-weight: 600;
  }
  [aria-invalid='true'] {
    border-color: var(--_danger);
    border-width: 2px;
  }
  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5em 0.9em 0.75em;
    margin: 0;
    display: grid;
    gap: 0.5em;
  }
  .choice {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0 0.5em;
    align-items: start;
  }
  .choice input {
    min-block-size: 1.5em;
    min-inline-size: 1.5em;
    margin: 0;
    margin-block-start: 0.1em;
  }
  .choice label {
    font-weight: 500;
  }
  .choice .hint {
    grid-column: 2;
  }
  .store {
    padding: 0.75em 1em;
    border-radius: var(--_radius);
    background: var(--_surface);
    font-size: 0.95em;
  }
  .store h3 {
    font-size: 1em;
    margin-block-end: 0.25em;
  }
  .fax {
    position: absolute;
    inset-inline-start: -10000px;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  .crisis {
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    padding: var(--_space);
    background: var(--_surface);
    display: grid;
    gap: 0.75em;
  }
  .crisis ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.75em;
  }
  .crisis .links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .crisis a,
  .button-link {
    display: inline-flex;
    align-items: center;
    min-block-size: 2.75em;
    padding-inline: 0.9em;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    text-decoration: none;
    font-weight: 600;
  }
  .warning {
    border: 2px solid var(--_border);
    border-inline-start: 0.5em solid var(--_danger);
    border-radius: var(--_radius);
    padding: var(--_space);
    background: var(--_warning-bg);
    display: grid;
    gap: 0.5em;
  }
  .warning ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .receipt-code {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    font-size: 1.6em;
    font-weight: 700;
    letter-spacing: 0.08em;
    padding: 0.5em 0.75em;
    border: 2px dashed var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    overflow-wrap: anywhere;
    user-select: all;
  }
  .notice {
    border: 1px solid var(--_border);
    border-inline-start: 0.5em solid var(--_accent);
    border-radius: var(--_radius);
    padding: var(--_space);
    background: var(--_surface);
    display: grid;
    gap: 0.5em;
  }
  .notice.refused {
    border-inline-start-color: var(--_danger);
  }
  .result {
    display: grid;
    gap: 0.5em;
  }
  .result dl {
    margin: 0;
    display: grid;
    gap: 0.25em;
  }
  .result dt {
    font-weight: 600;
  }
  .result dd {
    margin: 0;
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  .list {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    border-block-start: 1px solid var(--_border);
    padding-block-start: var(--_space);
  }
  .search {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: end;
  }
  .search .field {
    flex: 1 1 12em;
  }
  ol.qa {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.75em;
  }
  ol.qa article {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.75em 1em;
    display: grid;
    gap: 0.5em;
  }
  .qa .q,
  .qa .a {
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  .qa .q {
    font-weight: 600;
  }
  .badge {
    display: inline-block;
    padding: 0.1em 0.6em;
    border-radius: 999px;
    border: 1px solid currentColor;
    font-size: 0.85em;
    font-weight: 600;
  }
  .badge.clinician {
    color: var(--_accent);
  }
  .badge.peer {
    color: var(--_success);
  }
  .pager {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  @container (max-width: 24em) {
    .receipt-code {
      font-size: 1.25em;
    }
    .actions button,
    .actions .button-link {
      inline-size: 100%;
      justify-content: center;
    }
  }
  /* The honeypot off-screen in either writing direction without widening the page: a fixed box outside the viewport scrolls nothing. */
  .fax {
    position: fixed;
  }
`;
