import {html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {TaskStatus} from '@lit/task';
import {PeerElement} from '../../core/peer-element.js';
import type {PeerFetchError} from '../../core/fetch.js';
import {UrlStateController} from '../../controllers/url-state.js';
import {ClockController} from '../../controllers/clock.js';
import {WindowedListController} from '../../controllers/windowed-list.js';
import {LocationController} from '../../controllers/location.js';
import {QuickExitLoader} from '../../controllers/quick-exit-loader.js';
import {formatLatLng, parseLatLng} from '../../model/geo.js';
import type {Resource, ResourceFilters} from '../../model/resource.js';
import {directoryFormat} from '../../sources/hsds-url.js';
import type {ResourceDirectoryStrings} from '../../locales/en/resource-directory.js';
import {resourceDirectory as strings} from '../../locales/tables/resource-directory.js';
import {styles} from './resource-directory.styles.js';
import {ResourceDirectoryAttributes} from './attributes.js';
import {DirectoryListsController} from './lists.js';
import {HandoverController} from './handover.js';
import {shareLink} from './saved.js';
import {deviceStyles, ForgetController} from '../../core/device.js';
import {URL_KEYS, fromUrl, toUrl} from './url-sync.js';
import {parseCategories, parseCrisisLines} from './config.js';
import {engine, engineLoaded, presetCategoryOptions, weekOf, type FilterResult} from './data.js';
import type {CardContext} from './cards.js';
import {renderUnreadable} from '../../core/unreadable.js';
import {DirectoryPages} from './pages.js';
import {DirectoryResults} from './results.js';
import {ServiceDetailController} from './service-detail.js';
import {renderDirectoryFilters} from './parts/filters.js';
import {renderCrisisRow, renderDirectoryError, renderListPanel} from './parts/results.js';

/** Spanish strings load only for a Spanish page (a small lazy chunk); English ships in the first load. */
const PAGE = 25;
/** "Open now" over a paged API loads further pages by itself up to this many services. */
const OPEN_NOW_ALL = 500;

let visitorZone: string | undefined;

/**
 * A searchable directory of services people can trust (treatment, harm reduction, housing, peer
 * support, hotlines), from an Open Referral HSDS 3 API or a static JSON file of HSDS services.
 *
 * Search by words, category, language, "open now", free services, near me (only when the visitor
 * asks) or near a place (with a `geocoder`). Each result shows its open/closed status from the
 * hours engine (never guessing "open"), distance, "last verified", and call / text / directions /
 * website / email actions; a detail dialog shows everything the record holds. Visitors save
 * services to a list kept on their device, print it or share it as a link carrying only ids
 * (`#saved=id1,id2`), and report errors to the data owner (`feedback-url`).
 *
 * With `sync-url` the filters live in the page's query string under this directory's prefix: `rd-q`,
 * `rd-category`, `rd-near`, `rd-radius`, `rd-open`, `rd-language` and `rd-cost` for the first
 * directory without an id, `rd2-…` for a second one, `<id>-…` for a directory with an id.
 *
 * `categories` replaces the category list with JSON: an array of names or `{"id", "label"}`
 * objects, where a label is a string or `{"en": "…", "es": "…"}`. `crisis-lines` replaces the crisis
 * row's links the same way: `[{"label": …, "href": "tel:988"}]`.
 *
 * @tagname peer-resource-directory
 * @summary Searchable directory of services from an HSDS API or JSON file.
 *
 * @fires peer-feed-issues - Some records could not be read and were skipped; `detail.issues` lists them.
 * `quick-exit` shows a quick-exit button (`src/core/quick-exit.ts`), sticky at the top and also in
 * a service's details, so it is reachable from every state. Escape pressed twice leaves too, but only
 * when no dialog is open and no field holds text (Escape that clears a search or closes the details
 * never counts). Leaving replaces this page's history entry with the neutral site, and Back from
 * there leaves again; the visitor is told once (per tab) how to clear their browser's history,
 * since no page can erase it.
 *
 * @fires peer-quick-exit - The visitor asked to leave (button or Escape twice); `detail.url` is the neutral site. Cancelable: cancel it to handle the exit yourself.
 * @fires peer-filters-change - The visitor changed a filter; `detail` holds the filters.
 * @fires peer-saved-change - The visitor saved or removed a service; `detail.ids` is the list.
 * @fires peer-report - An error report was sent; `detail` is `{service_id, note}`.
 *
 * @csspart base - The outer wrapper.
 * @csspart quick-exit - The quick-exit button (at the top, and in the details dialog).
 * @csspart quick-exit-tip - The one-time note on clearing the browser's history.
 * @csspart crisis - The crisis row.
 * @csspart filters - The search form.
 * @csspart count - The visible result count.
 * @csspart list - The list of results.
 * @csspart result - One result card.
 * @csspart status - A result's open/closed status.
 * @csspart actions - A result's action links.
 * @csspart detail - The detail dialog.
 * @csspart saved - The saved (or shared) list panel.
 * @csspart empty - The empty state.
 * @csspart error - The error state.
 * @csspart loading - The loading state.
 * @cssproperty --peer-color-accent - Accent colour (links, primary buttons).
 * @cssproperty --peer-color-bg - Background.
 * @cssproperty --peer-color-surface - Card background.
 * @cssproperty --peer-color-text - Text colour.
 * @cssproperty --peer-color-success - "Open" status colour.
 * @cssproperty --peer-color-danger - Quick exit and error colour.
 * @cssproperty --peer-radius - Corner radius.
 */
export class PeerResourceDirectory extends ResourceDirectoryAttributes {
  static override styles = [...PeerElement.styles, deviceStyles, styles];

  static override properties = {
    ...ResourceDirectoryAttributes.properties,
    notice: {state: true, attribute: false},
    announcement: {state: true, attribute: false},
  };

  private notice = '';
  private announcement = '';
  private nearLabel: 'me' | 'place' | undefined;
  /** What the search box holds while a server search waits for a pause in typing (a redraw keeps it). */
  private queryTyped?: string;
  private queryTimer?: ReturnType<typeof setTimeout>;
  private announced = '';
  private announceTimer?: ReturnType<typeof setTimeout>;

  /** My list (saved on this device), a shared list, and which list is shown. */
  private readonly lists = new DirectoryListsController(this, {src: () => this.src, changed: (ids) => this.emit('peer-saved-change', {ids})});
  /** "Forget this device" (the saved list only when asked; `saved` follows). */
  private readonly forget = new ForgetController(this, () => undefined);
  /** The filters in the page URL (`sync-url`), under this directory's own prefix (`rd-`, `rd2-`, `<id>-`). */
  private readonly url = new UrlStateController(this, {short: 'rd', keys: URL_KEYS, enabled: () => this.syncUrl, apply: (v) => Object.assign(this, fromUrl(v))});
  /** Each minute: open / closed and "open now" follow the time. */
  private readonly clock = new ClockController(this);
  private readonly rows = new WindowedListController(this, {page: PAGE, onEnd: () => !this.pages.moreError && this.showMore()});
  private readonly location = new LocationController(this, {
    geocoder: () => this.geocoder,
    found: (point, how) => {
      this.near = formatLatLng(point);
      this.nearLabel = how;
      this.filtersChanged();
    },
  });
  private readonly exit = new QuickExitLoader(this, {
    value: () => this.quickExit,
    navigate: (url) => this.exit.leave(url),
    waitFor: (chunk) => this.renderWhenLoaded(chunk),
    failed: (e) => this.log.warn('the quick exit could not be loaded', e),
  });
  /** The services, page by page (a server search, or a JSON file at once). */
  private readonly pages = new DirectoryPages(this, {
    perPage: PAGE,
    search: () => {
      const hsds = this.mode === 'hsds';
      return [this.src, this.mode, hsds ? (this.query ?? '').trim() : '', hsds ? (this.category ?? '') : ''] as const;
    },
    skipped: (issues) => {
      if (!issues.length) return;
      this.log.warn(`${issues.length} record(s) skipped`, issues);
      this.emit('peer-feed-issues', {issues});
    },
    started: () => this.rows.reset(),
  });
  private readonly detail = new ServiceDetailController(this, (r) => this.pages.known.set(r.id, r));
  private readonly found = new DirectoryResults();
  /** Send a list to one's own phone or email, and the printable handout (lazy chunks). */
  private readonly handover = new HandoverController(this, (e) => this.log.warn('the handout could not be loaded', e));

  private get s(): ResourceDirectoryStrings {
    return this.i18n.pick(strings);
  }

  /** The embed's zone (its `timezone`, `<peer-config>`'s, else the visitor's): `effectiveTimezone` without asking `Intl` on every call (it is slow). */
  private get embedZone(): string {
    return this.timezone || this.config.timezone || (visitorZone ??= Intl.DateTimeFormat().resolvedOptions().timeZone);
  }

  private get mode(): 'hsds' | 'json' {
    return directoryFormat(this.src, this.format);
  }

  /** The number of services matching the filters (loaded so far, in HSDS mode). Read-only. */
  get resultCount(): number {
    return this.results.length;
  }

  /** The saved services' ids (this device only). Read-only. */
  get savedServices(): string[] {
    return [...this.lists.saved];
  }

  /** Leaves for the neutral site now, as the quick-exit button does. */
  exitNow(): void {
    this.exit.exitNow();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.announceTimer);
    clearTimeout(this.queryTimer);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // The query changed from outside (attribute, address, "Clear filters"): the box shows it.
    if (changed.has('query') && (this.query ?? '') !== this.queryTyped) this.queryTyped = undefined;
    if (changed.has('src') || changed.has('format')) this.pages.reset();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const view = this.lists.view;
    const text = this.pages.loaded && view === 'results' ? this.countText() : this.announced;
    if (text !== this.announced) {
      this.announced = text;
      // Once typing pauses, so a screen reader is not interrupted on every keystroke.
      clearTimeout(this.announceTimer);
      this.announceTimer = setTimeout(() => (this.announcement = text), 500);
    }
    const p = this.pages;
    // "Open now" filters what is loaded: over a paged API, fetch the other pages too, so every open
    // service is listed first instead of waiting behind "Load more".
    if (this.mode === 'hsds' && this.openNow && p.hasMore && !p.loadingMore && !p.moreError && p.items.length < OPEN_NOW_ALL) void this.loadNextPage();
    if (view !== 'results' && this.mode === 'hsds' && this.src) p.fetchMissing(this.src, this.lists.ids);
    if (view !== 'results' && p.loaded) this.handover.wantSend();
  }

  /** After a visitor's change: URL (with sync-url), event, first page of results. */
  private filtersChanged() {
    this.rows.reset();
    const detail = {query: this.query, category: this.category, near: this.near, radius: this.radius, openNow: this.openNow, language: this.language, cost: this.cost};
    this.url.write(toUrl(detail));
    this.emit('peer-filters-change', detail);
  }

  private get filters(): ResourceFilters {
    const hsds = this.mode === 'hsds';
    return {
      query: hsds ? undefined : this.query || undefined,
      category: hsds ? undefined : this.category || undefined,
      near: parseLatLng(this.near),
      radius: this.radius && this.radius > 0 ? this.radius : undefined,
      distanceUnit: this.distanceUnit === 'km' ? 'km' : 'mi',
      openNow: this.openNow || undefined,
      language: this.language || undefined,
      cost: this.cost === 'free' ? 'free' : undefined,
    };
  }

  /** Matching services (memoised on the inputs; open-now changes with the minute). */
  private get results(): FilterResult[] {
    return this.found.get(this.pages.items, this.filters, this.clock.now, this.embedZone, this.categories, parseCategories(this.categories));
  }

  /** A language's name (the table comes with the engine chunk; before it, a preset shows as given). */
  private languageName(code: string): string {
    return engineLoaded() ? engine().languageName(code, this.locale.tag) : code;
  }

  private countText(): string {
    const n = this.resultCount;
    return this.mode === 'hsds' && this.pages.hasMore ? this.s.resultsMore(n) : this.s.results(n);
  }

  // ---- visitor actions -----------------------------------------------------------------------

  private typing(value: string) {
    this.queryTyped = value;
    clearTimeout(this.queryTimer);
    const apply = () => {
      this.query = value || undefined;
      this.filtersChanged();
    };
    // In the browser every keystroke filters at once; a server search waits for a pause in typing.
    if (this.mode === 'json') apply();
    else this.queryTimer = setTimeout(apply, 350);
  }

  private clearFilters() {
    clearTimeout(this.queryTimer);
    this.queryTyped = undefined;
    Object.assign(this, {query: undefined, category: undefined, near: undefined, radius: undefined, openNow: false, language: undefined, cost: undefined, nearLabel: undefined});
    this.filtersChanged();
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('#q')?.focus());
  }

  /** More rows of what is loaded, else the next page of the API. */
  private showMore() {
    if (this.rows.limit < this.results.length) this.rows.more();
    else if (this.mode === 'hsds') void this.loadNextPage();
  }

  private async loadNextPage() {
    await this.pages.more();
    // Rows that arrived with a page the visitor asked for stay shown; is the sentinel still in view?
    this.rows.atLeast(this.results.length);
    if (!this.pages.moreError) this.rows.recheck();
  }

  // ---- rendering -----------------------------------------------------------------------------

  protected override render() {
    if (this.exit.leaving) return nothing;
    if (!this.exit.ready()) return this.renderLoading();
    const i18n = this.i18n;
    const lang = i18n.lang;
    if (!this.lazyT(strings)) return html`${this.exit.renderBar(i18n, strings.en.quickExit)}${this.renderLoading()}`;
    const s = this.s;
    const l = this.location;
    const problem = l.problem === 'denied' ? s.locateDenied : l.problem === 'failed' ? s.locateFailed : l.problem === 'not-found' ? s.placeNotFound(l.place) : '';
    const issues = this.pages.issues;
    const view = this.lists.view;
    const handout = this.handover.printing && this.handover.handout;
    return html`<div part="base" class=${`base${this.exit.enabled ? ' has-quick-exit' : ''}${handout ? ' printing-handout' : ''}`} lang=${this.locale.tag}>
      ${this.exit.renderBar(i18n, s.quickExit)} ${this.crisisRow ? renderCrisisRow(s, lang, parseCrisisLines(this.crisisLines)) : nothing}
      ${renderDirectoryFilters({
        s,
        lang,
        typed: this.queryTyped ?? this.query ?? '',
        category: this.category,
        language: this.language,
        openNow: this.openNow,
        free: this.cost === 'free',
        categories: parseCategories(this.categories) ?? presetCategoryOptions(s.categoryNames),
        languages: this.pages.items.length ? this.found.languageKeys(this.pages.items, this.locale.tag, (c) => this.languageName(c)) : [],
        languageName: (c) => this.languageName(c),
        nearName: parseLatLng(this.near) ? (this.nearLabel === 'me' ? s.nearYou : this.nearLabel === 'place' ? s.nearPoint : this.near) : undefined,
        radius: this.radius,
        unit: this.distanceUnit === 'km' ? s.unitKm : s.unitMi,
        busy: l.busy,
        geocoder: !!this.geocoder,
        filtered: !!(this.query || this.category || this.near || this.openNow || this.language || this.cost),
        typing: (v) => this.typing(v),
        select: (key, v) => (Object.assign(this, {[key]: key === 'radius' ? (v ? Number(v) : undefined) : v || undefined}), this.filtersChanged()),
        check: (key, on) => (key === 'openNow' ? (this.openNow = on) : (this.cost = on ? 'free' : undefined), this.filtersChanged()),
        nearMe: () => void l.nearMe(),
        nearPlace: () => void l.nearPlace(this.renderRoot.querySelector<HTMLInputElement>('#place')?.value ?? ''),
        clearNear: () => (Object.assign(this, {near: undefined, radius: undefined, nearLabel: undefined}), l.clear(), this.filtersChanged()),
        clear: () => this.clearFilters(),
      })}
      <div class="bar">
        <p class="count" part="count">${this.pages.loaded && view === 'results' ? this.countText() : nothing}</p>
        <button type="button" class="saved-toggle" aria-pressed=${view === 'saved' ? 'true' : 'false'} @click=${() => this.lists.show(view === 'saved' ? 'results' : 'saved')}>${s.savedList(this.lists.saved.length)}</button>
      </div>
      <p class="notice" role="status">${l.locating ? s.locating : l.geocoding ? this.coreText.loading : problem || this.notice}</p>
      ${issues.length && this.pages.items.length ? html`<p class="skipped">${s.skipped(issues.length)}</p>` : nothing}
      ${view === 'results' ? this.renderResults() : this.renderPanel(view)}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
      ${this.detail.render({
        s,
        tag: this.locale.tag,
        rtl: i18n.dir === 'rtl',
        now: this.clock.now,
        zone: this.embedZone,
        closeText: this.coreText.close,
        quickExit: this.exit.renderButton(i18n, s.quickExit),
        languageName: (code) => this.languageName(code),
        feedbackUrl: this.feedbackUrl,
        reported: (sent) => this.emit('peer-report', sent),
      })}
      ${handout ? handout.renderHandout({...this.sendContext(), heading: view === 'shared' ? s.sharedHeading : s.savedHeading, services: this.listed(), link: this.listLink()}) : nothing}
    </div>`;
  }

  private renderState() {
    const {first} = this.pages;
    return first.status === TaskStatus.ERROR ? renderDirectoryError(this.errorText(first.error), (first.error as {kind?: string})?.kind === 'nosrc' ? undefined : () => void first.run(), this.coreText.retry) : this.renderLoading();
  }

  private renderResults(): TemplateResult {
    const p = this.pages;
    if (p.first.status === TaskStatus.ERROR || (!p.loaded && !p.items.length)) return this.renderState();
    // Every record skipped: the directory could not be read (no filter is to blame).
    if (!p.items.length && p.issues.length && !p.hasMore) return renderUnreadable(this.coreText, p.issues);
    const results = this.results;
    const busy = p.first.status === TaskStatus.PENDING;
    const cards = engine();
    if (!results.length && !p.hasMore) return cards.renderEmptyResults(this.s, busy, () => this.clearFilters());
    const c = this.cardContext();
    return cards.renderResultList({
      s: this.s,
      shown: results.slice(0, this.rows.limit),
      busy,
      more: this.rows.limit < results.length || (this.mode === 'hsds' && p.hasMore),
      loadingMore: p.loadingMore,
      moreError: p.moreError ? this.errorMessage(p.moreError) : undefined,
      retryText: this.coreText.retry,
      card: (fr) => cards.renderCard(c, fr.resource, fr),
      showMore: () => ((p.moreError = undefined), this.showMore()),
    });
  }

  private errorText(e: unknown): string {
    const s = this.s;
    const kind = (e as PeerFetchError | {kind?: string} | undefined)?.kind;
    const known: Record<string, string> = {nosrc: s.errorNoSource, network: s.errorUnreachable, timeout: s.errorUnreachable, parse: s.errorNotJson, invalid: s.errorNotHsds};
    return (kind && known[kind]) || this.errorMessage(e);
  }

  private renderPanel(view: 'saved' | 'shared'): TemplateResult {
    const p = this.pages;
    // A finished load went through the engine chunk, so the cards are here once loaded.
    const c = p.loaded ? this.cardContext() : undefined;
    const lists = this.lists;
    return renderListPanel({
      s: this.s,
      view,
      ids: lists.ids,
      unsaved: lists.unsaved,
      shareUrl: lists.shareUrl,
      forget: this.forget.render(this.coreText.forget, this.i18n),
      state: p.loaded ? nothing : this.renderState(),
      loadingText: this.coreText.loading,
      service: (id) => p.known.get(id) ?? (this.mode === 'hsds' && p.state(id) !== 'missing' ? 'loading' : 'missing'),
      card: c && ((r) => engine().renderCard(c, r)),
      back: () => lists.show('results'),
      // The print stylesheet keeps only the list.
      print: () => window.print(),
      printHandout: (e) => void this.handover.print(e.currentTarget as HTMLElement),
      send: this.handover.send && p.loaded ? this.handover.send.renderSendLinks(this.sendContext(), this.listed(), this.listLink(), this.s.sendSubject) : nothing,
      share: () => void lists.share().then((copied) => copied && (this.location.clear(), (this.notice = this.s.shareCopied))),
      saveAll: () => lists.saveAll(),
      remove: (id) => lists.toggle(id),
    });
  }

  /** The services of the list on screen that are here (not loading, not gone). */
  private listed(): Resource[] {
    return this.lists.ids.map((id) => this.pages.known.get(id)).filter((r): r is Resource => !!r);
  }

  /** The share link of the list on screen. */
  private listLink(): string {
    return shareLink(this.lists.ids);
  }

  /** What the send links and the handout need (once the engine is here: services are). */
  private sendContext() {
    const {tag} = this.locale;
    const now = this.clock.now;
    const zone = this.embedZone;
    return {s: this.s, tag, rtl: this.i18n.dir === 'rtl', week: (r: Resource) => weekOf(r, tag, now, zone, this.s)};
  }

  /** What the cards (in the engine chunk, here once services are) need from the element. */
  private cardContext(): CardContext {
    return {
      s: this.s,
      tag: this.locale.tag,
      now: this.clock.now,
      zone: this.embedZone,
      near: parseLatLng(this.near),
      unit: this.distanceUnit === 'km' ? 'km' : 'mi',
      fresh: this.found.fresh(this.clock.minute),
      isSaved: (id) => this.lists.saved.includes(id),
      open: (r, e) => void this.detail.open(r, e.currentTarget as HTMLElement, this.mode === 'hsds' ? this.src : undefined),
      toggleSaved: (r) => this.lists.toggle(r.id),
    };
  }

}
