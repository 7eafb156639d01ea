// Fake peerkit stories API for <peer-story-carousel> element tests, at /fake-api/stories/<scenario>/…
// Scenarios: `ok` (test/fixtures/stories/stories.json), `empty`, `mixed`, `xss`, `fail` (503),
// `hang` (reads and withdrawals answer when released through control), `reject` (POST /v1/stories → 422), `challenge`
// (POST /v1/stories → 429 with a proof-of-work challenge until it is solved).
// Each scenario is a server of its own for writes: its form tokens name it (`token-<scenario>-…`), and a
// story sent with another server's token is refused (403 invalid_form_token), as a real server would.
// Writes are recorded (with the scenario) so tests can assert what each server received and exactly-once delivery;
// `down` drops connections to simulate being offline; `blocked` drops only the writes while reads and
// /health answer (as a CORS refusal looks to the page).
import {createHash} from 'node:crypto';
import {readFileSync} from 'node:fs';

const fixture = (name) => JSON.parse(readFileSync(new URL(`../../fixtures/stories/${name}.json`, import.meta.url), 'utf8'));
const state = {failures: 0, down: false, blocked: false, received: [], withdrawn: [], codes: new Map(), hang: [], tokens: 0};

async function readBody(req) {
  let data = '';
  for await (const chunk of req) data += chunk;
  return data;
}

function code(n) {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  let s = '';
  for (let i = 0; i < 16; i++) s += alphabet[(n * 7 + i * 13 + (n >> 2)) % alphabet.length];
  return s.match(/.{4}/g).join('-');
}

export default async function storiesFakeApi(ctx, next) {
  if (!ctx.path.startsWith('/fake-api/stories/')) return next();
  const [scenario, ...rest] = ctx.path.slice('/fake-api/stories/'.length).split('/');
  const path = rest.join('/');
  if (scenario === 'control' && ctx.method === 'POST') {
    const body = JSON.parse((await readBody(ctx.req)) || '{}');
    if ('down' in body) state.down = body.down;
    if ('blocked' in body) state.blocked = body.blocked;
    if (body.reset) {
      state.blocked = false;
      state.received = [];
      state.withdrawn = [];
      state.codes.clear();
      state.tokens = 0;
    }
    if ('failures' in body) state.failures = body.failures;
    if (body.release) state.hang.splice(0).forEach((r) => r());
    ctx.body = {ok: true};
    return;
  }
  if (scenario === 'received') {
    ctx.body = {received: state.received, withdrawn: state.withdrawn, tokens: state.tokens};
    return;
  }
  if (state.down || (state.blocked && ctx.method === 'POST')) {
    ctx.req.socket.destroy();
    return;
  }
  if (path === 'health') {
    ctx.body = {status: 'ok'};
    return;
  }
  if (path === 'v1/stories' && ctx.method === 'GET') {
    if (scenario === 'fail' || (scenario === 'flaky' && state.failures > 0)) {
      state.failures--;
      ctx.status = 503;
      ctx.body = {error: 'unavailable', message: 'down for maintenance'};
      return;
    }
    if (scenario === 'hang') await new Promise((r) => state.hang.push(r));
    const name = {ok: 'stories', hang: 'stories', reject: 'stories', empty: 'empty', mixed: 'mixed', xss: 'xss', invalid: 'invalid'}[scenario] ?? 'stories';
    ctx.body = fixture(name);
    return;
  }
  if (path === 'v1/form-token' && ctx.method === 'GET') {
    state.tokens++;
    ctx.body = {token: `token-${scenario}-${Date.now()}`};
    return;
  }
  if (path === 'v1/stories' && ctx.method === 'POST') {
    const body = JSON.parse(await readBody(ctx.req));
    if (scenario === 'reject') {
      ctx.status = 422;
      ctx.body = {error: 'invalid', message: 'The story is too short.'};
      return;
    }
    if (scenario === 'challenge' && body.pow?.number !== 7) {
      // The rate limit tripped: a proof-of-work challenge (the answer is 7).
      const salt = 'story-salt-';
      ctx.status = 429;
      ctx.body = {error: 'rate_limited', message: 'Too many requests', challenge: {algorithm: 'SHA-256', challenge: createHash('sha256').update(`${salt}7`).digest('hex'), salt, maxnumber: 20, signature: 'test'}};
      return;
    }
    if (typeof body.form_token === 'string' && !body.form_token.startsWith(`token-${scenario}-`)) {
      ctx.status = 403;
      ctx.body = {error: 'invalid_form_token', message: 'This form token is not from this server.'};
      return;
    }
    const key = body.idempotency_key;
    state.received.push({body, key: ctx.get('Idempotency-Key'), scenario});
    if (!state.codes.has(key)) state.codes.set(key, code(state.codes.size + 1));
    ctx.status = 201;
    ctx.body = {withdraw_code: state.codes.get(key), status: 'pending'};
    return;
  }
  if (path === 'v1/stories/withdraw' && ctx.method === 'POST') {
    const body = JSON.parse(await readBody(ctx.req));
    if (scenario === 'hang') await new Promise((r) => state.hang.push(r));
    const known = [...state.codes.values()].includes(body.withdraw_code) || body.withdraw_code === 'K7QH-M3XD-9TRV-2PWA';
    if (!known || state.withdrawn.includes(body.withdraw_code)) {
      ctx.status = 404;
      ctx.body = {error: 'not_found'};
      return;
    }
    state.withdrawn.push(body.withdraw_code);
    ctx.body = {withdrawn: true};
    return;
  }
  return next();
}
