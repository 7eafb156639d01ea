import {fixture, html, expect, oneEvent} from '@open-wc/testing';
import {expectAccessible, until, $, $$} from '../../support/a11y.js';
import {forgetFrom} from '../../support/forget.js';
import {loaded, names, openDetail, type} from '../../support/meeting-finder.js';
import '../../../src/elements/meeting-finder/peer-meeting-finder.js';
import type {PeerMeetingFinder} from '../../../src/elements/meeting-finder/meeting-finder.js';
import type {FeedIssue} from '../../../src/model/meeting.js';

const FEED = '/test/fixtures/meeting-guide/feed.json';
const FEED_B = '/test/fixtures/meeting-guide/feed-b.json';
const API = '/fake-api/meeting-finder';

/** The fixture feed: 30 records, 5 unreadable (duplicate slug, day 7, time "7", no location, no slug). */
const SKIPPED = 5;

/** Presses "show more" until every result is rendered (the list renders a page at a time). */
async function showAll(el: PeerMeetingFinder) {
  for (let i = 0; i < 50; i++) {
    const more = $(el, '.more button') as HTMLButtonElement | null;
    if (!more) return;
    more.click();
    await el.updateComplete;
  }
}

function countText(el: PeerMeetingFinder): string {
  return $(el, '.count')!.textContent!.trim();
}

async function setChecked(input: HTMLInputElement, checked = true) {
  input.checked = checked;
  input.dispatchEvent(new Event('change', {bubbles: true}));
}

function input(el: PeerMeetingFinder, selector: string): HTMLInputElement {
  const found = $(el, selector) as HTMLInputElement | null;
  if (!found) throw new Error(`no ${selector}`);
  return found;
}

afterEach(() => {
  localStorage.clear();
  history.replaceState(null, '', location.pathname);
});

