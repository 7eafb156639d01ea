/** "Withdraw a story": the code, one "This cannot be undone" question, and what came of it. */
import {html, type TemplateResult} from 'lit';
import {renderCodeField} from '../../../core/code-field.js';
import type {ShareStrings} from './share-form.js';

export type WithdrawPhase = 'idle' | 'confirm' | 'sending' | 'withdrawn' | 'not-found' | 'error' | 'blocked' | 'incomplete';

export interface WithdrawProps {
  s: ShareStrings;
  phase: WithdrawPhase;
  code: string;
  /** The words for a network failure (`coreText.errorNetwork`). */
  errorNetwork: string;
  onCode(code: string): void;
  onSubmit(e: Event): void;
  /** "No, keep my story". */
  onKeep(): void;
  onClose(): void;
}

export function renderWithdraw(p: WithdrawProps): TemplateResult {
  const {s, phase: ph} = p;
  const messages: Partial<Record<WithdrawPhase, string>> = {withdrawn: s.withdrawn, 'not-found': s.notFound, incomplete: s.codeIncomplete, error: p.errorNetwork, blocked: s.withdrawBlocked};
  const bad = ph === 'not-found' || ph === 'incomplete' || ph === 'error' || ph === 'blocked';
  return html`<h3 tabindex="-1">${s.withdrawHeading}</h3>
    <p>${s.withdrawIntro}</p>
    <form novalidate @submit=${p.onSubmit}>
      ${renderCodeField({id: 'f-code', name: 'withdraw_code', className: 'code-input', label: s.codeInput, hint: s.codeHint, value: p.code, invalid: bad, input: p.onCode})}
      ${ph === 'confirm'
        ? html`<div class="confirm" role="group" aria-labelledby="withdraw-confirm-text">
            <p id="withdraw-confirm-text" tabindex="-1"><strong>${s.withdrawConfirm}</strong></p>
            <div class="actions">
              <button type="submit" class="primary withdraw-confirm">${s.withdrawConfirmYes}</button>
              <button type="button" class="withdraw-keep" @click=${p.onKeep}>${s.withdrawConfirmNo}</button>
            </div>
          </div>`
        : html`<div class="actions">
            <button type="submit" class="primary withdraw-submit" aria-disabled=${ph === 'sending' ? 'true' : 'false'}>${ph === 'sending' ? s.withdrawing : s.withdrawSubmit}</button>
            <button type="button" class="close" @click=${p.onClose}>${s.close}</button>
          </div>`}
    </form>
    <p class="status withdraw-result ${bad ? 'error-text' : ''}" role="status">${messages[ph] ?? ''}</p>`;
}
