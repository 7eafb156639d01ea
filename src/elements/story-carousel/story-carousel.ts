import {html, type PropertyValues, type TemplateResult} from 'lit';
import {Task, initialState} from '@lit/task';
import {PeerElement} from '../../core/peer-element.js';
import {storyCarousel as strings} from '../../locales/tables/story-carousel.js';
import {CONTENT_WARNINGS, HIDDEN_WARNINGS_KEY, hiddenWarnings, visibleStories, type ContentWarning, type ParsedStories, type Story} from '../../model/story.js';
import {apiUrl, getJson} from '../../core/fetch.js';
import {retryableImport} from '../../core/lazy-import.js';
import {DeviceListController} from '../../controllers/device-list.js';
import {AutoplayController} from '../../controllers/autoplay.js';
import {SlideTrackController} from './slide-track.js';
import {styles} from './story-carousel.styles.js';
import {renderShareBar, type Panel, type PanelState} from './parts/share-bar.js';
import {renderState} from './parts/state.js';

// Lazy chunks, asked for again after a failure (Chromium keeps a failed import() failed).
const loadAdapter = retryableImport(() => import('../../sources/peerkit-stories.js'));
const loadView = retryableImport(() => import('./parts/stories.js'));
const loadShareForm = retryableImport(() => import('./peer-story-share.js'));

// Spanish is a chunk of its own, loaded only when a carousel renders in Spanish (while the stories load).
const SHARE_OPEN_KEY = 'peerkit:stories:share-open';

type Layout = 'carousel' | 'list';
/** What the task loads: the stories, and the parts that draw them. */
interface Loaded {
  parsed: ParsedStories;
  view: typeof import('./parts/stories.js');
}

/** Whether the share form was left open (a string, not a list: outside the device lists). */
function shareWasOpen(): boolean {
  try {
    return localStorage.getItem(SHARE_OPEN_KEY) === 'share';
  } catch {
    return false;
  }
}
function rememberShareOpen(open: boolean): void {
  try {
    if (open) localStorage.setItem(SHARE_OPEN_KEY, 'share');
    else localStorage.removeItem(SHARE_OPEN_KEY);
  } catch {
    /* storage disabled: for this visit only */
  }
}

/**
 * @tagname peer-story-carousel
 * @summary Accessible carousel of moderated peer recovery stories, with an optional "share your story" form.
 *
 * Follows the WAI-ARIA carousel pattern: a labelled region, slides named by their heading, native
 * previous / next buttons that never move focus, no rotation unless `autoplay` is set (then a
 * stop / start button comes first and rotation stops for good when focus enters), off-screen slides
 * `inert`, `prefers-reduced-motion` honoured. Built on CSS scroll-snap: swipe, or use the buttons.
 * Stories with content warnings show the warning first; readers can hide stories by warning
 * (remembered on their device). The form for sharing (and withdrawing) a story loads only when asked for.
 *
 * @fires peer-feed-issues - Some stories could not be read and were skipped; `detail: {issues: StoryIssue[]}`.
 * @fires peer-story-change - The visitor moved to another story; `detail: {index, story}`.
 * @fires peer-story-submit - A story was handed to the outbox for sending; `detail: {id}` (outbox item id).
 * @fires peer-story-withdrawn - A story was withdrawn with its code.
 *
 * @csspart base - The region around the carousel or list.
 * @csspart controls - The row of rotation, previous and next buttons.
 * @csspart rotation - The stop / start automatic slide show button.
 * @csspart previous - The previous story button.
 * @csspart next - The next story button.
 * @csspart slides - The scroll-snapping slide wrapper.
 * @csspart slide - One slide.
 * @csspart list - The list layout.
 * @csspart story - One story card.
 * @csspart warning - A content warning shown before a story.
 * @csspart photo - A story's photo.
 * @csspart footer - Layout toggle and content settings.
 * @csspart share - The share / withdraw buttons and panel.
 * @csspart loading - The loading state.
 * @csspart error - The error state.
 * @csspart empty - The empty state.
 *
 * @cssproperty --peer-color-accent - Accent colour (links, focus).
 * @cssproperty --peer-color-surface - Story card background.
 * @cssproperty --peer-color-warning-bg - Content warning background.
 * @cssproperty --peer-story-gap - Space between stories (default 1em).
 */
