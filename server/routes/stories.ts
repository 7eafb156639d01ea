/** Recovery stories: sharing one (moderated; a withdrawal code back), withdrawing it, the live list and their photos. */
import type {Context} from 'hono';
import type {z} from 'zod';
import * as S from '../schemas.js';
import {HttpError, jsonError, readJson, readQuery, send} from '../http.js';
import {clientIp, publicOrigin} from '../origin.js';
import {codeHash, sha256hex} from '../privacy.js';
import {insertStory, publishedStories, storyPhoto, withdrawStory, type StoryRow} from '../store/stories.js';
import type {StoryText} from '../seal.js';
import {WRITE_LIMIT, day, rowId, type Routes} from './kit.js';

const STORY_LIMIT = 700 * 1024;

const MAGIC: Record<string, (b: Buffer) => boolean> = {
  jpeg: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  png: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  webp: (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP',
};

/** The photo of a story being shared, decoded; 413 when too large, 400 when its bytes are not the type it declares. */
function readPhoto(photo: {data_url: string; alt: string}): {bytes: Buffer; type: string; alt: string} {
  const m = /^data:image\/(jpeg|png|webp);base64,(.*)$/.exec(photo.data_url)!;
  const bytes = Buffer.from(m[2], 'base64');
  if (bytes.length > S.PHOTO_MAX_BYTES) throw new HttpError(413, 'photo_too_large', 'The photo is larger than 400 KB.');
  if (!MAGIC[m[1]](bytes)) throw new HttpError(400, 'invalid_request', `The photo is not a ${m[1].toUpperCase()} image.`, {issues: [{path: 'photo.data_url', message: 'content does not match the declared type'}]});
  return {bytes, type: `image/${m[1]}`, alt: photo.alt};
}

/** What a story says, in the shape the public and the moderation API both begin with. */
export const storyWords = (r: StoryRow & StoryText) => ({
  id: Number(r.id),
  title: r.title,
  body: r.body,
  name: r.name,
  ...(r.recovery_months != null ? {recovery_months: Number(r.recovery_months)} : {}),
  content_warnings: JSON.parse(r.content_warnings) as z.input<typeof S.ContentWarning>[],
});

/** A photo's bytes, never cached by anyone for longer than `cacheControl` allows. */
export const sendPhoto = (c: Context, photo: {bytes: Buffer; type: string}, cacheControl: string) =>
  c.body(new Uint8Array(photo.bytes), 200, {'Content-Type': photo.type, 'Cache-Control': cacheControl, 'Content-Length': String(photo.bytes.length)});

export function storyRoutes({app, doc, store, config, now, write, guardLookup}: Routes): void {
  doc({method: 'post', path: '/api/v1/stories', summary: 'Share a recovery story (moderated); returns a withdrawal code', tags: ['stories'], body: S.StoryCreate, responses: {201: S.StoryCreated, 400: S.ErrorBody, 409: S.ErrorBody, 410: S.ErrorBody, 413: S.ErrorBody, 415: S.ErrorBody, 429: S.ErrorBody}});
  app.post('/api/v1/stories', async (c) => {
    c.header('Cache-Control', 'no-store');
    const body = await readJson(c, S.StoryCreate, STORY_LIMIT);
    const photo = body.photo ? readPhoto(body.photo) : undefined;
    const code = await write({
      kind: 's',
      body,
      content: {
        title: body.title,
        body: body.body,
        name: body.name,
        recovery_months: body.recovery_months ?? null,
        content_warnings: body.content_warnings,
        consent: body.consent.duration,
        photo: photo ? {sha256: sha256hex(photo.bytes), type: photo.type, alt: photo.alt} : null,
        lang: body.lang ?? null,
      },
      clientIp: clientIp(c, config),
      insert: (trx, h) =>
        insertStory(trx, {
          idem_hash: h.idem_hash,
          withdraw_hash: h.code_hash,
          body_hash: h.body_hash,
          text: {title: body.title, body: body.body, name: body.name, ...(body.recovery_months !== undefined ? {recovery_months: body.recovery_months} : {}), ...(photo ? {photo_alt: photo.alt} : {})},
          photo,
          content_warnings: body.content_warnings,
          consent_duration: body.consent.duration,
          status: 'pending',
          lang: body.lang ?? null,
          created_on: day(now()),
          approved_at: null,
          live_from: null,
          expires_at: null,
        }),
    });
    return send(c, S.StoryCreated, {withdraw_code: code, status: 'pending'}, 201);
  });

  doc({method: 'post', path: '/api/v1/stories/withdraw', summary: 'Withdraw a story with its code: removed at once; its key, text and photo deleted', tags: ['stories'], body: S.StoryWithdraw, responses: {200: S.StoryWithdrawn, 404: S.ErrorBody, 429: S.ErrorBody}});
  app.post('/api/v1/stories/withdraw', async (c) => {
    c.header('Cache-Control', 'no-store');
    const body = await readJson(c, S.StoryWithdraw, WRITE_LIMIT);
    await guardLookup(clientIp(c, config));
    if (!(await withdrawStory(store, codeHash(body.withdraw_code)))) return jsonError(c, 404, 'not_found', 'No story matches this code.');
    return send(c, S.StoryWithdrawn, {withdrawn: true});
  });

  doc({method: 'get', path: '/api/v1/stories', summary: 'Published stories: approved, past the cooling-off period, consent not expired', tags: ['stories'], query: S.PublicStoryQuery, responses: {200: S.PublicStoryList}});
  app.get('/api/v1/stories', async (c) => {
    const q = readQuery(c, S.PublicStoryQuery);
    const rows = await publishedStories(store.db, new Date(now()).toISOString(), q.lang);
    c.header('Cache-Control', 'no-cache');
    const base = `${publicOrigin(c, config)}/api/`;
    return send(c, S.PublicStoryList, {
      items: rows.map((r) => ({
        ...storyWords(r),
        ...(r.photo_type ? {photo_url: `${base}v1/stories/${r.id}/photo`, photo_alt: r.photo_alt ?? ''} : {}),
        published_on: (r.live_from ?? '').slice(0, 10),
        ...(r.lang ? {lang: r.lang} : {}),
      })),
    });
  });

  doc({method: 'get', path: '/api/v1/stories/{id}/photo', summary: 'The photo of a published story (image bytes)', tags: ['stories'], responses: {200: null, 404: S.ErrorBody}});
  app.get('/api/v1/stories/:id/photo', async (c) => {
    const id = rowId(c.req.param('id'));
    const photo = id !== undefined ? await storyPhoto(store.db, id, new Date(now()).toISOString()) : undefined;
    if (!photo) return jsonError(c, 404, 'not_found', 'No such photo.');
    return sendPhoto(c, photo, 'no-cache');
  });
}
