/**
 * `<peer-story-carousel>`: one story per state. Storybook has no peerkit server, so this file installs
 * a story-only fake of the peerkit stories API on `/sb-api/stories/<behaviour>/…` (every other request
 * goes to the real network untouched); each story points `api` at the behaviour it needs and, where
 * the state follows a visitor action, a `play` function clicks like a visitor would.
 */
import {html} from 'lit';
import type {Meta, StoryObj} from '@storybook/web-components-vite';
import '../src/elements/story-carousel/peer-story-carousel.js';

const PREFIX = '/sb-api/stories/';
const XSS = '<img src=x onerror="alert(1)">';
const PHOTO =
  'data:image/svg+xml,' +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 300"><rect width="400" height="300" fill="#f6b26b"/><circle cx="200" cy="190" r="55" fill="#f9d56e"/><rect y="190" width="400" height="110" fill="#5b8fb9"/></svg>',
  );
const LONG = [
  'Eighteen months ago I could not walk into a meeting. I sat in the car park three Tuesdays in a row, engine running, telling myself I would go in next week.',
  'On the fourth Tuesday a woman knocked on my window. She did not ask me anything. She said the coffee was terrible and that there was a seat next to hers. I went in.',
  'I did not talk for a month. Nobody made me. People said hello, and somebody always saved me that seat.',
  'Recovery has not been a straight line. But the calls added up. The Tuesdays added up. Today I am the one who saves the seat.',
].join('\n\n');
const stories = [
  {id: 's1', title: 'The seat next to hers', body: LONG, name: 'Maya', recovery_months: 18, content_warnings: [], photo_url: PHOTO, photo_alt: 'A sunrise over a calm lake', published_on: '2026-03-12'},
  {id: 's2', title: 'Learning to ask for help', body: 'For years I thought asking for help meant I had failed. My counsellor told me it was the bravest thing I could do. She was right.', name: 'Dev', recovery_months: 7, content_warnings: ['substance-use'], published_on: '2026-04-02'},
  {id: 's3', title: 'After the relapse', body: 'I relapsed after two years and was sure everyone would give up on me. Nobody did. Starting again was hard, but it was not starting from zero.', name: 'Sam', recovery_months: 14, content_warnings: ['relapse'], published_on: '2026-05-20'},
  {id: 's4', title: 'Small mornings', body: 'What changed first was mornings. I started making my bed, then breakfast, then walking the dog before work. All of it together gave me a day I wanted to wake up for.', name: 'Rosa', content_warnings: [], published_on: '2026-06-01'},
  {id: 's5', title: 'One year', body: 'Last week I picked up my one-year keytag. My daughter asked what it was for, and for the first time I could tell her the truth without being ashamed.', name: 'Chris', recovery_months: 12, content_warnings: [], published_on: '2026-09-30'},
  {id: 's6', title: `Shown as text: ${XSS}`, body: `Every field is text, never HTML: ${XSS}`, name: `<b>Eve</b>`, content_warnings: [], published_on: '2026-10-01'},
];

const never = () => new Promise<Response>(() => undefined);
const json = (status: number, body: unknown) => new Response(JSON.stringify(body), {status, headers: {'Content-Type': 'application/json'}});
let sent = 0;

/** The fake API: `<behaviour>` is one of `ok`, `loading`, `error`, `empty`, `offline`, `refused`, `blocked` (writes refused by the browser while reads work, as CORS does). */
function fakeApi(url: URL, init?: RequestInit): Promise<Response> {
  const [behaviour, , ...rest] = url.pathname.slice(PREFIX.length).split('/');
  const path = rest.join('/');
  const method = (init?.method ?? 'GET').toUpperCase();
  if (path === 'v1/form-token') return Promise.resolve(json(200, {token: `story-${Date.now()}`}));
  if (path === 'health') return Promise.resolve(behaviour === 'blocked' ? json(200, {ok: true}) : json(404, {error: 'not_found'}));
  if (path === 'v1/stories' && method === 'POST') {
    if (behaviour === 'offline' || behaviour === 'blocked') return Promise.reject(new TypeError('Failed to fetch'));
    if (behaviour === 'refused') return Promise.resolve(json(422, {error: 'invalid', message: 'The story is too short.'}));
    return Promise.resolve(json(201, {withdraw_code: `K7QH-M3XD-9TRV-${String(++sent).padStart(4, '0')}`, status: 'pending'}));
  }
  if (path === 'v1/stories/withdraw') {
    const {withdraw_code: code} = JSON.parse(String(init?.body ?? '{}')) as {withdraw_code?: string};
    return Promise.resolve(code === 'K7QH-M3XD-9TRV-2PWA' ? json(200, {withdrawn: true}) : json(404, {error: 'not_found'}));
  }
  if (path === 'v1/stories') {
    if (behaviour === 'loading') return never();
    if (behaviour === 'error') return Promise.resolve(json(500, {error: 'internal'}));
    return Promise.resolve(json(200, {items: behaviour === 'empty' ? [] : stories}));
  }
  return Promise.resolve(json(404, {error: 'not_found'}));
}

