/**
 * The controllers both search widgets share (src/controllers/), each on a bare LitElement host, as a
 * widget uses them: what they keep, where focus goes, what is fetched and when.
 */
import {fixture, html, expect} from '@open-wc/testing';
import {LitElement, html as lit} from 'lit';
import {until} from '../support/a11y.js';
import {UrlStateController, urlPrefix} from '../../src/controllers/url-state.js';
import {DeviceListController} from '../../src/controllers/device-list.js';
import {LocationController} from '../../src/controllers/location.js';
import {WindowedListController} from '../../src/controllers/windowed-list.js';
import {DialogController} from '../../src/controllers/dialog.js';
import {ClockController} from '../../src/controllers/clock.js';
import {MatchMediaController} from '../../src/controllers/match-media.js';
import {PrintController} from '../../src/controllers/print.js';
import {FORGET_EVENT} from '../../src/core/forget-event.js';

const KEYS = ['q', 'day'] as const;

class UrlHost extends LitElement {
  static override properties = {sync: {type: Boolean}};
  declare sync: boolean;
  got: Partial<Record<(typeof KEYS)[number], string>> | undefined;
  url = new UrlStateController(this, {short: 'tx', keys: KEYS, enabled: () => this.sync, apply: (v) => (this.got = v)});
}
customElements.define('tx-url-host', UrlHost);

class ListHost extends LitElement {
  changes = 0;
  list = new DeviceListController(this, () => this.changes++);
}
customElements.define('tx-list-host', ListHost);

class RowsHost extends LitElement {
  static override properties = {total: {type: Number}};
  declare total: number;
  rows = new WindowedListController(this, {page: 5});
  override render() {
    const n = Math.min(this.rows.limit, this.total);
    return lit`<ul style="margin:0">${Array.from({length: n}, (_, i) => lit`<li style="height:300px">${i}</li>`)}</ul>${n < this.total ? lit`<div class="sentinel"></div>` : ''}`;
  }
}
customElements.define('tx-rows-host', RowsHost);

class DialogHost extends LitElement {
  static override properties = {items: {type: Array}};
  declare items: string[];
  closedCount = 0;
  dialog = new DialogController(this, {dialog: 'dialog', focus: 'h2', fallback: 'input'}, () => this.closedCount++);
  override render() {
    return lit`<input aria-label="search" />
      ${this.items.map((id) => lit`<button data-id=${id} @click=${(e: Event) => void this.dialog.open(e.currentTarget as HTMLElement)}>${id}</button>`)}
      <dialog @close=${this.dialog.onClose} @click=${this.dialog.onClick}><h2 tabindex="-1">Details</h2><button class="close" @click=${() => this.dialog.close()}>Close</button></dialog>`;
  }
}
customElements.define('tx-dialog-host', DialogHost);

class LocHost extends LitElement {
  geocoder?: string;
  found: {point: {lat: number; lng: number}; how: string}[] = [];
  position: () => Promise<{lat: number; lng: number}> = async () => ({lat: 1, lng: 2});
  location = new LocationController(this, {geocoder: () => this.geocoder, locate: () => this.position(), found: (point, how) => this.found.push({point, how})});
}
customElements.define('tx-loc-host', LocHost);

class ClockHost extends LitElement {
  ticks = 0;
  clock = new ClockController(this, () => this.ticks++, 20);
}
customElements.define('tx-clock-host', ClockHost);

afterEach(() => {
  localStorage.clear();
  history.replaceState(null, '', location.pathname);
});

