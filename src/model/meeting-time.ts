/**
 * Time for meetings: wall clock ⇄ instant in an IANA zone with `Intl` only (right across DST
 * changes), occurrences with their next start sorted upcoming-first (wrapping around the week),
 * "in progress" / "starting soon", time-of-day buckets, zone abbreviations, and the meeting's time
 * as the visitor sees it when the two zones differ.
 */
import type {Meeting, Occurrence, TimeOfDay} from './meeting.js';

const MINUTE = 60_000;
const DAY = 86_400_000;
/** "Starting soon" = starts within this many minutes. */
export const STARTING_SOON_MINUTES = 30;

// ---------------------------------------------------------------------------------------------
// Wall clock in a zone.

export interface WallClock {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  /** 0–6, 0 = Sunday */
  weekday: number;
  /** Minutes after local midnight. */
  minutes: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function partsFormatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat('en-US', {timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric'});
    } catch {
      f = partsFormatter('UTC');
    }
    formatters.set(zone, f);
  }
  return f;
}

/** Per zone, per UTC day number: the offset when it holds all day, else null (a change that day). */
const dayOffsets = new Map<string, Map<number, number | null>>();
/**
 * The zone's offset from UTC at `instant`, in minutes (local − UTC; −360 for Chicago in winter).
 * A UTC day whose offset is the same at both ends is taken to keep it all day (zones change at most
 * once a day), so most days cost two lookups; on a day with a change, each 15-minute slot is
 * looked up (zones only change offset on such boundaries). Both are cached.
 */
export function zoneOffset(instant: number, zone: string): number {
  const dayNo = Math.floor(instant / DAY);
  let days = dayOffsets.get(zone);
  if (!days) dayOffsets.set(zone, (days = new Map()));
  let whole = days.get(dayNo);
  if (whole === undefined) {
    const start = slotOffset(dayNo * DAY, zone);
    whole = start === slotOffset((dayNo + 1) * DAY, zone) ? start : null;
    if (days.size > 5000) days.clear();
    days.set(dayNo, whole);
  }
  return whole ?? slotOffset(instant, zone);
}

const offsetCache = new Map<string, number>();
/** The offset in the 15-minute slot holding `instant`, from `Intl` (cached). */
function slotOffset(instant: number, zone: string): number {
  const slot = Math.floor(instant / (15 * MINUTE));
  const key = `${zone}|${slot}`;
  let off = offsetCache.get(key);
  if (off === undefined) {
    const t = slot * 15 * MINUTE;
    let y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
    for (const p of partsFormatter(zone).formatToParts(t)) {
      switch (p.type) {
        case 'year': y = +p.value; break;
        case 'month': mo = +p.value; break;
        case 'day': d = +p.value; break;
        case 'hour': h = +p.value % 24; break;
        case 'minute': mi = +p.value; break;
        case 'second': s = +p.value; break;
      }
    }
    off = Math.round((Date.UTC(y, mo - 1, d, h, mi, s) - t) / MINUTE);
    if (offsetCache.size > 50_000) offsetCache.clear();
    offsetCache.set(key, off);
  }
  return off;
}

/** The wall clock of `instant` in `zone`. */
export function wallClock(instant: number, zone: string): WallClock {
  const local = new Date(instant + zoneOffset(instant, zone) * MINUTE);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    weekday: local.getUTCDay(),
    minutes: local.getUTCHours() * 60 + local.getUTCMinutes(),
  };
}

/**
 * The instant at which the wall clock in `zone` reads the date and `minutes` after midnight.
 * Across DST: a time that happens twice (fall back) gives the earlier instant; a time that never
 * happens (spring forward gap) is moved forward by the gap, as clocks are.
 */
