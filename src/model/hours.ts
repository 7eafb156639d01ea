/**
 * The hours engine: HSDS schedules → normalised weekly rules → "open / closed / opens at … /
 * closes in N min / hours unknown" at an instant. Pure functions; time zones through `Intl` only
 * (DST-correct for IANA zones, fixed offsets as given). It never says "open" when the hours are
 * missing or unparseable: that is `unknown`.
 */
import type {OpenStatus, Schedule} from './resource.js';
import {dayName, wallTime} from '../core/i18n.js';
import {intlKnowsZone, zoneOffset} from './zone-offset.js';

export {zoneOffset};

const MINUTE = 60_000;
const DAY = 1440;

// Parsing HSDS schedules lives in hours-parse.ts (only the adapter needs it).

/** True for an IANA zone this runtime knows (`Area/City`, or `UTC`). */
export function isTimeZone(value: unknown): value is string {
  if (typeof value !== 'string' || !value.includes('/')) return value === 'UTC';
  return intlKnowsZone(value);
}

/** Does any schedule carry rules the engine can evaluate? */
export function hasHours(schedules: readonly Schedule[] | undefined): boolean {
  return !!schedules?.some((s) => s.rules.length > 0);
}

// ---------------------------------------------------------------------------------------------
// Time zones

interface Wall {
  year: number;
  month: number;
  day: number;
  minutes: number;
  weekday: number;
}

/** Where a schedule's clock lives: an IANA zone or a fixed offset. */
type Clock = {zone: string} | {offset: number};

function offsetAt(clock: Clock, instant: number): number {
  return 'zone' in clock ? zoneOffset(clock.zone, instant) : clock.offset;
}

function wallAt(clock: Clock, instant: number): Wall {
  const d = new Date(instant + offsetAt(clock, instant) * MINUTE);
  return {year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), minutes: d.getUTCHours() * 60 + d.getUTCMinutes(), weekday: d.getUTCDay()};
}

/** The instant of a local wall time (a time skipped by DST resolves forwards). */
function instantOf(clock: Clock, year: number, month: number, day: number, minutes: number): number {
  const naive = Date.UTC(year, month - 1, day) + minutes * MINUTE;
  if (!('zone' in clock)) return naive - clock.offset * MINUTE;
  const o1 = zoneOffset(clock.zone, naive - zoneOffset(clock.zone, naive) * MINUTE);
  const o2 = zoneOffset(clock.zone, naive - o1 * MINUTE);
  if (o1 === o2) return naive - o1 * MINUTE;
  const o3 = zoneOffset(clock.zone, naive - o2 * MINUTE);
  return o2 === o3 ? naive - o2 * MINUTE : naive - Math.min(o2, o3) * MINUTE;
}

/** The zone's two offsets over a year (standard and daylight), to check a numeric offset against it. */
function zoneOffsets(zone: string, year: number): number[] {
  return [zoneOffset(zone, Date.UTC(year, 0, 15)), zoneOffset(zone, Date.UTC(year, 6, 15))];
}

/**
 * The clock of a schedule. An IANA zone (the location's, else the embed's `fallbackTz`) is used when
 * the schedule gives no offset or an offset the zone actually uses (HSDS has offsets only, and
 * "-5" for New York in July means Eastern time); a conflicting offset is taken literally.
 */
