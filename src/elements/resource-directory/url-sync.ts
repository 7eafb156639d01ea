/**
 * `sync-url`: the directory's filters in the page's query string under namespaced keys (`rd-q`,
 * `rd-category`, `rd-near`, `rd-radius`, `rd-open`, `rd-language`, `rd-cost`), so a search can be
 * shared or bookmarked without clashing with the host page's own parameters.
 */
export const URL_KEYS = {
  query: 'rd-q',
  category: 'rd-category',
  near: 'rd-near',
  radius: 'rd-radius',
  openNow: 'rd-open',
  language: 'rd-language',
  cost: 'rd-cost',
} as const;

export type UrlFilters = {
  query?: string;
  category?: string;
  near?: string;
  radius?: number;
  openNow?: boolean;
  language?: string;
  cost?: string;
};

export function readUrlFilters(search = location.search): UrlFilters {
  const p = new URLSearchParams(search);
  const out: UrlFilters = {};
  const get = (k: string) => p.get(k) ?? undefined;
  if (p.has(URL_KEYS.query)) out.query = get(URL_KEYS.query);
  if (p.has(URL_KEYS.category)) out.category = get(URL_KEYS.category);
  if (p.has(URL_KEYS.near)) out.near = get(URL_KEYS.near);
  if (p.has(URL_KEYS.radius)) {
    const r = Number(get(URL_KEYS.radius));
    if (Number.isFinite(r) && r > 0) out.radius = r;
  }
  if (p.has(URL_KEYS.openNow)) out.openNow = p.get(URL_KEYS.openNow) !== '0';
  if (p.has(URL_KEYS.language)) out.language = get(URL_KEYS.language);
  if (p.has(URL_KEYS.cost)) out.cost = get(URL_KEYS.cost);
  return out;
}

/** Writes the filters with `history.replaceState` (no new history entry per keystroke). */
export function writeUrlFilters(f: UrlFilters): void {
  const url = new URL(location.href);
  const set = (k: string, v: string | undefined) => (v ? url.searchParams.set(k, v) : url.searchParams.delete(k));
  set(URL_KEYS.query, f.query?.trim() || undefined);
  set(URL_KEYS.category, f.category);
  set(URL_KEYS.near, f.near);
  set(URL_KEYS.radius, f.radius ? String(f.radius) : undefined);
  set(URL_KEYS.openNow, f.openNow ? '1' : undefined);
  set(URL_KEYS.language, f.language);
  set(URL_KEYS.cost, f.cost);
  if (url.href !== location.href) history.replaceState(history.state, '', url.href);
}
