/**
 * The hours engine: HSDS schedules → normalised weekly rules → "open / closed / opens at … /
 * closes in N min / hours unknown" at an instant. Pure functions; time zones through `Intl` only
 * (DST-correct for IANA zones, fixed offsets as given). It never says "open" when the hours are
 * missing or unparseable: that is `unknown`.
 */
import type {OpenStatus, OpeningRule, Schedule} from './resource.js';
import {dateTimeFormat, dayName, wallTime} from '../core/i18n.js';

const DAY_CODES: Record<string, number> = {SU: 0, MO: 1, TU: 2, WE: 3, TH: 4, FR: 5, SA: 6};
const ALL_DAYS = [0, 1, 2, 3, 4, 5, 6];
const MINUTE = 60_000;
const DAY = 1440;

// ---------------------------------------------------------------------------------------------
// Parsing HSDS schedules

/** "09:00", "9:00", "09:00:00", "0900", "9:00 PM", "21:00:00Z", "24:00" → minutes after midnight (0–1440). */
export function parseClock(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const m = value.trim().match(/^(\d{1,2})(?::?(\d{2}))?(?::(\d{2})(?:\.\d+)?)?\s*([ap])?\.?\s*m?\.?\s*(?:Z|[+-]\d{2}:?\d{2})?$/i);
  if (!m) return undefined;
  let h = Number(m[1]);
  const min = m[2] === undefined ? 0 : Number(m[2]);
  if (m[2] === undefined && !m[4]) return undefined; // a bare "9" is too ambiguous
  if (min > 59) return undefined;
  const ap = m[4]?.toLowerCase();
  if (ap) {
    if (h < 1 || h > 12) return undefined;
    h = (h % 12) + (ap === 'p' ? 12 : 0);
  }
  if (h > 24 || (h === 24 && min > 0)) return undefined;
  return h * 60 + min;
}

/** "MO,TU" / "mo, tu" / ["MO","TU"] / "1MO" (ordinals dropped) → day numbers (0 = Sunday). */
export function parseByDay(value: unknown): number[] | undefined {
  const parts = Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/[\s,;]+/) : [];
  const days = new Set<number>();
  for (const p of parts) {
    const code = p.trim().toUpperCase().replace(/^[+-]?\d+/, '').slice(0, 2);
    if (code in DAY_CODES) days.add(DAY_CODES[code]);
  }
  return days.size ? [...days].sort((a, b) => a - b) : undefined;
}

/** HSDS `timezone` (a numeric UTC offset in hours: -5, "-05:00", "+5.5", "UTC-5") → minutes. */
export function parseUtcOffset(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && Math.abs(value) <= 14 ? Math.round(value * 60) : undefined;
  if (typeof value !== 'string') return undefined;
  const m = value.trim().match(/^(?:UTC|GMT)?\s*([+-])?\s*(\d{1,2})(?:(?::?(\d{2}))|(\.\d+))?$/i);
  if (!m) return undefined;
  const sign = m[1] === '-' ? -1 : 1;
  const minutes = Number(m[2]) * 60 + (m[3] ? Number(m[3]) : m[4] ? Math.round(Number(m[4]) * 60) : 0);
  return minutes <= 14 * 60 ? sign * minutes : undefined;
}

const knownZones = new Map<string, boolean>();

/** True for an IANA zone this runtime knows (memoised: constructing a formatter costs ~1 ms). */
export function isTimeZone(value: unknown): value is string {
  if (typeof value !== 'string' || !value.includes('/')) return value === 'UTC';
  let known = knownZones.get(value);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en', {timeZone: value});
      known = true;
    } catch {
      known = false;
    }
    if (knownZones.size < 1000) knownZones.set(value, known);
  }
  return known;
}

const ALL_DAY_TEXT = /\b24\s*(?:hours?|hrs?|h)\b|\b24\s*\/\s*7\b|around the clock|\b24\s*horas\b|todo el d[ií]a/i;

const isoDate = (v: unknown): string | undefined => {
  if (typeof v !== 'string') return undefined;
  const m = v.trim().match(/^(\d{4})-?(\d{2})-?(\d{2})/);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
};

const textOf = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

/**
 * HSDS `schedules[]` → `Schedule[]`. Weekly schedules (`freq` WEEKLY, or DAILY / absent with
 * `byday` or times) become rules; a schedule whose times cannot be read keeps only its description
 * (so it shows as text and counts as "hours unknown"). "24 hours" descriptions without times → allDay.
 * `locationZone` is the location's IANA zone, if known.
 */
