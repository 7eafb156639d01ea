import {html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {PeerElement} from '../../core/peer-element.js';
import {apiUrl} from '../../core/fetch.js';
import {Outbox, answeringChallenge, type OutboxItem, type Preparer} from '../../core/outbox.js';
import type {Tables} from '../../core/i18n.js';
import {failedWriteState, peerkitPreparer, fetchFormToken, formTokenReady, refusedByBrowser} from '../../sources/peerkit-api.js';
import {deviceStyles, ForgetController, keptCodeKey, renderDraftNotice, renderKeepCode} from '../../core/device.js';
import {withdrawCodeOf, withdrawStory} from '../../sources/peerkit-stories.js';
import {storyCarousel as enCarousel} from '../../locales/en/story-carousel.js';
import {storyCarousel as esCarousel} from '../../locales/es/story-carousel.js';
import {storyShare as en} from '../../locales/en/story-share.js';
import {storyShare as es} from '../../locales/es/story-share.js';
import {CONSENT_DURATIONS, CONTENT_WARNINGS, type ContentWarning, type ConsentDuration} from '../../model/story.js';
import {
  LIMITS,
  dataUrlBytes,
  draftHasContent,
  draftRecoveryMonths,
  emptyDraft,
  isCompleteCode,
  mentionsFellowship,
  normaliseCode,
  submissionBody,
  suggestsPseudonym,
  validateDraft,
  type DraftField,
  type DraftProblem,
  type StoryDraft,
} from '../../model/story-draft.js';
import {shareStyles} from './story-share.styles.js';

const strings: Tables<typeof en> = {en, es};
const carouselStrings: Tables<typeof enCarousel> = {en: enCarousel, es: esCarousel};

/** How long to hold a form token when its server does not say how long (`min_submit_ms`). */
const TOKEN_MIN_AGE_MS = 2100;

/**
 * The outbox preparer for stories: `peerkitPreparer` (form token, proof of work), plus a pause when
 * it had to fetch a fresh token, as long as the server asked, so a story sent later (it was written
 * offline) is not refused as too fast.
 */
export function storyPreparer(api: string): Preparer {
  const base = peerkitPreparer(api);
  return async (item) => {
    const body = await base(item);
    if (typeof body.form_token === 'string' && body.form_token !== item.body.form_token) await formTokenReady(body.form_token, {fetchedAt: Date.now(), ms: TOKEN_MIN_AGE_MS});
    return body;
  };
}

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

type Phase = 'form' | 'sending' | 'queued' | 'blocked' | 'done';
type WithdrawPhase = 'idle' | 'confirm' | 'sending' | 'withdrawn' | 'not-found' | 'error' | 'blocked' | 'incomplete';

/**
 * The "share your story" and "withdraw a story" forms of `<peer-story-carousel>`, loaded only when a
 * visitor asks for them. Usable alone inside any page that has a peerkit server.
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
    _draft: {state: true, attribute: false},
    _problems: {state: true, attribute: false},
    _phase: {state: true, attribute: false},
    _code: {state: true, attribute: false},
    _refusal: {state: true, attribute: false},
    _copyStatus: {state: true, attribute: false},
    _photoError: {state: true, attribute: false},
    _withdrawCode: {state: true, attribute: false},
    _withdrawPhase: {state: true, attribute: false},
    _draftRestored: {state: true, attribute: false},
    _keptCode: {state: true, attribute: false},
  };

  /** Base URL of the peerkit server. */
  declare api: string | undefined;
  /** `share` (default) or `withdraw`. */
  declare mode: 'share' | 'withdraw';

  declare private _draft: StoryDraft;
  declare private _problems: Partial<Record<DraftField, DraftProblem>>;
  declare private _phase: Phase;
  declare private _code: string | undefined;
  declare private _refusal: string | undefined;
  declare private _copyStatus: string;
  declare private _photoError: boolean;
  declare private _withdrawCode: string;
  declare private _withdrawPhase: WithdrawPhase;
  /** The form holds a draft saved on an earlier visit. */
  declare private _draftRestored: boolean;
  /** The visitor chose to keep the withdrawal code on this device. */
  declare private _keptCode: boolean;

  private _fax = '';
  private _token?: string;
  private _tokenAt = 0;
  private _itemId?: string;
  private _unsubscribe?: () => void;
  private _saveTimer?: ReturnType<typeof setTimeout>;
  private _initFor?: string;
  /** "Forget this device" here or in another widget: the draft and the code go; a story still queued stays. */
  private readonly _forget = new ForgetController(this, () => {
    if (this._phase !== 'form' && this._phase !== 'done') return;
    clearTimeout(this._saveTimer);
    this._saveTimer = undefined;
    this._reset();
  });

  constructor() {
    super();
    this.mode = 'share';
    this._draft = emptyDraft();
    this._problems = {};
    this._phase = 'form';
    this._copyStatus = '';
    this._photoError = false;
    this._withdrawCode = '';
    this._withdrawPhase = 'idle';
    this._draftRestored = false;
    this._keptCode = false;
  }

  private get _s() {
    return this.t(strings);
  }

  private get _postUrl(): string {
    return apiUrl(this.api ?? '', 'v1/stories');
  }

  private get _draftKey(): string {
    return `story:draft:${this._postUrl}`;
  }

  private get _keptKey(): string {
    return keptCodeKey('story', this._postUrl);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._unsubscribe?.();
    this._unsubscribe = undefined;
    this._initFor = undefined;
    if (this._saveTimer) {
      clearTimeout(this._saveTimer);
      void this._saveDraft();
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.api && this.mode === 'share' && this._initFor !== this.api) {
      this._initFor = this.api;
      void this._init();
    }
  }

  /**
   * Restores a draft (with a notice), a story sent from this device whose code was never shown
   * (shown once), one waiting to be sent, or a code the visitor chose to keep; and gets a form token.
   */
  private async _init(): Promise<void> {
    const api = this.api!;
    const box = Outbox.shared();
    box.setPreparer('story', storyPreparer(api));
    this._unsubscribe?.();
    this._unsubscribe = box.subscribe((item) => this._onItem(item));
    void this._refreshToken();
    try {
      const [draft, items, kept] = await Promise.all([box.loadDraft<StoryDraft>(this._draftKey), box.list('story'), box.loadDraft<{code?: string}>(this._keptKey)]);
      if (draft && typeof draft === 'object' && draftHasContent(draft)) {
        this._draft = {...emptyDraft(), ...draft};
        this._draftRestored = true;
      }
      const mine = items.filter((i) => i.url === this._postUrl);
      const outstanding = mine.find((i) => i.status === 'sent') ?? mine.find((i) => i.status === 'pending') ?? mine.find((i) => i.status === 'failed');
      if (outstanding) {
        this._itemId = outstanding.id;
        this._onItem(outstanding);
        if (outstanding.status === 'pending') void box.flush();
      } else if (kept?.code && this._phase === 'form') {
        this._code = kept.code;
        this._keptCode = true;
        this._phase = 'done';
      }
    } catch (err) {
      this.log.warn('outbox unavailable', err);
    }
  }

  private async _refreshToken(): Promise<void> {
    if (!this.api) return;
    this._tokenAt = Date.now();
    this._token = await fetchFormToken(this.api);
  }

  private _onItem(item: OutboxItem): void {
    if (!this._itemId || item.id !== this._itemId) return;
    if (item.status === 'sent') {
      // Shown for this page view only: the sent item (and with it the code) leaves the device now.
      this._code = withdrawCodeOf(item.result);
      this._phase = 'done';
      this._draft = emptyDraft();
      this._draftRestored = false;
      this._keptCode = false;
      void Outbox.shared().clearDraft(this._draftKey);
      void Outbox.shared().remove(item.id).catch(() => undefined);
    } else if (item.status === 'failed') {
      const body = item.error?.body as {message?: unknown} | undefined;
      this._refusal = typeof body?.message === 'string' && body.message ? this._s.refused(body.message) : this._s.refusedGeneric;
      this._phase = 'form';
      this._itemId = undefined;
      void Outbox.shared().remove(item.id);
      void this._refreshToken();
    } else if (item.attempts > 0 && (item.error?.body as {error?: unknown} | undefined)?.error !== 'too_fast' && !answeringChallenge(item)) {
      void this._afterFailedAttempt(item);
    } else {
      this._phase = 'sending';
    }
  }

  /** "Saved, sent when the connection is back" only when that can happen (see `failedWriteState`). */
  private async _afterFailedAttempt(item: OutboxItem): Promise<void> {
    const state = this.api ? await failedWriteState(this.api, item, 'stories') : 'queued';
    if (this._itemId === item.id && (this._phase === 'sending' || this._phase === 'queued' || this._phase === 'blocked')) this._phase = state;
  }

  /** An empty form, nothing of the last story or its code on screen. */
  private _reset(): void {
    this._draft = emptyDraft();
    this._draftRestored = false;
    this._keptCode = false;
    this._code = undefined;
    this._itemId = undefined;
    this._problems = {};
    this._refusal = undefined;
    this._phase = 'form';
  }

  private async _discardDraft(): Promise<void> {
    clearTimeout(this._saveTimer);
    this._saveTimer = undefined;
    this._reset();
    await Outbox.shared().clearDraft(this._draftKey).catch(() => undefined);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#f-title')?.focus();
  }

  private _keep(keep: boolean): void {
    this._keptCode = keep;
    const box = Outbox.shared();
    void (keep && this._code ? box.saveDraft(this._keptKey, {code: this._code}) : box.clearDraft(this._keptKey)).catch((err) => this.log.warn('could not keep the code', err));
  }

  /** A blocked story: the visitor takes it off the device, with its draft (else a reload brings the text back). */
  private async _deleteQueued(): Promise<void> {
    const id = this._itemId;
    clearTimeout(this._saveTimer);
    this._saveTimer = undefined;
    this._reset();
    await Outbox.shared().clearDraft(this._draftKey).catch(() => undefined);
    if (id) await Outbox.shared().remove(id).catch(() => undefined);
    await this.updateComplete;
    this.focusHeading();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // The button the visitor pressed is gone: take focus to the new content's heading.
    const before = changed.get('_phase') as Phase | undefined;
    if (changed.has('_phase') && before !== undefined && (this._phase === 'done' || this._phase === 'queued' || this._phase === 'blocked')) this.focusHeading();
  }

  /** Moves focus to the form's heading (when the visitor opened it). */
  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('h3')?.focus();
  }

  // --- editing ---------------------------------------------------------------------------------

  private _update(patch: Partial<StoryDraft>): void {
    this._draft = {...this._draft, ...patch};
    if (Object.keys(this._problems).length) {
      const now = validateDraft(this._draft);
      // Clear problems as they are fixed; new ones only appear on submit.
      const kept: typeof now = {};
      for (const k of Object.keys(this._problems) as DraftField[]) if (now[k]) kept[k] = now[k];
      this._problems = kept;
    }
    clearTimeout(this._saveTimer);
    this._saveTimer = setTimeout(() => void this._saveDraft(), 400);
  }

  private async _saveDraft(): Promise<void> {
    this._saveTimer = undefined;
    try {
      await Outbox.shared().saveDraft(this._draftKey, this._draft);
    } catch (err) {
      this.log.warn('could not save the draft', err);
    }
  }

  /** Resolves once the current draft is stored (tests, and hosts about to navigate). */
  async flushDraft(): Promise<void> {
    if (this._saveTimer) {
      clearTimeout(this._saveTimer);
      await this._saveDraft();
    }
  }

  private async _onPhoto(e: Event): Promise<void> {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    this._photoError = false;
    if (!file) return;
    try {
      const dataUrl = await resizeImage(file);
      this._update({photo: {dataUrl, alt: this._draft.photo?.alt ?? ''}});
    } catch (err) {
      this.log.warn('photo', err);
      this._photoError = true;
      input.value = '';
    }
  }

  private _toggleWarning(w: ContentWarning, on: boolean): void {
    const set = new Set(this._draft.warnings);
    if (on) set.add(w);
    else set.delete(w);
    this._update({warnings: CONTENT_WARNINGS.filter((x) => set.has(x))});
  }

  // --- sending ---------------------------------------------------------------------------------

  private async _submit(e: Event): Promise<void> {
    e.preventDefault();
    if (this._phase !== 'form') return;
    this._refusal = undefined;
    const problems = validateDraft(this._draft);
    this._problems = problems;
    if (Object.keys(problems).length) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.problems')?.focus();
      return;
    }
    this._phase = 'sending';
    this._draftRestored = false;
    await this.flushDraft();
    await formTokenReady(this._token, {fetchedAt: this._tokenAt, ms: TOKEN_MIN_AGE_MS});
    const body: Record<string, unknown> = {...submissionBody(this._draft, this.locale.lang), fax: this._fax};
    if (this._token) body.form_token = this._token;
    try {
      const box = Outbox.shared();
      const item = await box.enqueue('story', this._postUrl, body);
      this._itemId = item.id;
      this.emit('peer-story-submit', {id: item.id});
      const now = await box.get(item.id);
      if (now) this._onItem(now);
    } catch (err) {
      this.log.warn('could not store the story', err);
      this._phase = 'form';
      this._refusal = this._s.refusedGeneric;
    }
  }

  private async _sendNow(): Promise<void> {
    if (this._itemId) await Outbox.shared().retryNow(this._itemId);
  }

  private async _finish(): Promise<void> {
    if (this._itemId) await Outbox.shared().remove(this._itemId);
    if (this._keptCode) this._keep(false);
    this._reset();
    this.emit('peer-story-close');
  }

  private async _copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this._code ?? '');
      this._copyStatus = this._s.copied;
    } catch {
      this._copyStatus = this._s.copyFailed;
    }
  }

  private _saveNote(): void {
    const s = this._s;
    const blob = new Blob([s.noteText(this._code ?? '', location.href)], {type: 'text/plain'});
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = s.noteFile;
    a.rel = 'noopener';
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  private async _withdraw(e: Event): Promise<void> {
    e.preventDefault();
    if (this._withdrawPhase === 'sending') return;
    const code = normaliseCode(this._withdrawCode);
    if (!isCompleteCode(code)) {
      this._withdrawPhase = 'incomplete';
      return;
    }
    // Withdrawing deletes the story for good: ask once before doing it.
    if (this._withdrawPhase !== 'confirm') {
      this._withdrawPhase = 'confirm';
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#withdraw-confirm-text')?.focus();
      return;
    }
    this._withdrawPhase = 'sending';
    // "Yes, withdraw it" is gone: focus goes to the form's button ("Withdrawing…"), never to <body>.
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('button.withdraw-submit')?.focus());
    const r = await withdrawStory(this.api ?? '', code);
    // Refused by the browser while the server answers reads: not "check your connection".
    this._withdrawPhase = r.result === 'error' && (await refusedByBrowser(this.api ?? '', r.error, 'withdrawals')) ? 'blocked' : r.result;
    if (r.result === 'withdrawn') {
      this._withdrawCode = '';
      this.emit('peer-story-withdrawn');
    }
  }

  private _keepStory = async () => {
    this._withdrawPhase = 'idle';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('button.withdraw-submit')?.focus();
  };

  // --- rendering -------------------------------------------------------------------------------

  protected override render() {
    const s = this._s;
    if (!this.api) return html`<div class="panel" part="panel"><p>${s.noApi}</p></div>`;
    return html`<div class="panel" part="panel">${this.mode === 'withdraw' ? this._renderWithdraw() : this._renderShare()}</div>`;
  }

  private _heading(text: string): TemplateResult {
    return html`<h3 tabindex="-1">${text}</h3>`;
  }

  private _renderShare(): TemplateResult {
    const s = this._s;
    if (this._phase === 'done') return this._renderDone();
    if (this._phase === 'queued')
      return html`${this._heading(s.shareHeading)}
        <p class="status" role="status">${s.queued}</p>
        <div class="actions"><button type="button" class="send-now" @click=${this._sendNow}>${s.sendNow}</button></div>`;
    if (this._phase === 'blocked')
      return html`${this._heading(s.blockedHeading)}
        <div class="problems blocked" role="alert">
          <p>${s.blocked}</p>
          <p>${s.blockedKept}</p>
        </div>
        <div class="actions">
          <button type="button" class="send-now" @click=${this._sendNow}>${s.sendNow}</button>
          <button type="button" class="delete-queued" @click=${this._deleteQueued}>${s.deleteQueued}</button>
        </div>`;
    return this._renderForm();
  }

  private _field(
    id: DraftField,
    label: string,
    hint: string,
    control: (describedBy: string, invalid: boolean) => TemplateResult,
    extra: TemplateResult | typeof nothing = nothing,
  ): TemplateResult {
    const problem = this._problems[id];
    const describedBy = [hint ? `f-${id}-hint` : '', problem ? `f-${id}-error` : ''].filter(Boolean).join(' ');
    return html`<div class="field">
      <label for=${`f-${id}`}>${label}</label>
      ${hint ? html`<p class="hint" id=${`f-${id}-hint`}>${hint}</p>` : nothing}
      ${problem ? html`<p class="error-text" id=${`f-${id}-error`}>${this._s.problem(id, problem)}</p>` : nothing}
      ${control(describedBy, !!problem)} ${extra}
    </div>`;
  }

  private _renderForm(): TemplateResult {
    const s = this._s;
    const d = this._draft;
    const c = this.t(carouselStrings);
    const problems = Object.entries(this._problems) as [DraftField, DraftProblem][];
    const months = draftRecoveryMonths(d);
    const bodyLength = [...d.body].length;
    const sending = this._phase === 'sending';
    return html`${this._heading(s.shareHeading)}
      <section class="guidance" aria-labelledby="guidance-h">
        <h4 id="guidance-h">${s.guidanceHeading}</h4>
        <ul>
          ${s.guidance.map((g) => html`<li>${g}</li>`)}
        </ul>
      </section>
      ${this._draftRestored ? renderDraftNotice(this._s, () => void this._discardDraft()) : nothing}
      ${this._refusal ? html`<div class="problems refusal" role="alert"><p>${this._refusal}</p></div>` : nothing}
      ${problems.length
        ? html`<div class="problems" tabindex="-1" role="alert">
            <p>${s.problems(problems.length)}</p>
            <ul>
              ${problems.map(([f, p]) => html`<li>${s.problem(f, p)}</li>`)}
            </ul>
          </div>`
        : nothing}
      <form novalidate @submit=${this._submit}>
        ${this._field('title', s.title, s.titleHint(LIMITS.titleMin, LIMITS.titleMax), (by, invalid) =>
          html`<input id="f-title" type="text" name="title" maxlength=${LIMITS.titleMax} required autocomplete="off" aria-describedby=${by} aria-invalid=${invalid ? 'true' : 'false'} .value=${d.title} @input=${(e: Event) => this._update({title: (e.target as HTMLInputElement).value})} />`,
        )}
        ${this._field(
          'body',
          s.body,
          s.bodyHint(LIMITS.bodyMin, LIMITS.bodyMax),
          (by, invalid) =>
            html`<textarea id="f-body" name="body" required aria-describedby=${`${by} f-body-count`} aria-invalid=${invalid ? 'true' : 'false'} .value=${d.body} @input=${(e: Event) => this._update({body: (e.target as HTMLTextAreaElement).value})}></textarea>`,
          html`<p class="counter" id="f-body-count">${s.counter(bodyLength, LIMITS.bodyMax)}</p>
            ${mentionsFellowship(d.body + ' ' + d.title) ? html`<p class="suggestion fellowship">${s.fellowshipNote}</p>` : nothing}`,
        )}
        <fieldset>
          <legend>${s.recovery}</legend>
          ${this._problems.recovery ? html`<p class="error-text">${s.problem('recovery', this._problems.recovery)}</p>` : nothing}
          <div class="row">
            <div class="field">
              <label for="f-years">${s.years}</label>
              <input id="f-years" type="number" name="years" min="0" max="99" inputmode="numeric" .value=${d.years} @input=${(e: Event) => this._update({years: (e.target as HTMLInputElement).value})} />
            </div>
            <div class="field">
              <label for="f-months">${s.months}</label>
              <input id="f-months" type="number" name="months" min="0" max="11" inputmode="numeric" .value=${d.months} @input=${(e: Event) => this._update({months: (e.target as HTMLInputElement).value})} />
            </div>
          </div>
        </fieldset>
        ${this._field(
          'name',
          s.name,
          s.nameHint,
          (by, invalid) =>
            html`<input id="f-name" type="text" name="name" maxlength=${LIMITS.nameMax} required autocomplete="off" aria-describedby=${`${by}${suggestsPseudonym(months) ? ' f-name-suggest' : ''}`} aria-invalid=${invalid ? 'true' : 'false'} .value=${d.name} @input=${(e: Event) => this._update({name: (e.target as HTMLInputElement).value})} />`,
          suggestsPseudonym(months) ? html`<p class="suggestion pseudonym" id="f-name-suggest">${s.pseudonymSuggestion}</p>` : nothing,
        )}
        <fieldset>
          <legend>${s.warningsLegend}</legend>
          <p class="hint">${s.warningsHint}</p>
          ${CONTENT_WARNINGS.map(
            (w) => html`<label class="check"
              ><input type="checkbox" name="content_warnings" value=${w} .checked=${d.warnings.includes(w)} @change=${(e: Event) => this._toggleWarning(w, (e.target as HTMLInputElement).checked)} /><span>${c.warning[w]}</span></label
            >`,
          )}
        </fieldset>
        <fieldset class="consent">
          <legend>${s.consentLegend}</legend>
          ${this._problems.consentPublish ? html`<p class="error-text" id="f-consentPublish-error">${s.problem('consentPublish', 'required')}</p>` : nothing}
          <label class="check"
            ><input
              type="checkbox"
              name="consent_publish"
              required
              aria-invalid=${this._problems.consentPublish ? 'true' : 'false'}
              .checked=${d.consentPublish}
              @change=${(e: Event) => this._update({consentPublish: (e.target as HTMLInputElement).checked})}
            /><span>${s.consentPublish}</span></label
          >
          <fieldset class="duration">
            <legend>${s.durationLegend}</legend>
            ${this._problems.duration ? html`<p class="error-text">${s.problem('duration', 'required')}</p>` : nothing}
            ${CONSENT_DURATIONS.map(
              (dur) => html`<label class="check"
                ><input type="radio" name="duration" value=${dur} .checked=${d.duration === dur} @change=${() => this._update({duration: dur as ConsentDuration})} /><span
                  >${s.duration[dur]}</span
                ></label
              >`,
            )}
          </fieldset>
          <p class="hint">${s.consentNote}</p>
        </fieldset>
        <div class="field">
          <label for="f-photo">${s.photo}</label>
          <p class="hint" id="f-photo-hint">${s.photoHint}</p>
          ${this._photoError || this._problems.photo ? html`<p class="error-text" role="alert">${s.photoFailed}</p>` : nothing}
          <input id="f-photo" type="file" name="photo" accept="image/jpeg,image/png,image/webp,image/*" aria-describedby="f-photo-hint" @change=${this._onPhoto} />
        </div>
        ${d.photo
          ? html`<img class="preview" src=${d.photo.dataUrl} alt=${d.photo.alt || s.photoPreview} />
              ${this._field('photoAlt', s.photoAlt, s.photoAltHint, (by, invalid) =>
                html`<input id="f-photoAlt" type="text" name="photo_alt" maxlength=${LIMITS.altMax} required aria-describedby=${by} aria-invalid=${invalid ? 'true' : 'false'} .value=${d.photo?.alt ?? ''} @input=${(e: Event) => this._update({photo: {dataUrl: d.photo!.dataUrl, alt: (e.target as HTMLInputElement).value}})} />`,
              )}
              <div class="actions"><button type="button" class="remove-photo" @click=${() => this._update({photo: undefined})}>${s.removePhoto}</button></div>`
          : nothing}
        <div class="hp" aria-hidden="true">
          <label for="f-fax">${s.fax}</label>
          <input id="f-fax" type="text" name="fax" tabindex="-1" autocomplete="off" @input=${(e: Event) => (this._fax = (e.target as HTMLInputElement).value)} />
        </div>
        <div class="actions">
          <button type="submit" class="primary submit" ?disabled=${sending}>${sending ? s.sending : s.submit}</button>
          <button type="button" class="close" @click=${() => this.emit('peer-story-close')}>${s.close}</button>
        </div>
      </form>
      ${this._forget.render(this.coreText.forget, this.locale.lang)}`;
  }

  private _renderDone(): TemplateResult {
    const s = this._s;
    return html`${this._heading(s.thanksHeading)}
      <p role="status">${s.thanks}</p>
      ${this._code
        ? html`<p class="code-label">${s.codeLabel}</p>
            <output class="code" part="code">${this._code}</output>
            <p class="promise">${s.codePromise}</p>
            <div class="actions">
              <button type="button" class="copy" @click=${this._copy}>${s.copy}</button>
              <button type="button" class="save-note" @click=${this._saveNote}>${s.saveNote}</button>
              <button type="button" class="primary done" @click=${this._finish}>${s.done}</button>
            </div>
            <p class="status" role="status">${this._copyStatus}</p>
            ${renderKeepCode(this._s, this._keptCode, (keep) => this._keep(keep))}`
        : html`<div class="actions"><button type="button" class="primary done" @click=${this._finish}>${s.close}</button></div>`}
      ${this._forget.render(this.coreText.forget, this.locale.lang)}`;
  }

  private _renderWithdraw(): TemplateResult {
    const s = this._s;
    const ph = this._withdrawPhase;
    const message =
      ph === 'withdrawn'
        ? s.withdrawn
        : ph === 'not-found'
          ? s.notFound
          : ph === 'incomplete'
            ? s.codeIncomplete
            : ph === 'error'
              ? this.coreText.errorNetwork
              : ph === 'blocked'
                ? s.withdrawBlocked
                : '';
    const bad = ph === 'not-found' || ph === 'incomplete' || ph === 'error' || ph === 'blocked';
    return html`${this._heading(s.withdrawHeading)}
      <p>${s.withdrawIntro}</p>
      <form novalidate @submit=${this._withdraw}>
        <div class="field">
          <label for="f-code">${s.codeInput}</label>
          <p class="hint" id="f-code-hint">${s.codeHint}</p>
          <input
            id="f-code"
            class="code-input"
            type="text"
            name="withdraw_code"
            autocomplete="off"
            autocapitalize="characters"
            spellcheck="false"
            aria-describedby="f-code-hint"
            aria-invalid=${bad ? 'true' : 'false'}
            .value=${this._withdrawCode}
            @input=${(e: Event) => {
              this._withdrawCode = (e.target as HTMLInputElement).value;
              if (this._withdrawPhase === 'confirm') this._withdrawPhase = 'idle';
            }}
          />
        </div>
        ${ph === 'confirm'
          ? html`<div class="confirm" role="group" aria-labelledby="withdraw-confirm-text">
              <p id="withdraw-confirm-text" tabindex="-1"><strong>${s.withdrawConfirm}</strong></p>
              <div class="actions">
                <button type="submit" class="primary withdraw-confirm">${s.withdrawConfirmYes}</button>
                <button type="button" class="withdraw-keep" @click=${this._keepStory}>${s.withdrawConfirmNo}</button>
              </div>
            </div>`
          : html`<div class="actions">
              <button type="submit" class="primary withdraw-submit" aria-disabled=${ph === 'sending' ? 'true' : 'false'}>${ph === 'sending' ? s.withdrawing : s.withdrawSubmit}</button>
              <button type="button" class="close" @click=${() => this.emit('peer-story-close')}>${s.close}</button>
            </div>`}
      </form>
      <p class="status withdraw-result ${bad ? 'error-text' : ''}" role="status">${message}</p>`;
  }
}
