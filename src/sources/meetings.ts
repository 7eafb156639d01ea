/**
 * Loads meetings from one or more sources and merges them: Meeting Guide feeds and BMLT root
 * servers, detected from the URL or the response when the format is `auto`.
 *
 * Failures are typed so the element can show its error state: a network/HTTP failure is the
 * `PeerFetchError` from `getJson`; a response that is not JSON is `MeetingFeedError('not-json')`;
 * JSON that is not a meeting list is `MeetingFeedError('not-array' | 'unknown-shape')`. When several
 * sources are given and only some fail, the working ones are returned and each failure becomes a
 * `FeedIssue` with code `feed-failed` (index −1). An abort always rejects.
 */
import {getJson, PeerFetchError, type StartedFetch} from '../core/fetch.js';
import type {FeedIssue, FeedWarning, Meeting, MeetingFilters, MeetingFormat, MergedMeeting, Occurrence, ParsedFeed} from '../model/meeting.js';
import {occurrenceBuilder, sortUpcoming} from '../model/meeting-time.js';
import {MeetingFeedError} from '../model/meeting-errors.js';
import {meetingGuideParser, parseMeetingGuide, type MeetingGuideParser} from './meeting-guide.js';
import {readJsonArray} from '../core/json-stream.js';
import {bmltSearchUrl, isBmltUrl, parseBmlt, type BmltFormat} from './bmlt.js';

export {MeetingFeedError} from '../model/meeting-errors.js';
export {isBmltUrl, bmltSearchUrl} from './bmlt.js';

export type DetectedFormat = Exclude<MeetingFormat, 'auto'>;

export interface LoadOptions {
  signal?: AbortSignal;
  /**
   * Zone for meetings that name none: the embed's `timezone` (empty = none given: then the zone most
   * of a feed's records name, else unknown, see `Meeting.timezoneUnknown`).
   */
  defaultTimezone?: string;
  /** Sent to BMLT servers as query parameters where BMLT has them (the finder still filters client-side). */
  filters?: MeetingFilters;
  /** BMLT format names in this language. */
  lang?: string;
  /**
   * The visitor's zone: for BMLT `today` / `tomorrow`, and the stand-in zone of meetings whose zone
   * nobody gives. Defaults to the runtime's zone.
   */
  visitorTz?: string;
  now?: number;
  /** Formats from an earlier BMLT response (type filters → format ids). */
  bmltFormats?: readonly BmltFormat[];
  /**
   * While Meeting Guide feeds download: how many meetings have been read so far (all sources
   * together), after each batch. Not called for BMLT, whose answer is read whole.
   */
  onProgress?: (meetings: number) => void;
  /**
   * Also work out the occurrences as of this instant (`occurrences()`): in the page's idle moments
   * while Meeting Guide feeds download, the rest when they end. On a network the page is idle
   * between chunks, and this is the biggest piece of work left once the meetings are read.
   */
  occurrencesAt?: number;
  /**
   * Requests already under way, by source URL (`startFetch`, from the finder before this chunk had
   * loaded): a JSON feed's first attempt takes its response instead of asking again. Each is taken
   * once; one not taken (a BMLT source) is cancelled.
   */
  started?: Map<string, StartedFetch>;
  /** Keep a meeting that several sources list once per source (default: shown once, see `mergeDuplicateMeetings`). */
  keepDuplicates?: boolean;
}

export type LoadedMeetings = ParsedFeed & {
  format: DetectedFormat;
  bmltFormats?: BmltFormat[];
  /** With `occurrencesAt`: every occurrence as of then, upcoming-first, as `occurrences()` gives them. */
  occurrences?: Occurrence[];
  /** With several sources: the records left out because another source lists the same meeting. */
  merged?: MergedMeeting[];
};

/**
 * Which format a parsed response is: an array of objects with `slug`/`day`/`time` (or an empty
 * array) is Meeting Guide; `{meetings, …}` or objects with `weekday_tinyint` are BMLT.
 */
export function detectFormat(json: unknown): DetectedFormat | undefined {
  if (Array.isArray(json)) {
    if (!json.length) return 'meeting-guide';
    const sample = json.slice(0, 20).filter((r): r is Record<string, unknown> => !!r && typeof r === 'object' && !Array.isArray(r));
    if (sample.some((r) => 'weekday_tinyint' in r || 'id_bigint' in r)) return 'bmlt';
    if (sample.some((r) => 'slug' in r || 'day' in r || 'time' in r)) return 'meeting-guide';
    return undefined;
  }
  if (json && typeof json === 'object' && Array.isArray((json as {meetings?: unknown}).meetings)) return 'bmlt';
  return undefined;
}