export function zonedTimeToInstant(zone: string, year: number, month: number, day: number, minutes: number): number {
  const local = Date.UTC(year, month - 1, day, 0, minutes);
  const before = zoneOffset(local - DAY, zone);
  const after = zoneOffset(local + DAY, zone);
  if (before === after) {
    // Almost always: check the offset really holds at the candidate (a mid-day change is possible).
    const t = local - before * MINUTE;
    const actual = zoneOffset(t, zone);
    return actual === before ? t : local - actual * MINUTE;
  }
  const a = local - before * MINUTE;
  const b = local - after * MINUTE;
  const aOk = zoneOffset(a, zone) === before;
  const bOk = zoneOffset(b, zone) === after;
  if (aOk && bOk) return Math.min(a, b);
  if (aOk) return a;
  if (bOk) return b;
  return a; // in the gap: the pre-change offset lands after the jump
}

/** Adds calendar days to a date (no zone involved). */
function addDays(year: number, month: number, day: number, n: number): [number, number, number] {
  const d = new Date(Date.UTC(year, month - 1, day + n));
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
}

/** Day of the week (0 = Sunday) at `now` in `zone`. */
export function weekdayIn(now: number, zone: string): number {
  return wallClock(now, zone).weekday;
}

/** Resolves `today` / `tomorrow` in the visitor's zone; numbers pass through. Unique, sorted. */
export function resolveDays(days: readonly (number | 'today' | 'tomorrow')[], now: number, visitorTz: string): number[] {
  const out = new Set<number>();
  let today: number | undefined;
  for (const d of days) {
    if (typeof d === 'number') {
      if (Number.isInteger(d) && d >= 0 && d <= 6) out.add(d);
    } else {
      today ??= weekdayIn(now, visitorTz);
      out.add(d === 'today' ? today : (today + 1) % 7);
    }
  }
  return [...out].sort((a, b) => a - b);
}

// ---------------------------------------------------------------------------------------------
// Occurrences.

/** Length of a meeting in minutes (end − start, past midnight allowed; 60 when unknown or zero). */
export function durationMinutes(m: Pick<Meeting, 'start' | 'end'>): number {
  if (m.start === null) return 0;
  if (m.end === null) return 60;
  return (m.end - m.start + 1440) % 1440 || 60;
}

/**
 * The next start (ms) of a meeting on weekday `day` relative to `now`: the current occurrence when
 * it is in progress, else the next one. Computed in the meeting's own zone.
 */
export function nextStart(m: Pick<Meeting, 'start' | 'end' | 'timezone'>, day: number, now: number, clock?: WallClock): number | null {
  if (m.start === null) return null;
  const c = clock ?? wallClock(now, m.timezone);
  const delta = (day - c.weekday + 7) % 7;
  const dur = durationMinutes(m) * MINUTE;
  for (const k of [delta - 7, delta, delta + 7]) {
    const [y, mo, d] = addDays(c.year, c.month, c.day, k);
    const t = instantCached(m.timezone, y, mo, d, m.start);
    if (t + dur > now) return t;
  }
  return null; // unreachable
}

const instantCache = new Map<string, number>();
function instantCached(zone: string, y: number, mo: number, d: number, minutes: number): number {
  const key = `${zone}|${y}|${mo}|${d}|${minutes}`;
  let t = instantCache.get(key);
  if (t === undefined) {
    t = zonedTimeToInstant(zone, y, mo, d, minutes);
    if (instantCache.size > 50_000) instantCache.clear();
    instantCache.set(key, t);
  }
  return t;
}

/**
 * One occurrence per meeting day (by-appointment meetings once, with `day: null`), each with its
 * next start, sorted upcoming-first: in progress, then starting soonest, wrapping around the week;
 * by-appointment meetings last, by name. Adapters always set a valid zone (an unknown one reads as UTC);
 * `visitorTz` is accepted for symmetry with `filterOccurrences`.
 */
export function occurrences(meetings: readonly Meeting[], now: number, _visitorTz?: string): Occurrence[] {
  const builder = occurrenceBuilder(now);
  builder.add(meetings);
  return builder.finish();
}