describe('<peer-meeting-finder> states', () => {
  it('shows a loading state while the feed is on its way', async () => {
    const el = await fixture<PeerMeetingFinder>(html`<peer-meeting-finder src=${`${API}/slow?ms=2000`}></peer-meeting-finder>`);
    await until(() => $(el, '[part=loading]'), 'loading state');
    expect($(el, '[part=loading]')!.getAttribute('role')).to.equal('status');
    expect($(el, '[part=loading]')!.textContent).to.contain('Loading');
    await expectAccessible(el);
  });

  it('while a big feed downloads, shows how many meetings it has read so far (to the eye only), then the results', async () => {
    const el = await fixture<PeerMeetingFinder>(html`<peer-meeting-finder src=${`${API}/trickle?n=600&pieces=4&ms=700`}></peer-meeting-finder>`);
    await until(() => /\d/.test($(el, '[part=loading] .progress')?.textContent ?? ''), 'a count while loading', 10000);
    const loading = $(el, '[part=loading]')!;
    expect(loading.getAttribute('role')).to.equal('status');
    expect(loading.textContent).to.contain('Loading meetings…');
    const progress = $(el, '[part=loading] .progress')!;
    expect(progress.getAttribute('aria-hidden')).to.equal('true');
    const sofar = Number(progress.textContent!.replace(/\D/g, ''));
    expect(sofar).to.be.greaterThan(0);
    expect(sofar).to.be.lessThan(600);
    expect(progress.textContent).to.match(/^[\d,]+ so far$/);
    await expectAccessible(el);
    await loaded(el);
    expect(el.resultCount).to.equal(600);
    expect($(el, '[part=loading]')).to.equal(null);
  });

  it('renders the results, counts occurrences and announces the count politely', async () => {
    const el = await fixture<PeerMeetingFinder>(html`<peer-meeting-finder src=${FEED}></peer-meeting-finder>`);
    await loaded(el);
    expect(el.resultCount).to.be.greaterThan(25);
    await showAll(el);
    // A meeting on five weekdays counts five times.
    expect(names(el).filter((n) => n === 'Sunrise Serenity')).to.have.length(5);
    const live = $(el, '.count')!;
    expect(live.getAttribute('aria-live')).to.equal('polite');
    expect(countText(el)).to.equal(`${el.resultCount} meetings`);
    // Meeting names are headings (level 3 unless the page says otherwise).
    expect($(el, '.meeting .name')!.getAttribute('role')).to.equal('heading');
    expect($(el, '.meeting .name')!.getAttribute('aria-level')).to.equal('3');
    el.setAttribute('heading-level', '2');
    await el.updateComplete;
    expect($(el, '.meeting .name')!.getAttribute('aria-level')).to.equal('2');
    await expectAccessible(el);
  });

  it('shows each time in the meeting zone with its abbreviation, and in the visitor zone when they differ', async () => {
    const el = await fixture<PeerMeetingFinder>(html`<peer-meeting-finder src=${FEED} query="Monday Night Big Book"></peer-meeting-finder>`);
    await loaded(el);
    const item = $$(el, '.meeting')[0];
    expect(item.querySelector('.time')!.textContent).to.match(/Monday 7:30\s?PM (CST|CDT|GMT-[56])/);
    const visitor = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (visitor !== 'America/Chicago') expect(item.querySelector('.yours')!.textContent).to.contain('your time');
  });

  it('reports skipped records: one console warning each, one peer-feed-issues event, a small note', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    const issues: FeedIssue[][] = [];
    const listener = (e: Event) => issues.push((e as CustomEvent<{issues: FeedIssue[]}>).detail.issues);
    document.addEventListener('peer-feed-issues', listener);
    try {
      const el = await fixture<PeerMeetingFinder>(html`<peer-meeting-finder src=${FEED}></peer-meeting-finder>`);
      await loaded(el);
      expect(issues).to.have.length(1);
      expect(issues[0]).to.have.length(SKIPPED);
      expect(issues[0].map((i) => i.slug)).to.include.members(['monday-night-big-book', 'eighth-day-group', 'whenever-group', 'church-basement-group']);
      for (const slug of ['monday-night-big-book', 'eighth-day-group', 'whenever-group', 'church-basement-group']) {
        expect(warnings.some((w) => w.includes(slug)), `warning naming ${slug}`).to.equal(true);
      }
      expect($(el, '.skipped')!.textContent).to.equal(`${SKIPPED} records could not be read`);
      await expectAccessible(el);
    } finally {
      console.warn = warn;
      document.removeEventListener('peer-feed-issues', listener);
    }
  });

  for (const [label, src] of [
    ['unreachable (HTTP 500)', `${API}/500`],
    ['not JSON', `${API}/not-json`],
    ['not an array', `${API}/not-array`],
  ]) {
    it(`shows a translated error with a retry button when the feed is ${label}`, async () => {
      const el = await fixture<PeerMeetingFinder>(html`<peer-meeting-finder src=${src} lang="es"></peer-meeting-finder>`);
      await until(() => $(el, '[part=error]'), 'error state', 15000);
      const error = $(el, '[part=error]')!;
      expect(error.getAttribute('role')).to.equal('alert');
      expect(error.querySelector('button')!.textContent).to.equal('Intentar de nuevo');
      expect(error.textContent).not.to.contain('could not');
      await expectAccessible(el);
    });
  }

  it('retries after an error when the visitor presses "Try again"', async () => {
    await fetch(`${API}/control?failing=1`, {method: 'POST'});
    const el = await fixture<PeerMeetingFinder>(html`<peer-meeting-finder src=${`${API}/flaky`}></peer-meeting-finder>`);
    await until(() => $(el, '[part=error]'), 'error state', 15000);
    await fetch(`${API}/control?failing=0`, {method: 'POST'});
    ($(el, '[part=error] button') as HTMLButtonElement).click();
    try {
      await until(() => $(el, '.list'), 'results after retry', 15000);
    } catch (e) {
      throw new Error(`${e}: ${el.shadowRoot!.textContent!.replace(/\s+/g, " ").slice(-300)}`);
    }
    await showAll(el);
    expect(names(el)).to.include('Monday Night Big Book');
  });

  it('without a src says so plainly (no "no meetings", no retry that cannot help), in both languages', async () => {
    const el = await fixture<PeerMeetingFinder>(html`<peer-meeting-finder></peer-meeting-finder>`);
    await until(() => $(el, '[part=error]'), 'the error state');
    expect($(el, '[part=error] p')!.textContent).to.equal('No meeting feed was given (set the src attribute).');
    expect($(el, '[part=error] button'), 'no retry').to.equal(null);
    expect($(el, '[part=empty]')).to.equal(null);
    await expectAccessible(el);
    const es = await fixture<PeerMeetingFinder>(html`<peer-meeting-finder lang="es" src=" "></peer-meeting-finder>`);
    await until(() => $(es, '[part=error]'), 'the Spanish error state');
    expect($(es, '[part=error] p')!.textContent).to.equal('No se indicó el feed de reuniones (atributo src).');
    es.src = FEED;
    await until(() => names(es).length > 0, 'a src set later loads', 15000);
  });

  it('shows an empty state whose "Clear filters" brings every meeting back', async () => {
    const el = await fixture<PeerMeetingFinder>(html`<peer-meeting-finder src=${FEED} query="zzzz no such meeting"></peer-meeting-finder>`);
    await loaded(el);
    expect($(el, '[part=empty]')!.textContent).to.contain('No meetings match');
    expect(el.resultCount).to.equal(0);
    expect(countText(el)).to.equal('0 meetings');
    await expectAccessible(el);
    ($(el, '[part=empty] button') as HTMLButtonElement).click();
    await loaded(el);
    expect(el.resultCount).to.be.greaterThan(25);
    expect(el.hasAttribute('query')).to.equal(false);
  });

  it('speaks Spanish: filters, counts and type names', async () => {
    const el = await fixture<PeerMeetingFinder>(html`<peer-meeting-finder src=${FEED} lang="es"></peer-meeting-finder>`);
    await loaded(el);
    expect(countText(el)).to.match(/^\d+ reuniones$/);
    expect($(el, '.filters legend')!.textContent).to.equal('Día');
    expect($(el, '.types summary')!.textContent).to.contain('Tipos de reunión');
    const types = $(el, 'details.types') as HTMLDetailsElement;
    types.querySelector('summary')!.click();
    await oneEvent(types, 'toggle');
    await el.updateComplete;
    expect(types.textContent).to.contain('Abierta');
    expect($(el, '.skipped')!.textContent).to.equal(`No se pudieron leer ${SKIPPED} registros`);
    await expectAccessible(el);
  });

  it('merges several feeds given in src', async () => {
    const el = await fixture<PeerMeetingFinder>(html`<peer-meeting-finder src=${`${FEED} ${FEED_B}`}></peer-meeting-finder>`);
    await loaded(el);
    await showAll(el);
    expect(names(el)).to.include.members(['Monday Night Big Book', 'Decatur Monday Night']);
  });
});

