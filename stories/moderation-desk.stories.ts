/**
 * `<peer-moderation-desk>`: one story per state. A story-only fake of the peerkit moderation API
 * answers on `/sb-api/desk/<behaviour>/…` (other requests go to the network untouched); the demo
 * token is `demo-token`. States that follow an action are reached by a `play` function.
 */
import {html} from 'lit';
import type {Meta, StoryObj} from '@storybook/web-components-vite';
import '../src/elements/moderation-desk/peer-moderation-desk.js';
import type {PeerModerationDesk} from '../src/elements/moderation-desk/moderation-desk.js';

const PREFIX = '/sb-api/desk/';
const TOKEN = 'demo-token';
const XSS = '<img src=x onerror="alert(1)">';

const questions = [
  {id: 11, body: `I can't go on like this, I think about ending it all. ${XSS}`, lang: 'en', publish_ok: false, urgent: true, status: 'pending', created_on: '2026-11-22'},
  {id: 12, body: 'How do I talk to my family about going to treatment?', topic: 'Family and friends', lang: 'en', publish_ok: true, urgent: false, status: 'pending', created_on: '2026-11-20'},
  {id: 13, body: '¿Es normal tener antojos después de seis meses?', topic: 'Cravings', lang: 'es', publish_ok: true, urgent: false, status: 'pending', created_on: '2026-11-21'},
];
const stories = [
  {id: 21, title: 'Eighteen months', body: 'Eighteen months ago I could not walk into a meeting. Today I make the coffee on Tuesdays, and I am grateful for every newcomer.', name: 'Robin', recovery_months: 18, content_warnings: ['substance-use'], consent_duration: '3y', status: 'pending', has_photo: true, photo_alt: 'A coffee urn on a folding table', created_on: '2026-11-21'},
  {id: 22, title: 'After the relapse', body: 'I relapsed after two years. Coming back was the hardest and best thing I have done; nobody asked me to explain.', name: 'J.', content_warnings: ['relapse'], consent_duration: 'until-withdrawn', status: 'pending', has_photo: false, created_on: '2026-11-23'},
];
const audit = [
  {at: '2026-11-24T15:10:00Z', moderator: 'Sam', action: 'publish', target_type: 'question', target_id: 9},
  {at: '2026-11-24T15:02:00Z', moderator: 'Sam', action: 'answer', target_type: 'question', target_id: 9},
  {at: '2026-11-23T09:41:00Z', moderator: 'Alex', action: 'approve', target_type: 'story', target_id: 20},
];

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), {status, headers: {'Content-Type': 'application/json'}});

/** `<behaviour>`: `ok`, `empty` (nothing queued) or `error` (lists fail with 500). */
function fakeApi(url: URL, init?: RequestInit): Response {
  const [behaviour, , ...rest] = url.pathname.slice(PREFIX.length).split('/');
  const path = rest.join('/');
  const auth = new Headers(init?.headers).get('Authorization');
  if (auth !== `Bearer ${TOKEN}`) return json(401, {error: 'unauthorized'});
  if (path === 'v1/moderation/me') return json(200, {name: 'Sam'});
  if (behaviour === 'error') return json(500, {error: 'internal'});
  const empty = behaviour === 'empty';
  if (path === 'v1/moderation/questions') return json(200, {items: empty ? [] : questions});
  if (path === 'v1/moderation/stories') return json(200, {items: empty ? [] : stories});
  if (path === 'v1/moderation/audit') return json(200, {items: empty ? [] : audit});
  const q = path.match(/^v1\/moderation\/questions\/(\d+)$/);
  if (q) {
    const body = JSON.parse(String(init?.body ?? '{}')) as {action: string; answer?: string; answered_by_role?: string};
    const item = {...questions.find((x) => String(x.id) === q[1])!};
    if (body.action === 'publish' && !item.publish_ok) return json(409, {error: 'no_consent'});
    Object.assign(item, body.action === 'answer' ? {status: 'answered', answer: body.answer, answered_by_role: body.answered_by_role} : {status: body.action === 'publish' ? 'published' : 'declined'});
    return json(200, {item});
  }
  const s = path.match(/^v1\/moderation\/stories\/(\d+)$/);
  if (s) {
    const body = JSON.parse(String(init?.body ?? '{}')) as {action: string; content_warnings?: string[]};
    const item = {...stories.find((x) => String(x.id) === s[1])!, content_warnings: body.content_warnings ?? [], status: body.action === 'approve' ? 'approved' : 'rejected'};
    return json(200, {item: body.action === 'approve' ? {...item, live_from: new Date(Date.now() + 24 * 3600_000).toISOString()} : item});
  }
  return json(404, {error: 'not_found'});
}