function clockOf(s: Schedule, fallbackTz: string | undefined, now: number): Clock | undefined {
  const year = new Date(now).getUTCFullYear();
  for (const zone of [s.timezone, fallbackTz]) {
    if (!zone || !isTimeZone(zone)) continue;
    if (s.utcOffsetMinutes === undefined || zoneOffsets(zone, year).includes(s.utcOffsetMinutes)) return {zone};
  }
  if (s.utcOffsetMinutes !== undefined) return {offset: s.utcOffsetMinutes};
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Evaluating

const pad = (n: number) => String(n).padStart(2, '0');
const ymd = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

function validOn(s: Schedule, date: string): boolean {
  return (!s.validFrom || date >= s.validFrom) && (!s.validTo || date <= s.validTo);
}

/** Open intervals [start, end) in ms from the local day before `now` to `days` days after. */
function intervals(schedules: readonly Schedule[], now: number, fallbackTz: string | undefined, days: number): [number, number][] {
  const out: [number, number][] = [];
  for (const s of schedules) {
    if (!s.rules.length) continue;
    const clock = clockOf(s, fallbackTz, now);
    if (!clock) continue;
    const today = wallAt(clock, now);
    for (let i = -1; i <= days; i++) {
      const d = new Date(Date.UTC(today.year, today.month - 1, today.day + i));
      const y = d.getUTCFullYear();
      const m = d.getUTCMonth() + 1;
      const dd = d.getUTCDate();
      if (!validOn(s, ymd(y, m, dd))) continue;
      const weekday = d.getUTCDay();
      for (const r of s.rules) {
        if (!r.days.includes(weekday)) continue;
        const start = instantOf(clock, y, m, dd, r.opens);
        const closes = r.closes <= r.opens ? r.closes + DAY : r.closes;
        const end = instantOf(clock, y, m, dd, closes);
        if (end > start) out.push([start, end]);
      }
    }
  }
  out.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const iv of out) {
    const last = merged[merged.length - 1];
    if (last && iv[0] <= last[1] + MINUTE) last[1] = Math.max(last[1], iv[1]);
    else merged.push([iv[0], iv[1]]);
  }
  return merged;
}

const HORIZON_DAYS = 8;

/** The local date at `now` on the schedule's clock (UTC's when it has none). */
function localDate(s: Schedule, now: number, fallbackTz: string | undefined): string {
  const clock = clockOf(s, fallbackTz, now) ?? {offset: 0};
  const w = wallAt(clock, now);
  return ymd(w.year, w.month, w.day);
}

/** Whether the schedule's validity ended before today (on its own clock). */
function expiredAt(s: Schedule, now: number, fallbackTz: string | undefined): boolean {
  return !!s.validTo && s.validTo < localDate(s, now, fallbackTz);
}

/**
 * When every schedule with hours has expired (its `valid_to` is past), the last date they were
 * valid on (ISO); else undefined. The card says "hours may be out of date" and the details show
 * those hours with this date, rather than "hours unknown" on one and "Closed" every day on the other.
 */
export function hoursExpiredOn(schedules: readonly Schedule[] | undefined, now: Date | number, fallbackTz?: string): string | undefined {
  const t = typeof now === 'number' ? now : now.getTime();
  const withRules = (schedules ?? []).filter((s) => s.rules.length);
  if (!withRules.length || !withRules.every((s) => expiredAt(s, t, fallbackTz))) return undefined;
  return withRules.reduce((last, s) => (s.validTo! > last ? s.validTo! : last), withRules[0].validTo!);
}

/**
 * Open, closed or unknown at `now`. Open: `closesAt` (ms) and `closesInMinutes`, or `allDay` when
 * it is open around the clock for the coming week. Closed: `opensAt` when it opens within a week.
 * Unknown when there are no readable hours, or none of the schedules can be placed in time.
 */
