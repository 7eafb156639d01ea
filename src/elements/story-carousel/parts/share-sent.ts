/** What follows a story's sending: the withdrawal code, "saved on this device", "this site cannot send stories yet". */
import {html, type TemplateResult} from 'lit';
import {renderKeepCode} from '../../../core/device.js';
import type {CodeViewProps} from '../../../controllers/outbox-write.js';
import type {ShareStrings} from './share-form.js';

export interface ShareSentProps extends CodeViewProps {
  s: ShareStrings;
  /** "I have saved my code" (or "Close" when the server sent none). */
  onDone(): void;
}

export function renderShareSent(p: ShareSentProps): TemplateResult {
  const {s} = p;
  return html`<h3 tabindex="-1">${s.thanksHeading}</h3>
    <p role="status">${s.thanks}</p>
    ${p.code
      ? html`<p class="code-label">${s.codeLabel}</p>
          <output class="code" part="code"><span dir="ltr">${p.code}</span></output>
          <p class="promise">${s.codePromise}</p>
          <div class="actions">
            <button type="button" class="copy" @click=${p.onCopy}>${s.copy}</button>
            <button type="button" class="save-note" @click=${p.onSaveNote}>${s.saveNote}</button>
            <button type="button" class="primary done" @click=${p.onDone}>${s.done}</button>
          </div>
          <p class="status" role="status">${p.copied === 'copied' ? s.copied : p.copied === 'failed' ? s.copyFailed : ''}</p>
          ${renderKeepCode(s, p.kept, p.onKeep)}`
      : html`<div class="actions"><button type="button" class="primary done" @click=${p.onDone}>${s.close}</button></div>`}
    ${p.forget}`;
}

export interface ShareWaitingProps {
  s: ShareStrings;
  onSendNow(): void;
  /** `blocked` only: "Delete my story from this device". */
  onDelete(): void;
}

/** Offline or the server down: kept on the device and sent when it can be. */
export function renderShareQueued({s, onSendNow}: ShareWaitingProps): TemplateResult {
  return html`<h3 tabindex="-1">${s.shareHeading}</h3>
    <p class="status" role="status">${s.queued}</p>
    <div class="actions"><button type="button" class="send-now" @click=${onSendNow}>${s.sendNow}</button></div>`;
}

/** The browser refused the write while the server answers reads: no promise of a send that cannot happen. */
export function renderShareBlocked({s, onSendNow, onDelete}: ShareWaitingProps): TemplateResult {
  return html`<h3 tabindex="-1">${s.blockedHeading}</h3>
    <div class="problems blocked" role="alert">
      <p>${s.blocked}</p>
      <p>${s.blockedKept}</p>
    </div>
    <div class="actions">
      <button type="button" class="send-now" @click=${onSendNow}>${s.sendNow}</button>
      <button type="button" class="delete-queued" @click=${onDelete}>${s.deleteQueued}</button>
    </div>`;
}
