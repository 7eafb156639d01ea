/**
 * The finder's filters, exactly as the public contract (issue 4, "Semantics") states them:
 * - `day`: any of the days (`today` / `tomorrow` resolve in the visitor's zone); by-appointment
 *   meetings only show when no day is chosen;
 * - `time`: any of the buckets, by the meeting's local start (the ranges overlap);
 * - `types`: every listed code present, every `-CODE` absent;
 * - `attendance`: `online` = can be joined online (online-only and hybrid), `in-person` = can be
 *   attended in person (in-person-only and hybrid), `hybrid` = both;
 * - `region`: the name at any level of the meeting's region path (case- and accent-insensitive);
 * - `query`: every word (case- and accent-insensitive) found in the name, location, address,
 *   regions, group or notes;
 * - `near` (+ `radius` in `distanceUnit`, miles by default): great-circle distance on each result;
 *   meetings without coordinates (or with only an approximate location) are left out, results are
 *   sorted by distance;
 * - `languages`: any of the languages (BCP 47) that a meeting's language type codes name (`S` →
 *   `es`, `ASL` → `ase`); a meeting without a language code matches none.
 * Folded search text is computed once per meeting (a hidden symbol field), so a keystroke costs a
 * substring scan. When the visitor only lengthens the query, passing the previous result as `list`
 * gives the same answer faster.
 */
import type {Meeting, MeetingFilters, Occurrence} from './meeting.js';
import {distance} from './geo.js';
import {fold, queryWords} from './text.js';
import {canonicalType, LANGUAGE_TYPES} from './meeting-type-codes.js';
import {inTimeOfDay, resolveDays} from './meeting-time.js';

/** A non-enumerable field on each meeting holding its folded search text (faster than a WeakMap lookup). */
const SEARCH = Symbol('peerkit.search');
type Searchable = Meeting & {[SEARCH]?: string};

/** The folded text a query word must be found in (computed once per meeting object). */
export function searchText(m: Meeting): string {
  let s = (m as Searchable)[SEARCH];
  if (s === undefined) {
    s = fold([m.name, m.location, m.address, m.regions.join(' '), m.group, m.notes].filter(Boolean).join('\n'));
    Object.defineProperty(m, SEARCH, {value: s, enumerable: false, configurable: true});
  }
  return s;
}

const regionCache = new WeakMap<Meeting, string[]>();
function foldedRegions(m: Meeting): string[] {
  let r = regionCache.get(m);
  if (!r) {
    r = m.regions.map((x) => fold(x.trim()));
    regionCache.set(m, r);
  }
  return r;
}

/** Splits type filters into codes that must be present and codes that must be absent. */
export function splitTypes(types: readonly string[] | undefined): {include: string[]; exclude: string[]} {
  const include: string[] = [];
  const exclude: string[] = [];
  for (const raw of types ?? []) {
    const neg = raw.startsWith('-');
    const code = canonicalType(neg ? raw.slice(1) : raw);
    if (code) (neg ? exclude : include).push(code);
  }
  return {include, exclude};
}

/**
 * The occurrences that pass every filter. Returns new objects only when `near` adds a distance
 * (sorted by it); otherwise the same objects, in the given (upcoming-first) order.
 */
export function filterOccurrences(list: readonly Occurrence[], filters: MeetingFilters, now: number, visitorTz: string): Occurrence[] {
  const days = filters.day?.length ? new Set(resolveDays(filters.day, now, visitorTz)) : undefined;
  const times = filters.time?.length ? filters.time : undefined;
  const {include, exclude} = splitTypes(filters.types);
  const attendance = filters.attendance;
  const region = filters.region ? fold(filters.region.trim()) : '';
  const words = queryWords(filters.query);
  const near = filters.near;
  const unit = filters.distanceUnit ?? 'mi';
  const radius = filters.radius !== undefined && filters.radius > 0 ? filters.radius : undefined;
  const languages = filters.languages?.length ? filters.languages : undefined;

  // No filter at all (every first paint): the list as it is, without a pass over every occurrence
  // (measured: 18–37 ms on 14,600 occurrences in a page whose code is not yet optimised).
  if (!days && !times && !include.length && !exclude.length && !attendance && !region && !words.length && !near && !languages) return list.slice();

  const out: Occurrence[] = [];
  outer: for (const occ of list) {
    const m = occ.meeting;
    if (days && (occ.day === null || !days.has(occ.day))) continue;
    if (times) {
      if (m.start === null) continue;
      let ok = false;
      for (const t of times) if (inTimeOfDay(m.start, t)) ok = true;
      if (!ok) continue;
    }
    for (const c of include) if (!m.types.includes(c)) continue outer;
    for (const c of exclude) if (m.types.includes(c)) continue outer;
    if (attendance === 'online' && !m.online) continue;
    if (attendance === 'in-person' && !m.inPerson) continue;
    if (attendance === 'hybrid' && !(m.online && m.inPerson)) continue;
    if (region && !foldedRegions(m).includes(region)) continue;
    if (languages && !inLanguages(m.types, languages)) continue;
    if (words.length) {
      const s = searchText(m);
      for (const w of words) if (!s.includes(w)) continue outer;
    }
    if (near) {
      if (m.latitude === undefined || m.longitude === undefined || m.approximate) continue;
      const d = distance(near, {lat: m.latitude, lng: m.longitude}, unit);
      if (radius !== undefined && d > radius) continue;
      out.push({...occ, distance: d});
      continue;
    }
    out.push(occ);
  }
  if (near) out.sort((a, b) => a.distance! - b.distance! || (a.nextStart ?? Infinity) - (b.nextStart ?? Infinity));
  return out;
}