const w = window as unknown as {__peerDeskFake?: boolean};
if (!w.__peerDeskFake) {
  w.__peerDeskFake = true;
  const realFetch = window.fetch.bind(window);
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    return url.pathname.startsWith(PREFIX) ? Promise.resolve(fakeApi(url, init)) : realFetch(input, init);
  };
}

interface Args {
  behaviour: 'ok' | 'empty' | 'error';
}

const meta: Meta<Args> = {
  title: 'Elements/peer-moderation-desk',
  component: 'peer-moderation-desk',
  args: {behaviour: 'ok'},
  argTypes: {behaviour: {control: 'inline-radio', options: ['ok', 'empty', 'error']}},
  // A fresh API path per render: the sessionStorage token of one story does not sign in another.
  render: ({behaviour}) => html`<peer-moderation-desk api=${`${PREFIX}${behaviour}/${Math.random().toString(36).slice(2, 8)}`}></peer-moderation-desk>`,
};
export default meta;
type Story = StoryObj<Args>;

const desk = (root: HTMLElement) => root.querySelector('peer-moderation-desk') as PeerModerationDesk;
const until = async (fn: () => unknown) => {
  for (let i = 0; i < 200 && !fn(); i++) await new Promise((r) => setTimeout(r, 25));
};
async function signIn(root: HTMLElement, token = TOKEN) {
  const el = desk(root);
  await el.updateComplete;
  const sr = el.shadowRoot!;
  (sr.querySelector('#token') as HTMLInputElement).value = token;
  (sr.querySelector('form[part="sign-in"] button[type="submit"]') as HTMLButtonElement).click();
  await until(() => sr.querySelector('#signed-in') || sr.querySelector('#sign-in-error'));
  return sr;
}
async function openTab(root: HTMLElement, tab: 'stories' | 'audit') {
  const sr = await signIn(root);
  (sr.querySelector(`#tab-${tab}`) as HTMLButtonElement).click();
  return sr;
}

/** Signed out: the token field. */
export const SignedOut: Story = {};

/** A token the server does not accept. */
export const BadToken: Story = {play: ({canvasElement}) => signIn(canvasElement, 'wrong').then(() => undefined)};

/** The questions queue: urgent first and clearly marked; publish disabled with a reason when the asker did not allow it. */
export const Queue: Story = {play: ({canvasElement}) => signIn(canvasElement).then(() => undefined)};

/** Answering a question as a clinician. */
export const Answer: Story = {
  play: async ({canvasElement}) => {
    const sr = await signIn(canvasElement);
    await until(() => sr.querySelectorAll('ol.items article').length);
    const article = sr.querySelectorAll('ol.items article')[1];
    const ta = article.querySelector('textarea')!;
    ta.value = 'Start with how you feel, not with the plan. Family groups such as Al-Anon or Nar-Anon can help them too.';
    ta.dispatchEvent(new Event('input'));
    (article.querySelector('input[value="clinician"]') as HTMLInputElement).click();
    (article.querySelector('button[type="submit"]') as HTMLButtonElement).click();
  },
};

/** Nothing waiting. */
export const EmptyQueue: Story = {args: {behaviour: 'empty'}, play: ({canvasElement}) => signIn(canvasElement).then(() => undefined)};

/** The queue could not be loaded: message and retry. */
export const QueueError: Story = {args: {behaviour: 'error'}, play: ({canvasElement}) => signIn(canvasElement).then(() => undefined)};

/** Stories waiting for review, with editable content warnings. */
export const Stories: Story = {play: ({canvasElement}) => openTab(canvasElement, 'stories').then(() => undefined)};

/** The audit log. */
export const AuditLog: Story = {play: ({canvasElement}) => openTab(canvasElement, 'audit').then(() => undefined)};
