import {css} from 'lit';

export const styles = css`
  .desk {
    display: grid;
    gap: var(--_space);
  }
  h2,
  h3 {
    margin: 0;
    line-height: 1.25;
  }
  h2 {
    font-size: 1.35em;
  }
  h3 {
    font-size: 1.1em;
  }
  p {
    margin: 0;
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  header.top {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: center;
    justify-content: space-between;
  }
  form,
  .panel {
    display: grid;
    gap: 0.75em;
  }
  input[type='password'],
  select {
    inline-size: 100%;
    max-inline-size: 28em;
  }
  textarea {
    min-block-size: 6em;
  }
  .meta {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
  }
  .error-text {
    color: var(--_danger);
    font-weight: 600;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: end;
  }
  ol.items {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.75em;
  }
  article {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.75em 1em;
    display: grid;
    gap: 0.6em;
  }
  article.urgent {
    border: 2px solid var(--_danger);
    border-inline-start-width: 0.5em;
  }
  .badge {
    display: inline-block;
    padding: 0.1em 0.6em;
    border-radius: 999px;
    border: 1px solid currentColor;
    font-size: 0.85em;
    font-weight: 600;
  }
  .badge.urgent {
    color: var(--_bg);
    background: var(--_danger);
    border-color: var(--_danger);
  }
  .text {
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.4em 0.8em 0.6em;
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
  }
  fieldset legend {
    padding-inline: 0.25em;
  }
  .check {
    display: inline-flex;
    gap: 0.4em;
    align-items: center;
    min-block-size: 2.75em;
  }
  .check input {
    min-block-size: 1.25em;
    min-inline-size: 1.25em;
    margin: 0;
  }
  .check label {
    font-weight: 500;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  .notice {
    padding: 0.5em 0.75em;
    border-radius: var(--_radius);
    background: var(--_surface);
    border-inline-start: 0.4em solid var(--_success);
  }
  .notice.bad {
    border-inline-start-color: var(--_danger);
  }
  .table-wrap {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.5em;
  }
  th,
  td {
    text-align: start;
    padding: 0.4em 0.6em;
    border-block-end: 1px solid var(--_border);
    overflow-wrap: anywhere;
  }
  .live {
    min-block-size: 1.5em;
  }
  figure.photo {
    display: grid;
    gap: 0.25em;
    margin: 0;
  }
  figure.photo img {
    display: block;
    max-inline-size: min(100%, 24em);
    block-size: auto;
    border-radius: var(--_radius);
  }
  details.edit {
    display: grid;
    gap: 0.5em;
  }
  details.edit summary {
    cursor: pointer;
    font-weight: 600;
    min-block-size: 2.75em;
    display: flex;
    align-items: center;
  }
  details.edit[open] {
    padding-block-end: 0.5em;
  }
  details.edit input[type='text'] {
    inline-size: 100%;
    max-inline-size: 32em;
  }
`;
