/**
 * Attribute strings ↔ the `MeetingFilters` the model filters with. Attributes are what the page and
 * the URL hold (`day="1 3 today"`, `types="O -C"`, `near="40.7,-74"`); the model wants typed values.
 * Words are read case-insensitively with surrounding spaces trimmed (`attendance=" Online "`,
 * `distance-unit="KM"`), and come back in their canonical lower-case form.
 * Malformed parts are dropped, never thrown: a typo in an embed must not blank the widget.
 */
import type {Attendance, DistanceUnit, MeetingFilters, TimeOfDay} from '../../model/meeting.js';
import {parseLatLng} from '../../model/geo.js';
import {LANGUAGE_TYPES} from '../../model/meeting-type-codes.js';

export const TIMES: TimeOfDay[] = ['morning', 'midday', 'evening', 'night'];
export const ATTENDANCES: Attendance[] = ['in-person', 'online', 'hybrid'];

/** The attribute-level filter state of a finder (each a string as the attribute holds it). */
export interface FilterAttributes {
  day?: string;
  time?: string;
  types?: string;
  attendance?: string;
  region?: string;
  languages?: string;
  query?: string;
  near?: string;
  radius?: number;
  distanceUnit?: string;
}

export const words = (s: string | undefined | null): string[] => (s ? s.trim().split(/\s+/).filter(Boolean) : []);

export function parseDays(s: string | undefined): (number | 'today' | 'tomorrow')[] {
  const out: (number | 'today' | 'tomorrow')[] = [];
  for (const w of words(s)) {
    const v = w.toLowerCase();
    if (v === 'today' || v === 'tomorrow') out.push(v);
    else if (/^[0-6]$/.test(v)) out.push(Number(v));
  }
  return [...new Set(out)];
}

export function parseTimes(s: string | undefined): TimeOfDay[] {
  return [...new Set(words(s).map((w) => w.toLowerCase()).filter((w): w is TimeOfDay => (TIMES as string[]).includes(w)))];
}

/** Type codes upper-cased; `-CODE` kept as an exclusion. */
export function parseTypes(s: string | undefined): string[] {
  return [...new Set(words(s).map((w) => (w.startsWith('-') ? '-' + w.slice(1).toUpperCase() : w.toUpperCase())).filter((w) => w !== '-'))];
}

/**
 * Meeting languages, lower-case BCP 47 (`es fr ase`); a Meeting Guide code of three letters or more
 * is read as its language too (`ASL` → `ase`, `ITA` → `it`), so a site can write either.
 */
export function parseLanguages(s: string | undefined): string[] {
  const out: string[] = [];
  for (const w of words(s)) {
    const upper = w.toUpperCase();
    const l = w.length > 2 && LANGUAGE_TYPES[upper] ? LANGUAGE_TYPES[upper] : w.toLowerCase();
    if (/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/.test(l)) out.push(l);
  }
  return [...new Set(out)];
}

/** `in-person`, `online` or `hybrid` (any case, spaces trimmed); undefined for anything else. */
export function parseAttendance(s: string | undefined): Attendance | undefined {
  const v = s?.trim().toLowerCase() ?? '';
  return (ATTENDANCES as string[]).includes(v) ? (v as Attendance) : undefined;
}

/** The `distance-unit` attribute: `km` (any case, spaces trimmed), else miles. */
export function parseUnit(s: string | undefined | null): DistanceUnit {
  return s?.trim().toLowerCase() === 'km' ? 'km' : 'mi';
}

/** The model's filters for the attribute state. */
export function toFilters(a: FilterAttributes): MeetingFilters {
  const f: MeetingFilters = {};
  const day = parseDays(a.day);
  if (day.length) f.day = day;
  const time = parseTimes(a.time);
  if (time.length) f.time = time;
  const types = parseTypes(a.types);
  if (types.length) f.types = types;
  const attendance = parseAttendance(a.attendance);
  if (attendance) f.attendance = attendance;
  if (a.region?.trim()) f.region = a.region.trim();
  const languages = parseLanguages(a.languages);
  if (languages.length) f.languages = languages;
  if (a.query?.trim()) f.query = a.query;
  const near = parseLatLng(a.near);
  if (near) {
    f.near = near;
    f.distanceUnit = parseUnit(a.distanceUnit);
    if (a.radius !== undefined && Number.isFinite(a.radius) && a.radius > 0) f.radius = a.radius;
  }
  return f;
}

/** How many filters the visitor can see switched on (for the compact "Filters (3)" toggle). */
export function activeFilterCount(a: FilterAttributes, favouritesOnly = false): number {
  const f = toFilters(a);
  return (f.day ? 1 : 0) + (f.time ? 1 : 0) + (f.types ? f.types.length : 0) + (f.attendance ? 1 : 0) + (f.region ? 1 : 0) + (f.languages ? 1 : 0) + (f.near ? 1 : 0) + (favouritesOnly ? 1 : 0);
}

/** Toggles one word in a space-separated attribute value (the same word in any case counts as it). */
export function toggleWord(s: string | undefined, word: string, on: boolean): string {
  const key = word.toLowerCase();
  const list = words(s).filter((w) => w.toLowerCase() !== key);
  if (on) list.push(word);
  return list.join(' ');
}

/** Sets a type code to required (`with`), excluded (`without`) or neither in a `types` value. */
export function setTypeMode(s: string | undefined, code: string, mode: 'any' | 'with' | 'without'): string {
  const list = parseTypes(s).filter((w) => w !== code && w !== '-' + code);
  if (mode === 'with') list.push(code);
  if (mode === 'without') list.push('-' + code);
  return list.join(' ');
}

export function typeMode(s: string | undefined, code: string): 'any' | 'with' | 'without' {
  const list = parseTypes(s);
  return list.includes(code) ? 'with' : list.includes('-' + code) ? 'without' : 'any';
}