describe('UrlStateController', () => {
  it('gives each widget on a page its own keys, reads them once on connect, and writes without touching the page’s own', async () => {
    history.replaceState(null, '', `${location.pathname}?page=2&tx-q=first&tx2-q=second&named-day=3`);
    const box = await fixture<HTMLDivElement>(html`<div><tx-url-host sync></tx-url-host><tx-url-host sync></tx-url-host><tx-url-host id="named" sync></tx-url-host><tx-url-host></tx-url-host></div>`);
    const [a, b, c, off] = [...box.querySelectorAll<UrlHost>('tx-url-host')];
    expect([a.url.prefix, b.url.prefix, c.url.prefix]).to.deep.equal(['tx-', 'tx2-', 'named-']);
    expect(a.got).to.deep.equal({q: 'first'});
    expect(b.got).to.deep.equal({q: 'second'});
    expect(c.got).to.deep.equal({day: '3'});
    expect(off.got, 'a widget without sync-url reads nothing').to.equal(undefined);
    const entries = history.length;
    a.url.write({q: 'detox', day: undefined});
    b.url.write({q: undefined, day: '1'});
    off.url.write({q: 'never'});
    const p = new URL(location.href).searchParams;
    expect([p.get('page'), p.get('tx-q'), p.get('tx2-q'), p.get('tx2-day'), p.get('named-day')]).to.deep.equal(['2', 'detox', null, '1', '3']);
    expect(history.length, 'no history entry per change').to.equal(entries);
    // Moved within the page: not read again (the URL holds what the widget wrote).
    a.got = undefined;
    box.append(a);
    expect(a.got).to.equal(undefined);
    expect(urlPrefix(document.createElement('tx-url-host'), 'tx'), 'not on the page').to.equal('tx-');
  });
});

describe('DeviceListController', () => {
  it('shares a list between widgets and tabs, keeps its order, survives garbage and follows "Forget this device"', async () => {
    localStorage.setItem('peerkit:test:list', '[1, "b", null, "a", "b"]');
    const box = await fixture<HTMLDivElement>(html`<div><tx-list-host></tx-list-host><tx-list-host></tx-list-host></div>`);
    const [one, two] = [...box.querySelectorAll<ListHost>('tx-list-host')];
    expect(one.list.get('peerkit:test:list'), 'only strings, once each').to.deep.equal(['b', 'a']);
    expect(one.list.toggle('peerkit:test:list', 'c')).to.equal(true);
    expect(two.list.get('peerkit:test:list'), 'the other widget sees it').to.deep.equal(['b', 'a', 'c']);
    expect(two.changes).to.be.greaterThan(0);
    expect(JSON.parse(localStorage.getItem('peerkit:test:list')!)).to.deep.equal(['b', 'a', 'c']);
    two.list.toggle('peerkit:test:list', 'b');
    expect(one.list.has('peerkit:test:list', 'b')).to.equal(false);
    // Another tab wrote the list: both read it again.
    localStorage.setItem('peerkit:test:list', '["z"]');
    const before = one.changes;
    dispatchEvent(new StorageEvent('storage', {key: 'peerkit:test:list'}));
    expect(one.changes).to.equal(before + 1);
    expect(two.list.get('peerkit:test:list')).to.deep.equal(['z']);
    // Forgotten (storage cleared first, then the event): empty everywhere.
    localStorage.removeItem('peerkit:test:list');
    dispatchEvent(new CustomEvent(FORGET_EVENT, {detail: {favourites: true}}));
    expect(one.list.get('peerkit:test:list')).to.deep.equal([]);
    one.list.set('peerkit:test:list', []);
    expect(localStorage.getItem('peerkit:test:list'), 'an empty list removes the key').to.equal(null);
    localStorage.setItem('peerkit:test:list', '{not json');
    dispatchEvent(new StorageEvent('storage', {key: null}));
    expect(two.list.get('peerkit:test:list')).to.deep.equal([]);
  });
});

