import {html, nothing, type PropertyValues} from 'lit';
import {Task, TaskStatus} from '@lit/task';
import {PeerElement} from '../../core/peer-element.js';
import {dateOf, firstDayOfWeek, type Locale} from '../../core/i18n.js';
import type {Meeting, MeetingFormat, MergedMeeting, Occurrence, ParsedFeed} from '../../model/meeting.js';
import {formatLatLng, parseLatLng} from '../../model/geo.js';
import {meetingFinder as strings} from '../../locales/tables/meeting-finder.js';
import {styles} from './meeting-finder.styles.js';
import {MeetingFinderAttributes} from './attributes.js';
import {activeFilterCount, parseUnit, toFilters, words, type FilterAttributes} from './filters.js';
import {DeviceListController} from '../../controllers/device-list.js';
import {UrlStateController} from '../../controllers/url-state.js';
import {ClockController} from '../../controllers/clock.js';
import {WindowedListController} from '../../controllers/windowed-list.js';
import {PrintController} from '../../controllers/print.js';
import {MeetingDetailController} from './detail-view.js';
import {LocationController} from '../../controllers/location.js';
import {deviceStyles, ForgetController} from '../../core/device.js';
import {SYNCED, type SyncedKey} from './url-sync.js';
import * as data from './data.js';
import {bmltRefetchKey, isBmltUrl} from '../../sources/bmlt-url.js';
import {startFetch, type StartedFetch} from '../../core/fetch-start.js';
import {logFeedIssues} from '../../model/feed-report.js';
import {retryableImport} from '../../core/lazy-import.js';
import {renderUnreadable} from '../../core/unreadable.js';
import type {LoadedMeetings} from '../../sources/meetings.js';
import type {EmbedView} from '../../model/meeting-embed.js';
import type {DetailHost} from './detail.js';
import {FinderLabels, typeNamesLoaded, whenText, visitorTimeText} from './labels.js';
import {MapViewController} from './map-view.js';
import {FinderResults} from './results.js';
import type {FilterPatch} from './parts/filters.js';
import type {SiteTypeText} from '../../model/site-types.js';
import {renderToolbar} from './parts/toolbar.js';
import {renderLoadingFeed} from './parts/loading.js';

/** The stars of one feed, on this device (`DeviceListController`; "Forget this device" clears them only when asked). */
const favouritesKey = (m: Meeting) => `peerkit:meeting-favourites:${m.feed}`;
/**
 * Rows rendered at first and added per scroll: two to three screens. The rest render as the visitor
 * scrolls near the end (or presses "show more"); a 10,000-meeting feed paints only these.
 */
const PAGE = 24;

// Lazy chunks, each asked for again after a failure (a "Try again" must be able to work).
const loadParsers = retryableImport(() => import('./load.js'));
/** The parsers' chunk once here, with the parts only meetings fill (a finder with meetings has it). */
let parts: typeof import('./load.js') | undefined;
/** A feed as loaded, with the instant its occurrences were worked out at. */
type Loaded = ParsedFeed & {at: number};

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
 * @fires peer-feed-issues - After a load that skipped records or found problems: `detail.issues` lists every skipped record (`FeedIssue[]`: feed, index, slug, reason); `detail.warnings` the problems that skipped nothing (`FeedWarning[]`: `no-timezone` once per feed whose meetings name no zone, `extra-links` per record, `bad-contact` once per feed whose contact e-mails, phones or links were dropped), each given once per element; `detail.merged`, with several feeds (unless `keep-duplicates`), every record left out because another feed lists the same meeting (`MergedMeeting[]`: `{feed, slug, keptFeed, keptSlug}`), on every load.
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
export class PeerMeetingFinder extends MeetingFinderAttributes {
  static override styles = [...PeerElement.styles, deviceStyles, styles];

  static override properties = {
    ...MeetingFinderAttributes.properties,
    filtersOpen: {state: true, attribute: false},
    notice: {state: true, attribute: false},
    regionSearch: {state: true, attribute: false},
    typesOpen: {state: true, attribute: false},
    progress: {state: true, attribute: false},
  };

  declare private filtersOpen: boolean;
  /** A message under the count (the details could not be loaded). */
  declare private notice: string;
  declare private regionSearch: string;
  /**
   * The type list (a select per code in the feed, up to 87) is built only once the visitor opens
   * it: on a first paint it is hidden, and it is the biggest part of the filters.
   */
  declare private typesOpen: boolean;
  /** While a feed downloads: meetings read so far (shown under "Loading meetings…"). */
  declare private progress: number;

