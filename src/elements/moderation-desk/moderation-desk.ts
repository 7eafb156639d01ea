import {html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {Task} from '@lit/task';
import {formStyles} from '../../core/form-styles.js';
import {PeerElement} from '../../core/peer-element.js';
import type {PeerFetchError} from '../../core/fetch.js';
import {TablistController, tablistStyles} from '../../controllers/tablist.js';
import {ModerationClient, type QuestionFilter, type StoryEdits, type StoryFilter} from '../../sources/peerkit-moderation.js';
import {QUESTION_STATUSES, STORY_FILTERS, type DeskQuestion, type DeskStory} from '../../model/question.js';
import {CONTENT_WARNINGS, type ContentWarning} from '../../model/story.js';
import {moderationDesk as strings} from '../../locales/tables/moderation-desk.js';
import {renderFilter, type Notice} from './parts/common.js';
import {renderSignIn, type Auth} from './parts/sign-in.js';
import {renderQuestion, type AnswerDraft, type QuestionAction} from './parts/questions.js';
import {renderStory} from './parts/stories.js';
import {renderAudit} from './parts/audit.js';
import {DeskPhotosController} from './photos.js';
import {changedFields} from './story-edits.js';
import {styles} from './moderation-desk.styles.js';


type Tab = 'questions' | 'stories' | 'audit';
const QUESTION_FILTERS: readonly QuestionFilter[] = [...QUESTION_STATUSES, 'all'];
const STORAGE_PREFIX = 'peerkit-moderation-token:';
const isUnauthorized = (err: unknown) => (err as PeerFetchError | undefined)?.status === 401;

/** A loaded list, whose items the desk replaces as the moderator acts on them. */
interface Loaded<T> {
  items: T[];
}
const replaced = <T extends {id: string}>(list: Loaded<T> | undefined, item: T) => {
  if (list) list.items = list.items.map((x) => (x.id === item.id ? item : x));
};

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
  static override styles = [...PeerElement.styles, formStyles, tablistStyles, styles];

  static override properties = {
    ...PeerElement.properties,
    api: {type: String},
    auth: {state: true, attribute: false},
    questionFilter: {state: true, attribute: false},
    storyFilter: {state: true, attribute: false},
    notice: {state: true, attribute: false},
    busyId: {state: true, attribute: false},
  };

  /** Base URL of the peerkit server (e.g. `https://example.org/api`); otherwise from `<peer-config api>`. The token is typed at sign-in, never set here. */
  declare api: string | undefined;

  declare private auth: Auth;
  declare private questionFilter: QuestionFilter;
  declare private storyFilter: StoryFilter;
  declare private notice: Notice | undefined;
  declare private busyId: string | undefined;

  private client?: ModerationClient;
  private checkedFor?: string;
  /** Answers being written, per question (kept across reloads of the queue, until sign-out). */
  private readonly answers = new Map<string, AnswerDraft>();
  private readonly answerErrors = new Set<string>();
  /** The content warnings ticked, per story as loaded (a reload of the queue starts from the server's). */
  private readonly warnings = new WeakMap<DeskStory, Set<ContentWarning>>();
  /** A moderator's edits to a story's text, sent with "Approve". */
  private readonly storyEdits = new Map<string, Required<StoryEdits>>();
  private readonly editErrors = new Map<string, string>();
  private readonly photos = new DeskPhotosController(this);

  private readonly tabs = new TablistController<Tab>(this, {tabs: ['questions', 'stories', 'audit'], selected: 'questions', changed: () => (this.notice = undefined)});

  /** A 401 while working: signed out, with an explanation. */
  private readonly expiredOn = (err: unknown) => {
    if (isUnauthorized(err)) this.signOut('expired');
  };

  private readonly questionsTask = new Task(this, {
    task: ([client, filter, tab], {signal}) => (client && tab === 'questions' ? client.questions(filter, signal) : undefined),
    args: () => [this.client, this.questionFilter, this.tabs.selected] as const,
    onError: this.expiredOn,
  });

  private readonly storiesTask = new Task(this, {
    task: ([client, filter, tab], {signal}) => (client && tab === 'stories' ? client.stories(filter, signal) : undefined),
    args: () => [this.client, this.storyFilter, this.tabs.selected] as const,
    onError: this.expiredOn,
  });

  private readonly auditTask = new Task(this, {
    task: ([client, tab], {signal}) => (client && tab === 'audit' ? client.audit(100, signal) : undefined),
    args: () => [this.client, this.tabs.selected] as const,
    onError: this.expiredOn,
  });

  constructor() {
    super();
    this.auth = {kind: 'signed-out'};
    this.questionFilter = 'pending';
    this.storyFilter = 'pending';
  }

  private get s() {
    return this.i18n.pick(strings);
  }

  /** The API base in force: own `api`, then `<peer-config api>`. */
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

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const data = this.tabs.selected === 'stories' ? this.storiesTask.value : undefined;
    if (data) this.photos.load(this.client, data.items);
  }

  private focusLater(selector: string) {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(selector)?.focus());
  }

  // --- signing in -------------------------------------------------------------------------------

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
      if (isUnauthorized(error)) this.forgetToken();
      this.auth = {kind: 'signed-out', message: isUnauthorized(error) ? (typed ? 'bad' : 'expired') : 'error', error};
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
    this.photos.clear();
    this.client = undefined;
    this.answers.clear();
    this.notice = undefined;
    this.auth = {kind: 'signed-out', message};
    this.focusLater('#token');
  }

  private onSignIn(e: Event) {
    e.preventDefault();
    const input = this.renderRoot.querySelector<HTMLInputElement>('#token')!;
    const token = input.value.trim();
    input.value = '';
    if (token) void this.signIn(token, true);
  }

  /** Runs a moderator's action on item `id`: one at a time, the outcome said under the item, a 401 signs out. */
  private async act<T>(id: string, run: (client: ModerationClient) => Promise<T>, done: (item: T) => string, failed?: (err: unknown) => string | undefined) {
    const client = this.client;
    if (!client || this.busyId) return;
    this.busyId = id;
    try {
      this.notice = {ok: true, text: done(await run(client)), id};
    } catch (err) {
      this.expiredOn(err);
      const http = (err as PeerFetchError)?.kind === 'http' && !isUnauthorized(err);
      this.notice = {ok: false, text: failed?.(err) ?? (http ? `${this.s.actionFailed} ${this.errorMessage(err)}` : this.errorMessage(err)), id};
    } finally {
      this.busyId = undefined;
    }
  }

  // --- questions --------------------------------------------------------------------------------

  private draftOf(q: DeskQuestion): AnswerDraft {
    let d = this.answers.get(q.id);
    if (!d) this.answers.set(q.id, (d = {text: q.answer ?? '', role: q.role ?? 'peer'}));
    return d;
  }

  private actOnQuestion(q: DeskQuestion, action: QuestionAction, e?: Event) {
    e?.preventDefault();
    const draft = this.draftOf(q);
    if (action === 'answer' && !draft.text.trim()) {
      this.answerErrors.add(q.id);
      this.requestUpdate();
      this.focusLater(`#answer-${q.id}`);
      return;
    }
    this.answerErrors.delete(q.id);
    const answer = action === 'answer' ? {text: draft.text.trim(), role: draft.role} : undefined;
    void this.act(
      q.id,
      (client) => client.actOnQuestion(q.id, action, answer),
      (item) => {
        replaced(this.questionsTask.value, item);
        this.answers.set(item.id, {text: item.answer ?? draft.text, role: item.role ?? draft.role});
        this.emit('peer-moderation-action', {type: 'question', id: q.id, action});
        return this.s.done[action];
      },
      (err) => (((err as PeerFetchError)?.body as {error?: string} | undefined)?.error === 'no_consent' ? this.s.noConsentError : undefined),
    );
  }

  // --- stories ----------------------------------------------------------------------------------

  private warningsOf(story: DeskStory): Set<ContentWarning> {
    let w = this.warnings.get(story);
    if (!w) this.warnings.set(story, (w = new Set(story.contentWarnings)));
    return w;
  }

  private editsOf(story: DeskStory): Required<StoryEdits> {
    let e = this.storyEdits.get(story.id);
    if (!e) this.storyEdits.set(story.id, (e = {title: story.title, body: story.body, name: story.name}));
    return e;
  }

  private actOnStory(story: DeskStory, action: 'approve' | 'reject') {
    const {edits, problem} = action === 'approve' ? changedFields(story, this.storyEdits.get(story.id)) : {};
    if (problem) {
      this.editErrors.set(story.id, {title: this.s.editTitleLength, body: this.s.editBodyLength, name: this.s.editNameLength}[problem]);
      this.requestUpdate();
      this.focusLater(`#edit-${story.id}-error`);
      return;
    }
    this.editErrors.delete(story.id);
    const warnings = CONTENT_WARNINGS.filter((w) => this.warningsOf(story).has(w));
    void this.act(
      story.id,
      (client) => client.actOnStory(story.id, action, warnings, edits),
      (item) => {
        replaced(this.storiesTask.value, item);
        this.storyEdits.delete(item.id);
        this.emit('peer-moderation-action', {type: 'story', id: story.id, action});
        return this.s.storyDone[action];
      },
    );
  }

  // --- rendering --------------------------------------------------------------------------------

  protected override render() {
    const s = this.lazyT(strings);
    if (!s) return this.renderLoading();
    if (!this.apiBase) return html`<div part="base" class="desk"><div class="state error" role="alert" part="error"><p>${s.noApi}</p></div></div>`;
    const a = this.auth;
    return html`<div part="base" class="desk">
      ${a.kind === 'signed-in'
        ? this.renderDesk(a.name)
        : renderSignIn({s, auth: a, errorText: a.kind === 'signed-out' && a.message === 'error' ? this.errorMessage(a.error) : undefined, onSubmit: (e) => this.onSignIn(e)})}
    </div>`;
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
      ${this.tabs.renderTabs(s.title, s.tabs)}
      ${this.tabs.renderPanels((tab) => (tab === 'questions' ? this.renderQuestions() : tab === 'stories' ? this.renderStories() : this.renderAuditLog()), 'panel')}`;
  }

  /** A queue: its toolbar, then the task's list (loading, error with retry, the items). */
  private renderQueue<T>(part: Tab, toolbar: TemplateResult, task: Task<readonly unknown[], Loaded<T> | undefined>, list: (items: T[]) => TemplateResult): TemplateResult {
    return html`<section part=${part} class="panel" aria-label=${this.s.tabs[part]}>
      ${toolbar}
      ${task.render({
        initial: () => this.renderLoading(),
        pending: () => this.renderLoading(),
        error: (e) => this.renderError(e, () => void task.run()),
        complete: (data) => (data ? list(data.items) : nothing),
      })}
    </section>`;
  }

  /** The items of a queue with their count, or that there are none. */
  private renderItems<T>(items: T[], count: (n: number) => string, none: string, item: (x: T) => TemplateResult): TemplateResult {
    if (!items.length) return html`<p class="state" role="status">${none}</p>`;
    return html`<p class="meta" role="status">${count(items.length)}</p>
      <ol class="items">
        ${items.map((x) => html`<li>${item(x)}</li>`)}
      </ol>`;
  }

  private renderQuestions(): TemplateResult {
    const s = this.s;
    const filter = renderFilter({s, id: 'question-filter', value: this.questionFilter, order: QUESTION_FILTERS, names: s.questionStatus, onChange: (v) => (this.questionFilter = v), onRefresh: () => void this.questionsTask.run()});
    return this.renderQueue('questions', filter, this.questionsTask, (items) =>
      this.renderItems(items, s.questionCount, s.noQuestions, (q) => {
        const draft = this.draftOf(q);
        return renderQuestion({
          s,
          tag: this.locale.tag,
          q,
          draft,
          busy: this.busyId === q.id,
          empty: this.answerErrors.has(q.id),
          notice: this.notice,
          onText: (text) => (draft.text = text),
          onRole: (role) => (draft.role = role),
          onAct: (action, e) => this.actOnQuestion(q, action, e),
        });
      }),
    );
  }

  private renderStories(): TemplateResult {
    const s = this.s;
    const filter = renderFilter({s, id: 'story-filter', value: this.storyFilter, order: STORY_FILTERS, names: s.storyStatus, onChange: (v) => (this.storyFilter = v), onRefresh: () => void this.storiesTask.run()});
    const now = Date.now();
    return this.renderQueue('stories', filter, this.storiesTask, (items) =>
      this.renderItems(items, s.storyCount, s.noStories, (story) => {
        const warnings = this.warningsOf(story);
        const edits = this.editsOf(story);
        return renderStory({
          s,
          tag: this.locale.tag,
          story,
          busy: this.busyId === story.id,
          warnings,
          photo: this.photos.get(story.id),
          edits,
          problem: this.editErrors.get(story.id),
          notice: this.notice,
          now,
          onWarning: (w, on) => (on ? warnings.add(w) : warnings.delete(w)),
          onEdit: (field, value) => (edits[field] = value),
          onAct: (action) => this.actOnStory(story, action),
        });
      }),
    );
  }

  private renderAuditLog(): TemplateResult {
    const toolbar = html`<div class="toolbar"><button type="button" @click=${() => void this.auditTask.run()}>${this.s.refresh}</button></div>`;
    return this.renderQueue('audit', toolbar, this.auditTask, (items) => renderAudit({s: this.s, tag: this.locale.tag, items}));
  }
}
