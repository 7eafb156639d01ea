/** The form token every visitor write carries (a signed render time; see writes.ts for why). */
import * as S from '../schemas.js';
import {send} from '../http.js';
import type {Routes} from './kit.js';

export function formTokenRoutes({app, doc, privacy}: Routes): void {
  doc({method: 'get', path: '/api/v1/form-token', summary: 'A signed render timestamp that writes carry as form_token, and how long (min_submit_ms) the form must wait before sending with it', tags: ['privacy'], responses: {200: S.FormTokenResponse}});
  app.get('/api/v1/form-token', async (c) => {
    c.header('Cache-Control', 'no-store');
    return send(c, S.FormTokenResponse, await privacy.formToken());
  });
}