  /** Stars changed (here, in another finder, in another tab, a forget): the favourites-only list follows. */
  private readonly favs = new DeviceListController(this, () => (this.favourites ? this.refilter(true) : this.requestUpdate()));
  /** The filters in the page URL (`sync-url`), under this finder's own prefix. */
  private readonly url = new UrlStateController<SyncedKey>(this, {
    short: 'mf',
    keys: SYNCED,
    enabled: () => this.syncUrl,
    apply: (v) => Object.assign(this, v.radius !== undefined ? {...v, radius: Number(v.radius) || undefined} : v),
  });
  /** Each minute: times, "in progress", "starting soon" and "ended" move on. */
  private readonly clock = new ClockController(this, (now) => {
    this.visitorZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    this.labels.clearTimes();
    this.feed.tick(now);
    this.refilter();
  });
  private readonly rows = new WindowedListController(this, {page: PAGE});
  private readonly detail = new MeetingDetailController(this, {
    prefix: () => this.url.prefix,
    find: (id) => this.feed.occurrenceById(id, this.clock.now),
    unavailable: () => (this.notice = this.coreText.errorNetwork),
    opened: (o) => this.emit('peer-meeting-open', {meeting: o.meeting}),
  });
  private readonly printer = new PrintController(this, () => this.performUpdate());
  private readonly location = new LocationController(this, {geocoder: () => this.geocoder, found: (point) => this.changed({near: formatLatLng(point)})});
  /** "Forget this device" (the stars only when asked; `favs` follows). */
  private readonly forget = new ForgetController(this, () => undefined);
  private readonly map = new MapViewController(this, {
    shown: () => this.view === 'map' && !!this.feed.loaded,
    results: () => this.shown.shown,
    near: () => parseLatLng(this.near),
    options: () => ({
      tileUrl: this.tileUrl || undefined,
      text: this.s,
      i18n: this.i18n,
      close: this.coreText.close,
      groupLabel: (n) => this.s.meetingsHere(n),
      // The name isolated (FSI … PDI): an English name keeps its order in an Arabic line.
      describe: (o) => `${whenText(this.s, this.locale.tag, o)} · \u2068${o.meeting.name}\u2069`,
      onSelect: (o) => void this.detail.open(o),
    }),
    failed: (err) => this.log.error('map failed to load', err),
  });
  /** The loaded feed, its occurrences and the filtered results. */
  private readonly feed = new FinderResults();
  private readonly labels = new FinderLabels();

  private readonly task = new Task(this, {
    task: async ([src, format, tz, server, keepDuplicates]: [string, MeetingFormat, string, string, boolean], {signal}): Promise<Loaded> => {
      const urls = words(src);
      if (!urls.length) throw Object.assign(new Error('no src'), {kind: 'nosrc'});
      // The feeds are asked for at once, while the parsers' chunk is still on its way (a BMLT
      // server's URL is built by that chunk: it waits).
      const started = new Map<string, StartedFetch>();
      for (const url of urls) if (format === 'meeting-guide' || (format === 'auto' && !isBmltUrl(url))) started.set(url, started.get(url) ?? startFetch(url, signal));
      const {loadMeetings, throttled} = (parts = await loadParsers().catch((e: unknown) => {
        for (const s of started.values()) s.abort();
        throw e;
      }));
      const at = Date.now();
      const loaded = await loadMeetings(urls, format, {
        signal,
        occurrencesAt: at,
        onProgress: throttled((n) => !signal.aborted && (this.progress = n)),
        defaultTimezone: tz,
        lang: this.locale.lang,
        visitorTz: this.visitorZone,
        started,
        keepDuplicates,
        // BMLT: the filters the server can apply travel as query parameters (the list is still
        // filtered here too); type codes become format ids once a response has named them.
        ...(server ? {filters: toFilters(this.attrs), bmltFormats: (this.feed.loaded as LoadedMeetings | undefined)?.bmltFormats} : {}),
      });
      return {...loaded, at};
    },
    // The embed's zone only (not the visitor's): meetings that name none take it, else the zone most
    // of the feed's records name, else they show their local time with no zone.
    args: () => [this.src ?? '', this.format, this.timezone || this.config.timezone || '', this.refetchKey(), this.keepDuplicates] as [string, MeetingFormat, string, string, boolean],
    onComplete: (value) => this.take(value),
    onError: () => (this.progress = 0),
  });

