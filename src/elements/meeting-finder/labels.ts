/**
 * The finder's words for its rows, worked out once and kept: time labels ("Monday 7:30 PM CDT",
 * "7:30 PM your time") per zone and start, so a keystroke re-renders rows without formatting again,
 * and type names (a lazy chunk, shared by every finder on the page) per language.
 */
import {dayName, timeIn, type Lang} from '../../core/i18n.js';
import {retryableImport} from '../../core/lazy-import.js';
import type {Meeting, Occurrence} from '../../model/meeting.js';
import type {MeetingFinderStrings} from '../../locales/en/meeting-finder.js';
import * as data from './data.js';

const loadTypeNames = retryableImport(() => import('./type-names.js'));
/** The type names (a lazy chunk): set once loaded, for every finder on the page. */
let typeNames: typeof import('./type-names.js') | undefined;
let typeNamesLoad: Promise<unknown> | undefined;

/** Loads the type names' chunk (once per page); resolves when it is here or could not be. */
export function typeNamesLoaded(lang: Lang = 'en'): Promise<unknown> {
  return (typeNamesLoad ??= loadTypeNames().then((m) => (typeNames = m)))
    .then(() => typeNames?.loadNames(lang))
    .catch(() => undefined);
}

/** "Monday 7:30 PM CDT" in the meeting's zone ("Monday 7:30 PM" when its zone is unknown). */
export function whenText(s: MeetingFinderStrings, tag: string, o: Occurrence): string {
  if (o.day === null || o.nextStart === null) return s.byAppointment;
  return `${dayName(o.day, tag)} ${timeIn(o.nextStart, tag, o.meeting.timezone, !o.meeting.timezoneUnknown)}`;
}

/** "7:30 PM your time" (with the day when it differs), when the visitor's zone is not the meeting's. */
export function visitorTimeText(s: MeetingFinderStrings, tag: string, o: Occurrence, zone: string): string | undefined {
  const v = data.visitorTime(o, zone);
  if (!v) return undefined;
  const t = timeIn(v.instant, tag, zone, true);
  return s.yourTime(v.dayShift ? `${dayName(v.day, tag, 'short')} ${t}` : t);
}

export class FinderLabels {
  private times = new Map<string, {when: string; yours?: string}>();
  private timesKey = '';
  private names = new Map<string, string>();
  private namesLang = '';
  private wait?: Promise<unknown>;
  private failed = false;

  /** Forget the time labels (a minute passed, the visitor's zone may have changed). */
  clearTimes(): void {
    this.times = new Map();
  }

  /** Forget the type names (a new feed: its own types' names). */
  clearNames(): void {
    this.names = new Map();
  }

  time(s: MeetingFinderStrings, tag: string, zone: string, o: Occurrence): {when: string; yours?: string} {
    if (tag + zone !== this.timesKey || this.times.size > 5000) {
      this.times = new Map();
      this.timesKey = tag + zone;
    }
    // Meetings in one zone starting at one instant share their labels: a few hundred for 10,000 meetings.
    const key = `${o.meeting.timezoneUnknown ? '' : o.meeting.timezone}|${o.day}|${o.nextStart}`;
    let l = this.times.get(key);
    if (!l) this.times.set(key, (l = {when: whenText(s, tag, o), yours: visitorTimeText(s, tag, o, zone)}));
    return l;
  }

  /**
   * A type's name in `lang`: the table's or the feed's, else `fallback(code)` ("Other type (XYZ)");
   * the code itself until the names' chunk is here.
   */
  typeName(code: string, lang: Lang, meetings: readonly Meeting[], fallback: (code: string) => string = (c) => c): string {
    if (lang !== this.namesLang) {
      this.names = new Map();
      this.namesLang = lang;
    }
    let name = this.names.get(code);
    // Kept only once the language's names are here (English would stick otherwise).
    if (name === undefined && typeNames) {
      name = typeNames.knownName(code, lang, meetings) ?? fallback(code.replace(/^BMLT-/, ''));
      if (typeNames.namesLoaded(lang)) this.names.set(code, name);
    }
    return name ?? code;
  }

  /**
   * Whether the type names can be shown: starts loading their chunk the first time and gives the
   * wait to `whenLoaded` (the host renders again when it settles). If it cannot load, the codes
   * stand in for the names.
   */
  namesReady(lang: Lang, whenLoaded: (p: Promise<unknown>) => void): boolean {
    if (this.failed) return true;
    if (typeNames) {
      if (typeNames.namesLoaded(lang)) return true;
      whenLoaded(typeNames.loadNames(lang));
      return false;
    }
    this.wait ??= (typeNamesLoad ??= loadTypeNames().then((m) => (typeNames = m))).catch(() => {
      this.failed = true;
    });
    whenLoaded(this.wait);
    return false;
  }
}
