import {css} from 'lit';

export const styles = css`
  .base {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.75);
  }
  p {
    margin: 0;
  }
  h2,
  h3 {
    margin: 0;
    line-height: 1.25;
  }
  .crisis {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    padding: 0.6em var(--_space);
    border-radius: var(--_radius);
    background: var(--_warning-bg);
    border: 1px solid var(--_border);
  }
  .crisis ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .crisis a {
    display: inline-block;
    padding-block: 0.3em;
    font-weight: 700;
    color: var(--_text);
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0.6em 1em;
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.2em;
    min-inline-size: 0;
  }
  .grow {
    flex: 1 1 14em;
  }
  .field input,
  .field select {
    inline-size: 100%;
  }
  .checks,
  .near,
  .inline {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4em 0.8em;
  }
  .checks label {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    min-block-size: 2.75em;
  }
  .checks input {
    min-block-size: 0;
    inline-size: 1.25em;
    block-size: 1.25em;
    accent-color: var(--_accent);
  }
  .inline input {
    flex: 1 1 8em;
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em;
  }
  .count {
    font-weight: 600;
  }
  .notice:empty {
    display: none;
  }
  .skipped,
  .hint,
  .org,
  .verified {
    color: var(--_muted);
  }
  .skipped {
    font-size: 0.9em;
  }
  .list {
    display: grid;
    gap: 0.75em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .list > li {
    /* Off-screen cards skip layout and paint until scrolled near: keystrokes stay cheap. */
    content-visibility: auto;
    contain-intrinsic-size: auto 12em;
  }
  .card {
    display: flex;
    flex-direction: column;
    gap: 0.3em;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    overflow-wrap: anywhere;
  }
  .name {
    all: unset;
    cursor: pointer;
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    font-size: 1.1em;
    font-weight: 700;
    overflow-wrap: anywhere;
  }
  .name:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
  }
  .status {
    font-weight: 600;
  }
  .status.open {
    color: var(--_success);
  }
  .status.unknown {
    color: var(--_muted);
  }
  .alert {
    padding: 0.4em 0.6em;
    border-radius: var(--_radius);
    background: var(--_warning-bg);
  }
  .actions,
  .send {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4em 1em;
    margin-block-start: 0.3em;
  }
  .actions a,
  .send a {
    display: inline-flex;
    align-items: center;
    min-block-size: 2.75em;
    gap: 0.3em;
  }
  .send .hint {
    flex-basis: 100%;
    margin: 0;
  }
  .save[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_accent-text);
    border-color: var(--_accent);
  }
  .more {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: 0.5em;
    padding-block: 0.5em;
  }
  .sentinel {
    block-size: 1px;
  }
  .panel {
    display: flex;
    flex-direction: column;
    gap: 0.75em;
  }
  .panel-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .pre {
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  dialog {
    inline-size: min(44em, 100%);
    max-block-size: 100%;
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
    box-shadow: var(--_shadow);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  .dialog-body {
    display: flex;
    flex-direction: column;
    gap: 0.75em;
    padding: var(--_space);
  }
  /* Close and the quick exit stay in reach at the top of a long service, and never break mid-word. */
  .dialog-bar {
    position: sticky;
    inset-block-start: 0;
    z-index: 1;
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.5em;
    margin: calc(var(--_space) * -1) calc(var(--_space) * -1) 0;
    padding: var(--_space) var(--_space) 0.25em;
    background: var(--_bg);
  }
  .dialog-bar button {
    flex: none;
    white-space: nowrap;
  }
  .dialog-body section {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
  }
  .dialog-body h3 {
    font-size: 1em;
  }
  .dialog-body ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .hours th {
    text-align: start;
    padding-inline-end: 1em;
    font-weight: 600;
  }
  .report form {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.4em;
  }
  .report textarea {
    inline-size: 100%;
  }
  .failed {
    color: var(--_danger);
  }
  @container (max-width: 30em) {
    .filters > * {
      flex: 1 1 100%;
    }
  }
  @media print {
    .crisis,
    .filters,
    .bar,
    .no-print,
    .more,
    .skipped,
    .notice,
    dialog,
    .actions a[target] {
      display: none !important;
    }
    .card {
      break-inside: avoid;
      border-color: #000;
    }
    .name {
      color: #000;
      text-decoration: none;
    }
  }
  /* A long link (a website written out) breaks rather than widening the details at 320 px. */
  .dialog-body a {
    overflow-wrap: anywhere;
  }
`;
