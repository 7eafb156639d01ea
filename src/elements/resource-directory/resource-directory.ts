import {html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {Task} from '@lit/task';
import {live} from 'lit/directives/live.js';
import {PeerElement} from '../../core/peer-element.js';
import {LazyTables} from '../../core/i18n.js';
import {request, type PeerFetchError} from '../../core/fetch.js';
import {DeviceListController} from '../../controllers/device-list.js';
import {UrlStateController} from '../../controllers/url-state.js';
import {ClockController} from '../../controllers/clock.js';
import {WindowedListController} from '../../controllers/windowed-list.js';
import {DialogController} from '../../controllers/dialog.js';
import {LocationController} from '../../controllers/location.js';
import {formatLatLng, parseLatLng, type DistanceUnit} from '../../model/geo.js';
import {safeUrl} from '../../model/text.js';
import type {Resource, ResourceFilters, ResourceIssue} from '../../model/resource.js';
import {resourceDirectory as en, type ResourceDirectoryStrings} from '../../locales/en/resource-directory.js';
import {styles} from './resource-directory.styles.js';
import {SAVED_KEY, shareLink, sharedIds} from './saved.js';
import {deviceStyles, ForgetController} from '../../core/device.js';
import {URL_KEYS, fromUrl, toUrl} from './url-sync.js';
import {labelIn, parseCategories, parseCrisisLines, type CategoryOption, type CrisisLine} from './config.js';
import {applyFilters, engine, engineLoaded, fetchOne, hoursExpiredOn, loadFile, presetCategoryOptions, searchServer, weekOf, type FilterResult, type Page, type SearchMemory} from './data.js';
import type {CardContext} from './cards.js';
import {retryableImport} from '../../core/lazy-import.js';
import {renderUnreadable} from '../../core/unreadable.js';
import type {QuickExitController} from '../../core/quick-exit.js';

const loadDetail = retryableImport(() => import('./detail.js'));
/** The quick exit (a small chunk): fetched at once by a directory with `quick-exit`, never by one without. */
const loadQuickExit = retryableImport(() => import('../../core/quick-exit.js'));

/** Spanish strings load only for a Spanish page (a small lazy chunk); English ships in the first load. */
const strings = new LazyTables(en, {es: () => import('../../locales/es/resource-directory.js').then((m) => m.resourceDirectory)});
const PAGE = 25;
const RADII = [1, 5, 10, 25, 50, 100];
/** "Open now" over a paged API loads further pages by itself up to this many services. */
const OPEN_NOW_ALL = 500;

type View = 'results' | 'saved' | 'shared';
let visitorZone: string | undefined;
type ReportState = 'idle' | 'sending' | 'sent' | 'failed';

/** Which of `PeerFetchError.kind` the failure was, for the three error messages. */
function errorKind(e: unknown): string | undefined {
  return (e as PeerFetchError | undefined)?.kind;
}

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
export class PeerResourceDirectory extends PeerElement {
  static override styles = [...PeerElement.styles, deviceStyles, styles];

  static override properties = {
    ...PeerElement.properties,
    src: {type: String},
    format: {type: String},
    query: {type: String, reflect: true},
    category: {type: String, reflect: true},
    near: {type: String, reflect: true},
    radius: {type: Number, reflect: true},
    distanceUnit: {type: String, attribute: 'distance-unit', reflect: true},
    openNow: {type: Boolean, attribute: 'open-now', reflect: true},
    language: {type: String, reflect: true},
    cost: {type: String, reflect: true},
    syncUrl: {type: Boolean, attribute: 'sync-url'},
    geocoder: {type: String},
    feedbackUrl: {type: String, attribute: 'feedback-url'},
    quickExit: {type: String, attribute: 'quick-exit'},
    crisisRow: {type: Boolean, attribute: 'crisis-row'},
    categories: {type: String},
    crisisLines: {type: String, attribute: 'crisis-lines'},
    items: {state: true, attribute: false},
    hasMore: {state: true, attribute: false},
    loadingMore: {state: true, attribute: false},
    moreError: {state: true, attribute: false},
    issues: {state: true, attribute: false},
    view: {state: true, attribute: false},
    shared: {state: true, attribute: false},
    detail: {state: true, attribute: false},
    detailLoading: {state: true, attribute: false},
    notice: {state: true, attribute: false},
    announcement: {state: true, attribute: false},
    reportOpen: {state: true, attribute: false},
    reportState: {state: true, attribute: false},
    shareUrlShown: {state: true, attribute: false},
  };

  /** The directory: an HSDS API base (`format="hsds"`) or the URL of a JSON file holding an array of HSDS services. */
  declare src: string | undefined;
  /** `hsds` or `json`; when absent, `json` for a `.json` URL and `hsds` otherwise. */
  declare format: 'hsds' | 'json' | undefined;
  /** Words to find in names, descriptions, organisations and categories. */
  declare query: string | undefined;
  /** A category (taxonomy term id or name). */
  declare category: string | undefined;
  /** `lat,lng` to sort by distance from (set by "Near me" or a place search, or preset). */
  declare near: string | undefined;
  /** Only services within this distance of `near` (in `distance-unit`); unset = any distance. */
  declare radius: number | undefined;
  /** `mi` (default) or `km`. */
  declare distanceUnit: DistanceUnit;
  /** Only services open now, by the hours engine (services with unknown hours are left out). */
  declare openNow: boolean;
  /** Only services offered in this language (ISO 639 code or name). */
  declare language: string | undefined;
  /** `free`: only free services. */
  declare cost: string | undefined;
  /** Keep the filters in the page's URL (`rd-q`…, `rd2-q`… or `<id>-q`…: see the description). */
  declare syncUrl: boolean;
  /** A geocoder URL template with `{query}` returning `[{lat, lon}]` (Nominatim-style); off by default, so no place search. */
  declare geocoder: string | undefined;
  /** Where "Report an error" sends `{service_id, note}` as JSON (POST), or a `mailto:` address. */
  declare feedbackUrl: string | undefined;
  /** Shows a quick-exit button (Escape twice also works, when not typing and no dialog is open); the value is the neutral site (default Google). */
  declare quickExit: string | null | undefined;
  /** Shows crisis lines (988, SAMHSA) above the results. */
  declare crisisRow: boolean;
  /** JSON list replacing the category list (see the description). */
  declare categories: string | undefined;
  /** JSON list replacing the crisis row's links (see the description). */
  declare crisisLines: string | undefined;

  private items: Resource[] = [];
  private hasMore = false;
  private loadingMore = false;
  private moreError: unknown = undefined;
  private issues: ResourceIssue[] = [];
  private view: View = 'results';
  /** The saved list, kept on this device per directory (`src`), shared with every directory of it and other tabs. */
  private readonly saved = new DeviceListController(this);
  /** "Forget this device" (the saved list only when asked; `saved` follows). */
  private readonly forget = new ForgetController(this, () => undefined);
  /** The filters in the page URL (`sync-url`), under this directory's own prefix (`rd-`, `rd2-`, `<id>-`). */
  private readonly url = new UrlStateController(this, {short: 'rd', keys: URL_KEYS, enabled: () => this.syncUrl, apply: (v) => Object.assign(this, fromUrl(v))});
  /** Each minute: open / closed and "open now" follow the time. */
  private readonly clock = new ClockController(this);
  private readonly rows = new WindowedListController(this, {page: PAGE, onEnd: () => !this.moreError && this.showMore()});
  private readonly dialog = new DialogController(this, {dialog: 'dialog', focus: '#detail-title', fallback: '#q'}, () => (this.detail = undefined));
  private readonly location = new LocationController(this, {
    geocoder: () => this.geocoder,
    locate: () => this.locate(),
    found: (point, how) => {
      this.near = formatLatLng(point);
      this.nearLabel = how;
      this.filtersChanged();
    },
  });
  private shared: string[] = [];
  private detail: Resource | undefined = undefined;
  private detailLoading = false;
  private notice = '';
  private announcement = '';
  private reportOpen = false;
  private reportState: ReportState = 'idle';
  private shareUrlShown = '';

  private page = 1;
  private searchArgs: {src: string; query: string; category: string; memory?: SearchMemory} = {src: '', query: '', category: ''};
  private nearLabel: 'me' | 'place' | undefined;
  private known = new Map<string, Resource>();
  private fetching = new Set<string>();
  private missing = new Set<string>();
  private announced = '';
  private detailModule?: typeof import('./detail.js');
  private announceTimer?: ReturnType<typeof setTimeout>;
  private queryTimer?: ReturnType<typeof setTimeout>;
  /** What the search box holds while a server search waits for a pause in typing (a redraw keeps it). */
  private queryTyped?: string;
  private moreAbort?: AbortController;
  private filtered?: {key: string; items: Resource[]; value: FilterResult[]; minute: number};
  private languagesCache?: {items: Resource[]; value: string[]};

  constructor() {
    super();
    this.distanceUnit = 'mi';
    this.openNow = false;
    this.syncUrl = false;
    this.crisisRow = false;
  }

  private get s(): ResourceDirectoryStrings {
    return strings.get(this.locale.lang) ?? en;
  }

  /** `effectiveTimezone` without asking `Intl` for the visitor's zone on every call (it is slow). */
  private get zone(): string {
    return this.timezone || this.config.timezone || (visitorZone ??= Intl.DateTimeFormat().resolvedOptions().timeZone);
  }

  /** This directory's saved list on the device (one per source: ids of one directory mean nothing to another). */
  private get savedKey(): string {
    return `${SAVED_KEY}:${this.src ?? ''}`;
  }

  private get savedIds(): readonly string[] {
    return this.saved.get(this.savedKey);
  }

  /** While "Near me" or a place search is under way, or why it found nothing. */
  private locationNotice(): string {
    const l = this.location;
    if (l.locating) return this.s.locating;
    if (l.geocoding) return this.coreText.loading;
    return l.problem === 'denied' ? this.s.locateDenied : l.problem === 'failed' ? this.s.locateFailed : l.problem === 'not-found' ? this.s.placeNotFound(l.place) : '';
  }

  private searchPlace() {
    void this.location.nearPlace(this.renderRoot.querySelector<HTMLInputElement>('#place')?.value ?? '');
  }

  private get mode(): 'hsds' | 'json' {
    if (this.format === 'hsds' || this.format === 'json') return this.format;
    return /\.json($|[?#])/i.test(this.src ?? '') ? 'json' : 'hsds';
  }

  private exit?: QuickExitController;
  private exitModule?: typeof import('../../core/quick-exit.js');
  private exitLoad?: Promise<unknown>;
  private exitFailed = false;

  /**
   * With `quick-exit`, its code loads at once and the directory renders when it is here (a few ms,
   * alongside the data engine), so the button is there in every state it shows. False until then.
   */
  private quickExitReady(): boolean {
    if (this.quickExit == null || this.exit || this.exitFailed) return true;
    this.exitLoad ??= loadQuickExit().then(
      (m) => {
        this.exitModule = m;
        this.exit = new m.QuickExitController(this, {value: () => this.quickExit, navigate: (url) => this.navigate(url), renderWhenLoaded: (chunk) => this.renderWhenLoaded(chunk)});
      },
      (e) => {
        this.exitFailed = true;
        this.log.warn('the quick exit could not be loaded', e);
      },
    );
    this.renderWhenLoaded(this.exitLoad);
    return false;
  }

  private readonly task = new Task(this, {
    task: async ([src, mode, query, category], {signal}) => {
      this.moreAbort?.abort();
      this.loadingMore = false;
      this.moreError = undefined;
      if (!src) throw Object.assign(new Error('no src'), {kind: 'nosrc'});
      // This search's own memory of the ids its pages gave (another directory of the API has its own).
      const memory: SearchMemory = new Map();
      this.searchArgs = {src, query, category, memory};
      const page: Page =
        mode === 'json' ? await loadFile(src, signal) : await searchServer(src, {query, category, page: 1, perPage: PAGE, signal, memory});
      this.page = 1;
      this.rows.reset();
      this.items = page.resources;
      this.hasMore = page.hasMore;
      this.remember(page.resources);
      this.reportIssues(page.issues, true);
      return page;
    },
    args: () => {
      const hsds = this.mode === 'hsds';
      return [this.src, this.mode, hsds ? (this.query ?? '').trim() : '', hsds ? (this.category ?? '') : ''] as const;
    },
  });

  // ------------------------------------------------------------------------------------------
  // Public API

  /** The number of services matching the filters (loaded so far, in HSDS mode). Read-only. */
  get resultCount(): number {
    return this.results.length;
  }

  /** The saved services' ids (this device only). Read-only. */
  get savedServices(): string[] {
    return [...this.savedIds];
  }

  /** Leaves for the neutral site now, as the quick-exit button does. */
  exitNow(): void {
    if (this.exit) this.exit.exit();
    else void this.exitLoad?.then(() => this.exit?.exit());
  }

  /**
   * The quick exit's chunk could not be loaded: a plain button still leaves at once (without
   * Escape twice or the note on history), since a visitor who needs to leave must always be able to.
   */
  private renderExitFallback() {
    if (this.quickExit == null || !this.exitFailed) return nothing;
    const url = safeUrl(this.quickExit, location.href);
    const to = url && /^https?:/.test(url) ? url : 'https://www.google.com/';
    return html`<button type="button" class="quick-exit" part="quick-exit" @click=${() => this.navigate(to)}>${this.s.quickExit}</button>`;
  }

  /** Leaves for the neutral site, replacing this page in the tab's history (`leaveTo`). Overridable, e.g. in tests. */
  protected navigate(url: string): void {
    if (this.exitModule) this.exitModule.leaveTo(url);
    else location.replace(url);
  }

  /** The visitor's position; only called when they press "Near me". Overridable. */
  protected locate(): Promise<{lat: number; lng: number}> {
    return new Promise((resolve, reject) => {
      if (!navigator.geolocation) return reject(new Error('unavailable'));
      navigator.geolocation.getCurrentPosition(
        (p) => resolve({lat: p.coords.latitude, lng: p.coords.longitude}),
        (e) => reject(e),
        {enableHighAccuracy: false, timeout: 15000, maximumAge: 300000},
      );
    });
  }

  /** Prints the page (the print stylesheet keeps only the list). Overridable. */
  protected printPage(): void {
    window.print();
  }

  // ------------------------------------------------------------------------------------------
  // Lifecycle

  override connectedCallback(): void {
    super.connectedCallback();
    this.onHash();
    window.addEventListener('hashchange', this.onHash);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHash);
    clearTimeout(this.announceTimer);
    clearTimeout(this.queryTimer);
    this.moreAbort?.abort();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // The query changed from outside (attribute, address, "Clear filters"): the box shows it.
    if (changed.has('query') && (this.query ?? '') !== this.queryTyped) this.queryTyped = undefined;
    if (changed.has('src') || changed.has('format')) {
      this.known.clear();
      this.missing.clear();
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.task.status === 2 && this.view === 'results') {
      const text = this.countText();
      if (text !== this.announced) {
        this.announced = text;
        this.scheduleAnnouncement(text);
      }
    }
    // "Open now" filters what is loaded: over a paged API, fetch the other pages too, so every open
    // service is listed first instead of waiting behind "Load more".
    if (this.mode === 'hsds' && this.openNow && this.hasMore && !this.loadingMore && !this.moreError && this.items.length < OPEN_NOW_ALL) void this.loadNextPage();
    if (this.view !== 'results') this.fetchMissing(this.view === 'saved' ? this.savedIds : this.shared);
  }

  /** After a visitor's change: URL (with sync-url), event, first page of results. */
  private filtersChanged() {
    this.rows.reset();
    const detail = {query: this.query, category: this.category, near: this.near, radius: this.radius, openNow: this.openNow, language: this.language, cost: this.cost};
    this.url.write(toUrl(detail));
    this.emit('peer-filters-change', detail);
  }

  private remember(list: Resource[]) {
    for (const r of list) if (!this.known.has(r.id)) this.known.set(r.id, r);
  }

  private reportIssues(issues: ResourceIssue[], replace: boolean) {
    this.issues = replace ? issues : [...this.issues, ...issues];
    if (issues.length) {
      this.log.warn(`${issues.length} record(s) skipped`, issues);
      this.emit('peer-feed-issues', {issues});
    }
  }

  // ------------------------------------------------------------------------------------------
  // Filtering

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
    const f = this.filters;
    // The clock only matters to the filter for "open now": an idle page does not re-filter every minute.
    const key = JSON.stringify([f, f.openNow ? this.clock.minute : 0, this.categories, this.zone]);
    if (this.filtered && this.filtered.key === key && this.filtered.items === this.items) return this.filtered.value;
    const value = applyFilters(this.items, f, this.clock.now, this.zone, parseCategories(this.categories));
    this.filtered = {key, items: this.items, value, minute: this.clock.minute};
    return value;
  }

  private get categoryOptions(): CategoryOption[] {
    return parseCategories(this.categories) ?? presetCategoryOptions();
  }

  private get languageOptions(): string[] {
    if (this.languagesCache?.items === this.items) return this.languagesCache.value;
    if (!this.items.length) return [];
    const set = new Set<string>();
    const {languageKey} = engine(); // services are here, so the engine is
    for (const r of this.items) for (const l of r.languages) if (l) set.add(languageKey(l));
    const value = [...set].sort((a, b) => this.languageName(a).localeCompare(this.languageName(b)));
    this.languagesCache = {items: this.items, value};
    return value;
  }

  /** A language's name (the table comes with the engine chunk; before it, a preset shows as given). */
  private languageName(code: string): string {
    return engineLoaded() ? engine().languageName(code, this.locale.tag) : code;
  }

  /** Announces the count once typing pauses, so a screen reader is not interrupted on every keystroke. */
  private scheduleAnnouncement(text: string) {
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => (this.announcement = text), 500);
  }

  private countText(): string {
    const n = this.resultCount;
    return this.mode === 'hsds' && this.hasMore ? this.s.resultsMore(n) : this.s.results(n);
  }

  // ------------------------------------------------------------------------------------------
  // Visitor actions

  private onQueryInput(e: Event) {
    const value = (e.target as HTMLInputElement).value;
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

  private onSelect(key: 'category' | 'language' | 'radius', e: Event) {
    const value = (e.target as HTMLSelectElement).value;
    if (key === 'radius') this.radius = value ? Number(value) : undefined;
    else this[key] = value || undefined;
    this.filtersChanged();
  }

  private onCheck(key: 'openNow' | 'cost', e: Event) {
    const checked = (e.target as HTMLInputElement).checked;
    if (key === 'openNow') this.openNow = checked;
    else this.cost = checked ? 'free' : undefined;
    this.filtersChanged();
  }

  private clearNear() {
    this.near = undefined;
    this.radius = undefined;
    this.nearLabel = undefined;
    this.location.clear();
    this.filtersChanged();
  }

  private clearFilters() {
    clearTimeout(this.queryTimer);
    this.queryTyped = undefined;
    this.query = undefined;
    this.category = undefined;
    this.near = undefined;
    this.radius = undefined;
    this.openNow = false;
    this.language = undefined;
    this.cost = undefined;
    this.nearLabel = undefined;
    this.filtersChanged();
    this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('#q')?.focus());
  }

  private showMore() {
    if (this.mode === 'json' || this.rows.limit < this.results.length) {
      if (this.rows.limit < this.results.length) this.rows.more();
      return;
    }
    this.loadNextPage();
  }

  private async loadNextPage() {
    if (this.loadingMore || !this.hasMore || !this.src || this.task.status !== 2) return;
    this.loadingMore = true;
    this.moreError = undefined;
    const abort = (this.moreAbort = new AbortController());
    const {src, query, category, memory} = this.searchArgs;
    try {
      const page = await searchServer(src, {query, category, page: this.page + 1, perPage: PAGE, signal: abort.signal, memory});
      if (abort.signal.aborted) return;
      const key = (r: Resource) => r.serviceAtLocationId ?? r.id;
      const seen = new Set(this.items.map(key));
      this.items = [...this.items, ...page.resources.filter((r) => !seen.has(key(r)))];
      this.page += 1;
      this.rows.atLeast(this.results.length);
      // A page of repeats or unreadable records is not the end: only an empty one is.
      this.hasMore = page.hasMore && (page.resources.length > 0 || page.issues.length > 0);
      this.remember(page.resources);
      this.reportIssues(page.issues, false);
    } catch (e) {
      if (!abort.signal.aborted) this.moreError = e;
    } finally {
      if (this.moreAbort === abort) this.loadingMore = false;
      if (!this.moreError) this.rows.recheck();
    }
  }

  private toggleSaved(r: Resource) {
    this.saved.toggle(this.savedKey, r.id);
    this.emit('peer-saved-change', {ids: [...this.savedIds]});
  }

  private saveAllShared() {
    this.saved.set(this.savedKey, [...this.savedIds, ...this.shared]);
    this.emit('peer-saved-change', {ids: [...this.savedIds]});
    this.view = 'saved';
  }

  private showView(view: View) {
    this.view = view;
    this.shareUrlShown = '';
    if (view === 'results' && sharedIds(location.hash)) history.replaceState(history.state, '', location.pathname + location.search);
    this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(view === 'results' ? '#q' : '.panel h2')?.focus());
  }

  private async share() {
    const link = shareLink(this.savedIds);
    this.shareUrlShown = link;
    try {
      await navigator.clipboard.writeText(link);
      this.location.clear();
      this.notice = this.s.shareCopied;
    } catch {
      /* the link is shown in a field to copy by hand */
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('#share-link')?.select();
  }

  /** Fetches services of a saved or shared list that are not loaded (HSDS mode). */
  private fetchMissing(ids: readonly string[]) {
    if (this.mode !== 'hsds' || !this.src || this.task.status !== 2) return;
    for (const id of ids) {
      if (this.known.has(id) || this.fetching.has(id) || this.missing.has(id)) continue;
      this.fetching.add(id);
      fetchOne(this.src, id)
        .then((r) => {
          this.known.set(id, r);
        })
        .catch(() => this.missing.add(id))
        .finally(() => {
          this.fetching.delete(id);
          this.requestUpdate();
        });
    }
  }

  private async openDetail(r: Resource, e: Event) {
    const opener = e.currentTarget as HTMLElement;
    this.detailModule ??= await loadDetail();
    this.detail = r;
    this.reportOpen = false;
    this.reportState = 'idle';
    await this.dialog.open(opener, r.id);
    if (this.mode === 'hsds' && this.src) {
      this.detailLoading = true;
      try {
        const full = await fetchOne(this.src, r.id);
        if (this.detail?.id === r.id) this.detail = {...full, serviceAtLocationId: r.serviceAtLocationId ?? full.serviceAtLocationId};
        this.known.set(r.id, full);
      } catch {
        /* the summary we have stays on screen */
      } finally {
        this.detailLoading = false;
      }
    }
  }

  private async sendReport(e: Event) {
    e.preventDefault();
    const r = this.detail;
    const form = e.currentTarget as HTMLFormElement;
    const note = (form.elements.namedItem('note') as HTMLTextAreaElement).value.trim();
    if (!r || !note || !this.feedbackUrl) return;
    const url = safeUrl(this.feedbackUrl, location.href);
    if (!url) return;
    this.reportState = 'sending';
    const body = {service_id: r.id, note};
    const res = await request(url, {method: 'POST', body, retries: 0});
    this.reportState = res.ok ? 'sent' : 'failed';
    if (res.ok) this.emit('peer-report', body);
  }

  /** A shared list link (`#saved=…`) opens that list, on load or when followed within the page. */
  private onHash = () => {
    const ids = sharedIds(location.hash);
    if (!ids) return;
    this.shared = ids;
    this.view = 'shared';
  };

  // ------------------------------------------------------------------------------------------
  // Rendering

  protected override render() {
    if (this.exit?.leaving) return nothing;
    if (!this.quickExitReady()) return this.renderLoading();
    const lang = this.locale.lang;
    if (!this.lazyT(strings)) return html`${this.exit?.renderBar(lang)}${this.renderLoading()}`;
    const s = this.s;
    return html`<div part="base" class=${this.exit?.enabled ? 'base has-quick-exit' : 'base'} lang=${this.locale.tag}>
      ${this.exit ? this.exit.renderBar(lang) : this.renderExitFallback()}
      ${this.crisisRow ? this.renderCrisis() : nothing} ${this.renderFilters()}
      <div class="bar">
        <p class="count" part="count">${this.task.status === 2 && this.view === 'results' ? this.countText() : nothing}</p>
        <button type="button" class="saved-toggle" aria-pressed=${this.view === 'saved' ? 'true' : 'false'} @click=${() => this.showView(this.view === 'saved' ? 'results' : 'saved')}>
          ${s.savedList(this.savedIds.length)}
        </button>
      </div>
      <p class="notice" role="status">${this.locationNotice() || this.notice}</p>
      ${this.issues.length && this.items.length ? html`<p class="skipped">${s.skipped(this.issues.length)}</p>` : nothing}
      ${this.view === 'results' ? this.renderResults() : this.renderList(this.view)}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
      ${this.renderDialog()}
    </div>`;
  }

  private renderCrisis(): TemplateResult {
    const s = this.s;
    const lines: CrisisLine[] = parseCrisisLines(this.crisisLines) ?? [
      {label: s.crisisCall988, href: 'tel:988'},
      {label: s.crisisText988, href: 'sms:988'},
      {label: s.crisisSamhsa, href: 'tel:+18006624357'},
    ];
    return html`<aside class="crisis" part="crisis" aria-label=${s.crisisHeading}>
      <p>${s.crisisHeading}</p>
      <ul>
        ${lines.map((l) => html`<li><a href=${l.href}>${labelIn(l.label, this.locale.lang)}</a></li>`)}
      </ul>
    </aside>`;
  }

  private renderFilters(): TemplateResult {
    const s = this.s;
    const lang = this.locale.lang;
    const cats = this.categoryOptions;
    const langs = this.languageOptions;
    const unit = this.distanceUnit === 'km' ? s.unitKm : s.unitMi;
    const near = parseLatLng(this.near);
    const hasFilters = !!(this.query || this.category || this.near || this.openNow || this.language || this.cost);
    return html`<form class="filters" part="filters" role="search" @submit=${(e: Event) => e.preventDefault()}>
      <div class="field grow">
        <label for="q">${s.searchLabel}</label>
        <input id="q" type="search" autocomplete="off" placeholder=${s.searchPlaceholder} .value=${live(this.queryTyped ?? this.query ?? '')} @input=${this.onQueryInput} />
      </div>
      <div class="field">
        <label for="category">${s.categoryLabel}</label>
        <select id="category" @change=${(e: Event) => this.onSelect('category', e)}>
          <option value="" ?selected=${!this.category}>${s.allCategories}</option>
          ${cats.map((c) => html`<option value=${c.id} ?selected=${this.category === c.id}>${labelIn(c.label, lang)}</option>`)}
          ${this.category && !cats.some((c) => c.id === this.category) ? html`<option value=${this.category} selected>${this.category}</option>` : nothing}
        </select>
      </div>
      ${langs.length || this.language
        ? html`<div class="field">
            <label for="language">${s.languageLabel}</label>
            <select id="language" @change=${(e: Event) => this.onSelect('language', e)}>
              <option value="" ?selected=${!this.language}>${s.anyLanguage}</option>
              ${langs.map((l) => html`<option value=${l} ?selected=${this.language === l}>${this.languageName(l)}</option>`)}
              ${this.language && !langs.includes(this.language) ? html`<option value=${this.language} selected>${this.languageName(this.language)}</option>` : nothing}
            </select>
          </div>`
        : nothing}
      <div class="checks">
        <label><input type="checkbox" .checked=${live(this.openNow)} @change=${(e: Event) => this.onCheck('openNow', e)} /> ${s.openNow}</label>
        <label><input type="checkbox" .checked=${live(this.cost === 'free')} @change=${(e: Event) => this.onCheck('cost', e)} /> ${s.free}</label>
      </div>
      <div class="near">
        ${near
          ? html`<span>${s.nearLabel(this.nearLabel === 'me' ? s.nearYou : this.nearLabel === 'place' ? s.nearPoint : this.near!)}</span>
              <label for="radius">${s.radiusLabel}</label>
              <select id="radius" @change=${(e: Event) => this.onSelect('radius', e)}>
                <option value="" ?selected=${!this.radius}>${s.anyDistance}</option>
                ${[...new Set([...RADII, ...(this.radius ? [this.radius] : [])])]
                  .sort((a, b) => a - b)
                  .map((r) => html`<option value=${r} ?selected=${this.radius === r}>${s.radiusOption(r, unit)}</option>`)}
              </select>
              <button type="button" @click=${this.clearNear}>${s.clearNear}</button>`
          : html`<button type="button" class="near-me" ?disabled=${this.location.busy} @click=${() => void this.location.nearMe()}>${s.nearMe}</button>`}
      </div>
      ${this.geocoder
        ? html`<div class="field place">
            <label for="place">${s.placeLabel}</label>
            <span class="inline">
              <input id="place" type="text" autocomplete="off" placeholder=${s.placePlaceholder} @keydown=${(e: KeyboardEvent) => e.key === 'Enter' && (e.preventDefault(), this.searchPlace())} />
              <button type="button" ?disabled=${this.location.busy} @click=${() => this.searchPlace()}>${s.placeGo}</button>
            </span>
          </div>`
        : nothing}
      ${hasFilters ? html`<button type="button" class="clear" @click=${this.clearFilters}>${s.clearFilters}</button>` : nothing}
    </form>`;
  }

  private renderResults(): TemplateResult {
    const s = this.s;
    const status = this.task.status;
    if (status === 3) return this.renderDirectoryError(this.task.error);
    if (status !== 2 && !this.items.length) return this.renderLoading();
    const results = this.results;
    const busy = status === 1;
    // Every record skipped: the directory could not be read (no filter is to blame).
    if (!this.items.length && this.issues.length && !this.hasMore) return renderUnreadable(this.coreText, this.issues);
    if (!results.length && !this.hasMore) {
      return html`<div class="state empty" part="empty" aria-busy=${busy ? 'true' : 'false'}>
        <p><strong>${s.emptyTitle}</strong></p>
        <p>${s.emptyHint}</p>
        <button type="button" @click=${this.clearFilters}>${s.clearFilters}</button>
      </div>`;
    }
    const shown = results.slice(0, this.rows.limit);
    const cards = engine();
    const c = this.cardContext();
    const more = this.rows.limit < results.length || (this.mode === 'hsds' && this.hasMore);
    return html`<section class="results" aria-labelledby="results-h" aria-busy=${busy ? 'true' : 'false'}>
      <h2 id="results-h" class="visually-hidden">${s.heading}</h2>
      <ul class="list" part="list" role="list">
        ${shown.map((fr) => html`<li>${cards.renderCard(c, fr.resource, fr)}</li>`)}
      </ul>
      ${more
        ? html`<div class="sentinel" aria-hidden="true"></div>
            <div class="more">
              ${this.moreError
                ? html`<div class="state error" role="alert" part="error"><p>${this.errorMessage(this.moreError)}</p></div>`
                : nothing}
              ${this.loadingMore
                ? html`<p role="status">${s.loadingMore}</p>`
                : html`<button type="button" class="load-more" @click=${() => (this.moreError = undefined, this.showMore())}>${this.moreError ? this.coreText.retry : s.loadMore}</button>`}
            </div>`
        : nothing}
    </section>`;
  }

  private renderDirectoryError(e: unknown): TemplateResult {
    const s = this.s;
    const kind = errorKind(e);
    const message =
      kind === 'nosrc'
        ? s.errorNoSource
        : kind === 'network' || kind === 'timeout'
          ? s.errorUnreachable
          : kind === 'parse'
            ? s.errorNotJson
            : kind === 'invalid'
              ? s.errorNotHsds
              : this.errorMessage(e);
    return html`<div class="state error" role="alert" part="error">
      <p>${message}</p>
      ${kind === 'nosrc' ? nothing : html`<button type="button" @click=${() => this.task.run()}>${this.coreText.retry}</button>`}
    </div>`;
  }

  private renderList(view: 'saved' | 'shared'): TemplateResult {
    const s = this.s;
    const ids = view === 'saved' ? this.savedIds : this.shared;
    const loaded = this.task.status === 2;
    // A finished load went through the engine chunk, so the cards are here once `loaded`.
    const cards = loaded ? engine() : undefined;
    const c = cards && this.cardContext();
    return html`<section class="panel" part="saved" aria-labelledby="panel-h">
      <h2 id="panel-h" tabindex="-1">${view === 'saved' ? s.savedHeading : s.sharedHeading}</h2>
      <div class="panel-actions no-print">
        <button type="button" @click=${() => this.showView('results')}>${s.backToResults}</button>
        ${ids.length ? html`<button type="button" @click=${() => this.printPage()}>${s.print}</button>` : nothing}
        ${view === 'saved' && ids.length ? html`<button type="button" @click=${this.share}>${s.share}</button>` : nothing}
        ${view === 'shared' && ids.some((id) => !this.savedIds.includes(id)) ? html`<button type="button" class="primary" @click=${this.saveAllShared}>${s.saveAll}</button>` : nothing}
      </div>
      ${this.shareUrlShown
        ? html`<div class="field no-print"><label for="share-link">${s.shareLabel}</label><input id="share-link" type="url" readonly .value=${this.shareUrlShown} /></div>`
        : nothing}
      ${view === 'saved' ? html`<p class="hint no-print">${ids.length ? s.savedPrivacy : s.savedEmpty}</p><div class="no-print">${this.forget.render(this.coreText.forget, this.locale.lang)}</div>` : nothing}
      ${this.task.status === 3 ? this.renderDirectoryError(this.task.error) : !loaded ? this.renderLoading() : nothing}
      ${cards && c && ids.length
        ? html`<ul class="list" part="list" role="list">
            ${ids.map((id) => {
              const r = this.known.get(id);
              if (r) return html`<li>${cards.renderCard(c, r)}</li>`;
              if (this.mode === 'hsds' && !this.missing.has(id)) return html`<li class="state loading">${this.coreText.loading}</li>`;
              return html`<li class="state">${s.missingService(id)}
                ${view === 'saved' ? html`<button type="button" @click=${() => this.toggleSaved({id} as Resource)}>${s.remove}</button>` : nothing}</li>`;
            })}
          </ul>`
        : nothing}
    </section>`;
  }

  /** What the cards (in the engine chunk, here once services are) need from the element. */
  private cardContext(): CardContext {
    return {
      s: this.s,
      tag: this.locale.tag,
      now: this.clock.now,
      zone: this.zone,
      near: parseLatLng(this.near),
      unit: this.distanceUnit === 'km' ? 'km' : 'mi',
      fresh: this.filtered?.minute === this.clock.minute,
      isSaved: (id) => this.savedIds.includes(id),
      open: (r, e) => void this.openDetail(r, e),
      toggleSaved: (r) => this.toggleSaved(r),
    };
  }

  private renderDialog(): TemplateResult {
    const s = this.s;
    const r = this.detail;
    const mod = this.detailModule;
    // The dialog opens from a card, so the engine chunk is here whenever `r` is.
    const cards = r && mod ? engine() : undefined;
    return html`<dialog part="detail" aria-labelledby="detail-title" @close=${this.dialog.onClose} @click=${this.dialog.onClick}>
      ${r && mod && cards
        ? html`<div class="dialog-body">
            <div class="dialog-bar">
              <button type="button" class="close" @click=${() => this.dialog.close()}>${this.coreText.close}</button>
              ${this.exit ? this.exit.renderButton(this.locale.lang) : this.renderExitFallback()}
            </div>
            <h2 id="detail-title" tabindex="-1">${r.name}</h2>
            ${this.detailLoading ? html`<p role="status" class="hint">${s.loadingDetail}</p>` : nothing}
            ${mod.detailBody({
              s,
              r,
              status: cards.statusText({s, tag: this.locale.tag, now: this.clock.now, zone: this.zone}, r),
              week: weekOf(r, this.locale.tag, this.clock.now, this.zone),
              hoursUntil: hoursExpiredOn(r, this.clock.now, this.zone),
              actions: cards.renderActions(s, r),
              languageName: (code) => this.languageName(code),
              verified: (date) => cards.verified(this.locale.tag, date),
            })}
            ${this.feedbackUrl
              ? mod.reportSection({
                  s,
                  r,
                  feedbackUrl: this.feedbackUrl,
                  open: this.reportOpen,
                  state: this.reportState,
                  onOpen: () => (this.reportOpen = true),
                  onSubmit: (e) => this.sendReport(e),
                })
              : nothing}
          </div>`
        : nothing}
    </dialog>`;
  }

}

