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
import {getJson, PeerFetchError} from '../core/fetch.js';
import type {FeedIssue, Meeting, MeetingFilters, MeetingFormat, ParsedFeed} from '../model/meeting.js';
import {MeetingFeedError} from '../model/meeting-errors.js';
import {meetingGuideParser, parseMeetingGuide, type MeetingGuideParser} from './meeting-guide.js';
import {readJsonArray} from '../core/json-stream.js';
import {bmltSearchUrl, isBmltUrl, parseBmlt, type BmltFormat} from './bmlt.js';

export {MeetingFeedError} from '../model/meeting-errors.js';
export {isBmltUrl, bmltSearchUrl} from './bmlt.js';

export type DetectedFormat = Exclude<MeetingFormat, 'auto'>;

export interface LoadOptions {
  signal?: AbortSignal;
  /** Zone for meetings that name none: the embed's `timezone`, else the visitor's. */
  defaultTimezone: string;
  /** Sent to BMLT servers as query parameters where BMLT has them (the finder still filters client-side). */
  filters?: MeetingFilters;
  /** BMLT format names in this language. */
  lang?: string;
  /** For BMLT `today` / `tomorrow`; defaults to the defaultTimezone. */
  visitorTz?: string;
  now?: number;
  /** Formats from an earlier BMLT response (type filters → format ids). */
  bmltFormats?: readonly BmltFormat[];
  /**
   * While Meeting Guide feeds download: how many meetings have been read so far (all sources
   * together), after each batch. Not called for BMLT, whose answer is read whole.
   */
  onProgress?: (meetings: number) => void;
}

export type LoadedMeetings = ParsedFeed & {format: DetectedFormat; bmltFormats?: BmltFormat[]};

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

async function fetchJson<T = unknown>(url: string, feed: string, signal?: AbortSignal, read?: (res: Response) => Promise<T>): Promise<T> {
  try {
    return await getJson<T>(url, {signal, read});
  } catch (err) {
    if (err instanceof PeerFetchError && err.kind === 'parse') throw new MeetingFeedError('not-json', feed);
    throw err;
  }
}

type Loaded = ParsedFeed & {format: DetectedFormat; formats?: BmltFormat[]};

/** A whole parsed response: Meeting Guide or BMLT, as `format` says or as detected. */
function parseWhole(json: unknown, src: string, index: number, format: MeetingFormat, o: LoadOptions): Loaded {
  const detected = format === 'meeting-guide' ? 'meeting-guide' : detectFormat(json);
  if (detected === 'bmlt') return {...parseBmlt(json, src, index, {defaultTimezone: o.defaultTimezone}), format: 'bmlt'};
  if (detected === 'meeting-guide') return {...parseMeetingGuide(json, src, index, {defaultTimezone: o.defaultTimezone}), format: 'meeting-guide'};
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
    const end = await readJsonArray(
      res,
      (items) => {
        if (parser) {
          parser.push(items);
          return o.onProgress?.(parser.count());
        }
        for (const item of items) collected.push(item);
        if (!undecided || (format !== 'meeting-guide' && collected.length < 20)) return;
        undecided = false;
        if (format === 'meeting-guide' || detectFormat(collected) === 'meeting-guide') {
          parser = meetingGuideParser(src, index, {defaultTimezone: o.defaultTimezone});
          parser.push(collected);
          collected = [];
          o.onProgress?.(parser.count());
        }
      },
      o.signal,
    );
    if (!end.streamed) return parseWhole(end.value, src, index, format, o);
    if (parser) return {...parser.finish(), format: 'meeting-guide'};
    return parseWhole(collected, src, index, format, o);
  };
}

async function loadOne(src: string, index: number, format: MeetingFormat, o: LoadOptions): Promise<Loaded> {
  if (format === 'bmlt' || (format === 'auto' && isBmltUrl(src))) {
    const url = bmltSearchUrl(src, o.filters, {lang: o.lang, now: o.now, visitorTz: o.visitorTz ?? o.defaultTimezone, formats: o.bmltFormats});
    const json = await fetchJson(url, src, o.signal);
    return {...parseBmlt(json, src, index, {defaultTimezone: o.defaultTimezone}), format: 'bmlt'};
  }
  return fetchJson(src, src, o.signal, streamFeed(src, index, format, o));
}

/**
 * Fetches every source (in parallel), parses and merges them. Meeting ids are `${index}:${slug}`
 * with the source's position in `srcs`, so the same slug in two feeds stays two meetings.
 */
export async function loadMeetings(srcs: readonly string[], format: MeetingFormat, options: LoadOptions): Promise<LoadedMeetings> {
  const urls = srcs.map((s) => s.trim()).filter(Boolean);
  if (!urls.length) throw new MeetingFeedError('no-source', '');
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
  let detected: DetectedFormat | undefined;
  let bmltFormats: BmltFormat[] | undefined;
  let firstError: unknown;
  results.forEach((r, i) => {
    if (r.status === 'fulfilled') {
      meetings.push(...r.value.meetings);
      issues.push(...r.value.issues);
      detected ??= r.value.format;
      if (r.value.formats) bmltFormats = [...(bmltFormats ?? []), ...r.value.formats];
    } else {
      if (r.reason instanceof PeerFetchError && r.reason.kind === 'aborted') throw r.reason;
      firstError ??= r.reason;
      issues.push({feed: urls[i], index: -1, code: 'feed-failed', reason: `the feed could not be loaded: ${(r.reason as Error)?.message ?? String(r.reason)}`});
    }
  });
  if (!detected) throw firstError;
  return {meetings, issues, format: detected, ...(bmltFormats ? {bmltFormats} : {})};
}
