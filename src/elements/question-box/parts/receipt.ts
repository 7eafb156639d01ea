/** What follows a question's sending: the receipt, "saved on this device", "this site cannot send questions yet". */
import {html, type TemplateResult} from 'lit';
import {renderKeepCode} from '../../../core/device.js';
import type {CodeViewProps} from '../../../controllers/outbox-write.js';
import type {QuestionBoxStrings} from '../../../locales/en/question-box.js';

export interface ReceiptProps extends CodeViewProps {
  s: QuestionBoxStrings;
  onCheckNow(): void;
  onAskAnother(): void;
}

export function renderReceipt(p: ReceiptProps): TemplateResult {
  const {s} = p;
  return html`<section class="panel" part="receipt" aria-labelledby="receipt-title">
    <h3 id="receipt-title" tabindex="-1">${s.receiptTitle}</h3>
    <p>${s.receiptIntro}</p>
    <p class="meta" id="receipt-label">${s.receiptLabel}</p>
    <p class="receipt-code" part="receipt-code"><span dir="ltr">${p.code ?? '—'}</span></p>
    <div class="actions">
      <button type="button" class="primary" @click=${p.onCopy}>${s.copy}</button>
      <button type="button" @click=${p.onSaveNote}>${s.saveNote}</button>
    </div>
    <p role="status">${p.copied === 'copied' ? s.copied : p.copied === 'failed' ? s.copyFailed : ''}</p>
    ${renderKeepCode(s, p.kept, p.onKeep)}
    <p>${s.comeBack}</p>
    <div class="actions">
      <button type="button" @click=${p.onCheckNow}>${s.checkNow}</button>
      <button type="button" @click=${p.onAskAnother}>${s.askAnother}</button>
    </div>
    ${p.forget}
  </section>`;
}

export interface WaitingProps {
  s: QuestionBoxStrings;
  onSendNow(): void;
  /** `blocked` only: "Delete my question from this device". */
  onDelete(): void;
}

/** Offline or the server down: kept on the device and sent when it can be. */
export function renderQueued({s, onSendNow}: WaitingProps): TemplateResult {
  return html`<section class="notice" aria-labelledby="queued-title">
    <h3 id="queued-title" tabindex="-1">${s.queuedTitle}</h3>
    <p>${s.queued}</p>
    <div class="actions"><button type="button" @click=${onSendNow}>${s.sendNow}</button></div>
  </section>`;
}

/** The browser refused the write while the server answers reads: no promise of a send that cannot happen. */
export function renderBlocked({s, onSendNow, onDelete}: WaitingProps): TemplateResult {
  return html`<section class="notice refused" role="alert" aria-labelledby="blocked-title">
    <h3 id="blocked-title" tabindex="-1">${s.blockedTitle}</h3>
    <p>${s.blocked}</p>
    <p>${s.blockedKept}</p>
    <div class="actions">
      <button type="button" @click=${onSendNow}>${s.sendNow}</button>
      <button type="button" @click=${onDelete}>${s.deleteQueued}</button>
    </div>
  </section>`;
}