describe('LocationController', () => {
  const hits = async () => ((await (await fetch('/fake-api/geocoder/hits')).json()) as {hits: unknown[]}).hits;
  beforeEach(() => fetch('/fake-api/geocoder/reset'));

  it('asks for nothing until the visitor does; reads Nominatim and GeoJSON answers; says why it found nothing', async () => {
    const el = await fixture<LocHost>(html`<tx-loc-host></tx-loc-host>`);
    el.geocoder = '/fake-api/geocoder/nominatim?format=json&q={query}';
    await el.updateComplete;
    expect(await hits(), 'nothing before the visitor asks').to.have.length(0);
    await el.location.nearPlace('  Springfield, IL ');
    expect(el.found.at(-1)).to.deep.equal({point: {lat: 39.80172, lng: -89.64371}, how: 'place'});
    const [hit] = (await hits()) as {query: string}[];
    expect(hit.query).to.contain('q=Springfield%2C%20IL');
    el.geocoder = '/fake-api/geocoder/geojson?text={query}';
    await el.location.nearPlace('Peoria');
    expect(el.found.at(-1)).to.deep.equal({point: {lat: 40.69365, lng: -89.58899}, how: 'place'});
    await el.location.nearPlace('Atlantis');
    expect([el.location.problem, el.location.place, el.found.length]).to.deep.equal(['not-found', 'Atlantis', 2]);
    el.geocoder = '/fake-api/geocoder/down?q={query}';
    await el.location.nearPlace('Peoria');
    expect(el.location.problem, 'a failing geocoder').to.equal('not-found');
    el.geocoder = 'javascript:alert(1)//{query}';
    const n = (await hits()).length;
    await el.location.nearPlace('Peoria');
    expect((await hits()).length, 'an unsafe template is never fetched').to.equal(n);
    await el.location.nearMe();
    expect(el.found.at(-1)).to.deep.equal({point: {lat: 1, lng: 2}, how: 'me'});
    expect(el.location.problem).to.equal('');
    el.position = () => Promise.reject(Object.assign(new Error('no'), {code: 1}));
    await el.location.nearMe();
    expect(el.location.problem).to.equal('denied');
    el.position = () => Promise.reject(new Error('timeout'));
    await el.location.nearMe();
    expect(el.location.problem).to.equal('failed');
    el.location.clear();
    expect(el.location.problem).to.equal('');
  });

  it('is busy while a request is under way and takes no second one', async () => {
    const el = await fixture<LocHost>(html`<tx-loc-host></tx-loc-host>`);
    el.geocoder = '/fake-api/geocoder/held?q={query}';
    const first = el.location.nearPlace('Springfield');
    await until(async () => (await hits()).length === 1, 'the request held');
    expect(el.location.busy).to.equal(true);
    await el.location.nearPlace('Peoria');
    await el.location.nearMe();
    expect((await hits()).length).to.equal(1);
    await fetch('/fake-api/geocoder/release');
    await first;
    expect([el.location.busy, el.found.length]).to.deep.equal([false, 1]);
  });
});

describe('WindowedListController', () => {
  it('renders a page of rows, more as the end comes into view or on request, and starts over on reset', async () => {
    const el = await fixture<RowsHost>(html`<tx-rows-host .total=${40}></tx-rows-host>`);
    await el.updateComplete;
    // The first rows fill more than the window, so the sentinel is out of view.
    expect(el.rows.limit).to.equal(5);
    el.rows.more();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('li')).to.have.length(10);
    el.shadowRoot!.querySelector('.sentinel')!.scrollIntoView();
    await until(() => el.rows.limit >= 15, 'more rows as the end comes into view');
    el.rows.reset();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('li')).to.have.length(5);
    el.rows.atLeast(12);
    expect(el.rows.limit).to.equal(12);
    el.rows.atLeast(3);
    expect(el.rows.limit).to.equal(12);
    window.scrollTo(0, 0);
  });
});

