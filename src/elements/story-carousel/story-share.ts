import {html, type TemplateResult} from 'lit';
import {PeerElement} from '../../core/peer-element.js';
import {deviceStyles} from '../../core/device.js';
import {OutboxWriteController} from '../../controllers/outbox-write.js';
import {refusedByBrowser} from '../../sources/peerkit-api.js';
import {storiesUrl, storyBody, storyDraftOf, withdrawCodeOf, withdrawStory} from '../../sources/peerkit-stories-write.js';
import {storyCarousel as carouselStrings} from '../../locales/tables/story-carousel.js';
import {storyShare as strings} from '../../locales/tables/story-share.js';
import {CONTENT_WARNINGS, type ContentWarning} from '../../model/story.js';
import {isCompleteCode, normaliseCode} from '../../model/code.js';
import {LIMITS, dataUrlBytes, draftHasContent, emptyDraft, validateDraft, type DraftField, type DraftProblem, type StoryDraft} from '../../model/story-draft.js';
import {renderShareForm} from './parts/share-form.js';
import {renderShareBlocked, renderShareQueued, renderShareSent} from './parts/share-sent.js';
import {renderWithdraw, type WithdrawPhase} from './parts/share-withdraw.js';
import {shareStyles} from './story-share.styles.js';


/**
 * Resizes an image to a JPEG data URL of at most `maxBytes` (default 400 KB) with a canvas, so
 * large phone photos can be sent; transparency becomes white.
 */
export async function resizeImage(file: Blob, maxBytes: number = LIMITS.photoBytes, maxSide = 1600): Promise<string> {
  const bitmap = await createImageBitmap(file);
  try {
    let scale = Math.min(1, maxSide / Math.max(bitmap.width, bitmap.height));
    for (let round = 0; round < 8; round++) {
      const w = Math.max(1, Math.round(bitmap.width * scale));
      const h = Math.max(1, Math.round(bitmap.height * scale));
      const canvas = document.createElement('canvas');
      canvas.width = w;
      canvas.height = h;
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('no canvas');
      ctx.fillStyle = '#fff';
      ctx.fillRect(0, 0, w, h);
      ctx.drawImage(bitmap, 0, 0, w, h);
      for (const q of [0.85, 0.72, 0.6]) {
        const url = canvas.toDataURL('image/jpeg', q);
        if (url.startsWith('data:image/jpeg') && dataUrlBytes(url) <= maxBytes) return url;
      }
      scale *= 0.7;
    }
    throw new Error('image too large');
  } finally {
    bitmap.close();
  }
}

/**
 * The "share your story" and "withdraw a story" forms of `<peer-story-carousel>`, loaded only when a
 * visitor asks for them. Usable alone inside any page that has a peerkit server (its own `api`, or
 * `<peer-config api>`). The story goes through the outbox as the question box's questions do
 * (`OutboxWriteController`): kept on the device until sent exactly once, the draft kept as it is
 * typed, the withdrawal code shown for this visit unless the visitor keeps it on this device.
 *
 * @tagname peer-story-share
 * @summary Form to share a peer recovery story with specific consent, or to withdraw one with its code.
 *
 * @fires peer-story-submit - The story was stored in the outbox for sending; `detail: {id}`.
 * @fires peer-story-withdrawn - A story was withdrawn with its code.
 * @fires peer-story-close - The visitor closed the form or finished.
 *
 * @csspart panel - The form's panel.
 * @csspart code - The withdrawal code shown after sending.
 * @csspart draft-notice - "What you wrote here last time was kept on this device", with "Discard draft".
 *
 * @cssproperty --peer-color-accent - Accent colour.
 * @cssproperty --peer-color-danger - Colour of problems.
 */
export class PeerStoryShare extends PeerElement {
  static override styles = [...PeerElement.styles, deviceStyles, shareStyles];

