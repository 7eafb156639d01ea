/**
 * The directory's results between the services loaded and the list: filtered, and memoised on what
 * they depend on (the clock only matters for "open now": an idle page does not re-filter every
 * minute), and the languages the loaded services are offered in, by name.
 */
import type {Resource, ResourceFilters} from '../../model/resource.js';
import {applyFilters, engine, type FilterResult} from './data.js';
import type {CategoryOption} from './config.js';

export class DirectoryResults {
  private filtered?: {key: string; items: readonly Resource[]; value: FilterResult[]; minute: number};
  private languages?: {items: readonly Resource[]; tag: string; value: string[]};

  /** Whether the last results were filtered in this minute (open / closed is as shown). */
  fresh(minute: number): boolean {
    return this.filtered?.minute === minute;
  }

  get(items: readonly Resource[], f: ResourceFilters, now: number, zone: string, categories: string | undefined, parsed: CategoryOption[] | undefined): FilterResult[] {
    const minute = Math.floor(now / 60_000);
    const key = JSON.stringify([f, f.openNow ? minute : 0, categories, zone]);
    if (this.filtered && this.filtered.key === key && this.filtered.items === items) return this.filtered.value;
    const value = applyFilters(items, f, now, zone, parsed);
    this.filtered = {key, items, value, minute};
    return value;
  }

  /** The languages services are offered in (keys), sorted by their names in `tag`. */
  languageKeys(items: readonly Resource[], tag: string, name: (code: string) => string): string[] {
    if (this.languages?.items === items && this.languages.tag === tag) return this.languages.value;
    if (!items.length) return [];
    const set = new Set<string>();
    const {languageKey} = engine(); // services are here, so the engine is
    for (const r of items) for (const l of r.languages) if (l) set.add(languageKey(l));
    const value = [...set].sort((a, b) => name(a).localeCompare(name(b)));
    this.languages = {items, tag, value};
    return value;
  }
}
