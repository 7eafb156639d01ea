/**
 * The moderation API (a moderator's bearer token on every route): the question and story queues and
 * their decisions, queued stories' photos, and the audit log every decision is written to.
 */
import {timingSafeEqual} from 'node:crypto';
import type {MiddlewareHandler} from 'hono';
import type {Updateable} from 'kysely';
import type {z} from 'zod';
import * as S from '../schemas.js';
import type {QuestionTable, StoryTable} from '../db.js';
import {HttpError, jsonError, readJson, readQuery, send, type Env} from '../http.js';
import {sha256hex} from '../privacy.js';
import type {StoryText} from '../seal.js';
import {addAuditEntry, auditEntries, moderatorByTokenHash} from '../store/moderation.js';
import {queuedQuestion, questionQueue, updateQuestion, type QueuedQuestion} from '../store/questions.js';
import {moderateStory, queuedStory, queuedStoryPhoto, storyQueue, type StoryRow} from '../store/stories.js';
import {publishRefusal} from '../../src/model/question.js';
import {publicationWindow} from '../../src/model/story.js';
import {sendPhoto, storyWords} from './stories.js';
import {WRITE_LIMIT, day, rowId, type Routes} from './kit.js';

const REFUSALS = {no_consent: 'The asker did not allow publishing this question.', no_answer: 'Answer the question before publishing it.'} as const;

const modQuestion = (r: QueuedQuestion): z.input<typeof S.ModQuestion> => ({
  id: Number(r.id),
  body: r.body,
  ...(r.topic ? {topic: r.topic} : {}),
  ...(r.lang ? {lang: r.lang} : {}),
  publish_ok: !!Number(r.publish_ok),
  urgent: !!Number(r.urgent),
  status: r.status,
  ...(r.answer ? {answer: r.answer} : {}),
  ...(r.answered_by_role ? {answered_by_role: r.answered_by_role} : {}),
  created_on: r.created_on,
});

const modStory = (r: StoryRow & StoryText): z.input<typeof S.ModStory> => ({
  ...storyWords(r),
  consent_duration: r.consent_duration,
  status: r.status as z.infer<typeof S.StoryStatus>, // never withdrawn: the queue leaves those out
  has_photo: !!r.photo_type,
  ...(r.photo_alt ? {photo_alt: r.photo_alt} : {}),
  ...(r.lang ? {lang: r.lang} : {}),
  created_on: r.created_on,
  ...(r.live_from ? {live_from: r.live_from} : {}),
  ...(r.expires_at ? {expires_on: r.expires_at.slice(0, 10)} : {}),
});

type QuestionAction = z.output<typeof S.ModQuestionAction>;

/** What a moderator's action on a question sets, or why it is refused (publishing: the rule of model/question.ts). */
function questionPatch(row: QueuedQuestion, body: QuestionAction, today: string): Updateable<QuestionTable> | {refused: keyof typeof REFUSALS} {
  const role = body.answered_by_role ?? row.answered_by_role ?? 'peer';
  if (body.action === 'answer') {
    if (!body.answer) throw new HttpError(400, 'invalid_request', 'An answer is required.', {issues: [{path: 'answer', message: 'required for action "answer"'}]});
    return {status: row.status === 'published' ? 'published' : 'answered', answer: body.answer, answered_by_role: role, answered_on: today};
  }
  if (body.action === 'publish') {
    const answer = body.answer ?? row.answer;
    const refused = publishRefusal({publishOk: !!Number(row.publish_ok), answer});
    if (refused) return {refused};
    return {status: 'published', answer, answered_by_role: role, published_on: today, ...(body.answer || !row.answer ? {answered_on: today} : {})};
  }
  return {status: 'declined', published_on: null};
}