  constructor() {
    super();
    // Start fetching the parsers at once, while the first frame renders.
    loadParsers().then((m) => (parts = m), () => undefined); // a failure shows when the feed loads, with its retry
    this.filtersOpen = false;
    this.notice = '';
    this.regionSearch = '';
    this.typesOpen = false;
    this.progress = 0;
  }

  /** How many meeting occurrences the current filters (and `upcoming`) match (a meeting on three days counts three times); `limit` may list fewer. */
  get resultCount(): number {
    return this.shown.total;
  }

  /** The results as the embed shows them (`upcoming`, `limit`), worked out in `refilter`. */
  private shown: EmbedView = {shown: [], total: 0};

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
    if (!this.feed.loaded) return {types: [], regions: []};
    await typeNamesLoaded(this.locale.lang);
    return {types: this.feed.typeCodes.map((code) => ({code, name: this.typeLabel(code)})), regions: this.feed.regions.map((r) => ({...r}))};
  }

  private get s() {
    return this.i18n.pick(strings);
  }

  /** The locale, resolved once per update (it walks the ancestors and canonicalises a tag). */
  private localeCache: Locale | undefined;
  override get locale(): Locale {
    return (this.localeCache ??= super.locale);
  }

  private get attrs(): FilterAttributes {
    return {day: this.day, time: this.time, types: this.types, attendance: this.attendance, region: this.region, languages: this.languages, query: this.query, near: this.near, radius: this.radius, distanceUnit: this.distanceUnit};
  }

  /** The visitor's zone, read once a minute (creating a DateTimeFormat costs about a millisecond). */
  private visitorZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

  /** A type's name: the site's (`type-names`), else the table's or the feed's, else "Other type (XYZ)". */
  private typeLabel(code: string): string {
    return parts?.siteText(this.siteTypes('type-names', this.typeNames), code, this.locale.tag) ?? this.labels.typeName(code, this.locale.lang, this.feed.meetings, this.s.otherType);
  }

  /** `type-names` / `type-descriptions` validated once per value (the parts' chunk validates; a bad one is warned about once). */
  private siteTables = new Map<unknown, SiteTypeText | undefined>();
  private siteTypes(attr: string, raw: unknown): SiteTypeText | undefined {
    if (raw === undefined || raw === null || raw === '' || !parts) return undefined;
    if (!this.siteTables.has(raw)) {
      const table = parts.parseSiteTypeText(raw);
      if (!table) this.log.warn(`${attr}: not JSON of {"CODE": {"<lang>": "text"}} or {"CODE": "text"}; ignored.`);
      this.siteTables.set(raw, table);
    }
    return this.siteTables.get(raw);
  }

  /** A visitor changed filters: reflect (attributes reflect by themselves), sync the URL, start from the top. */
  private changed(patch: FilterPatch) {
    Object.assign(this, patch);
    this.rows.reset();
    const values: Partial<Record<SyncedKey, string | undefined>> = {};
    for (const k of SYNCED) values[k] = this[k] === undefined || this[k] === '' ? undefined : String(this[k]);
    this.url.write(values);
    this.emit('peer-filters-change', {...this.attrs, view: this.view, favourites: this.favourites});
  }

  /** A load finished: take in its meetings (the task's value), then filter and open a deep link. */
  private take(value: Loaded) {
    this.progress = 0;
    if (value === this.feed.loaded) return;
    try {
      this.labels.clearNames();
      this.feed.take(value, this.locale.tag, this.clock.refresh(), value.at);
      const warnings = logFeedIssues(this.log, value.issues, value.warnings ?? [], this.warned);
      const merged = (value as {merged?: MergedMeeting[]}).merged ?? [];
      if (value.issues.length || warnings.length || merged.length) this.emit('peer-feed-issues', {issues: value.issues, warnings, merged});
      this.refilter();
      void this.updateComplete.then(() => this.detail.openFromHash());
    } catch (e) {
      // A task's onComplete swallows what it throws: say it here.
      this.log.error('could not take in the feed', e);
    }
  }

  /** A BMLT server is asked again when a filter it applies changes (`bmltRefetchKey`). */
  private refetchKey(): string {
    const formats = (this.feed.loaded as LoadedMeetings | undefined)?.bmltFormats;
    return bmltRefetchKey(words(this.src ?? ''), this.format, toFilters(this.attrs), new Date(this.clock.now).getDay(), !!formats?.length);
  }

  protected override willUpdate(changed: PropertyValues): void {
    this.localeCache = undefined;
    super.willUpdate(changed);
    const keys = ['day', 'time', 'types', 'attendance', 'region', 'languages', 'query', 'near', 'radius', 'distanceUnit', 'favourites', 'lang', 'timezone', 'upcoming', 'limit'];
    if (keys.some((k) => changed.has(k))) this.refilter();
  }

  /** Filters again (`starsChanged`: the favourites-only list must not narrow the last results). */
  private refilter(starsChanged = false) {
    const isFav = (o: Occurrence) => this.favs.has(favouritesKey(o.meeting), o.meeting.slug);
    this.feed.filter(toFilters(this.attrs), this.favourites ? isFav : undefined, this.visitorZone, starsChanged);
    const {results} = this.feed;
    this.shown = parts && (this.upcoming || this.limit) ? parts.embedView(results, {upcoming: this.upcoming, limit: this.limit, now: this.clock.now}) : {shown: results, total: results.length};
    this.requestUpdate();
  }

  /** Warnings already given (a BMLT server asked again, a feed reloaded): each is given once. */
  private warned = new Set<string>();

  private details(): DetailHost {
    const tag = this.locale.tag;
    return {
      text: this.s,
      i18n: this.i18n,
      tag,
      meetings: this.feed.meetings,
      root: this.renderRoot as ShadowRoot,
      whenText: (o) => whenText(this.s, tag, o),
      visitorTime: (o) => visitorTimeText(this.s, tag, o, this.visitorZone),
      badges: (o) => this.badges(o),
      occurrenceOf: (m) => this.feed.occurrenceOf(m, this.clock.now),
      open: (o) => void this.detail.open(o),
      shareUrl: (m) => data.shareUrl(location.href, m.id, this.url.prefix),
      setNotice: (n) => this.detail.setNotice(n),
      typeNames: this.siteTypes('type-names', this.typeNames),
      typeDescriptions: this.siteTypes('type-descriptions', this.typeDescriptions),
    };
  }

  private clearFilters() {
    this.favourites = false;
    this.regionSearch = '';
    this.changed({day: undefined, time: undefined, types: undefined, attendance: undefined, region: undefined, languages: undefined, query: undefined, near: undefined, radius: undefined});
    this.renderRoot.querySelector<HTMLElement>('input[type=search]')?.focus();
  }

  // ---- rendering ---------------------------------------------------------------------------------

  /** With a day chosen ("today"), a meeting already over today is marked "Ended", not listed as still to come. */
  private ended = (o: Occurrence): boolean => !!this.day?.trim() && data.endedToday(o, this.clock.now, this.visitorZone);

  private badges = (o: Occurrence) => parts!.renderBadges(this.s, o, this.ended(o) ? 'ended' : data.status(o, this.clock.now));

  /** "12 meetings", or with a day chosen "12 meetings (3 have already ended)"; "5 of 120 meetings" with `limit`; "Next 5 of 120 meetings" with `upcoming` too. */
  private countText(): string {
    const {s} = this;
    const {shown, total: n} = this.shown;
    if (shown.length < n) return this.upcoming ? s.upcomingLimitedCount(shown.length, n) : s.limitedCount(shown.length, n);
    if (this.upcoming) return s.upcomingCount(n);
    const ended = this.day?.trim() ? shown.filter(this.ended).length : 0;
    return ended ? s.resultCountEnded(n, ended) : s.resultCount(n);
  }

  protected override render() {
    const s = this.lazyT(strings);
    if (!s) return this.renderLoading();
    const status = this.task.status;
    const loaded = !!this.feed.loaded && status !== TaskStatus.ERROR;
    const body = this.task.render({
      initial: () => renderLoadingFeed(s, this.locale.tag, this.progress),
      pending: () => renderLoadingFeed(s, this.locale.tag, this.progress),
      error: (e) => this.renderError(e, () => this.task.run(), s.errorNoSource),
      complete: () => (this.feed.loaded ? this.renderResults() : renderLoadingFeed(s, this.locale.tag, this.progress)),
    });
    const done = loaded && status === TaskStatus.COMPLETE;
    const problem = this.location.problem;
    const controls = !this.noControls;
    return html`<div part="base" class="base" lang=${this.locale.tag}>
      ${controls ? renderToolbar({
        s,
        tag: this.locale.tag,
        query: this.query,
        active: activeFilterCount(this.attrs, this.favourites),
        map: this.view === 'map',
        filters: loaded,
        filtersOpen: this.filtersOpen,
        ready: done,
        change: (p) => this.changed(p),
        toggleFilters: () => (this.filtersOpen = !this.filtersOpen),
        print: () => void this.printer.print(),
      }) : nothing}
      ${loaded && controls ? this.renderFilters() : nothing}
      <div class="summary" part="summary">
        <p class="count" role="status" aria-live="polite">${done ? this.countText() : ''}</p>
        ${this.feed.issues.length && this.feed.meetings.length && done ? html`<p class="skipped">${s.skipped(this.feed.issues.length)}</p>` : nothing}
        ${problem || this.notice ? html`<p class="notice" role="status">${problem === 'not-found' ? s.placeNotFound : problem ? s.locationDenied : this.notice}</p>` : nothing}
        <p class="print-only">${s.printedOn(dateOf(this.clock.now, this.locale.tag, 'long'))}</p>
      </div>
      ${body} ${this.detail.render(() => this.details(), this.coreText.close)}
    </div>`;
  }

  private renderFilters() {
    return parts!.renderFilters({
      ...this.attrs,
      s: this.s,
      tag: this.locale.tag,
      weekStart: firstDayOfWeek(this.locale.tag),
      open: this.filtersOpen,
      favourites: this.favourites,
      unit: parseUnit(this.distanceUnit),
      regions: this.feed.regions,
      regionSearch: this.regionSearch,
      typeCodes: this.feed.typeCodes,
      typesOpen: this.typesOpen,
      // The type names load when the type list opens, or with a language filter that may need them (`ase`: sign languages are not named by every browser).
      namesReady: (this.typesOpen || this.feed.languages.some((l) => l.length > 2)) && this.labels.namesReady(this.locale.lang, (p) => this.renderWhenLoaded(p)),
      typeLabel: (code) => this.typeLabel(code),
      i18n: this.i18n,
      typeDescriptions: this.siteTypes('type-descriptions', this.typeDescriptions),
      languageOptions: this.feed.languages,
      loadingText: this.coreText.loading,
      locating: this.location.locating,
      busy: this.location.busy,
      geocoder: !!this.geocoder,
      forget: this.forget.render(this.coreText.forget, this.i18n),
      change: (p) => this.changed(p),
      searchRegions: (v) => (this.regionSearch = v),
      toggleTypes: (open) => (this.typesOpen = open),
      nearMe: () => void this.location.nearMe(),
      nearPlace: (q) => void this.location.nearPlace(q),
      clear: () => this.clearFilters(),
    });
  }

  private renderResults() {
    const s = this.s;
    const {meetings, issues} = this.feed;
    const results = this.shown.shown;
    // Every record skipped: the feed could not be read (no filter is to blame).
    if (!meetings.length && issues.length) return renderUnreadable(this.coreText, issues);
    if (!results.length) return parts!.renderEmpty(s, this.noControls ? undefined : () => this.clearFilters());
    const level = Math.round(Number(this.headingLevel));
    const nameLevel = level >= 2 && level <= 6 ? level : 3;
    // The names are headings: a heading one level up names the list, so the page's outline has no gap (h1, then the names' h3).
    const heading = nameLevel > 2 ? html`<div class="visually-hidden" role="heading" aria-level=${nameLevel - 1}>${s.resultsHeading}</div>` : nothing;
    if (this.compact) parts!.adoptCompactStyles(this.renderRoot as ShadowRoot);
    const list = (all: boolean) =>
      parts![this.compact ? 'renderCompactList' : 'renderList']({
        s,
        tag: this.locale.tag,
        results,
        // A `limit` lists all it keeps: no "show more".
        shown: all || Number(this.limit) >= 1 ? results.length : this.rows.limit,
        level: nameLevel,
        unit: parseUnit(this.distanceUnit),
        label: (o) => this.labels.time(s, this.locale.tag, this.visitorZone, o),
        badges: this.badges,
        starred: (o) => this.favs.has(favouritesKey(o.meeting), o.meeting.slug),
        open: (o) => void this.detail.open(o),
        star: (o) => this.favs.toggle(favouritesKey(o.meeting), o.meeting.slug),
        more: () => this.rows.more(),
      });
    if (this.view !== 'map') return html`${heading}${list(this.printer.printing)}`;
    return html`${parts!.renderMapRegion({
      s,
      state: this.map.state,
      located: results.some((o) => !o.meeting.approximate && o.meeting.latitude !== undefined),
      noTiles: this.map.text?.(this.i18n).mapNoTiles,
      retryText: this.coreText.retry,
      retry: () => this.map.retry(),
    })}
    ${this.printer.printing ? list(true) : nothing}`;
  }


}
