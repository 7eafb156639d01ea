import {fixture, html, expect} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {expectAccessible, until, $, $$} from '../../support/a11y.js';
import '../../../src/elements/meeting-finder/peer-meeting-finder.js';
import type {PeerMeetingFinder} from '../../../src/elements/meeting-finder/meeting-finder.js';

const FEED = '/test/fixtures/meeting-guide/feed.json';
const API = '/fake-api/meeting-finder';
const TILES = `${API}/tiles/{z}/{x}/{y}.png`;

const tileCount = async () => ((await (await fetch(`${API}/tile-count`)).json()) as {count: number}).count;

afterEach(() => history.replaceState(null, '', location.pathname));

describe('<peer-meeting-finder> map view', () => {
  it('loads Leaflet and tiles only when the visitor opens the map, with grouped pins', async function () {
    this.timeout(60000);
    await fetch(`${API}/control?resetTiles=1`);
    const el = await fixture<PeerMeetingFinder>(html`<peer-meeting-finder src=${FEED} tile-url=${TILES}></peer-meeting-finder>`);
    await until(() => $(el, '.list'), 'list', 15000);
    expect($(el, '.leaflet-container')).to.equal(null);
    expect(await tileCount()).to.equal(0);

    const mapButton = $$(el, '.views button').find((b) => b.textContent === 'Map') as HTMLButtonElement;
    mapButton.click();
    await until(() => $(el, '.leaflet-container .mf-pin'), 'map with pins', 10000);
    expect(el.getAttribute('view')).to.equal('map');
    expect(mapButton.getAttribute('aria-pressed')).to.equal('true');
    // Leaflet's CSS is inside the shadow root, not in the page.
    expect([...document.styleSheets].some((s) => [...s.cssRules].some((r) => r.cssText.includes('leaflet')))).to.equal(false);
    // One pin per location; meetings meeting at the same place share one (with a count).
    const pins = $$(el, '.mf-pin');
    const counts = pins.map((p) => Number(p.textContent));
    expect(counts.reduce((a, b) => a + b, 0)).to.be.greaterThan(pins.length - 1);
    expect(counts.some((n) => n > 1)).to.equal(true);
    for (let i = 0; i < 100 && (await tileCount()) === 0; i++) await new Promise((r) => setTimeout(r, 100));
    expect(await tileCount()).to.be.greaterThan(0);
    await expectAccessible(el);

    // A pin's popup lists its meetings; choosing one opens the details.
    const pin = pins.find((p) => Number(p.textContent) > 1)!;
    pin.click();
    await until(() => $(el, '.mf-popup button'), 'popup');
    ($(el, '.mf-popup button') as HTMLButtonElement).click();
    await until(() => ($(el, 'dialog.detail') as HTMLDialogElement).open, 'details from the map');

    // Back to the list: the map is torn down.
    ($(el, 'dialog.detail .close') as HTMLButtonElement).click();
    ($$(el, '.views button').find((b) => b.textContent === 'List') as HTMLButtonElement).click();
    await until(() => $(el, '.list'), 'list again');
    expect($(el, '.leaflet-container')).to.equal(null);
    expect(el.hasAttribute('view')).to.equal(false);
  });

  it('opens straight on the map when the page sets view="map", following the filters', async function () {
    this.timeout(60000);
    const el = await fixture<PeerMeetingFinder>(html`<peer-meeting-finder src=${FEED} view="map" tile-url=${TILES} region="Chatham"></peer-meeting-finder>`);
    await until(() => $(el, '.leaflet-container .mf-pin'), 'map with pins', 10000);
    expect($$(el, '.mf-pin')).to.have.length(1);
    el.region = undefined;
    await until(() => $$(el, '.mf-pin').length > 5, 'pins for every place');
    await expectAccessible(el);
  });

  it('rebuilds the map when the results come back after none matched', async function () {
    this.timeout(60000);
    const el = await fixture<PeerMeetingFinder>(html`<peer-meeting-finder src=${FEED} view="map" tile-url=${TILES}></peer-meeting-finder>`);
    await until(() => $(el, '.leaflet-container .mf-pin'), 'map with pins', 10000);
    const pins = $$(el, '.mf-pin').length;
    el.query = 'no meeting is called this';
    await until(() => $(el, '.empty'), 'empty state');
    expect($(el, '.leaflet-container')).to.equal(null);
    el.query = undefined;
    await until(() => $$(el, '.leaflet-container .mf-pin').length === pins, 'the same pins on a new map', 10000);
    await expectAccessible(el);
  });

  it('says so when none of the results has a place to show, and prints the list from the map view', async function () {
    this.timeout(60000);
    const el = await fixture<PeerMeetingFinder>(html`<peer-meeting-finder src=${FEED} view="map" tile-url=${TILES} query="young people"></peer-meeting-finder>`);
    await until(() => $(el, '.leaflet-container'), 'map', 10000);
    await until(() => $(el, '.map .state')?.textContent === 'None of these meetings has a location to show on the map.', 'no-location message');
    expect($$(el, '.mf-pin')).to.have.length(0);
    await expectAccessible(el);

    el.query = undefined;
    await until(() => $$(el, '.mf-pin').length > 5, 'pins');
    expect($(el, '.map .state')).to.equal(null);
    const original = window.print;
    const printed: string[][] = [];
    window.print = () => printed.push($$(el, '.meeting .name').map((n) => n.textContent!.trim()));
    try {
      ($(el, 'button.print') as HTMLButtonElement).click();
      await until(() => printed.length, 'print called');
    } finally {
      window.print = original;
    }
    // Every result went to the printer, though the screen shows the map; afterwards the list is gone again.
    expect(printed[0]).to.have.length(el.resultCount);
    await el.updateComplete;
    expect($$(el, '.meeting')).to.have.length(0);
    expect($(el, '.leaflet-container .mf-pin')).not.to.equal(null);
  });

  it('names each pin by its place and count, speaks Spanish, and keeps keyboard focus in the popup and back', async function () {
    this.timeout(60000);
    const el = await fixture<PeerMeetingFinder>(html`<peer-meeting-finder src=${FEED} view="map" tile-url=${TILES} lang="es"></peer-meeting-finder>`);
    await until(() => $(el, '.leaflet-container .mf-pin'), 'map with pins', 10000);
    const pin = $$(el, '.mf-pin').find((p) => Number(p.textContent) > 1)!;
    expect(pin.getAttribute('role')).to.equal('button');
    expect(pin.getAttribute('aria-label')).to.match(/ — \d+ reuniones aquí$/);
    expect(($(el, '.leaflet-control-zoom-in') as HTMLElement).title).to.equal('Acercar');
    expect(($(el, '.leaflet-control-zoom-out') as HTMLElement).title).to.equal('Alejar');

    // Enter on a pin opens its popup and moves focus to its first meeting.
    pin.focus();
    await sendKeys({press: 'Enter'});
    await until(() => $(el, '.mf-popup button') && el.shadowRoot!.activeElement === $(el, '.mf-popup button'), 'focus in the popup');
    expect($(el, '.leaflet-popup-close-button')!.getAttribute('aria-label')).to.equal('Cerrar');
    await expectAccessible(el);
    const first = $(el, '.mf-popup button') as HTMLButtonElement;
    const name = first.textContent;
    await sendKeys({press: 'Enter'});
    await until(() => ($(el, 'dialog.detail') as HTMLDialogElement).open, 'details from the popup');
    expect($(el, 'dialog.detail h2')!.textContent).to.equal(name);
    await sendKeys({press: 'Escape'});
    await until(() => !($(el, 'dialog.detail') as HTMLDialogElement).open, 'details closed');
    await until(() => el.shadowRoot!.activeElement?.textContent === name, 'focus back on the popup’s meeting');
  });

  it('says so when the tiles cannot be reached, instead of a blank panel, and the pins still work', async function () {
    this.timeout(60000);
    const el = await fixture<PeerMeetingFinder>(html`<peer-meeting-finder src=${FEED} view="map" tile-url="http://127.0.0.1:9/{z}/{x}/{y}.png"></peer-meeting-finder>`);
    await until(() => $(el, '.leaflet-container .mf-pin'), 'map with pins', 10000);
    await until(() => /could not load/.test($(el, '.map .state')?.textContent ?? ''), 'tiles message', 15000);
    expect($(el, '.map .state')!.getAttribute('role')).to.equal('status');
    expect($(el, '.map .state')!.textContent).to.contain('The pins still show where meetings are');
    await expectAccessible(el);
  });

  it('shows the visitor’s own point after "Near me" (or a place search)', async function () {
    this.timeout(60000);
    const el = await fixture<PeerMeetingFinder>(html`<peer-meeting-finder src=${FEED} view="map" tile-url=${TILES}></peer-meeting-finder>`);
    await until(() => $(el, '.leaflet-container .mf-pin'), 'map with pins', 10000);
    expect($(el, '.mf-you')).to.equal(null);
    el.near = '39.7817,-89.6501';
    await until(() => $(el, '.mf-you'), 'the visitor’s point');
    expect($(el, '.mf-you')!.getAttribute('aria-label')).to.equal('Where you are searching from');
    expect($(el, '.mf-you')!.getAttribute('role')).to.equal('img');
    await expectAccessible(el);
    el.near = undefined;
    await until(() => !$(el, '.mf-you'), 'gone with the location');
  });
});
