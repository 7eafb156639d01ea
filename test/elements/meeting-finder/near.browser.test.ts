// <peer-meeting-finder>: "near a place" through a configurable geocoder, and "near me" through the
// browser's geolocation, as a visitor sees them. The geocoders are fakes at the HTTP boundary
// (test/support/middleware/geocoder.mjs), which count every request they receive.
import {fixture, html, expect} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {expectAccessible, until, $, $$} from '../../support/a11y.js';
import {loaded, names} from '../../support/meeting-finder.js';
import '../../../src/elements/meeting-finder/peer-meeting-finder.js';
import type {PeerMeetingFinder} from '../../../src/elements/meeting-finder/meeting-finder.js';

/**
 * Seven meetings: three in Springfield IL (0.2, 2.1 and 9.3 mi from the fake geocoder's Springfield),
 * three in Peoria IL (0.2, 1.4 and 3.8 mi from its Peoria), one online only (no coordinates).
 */
const FEED = '/test/fixtures/meeting-guide/near.json';
const GEO = '/fake-api/geocoder';
const NOMINATIM = `${GEO}/nominatim?format=json&limit=1&q={query}`;
const GEOJSON = `${GEO}/geojson?lang=en&text={query}`;
const DOWN = `${GEO}/down?q={query}`;
/** Where the fake geocoders put Springfield and Peoria (`near` as the finder reflects it: 5 decimals). */
const SPRINGFIELD = '39.80172,-89.64371';
const PEORIA = '40.69365,-89.58899';
const ALL = ['Peoria Heights Hope', 'Chatham Evening', 'Washington Park Group', 'Anywhere Online', 'Riverfront Serenity', 'Capitol Noon', 'Bradley Big Book'];

type Hit = {path: string; query: string};
const hits = async (): Promise<Hit[]> => ((await (await fetch(`${GEO}/hits`)).json()) as {hits: Hit[]}).hits;

/** Waits until the fake geocoder has received `n` requests (polled each frame; `until` takes only synchronous conditions). */
async function hitsReach(n: number) {
  const start = performance.now();
  while ((await hits()).length < n) {
    if (performance.now() - start > 5000) throw new Error(`timed out waiting for ${n} geocoder request(s)`);
    await new Promise((r) => requestAnimationFrame(r));
  }
}

const distances = (el: PeerMeetingFinder) => $$(el, '.meeting .distance').map((n) => n.textContent!.trim());
const countText = (el: PeerMeetingFinder) => $(el, '.count')!.textContent!.trim();
/** The message under the result count (outside any dialog). */
const notice = (el: PeerMeetingFinder) => $(el, '.summary .notice');

/** Opens the filter panel the way a visitor does on a narrow page (on a wide one it is always shown). */
async function showFilters(el: PeerMeetingFinder) {
  const panel = $(el, '[part=filters]')!;
  if (getComputedStyle(panel).display === 'none') {
    ($(el, '.filters-toggle') as HTMLButtonElement).click();
    await el.updateComplete;
  }
  expect(panel.checkVisibility(), 'the filter panel is visible').to.equal(true);
}

function placeField(el: PeerMeetingFinder): HTMLInputElement {
  const field = $(el, 'form.place input[name=place]') as HTMLInputElement | null;
  if (!field) throw new Error('no "near a place" field');
  return field;
}

/** Types a place into "Near a place" with the keyboard (replacing what was there). */
async function typePlace(el: PeerMeetingFinder, place: string) {
  const field = placeField(el);
  field.focus();
  field.select();
  await sendKeys({type: place});
  expect(field.value).to.equal(place);
}

/** Submits "Near a place": Enter in the field, or a click on "Search near". */
async function submitPlace(el: PeerMeetingFinder, how: 'enter' | 'click') {
  if (how === 'enter') {
    placeField(el).focus();
    await sendKeys({press: 'Enter'});
  } else {
    ($(el, 'form.place button[type=submit]') as HTMLButtonElement).click();
  }
}

/** Waits until the finder is idle again after a geocoder request (the "Search near" button is enabled). */
async function settled(el: PeerMeetingFinder) {
  await until(() => !($(el, 'form.place button[type=submit]') as HTMLButtonElement).disabled, 'the geocoder request finished');
  await el.updateComplete;
}

function chooseRadius(el: PeerMeetingFinder, miles: string) {
  const select = $(el, 'select[name=radius]') as HTMLSelectElement;
  select.value = miles;
  select.dispatchEvent(new Event('change'));
}

