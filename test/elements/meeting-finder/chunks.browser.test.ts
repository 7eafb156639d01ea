/**
 * Lazy chunks that cannot be fetched (offline for a moment): the map's error state and its retry,
 * the details. In a page of their own, since a chunk that loaded once stays loaded. The chunks
 * middleware drops the connection for a chunk's module while it is down.
 */
import {fixture, html, expect} from '@open-wc/testing';
import {expectAccessible, until, $} from '../../support/a11y.js';
import '../../../src/elements/meeting-finder/peer-meeting-finder.js';
import type {PeerMeetingFinder} from '../../../src/elements/meeting-finder/meeting-finder.js';

const FEED = '/test/fixtures/meeting-guide/feed.json';
const API = '/fake-api/meeting-finder';
// Its own tile URLs: the test runner lets the browser cache every .png for a year, and the map
// test counts the tile requests it sees.
const TILES = `${API}/tiles/{z}/{x}/{y}.png?from=chunks-test`;
// The shared chunks middleware (test/support/middleware/chunks.mjs): never cached, so a chunk another
// test file loaded before is really down.
const down = (chunk: string) => fetch(`/fake-api/chunks?down=${chunk ? `/src/elements/meeting-finder/${chunk}.ts` : ''}`);

afterEach(() => down(''));

describe('<peer-meeting-finder> lazy chunks that cannot load', () => {
  it('the map: an error with a retry button, and the map after a retry', async function () {
    this.timeout(60000);
    await down('map');
    const el = await fixture<PeerMeetingFinder>(html`<peer-meeting-finder src=${FEED} view="map" tile-url=${TILES}></peer-meeting-finder>`);
    await until(() => $(el, '.map [role=alert]'), 'map error', 10000);
    expect($(el, '.map [role=alert] p')!.textContent).to.equal('The map could not be loaded.');
    expect($(el, '.list')).to.equal(null);
    await expectAccessible(el);
    await down('');
    ($(el, '.map [role=alert] button') as HTMLButtonElement).click();
    await until(() => $(el, '.leaflet-container .mf-pin'), 'map after the retry', 10000);
    expect($(el, '.map [role=alert]')).to.equal(null);
  });

  it('the details: a message when they cannot load, and the details on the next press', async () => {
    await down('detail');
    const el = await fixture<PeerMeetingFinder>(html`<peer-meeting-finder src=${FEED}></peer-meeting-finder>`);
    await until(() => $(el, '.list'), 'list', 15000);
    const open = $(el, '.meeting .open') as HTMLButtonElement;
    open.click();
    await until(() => $(el, '.notice'), 'a message', 10000);
    expect($(el, '.notice')!.textContent).to.equal('We could not reach the server. Check your connection and try again.');
    expect(($(el, 'dialog.detail') as HTMLDialogElement).open).to.equal(false);
    await expectAccessible(el);
    await down('');
    open.click();
    await until(() => ($(el, 'dialog.detail') as HTMLDialogElement).open, 'details on the next press', 10000);
    expect($(el, 'dialog.detail h2')!.textContent).to.equal(open.textContent);
  });
});
