import {html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {Task} from '@lit/task';
import {PeerElement} from '../../core/peer-element.js';
import {dayName, formatNumber, timeIn, dateOf, type Locale, type Tables} from '../../core/i18n.js';
import type {FeedIssue, FeedWarning, Meeting, MeetingFormat, Occurrence, ParsedFeed} from '../../model/meeting.js';
import {formatLatLng, parseLatLng} from '../../model/geo.js';
import {fold} from '../../model/text.js';
import {meetingFinder as en} from '../../locales/en/meeting-finder.js';
import {meetingFinder as es} from '../../locales/es/meeting-finder.js';
import {styles} from './meeting-finder.styles.js';
import {activeFilterCount, parseAttendance, parseDays, parseTimes, parseTypes, parseUnit, setTypeMode, TIMES, toFilters, toggleWord, typeMode, words, type FilterAttributes} from './filters.js';
import {DeviceListController} from '../../controllers/device-list.js';
import {UrlStateController} from '../../controllers/url-state.js';
import {ClockController} from '../../controllers/clock.js';
import {WindowedListController} from '../../controllers/windowed-list.js';
import {DialogController} from '../../controllers/dialog.js';
import {LocationController} from '../../controllers/location.js';
import {deviceStyles, ForgetController} from '../../core/device.js';
import {SYNCED, type SyncedKey} from './url-sync.js';
import * as data from './data.js';
import {isBmltUrl} from '../../sources/bmlt-url.js';
import {retryableImport} from '../../core/lazy-import.js';
import {renderUnreadable} from '../../core/unreadable.js';
import {TEMPORARILY_CLOSED} from '../../model/meeting-type-codes.js';
import type {LoadedMeetings} from '../../sources/meetings.js';
import type {MeetingMap} from './map.js';

const strings: Tables<typeof en> = {en, es};
/** The stars of one feed, on this device (`DeviceListController`; "Forget this device" clears them only when asked). */
const favouritesKey = (m: Meeting) => `peerkit:meeting-favourites:${m.feed}`;
/**
 * Rows rendered at first and added per scroll: two to three screens. The rest render as the visitor
 * scrolls near the end (or presses "show more"); a 10,000-meeting feed paints only these.
 */
const PAGE = 24;
const RADII = [1, 2, 5, 10, 25, 50];

type DetailModule = typeof import('./detail.js');
// Lazy chunks, each asked for again after a failure (a "Try again" must be able to work).
const loadParsers = retryableImport(() => import('./load.js'));
const loadMapChunk = retryableImport(() => import('./map.js'));
const loadDetail = retryableImport(() => import('./detail.js'));
const loadTypeNames = retryableImport(() => import('./type-names.js'));
/** The type names (a lazy chunk): set once loaded, for every finder on the page. */
let typeNames: typeof import('./type-names.js') | undefined;
let typeNamesLoad: Promise<unknown> | undefined;

/**
 * A meeting finder for Meeting Guide JSON feeds and BMLT servers: filters by day, time of day,
 * attendance (in person, online, hybrid), meeting types (with and without), area, free text and
 * distance; a list that shows only what is visible, details with directions, join and dial-in
 * links, calendar files and sharing; favourites kept on the device; and a map loaded only when the
 * visitor opens it.
 *
 * @tagname peer-meeting-finder
 * @summary Finds recovery meetings from Meeting Guide or BMLT feeds.
 *
 * @fires peer-feed-issues - After a load that skipped records or found problems: `detail.issues` lists every skipped record (`FeedIssue[]`: feed, index, slug, reason); `detail.warnings` the problems that skipped nothing (`FeedWarning[]`: `no-timezone` once per feed whose meetings name no zone, `extra-links` per record), each given once per element.
 * @fires peer-meeting-open - The visitor opened a meeting's details: `detail.meeting`.
 * @fires peer-filters-change - The visitor changed a filter: `detail` holds the filter attributes.
 *
 * @csspart base - The outer wrapper.
 * @csspart toolbar - Search box, filter toggle and view switch.
 * @csspart filters - The filter panel.
 * @csspart summary - The result count line.
 * @csspart list - The list of meetings.
 * @csspart meeting - One meeting in the list.
 * @csspart badge - A status or attendance badge.
 * @csspart detail - The meeting details dialog.
 * @csspart map - The map container.
 * @csspart loading - The loading state.
 * @csspart error - The error state.
 * @csspart empty - The empty state.
 * @cssproperty --peer-color-accent - Accent colour (buttons, links, focus).
 * @cssproperty --peer-color-bg - Background colour.
 * @cssproperty --peer-color-surface - Background of cards and panels.
 * @cssproperty --peer-color-text - Text colour.
 * @cssproperty --peer-color-muted - Secondary text colour.
 * @cssproperty --peer-color-border - Border colour.
 * @cssproperty --peer-color-success - "Happening now" badge colour.
 * @cssproperty --peer-radius - Corner radius.
 * @cssproperty --peer-space - Base spacing.
 */
export class PeerMeetingFinder extends PeerElement {
  static override styles = [...PeerElement.styles, deviceStyles, styles];

  static override properties = {
    ...PeerElement.properties,
    src: {type: String},
    format: {type: String},
    day: {type: String, reflect: true},
    time: {type: String, reflect: true},
    types: {type: String, reflect: true},
    attendance: {type: String, reflect: true},
    region: {type: String, reflect: true},
    query: {type: String, reflect: true},
    near: {type: String, reflect: true},
    radius: {type: Number, reflect: true},
    distanceUnit: {type: String, attribute: 'distance-unit'},
    view: {type: String, reflect: true},
    syncUrl: {type: Boolean, attribute: 'sync-url'},
    tileUrl: {type: String, attribute: 'tile-url'},
    geocoder: {type: String},
    favourites: {type: Boolean, reflect: true},
    headingLevel: {type: Number, attribute: 'heading-level'},
    filtersOpen: {state: true, attribute: false},
    selected: {state: true, attribute: false},
    notice: {state: true, attribute: false},
    dialogNotice: {state: true, attribute: false},
    regionSearch: {state: true, attribute: false},
    typesOpen: {state: true, attribute: false},
    progress: {state: true, attribute: false},
    mapState: {state: true, attribute: false},
    detailView: {state: true, attribute: false},
  };

  /**
   * Feed URL(s), space-separated (Meeting Guide), or a BMLT root server URL. A Meeting Guide feed is
   * fetched once and read as it downloads; a BMLT server is asked again when a filter it can apply
   * (days, attendance, types, distance) changes.
   */
  declare src: string | undefined;
  /** `meeting-guide`, `bmlt` or `auto` (default: detected from the response). */
  declare format: MeetingFormat;
  /** Days to show, space-separated: `0`–`6` (0 = Sunday), `today`, `tomorrow`. Any of them. */
  declare day: string | undefined;
  /** Times of day, space-separated: `morning`, `midday`, `evening`, `night` (by the meeting's local start). */
  declare time: string | undefined;
  /** Type codes that must all be present, space-separated; `-CODE` excludes (`O -C`). */
  declare types: string | undefined;
  /** `in-person` (in person or hybrid), `online` (online or hybrid) or `hybrid`. */
  declare attendance: string | undefined;
  /** An area name at any level (e.g. `Springfield` or `Downtown`). */
  declare region: string | undefined;
  /** Free-text search: every word must match the name, location, address, area, group or notes (case and accents ignored). */
  declare query: string | undefined;
  /** `lat,lng` to sort by distance from (meetings without coordinates are left out). */
  declare near: string | undefined;
  /** With `near`: only meetings within this distance. */
  declare radius: number | undefined;
  /** `mi` (default) or `km`. */
  declare distanceUnit: string | undefined;
  /** `list` (default) or `map`. The map (Leaflet and its tiles) loads only when this is `map`. */
  declare view: string | undefined;
  /** Mirror the visitor's filters in the page URL (`?mf-day=1`, or `?<id>-day=1` when the element has an id). */
  declare syncUrl: boolean;
  /** Map tile URL template (`{z}/{x}/{y}`); default OpenStreetMap. Fetched only after the visitor opens the map. */
  declare tileUrl: string | undefined;
  /** Geocoder URL template with `{query}` (Nominatim-style JSON or GeoJSON); off unless set, so no third party is contacted by default. */
  declare geocoder: string | undefined;
  /** Show only the visitor's starred meetings. */
  declare favourites: boolean;
  /** Heading level (2–6) of each meeting's name in the list, to fit the page's outline; default 3. */
  declare headingLevel: number | undefined;

  declare private filtersOpen: boolean;
  declare private selected: Occurrence | undefined;
  /** A message under the count: location refused, place not found. */
  declare private notice: string;
  /** A message inside the details dialog only (link copied), gone when the dialog closes. */
  declare private dialogNotice: string;
  declare private regionSearch: string;
  /**
   * The type list (a select per code in the feed, up to 87) is built only once the visitor opens
   * it: on a first paint it is hidden, and it is the biggest part of the filters.
   */
  declare private typesOpen: boolean;
  /** While a feed downloads: meetings read so far (shown under "Loading meetings…"). */
  declare private progress: number;
  /** `no-tiles`: the map is up, but none of its tiles could be loaded. */
  declare private mapState: 'idle' | 'loading' | 'ready' | 'no-tiles' | 'error';
  declare private detailView: DetailModule | undefined;

  /** Stars changed (here, in another finder, in another tab, a forget): the favourites-only list follows. */
  private readonly favs = new DeviceListController(this, () => {
    if (this.favourites) {
      this.lastFilter = undefined;
      this.recompute();
    }
    this.requestUpdate();
  });
  /** The filters in the page URL (`sync-url`), under this finder's own prefix. */
  private readonly url = new UrlStateController<SyncedKey>(this, {
    short: 'mf',
    keys: SYNCED,
    enabled: () => this.syncUrl,
    apply: (values) => {
      for (const [k, v] of Object.entries(values) as [SyncedKey, string][]) {
        if (k === 'radius') this.radius = Number(v) || undefined;
        else (this as unknown as Record<string, string>)[k] = v;
      }
    },
  });
  /** Each minute: times, "in progress", "starting soon" and "ended" move on. */
  private readonly clock = new ClockController(this, (now) => {
    this.zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    this.labels = new Map();
    this.all = data.occurrences(this.meetings, now);
    this.recompute();
  });
  private readonly rows = new WindowedListController(this, {page: PAGE});
  private readonly dialog = new DialogController(this, {dialog: 'dialog.detail', focus: '.detail-title', fallback: 'input[type=search]'}, () => this.onDialogClose());
  private readonly location = new LocationController(this, {
    geocoder: () => this.geocoder,
    found: (point) => this.changed({near: formatLatLng(point)}),
  });
  /** "Forget this device" (the stars only when asked; `favs` follows). */
  private readonly forget = new ForgetController(this, () => undefined);
  /** When the current load started: the occurrences the loader worked out are as of then. */
  private loadStarted = 0;
  private results: Occurrence[] = [];
  private meetings: Meeting[] = [];
  /** Every occurrence, upcoming-first, as of `now` (recomputed each minute, not per keystroke). */
  private all: Occurrence[] = [];
  private loadedFrom: ParsedFeed | undefined;
  private issues: FeedIssue[] = [];
  private regionOptions: {name: string; depth: number}[] = [];
  private typeCodes: string[] = [];
  private map: MeetingMap | undefined;
  /** The map chunk's own strings (the tiles message), once it is here. */
  private mapText: typeof import('./map.js').mapText | undefined;
  private mapLoad: Promise<void> | undefined;
  private mapCanvas: HTMLElement | undefined;
  private printing = false;

  private readonly task = new Task(this, {
    task: async ([src, format, tz, server]: [string, MeetingFormat, string, string], {signal}) => {
      const urls = words(src);
      if (!urls.length) return {meetings: [], issues: []} as ParsedFeed;
      const {loadMeetings} = await loadParsers();
      if (this.progress) this.progress = 0;
      let shownAt = 0;
      this.loadStarted = Date.now();
      return loadMeetings(urls, format, {
        signal,
        occurrencesAt: this.loadStarted,
        // A few times a second at most: each change renders the loading state again.
        onProgress: (n) => {
          const t = performance.now();
          if (t - shownAt < 250 || signal.aborted) return;
          shownAt = t;
          this.progress = n;
        },
        defaultTimezone: tz,
        lang: this.locale.lang,
        visitorTz: this.visitorZone,
        // BMLT: the filters the server can apply travel as query parameters (the list is still
        // filtered here too); type codes become format ids once a response has named them.
        ...(server ? {filters: toFilters(this.attrs), bmltFormats: (this.loadedFrom as LoadedMeetings | undefined)?.bmltFormats} : {}),
      });
    },
    // The embed's zone only (not the visitor's): meetings that name none take it, else the zone most
    // of the feed's records name, else they show their local time with no zone.
    args: () => [this.src ?? '', this.format, this.timezone || this.config.timezone || '', this.serverFilterKey()] as [string, MeetingFormat, string, string],
  });

  /**
   * For a BMLT root server, the filters it can apply (days, attendance, types, distance) as one key:
   * a change fetches again with them as query parameters. Empty for JSON feeds, which are fetched
   * once and filtered in the page. `today`/`tomorrow` carry the visitor's weekday, so the key
   * changes at midnight.
   */
  private serverFilterKey(): string {
    const srcs = words(this.src ?? '');
    if (!srcs.length || !(this.format === 'bmlt' || (this.format === 'auto' && srcs.some(isBmltUrl)))) return '';
    const {day, attendance, types, near, radius, distanceUnit} = toFilters(this.attrs);
    const weekday = day?.some((d) => typeof d === 'string') ? new Date(this.clock.now).getDay() : undefined;
    // Type codes map to format ids only once a response has listed the formats: then fetch again.
    const formatsKnown = !!types && !!(this.loadedFrom as LoadedMeetings | undefined)?.bmltFormats?.length;
    return JSON.stringify([day, weekday, attendance, types, formatsKnown, near && radius ? [near, radius, distanceUnit] : undefined]);
  }

  constructor() {
    super();
    // Start fetching the parsers at once, while the first frame renders.
    loadParsers().catch(() => undefined); // a failure shows when the feed loads, with its retry
    this.format = 'auto';
    this.syncUrl = false;
    this.favourites = false;
    this.filtersOpen = false;
    this.notice = '';
    this.dialogNotice = '';
    this.regionSearch = '';
    this.typesOpen = false;
    this.progress = 0;
    this.mapState = 'idle';
  }

  /** How many meeting occurrences the current filters show (a meeting on three days counts three times). */
  get resultCount(): number {
    return this.results.length;
  }

  /**
   * The loaded feed's meeting types (code, and name in the element's language) and regions
   * (depth-first, with their depth), for a site's own controls: the embed builder offers them as
   * checkboxes and a list. Resolves once the feed has loaded; empty lists when it could not be read.
   */
  async feedOptions(): Promise<{types: {code: string; name: string}[]; regions: {name: string; depth: number}[]}> {
    // The first update starts the load; then wait for it, and for the update that takes it in.
    await this.updateComplete;
    await this.task.taskComplete.catch(() => undefined);
    await this.updateComplete;
    if (!this.loadedFrom) return {types: [], regions: []};
    await (typeNamesLoad ??= loadTypeNames().then((m) => (typeNames = m))).catch(() => undefined);
    return {types: this.typeCodes.map((code) => ({code, name: this.typeLabel(code)})), regions: this.regionOptions.map((r) => ({...r}))};
  }

  private get text() {
    return this.t(strings);
  }

  /** The locale, resolved once per update (it walks the ancestors and canonicalises a tag). */
  private localeCache: Locale | undefined;
  override get locale(): Locale {
    return (this.localeCache ??= super.locale);
  }

  private get attrs(): FilterAttributes {
    return {day: this.day, time: this.time, types: this.types, attendance: this.attendance, region: this.region, query: this.query, near: this.near, radius: this.radius, distanceUnit: this.distanceUnit};
  }

  private get level(): number {
    const n = Math.round(Number(this.headingLevel));
    return n >= 2 && n <= 6 ? n : 3;
  }

  private get unit(): 'mi' | 'km' {
    return parseUnit(this.distanceUnit);
  }

  /** The visitor's zone, read once (creating a DateTimeFormat costs about a millisecond). */
  private zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  private get visitorZone(): string {
    return this.zone;
  }

  /** Rendered time labels per occurrence: a keystroke re-renders the same rows without formatting again. */
  private labels = new Map<string, {when: string; yours?: string}>();
  private labelsTag = '';
  private typeNames = new Map<string, string>();
  private typeNamesLang = '';

  private label(o: Occurrence): {when: string; yours?: string} {
    const tag = this.locale.tag;
    if (tag !== this.labelsTag || this.labels.size > 5000) {
      this.labels = new Map();
      this.labelsTag = tag;
    }
    // Meetings in one zone starting at one instant share their labels: a few hundred for 10,000 meetings.
    const key = `${o.meeting.timezoneUnknown ? '' : o.meeting.timezone}|${o.day}|${o.nextStart}`;
    let l = this.labels.get(key);
    if (!l) this.labels.set(key, (l = {when: this.whenText(o), yours: this.visitorTime(o)}));
    return l;
  }

  private typeLabel(code: string): string {
    const lang = this.locale.lang;
    if (lang !== this.typeNamesLang) {
      this.typeNames = new Map();
      this.typeNamesLang = lang;
    }
    let name = this.typeNames.get(code);
    if (name === undefined && typeNames) this.typeNames.set(code, (name = typeNames.typeName(code, lang, this.meetings)));
    return name ?? code;
  }

  /**
   * Whether the type names can be shown: loads their chunk the first time (the element renders
   * again when it arrives). If it cannot load, the codes stand in for the names.
   */
  private typeNamesReady(): boolean {
    if (typeNames || this.typeNamesFailed) return true;
    typeNamesLoad ??= loadTypeNames().then((m) => (typeNames = m));
    this.typeNamesWait ??= typeNamesLoad.catch(() => {
      this.typeNamesFailed = true;
    });
    this.renderWhenLoaded(this.typeNamesWait);
    return false;
  }
  private typeNamesWait: Promise<unknown> | undefined;
  private typeNamesFailed = false;

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('hashchange', this.onHash);
    addEventListener('beforeprint', this.onBeforePrint);
    addEventListener('afterprint', this.onAfterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('hashchange', this.onHash);
    removeEventListener('beforeprint', this.onBeforePrint);
    removeEventListener('afterprint', this.onAfterPrint);
    this.map?.destroy();
    this.map = undefined;
    this.mapLoad = undefined;
    this.mapCanvas = undefined;
    this.mapState = 'idle';
  }

  private syncToUrl() {
    const values: Partial<Record<SyncedKey, string | undefined>> = {};
    for (const k of SYNCED) {
      const v = (this as unknown as Record<string, unknown>)[k];
      values[k] = v === undefined || v === null || v === '' ? undefined : String(v);
    }
    this.url.write(values);
  }

  /** A visitor changed filters: reflect (attributes reflect by themselves), sync the URL, start from the top. */
  private changed(patch: Partial<Record<keyof FilterAttributes | 'view' | 'favourites', unknown>>) {
    Object.assign(this, patch);
    this.rows.reset();
    this.syncToUrl();
    this.emit('peer-filters-change', {...this.attrs, view: this.view, favourites: this.favourites});
  }

  protected override willUpdate(changed: PropertyValues): void {
    this.localeCache = undefined;
    super.willUpdate(changed);
    const status = this.task.status;
    const value = status === 2 ? (this.task.value as ParsedFeed | undefined) : undefined;
    if (value && value !== this.loadedFrom) {
      this.loadedFrom = value;
      this.meetings = value.meetings;
      this.issues = value.issues;
      this.typeNames = new Map();
      this.regionOptions = data.regionOptions(this.meetings, this.locale.tag);
      this.typeCodes = data.availableTypes(this.meetings);
      this.reportIssues(value.issues, value.warnings ?? []);
      this.clock.refresh();
      // The loader's occurrences (worked out while the feed downloaded) are as good as ours while
      // they are less than a minute old: the list is brought up to date each minute anyway.
      const early = (value as LoadedMeetings).occurrences;
      this.all = early && this.clock.now - this.loadStarted < 60_000 ? early : data.occurrences(this.meetings, this.clock.now);
      this.recompute();
      this.openFromHash();
      return;
    }
    const keys = ['day', 'time', 'types', 'attendance', 'region', 'query', 'near', 'radius', 'distanceUnit', 'favourites', 'lang', 'timezone'];
    if (keys.some((k) => changed.has(k))) this.recompute();
  }

  /** Warnings already given (a BMLT server asked again, a feed reloaded): each is given once. */
  private warned = new Set<string>();

  private reportIssues(issues: FeedIssue[], all: FeedWarning[]) {
    const warnings = all.filter((w) => !this.warned.has(`${w.feed}|${w.code}|${w.index}`));
    if (!issues.length && !warnings.length) return;
    for (const i of issues) this.log.warn(`skipped record ${i.slug !== undefined ? `"${i.slug}"` : `#${i.index}`} in ${i.feed}: ${i.reason}`);
    for (const w of warnings) {
      this.warned.add(`${w.feed}|${w.code}|${w.index}`);
      this.log.warn(`${w.index < 0 ? '' : `record ${w.slug !== undefined ? `"${w.slug}"` : `#${w.index}`} in `}${w.feed}: ${w.reason}`);
    }
    this.emit('peer-feed-issues', {issues, warnings});
  }

  /** What the last results were filtered from, so typing more letters only narrows the last results. */
  private lastFilter: {all: Occurrence[]; rest: string; query: string} | undefined;

  private recompute() {
    if (!this.loadedFrom) return;
    const filters = toFilters(this.attrs);
    const query = fold(filters.query ?? '');
    const rest = JSON.stringify({...filters, query: undefined, favourites: this.favourites});
    const last = this.lastFilter;
    // Adding characters to the query can only narrow the results (every word still has to match).
    const source = last && last.all === this.all && last.rest === rest && query.startsWith(last.query) ? this.results : this.all;
    this.lastFilter = {all: this.all, rest, query};
    let list = data.filterOccurrences(source, filters, Date.now(), this.visitorZone);
    if (this.favourites) list = list.filter((o) => this.favs.has(favouritesKey(o.meeting), o.meeting.slug));
    this.results = list;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.view === 'map' && this.loadedFrom) this.ensureMap();
    else if (this.map && this.view !== 'map') {
      this.map.destroy();
      this.map = undefined;
      this.mapLoad = undefined;
      this.mapCanvas = undefined;
      this.mapState = 'idle';
    }
    if (this.map) this.map.update(this.results, parseLatLng(this.near));
  }

  private onBeforePrint = () => {
    this.printing = true;
    this.requestUpdate();
    // Render every result now: the browser lays the page out for print right after this event.
    this.performUpdate();
  };

  private onAfterPrint = () => {
    this.printing = false;
    this.requestUpdate();
  };

  private async print() {
    this.printing = true;
    this.requestUpdate();
    await this.updateComplete;
    window.print();
    this.onAfterPrint();
  }

  // ---- map -----------------------------------------------------------------------------------------

  private ensureMap() {
    const container = this.renderRoot.querySelector<HTMLElement>('.map-canvas');
    if (!container) return;
    // The canvas is replaced when the view leaves the map for a moment (no results, a BMLT
    // re-fetch): the old map went with it, so build a new one in the new canvas.
    if (this.mapLoad && container === this.mapCanvas) return;
    this.map?.destroy();
    this.map = undefined;
    this.mapCanvas = container;
    this.mapLoad = loadMapChunk()
      .then(({createMap, mapText}) => {
        if (this.view !== 'map' || !container.isConnected || container !== this.mapCanvas) return;
        this.mapText = mapText;
        this.map = createMap(container, this.renderRoot as ShadowRoot, {
          tileUrl: this.tileUrl || undefined,
          text: this.text,
          lang: this.locale.lang,
          close: this.coreText.close,
          groupLabel: (n) => this.text.meetingsHere(n),
          describe: (o) => `${this.whenText(o)} · ${o.meeting.name}`,
          onSelect: (o) => this.openDetail(o),
          onTiles: (ok) => (this.mapState = ok ? 'ready' : 'no-tiles'),
        });
        this.map.update(this.results, parseLatLng(this.near));
        this.mapState = 'ready';
      })
      .catch((err) => {
        this.log.error('map failed to load', err);
        this.mapState = 'error';
      });
  }

  private retryMap() {
    this.mapLoad = undefined;
    this.mapCanvas = undefined;
    this.mapState = 'idle';
  }

  // ---- detail ------------------------------------------------------------------------------------

  private onHash = () => this.openFromHash();

  private openFromHash() {
    const id = data.meetingIdFromHash(location.hash, this.url.prefix);
    if (!id) return;
    const occ = this.results.find((o) => o.meeting.id === id) ?? this.occurrenceOf(this.meetings.find((m) => m.id === id));
    if (occ && occ.meeting.id !== this.selected?.meeting.id) void this.openDetail(occ, false);
  }

  private occurrenceOf(m: Meeting | undefined): Occurrence | undefined {
    if (!m) return undefined;
    return this.all.find((o) => o.meeting === m) ?? data.occurrences([m], this.clock.now)[0];
  }

  private async openDetail(occ: Occurrence, fromVisitor = true) {
    try {
      this.detailView ??= await loadDetail();
    } catch {
      // The details' code could not be fetched (offline): say so; the next press asks again.
      this.notice = this.coreText.errorNetwork;
      return;
    }
    this.selected = occ;
    this.notice = '';
    this.dialogNotice = '';
    await this.dialog.open(fromVisitor ? undefined : null, occ.meeting.id);
    if (fromVisitor) {
      history.replaceState(history.state, '', data.meetingHash(occ.meeting.id, this.url.prefix));
      this.emit('peer-meeting-open', {meeting: occ.meeting});
    }
  }

  private get detailHost(): import('./detail.js').DetailHost {
    return {
      text: this.text,
      lang: this.locale.lang,
      tag: this.locale.tag,
      meetings: this.meetings,
      root: this.renderRoot as ShadowRoot,
      whenText: (o) => this.whenText(o),
      visitorTime: (o) => this.visitorTime(o),
      badges: (o) => this.renderBadges(o),
      occurrenceOf: (m) => this.occurrenceOf(m),
      open: (o) => void this.openDetail(o),
      shareUrl: (m) => this.shareUrl(m),
      setNotice: (n) => (this.dialogNotice = n),
    };
  }

  /** The details closed (focus goes back to the meeting's row: `dialog`). */
  private onDialogClose() {
    this.dialogNotice = '';
    this.selected = undefined;
    if (data.meetingIdFromHash(location.hash, this.url.prefix)) history.replaceState(history.state, '', location.pathname + location.search);
  }

  private shareUrl(m: Meeting): string {
    return data.shareUrl(location.href, m.id, this.url.prefix);
  }

  private clearFilters() {
    this.favourites = false;
    this.regionSearch = '';
    this.changed({day: undefined, time: undefined, types: undefined, attendance: undefined, region: undefined, query: undefined, near: undefined, radius: undefined});
    this.renderRoot.querySelector<HTMLElement>('input[type=search]')?.focus();
  }

  // ---- rendering ---------------------------------------------------------------------------------

  protected override render() {
    const s = this.text;
    const status = this.task.status;
    const body =
      status === 3
        ? this.renderError(this.task.error, () => this.task.run())
        : !this.loadedFrom || status === 1
          ? this.renderLoadingFeed()
          : this.renderResults();
    return html`<div part="base" class="base" lang=${this.locale.tag}>
      ${this.renderToolbar()} ${this.loadedFrom && status !== 3 ? this.renderFilters() : nothing}
      <div class="summary" part="summary">
        <p class="count" role="status" aria-live="polite">${this.loadedFrom && status === 2 ? this.countText() : ''}</p>
        ${this.issues.length && this.meetings.length && status === 2 ? html`<p class="skipped">${s.skipped(this.issues.length)}</p>` : nothing}
        ${this.location.problem || this.notice ? html`<p class="notice" role="status">${this.location.problem === 'not-found' ? s.placeNotFound : this.location.problem ? s.locationDenied : this.notice}</p>` : nothing}
        <p class="print-only">${s.printedOn(dateOf(this.clock.now, this.locale.tag, 'long'))}</p>
      </div>
      ${body} ${this.renderDetail()}
    </div>`;
  }

  /**
   * "Loading meetings…", and while a big feed downloads, how many meetings have been read so far.
   * The count is for the eye only: a live region that changed four times a second would talk over
   * everything else.
   */
  private renderLoadingFeed() {
    const s = this.text;
    return html`<div class="state loading" role="status" part="loading">
      ${s.loadingMeetings}${this.progress ? html` <span class="progress" aria-hidden="true">${s.soFar(formatNumber(this.progress, this.locale.tag))}</span>` : nothing}
    </div>`;
  }

  private renderToolbar() {
    const s = this.text;
    const n = activeFilterCount(this.attrs, this.favourites);
    const view = this.view === 'map' ? 'map' : 'list';
    // The filter panel exists once a feed has loaded (and stays while a BMLT server is asked
    // again); the printable list only while meetings are shown.
    const filters = !!this.loadedFrom && this.task.status !== 3;
    const ready = filters && this.task.status === 2;
    return html`<div class="toolbar" part="toolbar">
      <label class="search">
        <span class="visually-hidden">${s.search}</span>
        <input type="search" name="query" autocomplete="off" placeholder=${s.searchPlaceholder} .value=${this.query ?? ''} @input=${(e: Event) => this.changed({query: (e.target as HTMLInputElement).value || undefined})} />
      </label>
      <button type="button" class="filters-toggle" ?disabled=${!filters} aria-expanded=${this.filtersOpen && filters ? 'true' : 'false'} aria-controls=${filters ? 'filters' : nothing} @click=${() => (this.filtersOpen = !this.filtersOpen)}>
        ${s.filters}${n ? html` <span class="pill" aria-hidden="true">${formatNumber(n, this.locale.tag)}</span><span class="visually-hidden">, ${s.filtersActive(n)}</span>` : nothing}
      </button>
      <div class="views" role="group" aria-label=${s.viewLabel}>
        <button type="button" aria-pressed=${view === 'list' ? 'true' : 'false'} @click=${() => this.changed({view: undefined})}>${s.listView}</button>
        <button type="button" aria-pressed=${view === 'map' ? 'true' : 'false'} @click=${() => this.changed({view: 'map'})}>${s.mapView}</button>
      </div>
      <button type="button" class="print" ?disabled=${!ready} @click=${() => this.print()}>${s.print}</button>
    </div>`;
  }

  private renderFilters() {
    const s = this.text;
    const tag = this.locale.tag;
    const days = parseDays(this.day);
    const times = parseTimes(this.time);
    const attendance = parseAttendance(this.attendance) ?? '';
    const order = this.locale.lang === 'es' ? [1, 2, 3, 4, 5, 6, 0] : [0, 1, 2, 3, 4, 5, 6];
    const dayBox = (value: string, label: string) =>
      html`<label class="chip"><input type="checkbox" name="day" .value=${value} .checked=${(days as (string | number)[]).map(String).includes(value)} @change=${(e: Event) => this.changed({day: toggleWord(this.day, value, (e.target as HTMLInputElement).checked) || undefined})} />${label}</label>`;
    const long = this.regionOptions.length > 12;
    const rq = fold(this.regionSearch.trim());
    const regions = rq ? this.regionOptions.filter((r) => fold(r.name).includes(rq) || r.name === this.region) : this.regionOptions;
    const typeCount = parseTypes(this.types).length;
    const namesReady = this.typesOpen && this.typeNamesReady();
    return html`<div id="filters" class="filters" part="filters" ?data-open=${this.filtersOpen}>
      <fieldset>
        <legend>${s.day}</legend>
        <div class="chips">${dayBox('today', s.today)} ${dayBox('tomorrow', s.tomorrow)} ${order.map((d) => dayBox(String(d), dayName(d, tag)))}</div>
      </fieldset>
      <fieldset>
        <legend>${s.time}</legend>
        <div class="chips">
          ${TIMES.map(
            (t) =>
              html`<label class="chip"><input type="checkbox" name="time" .value=${t} .checked=${times.includes(t)} @change=${(e: Event) => this.changed({time: toggleWord(this.time, t, (e.target as HTMLInputElement).checked) || undefined})} />${s.timeNames[t]}</label>`,
          )}
        </div>
      </fieldset>
      <fieldset>
        <legend>${s.attendance}</legend>
        <div class="chips">
          ${['', 'in-person', 'online', 'hybrid'].map(
            (a) =>
              html`<label class="chip"><input type="radio" name="attendance" .value=${a} .checked=${attendance === a} @change=${() => this.changed({attendance: a || undefined})} />${a ? s.attendanceNames[a] : s.anyAttendance}</label>`,
          )}
        </div>
      </fieldset>
      ${this.regionOptions.length
        ? html`<div class="field">
            ${long
              ? html`<label class="stack"
                  >${s.regionSearch}<input type="search" name="region-search" autocomplete="off" .value=${this.regionSearch} @input=${(e: Event) => (this.regionSearch = (e.target as HTMLInputElement).value)}
                /></label>`
              : nothing}
            <label class="stack"
              >${s.region}
              <select name="region" @change=${(e: Event) => this.changed({region: (e.target as HTMLSelectElement).value || undefined})}>
                <option value="" ?selected=${!this.region}>${s.anyRegion}</option>
                ${regions.map((r) => html`<option .value=${r.name} ?selected=${r.name === this.region}>${'\u2003'.repeat(r.depth)}${r.name}</option>`)}
              </select></label
            >
          </div>`
        : nothing}
      ${this.typeCodes.length
        ? html`<details class="types" ?open=${this.typesOpen} @toggle=${(e: Event) => (this.typesOpen = (e.target as HTMLDetailsElement).open)}>
            <summary>${s.types}${typeCount ? html` <span class="pill">${formatNumber(typeCount, tag)}</span>` : nothing}</summary>
            <p class="hint" id="types-hint">${s.typesHint}</p>
            <ul class="type-list">
              ${this.typesOpen && !namesReady ? html`<li>${this.coreText.loading}</li>` : nothing}
              ${(namesReady ? this.typeCodes : []).map((code) => {
                const mode = typeMode(this.types, code);
                const name = this.typeLabel(code);
                return html`<li>
                  <label
                    ><span>${name}</span>
                    <select name=${`type-${code}`} data-code=${code} aria-describedby="types-hint" @change=${(e: Event) => this.changed({types: setTypeMode(this.types, code, (e.target as HTMLSelectElement).value as 'any') || undefined})}>
                      <option value="any" ?selected=${mode === 'any'}>${s.typeAny}</option>
                      <option value="with" ?selected=${mode === 'with'}>${s.typeWith}</option>
                      <option value="without" ?selected=${mode === 'without'}>${s.typeWithout}</option>
                    </select></label
                  >
                </li>`;
              })}
            </ul>
          </details>`
        : nothing}
      <fieldset class="near">
        <legend>${s.near}</legend>
        <div class="chips">
          <button type="button" class="near-me" ?disabled=${this.location.busy} @click=${() => void this.location.nearMe()}>${this.location.locating ? s.locating : s.nearMe}</button>
          ${this.near
            ? html`<label class="stack inline"
                  >${s.within}
                  <select name="radius" @change=${(e: Event) => this.changed({radius: Number((e.target as HTMLSelectElement).value) || undefined})}>
                    <option value="" ?selected=${!this.radius}>${s.clearNear}</option>
                    ${RADII.map((r) => html`<option .value=${String(r)} ?selected=${this.radius === r}>${s.radiusOption(r, this.unit === 'km' ? 'km' : 'mi', tag)}</option>`)}
                  </select></label
                >
                <button type="button" class="clear-near" @click=${() => this.changed({near: undefined, radius: undefined})}>${s.clearLocation}</button>`
            : nothing}
        </div>
        ${this.geocoder
          ? html`<form class="place" @submit=${(e: Event) => (e.preventDefault(), void this.location.nearPlace((e.target as HTMLFormElement).querySelector('input')!.value))}>
              <label class="stack">${s.nearPlace}<input type="text" name="place" autocomplete="off" placeholder=${s.nearPlacePlaceholder} /></label>
              <button type="submit" ?disabled=${this.location.busy}>${s.nearPlaceGo}</button>
            </form>`
          : nothing}
      </fieldset>
      <div class="chips">
        <label class="chip"><input type="checkbox" name="favourites" .checked=${this.favourites} @change=${(e: Event) => this.changed({favourites: (e.target as HTMLInputElement).checked})} />${s.favouritesOnly}</label>
        <button type="button" class="clear" @click=${() => this.clearFilters()}>${s.clearFilters}</button>
      </div>
      ${this.forget.render(this.coreText.forget, this.locale.lang)}
    </div>`;
  }

  private renderResults() {
    const s = this.text;
    // Every record skipped: the feed could not be read (no filter is to blame).
    if (!this.meetings.length && this.issues.length) return renderUnreadable(this.coreText, this.issues);
    if (!this.results.length) {
      return html`<div class="state empty" part="empty">
        <p>${s.empty}</p>
        <p class="hint">${s.emptyHint}</p>
        <button type="button" class="primary" @click=${() => this.clearFilters()}>${s.clearFilters}</button>
      </div>`;
    }
    if (this.view === 'map') {
      const located = this.results.some((o) => !o.meeting.approximate && o.meeting.latitude !== undefined);
      return html`<div class="map" part="map">
          ${this.mapState === 'idle' ? html`<p class="state" role="status">${s.mapLoading}</p>` : nothing}
          ${this.mapState === 'error'
            ? html`<div class="state error" role="alert">
                <p>${s.mapError}</p>
                <button type="button" @click=${() => this.retryMap()}>${this.coreText.retry}</button>
              </div>`
            : nothing}
          ${this.mapState === 'no-tiles' ? html`<p class="state" role="status">${this.mapText?.(this.locale.lang).mapNoTiles}</p>` : nothing}
          ${(this.mapState === 'ready' || this.mapState === 'no-tiles') && !located ? html`<p class="state" role="status">${s.mapNoCoordinates}</p>` : nothing}
          <div class="map-canvas" role="region" aria-label=${s.mapLabel}></div>
        </div>
        ${this.printing ? this.renderList(true) : nothing}`;
    }
    return this.renderList(this.printing);
  }

  /** The list: a page at a time on screen, every result when printing (also from the map view). */
  private renderList(all: boolean) {
    const s = this.text;
    const shown = all ? this.results : this.results.slice(0, this.rows.limit);
    return html`<ul class="list" part="list" aria-label=${s.resultCount(this.resultCount)}>
        ${shown.map((o) => this.renderItem(o))}
      </ul>
      ${shown.length < this.results.length
        ? html`<div class="more"><span class="sentinel"></span><button type="button" @click=${() => this.rows.more()}>${s.showMore(shown.length, this.results.length)}</button></div>`
        : nothing}`;
  }

  /** "Monday 7:30 PM CDT" in the meeting's zone ("Monday 7:30 PM" when its zone is unknown). */
  private whenText(o: Occurrence): string {
    if (o.day === null || o.nextStart === null) return this.text.byAppointment;
    const tag = this.locale.tag;
    return `${dayName(o.day, tag)} ${timeIn(o.nextStart, tag, o.meeting.timezone, !o.meeting.timezoneUnknown)}`;
  }

  private visitorTime(o: Occurrence): string | undefined {
    const zone = this.visitorZone;
    const v = data.visitorTime(o, zone);
    if (!v) return undefined;
    const tag = this.locale.tag;
    const t = timeIn(v.instant, tag, zone, true);
    return this.text.yourTime(v.dayShift ? `${dayName(v.day, tag, 'short')} ${t}` : t);
  }

  /** With a day chosen ("today"), a meeting already over today is marked "Ended", not listed as still to come. */
  private ended(o: Occurrence): boolean {
    return !!this.day?.trim() && data.endedToday(o, this.clock.now, this.visitorZone);
  }

  /** "12 meetings", or with a day chosen "12 meetings (3 have already ended)". */
  private countText(): string {
    const n = this.resultCount;
    const ended = this.day?.trim() ? this.results.filter((o) => this.ended(o)).length : 0;
    return ended ? this.text.resultCountEnded(n, ended) : this.text.resultCount(n);
  }

  private renderBadges(o: Occurrence) {
    const s = this.text;
    const st = this.ended(o) ? 'ended' : data.status(o, this.clock.now);
    return html`${st === 'ended' ? html`<span class="badge ended" part="badge">${s.ended}</span>` : nothing}${st === 'in-progress' ? html`<span class="badge now" part="badge">${s.inProgress}</span>` : st === 'soon' ? html`<span class="badge soon" part="badge">${s.startingSoon}</span>` : nothing}
    ${o.meeting.attendance ? html`<span class="badge ${o.meeting.attendance}" part="badge">${s.attendanceNames[o.meeting.attendance]}</span>` : nothing}
    ${o.meeting.types.includes(TEMPORARILY_CLOSED) ? html`<span class="badge closed" part="badge">${s.temporarilyClosed}</span>` : nothing}`;
  }

  private renderItem(o: Occurrence): TemplateResult {
    const s = this.text;
    const m = o.meeting;
    const fav = this.favs.has(favouritesKey(m), m.slug);
    const place = [m.location, m.approximate ? undefined : m.address].filter(Boolean).join(' · ');
    const {when, yours} = this.label(o);
    return html`<li class="meeting" part="meeting">
      <div class="when">
        <span class="time">${when}</span>
        ${yours ? html`<span class="yours">${yours}</span>` : nothing}
      </div>
      <div class="what">
        <div class="name" role="heading" aria-level=${this.level}><button type="button" class="open link" data-id=${m.id} @click=${() => this.openDetail(o)}>${m.name}</button></div>
        <div class="badges">${this.renderBadges(o)}</div>
        ${place ? html`<p class="place">${place}</p>` : nothing}
        ${m.regions.length ? html`<p class="region">${m.regions.join(' › ')}</p>` : nothing}
        ${o.distance !== undefined ? html`<p class="distance">${s.distanceAway(formatNumber(o.distance, this.locale.tag, {maximumFractionDigits: 1}), this.unit)}</p>` : nothing}
      </div>
      <button type="button" class="star" aria-pressed=${fav ? 'true' : 'false'} aria-label=${fav ? s.removeFavourite(m.name) : s.addFavourite(m.name)} @click=${() => this.toggleFavourite(m)}>
        <span aria-hidden="true">${fav ? '★' : '☆'}</span>
      </button>
    </li>`;
  }

  private toggleFavourite(m: Meeting) {
    this.favs.toggle(favouritesKey(m), m.slug);
  }

  private renderDetail() {
    const o = this.selected;
    const m = o?.meeting;
    return html`<dialog class="detail" part="detail" aria-labelledby="detail-title" @close=${this.dialog.onClose} @click=${this.dialog.onClick}>
      ${m && o && this.detailView ? this.detailView.renderDetailBody(this.detailHost, o, m) : nothing}
      <button type="button" class="close" @click=${() => this.dialog.close()}>${this.coreText.close}</button>
      ${this.dialogNotice && m ? html`<p class="notice" role="status">${this.dialogNotice}</p>` : nothing}
    </dialog>`;
  }


}
