/**
 * `<peer-question-box>`: one story per state. Storybook has no peerkit server, so this file installs
 * a story-only fake of the peerkit API on `/sb-api/questions/<behaviour>/…` (every other request goes
 * to the real network untouched); each story points `api` at the behaviour it needs and, where the
 * state follows a visitor action, a `play` function types and clicks like a visitor would.
 */
import {html} from 'lit';
import type {Meta, StoryObj} from '@storybook/web-components-vite';
import '../src/elements/question-box/peer-question-box.js';
import type {PeerQuestionBox} from '../src/elements/question-box/question-box.js';

const PREFIX = '/sb-api/questions/';
const XSS = '<img src=x onerror="alert(1)">';
const published = [
  {id: 1, body: 'Is it normal to still crave after 6 months?', topic: 'Cravings', answer: 'Yes. Cravings usually fade with time, and each one passes within minutes. Tell your sponsor or counsellor when they come.', answered_by_role: 'clinician', published_on: '2026-10-02'},
  {id: 2, body: 'Can I go to a meeting if I relapsed yesterday?', topic: 'Relapse', answer: 'Yes. You are welcome, today more than ever. Many of us came back after a relapse.', answered_by_role: 'peer', published_on: '2026-11-01'},
  {id: 3, body: `Visitor text is shown as text: ${XSS}`, answer: `So are answers: ${XSS}`, answered_by_role: 'peer', published_on: '2026-11-12'},
];

const never = () => new Promise<Response>(() => undefined);
const json = (status: number, body: unknown) => new Response(JSON.stringify(body), {status, headers: {'Content-Type': 'application/json'}});
let sent = 0;

/**
 * The fake API: `<behaviour>` is a comma list of `list-loading`, `list-error`, `list-empty`,
 * `submit-slow`, `submit-offline`, `submit-refused`, `submit-blocked` (the browser refuses the write
 * and the receipt lookup while the server answers reads, as a CORS refusal does).
 */
function fakeApi(url: URL, init?: RequestInit): Promise<Response> {
  const [behaviour, , ...rest] = url.pathname.slice(PREFIX.length).split('/');
  const path = rest.join('/');
  const has = (b: string) => behaviour.split(',').includes(b);
  const method = (init?.method ?? 'GET').toUpperCase();
  if (path === 'v1/form-token') return Promise.resolve(json(200, {token: `story-${Date.now()}`}));
  if (path === 'health') return Promise.resolve(has('submit-blocked') ? json(200, {ok: true}) : json(404, {error: 'not_found'}));
  if (path === 'v1/questions' && method === 'POST') {
    // Slow, not stuck: the outbox sends one item at a time, and other stories share it.
    if (has('submit-slow')) return new Promise((r) => setTimeout(() => r(json(201, {receipt: 'SLOW-SLOW-SLOW-SLOW', status: 'pending'})), 8000));
    if (has('submit-offline') || has('submit-blocked')) return Promise.reject(new TypeError('Failed to fetch'));
    if (has('submit-refused')) return Promise.resolve(json(422, {error: 'invalid', message: 'refused'}));
    return Promise.resolve(json(201, {receipt: `K7QH-M3XD-9TRV-${String(++sent).padStart(4, '0')}`, status: 'pending'}));
  }
  if (path === 'v1/questions/lookup') {
    if (has('submit-blocked')) return Promise.reject(new TypeError('Failed to fetch'));
    const {receipt} = JSON.parse(String(init?.body ?? '{}')) as {receipt?: string};
    if (receipt === 'K7QH-M3XD-9TRV-2PWA') return Promise.resolve(json(200, {status: 'answered', answer: 'Yes, it is normal. Cravings get weaker and rarer with time.', answered_at: '2026-11-20', answered_by_role: 'peer'}));
    return Promise.resolve(json(404, {error: 'not_found'}));
  }
  if (path === 'v1/questions') {
    if (has('list-loading')) return never();
    if (has('list-error')) return Promise.resolve(json(500, {error: 'internal'}));
    const items = has('list-empty') ? [] : published;
    return Promise.resolve(json(200, {items, total: items.length, page: 1, per_page: 20}));
  }
  return Promise.resolve(json(404, {error: 'not_found'}));
}

const w = window as unknown as {__peerQuestionsFake?: boolean};
if (!w.__peerQuestionsFake) {
  w.__peerQuestionsFake = true;
  const realFetch = window.fetch.bind(window);
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    return url.pathname.startsWith(PREFIX) ? fakeApi(url, init) : realFetch(input, init);
  };
}

interface Args {
  behaviour: string;
  topics: string;
  noPublicList: boolean;
  crisisRegion: string;
}

/** A fresh API path per render, so the outbox and drafts of one story never leak into another. */
const api = (behaviour: string, story: string) => `${PREFIX}${behaviour || 'ok'}/${story}-${Math.random().toString(36).slice(2, 8)}`;

const meta: Meta<Args> = {
  title: 'Elements/peer-question-box',
  component: 'peer-question-box',
  args: {behaviour: 'ok', topics: 'Cravings, Relapse, Family and friends', noPublicList: false, crisisRegion: 'us'},
  render: ({behaviour, topics, noPublicList, crisisRegion}, {id}) =>
    html`<peer-question-box api=${api(behaviour, id)} topics=${topics} crisis-region=${crisisRegion} ?no-public-list=${noPublicList}></peer-question-box>`,
};
export default meta;
type Story = StoryObj<Args>;