export function moderationRoutes({app, doc, store, config, now}: Routes): void {
  const db = store.db;
  const requireModerator: MiddlewareHandler<Env> = async (c, next) => {
    const m = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '');
    if (m) {
      const hash = sha256hex(m[1]);
      const row = await moderatorByTokenHash(db, hash);
      if (row && timingSafeEqual(Buffer.from(row.token_hash), Buffer.from(hash))) {
        c.set('moderator', row.name);
        c.header('Cache-Control', 'no-store');
        return next();
      }
    }
    c.header('WWW-Authenticate', 'Bearer realm="peerkit moderation"');
    return jsonError(c, 401, 'unauthorized', 'A valid moderator token is required.');
  };
  app.use('/api/v1/moderation/*', requireModerator);
  const audit = (moderator: string, action: string, target_type: string, target_id: number) => addAuditEntry(db, {at: new Date(now()).toISOString(), moderator, action, target_type, target_id: String(target_id)});

  const sec = [{bearer: []}];
  doc({method: 'get', path: '/api/v1/moderation/me', summary: 'The signed-in moderator', tags: ['moderation'], security: sec, responses: {200: S.Me, 401: S.ErrorBody}});
  app.get('/api/v1/moderation/me', (c) => send(c, S.Me, {name: c.get('moderator')}));

  doc({method: 'get', path: '/api/v1/moderation/questions', summary: 'The question queue: urgent first, then oldest first', tags: ['moderation'], security: sec, query: S.ModQuestionQuery, responses: {200: S.ModQuestionList, 401: S.ErrorBody}});
  app.get('/api/v1/moderation/questions', async (c) => {
    const q = readQuery(c, S.ModQuestionQuery);
    return send(c, S.ModQuestionList, {items: (await questionQueue(db, q.status)).map(modQuestion)});
  });

  doc({method: 'post', path: '/api/v1/moderation/questions/{id}', summary: 'Answer, publish or decline a question', tags: ['moderation'], security: sec, body: S.ModQuestionAction, responses: {200: S.ModQuestionResult, 400: S.ErrorBody, 401: S.ErrorBody, 404: S.ErrorBody, 409: S.ErrorBody}});
  app.post('/api/v1/moderation/questions/:id', async (c) => {
    const id = rowId(c.req.param('id'));
    const body = await readJson(c, S.ModQuestionAction, WRITE_LIMIT);
    const row = id !== undefined ? await queuedQuestion(db, id) : undefined;
    if (!row || id === undefined) return jsonError(c, 404, 'not_found', 'No question with this id.');
    const patch = questionPatch(row, body, day(now()));
    if ('refused' in patch) return jsonError(c, 409, patch.refused, REFUSALS[patch.refused]);
    await updateQuestion(db, id, patch);
    await audit(c.get('moderator'), body.action, 'question', id);
    return send(c, S.ModQuestionResult, {item: modQuestion((await queuedQuestion(db, id))!)});
  });

  doc({method: 'get', path: '/api/v1/moderation/stories', summary: 'The story queue, oldest first (withdrawn stories never appear)', tags: ['moderation'], security: sec, query: S.ModStoryQuery, responses: {200: S.ModStoryList, 401: S.ErrorBody}});
  app.get('/api/v1/moderation/stories', async (c) => {
    const q = readQuery(c, S.ModStoryQuery);
    return send(c, S.ModStoryList, {items: (await storyQueue(db, q.status)).map(modStory)});
  });

  doc({method: 'post', path: '/api/v1/moderation/stories/{id}', summary: 'Approve (live after the cooling-off period) or reject a story, optionally with edits and content warnings', tags: ['moderation'], security: sec, body: S.ModStoryAction, responses: {200: S.ModStoryResult, 400: S.ErrorBody, 401: S.ErrorBody, 404: S.ErrorBody}});
  app.post('/api/v1/moderation/stories/:id', async (c) => {
    const id = rowId(c.req.param('id'));
    const body = await readJson(c, S.ModStoryAction, WRITE_LIMIT);
    const row = id !== undefined ? await queuedStory(db, id) : undefined;
    if (!row || id === undefined) return jsonError(c, 404, 'not_found', 'No story with this id.');
    const t = now();
    const patch: Updateable<StoryTable> = body.content_warnings ? {content_warnings: JSON.stringify([...new Set(body.content_warnings)])} : {};
    if (body.action === 'approve') {
      const {liveFrom, expiresAt} = publicationWindow(t, row.consent_duration, config.coolingOffHours);
      Object.assign(patch, {status: 'approved', approved_at: new Date(t).toISOString(), live_from: liveFrom, expires_at: expiresAt});
    } else {
      Object.assign(patch, {status: 'rejected', live_from: null, approved_at: null, expires_at: null});
    }
    const edits = body.edits;
    const text: StoryText | undefined =
      edits?.title || edits?.body || edits?.name
        ? {title: edits.title || row.title, body: edits.body || row.body, name: edits.name || row.name, ...(row.recovery_months != null ? {recovery_months: row.recovery_months} : {}), ...(row.photo_alt ? {photo_alt: row.photo_alt} : {})}
        : undefined;
    await moderateStory(db, id, patch, text);
    await audit(c.get('moderator'), body.action + (body.edits ? '+edit' : ''), 'story', id);
    return send(c, S.ModStoryResult, {item: modStory((await queuedStory(db, id))!)});
  });

  doc({method: 'get', path: '/api/v1/moderation/stories/{id}/photo', summary: 'The photo of a story in the queue (any status but withdrawn), so a moderator sees it before approving', tags: ['moderation'], security: sec, responses: {200: null, 401: S.ErrorBody, 404: S.ErrorBody}});
  app.get('/api/v1/moderation/stories/:id/photo', async (c) => {
    const id = rowId(c.req.param('id'));
    const photo = id !== undefined ? await queuedStoryPhoto(db, id) : undefined;
    if (!photo) return jsonError(c, 404, 'not_found', 'No such photo.');
    // Never cached: a story not yet approved, behind a moderator's token.
    return sendPhoto(c, photo, 'no-store');
  });

  doc({method: 'get', path: '/api/v1/moderation/audit', summary: 'The audit log, newest first', tags: ['moderation'], security: sec, query: S.AuditQuery, responses: {200: S.AuditList, 401: S.ErrorBody}});
  app.get('/api/v1/moderation/audit', async (c) => {
    const q = readQuery(c, S.AuditQuery);
    return send(c, S.AuditList, {items: await auditEntries(db, q.limit)});
  });
}