export class PeerStoryCarousel extends PeerElement {
  static override styles = [...PeerElement.styles, styles];

  static override properties = {
    ...PeerElement.properties,
    api: {type: String},
    src: {type: String},
    autoplay: {type: Boolean, reflect: true},
    interval: {type: Number},
    noSubmit: {type: Boolean, attribute: 'no-submit'},
    layout: {type: String, reflect: true},
    headingLevel: {type: Number, attribute: 'heading-level'},
    _opened: {state: true, attribute: false},
    _expanded: {state: true, attribute: false},
    _layoutOverride: {state: true, attribute: false},
    _announcement: {state: true, attribute: false},
    _panel: {state: true, attribute: false},
    _panelState: {state: true, attribute: false},
  };

  /** Base URL of the peerkit server (e.g. `https://example.org/api`); otherwise from `<peer-config>`. Also where stories are shared. */
  declare api: string | undefined;
  /** A static JSON file of stories (an array of the public story shape, or `{items: […]}`); wins over `api` for reading. */
  declare src: string | undefined;
  /** Rotate through the stories automatically (off by default; never while reduced motion is preferred, until the visitor presses start). */
  declare autoplay: boolean;
  /** Seconds per story when rotating (default 7). */
  declare interval: number;
  /** Hide the "Share your story" and "Withdraw a story" buttons. */
  declare noSubmit: boolean;
  /** `carousel` (default) or `list` (every story, one after the other). */
  declare layout: Layout;
  /**
   * Heading level (2–6) of each story's title, to fit the page's outline; default 3, under a
   * visually hidden heading one level up that names the stories (an `h1` page has no gap).
   */
  declare headingLevel: number | undefined;

  declare private _opened: ReadonlySet<string>;
  declare private _expanded: ReadonlySet<string>;
  declare private _layoutOverride: Layout | undefined;
  declare private _announcement: string;
  declare private _panel: Panel | undefined;
  declare private _panelState: PanelState;

  /** A seam for tests and hosts: how the element asks about `prefers-reduced-motion`. */
  static matchMedia: (query: string) => MediaQueryList = (q) => window.matchMedia(q);

  /** The hidden warnings, shared live with every carousel on the page and in other tabs. */
  private readonly _device = new DeviceListController(this);
  private readonly _track = new SlideTrackController(this, {
    onMove: (index, swipe) => {
      if (!swipe || (!this.rotating && this._announcement !== this._positionText(index))) this._announce(index);
    },
  });
  private readonly _autoplay = new AutoplayController(this, {
    enabled: () => this.autoplay,
    match: (q) => PeerStoryCarousel.matchMedia(q),
    interval: () => Math.max(1, Number.isFinite(this.interval) ? this.interval : 7) * 1000,
    canAdvance: () => this.currentLayout === 'carousel' && this._count > 1,
    advance: () => this._track.go(this._track.index + 1 >= this._count ? 0 : this._track.index + 1, false),
  });
  /** The hidden warnings at the last update, to start again from the first story when they change. */
  private _hiddenSeen?: string;

  private readonly _task = new Task(this, {
    task: async ([url], {signal}) => {
      if (!url) return initialState;
      // The zod/mini adapter and the parts load while the stories are on their way, not before.
      const [json, adapter, view] = await Promise.all([getJson(url, {signal}), loadAdapter(), loadView()]);
      return {parsed: adapter.parseStories(json, url), view} satisfies Loaded;
    },
    args: () => [this._url] as const,
    onComplete: ({parsed}) => {
      if (!parsed.issues.length) return;
      this.log.warn(`${parsed.issues.length} stories skipped`, parsed.issues);
      this.emit('peer-feed-issues', {issues: parsed.issues});
    },
  });

