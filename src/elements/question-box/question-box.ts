import {html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {Task} from '@lit/task';
import {formStyles} from '../../core/form-styles.js';
import {PeerElement} from '../../core/peer-element.js';
import {deviceStyles} from '../../core/device.js';
import {retryableImport} from '../../core/lazy-import.js';
import {OutboxWriteController} from '../../controllers/outbox-write.js';
import {TablistController, tablistStyles} from '../../controllers/tablist.js';
import type {PiiKind} from '../../model/pii.js';
import {questionLength, QUESTION_MAX_LENGTH, QUESTION_MIN_LENGTH, type QuestionDraft} from '../../model/question.js';
import {normaliseCode} from '../../model/code.js';
import {crisisLinesFor} from '../../model/crisis-lines.js';
import {crisisLines} from '../../locales/tables/crisis-lines.js';
import {refusedByBrowser} from '../../sources/peerkit-api.js';
import {fetchPublished, lookupReceipt, questionBody, questionDraftOf, questionsUrl, receiptOf, refusalOf} from '../../sources/peerkit-questions.js';
import {questionBox as strings} from '../../locales/tables/question-box.js';
import {renderQuestionForm} from './parts/form.js';
import {renderCrisis} from './parts/crisis.js';
import {renderBlocked, renderQueued, renderReceipt} from './parts/receipt.js';
import {renderList} from './parts/list.js';
import type {AnswersHost, Lookup} from './parts/answers.js';
import {QuestionBoxAttributes} from './attributes.js';
import {styles} from './question-box.styles.js';

// Spanish is a chunk of its own, loaded only when a box renders in Spanish.

// The answer views ("check my answer", the public list) need the network anyway: a lazy chunk.
type Answers = typeof import('./parts/answers.js');
let answers: Answers | undefined;
let answersLoading: Promise<Answers> | undefined;
const answersChunk = retryableImport(() => import('./parts/answers.js'));
const loadAnswers = () => (answersLoading ??= answersChunk().then((m) => (answers = m)));

// The crisis matcher (phrase patterns in every language) is a chunk of its own, asked for as the box
// first renders; the form is usable at once and checks the text again when the matcher arrives (a
// few milliseconds, long before a question is typed). If it cannot be loaded, any text gets the help
// panel: a panel shown once too often costs far less than a crisis missed.
let crisis: typeof import('../../model/crisis.js') | undefined;
let crisisFailedAt: number | undefined;
const crisisChunk = retryableImport(() => import('../../model/crisis.js').then((m) => (crisis = m)));
const looksLikeCrisis = (text: unknown) =>
  typeof text === 'string' && (crisis ? crisis.detectCrisis(text).length > 0 : crisisFailedAt !== undefined && text.trim().length > 0);
/** Asks for the matcher unless it is there, loading, or failed less than 30 s ago. */
const loadCrisis = (): Promise<unknown> | undefined => {
  if (crisis || (crisisFailedAt !== undefined && Date.now() - crisisFailedAt < 30_000)) return undefined;
  return crisisChunk().then(
    () => (crisisFailedAt = undefined),
    () => (crisisFailedAt = Date.now()),
  );
};

// The personal-information check runs on "Send" only: a chunk of its own, asked for as the box first
// renders. Should it not load, the question is sent without the warning (moderators never publish
// personal details) rather than not at all.
const piiChunk = retryableImport(() => import('../../model/pii.js'));
const piiIn = (text: string): Promise<PiiKind[]> =>
  piiChunk().then(
    (m) => m.piiKinds(m.detectPii(text)),
    (err) => (console.warn('[peer-question-box] the personal-information check could not be loaded', err), []),
  );

type View = 'ask' | 'check';

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
export class PeerQuestionBox extends QuestionBoxAttributes {
  static override styles = [...PeerElement.styles, formStyles, deviceStyles, tablistStyles, styles];

  static override properties = {
    ...QuestionBoxAttributes.properties,
    lengthError: {state: true, attribute: false},
    pii: {state: true, attribute: false},
    lookup: {state: true, attribute: false},
    lookupCode: {state: true, attribute: false},
    search: {state: true, attribute: false},
    page: {state: true, attribute: false},
    crisisAnnounce: {state: true, attribute: false},
  };

  declare private lengthError: 'short' | 'long' | undefined;
  /** Personal information found in the question on "Send": the warning is showing. */
  declare private pii: PiiKind[] | undefined;
  declare private lookup: Lookup;
  declare private lookupCode: string;
  declare private search: string;
  declare private page: number;
  /** Said once, politely, when the crisis panel first appears. */
  declare private crisisAnnounce: string;

  private lookupAbort?: AbortController;
  /** The answer views' chunk could not be loaded. */
  private answersError?: unknown;

  private readonly tabs = new TablistController<View>(this, {tabs: ['ask', 'check'], selected: 'ask'});

  private readonly write = new OutboxWriteController<QuestionDraft>(this, {
    kind: 'question',
    what: 'questions',
    url: () => this.apiBase && questionsUrl(this.apiBase),
    draftKey: (url) => `question-draft:${url}`,
    empty: () => ({body: '', publishOk: false}),
    hasContent: (d) => typeof d.body === 'string' && !!d.body.trim(),
    draftOf: questionDraftOf,
    codeOf: (result) => receiptOf({result}),
    writing: () => this.tabs.selected === 'ask',
    // Whether the question looked like a crisis is kept with a kept code (never the text): the help stays above the receipt.
    keepWith: (body) => ({crisis: looksLikeCrisis(body.body)}),
    moved: (to) => this.focusLater(`#${to === 'sent' ? 'receipt' : to}-title`),
    sent: (receipt) => {
      this.tabs.select('ask');
      if (receipt) this.emit('peer-receipt', {receipt});
    },
    // "Forget this device" here or in another widget: a checked answer goes too (a question still queued stays).
    forgotten: () => {
      this.lookupAbort?.abort();
      this.lookup = {kind: 'idle'};
      this.lookupCode = '';
      this.crisisAnnounce = '';
    },
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
    this.lookup = {kind: 'idle'};
    this.lookupCode = '';
    this.search = '';
    this.page = 1;
    this.crisisAnnounce = '';
  }

  /** The strings in force (English until the Spanish table has loaded; `render` waits for it). */
  private get s() {
    return this.i18n.pick(strings);
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

  /** The topic the question goes with: the visitor's choice, else the box's own. */
  private get chosenTopic(): string {
    return (this.topicChoices.length ? this.write.draft.topic : undefined) ?? this.topic ?? '';
  }

  /** The question sent (or kept) looked like a crisis: the help panel stays above what follows. */
  private get sentCrisis(): boolean {
    const w = this.write;
    return w.phase !== 'form' && w.phase !== 'sending' && (w.body ? looksLikeCrisis(w.body.body) : w.keptWith?.crisis === true);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const matcher = loadCrisis();
    if (matcher) this.renderWhenLoaded(matcher);
    if (!this.hasUpdated) piiChunk().catch(() => undefined);
    // Said once, when the panel first appears (also when the matcher arrives after the text).
    if (!this.crisisAnnounce && this.write.phase === 'form' && looksLikeCrisis(this.write.draft.body)) this.crisisAnnounce = this.s.crisisAnnounce;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.lookupAbort?.abort();
  }

  private focusLater(selector: string) {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(selector)?.focus());
  }

  // --- asking -----------------------------------------------------------------------------------

  private onInput(text: string) {
    this.write.edit({body: text});
    const n = questionLength(text);
    if (this.lengthError && n >= QUESTION_MIN_LENGTH && n <= QUESTION_MAX_LENGTH) this.lengthError = undefined;
    this.pii = undefined;
  }

  private onSubmit(e: Event) {
    e.preventDefault();
    if (this.write.phase !== 'form') return;
    const text = this.write.draft.body;
    const n = questionLength(text);
    if (n < QUESTION_MIN_LENGTH || n > QUESTION_MAX_LENGTH) {
      this.lengthError = n < QUESTION_MIN_LENGTH ? 'short' : 'long';
      this.focusLater('#question');
      return;
    }
    this.lengthError = undefined;
    if (this.pii) return void this.send();
    // `updateComplete` waits for the check and what follows it.
    this.renderWhenLoaded(
      piiIn(text).then((kinds) => {
        if (this.write.phase !== 'form' || this.write.draft.body !== text) return;
        if (!kinds.length) return void this.send();
        this.pii = kinds;
        this.focusLater('#pii-title');
      }),
    );
  }

  private async send() {
    const topic = this.chosenTopic || undefined;
    const publishOk = this.write.draft.publishOk;
    const fax = this.renderRoot.querySelector<HTMLInputElement>('#fax')?.value ?? '';
    this.pii = undefined;
    const item = await this.write.send(questionBody(this.write.draft, {lang: this.locale.lang, topic, fax}));
    if (item) this.emit('peer-question-submit', {topic, publishOk});
  }

  /** Back to an empty form (after "Ask another question", "Discard draft", "Delete my question"). */
  private async freshForm(done: Promise<void>) {
    this.crisisAnnounce = '';
    this.focusLater('#question');
    await done;
  }

  // --- checking an answer -----------------------------------------------------------------------

  private checkNow() {
    const code = this.write.code;
    if (code) this.lookupCode = code;
    this.tabs.select('check', true);
    if (code) void this.runLookup();
  }

  private async runLookup(e?: Event) {
    e?.preventDefault();
    const api = this.apiBase;
    if (!api) return;
    const code = normaliseCode(this.lookupCode);
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

  // --- rendering --------------------------------------------------------------------------------

  protected override render() {
    const s = this.lazyT(strings);
    if (!s) return this.renderLoading();
    if (!this.apiBase) {
      return html`<div part="base" class="box"><div class="state error" role="alert" part="error"><p>${s.noApi}</p></div></div>`;
    }
    return html`<div part="base" class="box">
      <h2>${s.title}</h2>
      ${this.tabs.renderTabs(s.title, {ask: s.tabAsk, check: s.tabCheck})} ${this.tabs.renderPanels((t) => (t === 'ask' ? this.renderAsk() : this.renderLookup()))}
      ${this.noPublicList ? nothing : this.renderList()}
      <p class="visually-hidden" aria-live="polite">${this.crisisAnnounce}</p>
    </div>`;
  }

  private renderCrisis(): TemplateResult {
    return renderCrisis({s: this.s, lines: crisisLinesFor(this.crisisRegion || 'us', this.locale.lang, this.crisisLines, this.i18n.pick(crisisLines))});
  }

  private renderAsk(): TemplateResult {
    const {s, write: w} = this;
    const forget = w.forget.render(this.coreText.forget, this.i18n);
    const waiting = {s, onSendNow: () => void w.sendNow(), onDelete: () => void this.freshForm(w.deleteQueued())};
    // After a question that looked like a crisis, the help panel (with the 911 / overdose line) stays above whatever comes next.
    const help = this.sentCrisis ? this.renderCrisis() : nothing;
    switch (w.phase) {
      case 'sent':
        return html`${help}${renderReceipt({
          s,
          ...w.codeView(s.note, s.noteFileName),
          forget,
          onCheckNow: () => this.checkNow(),
          onAskAnother: () => void this.freshForm(w.finish()),
        })}`;
      case 'queued':
        return html`${help}${renderQueued(waiting)}`;
      case 'blocked':
        return html`${help}${renderBlocked(waiting)}`;
      default:
        return renderQuestionForm({
          s,
          tag: this.locale.tag,
          draft: w.draft,
          topic: this.chosenTopic,
          choices: this.topicChoices,
          fixedTopic: this.topic,
          busy: w.phase === 'sending',
          lengthError: this.lengthError,
          pii: this.pii,
          draftRestored: w.draftRestored,
          refusal: w.refusal && refusalOf(w.refusal),
          crisis: looksLikeCrisis(w.draft.body) ? this.renderCrisis() : nothing,
          forget,
          onInput: (text) => this.onInput(text),
          onTopic: (topic) => w.edit({topic}),
          onPublish: (publishOk) => w.edit({publishOk}),
          onSubmit: (e) => this.onSubmit(e),
          onDiscardDraft: () => void this.freshForm(w.discardDraft()),
          onEdit: () => ((this.pii = undefined), this.focusLater('#question')),
          onSendAnyway: () => void this.send(),
        });
    }
  }

  /** What both answer views need from the element. */
  private get answersHost(): AnswersHost {
    return {s: this.s, i18n: this.i18n, tag: this.locale.tag, renderLoading: (label) => this.renderLoading(label), renderError: (error, retry) => this.renderError(error, retry)};
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
    return renderList({
      s,
      search: this.search,
      onSearch: (search) => ((this.search = search), (this.page = 1)),
      content: this.listTask.render({
        initial: () => this.renderLoading(s.listLoading),
        pending: () => this.renderLoading(s.listLoading),
        error: (e) => this.renderError(e, () => void this.listTask.run()),
        // The task loads the answers chunk with the page, so it is here once a page is.
        complete: (data) =>
          data && answers
            ? answers.renderPublished({...this.answersHost, search: this.search, goToPage: (page) => ((this.page = page), this.focusLater('#list-title'))}, data)
            : nothing,
      }),
    });
  }
}
