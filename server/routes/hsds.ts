/**
 * The HSDS 3 API: its root, pages of services, service-at-locations and taxonomy terms, and one
 * nested service. Every answer is prepared once per import (cache.ts) and checked against its schema.
 */
import type {Context} from 'hono';
import type {z} from 'zod';
import * as S from '../schemas.js';
import {checked, jsonError, readQuery, send} from '../http.js';
import {publicOrigin} from '../origin.js';
import {ResponseCache} from '../cache.js';
import {findServices, getService, listItem, listTaxonomyTerms, page, serviceAtLocations} from '../catalog.js';
import type {Routes} from './kit.js';

type Query = z.output<typeof S.HsdsListQuery>;

export function hsdsRoutes({app, doc, store, config}: Routes): void {
  // Prepared pages, per import revision.
  const hsdsCache = new ResponseCache();
  const cached = async (c: Context, route: string, q: unknown, build: () => Promise<{status: 200 | 404; data: unknown}>) =>
    hsdsCache.serve(c, JSON.stringify([route, q]), await store.revisions.get('services_rev'), build);

  doc({method: 'get', path: '/api/hsds/', summary: 'HSDS API root', tags: ['hsds'], responses: {200: S.HsdsRoot}});
  const root = (c: Context) => send(c, S.HsdsRoot, {version: '3.1.1', profile: 'https://openreferral.org/imls/hsds/', openapi_url: `${publicOrigin(c, config)}/api/openapi.json`});
  app.get('/api/hsds', root);
  app.get('/api/hsds/', root);

  /** A paged list at /api/hsds/<route>: `list` gives one page of items and the total. */
  const pagedList = <T extends z.ZodType>(route: string, item: T, pageId: string, summary: string, list: (q: Query) => Promise<{items: unknown[]; total: number}>) => {
    const Page = S.hsdsPage(item, pageId);
    doc({method: 'get', path: `/api/hsds/${route}`, summary, tags: ['hsds'], query: S.HsdsListQuery, responses: {200: Page}});
    app.get(`/api/hsds/${route}`, async (c) => {
      const q = readQuery(c, S.HsdsListQuery);
      return cached(c, route, q, async () => {
        const {items, total} = await list(q);
        return {status: 200, data: checked(Page, page(items as z.input<T>[], total, q.page, q.per_page))};
      });
    });
  };

  pagedList('services', S.HsdsService, 'HsdsServicePage', 'A page of services (phones, schedules and locations only with full=true); ETag and If-None-Match, gzip', async (q) => {
    const {total, items} = await findServices(store, q);
    const full = q.full === 'true' || q.full === '1';
    return {total, items: items.map((s) => listItem(s, full))};
  });

  doc({method: 'get', path: '/api/hsds/services/{id}', summary: 'One fully nested service; ETag and If-None-Match, gzip', tags: ['hsds'], responses: {200: S.HsdsService, 404: S.ErrorBody}});
  app.get('/api/hsds/services/:id', async (c) => {
    const id = c.req.param('id');
    if (id.includes('\0') || id.length > 200) return jsonError(c, 404, 'not_found', 'No service with this id.');
    return cached(c, 'service', id, async () => {
      const s = await getService(store, id);
      if (!s) return {status: 404, data: {error: 'not_found', message: 'No service with this id.'}};
      return {status: 200, data: checked(S.HsdsService, s as z.input<typeof S.HsdsService>)};
    });
  });

  pagedList('service_at_locations', S.HsdsServiceAtLocation, 'HsdsServiceAtLocationPage', 'A page of service-at-location records with nested service and location', async (q) => {
    const all = await findServices(store, {...q, page: 1, per_page: 100_000});
    const rows = serviceAtLocations(all.items);
    return {total: rows.length, items: rows.slice((q.page - 1) * q.per_page, q.page * q.per_page)};
  });

  pagedList('taxonomy_terms', S.HsdsTaxonomyTerm, 'HsdsTaxonomyTermPage', 'A page of taxonomy terms', (q) => listTaxonomyTerms(store, q));
}
