/**
 * `sync-url`: the directory's filters in the page's query string, under this directory's prefix
 * (`UrlStateController`: `rd-q`, `rd-category`… for the first directory without an id, `rd2-q` for a
 * second, `<id>-q` for one with an id), so a search can be shared or bookmarked without clashing with
 * the host page's own parameters or another directory's.
 */
export const URL_KEYS = ['q', 'category', 'near', 'radius', 'open', 'language', 'cost'] as const;
export type UrlKey = (typeof URL_KEYS)[number];

export type UrlFilters = {
  query?: string;
  category?: string;
  near?: string;
  radius?: number;
  openNow?: boolean;
  language?: string;
  cost?: string;
};

/** The directory's properties from the values found in the URL (a bad radius is ignored; `open=0` is off). */
export function fromUrl(v: Partial<Record<UrlKey, string>>): UrlFilters {
  const out: UrlFilters = {};
  if (v.q !== undefined) out.query = v.q;
  if (v.category !== undefined) out.category = v.category;
  if (v.near !== undefined) out.near = v.near;
  if (v.radius !== undefined) {
    const r = Number(v.radius);
    if (Number.isFinite(r) && r > 0) out.radius = r;
  }
  if (v.open !== undefined) out.openNow = v.open !== '0';
  if (v.language !== undefined) out.language = v.language;
  if (v.cost !== undefined) out.cost = v.cost;
  return out;
}

/** The values to write (empty ones are removed from the URL). */
export function toUrl(f: UrlFilters): Partial<Record<UrlKey, string | undefined>> {
  return {
    q: f.query?.trim() || undefined,
    category: f.category,
    near: f.near,
    radius: f.radius ? String(f.radius) : undefined,
    open: f.openNow ? '1' : undefined,
    language: f.language,
    cost: f.cost,
  };
}