/**
 * `occurrences()` in steps: `add()` meetings as they come (a feed still downloading), `finish()`
 * sorts once. Adding in several calls gives exactly what one call with all of them gives.
 * `unsorted()` is the list before the sort (in the order added), to merge with others first.
 */
export function occurrenceBuilder(now: number): {add(meetings: readonly Meeting[]): void; finish(): Occurrence[]; unsorted(): Occurrence[]} {
  // Per zone: the wall clock now, and the start instants by (day offset, minutes) computed once.
  const zones = new Map<string, {clock: WallClock; starts: Map<number, number>}>();
  const out: Occurrence[] = [];
  const add = (meetings: readonly Meeting[]) => {
    for (const meeting of meetings) {
      const start = meeting.start;
      if (start === null || !meeting.days.length) {
        out.push({meeting, day: null, nextStart: null});
        continue;
      }
      const zone = meeting.timezone;
      let z = zones.get(zone);
      if (!z) {
        z = {clock: wallClock(now, zone), starts: new Map()};
        zones.set(zone, z);
      }
      const {clock, starts} = z;
      const dur = durationMinutes(meeting) * MINUTE;
      for (const day of meeting.days) {
        const delta = (day - clock.weekday + 7) % 7;
        let next: number | null = null;
        for (let k = delta - 7; k <= delta + 7; k += 7) {
          const key = (k + 7) * 1440 + start;
          let t = starts.get(key);
          if (t === undefined) {
            const [y, mo, d] = addDays(clock.year, clock.month, clock.day, k);
            t = zonedTimeToInstant(zone, y, mo, d, start);
            starts.set(key, t);
          }
          if (t + dur > now) {
            next = t;
            break;
          }
        }
        out.push({meeting, day, nextStart: next});
      }
    }
  };
  return {add, finish: () => sortUpcoming(out), unsorted: () => out};
}

const byName = (a: Occurrence, b: Occurrence) => (a.meeting.name < b.meeting.name ? -1 : a.meeting.name > b.meeting.name ? 1 : 0);

/**
 * Sorts in place upcoming-first; by-appointment last; ties by name (stable). Thousands of meetings
 * share a few hundred start instants: they are grouped by instant, the instants sorted, and only
 * each group sorted by name, which spares most of the string comparisons of one big sort.
 */
export function sortUpcoming(list: Occurrence[]): Occurrence[] {
  const groups = new Map<number | null, Occurrence[]>();
  for (const o of list) {
    const g = groups.get(o.nextStart);
    if (g) g.push(o);
    else groups.set(o.nextStart, [o]);
  }
  const starts = [...groups.keys()].sort((a, b) => (a === null ? 1 : b === null ? -1 : a - b));
  let i = 0;
  for (const start of starts) {
    const g = groups.get(start)!;
    if (g.length > 1) g.sort(byName);
    for (const o of g) list[i++] = o;
  }
  return list;
}

export type MeetingStatus = 'in-progress' | 'starting-soon' | null;

/** `in-progress` (started, not ended), `starting-soon` (within 30 minutes), else null. */
export function status(occ: Pick<Occurrence, 'meeting' | 'nextStart'>, now: number): MeetingStatus {
  if (occ.nextStart === null) return null;
  const end = occ.nextStart + durationMinutes(occ.meeting) * MINUTE;
  if (occ.nextStart <= now && now < end) return 'in-progress';
  if (occ.nextStart > now && occ.nextStart - now <= STARTING_SOON_MINUTES * MINUTE) return 'starting-soon';
  return null;
}

/**
 * Whether this occurrence already took place today, in the visitor's zone, and is over: its next
 * start is then a week away. A finder filtered to a day (say "today") marks such meetings "ended"
 * rather than listing them at the end as if they were still to come.
 */
