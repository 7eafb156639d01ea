import {html, nothing, type TemplateResult} from 'lit';

export interface StateProps {
  kind: 'empty' | 'error';
  message: string;
  /** `status` or `alert` when it should be announced as it appears. */
  role?: 'status' | 'alert';
}

/** A message in place of the stories (nothing shared yet, all hidden, no address given). */
export function renderState({kind, message, role}: StateProps): TemplateResult {
  return html`<div class="state ${kind}" part=${kind} role=${role ?? nothing}><p>${message}</p></div>`;
}
