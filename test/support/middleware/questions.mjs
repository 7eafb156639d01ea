// Fake peerkit API for <peer-question-box> and <peer-moderation-desk> element tests:
// /fake-api/questions/<ns>/v1/… where <ns> isolates one test's state (and the outbox/draft keys,
// which include the API URL). /fake-api/questions/<ns>/control (POST) changes the behaviour;
// /fake-api/questions/<ns>/received (GET) lists the question submissions it stored. `down` drops
// every connection (offline); `blocked` drops only the writes while reads and /health answer (a CORS refusal).
import {createHash} from 'node:crypto';

const XSS = '<img src=x onerror="window.__xss=1"><script>window.__xss=1</script>';
const TOKEN = 'good-token';
// A 1×1 PNG: a story's photo.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
const spaces = new Map();

function fresh() {
  return {
    down: false,
    // The browser refuses every write (as CORS would) while reads, /health included, still work.
    blocked: false,
    refuse: null, // {status, body}
    challenge: false, // true: a question without a solved proof of work gets 429 + a challenge (rate limit tripped)
    listFail: false,
    revoked: false, // true: the moderator's token is no longer accepted (revoked mid-session)
    expired: [], // form tokens the server no longer takes (403 invalid_form_token), as after a long time offline
    listDelay: 0,
    published: [
      {id: 1, body: 'Is it normal to still crave after 6 months?', topic: 'cravings', answer: 'Yes. Cravings fade over time, and each one passes.', answered_by_role: 'clinician', published_on: '2026-10-02'},
      {id: 2, body: `Can I go to a meeting if I relapsed yesterday? ${XSS}`, answer: `Yes, you are welcome. ${XSS}`, answered_by_role: 'peer', published_on: '2026-11-01T18:22:00Z'},
      {id: 3, body: 'not a valid record'},
    ],
    perPage: 20,
    received: [],
    receipts: new Map(),
    lookups: {
      'K7QH-M3XD-9TRV-2PWA': {status: 'answered', answer: `Thank you for asking. ${XSS}`, answered_at: '2026-11-20', answered_by_role: 'peer'},
      'PEND-PEND-PEND-PEND': {status: 'pending'},
    },
    tokens: 0,
    questions: [
      {id: 11, body: 'How do I talk to my family about treatment?', topic: 'family', lang: 'en', publish_ok: true, urgent: false, status: 'pending', created_on: '2026-11-20'},
      {id: 12, body: `I want to end it all ${XSS}`, lang: 'en', publish_ok: false, urgent: true, status: 'pending', created_on: '2026-11-22'},
      {id: 13, body: 'Answered already: is naloxone safe?', lang: 'en', publish_ok: true, urgent: false, status: 'answered', answer: 'Yes, it is safe.', answered_by_role: 'clinician', created_on: '2026-11-10'},
    ],
    stories: [
      {id: 21, title: `Eighteen months ${XSS}`, body: 'Eighteen months ago I could not walk into a meeting. Today I chair one on Tuesdays and I am grateful.', name: 'Robin', recovery_months: 18, content_warnings: ['substance-use'], consent_duration: '3y', status: 'pending', has_photo: false, created_on: '2026-11-21'},
      {id: 22, title: 'One day at a time', body: 'A long enough story body to be valid for the server, about finding hope again after a relapse.', name: 'J', content_warnings: [], consent_duration: '1y', status: 'approved', has_photo: true, photo_alt: 'A sunrise', created_on: '2026-11-01', live_from: '2026-11-02T10:00:00Z', expires_on: '2027-11-02'},
    ],
    edits: [],
    audit: [{at: '2026-11-20T10:00:00Z', moderator: `Sam ${XSS}`, action: 'answer', target_type: 'question', target_id: 13}],
  };
}

async function readJson(req) {
  let data = '';
  for await (const chunk of req) data += chunk;
  try {
    return data ? JSON.parse(data) : {};
  } catch {
    return {};
  }
}

const json = (ctx, status, body) => {
  ctx.status = status;
  ctx.type = 'application/json';
  ctx.body = JSON.stringify(body);
};

