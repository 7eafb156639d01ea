import {html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {Task} from '@lit/task';
import {PeerElement} from '../../core/peer-element.js';
import {dateTimeFormat, type Tables} from '../../core/i18n.js';
import type {PeerFetchError} from '../../core/fetch.js';
import {ModerationClient, type QuestionFilter, type StoryEdits, type StoryFilter} from '../../sources/peerkit-moderation.js';
import {languageName} from '../../model/resource-language.js';
import type {AnswerRole, DeskQuestion, DeskStory} from '../../model/question.js';
import {CONTENT_WARNINGS, type ContentWarning} from '../../model/story.js';
import {moderationDesk as en} from '../../locales/en/moderation-desk.js';
import {moderationDesk as es} from '../../locales/es/moderation-desk.js';
import {styles} from './moderation-desk.styles.js';

const strings: Tables<typeof en> = {en, es};

type Tab = 'questions' | 'stories' | 'audit';
const TABS: Tab[] = ['questions', 'stories', 'audit'];
type Auth = {kind: 'signed-out'; message?: 'bad' | 'expired' | 'signed-out' | 'error'; error?: unknown} | {kind: 'checking'} | {kind: 'signed-in'; name: string};
interface AnswerDraft {
  text: string;
  role: AnswerRole;
}
type Notice = {ok: boolean; text: string; id?: string};

const STORAGE_PREFIX = 'peerkit-moderation-token:';

/**
 * The staff console of the peerkit server: answer, publish or decline questions (urgent ones first),
 * approve or reject stories (seeing their photo first, fetched with the token and never cached),
 * edit a story's title, text and name and its content warnings, and read the audit log.
 *
 * The moderator signs in with a token typed into a password field. The token is kept in this tab's
 * `sessionStorage` only (never in an attribute, a URL or a cookie) and cleared on sign-out. Every
 * question and story is rendered as text. Load it on staff pages only: it is its own chunk and never
 * part of a visitor's bundle.
 *
 * @tagname peer-moderation-desk
 * @summary Staff console to answer and publish questions, approve stories and read the audit log.
 *
 * @fires peer-moderation-action - A moderator acted on an item. `detail: {type: 'question' | 'story', id: string, action: string}`.
 *
 * @csspart base - The outer wrapper.
 * @csspart sign-in - The sign-in form.
 * @csspart questions - The questions queue.
 * @csspart stories - The stories queue.
 * @csspart audit - The audit log table.
 * @csspart error - An error message with a retry button.
 * @csspart loading - A loading message.
 *
 * @cssproperty --peer-color-accent - Accent colour (buttons, selected tab).
 * @cssproperty --peer-color-danger - Colour of urgent questions and errors.
 * @cssproperty --peer-color-bg - Background colour.
 * @cssproperty --peer-color-surface - Background of notices.
 * @cssproperty --peer-radius - Corner radius.
 * @cssproperty --peer-space - Base spacing.
 */
export class PeerModerationDesk extends PeerElement {
  static override styles = [...PeerElement.styles, styles];

  static override properties = {
    ...PeerElement.properties,
    api: {type: String},
    auth: {state: true, attribute: false},
    tab: {state: true, attribute: false},
    questionFilter: {state: true, attribute: false},
    storyFilter: {state: true, attribute: false},
    notice: {state: true, attribute: false},
    busyId: {state: true, attribute: false},
  };

  /** Base URL of the peerkit server (e.g. `https://example.org/api`); otherwise from `<peer-config api>`. The token is typed at sign-in, never set here. */
  declare api: string | undefined;

  declare private auth: Auth;
  declare private tab: Tab;
  declare private questionFilter: QuestionFilter;
  declare private storyFilter: StoryFilter;
  declare private notice: Notice | undefined;
  declare private busyId: string | undefined;

  private client?: ModerationClient;
  private checkedFor?: string;
  private readonly answers = new Map<string, AnswerDraft>();
  private readonly changedQuestions = new Map<string, DeskQuestion>();
  private readonly changedStories = new Map<string, DeskStory>();
  private readonly warnings = new Map<string, Set<ContentWarning>>();
  private answerErrors = new Set<string>();
  /** Story photos as object URLs (fetched with the token), or 'error'; revoked on sign-out and disconnect. */
  private readonly photos = new Map<string, string>();
  private readonly photoLoads = new Set<string>();
  /** A moderator's edits to a story's text, sent with "Approve". */
  private readonly storyEdits = new Map<string, Required<StoryEdits>>();
  private readonly editErrors = new Map<string, string>();

  private readonly questionsTask = new Task(this, {
    task: async ([client, filter, tab], {signal}) => {
      if (!client || tab !== 'questions') return undefined;
      const result = await this.guard(client.questions(filter, signal));
      this.changedQuestions.clear();
      return result;
    },
    args: () => [this.client, this.questionFilter, this.tab] as const,
  });

  private readonly storiesTask = new Task(this, {
    task: async ([client, filter, tab], {signal}) => {
      if (!client || tab !== 'stories') return undefined;
      const result = await this.guard(client.stories(filter, signal));
      this.changedStories.clear();
      this.warnings.clear();
      return result;
    },
    args: () => [this.client, this.storyFilter, this.tab] as const,
  });

  private readonly auditTask = new Task(this, {
    task: async ([client, tab], {signal}) => {
      if (!client || tab !== 'audit') return undefined;
      return this.guard(client.audit(100, signal));
    },
    args: () => [this.client, this.tab] as const,
  });

  constructor() {
    super();
    this.auth = {kind: 'signed-out'};
    this.tab = 'questions';
    this.questionFilter = 'pending';
    this.storyFilter = 'pending';
  }

  private get s() {
    return this.t(strings);
  }

  private get apiBase(): string | undefined {
    return this.api || this.config.api || undefined;
  }

  private get storageKey() {
    return STORAGE_PREFIX + this.apiBase;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const api = this.apiBase;
    if (api && this.checkedFor !== api) {
      this.checkedFor = api;
      this.client = undefined;
      let saved: string | null = null;
      try {
        saved = sessionStorage.getItem(this.storageKey);
      } catch {
        /* storage blocked */
      }
      if (saved) void this.signIn(saved, false);
      else this.auth = {kind: 'signed-out'};
    }
  }

  /** Turns a 401 during work into a sign-out with an explanation. */
  private async guard<T>(p: Promise<T>): Promise<T> {
    try {
      return await p;
    } catch (err) {
      if ((err as PeerFetchError)?.status === 401) this.signOut('expired');
      throw err;
    }
  }

  private async signIn(token: string, typed: boolean) {
    const api = this.apiBase;
    if (!api || !token) return;
    this.auth = {kind: 'checking'};
    const client = new ModerationClient(api, token);
    try {
      const me = await client.me();
      try {
        sessionStorage.setItem(this.storageKey, token);
      } catch {
        /* storage blocked: signed in for this page only */
      }
      this.client = client;
      this.auth = {kind: 'signed-in', name: me.name};
      if (typed) this.focusLater('#signed-in');
    } catch (error) {
      const unauthorized = (error as PeerFetchError)?.status === 401;
      if (unauthorized) this.forgetToken();
      this.auth = {kind: 'signed-out', message: unauthorized ? (typed ? 'bad' : 'expired') : 'error', error};
      if (typed) this.focusLater('#token');
    }
  }

  private forgetToken() {
    try {
      sessionStorage.removeItem(this.storageKey);
    } catch {
      /* nothing stored */
    }
  }

  private signOut(message: 'expired' | 'signed-out' = 'signed-out') {
    this.forgetToken();
    this.forgetPhotos();
    this.client = undefined;
    this.answers.clear();
    this.notice = undefined;
    this.auth = {kind: 'signed-out', message};
    this.focusLater('#token');
  }

  private focusLater(selector: string) {
    void this.updateComplete.then(() => (this.renderRoot.querySelector(selector) as HTMLElement | null)?.focus());
  }

  private onSignIn(e: Event) {
    e.preventDefault();
    const input = this.renderRoot.querySelector('#token') as HTMLInputElement;
    const token = input.value.trim();
    input.value = '';
    if (token) void this.signIn(token, true);
  }

  private selectTab(tab: Tab, focus: boolean) {
    this.tab = tab;
    this.notice = undefined;
    if (focus) this.focusLater(`#tab-${tab}`);
  }

  private onTabKey(e: KeyboardEvent) {
    const i = TABS.indexOf(this.tab);
    let next: Tab | undefined;
    if (e.key === 'ArrowRight') next = TABS[(i + 1) % TABS.length];
    else if (e.key === 'ArrowLeft') next = TABS[(i + TABS.length - 1) % TABS.length];
    else if (e.key === 'Home') next = TABS[0];
    else if (e.key === 'End') next = TABS[TABS.length - 1];
    if (!next) return;
    e.preventDefault();
    this.selectTab(next, true);
  }

  // --- questions --------------------------------------------------------------------------------

  private draftOf(q: DeskQuestion): AnswerDraft {
    let d = this.answers.get(q.id);
    if (!d) {
      d = {text: q.answer ?? '', role: q.role ?? 'peer'};
      this.answers.set(q.id, d);
    }
    return d;
  }

  private async actOnQuestion(q: DeskQuestion, action: 'answer' | 'publish' | 'decline', e?: Event) {
    e?.preventDefault();
    if (!this.client || this.busyId) return;
    const draft = this.draftOf(q);
    if (action === 'answer' && !draft.text.trim()) {
      this.answerErrors.add(q.id);
      this.requestUpdate();
      this.focusLater(`#answer-${q.id}`);
      return;
    }
    this.answerErrors.delete(q.id);
    this.busyId = q.id;
    try {
      const item = await this.guard(this.client.actOnQuestion(q.id, action, action === 'answer' ? {text: draft.text.trim(), role: draft.role} : undefined));
      this.changedQuestions.set(item.id, item);
      this.answers.set(item.id, {text: item.answer ?? draft.text, role: item.role ?? draft.role});
      this.notice = {ok: true, text: this.s.done[action], id: q.id};
      this.emit('peer-moderation-action', {type: 'question', id: q.id, action});
    } catch (err) {
      const code = ((err as PeerFetchError)?.body as {error?: string} | undefined)?.error;
      this.notice = {ok: false, text: code === 'no_consent' ? this.s.noConsentError : this.errorMessageFor(err), id: q.id};
    } finally {
      this.busyId = undefined;
    }
  }

  private errorMessageFor(err: unknown): string {
    return (err as PeerFetchError)?.kind === 'http' && (err as PeerFetchError).status !== 401 ? `${this.s.actionFailed} ${this.errorMessage(err)}` : this.errorMessage(err);
  }

  // --- stories ----------------------------------------------------------------------------------

  private warningsOf(story: DeskStory): Set<ContentWarning> {
    let w = this.warnings.get(story.id);
    if (!w) {
      w = new Set(story.contentWarnings);
      this.warnings.set(story.id, w);
    }
    return w;
  }

  private async actOnStory(story: DeskStory, action: 'approve' | 'reject') {
    if (!this.client || this.busyId) return;
    const {edits, problem} = action === 'approve' ? this.changedFields(story) : {};
    if (problem) {
      this.editErrors.set(story.id, problem);
      this.requestUpdate();
      this.focusLater(`#edit-${story.id}-error`);
      return;
    }
    this.editErrors.delete(story.id);
    this.busyId = story.id;
    const warnings = CONTENT_WARNINGS.filter((w) => this.warningsOf(story).has(w));
    try {
      const item = await this.guard(this.client.actOnStory(story.id, action, warnings, edits));
      this.changedStories.set(item.id, item);
      this.storyEdits.delete(item.id);
      this.warnings.set(item.id, new Set(item.contentWarnings));
      this.notice = {ok: true, text: this.s.storyDone[action], id: story.id};
      this.emit('peer-moderation-action', {type: 'story', id: story.id, action});
    } catch (err) {
      this.notice = {ok: false, text: this.errorMessageFor(err), id: story.id};
    } finally {
      this.busyId = undefined;
    }
  }

  private editsOf(story: DeskStory): Required<StoryEdits> {
    let e = this.storyEdits.get(story.id);
    if (!e) this.storyEdits.set(story.id, (e = {title: story.title, body: story.body, name: story.name}));
    return e;
  }

  /** The fields the moderator changed (trimmed), or a problem to show; the server checks the same limits. */
  private changedFields(story: DeskStory): {edits?: StoryEdits; problem?: string} {
    const e = this.storyEdits.get(story.id);
    if (!e) return {};
    const s = this.s;
    const edits: StoryEdits = {};
    const title = e.title.trim();
    const body = e.body.trim();
    const name = e.name.trim();
    if (title !== story.title) {
      if (title.length < 3 || title.length > 120) return {problem: s.editTitleLength};
      edits.title = title;
    }
    if (body !== story.body) {
      if (body.length < 50 || body.length > 5000) return {problem: s.editBodyLength};
      edits.body = body;
    }
    if (name !== story.name) {
      if (name.length < 1 || name.length > 40) return {problem: s.editNameLength};
      edits.name = name;
    }
    return {edits};
  }

  /** Fetches the photos of the stories on screen (once each). */
  private loadPhotos(stories: readonly DeskStory[]) {
    const client = this.client;
    if (!client) return;
    for (const story of stories) {
      if (!story.hasPhoto || this.photos.has(story.id) || this.photoLoads.has(story.id)) continue;
      this.photoLoads.add(story.id);
      client
        .photo(story.id)
        .then((blob) => {
          if (this.client === client) this.photos.set(story.id, URL.createObjectURL(blob));
        })
        .catch(() => this.photos.set(story.id, 'error'))
        .finally(() => {
          this.photoLoads.delete(story.id);
          this.requestUpdate();
        });
    }
  }

  private forgetPhotos() {
    for (const url of this.photos.values()) if (url !== 'error') URL.revokeObjectURL(url);
    this.photos.clear();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.forgetPhotos();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const data = this.tab === 'stories' ? this.storiesTask.value : undefined;
    if (data) this.loadPhotos(data.items.map((x) => this.changedStories.get(x.id) ?? x));
  }

  // --- formatting -------------------------------------------------------------------------------

  private day(ymd: string): string {
    const t = Date.parse(`${ymd.slice(0, 10)}T00:00:00Z`);
    return Number.isNaN(t) ? ymd : dateTimeFormat(this.locale.tag, {dateStyle: 'medium', timeZone: 'UTC'}).format(t);
  }

  private instant(value: string): string {
    const t = Date.parse(value);
    return Number.isNaN(t) ? value : dateTimeFormat(this.locale.tag, {dateStyle: 'medium', timeStyle: 'short'}).format(t);
  }

  // --- rendering --------------------------------------------------------------------------------

  protected override render() {
    const s = this.s;
    if (!this.apiBase) return html`<div part="base" class="desk"><div class="state error" role="alert" part="error"><p>${s.noApi}</p></div></div>`;
    return html`<div part="base" class="desk">${this.auth.kind === 'signed-in' ? this.renderDesk(this.auth.name) : this.renderSignIn()}</div>`;
  }

  private renderSignIn(): TemplateResult {
    const s = this.s;
    const a = this.auth;
    const checking = a.kind === 'checking';
    const message = a.kind === 'signed-out' ? a.message : undefined;
    const bad = message === 'bad' || message === 'expired';
    return html`<h2>${s.title}</h2>
      <form part="sign-in" @submit=${this.onSignIn} aria-labelledby="sign-in-title">
        <h3 id="sign-in-title">${s.signInTitle}</h3>
        <p id="sign-in-intro">${s.signInIntro}</p>
        ${message === 'signed-out' ? html`<p class="notice" role="status">${s.signedOut}</p>` : nothing}
        ${bad ? html`<p class="notice bad" role="alert" id="sign-in-error">${message === 'bad' ? s.badToken : s.expired}</p>` : nothing}
        ${message === 'error' && a.kind === 'signed-out' ? html`<p class="notice bad" role="alert" id="sign-in-error">${this.errorMessage(a.error)}</p>` : nothing}
        <div class="field">
          <label for="token">${s.tokenLabel}</label>
          <input
            type="password"
            id="token"
            name="token"
            autocomplete="off"
            spellcheck="false"
            required
            aria-describedby=${bad || message === 'error' ? 'sign-in-intro sign-in-error' : 'sign-in-intro'}
            aria-invalid=${bad ? 'true' : 'false'}
            ?disabled=${checking}
          />
        </div>
        <div class="actions">
          <button type="submit" class="primary" ?disabled=${checking}>${s.signIn}</button>
          ${checking ? html`<span role="status">${s.signingIn}</span>` : nothing}
        </div>
      </form>`;
  }

  private renderDesk(name: string): TemplateResult {
    const s = this.s;
    return html`<header class="top">
        <h2 id="signed-in" tabindex="-1">${s.title}</h2>
        <div class="actions">
          <span>${s.signedInAs(name)}</span>
          <button type="button" @click=${() => this.signOut()}>${s.signOut}</button>
        </div>
      </header>
      <div class="tabs" role="tablist" aria-label=${s.title} @keydown=${this.onTabKey}>
        ${TABS.map(
          (t) => html`<button
            type="button"
            role="tab"
            id=${`tab-${t}`}
            aria-selected=${this.tab === t ? 'true' : 'false'}
            aria-controls=${`panel-${t}`}
            tabindex=${this.tab === t ? 0 : -1}
            @click=${() => this.selectTab(t, false)}
          >
            ${s.tabs[t]}
          </button>`,
        )}
      </div>
      <div role="tabpanel" id=${`panel-${this.tab}`} aria-labelledby=${`tab-${this.tab}`} class="panel">
        ${this.tab === 'questions' ? this.renderQuestions() : this.tab === 'stories' ? this.renderStories() : this.renderAudit()}
      </div>`;
  }

  private renderFilter<F extends string>(id: string, value: F, options: Record<F, string>, order: F[], onChange: (v: F) => void, refresh: () => void): TemplateResult {
    const s = this.s;
    return html`<div class="toolbar">
      <div class="field">
        <label for=${id}>${s.statusFilter}</label>
        <select id=${id} @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value as F)}>
          ${order.map((o) => html`<option value=${o} ?selected=${o === value}>${options[o]}</option>`)}
        </select>
      </div>
      <button type="button" @click=${refresh}>${s.refresh}</button>
    </div>`;
  }

  private renderNotice(id: string) {
    const n = this.notice;
    return html`<p class="live" role="status">${n && n.id === id && n.ok ? html`<span class="notice">${n.text}</span>` : nothing}</p>
      ${n && n.id === id && !n.ok ? html`<p class="notice bad" role="alert">${n.text}</p>` : nothing}`;
  }

  private renderQuestions(): TemplateResult {
    const s = this.s;
    const order: QuestionFilter[] = ['pending', 'answered', 'published', 'declined', 'all'];
    return html`<section part="questions" class="panel" aria-label=${s.tabs.questions}>
      ${this.renderFilter('question-filter', this.questionFilter, s.questionStatus, order, (v) => (this.questionFilter = v), () => void this.questionsTask.run())}
      ${this.questionsTask.render({
        initial: () => this.renderLoading(),
        pending: () => this.renderLoading(),
        error: (e) => this.renderError(e, () => void this.questionsTask.run()),
        complete: (data) => {
          if (!data) return nothing;
          const items = data.items.map((q) => this.changedQuestions.get(q.id) ?? q);
          if (!items.length) return html`<p class="state" role="status">${s.noQuestions}</p>`;
          return html`<p class="meta" role="status">${s.questionCount(items.length)}</p>
            <ol class="items">
              ${items.map((q) => html`<li>${this.renderQuestion(q)}</li>`)}
            </ol>`;
        },
      })}
    </section>`;
  }

  private renderQuestion(q: DeskQuestion): TemplateResult {
    const s = this.s;
    const draft = this.draftOf(q);
    const busy = this.busyId === q.id;
    const answered = q.status === 'answered' || q.status === 'published' || !!q.answer;
    const canPublish = q.publishOk && answered && q.status !== 'published';
    const publishWhy = !q.publishOk ? s.publishNoConsent : !answered ? s.publishNeedsAnswer : '';
    const empty = this.answerErrors.has(q.id);
    const statusLabel = s.questionStatus[q.status];
    return html`<article class=${q.urgent ? 'urgent' : ''} aria-labelledby=${`q-${q.id}-head`}>
      <h3 id=${`q-${q.id}-head`} class="meta">
        ${q.urgent ? html`<span class="badge urgent">${s.urgent}</span>` : nothing}
        <span>${s.status(statusLabel)}</span>
        <span>${s.asked(this.day(q.createdOn))}</span>
        ${q.topic ? html`<span>${s.topic(q.topic)}</span>` : nothing}
        ${q.lang ? html`<span>${s.language(languageName(q.lang, this.locale.tag))}</span>` : nothing}
      </h3>
      ${q.urgent ? html`<p class="hint">${s.urgentHint}</p>` : nothing}
      <p class="text question-body">${q.body}</p>
      <p class="meta">${q.publishOk ? s.publishOk : s.privateOnly}</p>
      <form @submit=${(e: Event) => this.actOnQuestion(q, 'answer', e)}>
        <div class="field">
          <label for=${`answer-${q.id}`}>${s.answerLabel}</label>
          <textarea
            id=${`answer-${q.id}`}
            rows="4"
            .value=${draft.text}
            aria-invalid=${empty ? 'true' : 'false'}
            aria-describedby=${empty ? `answer-${q.id}-error` : nothing}
            @input=${(e: Event) => (draft.text = (e.target as HTMLTextAreaElement).value)}
          ></textarea>
          ${empty ? html`<span class="error-text" id=${`answer-${q.id}-error`}>${s.answerEmpty}</span>` : nothing}
        </div>
        <fieldset>
          <legend>${s.roleLegend}</legend>
          ${(['peer', 'clinician'] as AnswerRole[]).map(
            (r) => html`<span class="check">
              <input type="radio" id=${`role-${q.id}-${r}`} name=${`role-${q.id}`} value=${r} .checked=${draft.role === r} @change=${() => (draft.role = r)} />
              <label for=${`role-${q.id}-${r}`}>${s.role[r]}</label>
            </span>`,
          )}
        </fieldset>
        <div class="actions">
          <button type="submit" class="primary" ?disabled=${busy}>${s.saveAnswer}</button>
          <button type="button" ?disabled=${busy || !canPublish} aria-describedby=${publishWhy ? `publish-${q.id}-why` : nothing} @click=${() => this.actOnQuestion(q, 'publish')}>${s.publish}</button>
          <button type="button" ?disabled=${busy || q.status === 'declined'} @click=${() => this.actOnQuestion(q, 'decline')}>${s.decline}</button>
        </div>
        ${publishWhy ? html`<p class="hint" id=${`publish-${q.id}-why`}>${publishWhy}</p>` : nothing}
      </form>
      ${this.renderNotice(q.id)}
    </article>`;
  }

  private renderStories(): TemplateResult {
    const s = this.s;
    const order: StoryFilter[] = ['pending', 'approved', 'rejected', 'all'];
    return html`<section part="stories" class="panel" aria-label=${s.tabs.stories}>
      ${this.renderFilter('story-filter', this.storyFilter, s.storyStatus, order, (v) => (this.storyFilter = v), () => void this.storiesTask.run())}
      ${this.storiesTask.render({
        initial: () => this.renderLoading(),
        pending: () => this.renderLoading(),
        error: (e) => this.renderError(e, () => void this.storiesTask.run()),
        complete: (data) => {
          if (!data) return nothing;
          const items = data.items.map((x) => this.changedStories.get(x.id) ?? x);
          if (!items.length) return html`<p class="state" role="status">${s.noStories}</p>`;
          return html`<p class="meta" role="status">${s.storyCount(items.length)}</p>
            <ol class="items">
              ${items.map((x) => html`<li>${this.renderStory(x)}</li>`)}
            </ol>`;
        },
      })}
    </section>`;
  }

  private renderStory(story: DeskStory): TemplateResult {
    const s = this.s;
    const busy = this.busyId === story.id;
    const warnings = this.warningsOf(story);
    const live = story.liveFrom ? Date.parse(story.liveFrom) : NaN;
    const statusLabel = (s.storyStatus as Record<string, string>)[story.status] ?? story.status;
    return html`<article aria-labelledby=${`s-${story.id}-title`}>
      <h3 id=${`s-${story.id}-title`} class="text">${story.title}</h3>
      <p class="meta">
        <span>${s.by(story.name)}</span>
        ${story.recoveryMonths !== undefined ? html`<span>${s.months(story.recoveryMonths)}</span>` : nothing}
        <span>${s.submitted(this.day(story.createdOn))}</span>
        <span>${s.status(statusLabel)}</span>
        <span>${s.consent[story.consentDuration] ?? s.consentOther(story.consentDuration)}</span>
      </p>
      ${story.status === 'approved' && !Number.isNaN(live)
        ? html`<p class="notice">${live > Date.now() ? s.goesLive(this.instant(story.liveFrom!)) : s.liveSince(this.instant(story.liveFrom!))} ${story.expiresOn ? s.expires(this.day(story.expiresOn)) : nothing}</p>`
        : nothing}
      <p class="text story-body">${story.body}</p>
      ${story.hasPhoto ? this.renderPhoto(story) : nothing}
      ${this.renderEdit(story)}
      <fieldset>
        <legend>${s.warningsLegend}</legend>
        ${CONTENT_WARNINGS.map(
          (w) => html`<span class="check">
            <input
              type="checkbox"
              id=${`cw-${story.id}-${w}`}
              .checked=${warnings.has(w)}
              @change=${(e: Event) => ((e.target as HTMLInputElement).checked ? warnings.add(w) : warnings.delete(w))}
            />
            <label for=${`cw-${story.id}-${w}`}>${s.warnings[w]}</label>
          </span>`,
        )}
      </fieldset>
      <div class="actions">
        <button type="button" class="primary" ?disabled=${busy} @click=${() => this.actOnStory(story, 'approve')}>${s.approve}</button>
        <button type="button" ?disabled=${busy || story.status === 'rejected'} @click=${() => this.actOnStory(story, 'reject')}>${s.reject}</button>
      </div>
      ${this.renderNotice(story.id)}
    </article>`;
  }

  /** The storyteller's photo as they sent it (rendered as an image from its bytes, never from a URL in data). */
  private renderPhoto(story: DeskStory): TemplateResult {
    const s = this.s;
    const url = this.photos.get(story.id);
    return html`<figure class="photo">
      ${url && url !== 'error' ? html`<img src=${url} alt=${story.photoAlt ?? ''} />` : html`<p class="meta">${url === 'error' ? s.photoFailed : s.photoLoading}</p>`}
      <figcaption class="meta">${story.photoAlt ? s.photo(story.photoAlt) : s.photoNoAlt}</figcaption>
    </figure>`;
  }

  /** Edit the title, text and name before approving (sent as `edits`). */
  private renderEdit(story: DeskStory): TemplateResult {
    const s = this.s;
    const e = this.editsOf(story);
    const problem = this.editErrors.get(story.id);
    const id = `edit-${story.id}`;
    return html`<details class="edit" ?open=${!!problem}>
      <summary>${s.editSummary}</summary>
      <div class="field">
        <label for=${`${id}-title`}>${s.editTitle}</label>
        <input type="text" id=${`${id}-title`} .value=${e.title} @input=${(ev: Event) => (e.title = (ev.target as HTMLInputElement).value)} />
      </div>
      <div class="field">
        <label for=${`${id}-body`}>${s.editBody}</label>
        <textarea id=${`${id}-body`} rows="8" .value=${e.body} @input=${(ev: Event) => (e.body = (ev.target as HTMLTextAreaElement).value)}></textarea>
      </div>
      <div class="field">
        <label for=${`${id}-name`}>${s.editName}</label>
        <input type="text" id=${`${id}-name`} .value=${e.name} @input=${(ev: Event) => (e.name = (ev.target as HTMLInputElement).value)} />
      </div>
      <p class="hint">${s.editHint}</p>
      ${problem ? html`<p class="notice bad" role="alert" id=${`${id}-error`} tabindex="-1">${problem}</p>` : nothing}
    </details>`;
  }

  private renderAudit(): TemplateResult {
    const s = this.s;
    return html`<section part="audit" class="panel" aria-label=${s.tabs.audit}>
      <div class="toolbar"><button type="button" @click=${() => void this.auditTask.run()}>${s.refresh}</button></div>
      ${this.auditTask.render({
        initial: () => this.renderLoading(),
        pending: () => this.renderLoading(),
        error: (e) => this.renderError(e, () => void this.auditTask.run()),
        complete: (data) => {
          if (!data) return nothing;
          if (!data.items.length) return html`<p class="state" role="status">${s.auditEmpty}</p>`;
          return html`<div class="table-wrap">
            <table>
              <caption>
                ${s.auditCaption}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${s.auditWhen}</th>
                  <th scope="col">${s.auditWho}</th>
                  <th scope="col">${s.auditAction}</th>
                  <th scope="col">${s.auditTarget}</th>
                </tr>
              </thead>
              <tbody>
                ${data.items.map(
                  (a) => html`<tr>
                    <td>${this.instant(a.at)}</td>
                    <td>${a.moderator}</td>
                    <td>${a.action}</td>
                    <td>${a.targetType} ${a.targetId}</td>
                  </tr>`,
                )}
              </tbody>
            </table>
          </div>`;
        },
      })}
    </section>`;
  }
}
