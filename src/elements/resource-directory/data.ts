/**
 * The directory's seam to the data layer: the HSDS adapter (file or API), the filter and the hours
 * engine, shaped for the element. Nothing here parses wire formats; that is `sources/hsds.ts`.
 */
import type {Resource, ResourceFilters, ResourceIssue} from '../../model/resource.js';
import type {WeeklyRow} from '../../model/hours.js';
import type {ResourceDirectoryStrings} from '../../locales/en/resource-directory.js';
import type {CategoryPreset, FilterResult, OptionCounts} from '../../model/resource-filter.js';
import type {FacetTerms} from '../../model/resource-facets.js';

export type CountWant = {category?: readonly string[]; language?: boolean; eligibility?: boolean; payment?: boolean};
import {categoryLabels} from '../../model/resource-categories.js';
import type {HsdsClient, SearchMemory} from '../../sources/hsds.js';
import type {CategoryOption} from './config.js';
import {retryableImport} from '../../core/lazy-import.js';

export type {FilterResult, SearchMemory};

export interface Page {
  resources: Resource[];
  issues: ResourceIssue[];
  hasMore: boolean;
}

type Engine = typeof import('./engine.js');

/**
 * The HSDS adapter (with its zod/mini schemas), the filter and the hours engine are a chunk of
 * their own (`engine.ts`), requested as soon as this module runs, so it downloads while the element
 * renders its search form: the widget's first paint does not wait for them, and the data request
 * does not wait long either. Every load goes through it, so once a service is on screen the engine
 * is here and filtering and hours stay synchronous.
 */
let adapter: Promise<Engine> | undefined;
let ready: Engine | undefined;
const loadEngine = retryableImport(() => import('./engine.js'));
const hsds = () => (adapter ??= loadEngine().then((m) => (ready = m)));
if (typeof window !== 'undefined') void hsds().catch(() => (adapter = undefined));

/** Whether the engine chunk is here (a preset language is named once it is). */
export function engineLoaded(): boolean {
  return !!ready;
}

/** The loaded engine (with the result cards); only called with services in hand, which only a finished load gives. */
export function engine(): Engine {
  if (!ready) throw new Error('resource-directory: the data engine is not loaded yet');
  return ready;
}

const clients = new Map<string, HsdsClient>();
async function client(base: string): Promise<HsdsClient> {
  let c = clients.get(base);
  if (!c) clients.set(base, (c = new (await hsds()).HsdsClient(base)));
  return c;
}

/** A JSON file holding an array of HSDS services: everything at once. */
export async function loadFile(url: string, signal: AbortSignal): Promise<Page> {
  const r = await (await hsds()).loadHsdsFile(url, {signal});
  return {resources: r.resources, issues: r.issues, hasMore: false};
}

/** Between the categories of one server search. */
export const CATEGORY_SEP = '\u001f';

/** One page of a server-side search. */
export async function searchServer(
  base: string,
  o: {query?: string; category?: string; page: number; perPage: number; signal?: AbortSignal; memory?: SearchMemory},
): Promise<Page> {
  // `category` holds several choices, joined by U+001F (`CATEGORY_SEP`: a category may hold spaces).
  const categories = (o.category ?? '').split(CATEGORY_SEP).filter(Boolean);
  const r = await (await client(base)).search({query: o.query || undefined, categories, page: o.page, perPage: o.perPage, signal: o.signal, memory: o.memory});
  return {resources: r.resources, issues: r.issues, hasMore: r.hasMore};
}

/** One fully nested service (`/services/{id}`). */
export async function fetchOne(base: string, id: string): Promise<Resource> {
  return (await client(base)).get(id);
}

/** Site categories become filter presets (their own `terms`, or their id and labels as terms). */
function presetsFor(options: CategoryOption[] | undefined): readonly CategoryPreset[] {
  const {categoryPresets} = engine();
  if (!options) return categoryPresets;
  return options.map((o) => {
    const builtIn = categoryPresets.find((p) => p.id === o.id);
    const labels = typeof o.label === 'string' ? [o.label] : Object.values(o.label).filter((x): x is string => !!x);
    const label = typeof o.label === 'string' ? {en: o.label, es: o.label} : {en: o.label.en ?? labels[0] ?? o.id, es: o.label.es ?? o.label.en ?? labels[0] ?? o.id};
    return {id: o.id, label, terms: o.terms ?? builtIn?.terms ?? [o.id, ...labels]};
  });
}

export function applyFilters(items: readonly Resource[], filters: ResourceFilters, now: number, timezone: string, categories?: CategoryOption[], terms?: FacetTerms): FilterResult[] {
  if (!items.length) return [];
  return engine().filterResources(items, filters, now, {presets: presetsFor(categories), timezone, terms});
}

/** Counts per option of the asked filters (`optionCounts`), with the same presets and site terms as the results. */
export function countOptions(items: readonly Resource[], filters: ResourceFilters, now: number, timezone: string, categories: CategoryOption[] | undefined, terms: FacetTerms | undefined, want: CountWant): OptionCounts {
  return engine().optionCounts(items, filters, now, {presets: presetsFor(categories), timezone, terms}, want);
}

/** The built-in plain-language categories for recovery services, named from the directory's table (`names`, by id). */
export function presetCategoryOptions(names: Readonly<Record<string, string>>): CategoryOption[] {
  return categoryLabels.map((p) => ({id: p.id, label: Object.hasOwn(names, p.id) ? names[p.id] : p.label}));
}

/** Monday-first weekly rows, or none when the record has no readable hours. */
export function weekOf(r: Resource, lang: string, now: number, zone: string | undefined, s: Pick<ResourceDirectoryStrings, 'allDay' | 'closedDay' | 'nextDay'>): WeeklyRow[] {
  const {hasHours, weeklyHours} = engine();
  return hasHours(r.schedules) ? weeklyHours(r.schedules, lang, now, zone, {allDay: s.allDay, closed: s.closedDay, nextDay: s.nextDay}) : [];
}

/** When every schedule of the record has expired: the last date they were valid on (the hours may be out of date). */
export function hoursExpiredOn(r: Resource, now: number, zone?: string): string | undefined {
  return engine().hoursExpiredOn(r.schedules, now, zone);
}