describe('<peer-meeting-finder> filters', () => {
  it('pre-filters by day from the attribute and reflects the visitor’s day choice to it', async () => {
    const el = await fixture<PeerMeetingFinder>(html`<peer-meeting-finder src=${FEED} day="3"></peer-meeting-finder>`);
    await loaded(el);
    const times = $$(el, '.meeting .time').map((t) => t.textContent!);
    expect(times.length).to.be.greaterThan(3);
    for (const t of times) expect(t).to.match(/^Wednesday /);
    const wednesday = input(el, 'input[name=day][value="3"]');
    expect(wednesday.checked).to.equal(true);
    await setChecked(input(el, 'input[name=day][value="6"]'));
    await el.updateComplete;
    expect(el.getAttribute('day')).to.equal('3 6');
    for (const t of $$(el, '.meeting .time').map((x) => x.textContent!)) expect(t).to.match(/^(Wednesday|Saturday) /);
    await expectAccessible(el);
  });

  it('filters by time of day', async () => {
    const el = await fixture<PeerMeetingFinder>(html`<peer-meeting-finder src=${FEED}></peer-meeting-finder>`);
    await loaded(el);
    await setChecked(input(el, 'input[name=time][value=morning]'));
    await el.updateComplete;
    expect(el.getAttribute('time')).to.equal('morning');
    expect(names(el)).to.include('Sunrise Serenity');
    expect(names(el)).not.to.include('Monday Night Big Book');
    expect(names(el)).not.to.include('Night Owls');
    await expectAccessible(el);
  });

  it('filters by attendance: online includes hybrid, in person includes hybrid, hybrid only both', async () => {
    const el = await fixture<PeerMeetingFinder>(html`<peer-meeting-finder src=${FEED}></peer-meeting-finder>`);
    await loaded(el);
    await setChecked(input(el, 'input[name=attendance][value=online]'));
    await el.updateComplete;
    expect(el.getAttribute('attendance')).to.equal('online');
    let all = names(el);
    expect(all).to.include.members(['Young People Online', 'Grupo Nueva Vida']);
    expect(all).not.to.include('Monday Night Big Book');
    await setChecked(input(el, 'input[name=attendance][value=hybrid]'));
    await el.updateComplete;
    all = names(el);
    expect(all).to.include('Grupo Nueva Vida');
    expect(all).not.to.include('Young People Online');
    await setChecked(input(el, 'input[name=attendance][value=in-person]'));
    await el.updateComplete;
    all = names(el);
    expect(all).to.include.members(['Grupo Nueva Vida', 'Monday Night Big Book']);
    expect(all).not.to.include('Young People Online');
    // TC (temporarily closed) is not in person.
    expect(all).not.to.include('Lakeside Step Study');
    await expectAccessible(el);
  });

  it('filters by types: required and excluded codes, with translated names', async () => {
    const el = await fixture<PeerMeetingFinder>(html`<peer-meeting-finder src=${FEED} types="O -D"></peer-meeting-finder>`);
    await loaded(el);
    let all = names(el);
    expect(all).to.include('Saturday Speaker Meeting');
    expect(all).not.to.include('Sunrise Serenity'); // O and D
    expect(all).not.to.include('Monday Night Big Book'); // closed
    // The list of types is built when the visitor opens it.
    const details = $(el, 'details.types') as HTMLDetailsElement;
    expect(details.querySelector('select')).to.equal(null);
    details.querySelector('summary')!.click();
    await oneEvent(details, 'toggle');
    await el.updateComplete;
    const open = $(el, 'select[data-code=O]') as HTMLSelectElement;
    expect(open.value).to.equal('with');
    expect(open.closest('label')!.textContent).to.contain('Open');
    const d = $(el, 'select[data-code=D]') as HTMLSelectElement;
    d.value = 'any';
    d.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.getAttribute('types')).to.equal('O');
    all = names(el);
    expect(all).to.include('Sunrise Serenity');
    await expectAccessible(el);
  });

  it('filters by region, at any level of the hierarchy', async () => {
    const el = await fixture<PeerMeetingFinder>(html`<peer-meeting-finder src=${FEED}></peer-meeting-finder>`);
    await loaded(el);
    const select = $(el, 'select[name=region]') as HTMLSelectElement;
    const options = [...select.options].map((o) => o.value);
    expect(options).to.include.members(['Springfield', 'Downtown', 'Chatham']);
    select.value = 'Downtown';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.getAttribute('region')).to.equal('Downtown');
    const all = names(el);
    expect(all).to.include('Monday Night Big Book');
    expect(all).not.to.include('Chatham Serenity');
    for (const r of $$(el, '.meeting .region')) expect(r.textContent).to.contain('Downtown');
    await expectAccessible(el);
  });

  it('searches instantly, ignoring case and accents, and reflects the query', async () => {
    const el = await fixture<PeerMeetingFinder>(html`<peer-meeting-finder src=${FEED}></peer-meeting-finder>`);
    await loaded(el);
    const all = el.resultCount;
    await type(input(el, 'input[name=query]'), 'REUNION lunes');
    await el.updateComplete;
    expect(el.getAttribute('query')).to.equal('REUNION lunes');
    expect([...new Set(names(el))]).to.deep.equal(['Reunión de los Lunes y Miércoles']);
    expect(countText(el)).to.equal('2 meetings');
    // Typing more narrows; deleting widens again; another filter in between is honoured.
    await type(input(el, 'input[name=query]'), 'REUNION');
    await el.updateComplete;
    expect(names(el)).to.include('Grupo Nueva Vida'); // "Reunión en español" in its notes
    expect(el.resultCount).to.equal(3);
    await type(input(el, 'input[name=query]'), '');
    await el.updateComplete;
    expect(el.resultCount).to.equal(all);
    await setChecked(input(el, 'input[name=day][value="1"]'));
    await type(input(el, 'input[name=query]'), 'sun');
    await el.updateComplete;
    expect(names(el)).not.to.include('Sunday Big Book Online');
    await setChecked(input(el, 'input[name=day][value="1"]'), false);
    await type(input(el, 'input[name=query]'), 'sund');
    await el.updateComplete;
    expect(names(el)).to.include('Sunday Big Book Online');
  });

  it('sorts by distance near a point, leaves out meetings without coordinates and honours radius', async () => {
    const el = await fixture<PeerMeetingFinder>(html`<peer-meeting-finder src=${FEED} near="39.7989,-89.6479"></peer-meeting-finder>`);
    await loaded(el);
    const distances = $$(el, '.meeting .distance').map((d) => parseFloat(d.textContent!));
    expect(distances.length).to.be.greaterThan(0);
    expect(distances.length).to.equal($$(el, '.meeting').length);
    expect([...distances].sort((a, b) => a - b)).to.deep.equal(distances);
    expect(names(el)).not.to.include('Young People Online');
    expect(names(el)[0]).to.equal('Monday Night Big Book');
    const radius = $(el, 'select[name=radius]') as HTMLSelectElement;
    radius.value = '2';
    radius.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.getAttribute('radius')).to.equal('2');
    for (const d of $$(el, '.meeting .distance')) expect(parseFloat(d.textContent!)).to.be.at.most(2);
    expect(names(el)).not.to.include('Chatham Serenity');
    await expectAccessible(el);
  });

  it('asks for the location only when the visitor presses "Near me"', async () => {
    const calls: number[] = [];
    const geo = navigator.geolocation;
    const original = geo.getCurrentPosition;
    geo.getCurrentPosition = (ok: PositionCallback) => {
      calls.push(1);
      ok({coords: {latitude: 39.7989, longitude: -89.6479}} as GeolocationPosition);
    };
    try {
      const el = await fixture<PeerMeetingFinder>(html`<peer-meeting-finder src=${FEED}></peer-meeting-finder>`);
      await loaded(el);
      expect(calls).to.have.length(0);
      ($(el, '.near-me') as HTMLButtonElement).click();
      await el.updateComplete;
      expect(calls).to.have.length(1);
      expect(el.getAttribute('near')).to.equal('39.79890,-89.64790');
      expect(names(el)[0]).to.equal('Monday Night Big Book');
    } finally {
      geo.getCurrentPosition = original;
    }
  });

  it('shows "near a place" only when a geocoder is configured', async () => {
    const plain = await fixture<PeerMeetingFinder>(html`<peer-meeting-finder src=${FEED}></peer-meeting-finder>`);
    await loaded(plain);
    expect($(plain, 'form.place')).to.equal(null);
    const el = await fixture<PeerMeetingFinder>(html`<peer-meeting-finder src=${FEED} geocoder="/test/fixtures/meeting-guide/feed.json?q={query}"></peer-meeting-finder>`);
    await loaded(el);
    expect($(el, 'form.place input')).not.to.equal(null);
    await expectAccessible(el);
  });

  it('stars favourites, keeps them on the device per feed and filters by them', async () => {
    const el = await fixture<PeerMeetingFinder>(html`<peer-meeting-finder src=${FEED} query="Night Owls"></peer-meeting-finder>`);
    await loaded(el);
    const star = $(el, '.meeting .star') as HTMLButtonElement;
    expect(star.getAttribute('aria-label')).to.equal('Add Night Owls to favourites');
    star.click();
    await el.updateComplete;
    expect(star.getAttribute('aria-pressed')).to.equal('true');
    expect(JSON.parse(localStorage.getItem(`peerkit:meeting-favourites:${new URL(FEED, location.href).href}`) ?? localStorage.getItem(`peerkit:meeting-favourites:${FEED}`) ?? '[]')).to.deep.equal(['night-owls']);
    el.query = undefined;
    await el.updateComplete;
    await setChecked(input(el, 'input[name=favourites]'));
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Night Owls']);
    const again = await fixture<PeerMeetingFinder>(html`<peer-meeting-finder src=${FEED} favourites></peer-meeting-finder>`);
    await loaded(again);
    expect(names(again)).to.deep.equal(['Night Owls']);
  });

  it('"Forget this device" in the filters keeps the stars unless the visitor asks, then clears them in every finder', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <peer-meeting-finder src=${FEED} query="Night Owls"></peer-meeting-finder>
      <peer-meeting-finder src=${FEED} favourites></peer-meeting-finder>
    </div>`);
    const [el, favs] = [...wrap.querySelectorAll('peer-meeting-finder')] as PeerMeetingFinder[];
    await loaded(el);
    await loaded(favs);
    const star = () => $(el, '.meeting .star') as HTMLButtonElement;
    if (star().getAttribute('aria-pressed') !== 'true') star().click();
    await el.updateComplete;
    await until(() => names(favs).includes('Night Owls'), 'the other finder lists the star');
    ($(el, '.filters-toggle') as HTMLButtonElement).click();
    await el.updateComplete;
    const forget = (favourites: boolean) => forgetFrom(el, {favourites, within: '.filters'});
    await forget(false);
    expect(star().getAttribute('aria-pressed')).to.equal('true');
    expect(names(favs)).to.deep.equal(['Night Owls']);
    await forget(true);
    await until(() => star().getAttribute('aria-pressed') === 'false', 'the star is gone');
    await until(() => !names(favs).includes('Night Owls'), 'and gone from the other finder');
    expect(Object.keys(localStorage).filter((k) => k.startsWith('peerkit:meeting-favourites:'))).to.deep.equal([]);
    expect(el.shadowRoot!.activeElement?.matches('button.forget-open')).to.equal(true);
    await expectAccessible(el);
  });

  it('renders a page of results at a time and shows more on request', async () => {
    const el = await fixture<PeerMeetingFinder>(html`<peer-meeting-finder src=${`${FEED} ${FEED_B}`}></peer-meeting-finder>`);
    await loaded(el);
    // The two fixture feeds hold more than a page (24 rows): the first page, then the rest on request.
    expect(el.resultCount).to.be.greaterThan(24);
    expect($$(el, '.meeting')).to.have.length(24);
    const more = $(el, '.more button') as HTMLButtonElement;
    expect(more.textContent).to.contain(`24`).and.to.contain(String(el.resultCount));
    await expectAccessible(el);
    const before = names(el);
    more.click();
    await el.updateComplete;
    expect($$(el, '.meeting')).to.have.length(Math.min(48, el.resultCount));
    // The rows already shown stay where they were (focus and reading position are kept).
    expect(names(el).slice(0, 24)).to.deep.equal(before);
    await showAll(el);
    expect($$(el, '.meeting')).to.have.length(el.resultCount);
    expect($(el, '.more')).to.equal(null);
  });

  it('prints every current result from the Print button', async () => {
    const el = await fixture<PeerMeetingFinder>(html`<peer-meeting-finder src=${`${FEED} ${FEED_B}`} attendance="in-person"></peer-meeting-finder>`);
    await loaded(el);
    const original = window.print;
    const printed: number[] = [];
    window.print = () => printed.push($$(el, '.meeting').length);
    try {
      ($(el, 'button.print') as HTMLButtonElement).click();
      await until(() => printed.length, 'print called');
      expect(printed).to.deep.equal([el.resultCount]);
      expect($(el, '.print-only')!.textContent).to.match(/^Printed /);
    } finally {
      window.print = original;
    }
  });

  it('is usable from the keyboard: type to search, Space toggles a day, Enter opens details, Escape closes them', async () => {
    const el = await fixture<PeerMeetingFinder>(html`<peer-meeting-finder src=${FEED}></peer-meeting-finder>`);
    await loaded(el);
    const {sendKeys} = await import('@web/test-runner-commands');
    input(el, 'input[name=query]').focus();
    await sendKeys({type: 'night owls'});
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Night Owls']);
    input(el, 'input[name=day][value="5"]').focus();
    await sendKeys({press: 'Space'});
    await el.updateComplete;
    expect(el.getAttribute('day')).to.equal('5');
    const open = $(el, '.meeting .open') as HTMLButtonElement;
    open.focus();
    await sendKeys({press: 'Enter'});
    await until(() => ($(el, 'dialog.detail') as HTMLDialogElement).open, 'detail open');
    expect(el.shadowRoot!.activeElement?.textContent).to.equal('Night Owls');
    await sendKeys({press: 'Escape'});
    await until(() => !($(el, 'dialog.detail') as HTMLDialogElement).open, 'detail closed');
    await until(() => el.shadowRoot!.activeElement === $(el, '.meeting .open'), 'focus back on the meeting');
  });
});

describe('<peer-meeting-finder> details', () => {
  it('shows everything a hybrid meeting has: join on Zoom, one-tap dial-in, directions, calendar, share', async () => {
    const el = await fixture<PeerMeetingFinder>(html`<peer-meeting-finder src=${FEED}></peer-meeting-finder>`);
    await loaded(el);
    const dialog = await openDetail(el, 'Grupo Nueva Vida');
    expect(dialog.querySelector('h2')!.textContent).to.equal('Grupo Nueva Vida');
    const join = dialog.querySelector('a.join') as HTMLAnchorElement;
    expect(join.textContent).to.equal('Join on Zoom');
    expect(join.href).to.equal('https://us02web.zoom.us/j/81234567890?pwd=QWxhZGRpbg');
    const dial = dialog.querySelector('a.dial') as HTMLAnchorElement;
    expect(dial.getAttribute('href')).to.match(/^tel:\+13126266799,,81234567890(#|%23)$/);
    const directions = dialog.querySelector('a.directions') as HTMLAnchorElement;
    expect(directions.href).to.match(/^https:\/\/(www\.google\.com\/maps|maps\.apple\.com)/);
    expect(dialog.querySelector('button.ics')!.textContent).to.equal('Add to calendar');
    expect(dialog.textContent).to.contain('Contraseña: vida');
    expect(dialog.textContent).to.contain('Spanish');
    expect(location.hash).to.contain(encodeURIComponent('grupo-nueva-vida'));
    await expectAccessible(el);
  });

  it('lists other meetings at the same location and links "report a problem" to the feed’s feedback URL', async () => {
    const el = await fixture<PeerMeetingFinder>(html`<peer-meeting-finder src=${FEED}></peer-meeting-finder>`);
    await loaded(el);
    const dialog = await openDetail(el, 'Monday Night Big Book');
    expect((dialog.querySelector('a.feedback') as HTMLAnchorElement).href).to.equal('https://aa-springfield.example/feedback/?meeting=monday-night-big-book');
    expect(dialog.textContent).to.contain('First Presbyterian Church');
    expect(dialog.textContent).to.contain('Enter through the side door');
    (dialog.querySelector('.close') as HTMLButtonElement).click();
    await until(() => !dialog.open && location.hash === '', 'closed, deep link removed');
  });

  it('opens a meeting from a deep link in the URL hash', async () => {
    const first = await fixture<PeerMeetingFinder>(html`<peer-meeting-finder src=${FEED}></peer-meeting-finder>`);
    await loaded(first);
    await openDetail(first, 'Night Owls');
    const hash = location.hash;
    ($(first, 'dialog.detail .close') as HTMLButtonElement).click();
    await until(() => location.hash === '', 'hash cleared on close');
    history.replaceState(null, '', hash);
    first.remove(); // as after a reload: one finder on the page
    const el = await fixture<PeerMeetingFinder>(html`<peer-meeting-finder src=${FEED}></peer-meeting-finder>`);
    await loaded(el);
    await until(() => ($(el, 'dialog.detail') as HTMLDialogElement).open, 'detail opened from the hash');
    expect($(el, 'dialog.detail h2')!.textContent).to.equal('Night Owls');
  });
});

describe('<peer-meeting-finder> safety', () => {
  it('renders markup and scripts from a feed as text and runs none of them', async () => {
    const w = window as unknown as {__mfXss?: number};
    delete w.__mfXss;
    const el = await fixture<PeerMeetingFinder>(html`<peer-meeting-finder src=${`${API}/xss.json`} tile-url=${`${API}/tiles/{z}/{x}/{y}.png`}></peer-meeting-finder>`);
    await loaded(el);
    expect(names(el)).to.have.length(1);
    expect(names(el)[0]).to.contain('Evil name');
    ($(el, '.meeting .open') as HTMLButtonElement).click();
    await until(() => ($(el, 'dialog.detail') as HTMLDialogElement).open, 'detail open');
    await new Promise((r) => setTimeout(r, 100));
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('img, script, svg, b')).to.have.length(0);
    for (const a of root.querySelectorAll('a')) expect(a.href.startsWith('javascript:')).to.equal(false);
    expect(w.__mfXss).to.equal(undefined);
    expect(root.querySelector('dialog.detail')!.textContent).to.contain('<img src=x onerror="window.__mfXss=14">Side door');
    await expectAccessible(el);

    // The map's pin and popup (built outside Lit) show the same fields as text too.
    ($(el, 'dialog.detail .close') as HTMLButtonElement).click();
    ($$(el, '.views button').find((b) => b.textContent === 'Map') as HTMLButtonElement).click();
    await until(() => $(el, '.leaflet-container .mf-pin'), 'map with a pin', 10000);
    ($(el, '.mf-pin') as HTMLElement).click();
    await until(() => $(el, '.mf-popup button'), 'popup');
    await new Promise((r) => setTimeout(r, 100));
    expect($(el, '.mf-popup button')!.textContent).to.contain('<img src=x onerror="window.__mfXss=1">Evil name');
    expect($(el, '.mf-pin')!.getAttribute('aria-label')).to.contain('<script>');
    expect(root.querySelectorAll('.leaflet-container img:not(.leaflet-tile), .leaflet-container script, .leaflet-container svg, .leaflet-container b')).to.have.length(0);
    expect(w.__mfXss).to.equal(undefined);
  });
});

describe('<peer-meeting-finder> URL sync and several finders', () => {
  it('writes the visitor’s filters to namespaced URL parameters and reads them back', async () => {
    const el = await fixture<PeerMeetingFinder>(html`<peer-meeting-finder src=${FEED} sync-url></peer-meeting-finder>`);
    await loaded(el);
    await setChecked(input(el, 'input[name=day][value="2"]'));
    await type(input(el, 'input[name=query]'), 'step');
    await el.updateComplete;
    const params = new URLSearchParams(location.search);
    expect(params.get('mf-day')).to.equal('2');
    expect(params.get('mf-query')).to.equal('step');
    el.remove(); // as after a reload: one finder on the page
    const again = await fixture<PeerMeetingFinder>(html`<peer-meeting-finder src=${FEED} sync-url></peer-meeting-finder>`);
    await loaded(again);
    expect(again.day).to.equal('2');
    expect(again.query).to.equal('step');
    expect(names(again)).to.deep.equal(['Lakeside Step Study']);
  });

  it('keeps two finders on one page independent (filters, URL, counts)', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <peer-meeting-finder id="a" src=${FEED} sync-url></peer-meeting-finder>
      <peer-meeting-finder id="b" src=${FEED_B} sync-url lang="es"></peer-meeting-finder>
    </div>`);
    const [a, b] = [...wrapper.querySelectorAll('peer-meeting-finder')] as PeerMeetingFinder[];
    await loaded(a);
    await loaded(b);
    const bCount = b.resultCount;
    await type(input(a, 'input[name=query]'), 'owls');
    await a.updateComplete;
    await b.updateComplete;
    expect(a.resultCount).to.equal(1);
    expect(b.resultCount).to.equal(bCount);
    expect(b.hasAttribute('query')).to.equal(false);
    expect(new URLSearchParams(location.search).get('a-query')).to.equal('owls');
    expect(new URLSearchParams(location.search).has('b-query')).to.equal(false);
    expect(countText(b)).to.match(/reuni/);
    await expectAccessible(wrapper);
  });
});