export function openStatus(schedules: readonly Schedule[] | undefined, now: Date | number, fallbackTz?: string): OpenStatus {
  const t = typeof now === 'number' ? now : now.getTime();
  if (!schedules || !Number.isFinite(t) || !hasHours(schedules)) return {state: 'unknown'};
  // A schedule whose validity has ended says nothing about today: expired hours are unknown hours,
  // and when every schedule has expired the verdict says so (the hours may be out of date).
  const usable = schedules.filter((s) => s.rules.length && !expiredAt(s, t, fallbackTz) && clockOf(s, fallbackTz, t));
  if (!usable.length) return hoursExpiredOn(schedules, t, fallbackTz) ? {state: 'unknown', expired: true} : {state: 'unknown'};
  // Most answers need only yesterday to tomorrow; the full week only for 24/7 runs and long closures.
  const short = intervals(usable, t, fallbackTz, 1);
  const shortCurrent = short.find(([a, b]) => a <= t && t < b);
  const settled = shortCurrent ? shortCurrent[1] < t + (DAY - 2) * MINUTE : short.some(([a]) => a > t);
  const list = settled ? short : intervals(usable, t, fallbackTz, HORIZON_DAYS);
  const current = list.find(([a, b]) => a <= t && t < b);
  if (current) {
    if (current[1] - t >= (HORIZON_DAYS - 1) * DAY * MINUTE) return {state: 'open', allDay: true};
    const closesInMinutes = Math.max(0, Math.ceil((current[1] - t) / MINUTE));
    return {state: 'open', closesAt: current[1], closesInMinutes, ...(current[1] - current[0] >= DAY * MINUTE ? {allDay: true} : {})};
  }
  const next = list.find(([a]) => a > t);
  return next ? {state: 'closed', opensAt: next[0]} : {state: 'closed'};
}

const ymdOf = (t: number) => new Date(t).toISOString().slice(0, 10);

/** Minutes until closing when open (undefined otherwise, or when open around the clock). */
export function closesInMinutes(status: OpenStatus, now: Date | number = Date.now()): number | undefined {
  if (status.state !== 'open' || status.closesAt === undefined) return undefined;
  const t = typeof now === 'number' ? now : now.getTime();
  return Math.max(0, Math.ceil((status.closesAt - t) / MINUTE));
}

// ---------------------------------------------------------------------------------------------
// Weekly table for the detail view

export interface WeeklyRow {
  /** 0–6 (0 = Sunday). */
  day: number;
  /** Localised day name. */
  name: string;
  /** Opening ranges that start this day, minutes after midnight (closes may exceed 1440: next day). */
  ranges: {opens: number; closes: number}[];
  allDay: boolean;
  /** "9:00 AM – 5:00 PM", "Open 24 hours", "Closed". */
  text: string;
}

/** The words of a weekly table, from the caller's string table (the directory's `allDay`, `closedDay`, `nextDay`). */
export interface HoursWords {
  allDay: string;
  closed: string;
  nextDay: string;
}
const ENGLISH: HoursWords = {allDay: 'Open 24 hours', closed: 'Closed', nextDay: '(next day)'};

/**
 * One row per day, Monday first, from the schedules valid on `on` (default: today); when every
 * schedule has expired (see `hoursExpiredOn`), from the last ones that were valid, as the verdict
 * says "may be out of date" rather than "Closed" every day. Days without rules read "Closed".
 */
export function weeklyHours(schedules: readonly Schedule[] | undefined, lang: string = 'en', on: Date | number = Date.now(), fallbackTz?: string, words: HoursWords = ENGLISH): WeeklyRow[] {
  const tag = lang || 'en';
  const t = typeof on === 'number' ? on : on.getTime();
  const date = ymdOf(t);
  const lastValid = hoursExpiredOn(schedules, t, fallbackTz);
  const valid = (schedules ?? []).filter((s) => s.rules.length && (lastValid ? s.validTo === lastValid : validOn(s, date)));
  const rows: WeeklyRow[] = [];
  for (const day of [1, 2, 3, 4, 5, 6, 0]) {
    const ranges = valid
      .flatMap((s) => s.rules)
      .filter((r) => r.days.includes(day))
      .map((r) => ({opens: r.opens, closes: r.closes <= r.opens ? r.closes + DAY : r.closes}))
      .sort((a, b) => a.opens - b.opens);
    const allDay = ranges.some((r) => r.opens === 0 && r.closes >= DAY);
    const text = allDay
      ? words.allDay
      : ranges.length
        ? ranges.map((r) => `${wallTime(r.opens, tag)} – ${wallTime(r.closes % DAY, tag)}${r.closes > DAY ? ` ${words.nextDay}` : ''}`).join(', ')
        : words.closed;
    rows.push({day, name: dayName(day, tag), ranges, allDay, text});
  }
  return rows;
}