describe('DialogController', () => {
  it('moves focus into the dialog, back to its opener on close, to the same row after a redraw, else to the fallback', async () => {
    const el = await fixture<DialogHost>(html`<tx-dialog-host .items=${['a', 'b']}></tx-dialog-host>`);
    const root = el.shadowRoot!;
    const b = root.querySelector<HTMLButtonElement>('[data-id=b]')!;
    b.focus();
    b.click();
    await until(() => root.querySelector('dialog')!.open, 'open');
    expect(root.activeElement).to.equal(root.querySelector('h2'));
    root.querySelector<HTMLButtonElement>('.close')!.click();
    await until(() => el.closedCount === 1, 'the host told');
    await until(() => root.activeElement === b, 'focus back on the opener');
    // The list is drawn again while the dialog is open (its buttons replaced): focus finds the new
    // button of the same row.
    b.click();
    await until(() => root.querySelector('dialog')!.open, 'open again');
    el.items = [];
    await el.updateComplete;
    el.items = ['a', 'b'];
    await el.updateComplete;
    expect(b.isConnected).to.equal(false);
    // A click on the backdrop (the dialog element itself) closes it.
    const dialog = root.querySelector('dialog')!;
    dialog.dispatchEvent(new MouseEvent('click', {bubbles: true}));
    await until(() => el.closedCount === 2, 'closed by the backdrop');
    await until(() => root.activeElement === root.querySelector('[data-id=b]'), 'focus on the new button of the row');
    // Opened with no opener (a deep link): the row named by id, else the search box.
    await el.dialog.open(null, 'a');
    el.dialog.close();
    await until(() => root.activeElement === root.querySelector('[data-id=a]'), 'the row named');
    await el.dialog.open(null, 'missing');
    el.dialog.close();
    await until(() => root.activeElement === root.querySelector('input'), 'the fallback');
  });
});

describe('ClockController and MatchMediaController', () => {
  it('the clock ticks while connected and stops when the host leaves', async () => {
    const el = await fixture<ClockHost>(html`<tx-clock-host></tx-clock-host>`);
    await until(() => el.ticks >= 2, 'ticks');
    expect(el.clock.minute).to.equal(Math.floor(el.clock.now / 60000));
    el.remove();
    const n = el.ticks;
    await new Promise((r) => setTimeout(r, 80));
    expect(el.ticks).to.equal(n);
  });

  it('follows a media query as it changes', async () => {
    const list = Object.assign(new EventTarget(), {matches: false, media: '(x)'}) as unknown as MediaQueryList;
    class MediaHost extends LitElement {
      media = new MatchMediaController(this, '(x)', () => list);
    }
    customElements.define('tx-media-host', MediaHost);
    const el = await fixture<MediaHost>(html`<tx-media-host></tx-media-host>`);
    expect(el.media.matches).to.equal(false);
    (list as unknown as {matches: boolean}).matches = true;
    list.dispatchEvent(Object.assign(new Event('change'), {matches: true}));
    expect(el.media.matches).to.equal(true);
    el.remove();
    list.dispatchEvent(Object.assign(new Event('change'), {matches: false}));
    expect(el.media.matches, 'no longer listening').to.equal(true);
  });
});

describe('PrintController', () => {
  class PrintHost extends LitElement {
    printer = new PrintController(this, () => this.performUpdate());
    override render() {
      return lit`<p>${this.printer.printing ? 'every row' : 'a window'}</p>`;
    }
  }
  customElements.define('tx-print-host', PrintHost);

  it('renders every row at once on beforeprint, back after; its own Print button prints every row', async () => {
    const el = await fixture<PrintHost>(html`<tx-print-host></tx-print-host>`);
    const text = () => el.shadowRoot!.querySelector('p')!.textContent;
    dispatchEvent(new Event('beforeprint'));
    expect(text(), 'rendered before the browser lays out the page').to.equal('every row');
    dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(text()).to.equal('a window');
    const original = window.print;
    const seen: (string | null)[] = [];
    window.print = () => seen.push(text());
    try {
      await el.printer.print();
    } finally {
      window.print = original;
    }
    await el.updateComplete;
    expect([seen, text()]).to.deep.equal([['every row'], 'a window']);
    el.remove();
    dispatchEvent(new Event('beforeprint'));
    expect(el.printer.printing, 'no longer listening').to.equal(false);
  });
});