describe('<peer-meeting-finder> on a BMLT root server', () => {
  const BMLT = `${API}/bmlt/main_server/`;
  const queries = async (): Promise<URLSearchParams[]> => ((await (await fetch(`${API}/bmlt-queries`)).json()) as {queries: string[]}).queries.map((q) => new URLSearchParams(q));
  beforeEach(() => fetch(`${API}/control?resetBmlt=1`, {method: 'POST'}));

  it('sends the embed’s filters as BMLT parameters, and the visitor’s changes fetch again with theirs', async () => {
    const el = await fixture<PeerMeetingFinder>(html`<peer-meeting-finder src=${BMLT} attendance="online"></peer-meeting-finder>`);
    await loaded(el);
    let sent = await queries();
    expect(sent).to.have.length(1);
    expect(sent[0].get('switcher')).to.equal('GetSearchResults');
    expect(sent[0].get('get_used_formats')).to.equal('1');
    expect(sent[0].get('venue_types')).to.equal('2,3');
    await showAll(el);
    expect(names(el)).to.include.members(['Recovery at Noon', 'Hybrid Hope']);
    expect(names(el)).not.to.include('Just For Today');
    // The visitor picks Wednesday (BMLT counts from 1 = Sunday, so 4): one more search, with both.
    await setChecked(input(el, 'input[name=day][value="3"]'));
    await until(() => !$(el, '[part=loading]') && $(el, '.list, .empty'), 'results after the second search');
    await el.updateComplete;
    sent = await queries();
    expect(sent).to.have.length(2);
    expect(sent[1].get('weekdays')).to.equal('4');
    expect(sent[1].get('venue_types')).to.equal('2,3');
    expect(names(el)).to.deep.equal(['Hybrid Hope']);
    // Typing words is not a server filter: no new search.
    await type(input(el, 'input[name=query]'), 'hope');
    await el.updateComplete;
    expect(await queries()).to.have.length(2);
    expect(names(el)).to.deep.equal(['Hybrid Hope']);
    await expectAccessible(el);
  });

  it('maps required and excluded type codes to format ids with AND, once the server has named its formats', async () => {
    const el = await fixture<PeerMeetingFinder>(html`<peer-meeting-finder src=${BMLT} types="O -ONL"></peer-meeting-finder>`);
    await loaded(el);
    // The first search cannot know the ids; its answer lists them, and the search runs again with them.
    for (let i = 0; (await queries()).length < 2; i++) {
      if (i > 100) throw new Error('no second search with format ids');
      await new Promise((r) => setTimeout(r, 50));
    }
    await until(() => !$(el, '[part=loading]') && $(el, '.list, .empty'), 'results');
    await el.updateComplete;
    const sent = await queries();
    expect(sent[0].get('formats')).to.equal(null);
    expect(sent[1].get('formats')!.split(',').sort()).to.deep.equal(['-56', '17']);
    expect(sent[1].get('formats_comparison_operator')).to.equal('AND');
    await showAll(el);
    expect(names(el)).to.deep.equal(['Just For Today']);
    // And it settles: no third search.
    await new Promise((r) => setTimeout(r, 300));
    expect(await queries()).to.have.length(2);
  });

  it('a Meeting Guide feed is fetched once, whatever the visitor filters', async () => {
    const el = await fixture<PeerMeetingFinder>(html`<peer-meeting-finder src=${FEED}></peer-meeting-finder>`);
    await loaded(el);
    const before = performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/meeting-guide/feed.json')).length;
    await setChecked(input(el, 'input[name=attendance][value=online]'));
    await setChecked(input(el, 'input[name=day][value="3"]'));
    await el.updateComplete;
    expect($(el, '[part=loading]')).to.equal(null);
    expect(performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/meeting-guide/feed.json')).length).to.equal(before);
  });
});