beforeEach(async () => {
  await fetch(`${GEO}/reset`);
});

afterEach(() => {
  localStorage.clear();
  history.replaceState(null, '', location.pathname);
});

describe('<peer-meeting-finder> near a place (geocoder attribute)', () => {
  it('contacts the geocoder only when the visitor searches, once, with the place encoded (Nominatim), then lists by distance', async () => {
    const el = await fixture<PeerMeetingFinder>(html`<peer-meeting-finder src=${FEED} geocoder=${NOMINATIM}></peer-meeting-finder>`);
    await loaded(el);
    expect(names(el)).to.have.members(ALL);
    expect(distances(el)).to.deep.equal([]);
    await showFilters(el);
    const form = $(el, 'form.place')!;
    expect(form.textContent).to.contain('Near a place');
    expect(($(el, 'form.place button[type=submit]') as HTMLButtonElement).textContent!.trim()).to.equal('Search near');
    await expectAccessible(el);
    // Typing is not asking: nothing leaves the page until the visitor submits.
    await typePlace(el, 'Springfield, IL');
    expect(await hits(), 'geocoder requests before submitting').to.deep.equal([]);

    await submitPlace(el, 'enter');
    await until(() => el.getAttribute('near') === SPRINGFIELD, 'near set from the geocoder');
    await settled(el);
    expect(await hits()).to.deep.equal([{path: 'nominatim', query: 'format=json&limit=1&q=Springfield%2C%20IL'}]);
    // Every meeting with a place, nearest first, each with its distance; the online-only one is left out.
    expect(names(el)).to.deep.equal(['Capitol Noon', 'Washington Park Group', 'Chatham Evening', 'Riverfront Serenity', 'Bradley Big Book', 'Peoria Heights Hope']);
    expect(distances(el).slice(0, 3)).to.deep.equal(['0.2 mi away', '2.1 mi away', '9.3 mi away']);
    expect(countText(el)).to.equal('6 meetings');
    expect(notice(el)).to.equal(null);
    await expectAccessible(el);

    chooseRadius(el, '5');
    await el.updateComplete;
    expect(el.getAttribute('radius')).to.equal('5');
    expect(names(el)).to.deep.equal(['Capitol Noon', 'Washington Park Group']);
    expect(distances(el)).to.deep.equal(['0.2 mi away', '2.1 mi away']);
    expect(countText(el)).to.equal('2 meetings');
    expect(await hits(), 'choosing a radius asks the geocoder nothing').to.have.length(1);
    await expectAccessible(el);
  });

  it('understands a GeoJSON geocoder (coordinates in lng,lat order), and a second search moves the list', async () => {
    const el = await fixture<PeerMeetingFinder>(html`<peer-meeting-finder src=${FEED} geocoder=${GEOJSON} radius="5"></peer-meeting-finder>`);
    await loaded(el);
    await showFilters(el);
    expect(await hits()).to.deep.equal([]);

    await typePlace(el, 'Springfield');
    await submitPlace(el, 'click');
    await until(() => el.getAttribute('near') === SPRINGFIELD, 'near Springfield');
    await settled(el);
    expect(names(el)).to.deep.equal(['Capitol Noon', 'Washington Park Group']);

    // A place holding characters that mean something in a URL is sent as one encoded value.
    await typePlace(el, 'Peoria & Peoria Heights');
    await submitPlace(el, 'enter');
    await until(() => el.getAttribute('near') === PEORIA, 'near Peoria');
    await settled(el);
    expect(await hits()).to.deep.equal([
      {path: 'geojson', query: 'lang=en&text=Springfield'},
      {path: 'geojson', query: 'lang=en&text=Peoria%20%26%20Peoria%20Heights'},
    ]);
    expect(names(el)).to.deep.equal(['Riverfront Serenity', 'Bradley Big Book', 'Peoria Heights Hope']);
    expect(distances(el)).to.deep.equal(['0.2 mi away', '1.4 mi away', '3.8 mi away']);
    expect(countText(el)).to.equal('3 meetings');
    await expectAccessible(el);
  });

  it('says when the geocoder does not know the place, and keeps the results of the previous search', async () => {
    const el = await fixture<PeerMeetingFinder>(html`<peer-meeting-finder src=${FEED} geocoder=${NOMINATIM} radius="5"></peer-meeting-finder>`);
    await loaded(el);
    await showFilters(el);
    await typePlace(el, 'Springfield');
    await submitPlace(el, 'enter');
    await until(() => el.getAttribute('near') === SPRINGFIELD, 'near Springfield');
    await settled(el);
    expect(names(el)).to.deep.equal(['Capitol Noon', 'Washington Park Group']);

    await typePlace(el, 'Nowhere Junction');
    await submitPlace(el, 'enter');
    await until(() => notice(el), 'the "not found" message');
    await settled(el);
    expect(notice(el)!.textContent).to.equal('We could not find that place.');
    expect(notice(el)!.getAttribute('role')).to.equal('status');
    expect(notice(el)!.checkVisibility()).to.equal(true);
    expect(el.getAttribute('near')).to.equal(SPRINGFIELD);
    expect(names(el)).to.deep.equal(['Capitol Noon', 'Washington Park Group']);
    expect(distances(el)).to.deep.equal(['0.2 mi away', '2.1 mi away']);
    expect((await hits()).map((h) => h.query)).to.deep.equal(['format=json&limit=1&q=Springfield', 'format=json&limit=1&q=Nowhere%20Junction']);
    await expectAccessible(el);

    // The next search that finds its place clears the message.
    await typePlace(el, 'Peoria');
    await submitPlace(el, 'click');
    await until(() => el.getAttribute('near') === PEORIA, 'near Peoria');
    await settled(el);
    expect(notice(el)).to.equal(null);
    expect(names(el)).to.deep.equal(['Riverfront Serenity', 'Bradley Big Book', 'Peoria Heights Hope']);
  });

  it('while the geocoder answers, "Search near" is disabled, so pressing Enter again sends nothing more', async () => {
    const el = await fixture<PeerMeetingFinder>(html`<peer-meeting-finder src=${FEED} geocoder=${`${GEO}/held?q={query}`} radius="5"></peer-meeting-finder>`);
    await loaded(el);
    await showFilters(el);
    await typePlace(el, 'Springfield');
    await submitPlace(el, 'enter');
    await hitsReach(1);
    await el.updateComplete;
    const go = $(el, 'form.place button[type=submit]') as HTMLButtonElement;
    expect(go.disabled).to.equal(true);
    await submitPlace(el, 'enter');
    await submitPlace(el, 'click');
    expect(names(el)).to.have.members(ALL);
    await expectAccessible(el);

    await fetch(`${GEO}/release`);
    await until(() => el.getAttribute('near') === SPRINGFIELD, 'near Springfield');
    await settled(el);
    expect(names(el)).to.deep.equal(['Capitol Noon', 'Washington Park Group']);
    expect(await hits(), 'one request for one search').to.have.length(1);
  });

  const failures = [
    {lang: 'en', geocoder: NOMINATIM, place: 'Nowhere Junction', what: 'finds nothing (Nominatim [])', message: 'We could not find that place.', button: 'Search near'},
    {lang: 'en', geocoder: DOWN, place: 'Springfield', what: 'fails (HTTP 503)', message: 'We could not find that place.', button: 'Search near'},
    {lang: 'es', geocoder: GEOJSON, place: 'Ningún Sitio', what: 'finds nothing (GeoJSON with no features)', message: 'No encontramos ese lugar.', button: 'Buscar cerca'},
    {lang: 'es', geocoder: DOWN, place: 'Springfield', what: 'fails (HTTP 503)', message: 'No encontramos ese lugar.', button: 'Buscar cerca'},
  ];
  for (const f of failures) {
    it(`lang="${f.lang}": a geocoder that ${f.what} shows a translated message and leaves the list as it was`, async () => {
      // The page pre-set a search near Peoria; the visitor's new place cannot be found.
      const el = await fixture<PeerMeetingFinder>(html`<peer-meeting-finder src=${FEED} lang=${f.lang} geocoder=${f.geocoder} near=${PEORIA} radius="5"></peer-meeting-finder>`);
      await loaded(el);
      await showFilters(el);
      const before = names(el);
      const beforeDistances = distances(el);
      expect(before).to.deep.equal(['Riverfront Serenity', 'Bradley Big Book', 'Peoria Heights Hope']);
      expect(($(el, 'form.place button[type=submit]') as HTMLButtonElement).textContent!.trim()).to.equal(f.button);
      expect(await hits()).to.deep.equal([]);

      await typePlace(el, f.place);
      await submitPlace(el, 'enter');
      await until(() => notice(el), 'the message');
      await settled(el);
      expect(notice(el)!.textContent).to.equal(f.message);
      expect(notice(el)!.checkVisibility()).to.equal(true);
      expect(el.getAttribute('near')).to.equal(PEORIA);
      expect(names(el)).to.deep.equal(before);
      expect(distances(el)).to.deep.equal(beforeDistances);
      // One request, not retried behind the visitor's back.
      const sent = await hits();
      expect(sent).to.have.length(1);
      expect(new URLSearchParams(sent[0].query).get(f.geocoder === GEOJSON ? 'text' : 'q')).to.equal(f.place);
      expect(sent[0].query).to.contain(encodeURIComponent(f.place));
      await expectAccessible(el);
    });
  }
});

