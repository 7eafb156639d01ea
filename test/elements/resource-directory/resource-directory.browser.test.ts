import {fixture, html, expect, oneEvent} from '@open-wc/testing';
import {sendKeys, setViewport} from '@web/test-runner-commands';
import {expectAccessible, until, $, $$} from '../../support/a11y.js';
import {forgetFrom} from '../../support/forget.js';
import {shiftClock} from '../../support/clock.js';
import '../../../src/elements/resource-directory/peer-resource-directory.js';
import type {PeerResourceDirectory} from '../../../src/elements/resource-directory/resource-directory.js';
import {captureExits, loaded} from '../../support/resource-directory.js';
import type {ResourceIssue} from '../../../src/model/resource.js';

const FILE = '/test/fixtures/hsds/services.json';
const API = '/fake-api/resource-directory';

const names = (el: PeerResourceDirectory) => $$(el, '.results .card h3').map((n) => n.textContent!.trim());
const countText = (el: PeerResourceDirectory) => $(el, '[part=count]')!.textContent!.trim();
const liveText = (el: PeerResourceDirectory) => $(el, '[aria-live=polite]')!.textContent!.trim();

function field<T extends HTMLElement = HTMLInputElement>(el: PeerResourceDirectory, selector: string): T {
  const found = $(el, selector) as T | null;
  if (!found) throw new Error(`no ${selector}`);
  return found;
}

async function type(input: HTMLInputElement, value: string) {
  input.value = value;
  input.dispatchEvent(new Event('input', {bubbles: true, composed: true}));
}

async function choose(select: HTMLSelectElement, value: string) {
  select.value = value;
  select.dispatchEvent(new Event('change', {bubbles: true}));
}

async function check(input: HTMLInputElement, checked = true) {
  input.checked = checked;
  input.dispatchEvent(new Event('change', {bubbles: true}));
}

function cardNamed(el: PeerResourceDirectory, name: string): HTMLElement {
  const card = $$(el, '.card').find((c) => c.querySelector('h3')!.textContent!.includes(name));
  if (!card) throw new Error(`no card named ${name}`);
  return card;
}

async function openDetail(el: PeerResourceDirectory, name: string): Promise<HTMLDialogElement> {
  (cardNamed(el, name).querySelector('h3 button') as HTMLButtonElement).click();
  await until(() => $(el, 'dialog')?.hasAttribute('open'), 'dialog open');
  await el.updateComplete;
  return $(el, 'dialog') as HTMLDialogElement;
}

async function log(): Promise<string[]> {
  return (await fetch(`${API}/log`)).json();
}

beforeEach(async () => {
  localStorage.clear();
  await fetch(`${API}/reset`, {method: 'POST'});
});
afterEach(() => {
  localStorage.clear();
  history.replaceState(null, '', location.pathname);
});

