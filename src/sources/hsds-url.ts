/**
 * What the directory must know of HSDS before its adapter chunk is here (so it stays in the first
 * load, and small): whether `src` is an HSDS API or a JSON file of services, and how the pages of a
 * search are joined.
 */

/** `hsds` or `json` as the site says; when it does not, `json` for a `.json` URL and `hsds` otherwise. */
export function directoryFormat(src: string | undefined, format: string | undefined): 'hsds' | 'json' {
  if (format === 'hsds' || format === 'json') return format;
  return /\.json($|[?#])/i.test(src ?? '') ? 'json' : 'hsds';
}

/**
 * The services of a further page not already listed: an API pages `/services` (one entry per
 * service) or `/service_at_locations` (one per service at each place), so an entry is its
 * service-at-location id when it has one, else its service id.
 */
export function newServices<R extends {id: string; serviceAtLocationId?: string}>(listed: readonly R[], page: readonly R[]): R[] {
  const key = (r: R) => r.serviceAtLocationId ?? r.id;
  const seen = new Set(listed.map(key));
  return page.filter((r) => !seen.has(key(r)) && seen.add(key(r)));
}
