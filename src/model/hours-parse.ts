/**
 * Reading HSDS schedules into the hours engine's `Schedule` (the engine itself is `hours.ts`).
 * A module of its own because only the HSDS adapter needs it: it travels in the adapter's lazy
 * chunk, not in the directory's first load.
 */
import type {OpeningRule, Schedule} from './resource.js';
import {isTimeZone} from './hours.js';

const DAY_CODES: Record<string, number> = {SU: 0, MO: 1, TU: 2, WE: 3, TH: 4, FR: 5, SA: 6};
const ALL_DAYS = [0, 1, 2, 3, 4, 5, 6];
const DAY = 1440;

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