const box = (root: HTMLElement) => root.querySelector('peer-question-box') as PeerQuestionBox;
const shadow = async (root: HTMLElement) => {
  const el = box(root);
  await el.updateComplete;
  return el.shadowRoot!;
};
async function typeQuestion(root: HTMLElement, text: string) {
  const sr = await shadow(root);
  const ta = sr.querySelector('#question') as HTMLTextAreaElement;
  ta.value = text;
  ta.dispatchEvent(new Event('input', {bubbles: true, composed: true}));
  await box(root).updateComplete;
}
async function submit(root: HTMLElement) {
  const sr = await shadow(root);
  (sr.querySelector('form[part="form"] button[type="submit"]') as HTMLButtonElement).click();
  await box(root).updateComplete;
}
async function lookUp(root: HTMLElement, code: string) {
  const sr = await shadow(root);
  (sr.querySelector('#tab-check') as HTMLButtonElement).click();
  await box(root).updateComplete;
  const input = sr.querySelector('#code') as HTMLInputElement;
  input.value = code;
  input.dispatchEvent(new Event('input'));
  (sr.querySelector('[part="lookup"] button[type="submit"]') as HTMLButtonElement).click();
}

/** The calm form, with the published list below. */
export const Form: Story = {};

/** The help panel appears as soon as the draft suggests a crisis; sending is still possible. */
export const CrisisPanel: Story = {play: ({canvasElement}) => typeQuestion(canvasElement, 'Some nights I want to end it all and I do not know who to tell.')};

/** The same panel in Spanish (988, press 2). */
export const CrisisPanelSpanish: Story = {
  render: (args, ctx) => html`<div lang="es">${meta.render!(args, ctx)}</div>`,
  play: ({canvasElement}) => typeQuestion(canvasElement, 'A veces quiero morir y no sé a quién decírselo.'),
};

/** Before sending, a warning about what could identify the asker: edit, or send anyway. */
export const PersonalInformationWarning: Story = {
  play: async ({canvasElement}) => {
    await typeQuestion(canvasElement, 'My name is Maria, you can call me at 555-123-4567. Is it normal to crave after 6 months?');
    await submit(canvasElement);
  },
};

/** Sending (the server is slow to answer). */
export const Submitting: Story = {
  args: {behaviour: 'submit-slow', noPublicList: true},
  play: async ({canvasElement}) => {
    await typeQuestion(canvasElement, 'How do I tell my family that I relapsed?');
    await submit(canvasElement);
  },
};

/** Sent: the receipt code large, copy, save as a note, how to come back. */
export const Receipt: Story = {
  args: {noPublicList: true},
  play: async ({canvasElement}) => {
    await typeQuestion(canvasElement, 'How do I tell my family that I relapsed?');
    await submit(canvasElement);
  },
};

/** Offline or the server down: the question is kept on the device and sent later. */
export const OfflineQueued: Story = {
  args: {behaviour: 'submit-offline', noPublicList: true},
  play: async ({canvasElement}) => {
    await typeQuestion(canvasElement, 'Can I still go to a meeting if I drank last night?');
    await submit(canvasElement);
  },
};

/** Sent after a question that looked like a crisis: the help panel, with the 911 line, stays above the receipt. */
export const CrisisReceipt: Story = {
  args: {noPublicList: true},
  play: async ({canvasElement}) => {
    await typeQuestion(canvasElement, 'I think I took too much and I cant breathe');
    await submit(canvasElement);
  },
};

/** On a site whose origin the server does not accept: said plainly, no promise of a later send. */
export const CannotSendFromThisSite: Story = {
  args: {behaviour: 'submit-blocked', noPublicList: true},
  play: async ({canvasElement}) => {
    await typeQuestion(canvasElement, 'A question this site cannot send yet.');
    await submit(canvasElement);
  },
};

/** "Forget this device", asking for confirmation (favourites only when ticked). */
export const ForgetThisDevice: Story = {
  args: {noPublicList: true},
  play: async ({canvasElement}) => {
    const sr = await shadow(canvasElement);
    (sr.querySelector('button.forget-open') as HTMLButtonElement).click();
  },
};

/** The server refused the question: a clear message, and the text is kept. */
export const Refused: Story = {
  args: {behaviour: 'submit-refused', noPublicList: true},
  play: async ({canvasElement}) => {
    await typeQuestion(canvasElement, 'A question the server refuses.');
    await submit(canvasElement);
  },
};

/** "Check my answer" with a code typed loosely: the answer, who answered and when. */
export const LookupFound: Story = {args: {noPublicList: true}, play: ({canvasElement}) => lookUp(canvasElement, 'k7qh m3xd 9trv 2pwa')};

/** An unknown code. */
export const LookupNotFound: Story = {args: {noPublicList: true}, play: ({canvasElement}) => lookUp(canvasElement, 'AAAA-BBBB-CCCC-DDDD')};

/** On a site whose origin the server does not accept: checking a code is refused, said plainly (not "check your connection"). */
export const LookupCannotCheckFromThisSite: Story = {args: {behaviour: 'submit-blocked', noPublicList: true}, play: ({canvasElement}) => lookUp(canvasElement, 'K7QH-M3XD-9TRV-2PWA')};

/** The published list while it loads. */
export const ListLoading: Story = {args: {behaviour: 'list-loading'}};

/** The published list could not be loaded: message and retry. */
export const ListError: Story = {args: {behaviour: 'list-error'}};

/** Nothing published yet. */
export const ListEmpty: Story = {args: {behaviour: 'list-empty'}};

/** Published questions: peer and clinician answers, dates only, visitor text as text. */
export const ListResults: Story = {};

/** Without the public list (`no-public-list`). */
export const NoPublicList: Story = {args: {noPublicList: true}};
