/**
 * Client-side search and filters over resources (JSON file mode, and refining an API page):
 * words, category (term id or name, or a plain-language preset), near + radius, open now,
 * language and cost. Folded search text is computed once per resource, and hours once per
 * resource per minute, so a keystroke over 2,000 services stays within a few milliseconds.
 */
import type {OpenStatus, Resource, ResourceFilters} from './resource.js';
import {distance} from './geo.js';
import {fold, queryWords} from './text.js';
import {openStatus} from './hours.js';
import {languageKey} from './resource-language.js';
import {categoryLabels, type CategoryLabel} from './resource-categories.js';
import {containsAllWords, searchAlternatives} from './search-synonyms.js';

export interface CategoryPreset extends CategoryLabel {
  /**
   * Words or phrases matched as whole words against taxonomy term names (folded), and exactly
   * against term codes and ids.
   */
  terms: string[];
}

/** What each built-in category matches (its id and labels are in `resource-categories.ts`). */
const TERMS: Record<string, string[]> = {
  detox: ['detox', 'detoxification', 'withdrawal', 'withdrawal management', 'desintoxicacion', 'abstinencia'],
  treatment: ['substance use treatment', 'substance use disorder', 'substance abuse', 'addiction', 'addiction treatment', 'drug treatment', 'alcohol treatment', 'rehab', 'rehabilitation', 'outpatient', 'intensive outpatient', 'iop', 'residential treatment', 'inpatient', 'tratamiento', 'adicciones'],
  moud: ['medication for opioid use disorder', 'moud', 'mat', 'medication assisted treatment', 'medication assisted', 'opioid treatment program', 'otp', 'buprenorphine', 'suboxone', 'methadone', 'naltrexone', 'vivitrol', 'metadona', 'buprenorfina'],
  'recovery-housing': ['sober living', 'sober house', 'recovery housing', 'recovery residence', 'recovery residences', 'recovery home', 'halfway house', 'oxford house', 'vivienda de recuperacion'],
  'harm-reduction': ['harm reduction', 'naloxone', 'narcan', 'syringe', 'syringe services', 'syringe exchange', 'needle exchange', 'fentanyl test strips', 'drug checking', 'overdose prevention', 'reduccion de danos', 'naloxona', 'jeringas'],
  'peer-support': ['peer support', 'peer', 'peer recovery', 'support group', 'support groups', 'mutual aid', 'mutual support', 'recovery support', 'self help', 'apoyo entre pares', 'grupo de apoyo', 'grupos de apoyo'],
  crisis: ['crisis', 'crisis hotlines', 'hotline', 'hotlines', 'helpline', 'suicide', 'suicide prevention', '988', 'crisis intervention', 'linea de ayuda', 'linea de crisis'],
  housing: ['housing', 'shelter', 'shelters', 'homeless', 'homelessness', 'rental assistance', 'vivienda', 'refugio'],
  legal: ['legal', 'legal aid', 'legal services', 'expungement', 'record clearing', 'asistencia legal', 'ayuda legal'],
  'mental-health': ['mental health', 'behavioral health', 'counseling', 'counselling', 'therapy', 'psychiatry', 'psychiatric', 'salud mental', 'terapia'],
};

/** Plain-language categories for recovery services. Sites can pass their own list instead. */
export const categoryPresets: CategoryPreset[] = categoryLabels.map((c) => ({...c, terms: TERMS[c.id]}));

export interface FilterResult {
  resource: Resource;
  /** In `filters.distanceUnit` (default mi), when `near` was given and the resource has coordinates. */
  distance?: number;
  status: OpenStatus;
}

export interface FilterOptions {
  /** The category list in use (default `categoryPresets`); a `category` naming a preset id uses its terms. */
  presets?: readonly CategoryPreset[];
  /** The embed's time zone, for schedules that give neither an offset nor a zone. */
  timezone?: string;
}

interface Indexed {
  /** Folded name, alternate name, description, organisation and taxonomy terms. */
  text: string;
  /** Folded name alone (for ranking). */
  name: string;
  /** ` word word ` forms of each term name, for whole-word matching. */
  termWords: string[];
  termKeys: Set<string>;
  langs: Set<string>;
  points: {lat: number; lng: number}[];
  /** Has a physical location (so a radius applies to it). */
  physical: boolean;
  categoryMatch: Map<string, boolean>;
  status?: {minute: number; tz: string | undefined; value: OpenStatus};
}

const index = new WeakMap<Resource, Indexed>();
const words = (s: string) => ` ${fold(s).split(/[^\p{L}\p{N}]+/u).filter(Boolean).join(' ')} `;

function indexOf(r: Resource): Indexed {
  let ix = index.get(r);
  if (ix) return ix;
  const cats = r.categories ?? [];
  const text = fold([r.name, r.alternateName, r.description, r.organization?.name, ...cats.map((c) => c.name)].filter(Boolean).join('\n'));
  const points: {lat: number; lng: number}[] = [];
  for (const l of r.locations?.length ? r.locations : r.location ? [r.location] : []) {
    if (typeof l.latitude === 'number' && typeof l.longitude === 'number') points.push({lat: l.latitude, lng: l.longitude});
  }
  const physical = points.length > 0 || (r.locations ?? []).some((l) => !!l.address && !/virtual|redacted|postal/i.test(l.type ?? ''));
  ix = {
    text,
    name: fold(r.name),
    termWords: cats.map((c) => words(c.name)),
    termKeys: new Set(cats.flatMap((c) => [c.id, c.code, c.name].filter((x): x is string => !!x).map(fold))),
    langs: new Set([...(r.languages ?? []), ...(r.locations ?? []).flatMap((l) => l.languages ?? []), ...(r.phones ?? []).flatMap((p) => p.languages ?? [])].map(languageKey)),
    points,
    physical,
    categoryMatch: new Map(),
  };
  index.set(r, ix);
  return ix;
}