  static override properties = {
    ...PeerElement.properties,
    api: {type: String},
    mode: {type: String},
    problems: {state: true, attribute: false},
    photoError: {state: true, attribute: false},
    withdrawCode: {state: true, attribute: false},
    withdrawPhase: {state: true, attribute: false},
  };

  /** Base URL of the peerkit server; otherwise from `<peer-config api>`. */
  declare api: string | undefined;
  /** `share` (default) or `withdraw`. */
  declare mode: 'share' | 'withdraw';

  /** What stops the story from being sent, by field (shown after "Share my story"). */
  declare private problems: Partial<Record<DraftField, DraftProblem>>;
  declare private photoError: boolean;
  declare private withdrawCode: string;
  declare private withdrawPhase: WithdrawPhase;

  private readonly write = new OutboxWriteController<StoryDraft>(this, {
    kind: 'story',
    what: 'stories',
    url: () => this.apiBase && storiesUrl(this.apiBase),
    draftKey: (url) => `story:draft:${url}`,
    empty: emptyDraft,
    hasContent: draftHasContent,
    draftOf: storyDraftOf,
    codeOf: withdrawCodeOf,
    writing: () => this.mode === 'share',
    // The button the visitor pressed is gone: focus goes to the heading of what replaced it, or to the refusal.
    moved: (to) => this.focusLater(to === 'refused' ? '.refusal' : 'h3'),
  });

  constructor() {
    super();
    this.mode = 'share';
    this.problems = {};
    this.photoError = false;
    this.withdrawCode = '';
    this.withdrawPhase = 'idle';
  }

  private get s() {
    return this.i18n.pick(strings);
  }

  /** The API base in force: own `api`, then `<peer-config api>`. */
  private get apiBase(): string | undefined {
    return this.api || this.config.api || undefined;
  }

