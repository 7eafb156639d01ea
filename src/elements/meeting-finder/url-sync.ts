/**
 * The finder's filters kept in the page URL (`sync-url`, through `UrlStateController`): each finder
 * under its own prefix (`mf-day=1`, `mf2-day=1`, or `<id>-day=1` when the element has an id), so a
 * visitor can bookmark or share a search and two finders on one page never overwrite each other.
 *
 * The view (list or map) is not synced: a shared link must not make the recipient's browser fetch
 * map tiles from a third party before they ask for the map.
 */
export const SYNCED = ['day', 'time', 'types', 'attendance', 'region', 'languages', 'query', 'near', 'radius'] as const;
export type SyncedKey = (typeof SYNCED)[number];