/**
 * Whether a meeting's types name any of `languages` (lower-case BCP 47: `es`, `ase`). A meeting
 * with no language code matches none: a feed rarely tags its main language, and guessing it would
 * put English meetings under "Spanish" in a Spanish-speaking area's feed.
 */
export function inLanguages(types: readonly string[], languages: readonly string[]): boolean {
  for (const c of types) {
    const l = LANGUAGE_TYPES[c];
    if (l && languages.includes(l)) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Filter options.

export interface RegionNode {
  name: string;
  /** Names from the top level down to this one. */
  path: string[];
  /** Meetings in this region or below. */
  count: number;
  children: RegionNode[];
}

/** The region hierarchy with meeting counts, each level sorted by name. */
export function regionTree(meetings: readonly Meeting[], tag = 'en'): RegionNode[] {
  const root: RegionNode = {name: '', path: [], count: 0, children: []};
  const index = new Map<string, RegionNode>();
  // Adapters share equal region lists between meetings: walk each distinct list once, with its count.
  const lists = new Map<readonly string[], number>();
  for (const m of meetings) if (m.regions.length) lists.set(m.regions, (lists.get(m.regions) ?? 0) + 1);
  for (const [regions, count] of lists) {
    let parent = root;
    for (let i = 0; i < regions.length; i++) {
      const name = regions[i].trim();
      if (!name) continue;
      const path = [...parent.path, name];
      const key = path.join('\u0000');
      let node = index.get(key);
      if (!node) {
        node = {name, path, count: 0, children: []};
        index.set(key, node);
        parent.children.push(node);
      }
      node.count += count;
      parent = node;
    }
  }
  const collator = new Intl.Collator(tag, {sensitivity: 'base', numeric: true});
  const sort = (nodes: RegionNode[]) => {
    nodes.sort((a, b) => collator.compare(a.name, b.name));
    for (const n of nodes) sort(n.children);
  };
  sort(root.children);
  return root.children;
}

/** The tree flattened depth-first, with each node's depth (for an indented list or a select). */
export function flattenRegions(tree: readonly RegionNode[], depth = 0, out: {node: RegionNode; depth: number}[] = []): {node: RegionNode; depth: number}[] {
  for (const node of tree) {
    out.push({node, depth});
    flattenRegions(node.children, depth + 1, out);
  }
  return out;
}

/** Every type code used by the meetings, most used first, then by code. */
export function availableTypes(meetings: readonly Meeting[]): string[] {
  const counts = typeCounts(meetings);
  return [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || (a < b ? -1 : a > b ? 1 : 0));
}

/** How many meetings carry each type code. */
export function typeCounts(meetings: readonly Meeting[]): Map<string, number> {
  // Adapters share equal type lists between meetings: count each distinct list once.
  const lists = new Map<readonly string[], number>();
  for (const m of meetings) if (m.types.length) lists.set(m.types, (lists.get(m.types) ?? 0) + 1);
  const counts = new Map<string, number>();
  for (const [types, n] of lists) for (const c of types) counts.set(c, (counts.get(c) ?? 0) + n);
  return counts;
}

/**
 * The meeting languages of a feed (BCP 47, most meetings first), for the language filter: empty
 * unless it is worth offering, that is two languages or more, or one that not every meeting has
 * (a feed of English meetings with a few tagged `S`: "Spanish" is worth a checkbox; a feed whose
 * every meeting is tagged `EN` is not).
 */
export function availableLanguages(meetings: readonly Meeting[], counts: Map<string, number> = typeCounts(meetings)): string[] {
  const byLang = new Map<string, number>();
  for (const [code, n] of counts) {
    const l = LANGUAGE_TYPES[code];
    if (l) byLang.set(l, (byLang.get(l) ?? 0) + n);
  }
  const langs = [...byLang.keys()].sort((a, b) => byLang.get(b)! - byLang.get(a)! || (a < b ? -1 : 1));
  if (langs.length === 1 && meetings.every((m) => inLanguages(m.types, langs))) return [];
  return langs;
}
