// Fake backend for the core tests (outbox, fetch): records every POST it receives, so a test can
// assert exactly-once delivery; can be switched "down" (connections dropped) to simulate offline.
const state = {down: false, received: [], slow: 0};

async function readBody(req) {
  let data = '';
  for await (const chunk of req) data += chunk;
  return data;
}

export default async function coreFakeApi(ctx, next) {
  if (!ctx.path.startsWith('/fake-api/core/')) return next();
  const path = ctx.path.slice('/fake-api/core/'.length);
  if (path === 'control' && ctx.method === 'POST') {
    const body = JSON.parse((await readBody(ctx.req)) || '{}');
    if ('down' in body) state.down = body.down;
    if (body.reset) state.received = [];
    ctx.body = {ok: true};
    return;
  }
  if (path === 'received') {
    ctx.body = state.received;
    return;
  }
  if (state.down) {
    ctx.req.socket.destroy();
    return;
  }
  if (path === 'items' && ctx.method === 'POST') {
    const body = JSON.parse(await readBody(ctx.req));
    state.received.push({body, key: ctx.get('Idempotency-Key')});
    ctx.status = 201;
    ctx.body = {receipt: `R-${state.received.length}`};
    return;
  }
  if (path === 'reject' && ctx.method === 'POST') {
    ctx.status = 422;
    ctx.body = {error: 'invalid', message: 'body too short'};
    return;
  }
  if (path === 'flaky') {
    // Fails twice with 503, then answers.
    state.flaky = (state.flaky ?? 0) + 1;
    if (state.flaky % 3 !== 0) {
      ctx.status = 503;
      ctx.body = {error: 'unavailable'};
      return;
    }
    ctx.body = {ok: true, attempt: state.flaky};
    return;
  }
  if (path === 'slow') {
    await new Promise((r) => setTimeout(r, 1500));
    ctx.body = {ok: true};
    return;
  }
  if (path === 'not-json') {
    ctx.type = 'text/html';
    ctx.body = '<html>oops</html>';
    return;
  }
  return next();
}
