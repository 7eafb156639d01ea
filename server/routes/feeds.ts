/** The Meeting Guide feed: one JSON array built once per import, served with an ETag and gzip. */
import * as S from '../schemas.js';
import {meetingsFeed} from '../catalog.js';
import type {Routes} from './kit.js';

export function feedRoutes({app, doc, store}: Routes): void {
  doc({method: 'get', path: '/api/v1/meetings', summary: 'Meeting Guide feed (JSON array); ETag and If-None-Match supported', tags: ['feeds'], responses: {200: S.MeetingFeed}});
  app.get('/api/v1/meetings', async (c) => {
    const feed = await meetingsFeed(store);
    c.header('ETag', feed.etag);
    c.header('Cache-Control', 'public, max-age=0, must-revalidate');
    const inm = c.req.header('if-none-match');
    if (inm && inm.split(',').some((t) => t.trim().replace(/^W\//, '') === feed.etag)) return c.body(null, 304);
    c.header('Content-Type', 'application/json; charset=utf-8');
    c.header('Vary', 'Accept-Encoding');
    if (/\bgzip\b/.test(c.req.header('accept-encoding') ?? '')) {
      c.header('Content-Encoding', 'gzip');
      return c.body(feed.gzip, 200);
    }
    return c.body(feed.body, 200);
  });
}