describe('<peer-resource-directory> states', () => {
  it('shows a loading state while the directory is on its way', async () => {
    const el = await fixture<PeerResourceDirectory>(html`<peer-resource-directory src=${`${API}/slow.json?ms=2500`} format="json"></peer-resource-directory>`);
    await until(() => $(el, '[part=loading]'), 'loading state');
    expect($(el, '[part=loading]')!.getAttribute('role')).to.equal('status');
    expect($(el, '[part=loading]')!.textContent).to.contain('Loading');
    await expectAccessible(el);
  });

  it('renders results from a JSON file, skips the bad record with an event and a note, and announces the count', async () => {
    const issuesEvent = new Promise<CustomEvent<{issues: ResourceIssue[]}>>((resolve) =>
      document.addEventListener('peer-feed-issues', (e) => resolve(e as CustomEvent), {once: true}),
    );
    const el = await fixture<PeerResourceDirectory>(html`<peer-resource-directory src=${FILE} format="json"></peer-resource-directory>`);
    await loaded(el);
    const {detail} = await issuesEvent;
    expect(detail.issues.length).to.be.greaterThan(0);
    expect(detail.issues.some((i) => i.id === 'svc-bad' || i.index === 7)).to.equal(true);
    expect($(el, '.skipped')!.textContent).to.match(/\d+ records? could not be read/);
    expect(el.resultCount).to.be.greaterThan(20);
    expect(countText(el)).to.equal(`${el.resultCount} services found`);
    // 25 cards at first; the rest come as the visitor scrolls or presses "Load more".
    expect($$(el, '.results .card').length).to.equal(Math.min(25, el.resultCount));
    expect(names(el)).to.include('Keystone Medically Managed Detox');
    await until(() => liveText(el) === countText(el), 'polite announcement');
    await expectAccessible(el);
  });

  it('shows each result with organisation, hours status, last verified and safe actions', async () => {
    const el = await fixture<PeerResourceDirectory>(html`<peer-resource-directory src=${FILE} format="json"></peer-resource-directory>`);
    await loaded(el);
    const card = cardNamed(el, 'Keystone Medically Managed Detox');
    expect(card.querySelector('.org')!.textContent).to.equal('Keystone Recovery Network');
    expect(card.querySelector('[part=status]')!.textContent).to.equal('Open 24 hours');
    expect(card.querySelector('.verified')!.textContent).to.equal('Last verified Sep 14, 2026');
    const call = card.querySelector('a[href^="tel:"]') as HTMLAnchorElement;
    expect(call.getAttribute('href')).to.equal('tel:2155550101');
    expect(call.textContent).to.contain('Call');
    expect(card.querySelector('a[href^="mailto:detox@keystone.example.org"]')).to.not.equal(null);
    expect((card.querySelector('a[href^="https://keystone.example.org/detox"]') as HTMLAnchorElement).rel).to.contain('noopener');
    expect(card.querySelector('a[href^="https://www.google.com/maps/dir/"]')).to.not.equal(null);
    // Never guess "open": every status is one of the engine's verdicts.
    for (const s of $$(el, '.results [part=status]')) expect(s.textContent).to.match(/^(Open|Closed|Hours unknown|Hours may be out of date)/);
    expect($$(el, '.results [part=status].unknown').every((s) => s.textContent === 'Hours unknown' || s.textContent === 'Hours may be out of date')).to.equal(true);
    // The expired pilot's schedule says so (issue 18), rather than "Hours unknown".
    expect(cardNamed(el, 'Expired Pilot: Weekend Detox Walk-in').querySelector('[part=status]')!.textContent).to.equal('Hours may be out of date');
    expect($$(el, 'a[href^="javascript:"]').length).to.equal(0);
  });

  it('shows an empty state that clears the filters', async () => {
    const el = await fixture<PeerResourceDirectory>(html`<peer-resource-directory src=${FILE} format="json" query="zzzznothing"></peer-resource-directory>`);
    await loaded(el);
    expect($(el, '[part=empty]')!.textContent).to.contain('No services match your search.');
    expect(el.resultCount).to.equal(0);
    await expectAccessible(el);
    ($(el, '[part=empty] button') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(el.hasAttribute('query')).to.equal(false);
    expect(el.resultCount).to.be.greaterThan(20);
    expect(el.shadowRoot!.activeElement?.id).to.equal('q');
  });

  it('explains an unreachable directory and retries', async () => {
    const el = await fixture<PeerResourceDirectory>(html`<peer-resource-directory src="http://127.0.0.1:9/services.json" format="json"></peer-resource-directory>`);
    await loaded(el);
    expect($(el, '[part=error]')!.textContent).to.contain('We could not reach the directory');
    expect($(el, '[part=error]')!.getAttribute('role')).to.equal('alert');
    await expectAccessible(el);
    el.src = FILE;
    await until(() => $(el, '.list'), 'results after changing src');
  });

  it('explains a file that is not JSON, then loads on retry when it is fixed', async () => {
    const el = await fixture<PeerResourceDirectory>(html`<peer-resource-directory src=${`${API}/not-json`} format="json"></peer-resource-directory>`);
    await loaded(el);
    expect($(el, '[part=error]')!.textContent).to.contain('not JSON');
    await expectAccessible(el);
    const retry = $(el, '[part=error] button') as HTMLButtonElement;
    expect(retry.textContent).to.equal('Try again');
    retry.click();
    await until(() => $(el, '[part=error]') || $(el, '[part=loading]'), 'retried');
  });

  it('explains JSON that is not an HSDS directory (file and API)', async () => {
    const file = await fixture<PeerResourceDirectory>(html`<peer-resource-directory src=${`${API}/not-hsds`} format="json"></peer-resource-directory>`);
    await loaded(file);
    expect($(file, '[part=error]')!.textContent).to.contain('does not look like a service directory');
    await expectAccessible(file);
    const api = await fixture<PeerResourceDirectory>(html`<peer-resource-directory src=${`${API}/not-hsds`} format="hsds"></peer-resource-directory>`);
    await loaded(api);
    expect($(api, '[part=error]')).to.not.equal(null);
    expect($(api, '[part=error] button')!.textContent).to.equal('Try again');
  });

  it('speaks Spanish', async () => {
    const el = await fixture<PeerResourceDirectory>(html`<peer-resource-directory lang="es" src=${FILE} format="json" crisis-row quick-exit></peer-resource-directory>`);
    await loaded(el);
    expect(countText(el)).to.equal(`${el.resultCount} servicios encontrados`);
    expect(field(el, 'label[for=q]').textContent).to.equal('Buscar servicios');
    expect($(el, '[part=quick-exit]')!.textContent).to.equal('Salida rápida');
    expect($(el, '[part=crisis]')!.textContent).to.contain('Llama al 988');
    expect(cardNamed(el, 'Keystone Medically Managed Detox').querySelector('[part=status]')!.textContent).to.equal('Abierto las 24 horas');
    await expectAccessible(el);
  });

  it('fits a 320 px column and passes axe in the dark theme', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="inline-size: 320px"><peer-resource-directory src=${FILE} format="json" theme="dark" crisis-row quick-exit></peer-resource-directory></div>`);
    const el = wrap.querySelector('peer-resource-directory') as PeerResourceDirectory;
    await loaded(el);
    expect(el.dataset.theme).to.equal('dark');
    expect(el.scrollWidth).to.be.at.most(320);
    for (const part of $$(el, '.filters, .card, [part=crisis]')) expect(part.scrollWidth, part.className).to.be.at.most(part.clientWidth + 1);
    await expectAccessible(el);
  });

  it('at 320 px the details’ Close and Quick exit stay whole words, and each Save names its service once', async () => {
    await setViewport({width: 320, height: 640});
    try {
      const el = await fixture<PeerResourceDirectory>(html`<peer-resource-directory src=${FILE} format="json" quick-exit></peer-resource-directory>`);
      await loaded(el);
      const save = cardNamed(el, '988 Suicide').querySelector('.save') as HTMLButtonElement;
      expect(save.getAttribute('aria-label')).to.equal('Save 988 Suicide & Crisis Lifeline (local answering point)');
      save.click();
      await el.updateComplete;
      expect(save.getAttribute('aria-label')).to.equal('Saved 988 Suicide & Crisis Lifeline (local answering point)');
      const dialog = await openDetail(el, 'Keystone Medically Managed Detox');
      const bar = [...dialog.querySelectorAll<HTMLElement>('button')].filter((b) => /^(Close|Quick exit)$/.test(b.textContent!.trim()));
      expect(bar.map((b) => b.textContent!.trim()).sort()).to.deep.equal(['Close', 'Quick exit']);
      for (const b of bar) {
        const range = document.createRange();
        range.selectNodeContents(b);
        const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        expect(lines.size, `“${b.textContent!.trim()}” on ${lines.size} lines`).to.equal(1);
      }
      await expectAccessible(el);
    } finally {
      await setViewport({width: 800, height: 600});
    }
  });

  it('renders every text field of a hostile record as text (names, descriptions, addresses, phones, links)', async () => {
    delete (window as {__xss?: unknown}).__xss;
    const el = await fixture<PeerResourceDirectory>(html`<peer-resource-directory src=${`${API}/xss.json`} format="json" feedback-url=${`${API}/feedback`}></peer-resource-directory>`);
    await loaded(el);
    expect(el.resultCount).to.equal(1);
    const dialog = await openDetail(el, 'Safe');
    await el.updateComplete;
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('img, script, svg, b, iframe').length).to.equal(0);
    expect(root.querySelectorAll('a[href^="javascript:"], [onerror], [onload]').length).to.equal(0);
    expect(dialog.textContent).to.contain('Line one');
    expect(dialog.textContent).to.contain('Line two');
    expect($(el, '.card h3')!.textContent).to.contain('Safe');
    expect([...root.querySelectorAll('a')].map((a) => a.getAttribute('href')).every((h) => /^(https?|tel|sms|mailto):/.test(h ?? ''))).to.equal(true);
    expect((window as {__xss?: unknown}).__xss).to.equal(undefined);
    await expectAccessible(el);
  });
});

describe('<peer-resource-directory> filters', () => {
  it('searches as the visitor types, reflects to the attribute and syncs the URL under namespaced keys', async () => {
    const el = await fixture<PeerResourceDirectory>(html`<peer-resource-directory src=${FILE} format="json" sync-url></peer-resource-directory>`);
    await loaded(el);
    const all = el.resultCount;
    await type(field(el, '#q'), 'detox');
    await el.updateComplete;
    expect(el.getAttribute('query')).to.equal('detox');
    expect(el.resultCount).to.be.lessThan(all);
    expect(names(el).every((n) => /detox/i.test(n))).to.equal(true);
    expect(new URL(location.href).searchParams.get('rd-q')).to.equal('detox');
    await until(() => liveText(el) === countText(el), 'announcement of the new count');
    await expectAccessible(el);
  });

  it('filters by category, free and open now, reflecting each to attributes', async () => {
    const el = await fixture<PeerResourceDirectory>(html`<peer-resource-directory src=${FILE} format="json" sync-url></peer-resource-directory>`);
    await loaded(el);
    const all = el.resultCount;
    const select = field<HTMLSelectElement>(el, '#category');
    const option = [...select.options].find((o) => o.value && /harm/i.test(o.textContent!));
    expect(option, 'a harm-reduction category').to.not.equal(undefined);
    await choose(select, option!.value);
    await el.updateComplete;
    expect(el.getAttribute('category')).to.equal(option!.value);
    expect(el.resultCount).to.be.greaterThan(0);
    expect(el.resultCount).to.be.lessThan(all);
    await choose(select, '');
    await el.updateComplete;
    const free = $$(el, '.checks input')[1] as HTMLInputElement;
    await check(free);
    await el.updateComplete;
    expect(el.getAttribute('cost')).to.equal('free');
    expect(new URL(location.href).searchParams.get('rd-cost')).to.equal('free');
    expect(el.resultCount).to.be.lessThan(all);
    await check(free, false);
    const openNow = $$(el, '.checks input')[0] as HTMLInputElement;
    await check(openNow);
    await el.updateComplete;
    expect(el.hasAttribute('open-now')).to.equal(true);
    expect($$(el, '.results [part=status]').every((s) => s.textContent!.startsWith('Open'))).to.equal(true);
    expect(new URL(location.href).searchParams.get('rd-open')).to.equal('1');
  });

  it('starts from the URL when sync-url is set, and from presets otherwise', async () => {
    history.replaceState(null, '', `${location.pathname}?rd-q=housing&other=1`);
    const el = await fixture<PeerResourceDirectory>(html`<peer-resource-directory src=${FILE} format="json" sync-url></peer-resource-directory>`);
    await loaded(el);
    expect(el.query).to.equal('housing');
    expect(field(el, '#q').value).to.equal('housing');
    expect(names(el).length).to.be.greaterThan(0);
    expect(new URL(location.href).searchParams.get('other')).to.equal('1');
    const preset = await fixture<PeerResourceDirectory>(html`<peer-resource-directory src=${FILE} format="json" language="es"></peer-resource-directory>`);
    await loaded(preset);
    expect(field<HTMLSelectElement>(preset, '#language').value).to.equal('es');
    expect(preset.resultCount).to.be.greaterThan(0);
    expect(names(preset)).to.include('Grupo de Apoyo entre Pares "Nuevo Amanecer"');
  });

  it('sorts by distance near me (asked for on click only) and limits to a radius', async () => {
    const el = await fixture<PeerResourceDirectory>(html`<peer-resource-directory src=${FILE} format="json"></peer-resource-directory>`);
    await loaded(el);
    let asked = 0;
    // The browser API boundary: the test plays the visitor allowing the location (Chester).
    const geo = navigator.geolocation;
    const original = geo.getCurrentPosition;
    geo.getCurrentPosition = (ok: PositionCallback) => {
      asked++;
      ok({coords: {latitude: 39.8496, longitude: -75.3557}} as GeolocationPosition);
    };
    after(() => (geo.getCurrentPosition = original));
    expect(asked).to.equal(0);
    ($(el, '.near-me') as HTMLButtonElement).click();
    await until(() => el.hasAttribute('near'), 'near set');
    await el.updateComplete;
    expect(asked).to.equal(1);
    expect(el.getAttribute('near')).to.equal('39.84960,-75.35570');
    expect(names(el)[0]).to.contain('Chester Recovery House');
    expect($$(el, '.results .card')[0].querySelector('.distance')!.textContent).to.match(/^0(\.0)? mi away$/);
    await choose(field<HTMLSelectElement>(el, '#radius'), '5');
    await el.updateComplete;
    expect(el.getAttribute('radius')).to.equal('5');
    expect(el.resultCount).to.be.greaterThan(0);
    expect(el.resultCount).to.be.lessThan(5);
    await expectAccessible(el);
  });

  it('searches near a place only through the configured geocoder', async () => {
    const none = await fixture<PeerResourceDirectory>(html`<peer-resource-directory src=${FILE} format="json"></peer-resource-directory>`);
    await loaded(none);
    expect($(none, '#place')).to.equal(null);
    const el = await fixture<PeerResourceDirectory>(html`<peer-resource-directory src=${FILE} format="json" geocoder=${`${API}/geocode?q={query}`}></peer-resource-directory>`);
    await loaded(el);
    field(el, '#place').value = 'Nowhere';
    ($(el, '.place button') as HTMLButtonElement).click();
    await until(() => $(el, '.notice')!.textContent!.includes('could not find'), 'not found notice');
    field(el, '#place').value = 'Camden';
    ($(el, '.place button') as HTMLButtonElement).click();
    await until(() => el.hasAttribute('near'), 'near from the geocoder');
    await el.updateComplete;
    expect(el.getAttribute('near')).to.equal('39.92590,-75.11960');
    expect($$(el, '.results .card')[0].querySelector('.distance')!.textContent).to.match(/^0(\.\d)? mi away$/);
    // The address shown is the location the distance was measured to.
    expect($$(el, '.results .card')[0].querySelector('.address')!.textContent).to.contain('Camden');
  });
});

describe('<peer-resource-directory> behaviours shared with the finder', () => {
  it('two directories on one page keep their own filters in the URL', async () => {
    history.replaceState(null, '', `${location.pathname}?rd2-q=housing`);
    const box = await fixture<HTMLDivElement>(html`<div>
      <peer-resource-directory src=${FILE} format="json" sync-url></peer-resource-directory>
      <peer-resource-directory src=${FILE} format="json" sync-url></peer-resource-directory>
    </div>`);
    const [one, two] = [...box.querySelectorAll<PeerResourceDirectory>('peer-resource-directory')];
    await loaded(one);
    await loaded(two);
    expect([one.query, two.query], 'each read its own keys').to.deep.equal([undefined, 'housing']);
    await type(field(one, '#q'), 'detox');
    await check($$(two, '.checks input')[1] as HTMLInputElement);
    await one.updateComplete;
    const p = new URL(location.href).searchParams;
    expect([p.get('rd-q'), p.get('rd2-q'), p.get('rd-cost'), p.get('rd2-cost')]).to.deep.equal(['detox', 'housing', null, 'free']);
    expect(field(two, '#q').value, 'the second one’s search box kept its text').to.equal('housing');
  });

  it('a service saved in one directory appears in a second one of the same source at once, and from another tab', async () => {
    const box = await fixture<HTMLDivElement>(html`<div>
      <peer-resource-directory src=${FILE} format="json"></peer-resource-directory>
      <peer-resource-directory src=${FILE} format="json"></peer-resource-directory>
      <peer-resource-directory src=${`${API}/hsds`} format="hsds"></peer-resource-directory>
    </div>`);
    const [one, two, other] = [...box.querySelectorAll<PeerResourceDirectory>('peer-resource-directory')];
    await Promise.all([loaded(one), loaded(two), loaded(other)]);
    (cardNamed(one, 'Keystone Medically Managed Detox').querySelector('.save') as HTMLButtonElement).click();
    await two.updateComplete;
    expect(two.savedServices).to.deep.equal(['svc-001']);
    expect(cardNamed(two, 'Keystone Medically Managed Detox').querySelector('.save')!.getAttribute('aria-pressed')).to.equal('true');
    expect($(two, '.saved-toggle')!.textContent!.trim()).to.equal('My list (1)');
    expect(other.savedServices, 'a directory of another source has its own list').to.deep.equal([]);
    // Another tab saves a second service.
    const key = `peerkit:resource-directory:saved:${FILE}`;
    localStorage.setItem(key, JSON.stringify(['svc-001', '2']));
    dispatchEvent(new StorageEvent('storage', {key}));
    await one.updateComplete;
    expect([one.savedServices, two.savedServices]).to.deep.equal([['svc-001', '2'], ['svc-001', '2']]);
  });

  it('reads a GeoJSON geocoder answer (Photon, Pelias) as the finder does', async () => {
    await fetch('/fake-api/geocoder/reset');
    const el = await fixture<PeerResourceDirectory>(html`<peer-resource-directory src=${FILE} format="json" geocoder="/fake-api/geocoder/geojson?text={query}"></peer-resource-directory>`);
    await loaded(el);
    field(el, '#place').value = 'Springfield';
    ($(el, '.place button') as HTMLButtonElement).click();
    await until(() => el.hasAttribute('near'), 'near from the GeoJSON answer');
    expect(el.getAttribute('near')).to.equal('39.80172,-89.64371');
    expect($(el, '.near span')!.textContent).to.contain('the chosen place');
  });
});

describe('<peer-resource-directory> detail', () => {
  it('opens a dialog with everything the record holds, closes on Escape and returns focus', async () => {
    const el = await fixture<PeerResourceDirectory>(html`<peer-resource-directory src=${FILE} format="json"></peer-resource-directory>`);
    await loaded(el);
    const opener = cardNamed(el, 'Keystone Medically Managed Detox').querySelector('h3 button') as HTMLButtonElement;
    opener.focus();
    const dialog = await openDetail(el, 'Keystone Medically Managed Detox');
    expect(el.shadowRoot!.activeElement?.id).to.equal('detail-title');
    const text = dialog.textContent!;
    expect(text).to.contain('Medically managed withdrawal');
    expect(text).to.contain('Walk-ins welcome');
    expect(text).to.contain('Adults 18 and over');
    expect(text).to.contain('Medicaid and most private insurance');
    expect(text).to.contain('Walk in or call the intake line.');
    expect(text).to.contain('Step-free entrance');
    expect(text).to.contain('Market-Frankford Line');
    expect(dialog.querySelector('table.hours')!.textContent).to.contain('Monday');
    expect(dialog.querySelector('.pre')).to.not.equal(null);
    expect(getComputedStyle(dialog.querySelector('.pre')!).whiteSpace).to.equal('pre-line');
    await expectAccessible(el);
    await sendKeys({press: 'Escape'});
    await until(() => !dialog.open, 'dialog closed');
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(opener);
  });

  it('reports an error as JSON {service_id, note} to feedback-url', async () => {
    const el = await fixture<PeerResourceDirectory>(html`<peer-resource-directory src=${FILE} format="json" feedback-url=${`${API}/feedback`}></peer-resource-directory>`);
    await loaded(el);
    const dialog = await openDetail(el, 'Keystone Medically Managed Detox');
    (dialog.querySelector('.report button') as HTMLButtonElement).click();
    await el.updateComplete;
    const note = dialog.querySelector('textarea') as HTMLTextAreaElement;
    note.value = 'The intake line moved to 215-555-0102.';
    const sent = oneEvent(el, 'peer-report');
    (dialog.querySelector('.report form') as HTMLFormElement).requestSubmit();
    await sent;
    await until(() => dialog.querySelector('.sent'), 'thank-you message');
    expect(dialog.querySelector('.sent')!.textContent).to.contain('Thank you');
    const received = await (await fetch(`${API}/received`)).json();
    expect(received).to.deep.equal([{body: {service_id: 'svc-001', note: 'The intake line moved to 215-555-0102.'}, type: 'application/json'}]);
    await expectAccessible(el);
  });

  it('says so when a report cannot be sent, and offers a mailto link when feedback-url is an address', async () => {
    const el = await fixture<PeerResourceDirectory>(html`<peer-resource-directory src=${FILE} format="json" feedback-url=${`${API}/feedback-down`}></peer-resource-directory>`);
    await loaded(el);
    const dialog = await openDetail(el, 'Keystone Medically Managed Detox');
    (dialog.querySelector('.report button') as HTMLButtonElement).click();
    await el.updateComplete;
    (dialog.querySelector('textarea') as HTMLTextAreaElement).value = 'Wrong hours';
    (dialog.querySelector('.report form') as HTMLFormElement).requestSubmit();
    await until(() => dialog.querySelector('.failed'), 'failure message');
    expect(dialog.querySelector('.failed')!.textContent).to.contain('could not send');

    const mail = await fixture<PeerResourceDirectory>(html`<peer-resource-directory src=${FILE} format="json" feedback-url="mailto:data@example.org"></peer-resource-directory>`);
    await loaded(mail);
    const d2 = await openDetail(mail, 'Keystone Medically Managed Detox');
    const link = d2.querySelector('.report a') as HTMLAnchorElement;
    expect(link.href.startsWith('mailto:data@example.org?subject=')).to.equal(true);
    expect(decodeURIComponent(link.href)).to.contain('service_id: svc-001');
  });
});

describe('<peer-resource-directory> saved list', () => {
  it('saves services on this device, shows the list, prints it and shares a link carrying only ids', async () => {
    const el = await fixture<PeerResourceDirectory>(html`<peer-resource-directory src=${FILE} format="json"></peer-resource-directory>`);
    await loaded(el);
    const save = cardNamed(el, 'Keystone Medically Managed Detox').querySelector('.save') as HTMLButtonElement;
    expect(save.getAttribute('aria-pressed')).to.equal('false');
    save.click();
    await el.updateComplete;
    (cardNamed(el, 'Bridge Clinic').querySelector('.save') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(save.getAttribute('aria-pressed')).to.equal('true');
    expect(JSON.parse(localStorage.getItem(`peerkit:resource-directory:saved:${FILE}`)!), 'kept under this directory’s source').to.deep.equal(['svc-001', '2']);
    expect($(el, '.saved-toggle')!.textContent!.trim()).to.equal('My list (2)');
    ($(el, '.saved-toggle') as HTMLButtonElement).click();
    await el.updateComplete;
    expect($(el, '[part=saved] h2')!.textContent).to.equal('My list');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '[part=saved] h2'));
    expect($$(el, '[part=saved] .card h3').map((h) => h.textContent!.trim())).to.deep.equal([
      'Keystone Medically Managed Detox',
      'Bridge Clinic: Buprenorphine Same-Day Start',
    ]);
    await expectAccessible(el);
    let printed = 0;
    const print = window.print;
    window.print = () => printed++;
    ($$(el, '.panel-actions button').find((b) => b.textContent === 'Print') as HTMLButtonElement).click();
    window.print = print;
    expect(printed).to.equal(1);
    ($$(el, '.panel-actions button').find((b) => b.textContent === 'Copy share link') as HTMLButtonElement).click();
    await until(() => $(el, '#share-link'), 'share link field');
    const link = new URL((field(el, '#share-link') as HTMLInputElement).value);
    expect(link.hash).to.equal('#saved=svc-001,2');
    expect(link.pathname).to.equal(location.pathname);
  });

  it('"Forget this device" in "My list" clears the saved services only when the visitor asks', async () => {
    localStorage.setItem(`peerkit:resource-directory:saved:${FILE}`, '["svc-001"]');
    const el = await fixture<PeerResourceDirectory>(html`<peer-resource-directory src=${FILE} format="json"></peer-resource-directory>`);
    await loaded(el);
    ($(el, '.saved-toggle') as HTMLButtonElement).click();
    await el.updateComplete;
    await until(() => $$(el, '[part=saved] .card').length === 1, 'the saved service');
    const forget = (favourites: boolean) => forgetFrom(el, {favourites, within: '[part=saved]'});
    await forget(false);
    expect($$(el, '[part=saved] .card')).to.have.length(1);
    await forget(true);
    await until(() => $$(el, '[part=saved] .card').length === 0, 'the list is empty');
    expect($(el, '.saved-toggle')!.textContent!.trim()).to.equal('My list (0)');
    expect(localStorage.getItem(`peerkit:resource-directory:saved:${FILE}`)).to.equal(null);
    await expectAccessible(el);
  });

  it('opens a shared link as a list of those services, which the visitor can save', async () => {
    history.replaceState(null, '', `${location.pathname}#saved=svc-003,svc-010,gone-999`);
    const el = await fixture<PeerResourceDirectory>(html`<peer-resource-directory src=${FILE} format="json"></peer-resource-directory>`);
    await until(() => $(el, '[part=saved] .card'), 'shared list');
    expect($(el, '[part=saved] h2')!.textContent).to.equal('Shared list');
    const listed = $$(el, '[part=saved] .card h3').map((h) => h.textContent!.trim());
    expect(listed).to.deep.equal(['Mobile Syringe Services & Naloxone Van', 'Emergency Housing Intake']);
    expect($(el, '[part=saved]')!.textContent).to.contain('no longer listed (gone-999)');
    await expectAccessible(el);
    ($$(el, '.panel-actions button').find((b) => b.textContent === 'Save these to my list') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(el.savedServices).to.deep.equal(['svc-003', 'svc-010', 'gone-999']);
    expect($(el, '[part=saved] h2')!.textContent).to.equal('My list');
    // Following another shared link within the page opens that list too.
    location.hash = 'saved=svc-001';
    await until(() => $(el, '[part=saved] h2')!.textContent === 'Shared list', 'shared list after hashchange');
    await el.updateComplete;
    expect($$(el, '[part=saved] .card h3').map((h) => h.textContent!.trim())).to.deep.equal(['Keystone Medically Managed Detox']);
  });
});

describe('<peer-resource-directory> safety', () => {
  it('quick exit: the button and Escape twice replace the page with the neutral site (cancelable event)', async () => {
    const el = await fixture<PeerResourceDirectory>(html`<peer-resource-directory src=${FILE} format="json" quick-exit="https://weather.example.com/"></peer-resource-directory>`);
    await loaded(el);
    const seen: string[] = [];
    const onExit = (e: Event) => seen.push((e as CustomEvent<{url: string}>).detail.url);
    el.addEventListener('peer-quick-exit', onExit);
    // A site can take over: cancelling the event stops the navigation, and the directory stays.
    const cancel = (e: Event) => e.preventDefault();
    el.addEventListener('peer-quick-exit', cancel);
    ($(el, '[part=quick-exit]') as HTMLButtonElement).click();
    expect(seen).to.deep.equal(['https://weather.example.com/']);
    await el.updateComplete;
    expect($(el, '.base'), 'the directory stays').to.not.equal(null);
    el.removeEventListener('peer-quick-exit', cancel);
    await expectAccessible(el);
    // The exit goes ahead when nobody cancels it (the last listener here keeps the test page: it is
    // what `leaveTo` would have been given).
    const went = captureExits(el);
    ($(el, '[part=quick-exit]') as HTMLButtonElement).click();
    expect(seen.length).to.equal(2);
    expect(went).to.deep.equal(['https://weather.example.com/']);
    el.removeEventListener('peer-quick-exit', onExit);
    // (The first directory, which stayed, would take the Escapes: it goes.)
    el.remove();
    const again = await fixture<PeerResourceDirectory>(html`<peer-resource-directory src=${FILE} format="json" quick-exit="https://weather.example.com/"></peer-resource-directory>`);
    await loaded(again);
    const went2 = captureExits(again);
    await sendKeys({press: 'Escape'});
    await sendKeys({press: 'Escape'});
    expect(went2).to.deep.equal(['https://weather.example.com/']);
  });

  it('quick exit defaults to a neutral site and never to a javascript: URL; off without the attribute', async () => {
    const el = await fixture<PeerResourceDirectory>(html`<peer-resource-directory src=${FILE} format="json" quick-exit="javascript:alert(1)"></peer-resource-directory>`);
    await loaded(el);
    const went = captureExits(el);
    ($(el, '[part=quick-exit]') as HTMLButtonElement).click();
    expect(went).to.deep.equal(['https://www.google.com/']);
    const off = await fixture<PeerResourceDirectory>(html`<peer-resource-directory src=${FILE} format="json"></peer-resource-directory>`);
    await loaded(off);
    expect($(off, '[part=quick-exit]')).to.equal(null);
  });

  it('shows the crisis row above the results, configurable', async () => {
    const el = await fixture<PeerResourceDirectory>(html`<peer-resource-directory src=${FILE} format="json" crisis-row></peer-resource-directory>`);
    await loaded(el);
    const links = $$(el, '[part=crisis] a').map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links).to.deep.equal([
      ['Call 988', 'tel:988'],
      ['Text 988', 'sms:988'],
      ['SAMHSA Helpline 1-800-662-4357', 'tel:+18006624357'],
    ]);
    const crisis = $(el, '[part=crisis]')!;
    expect(crisis.compareDocumentPosition($(el, '.list')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    const custom = await fixture<PeerResourceDirectory>(html`<peer-resource-directory
      src=${FILE}
      format="json"
      crisis-row
      crisis-lines='[{"label": {"en": "Call Crisis Line", "es": "Llamar"}, "href": "tel:+18005550000"}, {"label": "bad", "href": "javascript:alert(1)"}]'
    ></peer-resource-directory>`);
    await loaded(custom);
    expect($$(custom, '[part=crisis] a').map((a) => a.textContent)).to.deep.equal(['Call Crisis Line']);
    await expectAccessible(custom);
  });

  it('takes a site category list from the categories attribute', async () => {
    const el = await fixture<PeerResourceDirectory>(html`<peer-resource-directory
      src=${FILE}
      format="json"
      categories='["Housing", {"id": "Peer Support Groups", "label": {"en": "Peer groups", "es": "Grupos de pares"}}]'
    ></peer-resource-directory>`);
    await loaded(el);
    const options = [...field<HTMLSelectElement>(el, '#category').options].map((o) => o.textContent);
    expect(options).to.deep.equal(['All categories', 'Housing', 'Peer groups']);
    await choose(field<HTMLSelectElement>(el, '#category'), 'Peer Support Groups');
    await el.updateComplete;
    expect(names(el)).to.include('SMART Recovery Meeting');
    expect(names(el)).to.not.include('Keystone Medically Managed Detox');
  });
});

describe('<peer-resource-directory> HSDS API', () => {
  it('keeps what the visitor is typing when the directory redraws before the search is sent', async () => {
    const el = await fixture<PeerResourceDirectory>(html`<peer-resource-directory src=${`${API}/hsds`} format="hsds"></peer-resource-directory>`);
    await loaded(el);
    const q = field(el, '#q');
    await type(q, 'detox');
    // Before the pause that sends the search: the visitor ticks "Free" at once.
    await check($$(el, '.filters input[type=checkbox]')[1] as HTMLInputElement);
    await el.updateComplete;
    expect(field(el, '#q').value, 'the search box after the redraw').to.equal('detox');
    await until(async () => (await log()).some((l) => /[?&]search=detox/.test(l)), 'the search sent with the text');
  });

  it('pages through the server as the visitor presses "Load more" and scrolls', async () => {
    const el = await fixture<PeerResourceDirectory>(html`<peer-resource-directory src=${`${API}/big`} format="hsds"></peer-resource-directory>`);
    await loaded(el);
    expect($$(el, '.results .card').length).to.be.within(20, 25);
    expect(countText(el)).to.match(/services shown, more available$/);
    const first = el.resultCount;
    await expectAccessible(el);
    ($(el, '.load-more') as HTMLButtonElement).click();
    await until(() => el.resultCount > first, 'second page');
    expect((await log()).some((l) => /^\/services\?.*page=2/.test(l))).to.equal(true);
    const second = el.resultCount;
    $(el, '.sentinel')!.scrollIntoView();
    await until(() => el.resultCount > second, 'third page on scroll');
    await until(() => $(el, '.load-more'), 'load more after the third page');
    ($(el, '.load-more') as HTMLButtonElement).click();
    await until(() => !$(el, '.load-more') && !el.shadowRoot!.textContent!.includes('Loading more'), 'all pages', 10000);
    expect((await log()).some((l) => /page=4/.test(l))).to.equal(true);
    expect(countText(el)).to.equal(`${el.resultCount} services found`);
    expect(new Set(names(el)).size).to.equal(names(el).length);
  });

  it('"open now" lists every open service first, fetching the other pages, not behind "Load more"', async () => {
    // A Wednesday at 11:37 in Philadelphia, far from any opening or closing in the fixture: the two
    // directories below are made seconds apart and must agree on which services are open.
    const restore = shiftClock(Date.UTC(2026, 11, 9, 16, 37));
    try {
      // The same services from a file, at this minute: which are open now.
      const file = await fixture<PeerResourceDirectory>(html`<peer-resource-directory src=${FILE} format="json" open-now></peer-resource-directory>`);
      await loaded(file);
      const openNames = names(file);
      expect(openNames.length).to.be.greaterThan(0);
      const el = await fixture<PeerResourceDirectory>(html`<peer-resource-directory src=${`${API}/big`} format="hsds" open-now></peer-resource-directory>`);
      await loaded(el);
      await until(() => !$(el, '.load-more') && !el.shadowRoot!.textContent!.includes('Loading more'), 'every page', 10000);
      expect((await log()).some((l) => /page=4/.test(l)), 'the last page was fetched').to.equal(true);
      const shown = names(el);
      // The big directory is the file three times over (copies 2 and 3 carry "(2)" and "(3)"). A name
      // that is only markup is shown as typed; with " (2)" after it, the markup is dropped as in any name.
      const copy = (n: string, k: number) => (n.startsWith('<') ? `(${k})` : `${n} (${k})`);
      for (const n of openNames) for (const c of [n, copy(n, 2), copy(n, 3)]) expect(shown, c).to.include(c);
      expect(shown.length, 'nothing but the open services').to.equal(openNames.length * 3);
      expect($$(el, '.results [part=status]').every((s) => s.textContent!.startsWith('Open'))).to.equal(true);
      expect(countText(el)).to.equal(`${el.resultCount} services found`);
      await expectAccessible(el);
    } finally {
      restore();
    }
  });

  it('searches on the server, fetches /services/{id} for the detail, and saved services it has not loaded', async () => {
    const el = await fixture<PeerResourceDirectory>(html`<peer-resource-directory src=${`${API}/hsds`} format="hsds"></peer-resource-directory>`);
    await loaded(el);
    await type(field(el, '#q'), 'naloxone');
    await until(() => names(el).length > 0 && names(el).every((n) => /naloxone/i.test(n)), 'server search results');
    expect((await log()).some((l) => /search=naloxone/.test(l))).to.equal(true);
    expect(el.getAttribute('query')).to.equal('naloxone');
    const dialog = await openDetail(el, 'Mobile Syringe');
    await until(() => !dialog.querySelector('[role=status].hint'), 'detail loaded');
    expect((await log())).to.include('/services/svc-003');
    dialog.close();
    // Saved in another tab meanwhile: this tab hears of it (a storage event) and reads the list again.
    localStorage.setItem(`peerkit:resource-directory:saved:${API}/hsds`, JSON.stringify(['svc-016']));
    dispatchEvent(new StorageEvent('storage', {key: `peerkit:resource-directory:saved:${API}/hsds`}));
    const saved = await fixture<PeerResourceDirectory>(html`<peer-resource-directory src=${`${API}/hsds`} format="hsds" query="detox"></peer-resource-directory>`);
    await loaded(saved);
    ($(saved, '.saved-toggle') as HTMLButtonElement).click();
    await until(() => $(saved, '[part=saved] .card'), 'saved service fetched by id');
    expect($(saved, '[part=saved] .card h3')!.textContent).to.equal('Methadone Maintenance Program');
    expect((await log())).to.include('/services/svc-016');
  });
});
