/**
 * `<peer-resource-directory>`: one story per state, on the HSDS test fixture
 * (`/test/fixtures/hsds/services.json`, 26 messy services, one unreadable). Storybook has no HSDS
 * server, so this file installs a story-only fake on `/sb-api/hsds/<behaviour>/…` (every other
 * request goes to the real network untouched): `never` hangs (loading), `not-json` answers HTML,
 * `api` serves the fixture as an HSDS API with paging. States that follow a visitor action (detail,
 * saved list, report) get there with a `play` function that clicks like a visitor would.
 */
import {html} from 'lit';
import type {Meta, StoryObj} from '@storybook/web-components-vite';
import '../src/elements/resource-directory/peer-resource-directory.js';
import type {PeerResourceDirectory} from '../src/elements/resource-directory/resource-directory.js';

const FILE = '/test/fixtures/hsds/services.json';
const PREFIX = '/sb-api/hsds/';
const never = () => new Promise<Response>(() => undefined);
const json = (status: number, body: unknown) => new Response(JSON.stringify(body), {status, headers: {'Content-Type': 'application/json'}});
let fixture: Promise<Record<string, unknown>[]> | undefined;

async function fakeHsds(url: URL, init?: RequestInit): Promise<Response> {
  const [behaviour, ...rest] = url.pathname.slice(PREFIX.length).split('/');
  const path = rest.join('/');
  if (behaviour === 'never') return never();
  if (behaviour === 'not-json') return new Response('<!doctype html><p>A web page, not data</p>', {status: 200, headers: {'Content-Type': 'text/html'}});
  if (behaviour === 'feedback' && (init?.method ?? 'GET').toUpperCase() === 'POST') return json(201, {ok: true});
  fixture ??= fetch(FILE).then((r) => r.json());
  const all = (await fixture).filter((s) => s && typeof s === 'object');
  if (path === 'services') {
    const q = (url.searchParams.get('search') ?? '').toLowerCase();
    const size = Number(url.searchParams.get('per_page')) || 25;
    const page = Number(url.searchParams.get('page')) || 1;
    const hits = all.filter((s) => !q || JSON.stringify([s.name, s.description]).toLowerCase().includes(q));
    const contents = hits.slice((page - 1) * size, page * size);
    return json(200, {total_items: hits.length, total_pages: Math.ceil(hits.length / size), page_number: page, size, contents});
  }
  const one = path.match(/^services\/(.+)$/);
  if (one) {
    const s = all.find((x) => String(x.id) === decodeURIComponent(one[1]));
    return s ? json(200, s) : json(404, {error: 'not_found'});
  }
  return json(404, {error: 'not_found'});
}

const w = window as unknown as {__peerHsdsFake?: boolean};
if (!w.__peerHsdsFake) {
  w.__peerHsdsFake = true;
  const realFetch = window.fetch.bind(window);
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    return url.pathname.startsWith(PREFIX) ? fakeHsds(url, init) : realFetch(input, init);
  };
}

interface Args {
  src: string;
  format: 'json' | 'hsds';
  query: string;
  openNow: boolean;
  crisisRow: boolean;
  quickExit: boolean;
  feedbackUrl: string;
}

const meta: Meta<Args> = {
  title: 'Elements/Resource directory',
  component: 'peer-resource-directory',
  args: {src: FILE, format: 'json', query: '', openNow: false, crisisRow: false, quickExit: false, feedbackUrl: ''},
  render: ({src, format, query, openNow, crisisRow, quickExit, feedbackUrl}) =>
    html`<peer-resource-directory
      src=${src}
      format=${format}
      query=${query}
      ?open-now=${openNow}
      ?crisis-row=${crisisRow}
      ?quick-exit=${quickExit}
      feedback-url=${feedbackUrl}
      @peer-quick-exit=${(e: Event) => e.preventDefault() /* stay in Storybook */}
    ></peer-resource-directory>`,
};
export default meta;
type Story = StoryObj<Args>;

async function ready(canvas: HTMLElement): Promise<PeerResourceDirectory> {
  const el = canvas.querySelector('peer-resource-directory') as PeerResourceDirectory;
  for (let i = 0; i < 200 && !el.shadowRoot?.querySelector('.list, [part=error], [part=empty]'); i++) await new Promise((r) => setTimeout(r, 50));
  await el.updateComplete;
  return el;
}

/** Results from a JSON file: status from the hours engine, distance, last verified, actions; a note about the skipped record. */
export const Results: Story = {};

/** Waiting for the directory. */
export const Loading: Story = {args: {src: `${PREFIX}never/services.json`}};

/** The file is a web page, not JSON: a clear message and a retry button. */
export const ErrorNotJson: Story = {args: {src: `${PREFIX}not-json/services.json`}};

/** The directory cannot be reached. */
export const ErrorUnreachable: Story = {args: {src: 'http://127.0.0.1:9/services.json'}};

/** Nothing matches: say so and offer to clear the filters. */
export const Empty: Story = {args: {query: 'zzzz no such service'}};

/** A file none of whose records can be read: the count and the first reasons, no "clear filters". */
export const Unreadable: Story = {args: {src: '/test/fixtures/hsds/unreadable.json'}};

/** The HSDS spec's own example: its schedule expired in 2005, so "Hours may be out of date". */
export const HoursOutOfDate: Story = {args: {src: '/test/fixtures/hsds/spec-example.json'}};

/** Open now only: services with unknown hours are never shown as open. */
export const OpenNow: Story = {args: {openNow: true}};

/** A sensitive directory: crisis lines above the results and a quick-exit button (Escape twice works too). */
export const CrisisRowAndQuickExit: Story = {args: {crisisRow: true, quickExit: true}};

/** An HSDS API: server-side search, paging as the visitor scrolls, detail from /services/{id}. */
export const HsdsApi: Story = {args: {src: `${PREFIX}api`, format: 'hsds'}};

/** The detail dialog with everything the record holds, and "Report an error". */
export const Detail: Story = {
  args: {feedbackUrl: `${PREFIX}feedback`},
  play: async ({canvasElement}) => {
    const el = await ready(canvasElement);
    (el.shadowRoot!.querySelector('.card h3 button') as HTMLButtonElement).click();
  },
};

/** The saved list, kept on this device: print it or share a link carrying only the ids. */
export const SavedList: Story = {
  play: async ({canvasElement}) => {
    const el = await ready(canvasElement);
    const saves = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.save[aria-pressed=false]')].slice(0, 2);
    for (const b of saves) b.click();
    await el.updateComplete;
    (el.shadowRoot!.querySelector('.saved-toggle') as HTMLButtonElement).click();
  },
};

/** In Spanish. */
export const Spanish: Story = {
  args: {crisisRow: true, quickExit: true},
  render: (args, ctx) => html`<div lang="es">${meta.render!(args, ctx)}</div>`,
};