export default async function questionsFakeApi(ctx, next) {
  const m = ctx.path.match(/^\/fake-api\/questions\/([^/]+)\/(.*)$/);
  if (!m) return next();
  const [, ns, path] = m;
  if (!spaces.has(ns)) spaces.set(ns, fresh());
  const st = spaces.get(ns);

  if (path === 'control' && ctx.method === 'POST') {
    const body = await readJson(ctx.req);
    for (const k of ['down', 'blocked', 'refuse', 'challenge', 'listFail', 'listDelay', 'published', 'perPage', 'questions', 'revoked', 'expired']) if (k in body) st[k] = body[k];
    if (body.reset) spaces.set(ns, fresh());
    return json(ctx, 200, {ok: true});
  }
  if (path === 'received') return json(ctx, 200, st.received);
  if (path === 'edits') return json(ctx, 200, st.edits);
  if (st.down) {
    ctx.req.socket.destroy();
    return;
  }

  if (path === 'health') return json(ctx, 200, {status: 'ok'});
  if (st.blocked && ctx.method === 'POST') {
    ctx.req.socket.destroy();
    return;
  }
  if (path === 'v1/form-token') return json(ctx, 200, {token: `tok-${++st.tokens}`});

  if (path === 'v1/questions' && ctx.method === 'POST') {
    const body = await readJson(ctx.req);
    if (st.refuse) return json(ctx, st.refuse.status, st.refuse.body ?? {error: 'invalid', message: 'refused'});
    if (st.expired.includes(body.form_token)) return json(ctx, 403, {error: 'invalid_form_token', message: 'form token expired'});
    if (st.challenge && body.pow?.number !== 7) {
      const salt = 'test-salt-';
      const challenge = createHash('sha256').update(`${salt}7`).digest('hex');
      return json(ctx, 429, {error: 'rate_limited', message: 'Too many requests', challenge: {algorithm: 'SHA-256', challenge, salt, maxnumber: 20, signature: 'test'}});
    }
    const key = body.idempotency_key;
    if (st.receipts.has(key)) return json(ctx, 201, {receipt: st.receipts.get(key), status: 'pending'});
    st.received.push(body);
    const receipt = `QA${String(st.received.length).padStart(2, '0')}-M3XD-9TRV-2PWA`;
    st.receipts.set(key, receipt);
    return json(ctx, 201, {receipt, status: 'pending'});
  }
  if (path === 'v1/questions/lookup' && ctx.method === 'POST') {
    const {receipt} = await readJson(ctx.req);
    const hit = st.lookups[receipt];
    return hit ? json(ctx, 200, hit) : json(ctx, 404, {error: 'not_found'});
  }
  if (path === 'v1/questions' && ctx.method === 'GET') {
    if (st.listDelay) await new Promise((r) => setTimeout(r, st.listDelay));
    if (st.listFail) return json(ctx, 500, {error: 'internal'});
    const search = (ctx.query.search ?? '').toLowerCase();
    const page = Number(ctx.query.page ?? 1);
    const all = st.published.filter((q) => !search || JSON.stringify(q).toLowerCase().includes(search));
    const items = all.slice((page - 1) * st.perPage, page * st.perPage);
    return json(ctx, 200, {items, total: all.length, page, per_page: st.perPage});
  }

  if (path.startsWith('v1/moderation/')) {
    if (st.revoked || ctx.get('Authorization') !== `Bearer ${TOKEN}`) return json(ctx, 401, {error: 'unauthorized'});
    const rest = path.slice('v1/moderation/'.length);
    if (rest === 'me') return json(ctx, 200, {name: 'Sam'});
    if (rest === 'questions') {
      const status = ctx.query.status ?? 'pending';
      const items = st.questions.filter((q) => status === 'all' || q.status === status);
      items.sort((a, b) => Number(b.urgent) - Number(a.urgent) || a.created_on.localeCompare(b.created_on));
      return json(ctx, 200, {items});
    }
    const qm = rest.match(/^questions\/(\d+)$/);
    if (qm && ctx.method === 'POST') {
      const q = st.questions.find((x) => String(x.id) === qm[1]);
      if (!q) return json(ctx, 404, {error: 'not_found'});
      const body = await readJson(ctx.req);
      if (body.action === 'answer') Object.assign(q, {answer: body.answer, answered_by_role: body.answered_by_role, status: 'answered'});
      else if (body.action === 'publish') {
        if (!q.publish_ok) return json(ctx, 409, {error: 'no_consent'});
        q.status = 'published';
      } else if (body.action === 'decline') q.status = 'declined';
      st.audit.unshift({at: new Date().toISOString(), moderator: 'Sam', action: body.action, target_type: 'question', target_id: q.id});
      return json(ctx, 200, {item: q});
    }
    if (rest === 'stories') {
      const status = ctx.query.status ?? 'pending';
      return json(ctx, 200, {items: st.stories.filter((x) => status === 'all' || x.status === status)});
    }
    const photo = rest.match(/^stories\/(\d+)\/photo$/);
    if (photo && ctx.method === 'GET') {
      const s = st.stories.find((x) => String(x.id) === photo[1]);
      if (!s?.has_photo) return json(ctx, 404, {error: 'not_found'});
      ctx.type = 'image/png';
      ctx.set('Cache-Control', 'no-store');
      ctx.body = PNG;
      return;
    }
    const sm = rest.match(/^stories\/(\d+)$/);
    if (sm && ctx.method === 'POST') {
      const s = st.stories.find((x) => String(x.id) === sm[1]);
      if (!s) return json(ctx, 404, {error: 'not_found'});
      const body = await readJson(ctx.req);
      if (body.content_warnings) s.content_warnings = body.content_warnings;
      if (body.edits) {
        st.edits.push(body.edits);
        Object.assign(s, body.edits);
      }
      s.status = body.action === 'approve' ? 'approved' : 'rejected';
      if (body.action === 'approve') s.live_from = '2026-11-26T10:00:00Z';
      st.audit.unshift({at: new Date().toISOString(), moderator: 'Sam', action: body.action, target_type: 'story', target_id: s.id});
      return json(ctx, 200, {item: s});
    }
    if (rest === 'audit') return json(ctx, 200, {items: st.audit.slice(0, Number(ctx.query.limit ?? 100))});
  }
  return json(ctx, 404, {error: 'not_found'});
}
