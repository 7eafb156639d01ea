import {html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {Task} from '@lit/task';
import {PeerElement} from '../../core/peer-element.js';
import {Outbox, answeringChallenge, type OutboxItem} from '../../core/outbox.js';
import {formatNumber, LazyTables} from '../../core/i18n.js';
import {safeUrl} from '../../model/text.js';
import {detectPii, piiKinds, type PiiKind} from '../../model/pii.js';
import {normalizeReceipt, questionLength, QUESTION_MAX_LENGTH, QUESTION_MIN_LENGTH} from '../../model/question.js';
import {failedWriteState, fetchFormToken, formTokenReady, refusedByBrowser} from '../../sources/peerkit-api.js';
import {deviceStyles, ForgetController, keptCodeKey, renderDraftNotice, renderKeepCode} from '../../core/device.js';
import {fetchPublished, lookupReceipt, questionsPreparer, questionsUrl, receiptOf, refusalOf, MIN_TOKEN_AGE_MS, type Refusal} from '../../sources/peerkit-questions.js';
import {questionBox as en} from '../../locales/en/question-box.js';
import {crisisLinesFor, type CrisisLines} from './crisis-lines.js';
import {styles} from './question-box.styles.js';
import type {AnswersHost, Lookup} from './answers.js';
import {retryableImport} from '../../core/lazy-import.js';

// Spanish is a chunk of its own, loaded only when a box renders in Spanish.
const strings = new LazyTables(en, {es: () => import('../../locales/es/question-box.js').then((m) => m.questionBox)});

// The answer views ("check my answer", the public list) need the network anyway: a lazy chunk.
type Answers = typeof import('./answers.js');
let answers: Answers | undefined;
let answersLoading: Promise<Answers> | undefined;
const answersChunk = retryableImport(() => import('./answers.js'));
const loadAnswers = () => (answersLoading ??= answersChunk().then((m) => (answers = m)));

// The crisis matcher (phrase patterns in every language) is a chunk of its own, asked for as the box
// first renders; the form is usable at once and checks the text again when the matcher arrives (a
// few milliseconds, long before a question is typed). If it cannot be loaded, any text gets the help
// panel: a panel shown once too often costs far less than a crisis missed.
let crisis: typeof import('../../model/crisis.js') | undefined;
let crisisFailedAt: number | undefined;
const crisisChunk = retryableImport(() => import('../../model/crisis.js').then((m) => (crisis = m)));
const looksLikeCrisis = (text: string) =>
  crisis ? crisis.detectCrisis(text).length > 0 : crisisFailedAt !== undefined && text.trim().length > 0;
/** Asks for the matcher unless it is there, loading, or failed less than 30 s ago. */
const loadCrisis = (): Promise<unknown> | undefined => {
  if (crisis || (crisisFailedAt !== undefined && Date.now() - crisisFailedAt < 30_000)) return undefined;
  return crisisChunk().then(
    () => (crisisFailedAt = undefined),
    () => (crisisFailedAt = Date.now()),
  );
};

type Phase = 'form' | 'pii' | 'submitting' | 'receipt' | 'queued' | 'blocked';

interface Draft {
  body: string;
  topic?: string;
  publishOk?: boolean;
}


/**
 * An anonymous question form with a crisis safety net, a private receipt code, a "check my answer"
 * view and the published questions and answers.
 *
 * Nothing that identifies the visitor is sent: no name, no cookie (requests omit credentials), and a
 * warning before sending a question that seems to hold a name, phone number, email or address. A
 * question written offline or while the server is down is kept on the device (the outbox) and sent
 * exactly once when the network returns; the draft survives a reload (with a notice and "Discard
 * draft"). A receipt is shown for the visit only unless the visitor keeps it on the device, and
 * "Forget this device" clears what the widgets stored. A question the browser refuses to send while
 * the server answers reads (the server does not accept this site's origin) is said so plainly.
 *
 * @tagname peer-question-box
 * @summary Anonymous questions with a private receipt code, a crisis help panel and a published Q&A list.
 *
 * @fires peer-question-submit - The visitor sent a question (queued in the outbox). `detail: {topic?: string, publishOk: boolean}`; never the text.
 * @fires peer-receipt - A receipt code was shown for a sent question. `detail: {receipt: string}`.
 *
 * @csspart base - The outer wrapper.
 * @csspart form - The question form.
 * @csspart crisis - The crisis help panel.
 * @csspart receipt - The receipt view after sending.
 * @csspart receipt-code - The receipt code itself.
 * @csspart draft-notice - "What you wrote here last time was kept on this device", with "Discard draft".
 * @csspart lookup - The "check my answer" view.
 * @csspart list - The published questions and answers.
 * @csspart error - An error message with a retry button.
 * @csspart loading - A loading message.
 *
 * @cssproperty --peer-color-accent - Accent colour (buttons, receipt code frame, crisis panel border).
 * @cssproperty --peer-color-bg - Background colour.
 * @cssproperty --peer-color-surface - Background of panels.
 * @cssproperty --peer-color-text - Text colour.
 * @cssproperty --peer-color-danger - Colour of errors and the personal-information warning.
 * @cssproperty --peer-radius - Corner radius.
 * @cssproperty --peer-space - Base spacing.
 */
export class PeerQuestionBox extends PeerElement {
  static override styles = [...PeerElement.styles, deviceStyles, styles];

  /** Minimum age of a form token before a question is sent (the server drops faster writes). Lowered only by tests. */
  static minTokenAgeMs = MIN_TOKEN_AGE_MS;

  static override properties = {
    ...PeerElement.properties,
    api: {type: String},
    topic: {type: String},
    topics: {type: String},
    noPublicList: {type: Boolean, attribute: 'no-public-list'},
    crisisRegion: {type: String, attribute: 'crisis-region'},
    crisisLines: {attribute: false},
    view: {state: true, attribute: false},
    phase: {state: true, attribute: false},
    text: {state: true, attribute: false},
    topicValue: {state: true, attribute: false},
    publishOk: {state: true, attribute: false},
    lengthError: {state: true, attribute: false},
    refusal: {state: true, attribute: false},
    pii: {state: true, attribute: false},
    receipt: {state: true, attribute: false},
    copyStatus: {state: true, attribute: false},
    lookup: {state: true, attribute: false},
    lookupCode: {state: true, attribute: false},
    search: {state: true, attribute: false},
    page: {state: true, attribute: false},
    draftRestored: {state: true, attribute: false},
    keptCode: {state: true, attribute: false},
    sentCrisis: {state: true, attribute: false},
    crisisAnnounce: {state: true, attribute: false},
  };

  /** Base URL of the peerkit server (e.g. `https://example.org/api`); otherwise from `<peer-config api>`. */
  declare api: string | undefined;
  /** The topic of every question asked here (fixed), and the filter of the published list. */
  declare topic: string | undefined;
  /** Topics the visitor may choose from, comma-separated (`"family, relapse, treatment"`); shown as a select. */
  declare topics: string | undefined;
  /** Hide the published questions and answers below the form. */
  declare noPublicList: boolean;
  /** Region of the crisis lines shown when a question suggests a crisis (`us` by default). */
  declare crisisRegion: string;
  /** Crisis lines per region and language, replacing the built-in ones: `{us: {en: [{name, description, actions: [{label, href}]}], es: […]}}`. */
  declare crisisLines: CrisisLines | undefined;

  declare private view: 'ask' | 'check';
  declare private phase: Phase;
  declare private text: string;
  declare private topicValue: string;
  declare private publishOk: boolean;
  declare private lengthError: 'short' | 'long' | undefined;
  declare private refusal: Refusal | undefined;
  declare private pii: PiiKind[];
  declare private receipt: string | undefined;
  declare private copyStatus: 'copied' | 'failed' | undefined;
  declare private lookup: Lookup;
  declare private lookupCode: string;
  declare private search: string;
  declare private page: number;
  /** The text in the form came back from a draft saved on an earlier visit. */
  declare private draftRestored: boolean;
  /** The visitor chose to keep the receipt code on this device. */
  declare private keptCode: boolean;
  /** The question just sent looked like a crisis: the help panel stays above the receipt. */
  declare private sentCrisis: boolean;
  /** Said once, politely, when the crisis panel first appears. */
  declare private crisisAnnounce: string;

  private readonly outbox = Outbox.shared();
  private itemId?: string;
  private formToken?: string;
  private tokenAt = 0;
  private tokenFor?: string;
  private tokenLoading?: Promise<void>;
  private readonly tokenRetried = new Set<string>();
  private restoredFor?: string;
  private unsubscribe?: () => void;
  private draftTimer?: ReturnType<typeof setTimeout>;
  private lookupAbort?: AbortController;
  /** The answer views' chunk could not be loaded. */
  private answersError?: unknown;
  private readonly onOnline = () => {
    if (this.phase === 'queued' && this.itemId) void this.outbox.retryNow(this.itemId);
  };
  /** "Forget this device" here or in another widget: drafts, codes and a checked answer go; a question still queued stays. */
  private readonly forget = new ForgetController(this, () => {
    this.lookupAbort?.abort();
    this.lookup = {kind: 'idle'};
    this.lookupCode = '';
    if (this.phase === 'queued' || this.phase === 'blocked' || this.phase === 'submitting') return;
    this.resetForm();
  });

  private readonly listTask = new Task(this, {
    task: async ([api, topic, search, page, hidden], {signal}) => {
      if (!api || hidden) return undefined;
      const [data] = await Promise.all([fetchPublished(api, {topic: topic || undefined, search: search || undefined, page}, signal), loadAnswers()]);
      return data;
    },
    args: () => [this.apiBase, this.topic, this.search, this.page, this.noPublicList] as const,
  });

  constructor() {
    super();
    this.noPublicList = false;
    this.crisisRegion = 'us';
    this.view = 'ask';
    this.phase = 'form';
    this.text = '';
    this.topicValue = '';
    this.publishOk = false;
    this.pii = [];
    this.lookup = {kind: 'idle'};
    this.lookupCode = '';
    this.search = '';
    this.page = 1;
    this.draftRestored = false;
    this.keptCode = false;
    this.sentCrisis = false;
    this.crisisAnnounce = '';
  }

  /** The strings in force (English until the Spanish table has loaded; `render` waits for it). */
  private get s() {
    return strings.get(this.locale.lang) ?? en;
  }

  /** The API base in force: own `api`, then `<peer-config api>`. */
  private get apiBase(): string | undefined {
    return this.api || this.config.api || undefined;
  }

  private get topicChoices(): string[] {
    return (this.topics ?? '')
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean);
  }

  private get draftKey() {
    return `question-draft:${questionsUrl(this.apiBase!)}`;
  }

  private get keptKey() {
    return keptCodeKey('question', questionsUrl(this.apiBase!));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.outbox.setPreparer('question', questionsPreparer);
    this.unsubscribe = this.outbox.subscribe((item) => this.onOutbox(item));
    window.addEventListener('online', this.onOnline);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
    window.removeEventListener('online', this.onOnline);
    clearTimeout(this.draftTimer);
    this.lookupAbort?.abort();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('topic') && this.topic && !this.topicValue) this.topicValue = this.topic;
    const matcher = loadCrisis();
    if (matcher) this.renderWhenLoaded(matcher);
    // Said once, when the panel first appears (also when the matcher arrives after the text).
    if (!this.crisisAnnounce && this.phase === 'form' && looksLikeCrisis(this.text)) this.crisisAnnounce = this.s.crisisAnnounce;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const api = this.apiBase;
    if (!api) return;
    if (this.restoredFor !== api) {
      this.restoredFor = api;
      void this.restore(api);
    }
    if (this.tokenFor !== api && this.phase === 'form' && this.view === 'ask') {
      this.tokenFor = api;
      this.tokenLoading = this.loadToken(api);
    }
  }

  private async loadToken(api: string) {
    const token = await fetchFormToken(api);
    if (token && this.tokenFor === api) {
      this.formToken = token;
      this.tokenAt = Date.now();
    } else if (this.tokenFor === api) {
      // Unreachable now; the outbox preparer fetches one before sending.
      this.tokenFor = undefined;
    }
  }

  /**
   * Picks up what happened while the page was closed: a receipt never shown yet (shown once), a
   * queued or refused question, a receipt the visitor chose to keep on this device, a draft.
   */
  private async restore(api: string) {
    await crisisChunk().catch(() => undefined);
    const url = questionsUrl(api);
    let items: OutboxItem[] = [];
    try {
      items = (await this.outbox.list('question')).filter((i) => i.url === url);
    } catch (err) {
      this.log.warn('outbox unavailable', err);
    }
    const sent = items.filter((i) => i.status === 'sent').pop();
    const pending = items.filter((i) => i.status === 'pending').pop();
    const failed = items.filter((i) => i.status === 'failed').pop();
    if (sent) {
      this.itemId = sent.id;
      this.showReceipt(sent, false);
      return;
    }
    if (pending) {
      this.itemId = pending.id;
      this.fillFrom(pending.body);
      this.sentCrisis = looksLikeCrisis(this.text);
      this.phase = 'submitting';
      if (pending.attempts > 0) void this.afterFailedAttempt(pending, false);
      void this.outbox.flush();
      return;
    }
    if (failed) {
      this.fillFrom(failed.body);
      this.refusal = refusalOf(failed);
      void this.outbox.remove(failed.id);
      return;
    }
    try {
      const kept = await this.outbox.loadDraft<{receipt?: string; crisis?: boolean}>(this.keptKey);
      if (kept?.receipt && this.phase === 'form' && !this.text) {
        this.receipt = kept.receipt;
        this.sentCrisis = kept.crisis === true;
        this.keptCode = true;
        this.phase = 'receipt';
        return;
      }
      const draft = await this.outbox.loadDraft<Draft>(this.draftKey);
      if (draft?.body?.trim() && !this.text && this.phase === 'form') {
        this.text = draft.body;
        if (draft.topic) this.topicValue = draft.topic;
        this.publishOk = !!draft.publishOk;
        this.draftRestored = true;
      }
    } catch {
      /* no drafts without IndexedDB */
    }
  }

  private fillFrom(body: Record<string, unknown>) {
    this.text = typeof body.body === 'string' ? body.body : '';
    if (typeof body.topic === 'string') this.topicValue = body.topic;
    this.publishOk = body.publish_ok === true;
  }

  private onOutbox(item: OutboxItem) {
    if (!this.itemId || item.id !== this.itemId) return;
    const code = (item.error?.body as {error?: unknown} | undefined)?.error;
    if (item.status === 'failed' && code === 'invalid_form_token' && !this.tokenRetried.has(item.id)) {
      // The form token expired (the page was open, or the device offline, for a long time): the
      // preparer fetches a fresh one. Same idempotency key, so still sent at most once.
      this.tokenRetried.add(item.id);
      void this.outbox.retryNow(item.id);
      return;
    }
    if (item.status === 'sent') {
      this.showReceipt(item, true);
    } else if (item.status === 'failed') {
      this.fillFrom(item.body);
      this.refusal = refusalOf(item);
      this.phase = 'form';
      this.itemId = undefined;
      void this.outbox.remove(item.id);
      this.focusLater('#refused-title');
    } else if (item.attempts > 0 && code !== 'invalid_form_token' && code !== 'too_fast' && !answeringChallenge(item)) {
      void this.afterFailedAttempt(item, true);
    }
  }

  /**
   * A send got no answer: "saved, sent when you're back online" only when that can happen. If the
   * browser is online and the server answers reads, the browser refused this write (the server does
   * not accept this site's origin): say so plainly instead, and keep the question on the device.
   */
  private async afterFailedAttempt(item: OutboxItem, focus: boolean) {
    const state = this.apiBase ? await failedWriteState(this.apiBase, item, 'questions') : 'queued';
    if (this.itemId !== item.id || !['submitting', 'queued', 'blocked'].includes(this.phase) || this.phase === state) return;
    this.phase = state;
    if (focus) this.focusLater(`#${state}-title`);
  }

  /**
   * Shows a receipt, for this page view only: the sent item leaves the device at once (the next
   * person at a shared computer must not find the code), unless the visitor ticks "keep".
   */
  private showReceipt(item: OutboxItem, focus: boolean) {
    this.receipt = receiptOf(item);
    this.sentCrisis = looksLikeCrisis(typeof item.body.body === 'string' ? item.body.body : '');
    this.phase = 'receipt';
    this.view = 'ask';
    this.text = '';
    this.refusal = undefined;
    this.draftRestored = false;
    this.keptCode = false;
    void this.outbox.clearDraft(this.draftKey).catch(() => undefined);
    void this.outbox.remove(item.id).catch(() => undefined);
    if (this.receipt) this.emit('peer-receipt', {receipt: this.receipt});
    if (focus) this.focusLater('#receipt-title');
  }

  private keep(keep: boolean) {
    this.keptCode = keep;
    // Whether the question looked like a crisis is kept with the code (never the text): the help stays above the receipt.
    const write = keep && this.receipt ? this.outbox.saveDraft(this.keptKey, {receipt: this.receipt, crisis: this.sentCrisis}) : this.outbox.clearDraft(this.keptKey);
    void write.catch((err) => this.log.warn('could not keep the code', err));
  }

  /** Back to an empty form: nothing of the last question or its receipt left on screen. */
  private resetForm() {
    this.itemId = undefined;
    this.receipt = undefined;
    this.copyStatus = undefined;
    this.keptCode = false;
    this.sentCrisis = false;
    this.crisisAnnounce = '';
    this.draftRestored = false;
    this.refusal = undefined;
    this.phase = 'form';
    this.text = '';
    this.topicValue = this.topic ?? '';
    this.publishOk = false;
  }

  private discardDraft() {
    clearTimeout(this.draftTimer);
    if (this.apiBase) void this.outbox.clearDraft(this.draftKey).catch(() => undefined);
    this.resetForm();
    this.focusLater('#question');
  }

  /** Blocked question: the visitor takes it off the device, with its draft (else a reload brings the text back). */
  private async deleteQueued() {
    const id = this.itemId;
    clearTimeout(this.draftTimer);
    this.resetForm();
    if (this.apiBase) await this.outbox.clearDraft(this.draftKey).catch(() => undefined);
    if (id) await this.outbox.remove(id).catch(() => undefined);
    this.focusLater('#question');
  }

  private focusLater(selector: string) {
    void this.updateComplete.then(() => (this.renderRoot.querySelector(selector) as HTMLElement | null)?.focus());
  }

  private saveDraftSoon() {
    clearTimeout(this.draftTimer);
    if (!this.apiBase) return;
    const key = this.draftKey;
    const draft: Draft = {body: this.text, topic: this.topicValue || undefined, publishOk: this.publishOk};
    this.draftTimer = setTimeout(() => {
      const write = draft.body.trim() ? this.outbox.saveDraft(key, draft) : this.outbox.clearDraft(key);
      void write.catch(() => undefined);
    }, 250);
  }

  // --- events -----------------------------------------------------------------------------------

  private onInput(e: Event) {
    this.text = (e.target as HTMLTextAreaElement).value;
    if (this.lengthError && this.validLength()) this.lengthError = undefined;
    if (this.phase === 'pii') this.phase = 'form';
    this.saveDraftSoon();
  }

  private validLength(): boolean {
    const n = questionLength(this.text);
    return n >= QUESTION_MIN_LENGTH && n <= QUESTION_MAX_LENGTH;
  }

  private onSubmit(e: Event) {
    e.preventDefault();
    if (this.phase !== 'form' && this.phase !== 'pii') return;
    const n = questionLength(this.text);
    if (n < QUESTION_MIN_LENGTH || n > QUESTION_MAX_LENGTH) {
      this.lengthError = n < QUESTION_MIN_LENGTH ? 'short' : 'long';
      this.focusLater('#question');
      return;
    }
    this.lengthError = undefined;
    const kinds = piiKinds(detectPii(this.text));
    if (kinds.length && this.phase !== 'pii') {
      this.pii = kinds;
      this.phase = 'pii';
      this.focusLater('#pii-title');
      return;
    }
    void this.send();
  }

  private editAfterWarning() {
    this.phase = 'form';
    this.focusLater('#question');
  }

  private async send() {
    const api = this.apiBase;
    if (!api) return;
    this.phase = 'submitting';
    this.refusal = undefined;
    this.draftRestored = false;
    this.sentCrisis = looksLikeCrisis(this.text);
    await this.tokenLoading;
    const fax = (this.renderRoot.querySelector('#fax') as HTMLInputElement | null)?.value ?? '';
    // The server refuses a token younger than the wait it asked for (min_submit_ms).
    await formTokenReady(this.formToken, {fetchedAt: this.tokenAt, ms: (this.constructor as typeof PeerQuestionBox).minTokenAgeMs});
    const topic = this.topicChoices.length ? this.topicValue : this.topic;
    const body: Record<string, unknown> = {body: this.text.trim(), publish_ok: this.publishOk, lang: this.locale.lang, fax};
    if (topic) body.topic = topic;
    if (this.formToken) body.form_token = this.formToken;
    clearTimeout(this.draftTimer);
    try {
      // The id is known before the first attempt, so no notification about this item is missed.
      const item = await this.outbox.enqueue('question', questionsUrl(api), body);
      this.itemId = item.id;
      const stored = await this.outbox.get(item.id);
      if (stored) this.onOutbox(stored);
    } catch (err) {
      this.log.warn('could not queue the question', err);
      this.refusal = 'other';
      this.phase = 'form';
      return;
    }
    this.formToken = undefined;
    this.tokenFor = undefined;
    this.emit('peer-question-submit', {topic: topic || undefined, publishOk: this.publishOk});
  }

  private async copyReceipt() {
    if (!this.receipt) return;
    try {
      await navigator.clipboard.writeText(this.receipt);
      this.copyStatus = 'copied';
    } catch {
      this.copyStatus = 'failed';
    }
  }

  private saveNote() {
    if (!this.receipt) return;
    const page = location.origin + location.pathname;
    const blob = new Blob([this.s.note(this.receipt, page)], {type: 'text/plain;charset=utf-8'});
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = this.s.noteFileName;
    a.style.display = 'none';
    this.renderRoot.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  private async askAnother() {
    const id = this.itemId;
    const kept = this.keptCode;
    this.resetForm();
    if (kept) this.keep(false);
    if (id) await this.outbox.remove(id).catch(() => undefined);
    if (this.apiBase) {
      this.tokenFor = this.apiBase;
      this.tokenLoading = this.loadToken(this.apiBase);
    }
    this.focusLater('#question');
  }

  private checkNow() {
    if (this.receipt) this.lookupCode = this.receipt;
    this.selectView('check', true);
    if (this.receipt) void this.runLookup();
  }

  private selectView(view: 'ask' | 'check', focus: boolean) {
    this.view = view;
    if (focus) this.focusLater(`#tab-${view}`);
  }

  private onTabKey(e: KeyboardEvent) {
    const order: ('ask' | 'check')[] = ['ask', 'check'];
    const i = order.indexOf(this.view);
    let next: 'ask' | 'check' | undefined;
    if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') next = order[(i + 1) % 2];
    else if (e.key === 'Home') next = 'ask';
    else if (e.key === 'End') next = 'check';
    if (!next) return;
    e.preventDefault();
    this.selectView(next, true);
  }

  private async runLookup(e?: Event) {
    e?.preventDefault();
    const api = this.apiBase;
    if (!api) return;
    const code = normalizeReceipt(this.lookupCode);
    if (!code) {
      this.lookup = {kind: 'empty'};
      this.focusLater('#code');
      return;
    }
    this.lookupAbort?.abort();
    const abort = (this.lookupAbort = new AbortController());
    this.lookup = {kind: 'loading'};
    try {
      const result = await lookupReceipt(api, code, abort.signal);
      if (abort.signal.aborted) return;
      this.lookup = result ? {kind: 'found', result} : {kind: 'not-found'};
    } catch (error) {
      if (abort.signal.aborted) return;
      // Refused by the browser while the server answers reads: not "check your connection".
      const blocked = await refusedByBrowser(api, error as {kind?: string}, 'lookups');
      if (abort.signal.aborted) return;
      this.lookup = blocked ? {kind: 'blocked'} : {kind: 'error', error};
    }
    this.focusLater('#lookup-result');
  }

  private onSearch(e: Event) {
    e.preventDefault();
    const input = this.renderRoot.querySelector('#search') as HTMLInputElement;
    this.search = input.value.trim();
    this.page = 1;
  }

  private goToPage(page: number) {
    this.page = page;
    this.focusLater('#list-title');
  }

  // --- rendering --------------------------------------------------------------------------------

  protected override render() {
    const s = this.lazyT(strings);
    if (!s) return this.renderLoading();
    if (!this.apiBase) {
      return html`<div part="base" class="box"><div class="state error" role="alert" part="error"><p>${s.noApi}</p></div></div>`;
    }
    return html`<div part="base" class="box">
      <h2>${s.title}</h2>
      <div class="tabs" role="tablist" aria-label=${s.title} @keydown=${this.onTabKey}>
        ${this.renderTab('ask', s.tabAsk)} ${this.renderTab('check', s.tabCheck)}
      </div>
      <div role="tabpanel" id="panel-ask" aria-labelledby="tab-ask" ?hidden=${this.view !== 'ask'}>${this.view === 'ask' ? this.renderAsk() : nothing}</div>
      <div role="tabpanel" id="panel-check" aria-labelledby="tab-check" ?hidden=${this.view !== 'check'}>${this.view === 'check' ? this.renderLookup() : nothing}</div>
      ${this.noPublicList ? nothing : this.renderList()}
      <p class="visually-hidden" aria-live="polite">${this.crisisAnnounce}</p>
    </div>`;
  }

  private renderTab(view: 'ask' | 'check', label: string) {
    const selected = this.view === view;
    return html`<button
      type="button"
      role="tab"
      id=${`tab-${view}`}
      aria-selected=${selected ? 'true' : 'false'}
      aria-controls=${`panel-${view}`}
      tabindex=${selected ? 0 : -1}
      @click=${() => this.selectView(view, false)}
    >
      ${label}
    </button>`;
  }

  private renderAsk(): TemplateResult {
    // After a question that looked like a crisis, the help panel (with the 911 / overdose line) stays above whatever comes next.
    const help = this.sentCrisis && this.phase !== 'form' && this.phase !== 'pii' && this.phase !== 'submitting' ? this.renderCrisis() : nothing;
    switch (this.phase) {
      case 'receipt':
        return html`${help}${this.renderReceipt()}`;
      case 'queued':
        return html`${help}${this.renderQueued()}`;
      case 'blocked':
        return html`${help}${this.renderBlocked()}`;
      default:
        return this.renderForm();
    }
  }

  private renderForm(): TemplateResult {
    const s = this.s;
    const tag = this.locale.tag;
    const n = questionLength(this.text);
    const busy = this.phase === 'submitting';
    const inCrisis = looksLikeCrisis(this.text);
    const choices = this.topicChoices;
    const describedBy = ['question-hint', 'question-count', this.lengthError ? 'question-error' : ''].filter(Boolean).join(' ');
    return html`<div class="panel">
      <p>${s.intro}</p>
      ${this.draftRestored ? renderDraftNotice(this.s, () => this.discardDraft()) : nothing}
      ${this.refusal
        ? html`<div class="notice refused" role="alert">
            <h3 id="refused-title" tabindex="-1">${s.refusedTitle}</h3>
            <p>${s.refused[this.refusal]}</p>
            <p>${s.refusedKept}</p>
          </div>`
        : nothing}
      <form part="form" novalidate @submit=${this.onSubmit} aria-busy=${busy ? 'true' : 'false'}>
        <div class="field">
          <label for="question">${s.questionLabel}</label>
          <span class="hint" id="question-hint">${s.questionHint}</span>
          <textarea
            id="question"
            name="body"
            rows="6"
            maxlength=${QUESTION_MAX_LENGTH}
            aria-describedby=${describedBy}
            aria-invalid=${this.lengthError ? 'true' : 'false'}
            .value=${this.text}
            ?readonly=${busy}
            @input=${this.onInput}
          ></textarea>
          <span class="count" id="question-count">${s.count(formatNumber(n, tag), formatNumber(QUESTION_MAX_LENGTH, tag))}</span>
          ${this.lengthError ? html`<span class="field-error" id="question-error">${this.lengthError === 'short' ? s.tooShort : s.tooLong}</span>` : nothing}
        </div>
        ${inCrisis ? this.renderCrisis() : nothing}
        ${choices.length
          ? html`<div class="field">
              <label for="topic">${s.topicLabel}</label>
              <select id="topic" name="topic" .value=${this.topicValue} ?disabled=${busy} @change=${(e: Event) => ((this.topicValue = (e.target as HTMLSelectElement).value), this.saveDraftSoon())}>
                <option value="" ?selected=${!this.topicValue}>${s.topicNone}</option>
                ${choices.map((t) => html`<option value=${t} ?selected=${t === this.topicValue}>${t}</option>`)}
              </select>
            </div>`
          : this.topic
            ? html`<p class="meta">${s.topicFixed(this.topic)}</p>`
            : nothing}
        <fieldset ?disabled=${busy}>
          <legend>${s.visibilityLegend}</legend>
          <div class="choice">
            <input type="radio" id="private" name="visibility" value="private" .checked=${!this.publishOk} aria-describedby="private-hint" @change=${() => ((this.publishOk = false), this.saveDraftSoon())} />
            <label for="private">${s.privateOnly}</label>
            <span class="hint" id="private-hint">${s.privateOnlyHint}</span>
          </div>
          <div class="choice">
            <input type="radio" id="publish" name="visibility" value="publish" .checked=${this.publishOk} aria-describedby="publish-hint" @change=${() => ((this.publishOk = true), this.saveDraftSoon())} />
            <label for="publish">${s.publishOk}</label>
            <span class="hint" id="publish-hint">${s.publishOkHint}</span>
          </div>
        </fieldset>
        <section class="store" aria-labelledby="store-title">
          <h3 id="store-title">${s.storeTitle}</h3>
          <p>${s.storeText}</p>
          ${this.forget.render(this.coreText.forget, this.locale.lang)}
        </section>
        <div class="fax" aria-hidden="true">
          <label for="fax">${s.honeypot}</label>
          <input type="text" id="fax" name="fax" tabindex="-1" autocomplete="off" value="" />
        </div>
        ${this.phase === 'pii' ? this.renderPiiWarning() : nothing}
        <div class="actions">
          ${this.phase === 'pii' ? nothing : html`<button type="submit" class="primary" ?disabled=${busy}>${busy ? s.sending : s.submit}</button>`}
          ${busy ? html`<span role="status">${s.sending}</span>` : nothing}
        </div>
      </form>
    </div>`;
  }

  private renderCrisis(): TemplateResult {
    const s = this.s;
    const lines = crisisLinesFor(this.crisisRegion || 'us', this.locale.lang, this.crisisLines);
    return html`<section class="crisis" part="crisis" role="region" aria-labelledby="crisis-title">
      <h3 id="crisis-title">${s.crisisTitle}</h3>
      <p>${s.crisisIntro}</p>
      ${lines.length
        ? html`<ul>
            ${lines.map(
              (line) => html`<li>
                <h4>${line.name}</h4>
                ${line.description ? html`<p>${line.description}</p>` : nothing}
                <div class="links">
                  ${line.actions.map((a) => {
                    const href = safeUrl(a.href);
                    if (!href) return nothing;
                    const external = href.startsWith('http');
                    return html`<a href=${href} target=${external ? '_blank' : nothing} rel=${external ? 'noopener noreferrer' : nothing}>${a.label}</a>`;
                  })}
                </div>
              </li>`,
            )}
          </ul>`
        : html`<p>${s.crisisGeneric}</p>`}
    </section>`;
  }

  private renderPiiWarning(): TemplateResult {
    const s = this.s;
    return html`<section class="warning" role="region" aria-labelledby="pii-title">
      <h3 id="pii-title" tabindex="-1">${s.piiTitle}</h3>
      <p>${s.piiIntro}</p>
      <ul>
        ${this.pii.map((k) => html`<li>${s.piiKinds[k]}</li>`)}
      </ul>
      <p>${s.piiAdvice}</p>
      <div class="actions">
        <button type="button" @click=${this.editAfterWarning}>${s.piiEdit}</button>
        <button type="button" class="primary" @click=${() => void this.send()}>${s.piiSendAnyway}</button>
      </div>
    </section>`;
  }

  private renderReceipt(): TemplateResult {
    const s = this.s;
    return html`<section class="panel" part="receipt" aria-labelledby="receipt-title">
      <h3 id="receipt-title" tabindex="-1">${s.receiptTitle}</h3>
      <p>${s.receiptIntro}</p>
      <p class="meta" id="receipt-label">${s.receiptLabel}</p>
      <p class="receipt-code" part="receipt-code">${this.receipt ?? '—'}</p>
      <div class="actions">
        <button type="button" class="primary" @click=${this.copyReceipt}>${s.copy}</button>
        <button type="button" @click=${this.saveNote}>${s.saveNote}</button>
      </div>
      <p role="status">${this.copyStatus === 'copied' ? s.copied : this.copyStatus === 'failed' ? s.copyFailed : ''}</p>
      ${renderKeepCode(this.s, this.keptCode, (keep) => this.keep(keep))}
      <p>${s.comeBack}</p>
      <div class="actions">
        <button type="button" @click=${this.checkNow}>${s.checkNow}</button>
        <button type="button" @click=${this.askAnother}>${s.askAnother}</button>
      </div>
      ${this.forget.render(this.coreText.forget, this.locale.lang)}
    </section>`;
  }

  /** The browser refused the write while the server answers reads: no promise of a send that cannot happen. */
  private renderBlocked(): TemplateResult {
    const s = this.s;
    return html`<section class="notice refused" role="alert" aria-labelledby="blocked-title">
      <h3 id="blocked-title" tabindex="-1">${s.blockedTitle}</h3>
      <p>${s.blocked}</p>
      <p>${s.blockedKept}</p>
      <div class="actions">
        <button type="button" @click=${() => this.itemId && void this.outbox.retryNow(this.itemId)}>${s.sendNow}</button>
        <button type="button" @click=${this.deleteQueued}>${s.deleteQueued}</button>
      </div>
    </section>`;
  }

  private renderQueued(): TemplateResult {
    const s = this.s;
    return html`<section class="notice" aria-labelledby="queued-title">
      <h3 id="queued-title" tabindex="-1">${s.queuedTitle}</h3>
      <p>${s.queued}</p>
      <div class="actions">
        <button type="button" @click=${() => this.itemId && void this.outbox.retryNow(this.itemId)}>${s.sendNow}</button>
      </div>
    </section>`;
  }

  /** What both answer views need from the element. */
  private get answersHost(): AnswersHost {
    return {s: this.s, lang: this.locale.lang, tag: this.locale.tag, renderLoading: (label) => this.renderLoading(label), renderError: (error, retry) => this.renderError(error, retry)};
  }

  private renderLookup(): TemplateResult {
    if (!answers) {
      if (this.answersError) return this.renderError(this.answersError, () => ((this.answersError = undefined), this.requestUpdate()));
      const chunk = loadAnswers();
      if (this.renderWhenLoaded(chunk)) {
        chunk.catch((error) => {
          if (answersLoading === chunk) answersLoading = undefined;
          this.answersError = error;
        });
      }
      return this.renderLoading();
    }
    return answers.renderLookup({
      ...this.answersHost,
      lookup: this.lookup,
      code: this.lookupCode,
      onCode: (code) => (this.lookupCode = code),
      onSubmit: (e) => void this.runLookup(e),
      retry: () => void this.runLookup(),
    });
  }

  private renderList(): TemplateResult {
    const s = this.s;
    return html`<section class="list" part="list" aria-labelledby="list-title">
      <h3 id="list-title" tabindex="-1">${s.listTitle}</h3>
      <form class="search" role="search" @submit=${this.onSearch}>
        <div class="field">
          <label for="search">${s.searchLabel}</label>
          <input type="search" id="search" name="search" .value=${this.search} />
        </div>
        <button type="submit">${s.searchSubmit}</button>
      </form>
      ${this.listTask.render({
        initial: () => this.renderLoading(s.listLoading),
        pending: () => this.renderLoading(s.listLoading),
        error: (e) => this.renderError(e, () => void this.listTask.run()),
        // The task loads the answers chunk with the page, so it is here once a page is.
        complete: (data) => (data && answers ? answers.renderPublished({...this.answersHost, search: this.search, goToPage: (page) => this.goToPage(page)}, data) : nothing),
      })}
    </section>`;
  }
}
