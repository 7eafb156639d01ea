import {css} from 'lit';

export const shareStyles = css`
  :host {
    display: block;
    background: transparent;
  }
  .panel {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  h3 {
    margin-block: 0 0.75em;
    font-size: 1.25em;
  }
  h3:focus {
    outline: none;
  }
  h3:focus-visible {
    outline: 3px solid var(--_focus);
  }
  .guidance {
    margin-block: 0 1em;
    padding: 0.75em 1em;
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .guidance h4 {
    margin: 0 0 0.25em;
    font-size: 1em;
  }
  .guidance ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .guidance li + li {
    margin-block-start: 0.35em;
  }
  form {
    display: grid;
    gap: 1em;
  }
  .field {
    display: grid;
    gap: 0.25em;
  }
  .field > label,
  legend {
    font-weight: 600;
  }
  input[type='text'],
  input[type='number'],
  textarea {
    inline-size: 100%;
  }
  textarea {
    min-block-size: 12em;
    resize: vertical;
  }
  .hint,
  .counter {
    color: var(--_muted);
    font-size: 0.925em;
    margin: 0;
  }
  .error-text {
    color: var(--_danger);
    margin: 0;
    font-weight: 600;
  }
  [aria-invalid='true'] {
    border-color: var(--_danger);
    border-width: 2px;
  }
  .suggestion {
    margin: 0;
    padding: 0.5em 0.75em;
    border-inline-start: 4px solid var(--_accent);
    background: var(--_surface);
  }
  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    margin: 0;
    padding: 0.75em 1em;
    min-inline-size: 0;
    display: grid;
    gap: 0.25em;
  }
  .check {
    display: flex;
    gap: 0.6em;
    align-items: flex-start;
    min-block-size: 2.75em;
    padding-block: 0.5em;
  }
  .check input {
    inline-size: 1.25em;
    block-size: 1.25em;
    min-block-size: 0;
    margin: 0.15em 0 0;
    flex: none;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 1em;
  }
  .row .field {
    flex: 1 1 8em;
  }
  .preview {
    max-inline-size: 12em;
    border-radius: calc(var(--_radius) / 2);
  }
  .hp {
    position: absolute;
    inset-inline-start: -10000px;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
  }
  .problems {
    padding: 0.75em 1em;
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
  }
  .problems p {
    margin: 0;
    font-weight: 600;
  }
  .problems ul {
    margin-block: 0.25em 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  /* "Withdrawing…": keeps focus (a disabled button would drop it to <body>), pressing it does nothing. */
  button[aria-disabled='true'] {
    cursor: progress;
  }
  .confirm {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    padding: 0.75em;
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
    background: var(--_warning-bg);
  }
  .confirm p {
    margin: 0;
  }
  .code {
    display: block;
    margin-block: 0.5em;
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: clamp(1.25em, 6cqi, 2.25em);
    font-weight: 700;
    letter-spacing: 0.08em;
    overflow-wrap: anywhere;
    user-select: all;
  }
  .promise {
    font-weight: 600;
  }
  .status {
    margin: 0;
  }
  /* A file input is as wide as its button and "No file chosen": at 320 px the form's column stays
     the panel's width and the input shrinks to it. */
  form {
    grid-template-columns: minmax(0, 1fr);
  }
  input[type='file'] {
    inline-size: 100%;
  }
  /* The honeypot off-screen in either writing direction without widening the page: a fixed box outside the viewport scrolls nothing. */
  .hp {
    position: fixed;
  }
`;
