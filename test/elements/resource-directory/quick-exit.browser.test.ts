/**
 * The directory's quick exit under stress: reachable from every state (a service's details open
 * included), Escape twice only when nothing is being typed and no dialog is open, never covering the
 * focused control at 320 px (WCAG 2.4.11), and one note on clearing the browser's history.
 */
import {fixture, html, expect} from '@open-wc/testing';
import {sendKeys, setViewport} from '@web/test-runner-commands';
import {expectAccessible, until, $, $$} from '../../support/a11y.js';
import '../../../src/elements/resource-directory/peer-resource-directory.js';
import type {PeerResourceDirectory} from '../../../src/elements/resource-directory/resource-directory.js';
import {captureExits, loaded} from '../../support/resource-directory.js';

const FILE = '/test/fixtures/hsds/services.json';

/** The focused element, through shadow roots. */
function deepActive(): Element | null {
  let a: Element | null = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

function overlaps(a: DOMRect, b: DOMRect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom && a.width > 0 && a.height > 0;
}

async function openDetail(el: PeerResourceDirectory, name: string): Promise<HTMLDialogElement> {
  const card = $$(el, '.card').find((c) => c.querySelector('h3')!.textContent!.includes(name))!;
  (card.querySelector('h3 button') as HTMLButtonElement).click();
  await until(() => $(el, 'dialog')?.hasAttribute('open'), 'dialog open');
  await el.updateComplete;
  return $(el, 'dialog') as HTMLDialogElement;
}

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});
afterEach(async () => {
  history.replaceState(null, '', location.pathname);
  await setViewport({width: 800, height: 600});
});