  constructor() {
    super();
    this.autoplay = false;
    this.interval = 7;
    this.noSubmit = false;
    this.layout = 'carousel';
    this._opened = new Set();
    this._expanded = new Set();
    this._announcement = '';
    this._panelState = 'idle';
  }

  private get _api(): string | undefined {
    return this.api || this.config.api || undefined;
  }

  /** Where the stories are read from: `src`, else the server's list in the visitor's language. */
  private get _url(): string | undefined {
    if (this.src) return new URL(this.src, location.href).href;
    const api = this._api;
    return api ? apiUrl(api, 'v1/stories', {lang: this.locale.lang}) : undefined;
  }

  /** The strings in force (English until the Spanish table has loaded; `render` waits for it). */
  private get s() {
    return this.i18n.pick(strings);
  }

  /** The layout shown now: the attribute, unless the visitor toggled "show all". */
  get currentLayout(): Layout {
    return this._layoutOverride ?? (this.layout === 'list' ? 'list' : 'carousel');
  }

  /** Whether the slide show is rotating now (it may be paused while the pointer is over it). */
  get rotating(): boolean {
    return this._autoplay.rotating;
  }

  /** Index (in the shown stories) of the first story in view. */
  get currentIndex(): number {
    return this._track.index;
  }

  /** The warnings this reader hides (kept on the device). */
  private get _hidden(): ContentWarning[] {
    return hiddenWarnings(this._device.get(HIDDEN_WARNINGS_KEY));
  }

  private get _shown(): Story[] {
    const v = this._task.value;
    return v ? visibleStories(v.parsed.stories, this._hidden) : [];
  }

  private get _count(): number {
    return this._shown.length;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (shareWasOpen() && !this.noSubmit) void this._openPanel('share', false);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Hidden here, in another carousel, another tab, or forgotten: start again from the first story.
    const hidden = this._hidden.join();
    if (this._hiddenSeen !== undefined && hidden !== this._hiddenSeen) this._track.reset();
    this._hiddenSeen = hidden;
  }

  /** Loads the stories again (after a withdrawal, or from a host page). */
  reload(): void {
    void this._task.run();
  }

  // --- the visitor's moves and choices -----------------------------------------------------------

  private _positionText(index: number): string | undefined {
    const story = this._shown[index];
    return story && this.s.position(index + 1, this._count, story.title);
  }

  private _announce(index: number): void {
    const text = this._positionText(index);
    if (text === undefined) return;
    this._announcement = text;
    this.emit('peer-story-change', {index, story: this._shown[index]});
  }

  private _toggleHidden(w: ContentWarning, hide: boolean): void {
    const hidden = new Set(this._hidden);
    if (hide) hidden.add(w);
    else hidden.delete(w);
    this._device.set(HIDDEN_WARNINGS_KEY, CONTENT_WARNINGS.filter((x) => hidden.has(x)));
  }

  private _toggleLayout(): void {
    this._layoutOverride = this.currentLayout === 'carousel' ? 'list' : 'carousel';
    this._track.reset();
  }

  /** Opens a story behind its content warning; focus goes to the story's text (the button is gone), never to <body>. */
  private async _open(story: Story, i: number): Promise<void> {
    this._opened = new Set([...this._opened, story.id]);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#story-${i}-text`)?.focus({preventScroll: true});
  }

  private _toggleExpanded(story: Story): void {
    const set = new Set(this._expanded);
    if (!set.delete(story.id)) set.add(story.id);
    this._expanded = set;
  }

  // --- share / withdraw (lazy) -----------------------------------------------------------------

