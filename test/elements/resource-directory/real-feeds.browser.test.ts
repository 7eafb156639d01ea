/**
 * Issue 18 as a visitor sees it in the directory: the HSDS spec's own example service
 * (test/fixtures/hsds/spec-example.json), a file none of whose records can be read
 * (unreadable.json), an API whose /service_at_locations items carry no languages, and the probe of
 * that optional endpoint.
 */
import {fixture, html, expect} from '@open-wc/testing';
import {expectAccessible, until, $, $$} from '../../support/a11y.js';
import '../../../src/elements/resource-directory/peer-resource-directory.js';
import '../../../src/elements/meeting-finder/peer-meeting-finder.js';
import type {PeerResourceDirectory} from '../../../src/elements/resource-directory/resource-directory.js';
import type {PeerMeetingFinder} from '../../../src/elements/meeting-finder/meeting-finder.js';
import {HsdsClient} from '../../../src/sources/hsds.js';

const HSDS = '/test/fixtures/hsds';
const API = '/fake-api/resource-directory';

async function loaded(el: HTMLElement) {
  await until(() => $(el, '.list, [part=empty], [part=error]') !== null, 'results, empty or error state', 15000);
  await (el as PeerResourceDirectory).updateComplete;
}

describe('<peer-resource-directory> with real feeds (issue 18)', () => {
  it('point 8: an expired schedule gives one verdict: "Hours may be out of date" on the card and in the details, with its hours and description', async () => {
    const el = await fixture<PeerResourceDirectory>(html`<peer-resource-directory src=${`${HSDS}/spec-example.json`} format="json"></peer-resource-directory>`);
    await loaded(el);
    expect($(el, '.card [part=status]')!.textContent!.trim()).to.equal('Hours may be out of date');
    // Point 10: the phone's quotes are not shown.
    expect($(el, '.card .num')!.textContent).to.equal('+44 1234 234567');
    ($(el, '.card h3 button') as HTMLButtonElement).click();
    await until(() => $(el, 'dialog')?.hasAttribute('open'), 'details open');
    await el.updateComplete;
    const dialog = $(el, 'dialog')!;
    expect(dialog.querySelector('.meta .status')!.textContent!.trim()).to.equal('Hours may be out of date');
    const rows = Object.fromEntries([...dialog.querySelectorAll('table.hours tr')].map((tr) => [tr.querySelector('th')!.textContent!.trim(), tr.querySelector('td')!.textContent!.trim()]));
    expect(rows.Thursday).to.match(/^10:00\sAM – 6:00\sPM$/);
    expect(rows.Monday).to.equal('Closed');
    expect(dialog.querySelector('.out-of-date')!.textContent).to.match(/valid until Jan 1, 2005/);
    expect(dialog.textContent).to.contain('The service is available from 10 am to 6pm weekdays.');
    expect(dialog.textContent).to.contain('+44 1234 234567');
    expect(dialog.textContent).to.not.contain('"+44');
    await expectAccessible(el);
  });

  it('point 9: when no record can be read it says so, with the count and the first reasons, and offers no "Clear filters"', async () => {
    const el = await fixture<PeerResourceDirectory>(html`<peer-resource-directory src=${`${HSDS}/unreadable.json`} format="json"></peer-resource-directory>`);
    await loaded(el);
    const state = $(el, '.unreadable')!;
    expect(state.getAttribute('role')).to.equal('alert');
    expect(state.textContent).to.contain('This list could not be read.');
    expect(state.textContent).to.contain('4 records could not be read and were skipped.');
    const reasons = [...state.querySelectorAll('.reasons li')].map((li) => li.textContent!.trim());
    expect(reasons).to.deep.equal(['id: missing id', 'name: missing name']); // distinct reasons only
    expect($(el, '[part=empty]')).to.equal(null);
    expect($$(el, 'button').filter((b) => /Clear filters/.test(b.textContent ?? ''))).to.have.length(0);
    await expectAccessible(el);
  });

  it('point 9: the finder says the same for a feed none of whose records can be read', async () => {
    const el = await fixture<PeerMeetingFinder>(html`<peer-meeting-finder src="/test/fixtures/meeting-guide/unreadable.json" lang="es"></peer-meeting-finder>`);
    await until(() => $(el, '.unreadable, .empty, .list'), 'a state', 15000);
    await el.updateComplete;
    const state = $(el, '.unreadable')!;
    expect(state.textContent).to.contain('No pudimos leer esta lista.');
    expect(state.textContent).to.contain('No pudimos leer 3 registros y los omitimos.');
    expect([...state.querySelectorAll('.reasons li')].map((li) => li.textContent!.trim())).to.deep.equal([
      'record #0 ("Chapter House - South Side") has no slug',
      'record #1 ("Noon Serenity") has no slug',
      'record #2 ("Sunday Evening") has no slug',
    ]);
    expect($(el, '.empty')).to.equal(null);
    await expectAccessible(el);
  });

  it('point 10: the optional /service_at_locations is probed once per browser session, not on every page load', async () => {
    sessionStorage.clear();
    await fetch(`${API}/reset`, {method: 'POST'});
    // Two page loads: each creates its own client for the API.
    for (let load = 0; load < 2; load++) await new HsdsClient(`${location.origin}${API}/hsds`).search({perPage: 5});
    const log = (await (await fetch(`${API}/log`)).json()) as string[];
    expect(log.filter((q) => q.startsWith('/service_at_locations'))).to.have.length(1);
    expect(log.filter((q) => q.startsWith('/services?'))).to.have.length(2);
    sessionStorage.clear();
  });

  it('point 10: in /service_at_locations mode the language filter finds services whose list items carry no languages', async () => {
    sessionStorage.clear();
    const el = await fixture<PeerResourceDirectory>(html`<peer-resource-directory src=${`${API}/api/lean`} format="hsds" language="es"></peer-resource-directory>`);
    await loaded(el);
    const names = $$(el, '.results .card h3').map((h) => h.textContent!.trim());
    expect(names).to.include('Keystone Medically Managed Detox');
    expect(el.resultCount).to.be.greaterThan(0);
    expect(($(el, '#language') as HTMLSelectElement).value).to.equal('es');
    await expectAccessible(el);
    sessionStorage.clear();
  });

  it('point 11: a service repeated 128 times in a file is shown once', async () => {
    const el = await fixture<PeerResourceDirectory>(html`<peer-resource-directory src=${`${HSDS}/duplicates.json`} format="json"></peer-resource-directory>`);
    await loaded(el);
    expect($$(el, '.results .card h3').map((h) => h.textContent!.trim())).to.deep.equal(['Recovery Café Drop-in', 'Harm Reduction Van', 'Legal Aid Clinic']);
    expect($(el, '.skipped')!.textContent).to.equal('127 records could not be read and were skipped.');
    await expectAccessible(el);
  });

  /** Presses "Load more" (or lets the scrolling load) until every page is in. */
  async function allPages(el: PeerResourceDirectory) {
    const more = () => $(el, '[part=count]')!.textContent!.includes('more available');
    for (let i = 0; i < 12 && more(); i++) {
      await until(() => !el.shadowRoot!.textContent!.includes('Loading more'), 'the page being loaded', 10000);
      ($(el, '.load-more') as HTMLButtonElement | null)?.click();
      await until(() => !el.shadowRoot!.textContent!.includes('Loading more'), 'the next page', 10000);
      await el.updateComplete;
    }
    expect(more()).to.equal(false, 'every page loaded');
  }

  it('point 11: across the pages of an API, a page holding only repeats does not end the list, and the repeats are reported', async () => {
    const el = await fixture<PeerResourceDirectory>(html`<peer-resource-directory src=${`${API}/api-dups/no-sal`} format="hsds"></peer-resource-directory>`);
    await loaded(el);
    await allPages(el);
    // Page 3 (records 50–74) repeats page 1's service only; Legal Aid Clinic is record #90, on page 4.
    expect($$(el, '.results .card h3').map((h) => h.textContent!.trim())).to.deep.equal(['Recovery Café Drop-in', 'Harm Reduction Van', 'Legal Aid Clinic']);
    expect($(el, '.skipped')!.textContent).to.equal('127 records could not be read and were skipped.');
    await expectAccessible(el);
  });

});