describe('<peer-resource-directory> quick exit', () => {
  it('is reachable while a service’s details are open: the dialog carries its own quick exit', async () => {
    const el = await fixture<PeerResourceDirectory>(html`<peer-resource-directory src=${FILE} format="json" quick-exit="https://weather.example.com/"></peer-resource-directory>`);
    await loaded(el);
    const went = captureExits(el);
    const dialog = await openDetail(el, 'Keystone Medically Managed Detox');
    const inDialog = dialog.querySelector<HTMLButtonElement>('[part~=quick-exit]');
    expect(inDialog, 'a quick exit inside the open dialog').to.not.equal(null);
    expect(inDialog!.textContent!.trim()).to.equal('Quick exit');
    // Reachable by keyboard from the dialog: it sits just before the title, which has focus.
    expect(deepActive()).to.equal(dialog.querySelector('#detail-title'));
    await sendKeys({down: 'Shift'});
    await sendKeys({press: 'Tab'});
    await sendKeys({up: 'Shift'});
    expect(deepActive()).to.equal(inDialog);
    await expectAccessible(el);
    await sendKeys({press: 'Enter'});
    expect(went).to.deep.equal(['https://weather.example.com/']);
  });

  it('Escape twice leaves only when no field has text and no dialog is open', async () => {
    const el = await fixture<PeerResourceDirectory>(html`<peer-resource-directory src=${FILE} format="json" quick-exit></peer-resource-directory>`);
    await loaded(el);
    const went = captureExits(el);
    // Typing a search, then Escape twice (the first clears the field, as search fields do): stays.
    const q = $(el, '#q') as HTMLInputElement;
    q.focus();
    await sendKeys({type: 'detox'});
    await sendKeys({press: 'Escape'});
    await sendKeys({press: 'Escape'});
    expect(went, 'Escape while a field had text').to.deep.equal([]);
    // Text typed in a field stops the shortcut even when it is not focused.
    q.value = 'detox';
    q.dispatchEvent(new Event('input', {bubbles: true, composed: true}));
    await el.updateComplete;
    ($(el, '.saved-toggle') as HTMLButtonElement).focus();
    await sendKeys({press: 'Escape'});
    await sendKeys({press: 'Escape'});
    expect(went, 'Escape while the search held text').to.deep.equal([]);
    q.value = '';
    q.dispatchEvent(new Event('input', {bubbles: true, composed: true}));
    await el.updateComplete;
    // A dialog open: the first Escape closes it and never counts, so two more presses are needed.
    await openDetail(el, 'Keystone Medically Managed Detox');
    await sendKeys({press: 'Escape'});
    await until(() => !$(el, 'dialog')!.hasAttribute('open'), 'dialog closed');
    await sendKeys({press: 'Escape'});
    expect(went, 'one Escape after the dialog closed').to.deep.equal([]);
    await sendKeys({press: 'Escape'});
    expect(went).to.deep.equal(['https://www.google.com/']);
    // Another key between the two presses starts over.
    await sendKeys({press: 'Escape'});
    await sendKeys({press: 'ArrowDown'});
    await sendKeys({press: 'Escape'});
    expect(went.length).to.equal(1);
  });

  it('Escape twice still leaves after "Copy share link": the read-only link is not text being typed', async () => {
    localStorage.setItem(`peerkit:resource-directory:saved:${FILE}`, '["svc-001"]');
    const el = await fixture<PeerResourceDirectory>(html`<peer-resource-directory src=${FILE} format="json" quick-exit></peer-resource-directory>`);
    await loaded(el);
    const went = captureExits(el);
    ($(el, '.saved-toggle') as HTMLButtonElement).click();
    await el.updateComplete;
    ($$(el, '.panel-actions button').find((b) => b.textContent === 'Copy share link') as HTMLButtonElement).click();
    await until(() => ($(el, '#share-link') as HTMLInputElement | null)?.value, 'the share link, selected in its field');
    await sendKeys({press: 'Escape'});
    await sendKeys({press: 'Escape'});
    expect(went).to.deep.equal(['https://www.google.com/']);
  });

  it('Escape that closes another widget’s details never counts; a page’s non-modal notice does not stop the shortcut', async () => {
    // Another widget on the page (a meeting finder, say) with its details open as a modal dialog in its own shadow root.
    const wrap = await fixture(html`<div>
      <div id="other"></div>
      <dialog id="notice" open>We use no cookies. <button type="button">OK</button></dialog>
      <peer-resource-directory src=${FILE} format="json" quick-exit></peer-resource-directory>
    </div>`);
    const el = wrap.querySelector('peer-resource-directory') as PeerResourceDirectory;
    await loaded(el);
    const went = captureExits(el);
    const other = wrap.querySelector('#other')!.attachShadow({mode: 'open'});
    other.innerHTML = '<dialog aria-label="Meeting details"><h2 tabindex="-1">Tuesday Night Group</h2><button type="button">Close</button></dialog>';
    const details = other.querySelector('dialog')!;
    details.showModal();
    other.querySelector('h2')!.focus();
    await sendKeys({press: 'Escape'});
    await until(() => !details.open, 'the other widget’s details closed');
    await sendKeys({press: 'Escape'});
    expect(went, 'one Escape after those details closed').to.deep.equal([]);
    await sendKeys({press: 'Escape'});
    expect(went, 'Escape twice, with a non-modal notice open on the page').to.deep.equal(['https://www.google.com/']);
    expect((wrap.querySelector('#notice') as HTMLDialogElement).open).to.equal(true);
  });

  it('never covers the focused control at 320 px, tabbing forwards and backwards (WCAG 2.4.11)', async () => {
    await setViewport({width: 320, height: 568});
    const el = await fixture<PeerResourceDirectory>(html`<peer-resource-directory src=${FILE} format="json" quick-exit crisis-row></peer-resource-directory>`);
    await loaded(el);
    const button = $(el, '.quick-exit-bar [part~=quick-exit]')!;
    ($(el, '#q') as HTMLInputElement).focus();
    const hidden: string[] = [];
    const stops = new Set<Element>();
    const check = () => {
      const a = deepActive();
      if (!a || !el.shadowRoot!.contains(a) || a === button) return;
      stops.add(a);
      if (overlaps(a.getBoundingClientRect(), button.getBoundingClientRect())) hidden.push(`${a.tagName.toLowerCase()} “${(a.textContent || (a as HTMLInputElement).value || a.id).trim().slice(0, 30)}”`);
    };
    for (let i = 0; i < 160; i++) {
      await sendKeys({press: 'Tab'});
      check();
    }
    await sendKeys({down: 'Shift'});
    for (let i = 0; i < 160; i++) {
      await sendKeys({press: 'Tab'});
      check();
    }
    await sendKeys({up: 'Shift'});
    expect(stops.size, 'focus stops visited').to.be.greaterThan(40);
    expect(hidden, 'focused controls under the quick-exit button').to.deep.equal([]);
    // Inside a long service's details, the dialog's own bar (Close, Quick exit) covers nothing either.
    const dialog = await openDetail(el, 'Keystone Medically Managed Detox');
    const bar = dialog.querySelector('.dialog-bar')!;
    const under: string[] = [];
    await sendKeys({down: 'Shift'});
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < 25; i++) {
        await sendKeys({press: 'Tab'});
        const a = deepActive();
        if (!a || a === dialog || bar.contains(a) || !dialog.contains(a)) continue;
        for (const b of bar.querySelectorAll('button')) if (overlaps(a.getBoundingClientRect(), b.getBoundingClientRect())) under.push(a.textContent!.trim().slice(0, 30));
      }
      await sendKeys({up: 'Shift'});
    }
    expect(under, 'focused controls under the dialog’s bar').to.deep.equal([]);
  });

  it('tells the visitor once how to clear their history', async () => {
    const el = await fixture<PeerResourceDirectory>(html`<peer-resource-directory src=${FILE} format="json" quick-exit></peer-resource-directory>`);
    await loaded(el);
    const tip = $(el, '[part=quick-exit-tip]');
    expect(tip, 'the history note').to.not.equal(null);
    expect(tip!.textContent).to.contain('history');
    await expectAccessible(el);
    const dismiss = tip!.querySelector('button') as HTMLButtonElement;
    dismiss.click();
    await el.updateComplete;
    expect($(el, '[part=quick-exit-tip]')).to.equal(null);
    // Focus stays with the quick exit, not lost to <body>.
    expect(el.shadowRoot!.activeElement).to.equal($(el, '.quick-exit-bar [part~=quick-exit]'));
    // Once: another directory later in this visit does not repeat it.
    const again = await fixture<PeerResourceDirectory>(html`<peer-resource-directory src=${FILE} format="json" quick-exit></peer-resource-directory>`);
    await loaded(again);
    expect($(again, '[part=quick-exit-tip]')).to.equal(null);
  });

  it('is there in the loading, error and saved-list states too', async () => {
    const loading = await fixture<PeerResourceDirectory>(html`<peer-resource-directory src="/fake-api/resource-directory/slow.json?ms=2500" format="json" quick-exit></peer-resource-directory>`);
    await until(() => $(loading, '[part=loading]'), 'loading');
    expect($(loading, '.quick-exit-bar [part~=quick-exit]')).to.not.equal(null);
    const failed = await fixture<PeerResourceDirectory>(html`<peer-resource-directory src="http://127.0.0.1:9/x.json" format="json" quick-exit></peer-resource-directory>`);
    await loaded(failed);
    expect($(failed, '[part=error]')).to.not.equal(null);
    expect($(failed, '.quick-exit-bar [part~=quick-exit]')).to.not.equal(null);
    const es = await fixture<PeerResourceDirectory>(html`<peer-resource-directory lang="es" src=${FILE} format="json" quick-exit></peer-resource-directory>`);
    await loaded(es);
    ($(es, '.saved-toggle') as HTMLButtonElement).click();
    await es.updateComplete;
    expect($(es, '[part=saved]')).to.not.equal(null);
    expect($(es, '.quick-exit-bar [part~=quick-exit]')!.textContent!.trim()).to.equal('Salida rápida');
    await expectAccessible(es);
  });
});
