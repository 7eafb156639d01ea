import {html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {Task} from '@lit/task';
import {PeerElement} from '../../core/peer-element.js';
import {LazyTables} from '../../core/i18n.js';
import {storyCarousel as en} from '../../locales/en/story-carousel.js';
import {
  CONTENT_WARNINGS,
  HIDDEN_WARNINGS_KEY,
  formatRecovery,
  formatStoryDate,
  isLongStory,
  paragraphs,
  parseHiddenWarnings,
  visibleStories,
  type ContentWarning,
  type ParsedStories,
  type Story,
} from '../../model/story.js';
import {apiUrl, getJson} from '../../core/fetch.js';
import {styles} from './story-carousel.styles.js';
import {retryableImport} from '../../core/lazy-import.js';
import {onForget} from '../../core/forget-event.js';

// Lazy chunks, asked for again after a failure (Chromium keeps a failed import() failed).
const loadAdapter = retryableImport(() => import('../../sources/peerkit-stories.js'));
const loadShareForm = retryableImport(() => import('./peer-story-share.js'));

// Spanish is a chunk of its own, loaded only when a carousel renders in Spanish (while the stories load).
const strings = new LazyTables(en, {es: () => import('../../locales/es/story-carousel.js').then((m) => m.storyCarousel)});
const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';
const SHARE_OPEN_KEY = 'peerkit:stories:share-open';

type Layout = 'carousel' | 'list';
type Panel = 'share' | 'withdraw';

function readStorage(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}
function writeStorage(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    /* storage disabled: settings last for this visit only */
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
    _hidden: {state: true, attribute: false},
    _opened: {state: true, attribute: false},
    _expanded: {state: true, attribute: false},
    _layoutOverride: {state: true, attribute: false},
    _index: {state: true, attribute: false},
    _visible: {state: true, attribute: false},
    _rotating: {state: true, attribute: false},
    _hover: {state: true, attribute: false},
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

  declare private _hidden: ContentWarning[];
  declare private _opened: ReadonlySet<string>;
  declare private _expanded: ReadonlySet<string>;
  declare private _layoutOverride: Layout | undefined;
  declare private _index: number;
  declare private _visible: readonly number[];
  declare private _rotating: boolean;
  declare private _hover: boolean;
  declare private _announcement: string;
  declare private _panel: Panel | undefined;
  declare private _panelState: 'idle' | 'loading' | 'failed';

  /** A seam for tests and hosts: how the element asks about `prefers-reduced-motion`. */
  static matchMedia: (query: string) => MediaQueryList = (q) => window.matchMedia(q);

  private _motion?: MediaQueryList;
  private _offForget?: () => void;
  private _timer?: ReturnType<typeof setTimeout>;
  private _rotateTick = 0;
  private _measureFrame = 0;
  private _autoScroll = false;
  /** The slide a programmatic scroll is heading for, until it ends. */
  private _target?: number;
  private _resize?: ResizeObserver;
  private _pointerOnRotation = false;
  private _drag?: {id: number; x: number; left: number; moved: boolean};

  private readonly _task = new Task(this, {
    task: async ([url], {signal}) => {
      if (!url) throw new Error('no source');
      // The zod/mini adapter loads while the stories are on their way, not before.
      const [json, adapter] = await Promise.all([getJson(url, {signal}), loadAdapter()]);
      const parsed = adapter.parseStories(json, url);
      if (parsed.issues.length) {
        this.log.warn(`${parsed.issues.length} stories skipped`, parsed.issues);
        this.emit('peer-feed-issues', {issues: parsed.issues});
      }
      return parsed;
    },
    args: () => [this.src ? new URL(this.src, location.href).href : this._api ? apiUrl(this._api, 'v1/stories', {lang: this.locale.lang}) : undefined] as const,
  });

  constructor() {
    super();
    this.autoplay = false;
    this.interval = 7;
    this.noSubmit = false;
    this.layout = 'carousel';
    this._hidden = parseHiddenWarnings(readStorage(HIDDEN_WARNINGS_KEY));
    this._opened = new Set();
    this._expanded = new Set();
    this._index = 0;
    this._visible = [0];
    this._rotating = false;
    this._hover = false;
    this._announcement = '';
    this._panelState = 'idle';
  }

  private get _api(): string | undefined {
    return this.api || this.config.api || undefined;
  }

  /** The strings in force (English until the Spanish table has loaded; `render` waits for it). */
  private get _s() {
    return strings.get(this.locale.lang) ?? en;
  }

  /** The layout shown now: the attribute, unless the visitor toggled "show all". */
  get currentLayout(): Layout {
    return this._layoutOverride ?? (this.layout === 'list' ? 'list' : 'carousel');
  }

  /** Whether the slide show is rotating now (it may be paused while the pointer is over it). */
  get rotating(): boolean {
    return this._rotating;
  }

  /** Index (in the shown stories) of the first story in view. */
  get currentIndex(): number {
    return this._index;
  }

  private get _reducedMotion(): boolean {
    return !!this._motion?.matches;
  }

  private readonly _onMotionChange = () => {
    if (this._reducedMotion) this._rotating = false;
    this.requestUpdate();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    try {
      this._motion = PeerStoryCarousel.matchMedia(REDUCED_MOTION);
      this._motion.addEventListener?.('change', this._onMotionChange);
    } catch {
      this._motion = undefined;
    }
    if (readStorage(SHARE_OPEN_KEY) === 'share' && !this.noSubmit) void this._openPanel('share', false);
    // "Forget this device" (from any widget) cleared the content settings: show what storage says now.
    this._offForget = onForget(() => (this._hidden = parseHiddenWarnings(readStorage(HIDDEN_WARNINGS_KEY))));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._offForget?.();
    this._motion?.removeEventListener?.('change', this._onMotionChange);
    clearTimeout(this._timer);
    cancelAnimationFrame(this._measureFrame);
    this._resize?.disconnect();
    this._resize = undefined;
    this._endDrag();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('autoplay')) this._rotating = this.autoplay && !this._reducedMotion;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const scroller = this._scroller;
    if (scroller && !this._resize && typeof ResizeObserver !== 'undefined') {
      this._resize = new ResizeObserver(() => this._scheduleMeasure());
      this._resize.observe(scroller);
    } else if (!scroller && this._resize) {
      this._resize.disconnect();
      this._resize = undefined;
    }
    // Slides change height when opened or expanded: the wrapper follows the stories in view.
    for (const slide of this._slides) this._resize?.observe(slide);
    this._scheduleMeasure();
    this._schedule();
  }

  // --- data ------------------------------------------------------------------------------------

  private _shown(parsed: ParsedStories): Story[] {
    return visibleStories(parsed.stories, this._hidden);
  }

  /** Loads the stories again (after a withdrawal, or from a host page). */
  reload(): void {
    void this._task.run();
  }

  // --- rotation --------------------------------------------------------------------------------

  private _canRotate(): boolean {
    return this._rotating && !this._hover && this.currentLayout === 'carousel' && this._count > 1;
  }

  private get _count(): number {
    const v = this._task.value;
    return v ? this._shown(v).length : 0;
  }

  private _schedule(): void {
    if (!this._canRotate()) {
      clearTimeout(this._timer);
      this._timer = undefined;
      return;
    }
    if (this._timer) return;
    const tick = ++this._rotateTick;
    const ms = Math.max(1, Number.isFinite(this.interval) ? this.interval : 7) * 1000;
    this._timer = setTimeout(() => {
      this._timer = undefined;
      if (tick !== this._rotateTick || !this._canRotate()) return;
      this._go(this._index + 1 >= this._count ? 0 : this._index + 1, false);
      this._schedule();
    }, ms);
  }

  private _toggleRotation(): void {
    this._pointerOnRotation = false;
    this._rotating = !this._rotating;
    clearTimeout(this._timer);
    this._timer = undefined;
  }

  private readonly _onFocusIn = (e: FocusEvent) => {
    // A pointer press on the rotation button focuses it first: let the click decide.
    if (this._pointerOnRotation && (e.composedPath()[0] as Element)?.classList?.contains('rotation')) return;
    if (this._rotating) this._rotating = false;
  };

  private readonly _onPointerEnter = (e: PointerEvent) => {
    if (e.pointerType === 'mouse') this._hover = true;
  };
  private readonly _onPointerLeave = (e: PointerEvent) => {
    if (e.pointerType === 'mouse') this._hover = false;
  };

  // --- moving --------------------------------------------------------------------------------

  private get _scroller(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('.slides');
  }

  /** A box's inline-start edge in the scroller's writing direction. */
  private _start(r: DOMRect, scroller: HTMLElement): number {
    return getComputedStyle(scroller).direction === 'rtl' ? r.right : r.left;
  }

  private get _slides(): HTMLElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLElement>('.slide')];
  }

  /** Scrolls so that slide `index` is first in view; `user` announces it. Focus stays where it is. */
  private _go(index: number, user: boolean): void {
    const scroller = this._scroller;
    const slides = this._slides;
    const target = slides[index];
    if (!scroller || !target) return;
    // From the inline-start edge: the left one, or the right one on a right-to-left page (where
    // scrollLeft runs from 0 down into negative numbers, so the same sum holds).
    const delta = this._start(target.getBoundingClientRect(), scroller) - this._start(scroller.getBoundingClientRect(), scroller);
    this._autoScroll = !user;
    this._target = Math.abs(delta) >= 1 ? index : undefined;
    scroller.scrollTo({left: scroller.scrollLeft + delta, behavior: this._reducedMotion ? 'instant' : 'smooth'});
    this._index = index;
    if (user) this._announce(index);
    this._scheduleMeasure();
  }

  private _announce(index: number): void {
    const v = this._task.value;
    const story = v && this._shown(v)[index];
    if (!story) return;
    this._announcement = this._s.position(index + 1, this._count, story.title);
    this.emit('peer-story-change', {index, story});
  }

  private _step(dir: 1 | -1): void {
    const n = this._count;
    if (n < 2) return;
    const perView = Math.max(1, this._visible.length);
    let next = this._index + dir;
    // At the end of the row (the last stories already in view), wrap to the start, and back.
    if (dir > 0 && this._index + perView >= n) next = 0;
    if (dir < 0 && this._index === 0) next = Math.max(0, n - perView);
    this._go(next, true);
  }

  private _scheduleMeasure(): void {
    cancelAnimationFrame(this._measureFrame);
    this._measureFrame = requestAnimationFrame(() => this._measure());
  }

  /** Which slides are in view (at least half visible): the others are made `inert`. */
  private _measure(): void {
    const scroller = this._scroller;
    if (!scroller) return;
    const box = scroller.getBoundingClientRect();
    const visible: number[] = [];
    this._slides.forEach((slide, i) => {
      const r = slide.getBoundingClientRect();
      const overlap = Math.min(r.right, box.right) - Math.max(r.left, box.left);
      if (r.width > 0 && overlap >= r.width / 2) visible.push(i);
    });
    if (!visible.length) return;
    if (visible.join() !== this._visible.join()) this._visible = visible;
    // The wrapper is as tall as the tallest story in view (not the tallest of all), so there is no gap.
    const slides = this._slides;
    const tallest = Math.max(...visible.map((i) => slides[i]?.offsetHeight ?? 0));
    const height = `${Math.ceil(tallest + parseFloat(getComputedStyle(scroller).paddingBlockEnd || '0'))}px`;
    if (tallest > 0 && scroller.style.blockSize !== height) scroller.style.blockSize = height;
    const first = visible[0];
    if (first !== this._index && !this._drag?.moved && this._target === undefined) {
      this._index = first;
    }
  }

  private readonly _onScroll = () => this._scheduleMeasure();

  private readonly _onScrollEnd = () => {
    const wasAuto = this._autoScroll;
    this._autoScroll = false;
    this._target = undefined;
    this._measure();
    // A swipe is a user action: announce where it landed.
    if (!wasAuto && !this._rotating) {
      const v = this._task.value;
      const story = v && this._shown(v)[this._index];
      if (story && this._announcement !== this._s.position(this._index + 1, this._count, story.title)) this._announce(this._index);
    }
  };

  // Mouse drag to scroll (touch and trackpads scroll natively); a drag never turns into a click.
  private readonly _onPointerDown = (e: PointerEvent) => {
    if (e.pointerType !== 'mouse' || e.button !== 0) return;
    const scroller = this._scroller;
    if (!scroller || (e.composedPath()[0] as Element)?.closest?.('button, a, input, summary, label')) return;
    this._drag = {id: e.pointerId, x: e.clientX, left: scroller.scrollLeft, moved: false};
    window.addEventListener('pointermove', this._onPointerMove);
    window.addEventListener('pointerup', this._onPointerUp);
    window.addEventListener('pointercancel', this._onPointerUp);
  };

  private readonly _onPointerMove = (e: PointerEvent) => {
    const drag = this._drag;
    const scroller = this._scroller;
    if (!drag || !scroller || e.pointerId !== drag.id) return;
    const dx = e.clientX - drag.x;
    if (!drag.moved && Math.abs(dx) < 6) return;
    if (!drag.moved) {
      drag.moved = true;
      scroller.classList.add('dragging');
    }
    scroller.scrollLeft = drag.left - dx;
  };

  private readonly _onPointerUp = (e: PointerEvent) => {
    const drag = this._drag;
    if (!drag || e.pointerId !== drag.id) return;
    const scroller = this._scroller;
    this._endDrag();
    if (!drag.moved || !scroller) return;
    scroller.classList.remove('dragging');
    // Swallow the click that ends the drag. It goes to the nearest common ancestor of where the
    // press began and where it ended, which after the slides move can be the host or the page
    // (the footer may slide under the pointer), so catch it first, on the window.
    const swallow = (ev: Event) => {
      ev.preventDefault();
      ev.stopImmediatePropagation();
    };
    window.addEventListener('click', swallow, {capture: true, once: true});
    setTimeout(() => window.removeEventListener('click', swallow, {capture: true}), 0);
    // Settle on the nearest slide, as a swipe would.
    this._measure();
    const slides = this._slides;
    const box = scroller.getBoundingClientRect();
    let best = this._index;
    let bestDist = Infinity;
    slides.forEach((s, i) => {
      const d = Math.abs(this._start(s.getBoundingClientRect(), scroller) - this._start(box, scroller));
      if (d < bestDist) {
        bestDist = d;
        best = i;
      }
    });
    this._go(best, true);
  };

  private _endDrag(): void {
    this._drag = undefined;
    window.removeEventListener('pointermove', this._onPointerMove);
    window.removeEventListener('pointerup', this._onPointerUp);
    window.removeEventListener('pointercancel', this._onPointerUp);
  }

  // --- reader choices --------------------------------------------------------------------------

  private _toggleHidden(w: ContentWarning, hide: boolean): void {
    const set = new Set(this._hidden);
    if (hide) set.add(w);
    else set.delete(w);
    this._hidden = CONTENT_WARNINGS.filter((x) => set.has(x));
    writeStorage(HIDDEN_WARNINGS_KEY, this._hidden.length ? JSON.stringify(this._hidden) : null);
    this._index = 0;
    this._visible = [0];
    this._scroller?.scrollTo({left: 0, behavior: 'instant'});
  }

  private _toggleLayout(): void {
    this._layoutOverride = this.currentLayout === 'carousel' ? 'list' : 'carousel';
    this._index = 0;
    this._visible = [0];
  }

  /** Opens a story behind its content warning; focus goes to the story's text (the button is gone), never to <body>. */
  private async _open(id: string, i: number): Promise<void> {
    this._opened = new Set([...this._opened, id]);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#story-${i}-text`)?.focus({preventScroll: true});
  }

  private _toggleExpanded(id: string): void {
    const set = new Set(this._expanded);
    if (set.has(id)) set.delete(id);
    else set.add(id);
    this._expanded = set;
  }

  // --- share / withdraw (lazy) -----------------------------------------------------------------

  private async _openPanel(panel: Panel, focus = true): Promise<void> {
    if (this._panel === panel) {
      this._closePanel();
      return;
    }
    this._panel = panel;
    this._panelState = 'loading';
    try {
      await loadShareForm();
      this._panelState = 'idle';
      if (panel === 'share') writeStorage(SHARE_OPEN_KEY, 'share');
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
    writeStorage(SHARE_OPEN_KEY, null);
    // The form (and the button the visitor pressed in it) is gone: focus goes back to the button that opened it.
    if (hadFocus) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(panel === 'withdraw' ? 'button.withdraw-open' : 'button.share-open')?.focus());
  }

  // --- rendering -------------------------------------------------------------------------------

  protected override render() {
    if (!this.lazyT(strings)) return this.renderLoading();
    const hasSource = !!(this.src || this._api);
    return html`
      ${hasSource
        ? this._task.render({
            initial: () => this.renderLoading(),
            pending: () => this.renderLoading(),
            error: (e) => this.renderError(e, () => void this._task.run()),
            complete: (v) => this._renderStories(v),
          })
        : nothing}
      ${this._renderShare()}
    `;
  }

  private _renderStories(parsed: ParsedStories): TemplateResult {
    const s = this._s;
    const shown = this._shown(parsed);
    const hiddenCount = parsed.stories.length - shown.length;
    if (!parsed.stories.length) return html`<div class="state empty" part="empty" role="status"><p>${s.empty}</p></div>`;
    const body = !shown.length
      ? html`<div class="state empty" part="empty"><p>${s.allHidden}</p></div>`
      : this.currentLayout === 'list'
        ? this._renderList(shown)
        : this._renderCarousel(shown);
    return html`
      ${body}
      <div class="footer" part="footer">
        ${shown.length > 1
          ? html`<button type="button" class="layout-toggle" @click=${this._toggleLayout}>${this.currentLayout === 'carousel' ? s.showAll : s.showCarousel}</button>`
          : nothing}
        ${this._renderSettings(parsed)}
      </div>
      ${hiddenCount && shown.length ? html`<p class="note">${s.hiddenCount(hiddenCount)}</p>` : nothing}
      ${parsed.issues.length ? html`<p class="note">${this.coreText.skippedRecords(parsed.issues.length)}</p>` : nothing}
    `;
  }

  private _renderSettings(parsed: ParsedStories): TemplateResult | typeof nothing {
    const present = new Set(parsed.stories.flatMap((st) => st.contentWarnings));
    const s = this._s;
    const warnings = CONTENT_WARNINGS.filter((w) => present.has(w) || this._hidden.includes(w));
    if (!warnings.length) return nothing;
    return html`<details class="settings" ?open=${this._hidden.length > 0 && this._count === 0}>
      <summary>${s.settings}</summary>
      <fieldset>
        <legend>${s.settingsHint}</legend>
        ${warnings.map(
          (w) =>
            html`<label
              ><input type="checkbox" name="hide" value=${w} .checked=${this._hidden.includes(w)} @change=${(e: Event) => this._toggleHidden(w, (e.target as HTMLInputElement).checked)} />
              ${s.warning[w]}</label
            >`,
        )}
      </fieldset>
    </details>`;
  }

  private _renderCarousel(shown: Story[]): TemplateResult {
    const s = this._s;
    const n = shown.length;
    const visible = new Set(this._visible);
    const single = n < 2;
    return html`<section
      class="region"
      part="base"
      aria-roledescription="carousel"
      aria-label=${s.regionLabel}
      @focusin=${this._onFocusIn}
      @pointerenter=${this._onPointerEnter}
      @pointerleave=${this._onPointerLeave}
    >
      <div class="controls" part="controls">
        ${this.autoplay && !single
          ? html`<button
              type="button"
              class="rotation"
              part="rotation"
              @pointerdown=${() => (this._pointerOnRotation = true)}
              @click=${this._toggleRotation}
            >
              ${this._rotating ? s.stopRotation : s.startRotation}
            </button>`
          : nothing}
        <span class="spacer"></span>
        ${single
          ? nothing
          : html`<span class="position" aria-hidden="true">${this._index + 1} / ${n}</span>
              <button type="button" class="arrow previous" part="previous" aria-label=${s.previous} @click=${() => this._step(-1)}>
                <span aria-hidden="true">&#8592;</span>
              </button>
              <button type="button" class="arrow next" part="next" aria-label=${s.next} @click=${() => this._step(1)}>
                <span aria-hidden="true">&#8594;</span>
              </button>`}
      </div>
      <div
        class="slides"
        part="slides"
        aria-live=${this._rotating ? 'off' : 'polite'}
        tabindex=${this._visible.some((i) => shown[i] && this._hasControl(shown[i])) ? nothing : '0'}
        @scroll=${this._onScroll}
        @scrollend=${this._onScrollEnd}
        @pointerdown=${this._onPointerDown}
      >
        ${shown.map(
          (story, i) =>
            html`<div
              class="slide"
              part="slide"
              role="group"
              aria-roledescription="slide"
              aria-labelledby=${`story-${i}-title`}
              ?inert=${!visible.has(i)}
            >
              ${this._renderStory(story, i)}
            </div>`,
        )}
        <p class="visually-hidden announcer">${this._announcement}</p>
      </div>
    </section>`;
  }

  /** Whether a story's card has a button (content warning, read more); else the wrapper is the Tab stop that scrolls. */
  private _hasControl(story: Story): boolean {
    return (story.contentWarnings.length > 0 && !this._opened.has(story.id)) || isLongStory(story.body);
  }

  private _renderList(shown: Story[]): TemplateResult {
    return html`<section class="region" part="base" aria-label=${this._s.regionLabel}>
      <ul class="list" part="list">
        ${shown.map((story, i) => html`<li>${this._renderStory(story, i)}</li>`)}
      </ul>
    </section>`;
  }

  private _renderStory(story: Story, i: number): TemplateResult {
    const s = this._s;
    const tag = this.locale.tag;
    const warned = story.contentWarnings.length > 0 && !this._opened.has(story.id);
    const long = isLongStory(story.body);
    const expanded = this._expanded.has(story.id);
    const recovery = story.recoveryMonths === undefined ? '' : formatRecovery(story.recoveryMonths, tag);
    return html`<article class="story" part="story">
      <h3 id=${`story-${i}-title`}>${story.title}</h3>
      ${warned
        ? html`<div class="warning" part="warning">
            <p><strong>${s.warningIntro}</strong> ${new Intl.ListFormat(tag, {type: 'conjunction'}).format(story.contentWarnings.map((w) => s.warning[w]))}</p>
            <button type="button" class="open-story" @click=${() => this._open(story.id, i)}>${s.openStory}</button>
          </div>`
        : html`${story.photoUrl
              ? html`<img class="photo" part="photo" src=${story.photoUrl} alt=${story.photoAlt ?? ''} loading="lazy" decoding="async" draggable="false" />`
              : nothing}
            <div class="text ${long && !expanded ? 'collapsed' : ''}" id=${`story-${i}-text`} tabindex="-1">
              ${paragraphs(story.body).map((p) => html`<p>${p}</p>`)}
            </div>
            ${long
              ? html`<button type="button" class="link-button read-more" aria-expanded=${expanded ? 'true' : 'false'} aria-controls=${`story-${i}-text`} @click=${() => this._toggleExpanded(story.id)}>
                  ${expanded ? s.readLess : s.readMore}
                </button>`
              : nothing}`}
      <p class="meta">
        <span class="name">${s.by(story.name)}</span>
        ${story.recoveryMonths === undefined ? nothing : html`<span class="recovery">${recovery ? s.inRecovery(recovery) : s.newInRecovery}</span>`}
        <span><time datetime=${story.publishedOn}>${s.shared(formatStoryDate(story.publishedOn, tag))}</time></span>
      </p>
    </article>`;
  }

  private _renderShare(): TemplateResult | typeof nothing {
    const api = this._api;
    if (this.noSubmit || !api) return nothing;
    const s = this._s;
    return html`<div class="share" part="share">
      <div class="share-bar">
        <button type="button" class="share-open primary" aria-expanded=${this._panel === 'share' ? 'true' : 'false'} @click=${() => this._openPanel('share')}>${s.share}</button>
        <button type="button" class="withdraw-open" aria-expanded=${this._panel === 'withdraw' ? 'true' : 'false'} @click=${() => this._openPanel('withdraw')}>${s.withdraw}</button>
      </div>
      ${this._panel
        ? html`<div class="share-panel">
            ${this._panelState === 'loading'
              ? this.renderLoading(s.loadingForm)
              : this._panelState === 'failed'
                ? html`<div class="state error" role="alert" part="error">
                    <p>${s.formLoadFailed}</p>
                    <button type="button" @click=${() => this._retryPanel()}>${this.coreText.retry}</button>
                  </div>`
                : html`<peer-story-share
                    .api=${api}
                    .mode=${this._panel}
                    .theme=${this.theme}
                    @peer-story-close=${this._closePanel}
                    @peer-story-withdrawn=${() => this.reload()}
                  ></peer-story-share>`}
          </div>`
        : nothing}
    </div>`;
  }

  private _retryPanel(): void {
    const panel = this._panel;
    this._panel = undefined;
    if (panel) void this._openPanel(panel);
  }
}
