/** The Meeting Guide feed: one JSON array built once per import, served with an ETag and gzip. */
import * as S from '../schemas.js';
import {meetingsFeed} from '../catalog.js';
import {respond} from '../cache.js';
import type {Routes} from './kit.js';

export function feedRoutes({app, doc, store}: Routes): void {
  doc({method: 'get', path: '/api/v1/meetings', summary: 'Meeting Guide feed (JSON array); ETag and If-None-Match supported', tags: ['feeds'], responses: {200: S.MeetingFeed}});
  app.get('/api/v1/meetings', async (c) => respond(c, {status: 200, ...(await meetingsFeed(store))}));
}
