/**
 * The finder's data between the feed and the list: the loaded feed, every occurrence upcoming-first
 * as of the last minute, and the filtered results. Typing more letters only narrows the last
 * results (every word must still match), so a keystroke on a 10,000-meeting feed filters what the
 * previous one left, not the whole feed.
 */
import type {FeedIssue, Meeting, MeetingFilters, Occurrence, ParsedFeed} from '../../model/meeting.js';
import {fold} from '../../model/text.js';
import * as data from './data.js';

export class FinderResults {
  loaded?: ParsedFeed;
  meetings: readonly Meeting[] = [];
  issues: FeedIssue[] = [];
  /** Every occurrence, upcoming-first, as of the last `take` or `tick`. */
  all: Occurrence[] = [];
  results: Occurrence[] = [];
  regions: {name: string; depth: number}[] = [];
  typeCodes: string[] = [];
  /** The feed's meeting languages for the language filter (`availableLanguages`). */
  languages: string[] = [];
  private last?: {all: Occurrence[]; rest: string; query: string};

  /**
   * A load finished. The loader's occurrences (worked out as the feed downloaded, as of `at`) are
   * as good as ours while they are less than a minute old: the list is brought up to date each
   * minute anyway.
   */
  take(feed: ParsedFeed & {occurrences?: Occurrence[]}, tag: string, now: number, at: number): void {
    this.loaded = feed;
    this.meetings = feed.meetings;
    this.issues = feed.issues;
    this.regions = data.regionOptions(feed.meetings, tag);
    this.typeCodes = data.availableTypes(feed.meetings);
    this.languages = data.availableLanguages(feed.meetings);
    this.all = feed.occurrences && now - at < 60_000 ? feed.occurrences : data.occurrences(feed.meetings, now);
    this.last = undefined;
  }

  /** A minute passed: next occurrences move on. */
  tick(now: number): void {
    if (this.loaded) this.all = data.occurrences(this.meetings, now);
  }

  /** Filters (`starred`: only those; `again`: start from every occurrence, the stars changed). */
  filter(filters: MeetingFilters, starred: ((o: Occurrence) => boolean) | undefined, zone: string, again = false): void {
    if (!this.loaded) return;
    const query = fold(filters.query ?? '');
    const rest = JSON.stringify({...filters, query: undefined, starred: !!starred});
    const last = again ? undefined : this.last;
    const source = last && last.all === this.all && last.rest === rest && query.startsWith(last.query) ? this.results : this.all;
    this.last = {all: this.all, rest, query};
    const list = data.filterOccurrences(source, filters, Date.now(), zone);
    this.results = starred ? list.filter(starred) : list;
  }

  /** A meeting's next occurrence (for the details of a meeting the filters hide). */
  occurrenceOf(m: Meeting | undefined, now: number): Occurrence | undefined {
    if (!m) return undefined;
    return this.all.find((o) => o.meeting === m) ?? data.occurrences([m], now)[0];
  }

  /** The occurrence a deep link (`#mf-meeting=id`) names. */
  occurrenceById(id: string, now: number): Occurrence | undefined {
    return this.results.find((o) => o.meeting.id === id) ?? this.occurrenceOf(this.meetings.find((m) => m.id === id), now);
  }
}
