/**
 * Filter state in the page URL (`sync-url`): each finder writes its own namespaced query parameters
 * (`mf-day=1`, or `<id>-day=1` when the element has an id) with `history.replaceState`, so a visitor
 * can bookmark or share a search and two finders on one page never overwrite each other.
 *
 * The view (list or map) is not synced: a shared link must not make the recipient's browser fetch
 * map tiles from a third party before they ask for the map.
 */
export const SYNCED = ['day', 'time', 'types', 'attendance', 'region', 'query', 'near', 'radius'] as const;
export type SyncedKey = (typeof SYNCED)[number];

/**
 * A finder's namespace in the URL (query parameters and the deep-link hash): its id, else `mf`,
 * `mf2`, `mf3`… by its place among the finders without an id on the page.
 */
export function urlPrefix(el: Element): string {
  if (el.id) return `${el.id}-`;
  const unnamed = [...document.querySelectorAll(`${el.localName}:not([id])`)];
  const n = unnamed.indexOf(el) + 1;
  return n > 1 ? `mf${n}-` : 'mf-';
}

/** The synced values present in the current URL. */
export function readUrl(prefix: string, href = location.href): Partial<Record<SyncedKey, string>> {
  const params = new URL(href).searchParams;
  const out: Partial<Record<SyncedKey, string>> = {};
  for (const k of SYNCED) {
    const v = params.get(prefix + k);
    if (v !== null) out[k] = v;
  }
  return out;
}

/** Replaces this finder's parameters in the URL, keeping every other parameter and the hash. */
export function writeUrl(prefix: string, values: Partial<Record<SyncedKey, string | undefined>>): void {
  const url = new URL(location.href);
  for (const k of SYNCED) {
    const v = values[k];
    if (v) url.searchParams.set(prefix + k, v);
    else url.searchParams.delete(prefix + k);
  }
  if (url.href !== location.href) history.replaceState(history.state, '', url.href);
}