async function fetchJson<T = unknown>(url: string, feed: string, signal?: AbortSignal, read?: (res: Response) => Promise<T>, started?: StartedFetch): Promise<T> {
  try {
    return await getJson<T>(url, {signal, read, started});
  } catch (err) {
    if (err instanceof PeerFetchError && err.kind === 'parse') throw new MeetingFeedError('not-json', feed);
    throw err;
  }
}

/** The adapters' zone options from the load options. */
const zonesOf = (o: LoadOptions) => ({defaultTimezone: o.defaultTimezone, visitorTimezone: o.visitorTz ?? Intl.DateTimeFormat().resolvedOptions().timeZone});

type Loaded = ParsedFeed & {format: DetectedFormat; formats?: BmltFormat[]; occurrences?: Occurrence[]};

/** A whole parsed response: Meeting Guide or BMLT, as `format` says or as detected. */
function parseWhole(json: unknown, src: string, index: number, format: MeetingFormat, o: LoadOptions): Loaded {
  const detected = format === 'meeting-guide' ? 'meeting-guide' : detectFormat(json);
  if (detected === 'bmlt') return {...parseBmlt(json, src, index, zonesOf(o)), format: 'bmlt'};
  if (detected === 'meeting-guide') return {...parseMeetingGuide(json, src, index, zonesOf(o)), format: 'meeting-guide'};
  throw new MeetingFeedError(Array.isArray(json) ? 'unknown-shape' : 'not-array', src);
}

/**
 * Reads a feed as it arrives: once the first records show it is a Meeting Guide array, every batch
 * of complete records goes through the adapter while the rest is still downloading, so a big
 * feed is ready moments after its last byte. Anything else (BMLT, an object, a short feed whose
 * shape is unclear) is parsed whole at the end, with the same result as before.
 */
function streamFeed(src: string, index: number, format: MeetingFormat, o: LoadOptions) {
  return async (res: Response): Promise<Loaded> => {
    let parser: MeetingGuideParser | undefined;
    let collected: unknown[] = [];
    let undecided = true;
    const occurrences = o.occurrencesAt !== undefined ? idleOccurrences(o.occurrencesAt) : undefined;
    const adapt = (p: MeetingGuideParser, items: readonly unknown[]) => {
      p.push(items);
      occurrences?.keepUpWith(p.current());
      o.onProgress?.(p.count());
    };
    const end = await readJsonArray(
      res,
      (items) => {
        if (parser) return adapt(parser, items);
        for (const item of items) collected.push(item);
        if (!undecided || (format !== 'meeting-guide' && collected.length < 20)) return;
        undecided = false;
        if (format === 'meeting-guide' || detectFormat(collected) === 'meeting-guide') {
          parser = meetingGuideParser(src, index, zonesOf(o));
          adapt(parser, collected);
          collected = [];
        }
      },
      o.signal,
    );
    if (!end.streamed) return parseWhole(end.value, src, index, format, o);
    // Unsorted: `loadMeetings` sorts every feed's occurrences together, once.
    if (parser) {
      const parsed = parser.finish();
      return {...parsed, format: 'meeting-guide', ...(occurrences ? {occurrences: occurrences.finish(parsed.meetings, parser.rezoned())} : {})};
    }
    return parseWhole(collected, src, index, format, o);
  };
}

/**
 * Occurrences worked out in the page's idle moments while a feed downloads (between chunks, on a
 * network), in the order the meetings were read, a few milliseconds at a time. When the page is
 * never idle (the feed arrives faster than it is read), nothing is done early and `finish()` does
 * it all. Measured on the 10,000-meeting feed: first results 40–50 ms sooner at 21–50 Mbit/s, and
 * no change at ≈ 100 Mbit/s or over loopback. Done after every chunk instead, the same work made
 * first results about 60 ms later at ≈ 100 Mbit/s, where it delayed the reading.
 */
function idleOccurrences(now: number) {
  const builder = occurrenceBuilder(now);
  let list: readonly Meeting[] = [];
  let done = 0;
  let scheduled = false;
  const idle = typeof requestIdleCallback === 'function' ? requestIdleCallback : undefined;
  const work = (deadline: IdleDeadline) => {
    scheduled = false;
    while (done < list.length && deadline.timeRemaining() > 2) {
      const to = Math.min(list.length, done + 200);
      builder.add(list.slice(done, to));
      done = to;
    }
    if (done < list.length) schedule();
  };
  const schedule = () => {
    if (!idle || scheduled) return;
    scheduled = true;
    idle(work);
  };
  return {
    /** The meetings read so far (a list that grows): their occurrences, when the page is idle. */
    keepUpWith(meetings: readonly Meeting[]) {
      list = meetings;
      if (done < list.length) schedule();
    },
    /**
     * Every meeting's occurrence, in the order read (not sorted yet). `rezoned`: meetings whose zone
     * was settled only at the end of the feed; their early occurrences are worked out again.
     */
    finish(meetings: readonly Meeting[], rezoned: readonly Meeting[] = []): Occurrence[] {
      list = meetings;
      if (done < list.length) builder.add(list.slice(done));
      done = list.length;
      if (!rezoned.length) return builder.unsorted();
      const stale = new Set(rezoned);
      const again = occurrenceBuilder(now);
      again.add(rezoned);
      return [...builder.unsorted().filter((o) => !stale.has(o.meeting)), ...again.unsorted()];
    },
  };
}