  private async _openPanel(panel: Panel, focus = true): Promise<void> {
    if (this._panel === panel) return this._closePanel();
    this._panel = panel;
    this._panelState = 'loading';
    try {
      await loadShareForm();
      this._panelState = 'idle';
      if (panel === 'share') rememberShareOpen(true);
      if (focus) {
        await this.updateComplete;
        const share = this.renderRoot.querySelector('peer-story-share') as (HTMLElement & {updateComplete: Promise<unknown>; focusHeading(): void}) | null;
        await share?.updateComplete;
        share?.focusHeading();
      }
    } catch (err) {
      this.log.warn('could not load the story form', err);
      this._panelState = 'failed';
    }
  }

  private _closePanel(): void {
    const panel = this._panel;
    const hadFocus = !!this.renderRoot.querySelector('.share-panel')?.contains((this.renderRoot as ShadowRoot).activeElement);
    this._panel = undefined;
    rememberShareOpen(false);
    // The form (and the button the visitor pressed in it) is gone: focus goes back to the button that opened it.
    if (hadFocus) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(panel === 'withdraw' ? 'button.withdraw-open' : 'button.share-open')?.focus());
  }

  private _retryPanel(): void {
    const panel = this._panel;
    this._panel = undefined;
    if (panel) void this._openPanel(panel);
  }

  // --- layout ------------------------------------------------------------------------------------

  protected override render() {
    const s = this.lazyT(strings);
    if (!s) return this.renderLoading();
    const api = this._api;
    return html`
      ${this._url
        ? this._task.render({
            initial: () => this.renderLoading(),
            pending: () => this.renderLoading(),
            error: (e) => this.renderError(e, () => this.reload()),
            complete: (loaded) => this._renderStories(loaded),
          })
        : // Never a blank box: say what is missing (nothing to retry until the page is fixed).
          renderState({kind: 'error', role: 'alert', message: s.errorNoSource})}
      ${api && !this.noSubmit
        ? renderShareBar({
            s,
            api,
            theme: this.theme,
            panel: this._panel,
            state: this._panelState,
            loading: this.renderLoading(s.loadingForm),
            retryLabel: this.coreText.retry,
            onOpen: (panel) => void this._openPanel(panel),
            onRetry: () => this._retryPanel(),
            onClose: () => this._closePanel(),
            onWithdrawn: () => this.reload(),
          })
        : ''}
    `;
  }

  private _renderStories({parsed, view}: Loaded): TemplateResult {
    const s = this.s;
    if (!parsed.stories.length) return renderState({kind: 'empty', role: 'status', message: s.empty});
    const shown = this._shown;
    const hidden = this._hidden;
    const layout = this.currentLayout;
    const level = view.storyLevel(this.headingLevel);
    const card = (story: Story, index: number) =>
      view.renderStory({
        story,
        index,
        level,
        s,
        tag: this.locale.tag,
        opened: this._opened.has(story.id),
        expanded: this._expanded.has(story.id),
        onOpen: (st, i) => void this._open(st, i),
        onToggleExpanded: (st) => this._toggleExpanded(st),
      });
    return html`
      ${!shown.length
        ? renderState({kind: 'empty', message: s.allHidden})
        : layout === 'list'
          ? view.renderList({stories: shown, label: s.regionLabel, level, card})
          : view.renderCarousel({
              stories: shown,
              s,
              level,
              track: this._track,
              autoplay: this.autoplay ? this._autoplay : undefined,
              focusable: !this._track.visible.some((i) => shown[i] && view.hasControl(shown[i], this._opened.has(shown[i].id))),
              announcement: this._announcement,
              card,
            })}
      ${view.renderFooter({
        s,
        layout,
        shown: shown.length,
        hiddenStories: parsed.stories.length - shown.length,
        present: new Set(parsed.stories.flatMap((st) => st.contentWarnings)),
        hidden,
        skippedNote: parsed.issues.length ? this.coreText.skippedRecords(parsed.issues.length) : '',
        onToggleLayout: () => this._toggleLayout(),
        onToggleHidden: (w, hide) => this._toggleHidden(w, hide),
      })}
    `;
  }
}