const w = window as unknown as {__peerStoriesFake?: boolean};
if (!w.__peerStoriesFake) {
  w.__peerStoriesFake = true;
  const realFetch = window.fetch.bind(window);
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    return url.pathname.startsWith(PREFIX) ? fakeApi(url, init) : realFetch(input, init);
  };
}

interface Args {
  behaviour: string;
  autoplay: boolean;
  interval: number;
  layout: 'carousel' | 'list';
  noSubmit: boolean;
}

/** A fresh API path per render, so the outbox and drafts of one story never leak into another. */
const api = (behaviour: string, story: string) => `${PREFIX}${behaviour || 'ok'}/${story}-${Math.random().toString(36).slice(2, 8)}`;

const meta: Meta<Args> = {
  title: 'Elements/peer-story-carousel',
  component: 'peer-story-carousel',
  args: {behaviour: 'ok', autoplay: false, interval: 7, layout: 'carousel', noSubmit: false},
  argTypes: {layout: {control: 'inline-radio', options: ['carousel', 'list']}},
  render: ({behaviour, autoplay, interval, layout, noSubmit}, {id}) =>
    html`<peer-story-carousel api=${api(behaviour, id)} ?autoplay=${autoplay} interval=${interval} layout=${layout} ?no-submit=${noSubmit}></peer-story-carousel>`,
};
export default meta;
type Story = StoryObj<Args>;

const shadow = (root: HTMLElement) => root.querySelector('peer-story-carousel')!.shadowRoot!;
async function waitFor<T>(fn: () => T | null | undefined, ms = 5000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = fn();
    if (v) return v;
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}
async function openForm(canvasElement: HTMLElement, which: 'share' | 'withdraw') {
  const button = await waitFor(() => shadow(canvasElement).querySelector<HTMLButtonElement>(which === 'share' ? 'button.share-open' : 'button.withdraw-open'));
  button.click();
  const form = await waitFor(() => shadow(canvasElement).querySelector('peer-story-share')?.shadowRoot?.querySelector('form'));
  return form.getRootNode() as ShadowRoot;
}

/** Stories with a photo, a long story behind "read more", content warnings first, and hostile text shown as text. */
export const Carousel: Story = {};
/** Rotates every 7 s: the stop button comes first; focus or the pointer stops it; reduced motion starts it paused. */
export const Autoplay: Story = {args: {autoplay: true}};
/** Every story one after the other, for people who would rather read than page. */
export const List: Story = {args: {layout: 'list'}};
export const Loading: Story = {args: {behaviour: 'loading'}};
export const ErrorState: Story = {name: 'Error', args: {behaviour: 'error'}};
export const Empty: Story = {args: {behaviour: 'empty'}};
/** Read-only: no share or withdraw buttons. */
export const NoSubmit: Story = {args: {noSubmit: true}};
/** A static JSON file (`src`) rather than a server. */
export const StaticFile: Story = {
  render: () => html`<peer-story-carousel src="data:application/json,${encodeURIComponent(JSON.stringify(stories.slice(1, 4)))}" no-submit></peer-story-carousel>`,
};
export const Spanish: Story = {render: (_args, {id}) => html`<peer-story-carousel lang="es" api=${api('ok', id)}></peer-story-carousel>`};
/** The share form, loaded on request: guidance, warnings, specific consent, nothing pre-ticked. */
export const ShareForm: Story = {play: ({canvasElement}) => openForm(canvasElement, 'share').then(() => undefined)};
/** Sending an empty form lists every problem. */
export const ShareProblems: Story = {
  play: async ({canvasElement}) => {
    const root = await openForm(canvasElement, 'share');
    root.querySelector<HTMLButtonElement>('button.submit')!.click();
  },
};
/** After sending: the withdrawal code, shown large, with copy and save-as-note. */
export const WithdrawalCode: Story = {
  play: async ({canvasElement}) => {
    const root = await openForm(canvasElement, 'share');
    const set = (sel: string, v: string) => {
      const el = root.querySelector<HTMLInputElement | HTMLTextAreaElement>(sel)!;
      el.value = v;
      el.dispatchEvent(new Event('input'));
    };
    set('#f-title', 'The day I asked for help');
    set('#f-body', 'For years I thought asking for help meant I had failed. It was the bravest thing I did.');
    set('#f-name', 'Robin');
    root.querySelector<HTMLInputElement>('input[name=consent_publish]')!.click();
    root.querySelector<HTMLInputElement>('input[name=duration][value="1y"]')!.click();
    root.querySelector<HTMLButtonElement>('button.submit')!.click();
  },
};
/** Offline: the story waits in the outbox and is sent once the connection returns. */
export const Offline: Story = {args: {behaviour: 'offline'}, play: WithdrawalCode.play};
/** On a site whose origin the server does not accept: said plainly, no promise of a later send. */
export const CannotSendFromThisSite: Story = {args: {behaviour: 'blocked'}, play: WithdrawalCode.play};
/** The server refused the story: the reason is shown and nothing written is lost. */
export const Refused: Story = {args: {behaviour: 'refused'}, play: WithdrawalCode.play};
/** Withdraw a story with its code (try K7QH-M3XD-9TRV-2PWA). */
export const Withdraw: Story = {play: ({canvasElement}) => openForm(canvasElement, 'withdraw').then(() => undefined)};