describe('<peer-meeting-finder> near me (geolocation)', () => {
  type Stub = {calls: number; ok?: PositionCallback; fail?: PositionErrorCallback | null};
  const geo = navigator.geolocation;
  const original = geo.getCurrentPosition;
  let stub: Stub;
  beforeEach(() => {
    stub = {calls: 0};
    // The browser API boundary: the test plays the visitor answering the permission prompt.
    geo.getCurrentPosition = (ok: PositionCallback, fail?: PositionErrorCallback | null) => {
      stub.calls++;
      stub.ok = ok;
      stub.fail = fail;
    };
  });
  afterEach(() => {
    geo.getCurrentPosition = original;
  });

  it('asks for the location only on "Near me", says it is locating, then lists the nearest meetings with their distance', async () => {
    const el = await fixture<PeerMeetingFinder>(html`<peer-meeting-finder src=${FEED} radius="5"></peer-meeting-finder>`);
    await loaded(el);
    await showFilters(el);
    expect(stub.calls).to.equal(0);
    const button = $(el, '.near-me') as HTMLButtonElement;
    expect(button.textContent!.trim()).to.equal('Near me');
    button.click();
    await el.updateComplete;
    expect(stub.calls).to.equal(1);
    expect(button.disabled).to.equal(true);
    expect(button.textContent!.trim()).to.equal('Finding your location…');
    await expectAccessible(el);

    stub.ok!({coords: {latitude: 39.80172, longitude: -89.64371}, timestamp: Date.now()} as GeolocationPosition);
    await until(() => el.getAttribute('near') === SPRINGFIELD, 'near the visitor');
    await el.updateComplete;
    expect(button.disabled).to.equal(false);
    expect(button.textContent!.trim()).to.equal('Near me');
    expect(names(el)).to.deep.equal(['Capitol Noon', 'Washington Park Group']);
    expect(distances(el)).to.deep.equal(['0.2 mi away', '2.1 mi away']);
    expect(countText(el)).to.equal('2 meetings');
    await expectAccessible(el);

    // "Clear location" goes back to every meeting, unsorted by distance.
    const clear = $$(el, '.near button').find((b) => b.textContent!.trim() === 'Clear location') as HTMLButtonElement;
    clear.click();
    await el.updateComplete;
    expect(el.hasAttribute('near')).to.equal(false);
    expect(names(el)).to.have.members(ALL);
    expect(distances(el)).to.deep.equal([]);
  });

  it('lang="es": a refused location shows a translated message and keeps the results', async () => {
    const el = await fixture<PeerMeetingFinder>(html`<peer-meeting-finder src=${FEED} lang="es" query="Peoria"></peer-meeting-finder>`);
    await loaded(el);
    await showFilters(el);
    const before = names(el);
    expect(before).to.have.members(['Riverfront Serenity', 'Bradley Big Book', 'Peoria Heights Hope']);
    const button = $(el, '.near-me') as HTMLButtonElement;
    expect(button.textContent!.trim()).to.equal('Cerca de mí');
    button.click();
    await el.updateComplete;
    expect(stub.calls).to.equal(1);
    stub.fail!({code: 1, message: 'User denied Geolocation', PERMISSION_DENIED: 1, POSITION_UNAVAILABLE: 2, TIMEOUT: 3} as GeolocationPositionError);
    await until(() => notice(el), 'the message');
    await el.updateComplete;
    expect(notice(el)!.textContent).to.equal('No pudimos obtener tu ubicación. Puedes buscar por nombre o por zona.');
    expect(notice(el)!.checkVisibility()).to.equal(true);
    expect(el.hasAttribute('near')).to.equal(false);
    expect(names(el)).to.deep.equal(before);
    expect(button.disabled).to.equal(false);
    expect(button.textContent!.trim()).to.equal('Cerca de mí');
    await expectAccessible(el);
  });
});