const presetIds = new WeakMap<readonly CategoryPreset[], number>();
let presetSeq = 0;

function matchesCategory(ix: Indexed, category: string, presets: readonly CategoryPreset[]): boolean {
  let listId = presetIds.get(presets);
  if (listId === undefined) presetIds.set(presets, (listId = ++presetSeq));
  const cacheKey = `${listId}|${category}`;
  let hit = ix.categoryMatch.get(cacheKey);
  if (hit !== undefined) return hit;
  const key = fold(category.trim());
  const preset = presets.find((p) => p.id === category);
  if (ix.termKeys.has(key)) hit = true;
  else if (preset) {
    const terms = preset.terms.map((t) => words(t));
    hit = preset.terms.some((t) => ix.termKeys.has(fold(t))) || ix.termWords.some((w) => terms.some((t) => w.includes(t)));
  } else hit = false;
  ix.categoryMatch.set(cacheKey, hit);
  return hit;
}

/** `status` values that mean the service is not running, whatever its hours say. */
const NOT_RUNNING = /^(?:inactive|defunct|closed|temporarily[ _-]?closed|permanently[ _-]?closed|suspended)$/i;

/**
 * The hours verdict for a resource: its schedules through the hours engine, except that a service
 * whose `status` says it is not running (inactive, defunct, temporarily closed) is closed, with no
 * opening time, and never "open".
 */
export function resourceStatus(r: Resource, now: Date | number, timezone?: string): OpenStatus {
  if (r.status && NOT_RUNNING.test(r.status.trim())) return {state: 'closed'};
  return openStatus(r.schedules, now, timezone);
}

/** Hours verdict for a resource (see `resourceStatus`), computed at most once per minute. */
export function statusAt(r: Resource, now: number, timezone?: string): OpenStatus {
  const ix = indexOf(r);
  const minute = Math.floor(now / 60_000);
  if (ix.status && ix.status.minute === minute && ix.status.tz === timezone) return ix.status.value;
  const value = resourceStatus(r, now, timezone);
  ix.status = {minute, tz: timezone, value};
  return value;
}

/**
 * Resources matching every given filter. With `near`, sorted by distance (services without
 * coordinates, such as hotlines, last) and, with `radius`, limited to it (services with no physical
 * location stay: they serve everyone). Otherwise ranked: name matches before other matches, then
 * in the given order.
 */
export function filterResources(resources: readonly Resource[], filters: ResourceFilters = {}, now: Date | number = Date.now(), options: FilterOptions = {}): FilterResult[] {
  const t = typeof now === 'number' ? now : now.getTime();
  // Each word with its synonyms: "suboxone" finds buprenorphine services (`search-synonyms.ts`).
  const q = queryWords(filters.query).map(searchAlternatives);
  const presets = options.presets ?? categoryPresets;
  const category = filters.category?.trim();
  const lang = filters.language?.trim() ? languageKey(filters.language) : undefined;
  const near = filters.near;
  const unit = filters.distanceUnit ?? 'mi';
  const radius = typeof filters.radius === 'number' && filters.radius > 0 ? filters.radius : undefined;
  const out: FilterResult[] = [];
  const ranks: number[] = [];
  for (let i = 0; i < resources.length; i++) {
    const r = resources[i];
    const ix = indexOf(r);
    if (q.length && !containsAllWords(ix.text, q)) continue;
    if (category && !matchesCategory(ix, category, presets)) continue;
    if (lang && !ix.langs.has(lang)) continue;
    if (filters.cost === 'free' && r.free !== true) continue;
    let d: number | undefined;
    if (near) {
      for (const p of ix.points) {
        const x = distance(near, p, unit);
        if (d === undefined || x < d) d = x;
      }
      if (radius !== undefined && (d === undefined ? ix.physical : d > radius)) continue;
    }
    const status = statusAt(r, t, options.timezone);
    if (filters.openNow && status.state !== 'open') continue;
    const result: FilterResult = d === undefined ? {resource: r, status} : {resource: r, distance: d, status};
    out.push(result);
    // Rank: name matches first (0), then other matches (1); ties keep the given order.
    ranks.push((q.length && containsAllWords(ix.name, q) ? 0 : resources.length) + i);
  }
  if (near || q.length) {
    const order = out.map((_, k) => k);
    if (near) order.sort((a, b) => (out[a].distance ?? Infinity) - (out[b].distance ?? Infinity) || ranks[a] - ranks[b]);
    else order.sort((a, b) => ranks[a] - ranks[b]);
    return order.map((k) => out[k]);
  }
  return out;
}

/** The preset for an id, if any. */
export function presetById(id: string, presets: readonly CategoryPreset[] = categoryPresets): CategoryPreset | undefined {
  return presets.find((p) => p.id === id);
}

/** Does a taxonomy term name belong to a preset? (Used to map presets onto an API's own terms.) */
export function presetMatchesTerm(preset: CategoryPreset, term: {id: string; name: string; code?: string}): boolean {
  const w = words(term.name);
  const keys = [term.id, term.code, term.name].filter((x): x is string => !!x).map(fold);
  return preset.terms.some((t) => keys.includes(fold(t)) || w.includes(words(t)));
}