  /** Moves focus to the form's heading (when the visitor opened it). */
  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('h3')?.focus();
  }

  /** Resolves once the current draft is stored (tests, and hosts about to navigate). */
  flushDraft(): Promise<void> {
    return this.write.flushDraft();
  }

  private focusLater(selector: string) {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(selector)?.focus());
  }

  // --- sharing ---------------------------------------------------------------------------------

  private change(patch: Partial<StoryDraft>): void {
    this.write.edit(patch);
    if (Object.keys(this.problems).length) {
      // Problems go as they are fixed; new ones only appear on "Share my story".
      const now = validateDraft(this.write.draft);
      this.problems = Object.fromEntries(Object.keys(this.problems).flatMap((k) => (now[k as DraftField] ? [[k, now[k as DraftField]]] : [])));
    }
  }

  private async onPhoto(e: Event): Promise<void> {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    this.photoError = false;
    if (!file) return;
    try {
      const dataUrl = await resizeImage(file);
      this.change({photo: {dataUrl, alt: this.write.draft.photo?.alt ?? ''}});
    } catch (err) {
      this.log.warn('photo', err);
      this.photoError = true;
      input.value = '';
    }
  }

  private onWarning(w: ContentWarning, on: boolean): void {
    const set = new Set(this.write.draft.warnings);
    if (on) set.add(w);
    else set.delete(w);
    this.change({warnings: CONTENT_WARNINGS.filter((x) => set.has(x))});
  }

  private async submit(e: Event): Promise<void> {
    e.preventDefault();
    if (this.write.phase !== 'form') return;
    this.problems = validateDraft(this.write.draft);
    if (Object.keys(this.problems).length) {
      this.focusLater('.problems');
      return;
    }
    const fax = this.renderRoot.querySelector<HTMLInputElement>('#f-fax')?.value ?? '';
    const item = await this.write.send(storyBody(this.write.draft, this.locale.lang, fax));
    if (item) this.emit('peer-story-submit', {id: item.id});
  }

  /** Why the server did not take the story, in its words when it gave some. */
  private get refusal(): string | undefined {
    const r = this.write.refusal;
    if (!r) return undefined;
    const message = (r.body as {message?: unknown} | undefined)?.message;
    return typeof message === 'string' && message ? this.s.refused(message) : this.s.refusedGeneric;
  }

  // --- withdrawing -----------------------------------------------------------------------------

  private async withdraw(e: Event): Promise<void> {
    e.preventDefault();
    if (this.withdrawPhase === 'sending') return;
    const code = normaliseCode(this.withdrawCode);
    if (!isCompleteCode(code)) {
      this.withdrawPhase = 'incomplete';
      return;
    }
    // Withdrawing deletes the story for good: ask once before doing it.
    if (this.withdrawPhase !== 'confirm') {
      this.withdrawPhase = 'confirm';
      this.focusLater('#withdraw-confirm-text');
      return;
    }
    const api = this.apiBase ?? '';
    this.withdrawPhase = 'sending';
    // "Yes, withdraw it" is gone: focus goes to the form's button ("Withdrawing…"), never to <body>.
    this.focusLater('button.withdraw-submit');
    const r = await withdrawStory(api, code);
    // Refused by the browser while the server answers reads: not "check your connection".
    this.withdrawPhase = r.result === 'error' && (await refusedByBrowser(api, r.error, 'withdrawals')) ? 'blocked' : r.result;
    if (r.result === 'withdrawn') {
      this.withdrawCode = '';
      this.emit('peer-story-withdrawn');
    }
  }

  // --- rendering -------------------------------------------------------------------------------

  protected override render() {
    const s = this.lazyT(strings);
    if (!s) return this.renderLoading();
    if (!this.apiBase) return html`<div class="panel" part="panel"><p>${s.noApi}</p></div>`;
    return html`<div class="panel" part="panel">${this.mode === 'withdraw' ? this.renderWithdraw() : this.renderShare()}</div>`;
  }

  private renderShare(): TemplateResult {
    const {s, write: w} = this;
    const forget = w.forget.render(this.coreText.forget, this.i18n);
    const close = () => this.emit('peer-story-close');
    const waiting = {s, onSendNow: () => void w.sendNow(), onDelete: () => void w.deleteQueued().then(() => this.focusHeading())};
    switch (w.phase) {
      case 'sent':
        return renderShareSent({
          s,
          ...w.codeView(s.noteText, s.noteFile),
          forget,
          // Closed first: the carousel puts focus back on "Share your story" while it is still on "Done".
          onDone: () => (close(), void w.finish()),
        });
      case 'queued':
        return renderShareQueued(waiting);
      case 'blocked':
        return renderShareBlocked(waiting);
      default:
        return renderShareForm({
          s,
          warningNames: this.i18n.pick(carouselStrings).warning,
          draft: w.draft,
          problems: this.problems,
          sending: w.phase === 'sending',
          draftRestored: w.draftRestored,
          refusal: this.refusal,
          photoError: this.photoError,
          forget,
          onChange: (patch) => this.change(patch),
          onWarning: (warning, on) => this.onWarning(warning, on),
          onPhoto: (e) => void this.onPhoto(e),
          onSubmit: (e) => void this.submit(e),
          onClose: close,
          onDiscardDraft: () => void w.discardDraft().then(() => this.focusLater('#f-title')),
        });
    }
  }

  private renderWithdraw(): TemplateResult {
    return renderWithdraw({
      s: this.s,
      phase: this.withdrawPhase,
      code: this.withdrawCode,
      errorNetwork: this.coreText.errorNetwork,
      onCode: (code) => {
        this.withdrawCode = code;
        if (this.withdrawPhase === 'confirm') this.withdrawPhase = 'idle';
      },
      onSubmit: (e) => void this.withdraw(e),
      onKeep: () => ((this.withdrawPhase = 'idle'), this.focusLater('button.withdraw-submit')),
      onClose: () => this.emit('peer-story-close'),
    });
  }
}