export function endedToday(occ: Pick<Occurrence, 'meeting' | 'nextStart'>, now: number, visitorTz: string): boolean {
  if (occ.nextStart === null || occ.meeting.start === null) return false;
  const c = wallClock(occ.nextStart, occ.meeting.timezone);
  // This week's start: the same wall time seven days before (right across a DST change).
  const [y, mo, d] = addDays(c.year, c.month, c.day, -7);
  const previous = instantCached(occ.meeting.timezone, y, mo, d, occ.meeting.start);
  if (previous + durationMinutes(occ.meeting) * MINUTE > now) return false;
  const then = wallClock(previous, visitorTz);
  const today = wallClock(now, visitorTz);
  return then.year === today.year && then.month === today.month && then.day === today.day;
}

// ---------------------------------------------------------------------------------------------
// Time of day.

/** The buckets, as [from, to) minutes of the meeting's local start; night wraps past midnight. */
export const TIME_OF_DAY_RANGES: Readonly<Record<TimeOfDay, readonly [number, number]>> = {
  morning: [4 * 60, 12 * 60],
  midday: [11 * 60, 17 * 60],
  evening: [16 * 60, 21 * 60],
  night: [20 * 60, 4 * 60],
};

/** Whether a local start (minutes) falls in a bucket. */
export function inTimeOfDay(start: number, bucket: TimeOfDay): boolean {
  const [from, to] = TIME_OF_DAY_RANGES[bucket];
  return from < to ? start >= from && start < to : start >= from || start < to;
}

/** Every bucket of a local start: the ranges overlap, so 11:30 is morning and midday. */
export function timeOfDay(start: number | null): TimeOfDay[] {
  if (start === null) return [];
  return (Object.keys(TIME_OF_DAY_RANGES) as TimeOfDay[]).filter((b) => inTimeOfDay(start, b));
}

// ---------------------------------------------------------------------------------------------
// Zones for display.

const abbrFormatters = new Map<string, Intl.DateTimeFormat | null>();
/** The zone's short name at `instant` ("CST", "CDT", or "GMT-5" where the locale has none). */
export function zoneAbbreviation(zone: string, instant: number, tag = 'en-US'): string {
  const key = `${tag}|${zone}`;
  let f = abbrFormatters.get(key);
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat(tag, {timeZone: zone, timeZoneName: 'short'});
    } catch {
      f = null;
    }
    abbrFormatters.set(key, f);
  }
  return f?.formatToParts(instant).find((p) => p.type === 'timeZoneName')?.value ?? zone;
}

/** Whether two zones show different clocks at `instant` (Chicago and Winnipeg do not differ). */
export function zonesDiffer(a: string, b: string, instant: number): boolean {
  return a !== b && zoneOffset(instant, a) !== zoneOffset(instant, b);
}

export interface VisitorTime {
  /** Day of the week in the visitor's zone. */
  day: number;
  /** Minutes after the visitor's midnight. */
  minutes: number;
  /** −1, 0 or +1: the visitor's day relative to the meeting's day (crossing midnight). */
  dayShift: number;
  /** The instant shown. */
  instant: number;
}

/**
 * The occurrence's start as the visitor's clock reads it, or undefined when the zones show the same
 * time, the meeting's zone is unknown, or the meeting is by appointment. `dayShift` is +1 when it is already the next day for the visitor.
 */
export function visitorTime(occ: Pick<Occurrence, 'meeting' | 'day' | 'nextStart'>, visitorTz: string): VisitorTime | undefined {
  // A meeting whose zone nobody gives is shown in its own local time only: nothing to convert from.
  if (occ.nextStart === null || occ.day === null || occ.meeting.timezoneUnknown) return undefined;
  if (!zonesDiffer(occ.meeting.timezone, visitorTz, occ.nextStart)) return undefined;
  const c = wallClock(occ.nextStart, visitorTz);
  const diff = (c.weekday - occ.day + 7) % 7;
  return {day: c.weekday, minutes: c.minutes, dayShift: diff === 1 ? 1 : diff === 6 ? -1 : 0, instant: occ.nextStart};
}