export function schedulesFromHsds(raw: unknown, locationZone?: string): Schedule[] {
  if (!Array.isArray(raw)) return [];
  const out: Schedule[] = [];
  for (const s of raw) {
    if (!s || typeof s !== 'object') continue;
    const r = s as Record<string, unknown>;
    const freq = typeof r.freq === 'string' ? r.freq.trim().toUpperCase() : undefined;
    const description = textOf(r.description) ?? textOf(r.notes);
    const schedule: Schedule = {rules: []};
    const offset = parseUtcOffset(r.timezone);
    if (offset !== undefined) schedule.utcOffsetMinutes = offset;
    else if (isTimeZone(r.timezone)) schedule.timezone = r.timezone;
    if (!schedule.timezone && locationZone && isTimeZone(locationZone)) schedule.timezone = locationZone;
    const from = isoDate(r.valid_from) ?? isoDate(r.dtstart);
    const to = isoDate(r.valid_to) ?? isoDate(r.until);
    if (from) schedule.validFrom = from;
    if (to) schedule.validTo = to;
    if (description) schedule.description = description;
    const weekly = !freq || freq === 'WEEKLY' || freq === 'DAILY';
    const interval = Number(r.interval ?? 1);
    if (weekly && (!Number.isFinite(interval) || interval <= 1)) {
      const days = parseByDay(r.byday) ?? (freq === 'DAILY' || (!freq && r.byday == null) ? ALL_DAYS : undefined);
      const opens = parseClock(r.opens_at);
      const closes = parseClock(r.closes_at);
      if (days && opens !== undefined && closes !== undefined && opens < DAY) {
        schedule.rules.push(normaliseRule({days, opens, closes}));
      } else if (days && r.opens_at == null && r.closes_at == null && description && ALL_DAY_TEXT.test(description)) {
        schedule.allDay = true;
        schedule.rules.push({days: parseByDay(r.byday) ?? ALL_DAYS, opens: 0, closes: DAY});
      }
    }
    if (!schedule.rules.length && !description) continue;
    if (schedule.rules.length && isAllDay(schedule.rules)) schedule.allDay = true;
    out.push(schedule);
  }
  return mergeSameValidity(out);
}

/** 24-hour conventions: 00:00–23:59, 00:00–00:00 and 00:00–24:00 all mean the whole day. */
function normaliseRule(rule: OpeningRule): OpeningRule {
  const {opens} = rule;
  let {closes} = rule;
  if (closes === 1439 && opens !== 1439) closes = DAY; // "until 23:59" means until midnight
  if (opens === 0 && closes === 0) closes = DAY;
  return {days: rule.days, opens, closes};
}

function isAllDay(rules: OpeningRule[]): boolean {
  return rules.some((r) => r.opens === 0 && r.closes === DAY);
}

/** HSDS often gives one schedule per day range; keep them as they are but drop exact duplicates. */
function mergeSameValidity(list: Schedule[]): Schedule[] {
  if (list.length < 2) return list;
  const seen = new Set<string>();
  return list.filter((s) => {
    const key = JSON.stringify(s);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
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

const partsFormat = (zone: string) =>
  dateTimeFormat('en-US', {timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric'});

const offsetCache = new Map<string, number>();

/** Offset of `zone` from UTC at `instant`, in minutes (cached per zone and quarter hour). */
export function zoneOffset(zone: string, instant: number): number {
  const bucket = Math.floor(instant / (15 * MINUTE));
  const key = `${zone}|${bucket}`;
  let off = offsetCache.get(key);
  if (off === undefined) {
    const at = bucket * 15 * MINUTE;
    const p: Record<string, number> = {};
    for (const part of partsFormat(zone).formatToParts(at)) if (part.type !== 'literal') p[part.type] = Number(part.value);
    const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour % 24, p.minute, p.second);
    off = Math.round((asUtc - at) / MINUTE);
    if (offsetCache.size > 50_000) offsetCache.clear();
    offsetCache.set(key, off);
  }
  return off;
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

/**
 * Open, closed or unknown at `now`. Open: `closesAt` (ms) and `closesInMinutes`, or `allDay` when
 * it is open around the clock for the coming week. Closed: `opensAt` when it opens within a week.
 * Unknown when there are no readable hours, or none of the schedules can be placed in time.
 */
export function openStatus(schedules: readonly Schedule[] | undefined, now: Date | number, fallbackTz?: string): OpenStatus {
  const t = typeof now === 'number' ? now : now.getTime();
  if (!schedules || !Number.isFinite(t) || !hasHours(schedules)) return {state: 'unknown'};
  // A schedule whose validity has ended says nothing about today: expired hours are unknown hours.
  const usable = schedules.filter((s) => {
    if (!s.rules.length) return false;
    const clock = clockOf(s, fallbackTz, t);
    if (!clock) return false;
    const w = wallAt(clock, t);
    return !s.validTo || s.validTo >= ymd(w.year, w.month, w.day);
  });
  if (!usable.length) return {state: 'unknown'};
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

const WORDS = {
  en: {allDay: 'Open 24 hours', closed: 'Closed', nextDay: '(next day)'},
  es: {allDay: 'Abierto 24 horas', closed: 'Cerrado', nextDay: '(día siguiente)'},
};

/**
 * One row per day, Monday first, from the schedules valid on `on` (default: today). Days without
 * rules read "Closed" only when some day has hours; callers show descriptions for the rest.
 */
export function weeklyHours(schedules: readonly Schedule[] | undefined, lang: string = 'en', on: Date | number = Date.now()): WeeklyRow[] {
  const tag = lang || 'en';
  const words = WORDS[tag.slice(0, 2).toLowerCase() === 'es' ? 'es' : 'en'];
  const date = ymdOf(typeof on === 'number' ? on : on.getTime());
  const valid = (schedules ?? []).filter((s) => s.rules.length && validOn(s, date));
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
