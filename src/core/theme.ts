import {css} from 'lit';

/**
 * Theme tokens. Every colour is a `--peer-*` custom property with a light and a dark default chosen
 * through `light-dark()`: the host's `color-scheme` picks one, so `theme="auto"` follows
 * `prefers-color-scheme` and `light` / `dark` force it. The font is inherited from the host page.
 * Internal `--_*` variables are what element styles use; sites theme with `--peer-*`.
 */
export const themeStyles = css`
  :host {
    color-scheme: light dark;
    --_bg: var(--peer-color-bg, light-dark(#ffffff, #17181c));
    --_surface: var(--peer-color-surface, light-dark(#f5f6f8, #22242a));
    --_text: var(--peer-color-text, light-dark(#1f2328, #ececf1));
    --_muted: var(--peer-color-muted, light-dark(#545d68, #b0b6bf));
    --_border: var(--peer-color-border, light-dark(#8c959f, #6e7681));
    --_accent: var(--peer-color-accent, light-dark(#0b5cad, #8cc4ff));
    --_accent-text: var(--peer-color-accent-text, light-dark(#ffffff, #0b1526));
    --_danger: var(--peer-color-danger, light-dark(#b3261e, #ffb4ab));
    --_success: var(--peer-color-success, light-dark(#1a7f37, #7ee2a8));
    --_warning-bg: var(--peer-color-warning-bg, light-dark(#fff4d6, #3d3012));
    --_focus: var(--peer-color-focus, light-dark(#0b5cad, #8cc4ff));
    --_radius: var(--peer-radius, 0.5em);
    --_space: var(--peer-space, 1em);
    --_font: var(--peer-font, inherit);
    --_shadow: var(--peer-shadow, 0 1px 3px rgb(0 0 0 / 0.2));

    display: block;
    box-sizing: border-box;
    font: var(--_font);
    font-size: var(--peer-font-size, inherit);
    line-height: 1.5;
    color: var(--_text);
    background: var(--_bg);
    container-type: inline-size;
  }
  :host([hidden]) {
    display: none !important;
  }
  :host([data-theme='light']) {
    color-scheme: light;
  }
  :host([data-theme='dark']) {
    color-scheme: dark;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }
  button {
    min-block-size: 2.75em;
    min-inline-size: 2.75em;
    padding-block: 0.4em;
    padding-inline: 0.9em;
    border-radius: var(--_radius);
    border: 1px solid var(--_border);
    background: var(--_bg);
    cursor: pointer;
  }
  button.primary {
    background: var(--_accent);
    color: var(--_accent-text);
    border-color: var(--_accent);
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  input,
  select,
  textarea {
    min-block-size: 2.75em;
    padding-block: 0.4em;
    padding-inline: 0.6em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    max-inline-size: 100%;
  }
  a {
    color: var(--_accent);
  }
  /* A left-to-right field in a right-to-left widget (a receipt code): its text starts where the label does. */
  :host(:dir(rtl)) input[dir='ltr'] {
    text-align: right;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .state {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .state[role='alert'] {
    border-color: var(--_danger);
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }
`;
