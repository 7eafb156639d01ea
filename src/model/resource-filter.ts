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
import {eligibilityOf, paymentOf, standing, type Facet, type FacetState, type FacetTerms} from './resource-facets.js';

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
  /** The chosen eligibility / payment this service does not state (listed after those that do). */
  unstated?: Facet[];
}

export interface FilterOptions {
  /** The category list in use (default `categoryPresets`); a `category` naming a preset id uses its terms. */
  presets?: readonly CategoryPreset[];
  /** The embed's time zone, for schedules that give neither an offset nor a zone. */
  timezone?: string;
  /** The site's own taxonomy terms for eligibility and payment keys (`filter-terms`). */
  terms?: FacetTerms;
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
  /** Eligibility and payment, read once per site term map. */
  facets?: {terms: FacetTerms | undefined; eligibility: FacetState; payment: FacetState};
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

function facetsOf(r: Resource, ix: Indexed, terms: FacetTerms | undefined) {
  let f = ix.facets;
  if (!f || f.terms !== terms) ix.facets = f = {terms, eligibility: eligibilityOf(r, terms), payment: paymentOf(r, terms)};
  return f;
}

/** The filters, read once per search: several choices per filter, the aliases folded in. */
interface Prepared {
  q: (readonly string[])[];
  categories: string[];
  langs: string[];
  eligibility: string[];
  payment: string[];
  statedOnly: boolean;
  near?: {lat: number; lng: number};
  unit: 'mi' | 'km';
  radius?: number;
  openNow: boolean;
  presets: readonly CategoryPreset[];
  timezone?: string;
  terms?: FacetTerms;
}

const keysOf = (list: readonly (string | undefined)[]) => [...new Set(list.map((x) => x?.trim()).filter((x): x is string => !!x))];

function prepare(filters: ResourceFilters, options: FilterOptions): Prepared {
  return {
    // Each word with its synonyms: "suboxone" finds buprenorphine services (`search-synonyms.ts`).
    q: queryWords(filters.query).map(searchAlternatives),
    categories: keysOf([...(filters.categories ?? []), filters.category]),
    langs: keysOf([...(filters.languages ?? []), filters.language]).map(languageKey),
    eligibility: keysOf(filters.eligibility ?? []),
    payment: keysOf([...(filters.payment ?? []), filters.cost === 'free' ? 'free' : undefined]),
    statedOnly: !!filters.statedOnly,
    near: filters.near,
    unit: filters.distanceUnit ?? 'mi',
    radius: typeof filters.radius === 'number' && filters.radius > 0 ? filters.radius : undefined,
    openNow: !!filters.openNow,
    presets: options.presets ?? categoryPresets,
    timezone: options.timezone,
    terms: options.terms,
  };
}

/** Where one service stands against one facet's choices: passes (stated or not) or not at all. */
function facetPass(state: FacetState, chosen: readonly string[], statedOnly: boolean): 'yes' | 'unknown' | false {
  if (!chosen.length) return 'yes';
  const v = standing(state, chosen);
  return v === 'no' || (v === 'unknown' && statedOnly) ? false : v;
}

/** Distance to the nearest of a service's points (undefined without `near` or coordinates). */
function nearest(ix: Indexed, p: Prepared): number | undefined {
  let d: number | undefined;
  if (p.near)
    for (const pt of ix.points) {
      const x = distance(p.near, pt, p.unit);
      if (d === undefined || x < d) d = x;
    }
  return d;
}

/**
 * Resources matching every given filter: any of the choices within a filter, all filters together.
 * With `near`, sorted by distance (services without coordinates, such as hotlines, last) and, with
 * `radius`, limited to it (services with no physical location stay: they serve everyone). Otherwise
 * ranked: name matches before other matches, then in the given order. With eligibility or payment
 * chosen, the services that state a choice come first and those that do not say come after them
 * (`unstated` names which), unless `statedOnly`; a service that rules out every choice is left out.
 */
export function filterResources(resources: readonly Resource[], filters: ResourceFilters = {}, now: Date | number = Date.now(), options: FilterOptions = {}): FilterResult[] {
  const t = typeof now === 'number' ? now : now.getTime();
  const p = prepare(filters, options);
  const {q} = p;
  const out: FilterResult[] = [];
  const ranks: number[] = [];
  let unstated = false;
  for (let i = 0; i < resources.length; i++) {
    const r = resources[i];
    const ix = indexOf(r);
    if (q.length && !containsAllWords(ix.text, q)) continue;
    if (p.categories.length && !p.categories.some((c) => matchesCategory(ix, c, p.presets))) continue;
    if (p.langs.length && !p.langs.some((l) => ix.langs.has(l))) continue;
    let e: 'yes' | 'unknown' | false = 'yes';
    let pay: 'yes' | 'unknown' | false = 'yes';
    if (p.eligibility.length || p.payment.length) {
      const f = facetsOf(r, ix, p.terms);
      if (!(e = facetPass(f.eligibility, p.eligibility, p.statedOnly))) continue;
      if (!(pay = facetPass(f.payment, p.payment, p.statedOnly))) continue;
    }
    const d = nearest(ix, p);
    if (p.near && p.radius !== undefined && (d === undefined ? ix.physical : d > p.radius)) continue;
    const status = statusAt(r, t, p.timezone);
    if (p.openNow && status.state !== 'open') continue;
    const result: FilterResult = d === undefined ? {resource: r, status} : {resource: r, distance: d, status};
    if (e === 'unknown' || pay === 'unknown') {
      result.unstated = [...(e === 'unknown' ? ['eligibility' as const] : []), ...(pay === 'unknown' ? ['payment' as const] : [])];
      unstated = true;
    }
    out.push(result);
    // Rank: name matches first (0), then other matches (1); ties keep the given order.
    ranks.push((q.length && containsAllWords(ix.name, q) ? 0 : resources.length) + i);
  }
  if (p.near || q.length || unstated) {
    const order = out.map((_, k) => k);
    const group = (k: number) => (out[k].unstated ? 1 : 0);
    if (p.near) order.sort((a, b) => group(a) - group(b) || (out[a].distance ?? Infinity) - (out[b].distance ?? Infinity) || ranks[a] - ranks[b]);
    else order.sort((a, b) => group(a) - group(b) || ranks[a] - ranks[b]);
    return order.map((k) => out[k]);
  }
  return out;
}

export type CountFacet = 'category' | 'language' | 'eligibility' | 'payment';
export type OptionCounts = Partial<Record<CountFacet, Map<string, number>>>;

/**
 * For each option of each asked facet: how many services match every other filter and state that
 * option (a category's terms, a language, an eligibility or payment key said "yes"): what choosing
 * it would give, not counting the services that do not say. One pass over the services.
 * `want.category` lists the category options to count (their ids).
 */
export function optionCounts(
  resources: readonly Resource[],
  filters: ResourceFilters,
  now: Date | number,
  options: FilterOptions,
  want: {category?: readonly string[]; language?: boolean; eligibility?: boolean; payment?: boolean},
): OptionCounts {
  const t = typeof now === 'number' ? now : now.getTime();
  const p = prepare(filters, options);
  const out: OptionCounts = {};
  if (want.category) out.category = new Map();
  if (want.language) out.language = new Map();
  if (want.eligibility) out.eligibility = new Map();
  if (want.payment) out.payment = new Map();
  const add = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const r of resources) {
    const ix = indexOf(r);
    if (p.q.length && !containsAllWords(ix.text, p.q)) continue;
    if (p.near && p.radius !== undefined) {
      const d = nearest(ix, p);
      if (d === undefined ? ix.physical : d > p.radius) continue;
    }
    if (p.openNow && statusAt(r, t, p.timezone).state !== 'open') continue;
    const cat = !p.categories.length || p.categories.some((c) => matchesCategory(ix, c, p.presets));
    const lang = !p.langs.length || p.langs.some((l) => ix.langs.has(l));
    const f = want.eligibility || want.payment || p.eligibility.length || p.payment.length ? facetsOf(r, ix, p.terms) : undefined;
    const e = !f || !!facetPass(f.eligibility, p.eligibility, p.statedOnly);
    const pay = !f || !!facetPass(f.payment, p.payment, p.statedOnly);
    const fails = +!cat + +!lang + +!e + +!pay;
    if (fails > 1) continue;
    if (out.category && lang && e && pay) for (const c of want.category!) if (matchesCategory(ix, c, p.presets)) add(out.category, c);
    if (out.language && cat && e && pay) for (const l of ix.langs) add(out.language, l);
    if (out.eligibility && cat && lang && pay) for (const [k, v] of f!.eligibility) if (v === 'yes') add(out.eligibility, k);
    if (out.payment && cat && lang && e) for (const [k, v] of f!.payment) if (v === 'yes') add(out.payment, k);
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