async function loadOne(src: string, index: number, format: MeetingFormat, o: LoadOptions): Promise<Loaded> {
  const started = o.started?.get(src);
  o.started?.delete(src);
  if (format === 'bmlt' || (format === 'auto' && isBmltUrl(src))) {
    started?.abort();
    const url = bmltSearchUrl(src, o.filters, {lang: o.lang, now: o.now, visitorTz: zonesOf(o).visitorTimezone, formats: o.bmltFormats});
    const json = await fetchJson(url, src, o.signal);
    return {...parseBmlt(json, src, index, zonesOf(o)), format: 'bmlt'};
  }
  return fetchJson(src, src, o.signal, streamFeed(src, index, format, o), started);
}

/**
 * Fetches every source (in parallel), parses and merges them. Meeting ids are `${index}:${slug}`
 * with the source's position in `srcs`, so the same slug in two feeds stays two meetings. A meeting
 * that two sources list (same name, days, start and place or link) is shown once, the others
 * listed in `merged` (`mergeDuplicateMeetings`), unless `keepDuplicates`.
 */
export async function loadMeetings(srcs: readonly string[], format: MeetingFormat, options: LoadOptions): Promise<LoadedMeetings> {
  const urls = srcs.map((s) => s.trim()).filter(Boolean);
  if (!urls.length) throw new MeetingFeedError('no-source', '');
  // Several sources: the duplicate merger (a chunk of its own, so one feed never carries it) loads
  // while they download; should it fail to load, duplicates show rather than nothing.
  const dedup = urls.length > 1 && !options.keepDuplicates ? import('../model/meeting-dedup.js').catch(() => undefined) : undefined;
  const counts = urls.map(() => 0);
  const progress = options.onProgress;
  const perFeed = (i: number): LoadOptions =>
    progress
      ? {
          ...options,
          onProgress: (n) => {
            counts[i] = n;
            progress(counts.reduce((a, b) => a + b, 0));
          },
        }
      : options;
  const results = await Promise.allSettled(urls.map((src, i) => loadOne(src, i, format, perFeed(i))));
  if (options.signal?.aborted) throw new PeerFetchError('aborted', 'aborted');
  const meetings: Meeting[] = [];
  const issues: FeedIssue[] = [];
  const warnings: FeedWarning[] = [];
  let detected: DetectedFormat | undefined;
  let bmltFormats: BmltFormat[] | undefined;
  let firstError: unknown;
  // Occurrences worked out while downloading, when every feed that loaded had them.
  let occurrences: Occurrence[] | undefined = options.occurrencesAt !== undefined ? [] : undefined;
  results.forEach((r, i) => {
    if (r.status === 'fulfilled') {
      if (occurrences && r.value.occurrences) for (const o of r.value.occurrences) occurrences.push(o);
      else occurrences = undefined;
      meetings.push(...r.value.meetings);
      issues.push(...r.value.issues);
      if (r.value.warnings) warnings.push(...r.value.warnings);
      detected ??= r.value.format;
      if (r.value.formats) bmltFormats = [...(bmltFormats ?? []), ...r.value.formats];
    } else {
      if (r.reason instanceof PeerFetchError && r.reason.kind === 'aborted') throw r.reason;
      firstError ??= r.reason;
      issues.push({feed: urls[i], index: -1, code: 'feed-failed', reason: `the feed could not be loaded: ${(r.reason as Error)?.message ?? String(r.reason)}`});
    }
  });
  if (!detected) throw firstError;
  // Several sources: a meeting two of them list is shown once (the richer record), unless asked not to.
  const deduped = (await dedup)?.mergeDuplicateMeetings(meetings, occurrences);
  if (deduped) occurrences = deduped.occurrences;
  return {
    meetings: deduped?.meetings ?? meetings,
    issues,
    warnings,
    format: detected,
    ...(bmltFormats ? {bmltFormats} : {}),
    ...(occurrences ? {occurrences: sortUpcoming(occurrences)} : {}),
    ...(deduped?.merged.length ? {merged: deduped.merged} : {}),
  };
}
