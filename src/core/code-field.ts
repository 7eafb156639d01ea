/**
 * The field a visitor types a code into (a receipt code to check an answer, a withdrawal code):
 * label, hint, and a text input that does not autocomplete, capitalise or spell-check what is typed.
 * A code is Latin letters and digits in groups (`K7QH-M3XD-…`): the input is left to right in every
 * language (a group that starts with a digit would otherwise jump in an Arabic line); in a
 * right-to-left widget its text sits on the right, where the label starts (the theme's styles).
 * The question box's "Check my answer" and the story form's "Withdraw my story" share it.
 */
import {html, type TemplateResult} from 'lit';

export interface CodeFieldProps {
  id: string;
  name: string;
  label: string;
  hint: string;
  value: string;
  invalid: boolean;
  /** Ids of what describes the field besides its hint (an error message). */
  describedBy?: string;
  className?: string;
  input: (value: string) => void;
}

export function renderCodeField(p: CodeFieldProps): TemplateResult {
  const hint = `${p.id}-hint`;
  return html`<div class="field">
    <label for=${p.id}>${p.label}</label>
    <span class="hint" id=${hint}>${p.hint}</span>
    <input
      type="text"
      dir="ltr"
      id=${p.id}
      class=${p.className ?? ''}
      name=${p.name}
      autocomplete="off"
      autocapitalize="characters"
      spellcheck="false"
      aria-describedby=${p.describedBy ? `${hint} ${p.describedBy}` : hint}
      aria-invalid=${p.invalid ? 'true' : 'false'}
      .value=${p.value}
      @input=${(e: Event) => p.input((e.target as HTMLInputElement).value)}
    />
  </div>`;
}

