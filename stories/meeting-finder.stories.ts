/**
 * `<peer-meeting-finder>`: one story per state, on the Meeting Guide test fixture
 * (`/test/fixtures/meeting-guide/feed.json`: 30 hand-edited records, 5 unreadable). A story-only
 * fake answers `/sb-api/meetings/<behaviour>` (every other request goes to the network untouched):
 * `never` hangs (loading), `not-json` answers HTML (error). The details state gets there with a
 * `play` function that clicks like a visitor. The map story loads Leaflet and OpenStreetMap tiles,
 * as a visitor opening the map would.
 */
import {html} from 'lit';
import type {Meta, StoryObj} from '@storybook/web-components-vite';
import '../src/elements/meeting-finder/peer-meeting-finder.js';
import type {PeerMeetingFinder} from '../src/elements/meeting-finder/meeting-finder.js';

const FEED = '/test/fixtures/meeting-guide/feed.json';
const FEED_B = '/test/fixtures/meeting-guide/feed-b.json';
const PREFIX = '/sb-api/meetings/';

const w = window as unknown as {__peerMeetingsFake?: boolean};
if (!w.__peerMeetingsFake) {
  w.__peerMeetingsFake = true;
  const realFetch = window.fetch.bind(window);
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    if (!url.pathname.startsWith(PREFIX)) return realFetch(input, init);
    const behaviour = url.pathname.slice(PREFIX.length);
    if (behaviour === 'never') return new Promise<Response>(() => undefined);
    return Promise.resolve(new Response('<!doctype html><p>A web page, not a feed</p>', {status: 200, headers: {'Content-Type': 'text/html'}}));
  };
}

interface Args {
  src: string;
  day?: string;
  time?: string;
  types?: string;
  attendance?: string;
  region?: string;
  query?: string;
  near?: string;
  radius?: number;
  view?: string;
  lang?: string;
  theme?: string;
}

const meta: Meta<Args> = {
  title: 'Elements/Meeting finder',
  component: 'peer-meeting-finder',
  args: {src: FEED},
  render: (a) => html`<peer-meeting-finder
    src=${a.src}
    day=${a.day ?? ''}
    time=${a.time ?? ''}
    types=${a.types ?? ''}
    attendance=${a.attendance ?? ''}
    region=${a.region ?? ''}
    query=${a.query ?? ''}
    near=${a.near ?? ''}
    .radius=${a.radius}
    view=${a.view ?? 'list'}
    lang=${a.lang ?? 'en'}
    theme=${a.theme ?? 'auto'}
  ></peer-meeting-finder>`,
};
export default meta;
type Story = StoryObj<Args>;

const finder = (root: HTMLElement) => root.querySelector('peer-meeting-finder') as PeerMeetingFinder;
const until = async (f: () => unknown) => {
  for (let i = 0; i < 300 && !f(); i++) await new Promise((r) => setTimeout(r, 50));
};

/** Every meeting of the feed, upcoming first; five unreadable records are skipped with a small note. */
export const Results: Story = {};

/** The feed is on its way. */
export const Loading: Story = {args: {src: `${PREFIX}never`}};

/** The feed answered with a web page instead of JSON: a translated message and "Try again". */
export const ErrorState: Story = {args: {src: `${PREFIX}not-json`}};

/** Nothing matches: a hint and "Clear filters". */
export const Empty: Story = {args: {query: 'zzzz no such meeting'}};

/** A feed none of whose records can be read (no slugs): the count and the first reasons, no "clear filters". */
export const Unreadable: Story = {args: {src: '/test/fixtures/meeting-guide/unreadable.json'}};

/** A feed that names no time zone: local times with no zone and no "your time" (issue 18). */
export const NoTimeZone: Story = {args: {src: '/test/fixtures/meeting-guide/no-timezone.json'}};

/** Pre-filtered by the page: Wednesday evenings that can be joined online. */
export const Filtered: Story = {args: {day: '3', time: 'evening night', attendance: 'online'}};

/** Open meetings that are not discussion meetings (`types="O -D"`). */
export const TypesWithAndWithout: Story = {args: {types: 'O -D'}};

/** Near downtown Springfield, within 5 miles, sorted by distance. */
export const Near: Story = {args: {near: '39.7989,-89.6479', radius: 5}};

/** Two feeds merged. */
export const TwoFeeds: Story = {args: {src: `${FEED} ${FEED_B}`}};

/** Spanish, dark theme. */
export const SpanishDark: Story = {args: {lang: 'es', theme: 'dark'}};

/** A meeting's details: join on Zoom, dial in, directions, calendar, share. */
export const Detail: Story = {
  args: {query: 'Nueva Vida'},
  play: async ({canvasElement}) => {
    const el = finder(canvasElement);
    await until(() => el.shadowRoot?.querySelector('.meeting .open'));
    (el.shadowRoot!.querySelector('.meeting .open') as HTMLButtonElement).click();
  },
};

/** The map: Leaflet and tiles load only now, with one pin per place. */
export const MapView: Story = {args: {view: 'map'}};

/** The map when none of the results has a place (online meetings only): it says so. */
export const MapNoLocations: Story = {args: {view: 'map', query: 'young people'}};

/** The type list opened: each code from the feed with "either / with / without" (names load now). */
export const TypeList: Story = {
  play: async ({canvasElement}) => {
    const el = finder(canvasElement);
    await until(() => el.shadowRoot?.querySelector('details.types summary'));
    (el.shadowRoot!.querySelector('.filters-toggle') as HTMLButtonElement).click();
    (el.shadowRoot!.querySelector('details.types summary') as HTMLElement).click();
  },
};
