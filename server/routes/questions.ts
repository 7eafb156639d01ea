/** Anonymous questions: asking (a receipt back), reading one's answer with the receipt, and the published list. */
import * as S from '../schemas.js';
import {jsonError, readJson, readQuery, send} from '../http.js';
import {clientIp} from '../origin.js';
import {codeHash} from '../privacy.js';
import {insertQuestion, publishedQuestions, questionByReceipt} from '../store/questions.js';
import {detectCrisis} from '../../src/model/crisis.js';
import {WRITE_LIMIT, day, type Routes} from './kit.js';

export function questionRoutes({app, doc, store, config, now, write, guardLookup}: Routes): void {
  doc({method: 'post', path: '/api/v1/questions', summary: 'Ask a question anonymously; returns a private receipt code', tags: ['questions'], body: S.QuestionCreate, responses: {201: S.QuestionCreated, 400: S.ErrorBody, 409: S.ErrorBody, 413: S.ErrorBody, 415: S.ErrorBody, 429: S.ErrorBody}});
  app.post('/api/v1/questions', async (c) => {
    c.header('Cache-Control', 'no-store');
    const body = await readJson(c, S.QuestionCreate, WRITE_LIMIT);
    const urgent = detectCrisis(`${body.topic ?? ''} ${body.body}`, config.crisisTerms).length > 0;
    const receipt = await write({
      kind: 'q',
      body,
      content: {body: body.body, topic: body.topic ?? null, publish_ok: body.publish_ok, lang: body.lang ?? null},
      clientIp: clientIp(c, config),
      insert: (trx, h) =>
        insertQuestion(trx, {
          idem_hash: h.idem_hash,
          receipt_hash: h.code_hash,
          body_hash: h.body_hash,
          body: body.body,
          topic: body.topic ?? null,
          lang: body.lang ?? null,
          publish_ok: body.publish_ok ? 1 : 0,
          urgent: urgent ? 1 : 0,
          status: 'pending',
          answer: null,
          answered_by_role: null,
          answered_on: null,
          published_on: null,
          created_on: day(now()),
        }),
    });
    return send(c, S.QuestionCreated, {receipt, status: 'pending'}, 201);
  });

  doc({method: 'post', path: '/api/v1/questions/lookup', summary: 'Read the status and answer of a question with its receipt (POST keeps the code out of logs)', tags: ['questions'], body: S.QuestionLookup, responses: {200: S.QuestionLookupResult, 404: S.ErrorBody, 429: S.ErrorBody}});
  app.post('/api/v1/questions/lookup', async (c) => {
    c.header('Cache-Control', 'no-store');
    const body = await readJson(c, S.QuestionLookup, WRITE_LIMIT);
    await guardLookup(clientIp(c, config));
    const row = await questionByReceipt(store.db, codeHash(body.receipt));
    if (!row) return jsonError(c, 404, 'not_found', 'No question matches this code.');
    const answered = (row.status === 'answered' || row.status === 'published') && row.answer;
    return send(c, S.QuestionLookupResult, {
      status: row.status,
      ...(answered ? {answer: row.answer!, answered_at: row.answered_on ?? undefined, answered_by_role: row.answered_by_role ?? 'peer'} : {}),
    });
  });

  doc({method: 'get', path: '/api/v1/questions', summary: 'Published questions with their answers', tags: ['questions'], query: S.PublicQuestionQuery, responses: {200: S.PublicQuestionList}});
  app.get('/api/v1/questions', async (c) => {
    const q = readQuery(c, S.PublicQuestionQuery);
    const {total, rows} = await publishedQuestions(store.db, q);
    return send(c, S.PublicQuestionList, {
      items: rows.map((r) => ({id: Number(r.id), body: r.body, ...(r.topic ? {topic: r.topic} : {}), answer: r.answer ?? '', answered_by_role: r.answered_by_role ?? 'peer', published_on: r.published_on ?? '', ...(r.lang ? {lang: r.lang} : {})})),
      total,
      page: q.page,
      per_page: q.per_page,
    });
  });
}
