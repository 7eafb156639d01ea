/**
 * <peer-meeting-finder> and a site's own types (issue 14): `type-names` (new codes, a built-in one
 * renamed, per language), a readable name for a code no one names, `type-descriptions` and the
 * "What do these mean?" legend (from the filter and from a meeting's details, by keyboard), the
 * `languages` filter from the feed's language codes, and 320 px. The feed is an intergroup's.
 */
import {fixture, html, expect, oneEvent} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {expectAccessible, until, $, $$} from '../../support/a11y.js';
import {loaded, names, openDetail} from '../../support/meeting-finder.js';
import '../../../src/elements/meeting-finder/peer-meeting-finder.js';
import type {PeerMeetingFinder} from '../../../src/elements/meeting-finder/meeting-finder.js';

const FEED = '/test/fixtures/meeting-guide/site-types.json';
const TYPE_NAMES = JSON.stringify({
  YP: {en: 'Young People (under 35)', es: 'Gente joven (menores de 35)'},
  LIT: {en: 'Literature Study', es: 'Estudio de literatura'},
  OT: 'Old Timers',
  O: {en: 'Open to all', es: 'Abierta a todos'},
});

async function openTypes(el: PeerMeetingFinder): Promise<HTMLDetailsElement> {
  const types = $(el, 'details.types') as HTMLDetailsElement;
  if (!types.open) {
    types.querySelector('summary')!.click();
    await oneEvent(types, 'toggle');
  }
  await until(() => $$(el, '.type-list select').length > 0, 'type list');
  await el.updateComplete;
  return types;
}

const typeLabels = (el: PeerMeetingFinder) => $$(el, '.type-list label > span').map((s) => s.textContent!.trim());
const active = (el: PeerMeetingFinder) => el.shadowRoot!.activeElement;

afterEach(() => history.replaceState(null, '', location.pathname));

describe('<peer-meeting-finder> site types', () => {
  it('shows the site’s names (new codes and a renamed one) in the filter, the details and feedOptions, in English and Spanish', async () => {
    const el = await fixture<PeerMeetingFinder>(html`<peer-meeting-finder src=${FEED} type-names=${TYPE_NAMES}></peer-meeting-finder>`);
    await loaded(el);
    await openTypes(el);
    const labels = typeLabels(el);
    expect(labels).to.include.members(['Open to all', 'Closed', 'Young People (under 35)', 'Literature Study', 'Old Timers', 'Fragrance Free', 'Other type (ZQ9)']);
    expect(labels).to.not.include('ZQ9');
    expect(labels).to.not.include('YP');
    await expectAccessible(el);
    const options = await el.feedOptions();
    expect(options.types.find((t) => t.code === 'YP')!.name).to.equal('Young People (under 35)');
    expect(options.types.find((t) => t.code === 'ZQ9')!.name).to.equal('Other type (ZQ9)');
    let dialog = await openDetail(el, 'Old Timers Fellowship');
    expect([...dialog.querySelectorAll('.tags li')].map((li) => li.textContent!.trim())).to.deep.equal(['Closed', 'Old Timers', 'Other type (ZQ9)', 'Meditation']);
    await expectAccessible(el);
    dialog.close();

    el.lang = 'es';
    await el.updateComplete;
    await openTypes(el);
    await until(() => typeLabels(el).includes('Gente joven (menores de 35)'), 'Spanish site names');
    expect(typeLabels(el)).to.include.members(['Abierta a todos', 'Cerrada', 'Estudio de literatura', 'Old Timers', 'Otro tipo (ZQ9)']);
    expect((await el.feedOptions()).types.find((t) => t.code === 'O')!.name).to.equal('Abierta a todos');
    ($(el, 'input[name=query]') as HTMLInputElement).value = '';
    $(el, 'input[name=query]')!.dispatchEvent(new Event('input'));
    dialog = await openDetail(el, 'Young People’s Speaker Night');
    expect([...dialog.querySelectorAll('.tags li')].map((li) => li.textContent!.trim())).to.include.members(['Abierta a todos', 'Gente joven (menores de 35)', 'Orador']);
    await expectAccessible(el);
  });

  it('the typeNames property takes an object; a language the site lacks falls back to its en, then the built-in name', async () => {
    const el = await fixture<PeerMeetingFinder>(html`<peer-meeting-finder src=${FEED} lang="fr"></peer-meeting-finder>`);
    el.typeNames = {LIT: {en: 'Literature Study'}, C: {es: 'Cerrada (solo miembros)'}};
    await loaded(el);
    await openTypes(el);
    await until(() => typeLabels(el).includes('Réunion fermée'), 'French built-in names');
    expect(typeLabels(el)).to.include.members(['Literature Study', 'Réunion fermée', 'Autre type (ZQ9)', 'Autre type (OT)']);
  });

  it('warns once about bad JSON or a wrong shape, and ignores it', async () => {
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
    try {
      const el = await fixture<PeerMeetingFinder>(html`<peer-meeting-finder src=${FEED} type-names="{not json" type-descriptions='{"O": 5}'></peer-meeting-finder>`);
      await loaded(el);
      await openTypes(el);
      el.query = 'a';
      await el.updateComplete;
      el.query = '';
      await el.updateComplete;
      expect(typeLabels(el)).to.include.members(['Open', 'Literature', 'Other type (YP)']);
      expect(warnings.filter((w) => w.includes('type-names'))).to.have.length(1);
      expect(warnings.filter((w) => w.includes('type-descriptions'))).to.have.length(1);
      expect(warnings[0]).to.contain('peer-meeting-finder');
      ($(el, 'details.legend summary') as HTMLElement).click();
      expect($(el, 'details.legend')!.textContent).to.contain('Anyone may come');
      await expectAccessible(el);
    } finally {
      console.warn = warn;
    }
  });

  it('opens the legend from the type filter by keyboard, reads it, closes it with Escape, focus back on its button', async () => {
    const el = await fixture<PeerMeetingFinder>(html`<peer-meeting-finder src=${FEED} type-names=${TYPE_NAMES}></peer-meeting-finder>`);
    await loaded(el);
    await openTypes(el);
    const legend = $(el, '.types details.legend') as HTMLDetailsElement;
    const summary = legend.querySelector('summary')!;
    expect(summary.textContent!.trim()).to.equal('What do these mean?');
    expect(legend.open).to.equal(false);
    summary.focus();
    await sendKeys({press: 'Enter'});
    await until(() => legend.open, 'legend open');
    const terms = [...legend.querySelectorAll('dt')].map((d) => d.textContent!.trim());
    // Open, Closed, Hybrid and Online first (the attendance chips use them), then the feed's codes.
    expect(terms.slice(0, 4)).to.deep.equal(['Open to all', 'Closed', 'Hybrid', 'Online']);
    expect(terms).to.include.members(['Speaker', 'Step Study', 'Newcomer', 'Big Book', 'Discussion']);
    expect(legend.querySelector('dd')!.textContent).to.contain('Anyone may come');
    await expectAccessible(el);
    await sendKeys({press: 'Escape'});
    await until(() => !legend.open, 'legend closed');
    expect(active(el)).to.equal(summary);
    await sendKeys({press: ' '});
    await until(() => legend.open, 'legend open by Space');
    await sendKeys({press: 'Enter'});
    await until(() => !legend.open, 'legend closed by Enter');
  });

  it('opens the legend beside a meeting’s types, with the site’s descriptions, in Spanish; Escape closes the legend, not the dialog', async () => {
    const descriptions = JSON.stringify({C: {en: 'Only for people who want to stop drinking.', es: 'Solo para quienes quieren dejar de beber.'}, OT: {en: 'Members sober 20 years or more share.'}});
    const el = await fixture<PeerMeetingFinder>(html`<peer-meeting-finder src=${FEED} lang="es" type-names=${TYPE_NAMES} type-descriptions=${descriptions}></peer-meeting-finder>`);
    await loaded(el);
    const dialog = await openDetail(el, 'Old Timers Fellowship');
    const legend = dialog.querySelector('details.legend') as HTMLDetailsElement;
    const summary = legend.querySelector('summary')!;
    expect(summary.textContent!.trim()).to.equal('¿Qué significa cada uno?');
    summary.focus();
    await sendKeys({press: 'Enter'});
    await until(() => legend.open, 'legend open');
    const entries = [...legend.querySelectorAll('dl > div')].map((d) => [d.querySelector('dt')!.textContent!.trim(), d.querySelector('dd')!.textContent!.trim()]);
    expect(entries).to.deep.equal([
      ['Cerrada', 'Solo para quienes quieren dejar de beber.'],
      ['Old Timers', 'Members sober 20 years or more share.'],
    ]);
    await expectAccessible(el);
    await sendKeys({press: 'Escape'});
    await until(() => !legend.open, 'legend closed');
    expect(dialog.open).to.equal(true);
    expect(active(el)).to.equal(summary);
    await sendKeys({press: 'Escape'});
    await until(() => !dialog.open, 'dialog closed');
  });

  it('a hybrid meeting’s legend explains Hybrid, with the built-in text in the visitor’s language', async () => {
    const el = await fixture<PeerMeetingFinder>(html`<peer-meeting-finder src=${FEED} lang="fr"></peer-meeting-finder>`);
    await loaded(el);
    const dialog = await openDetail(el, 'Young People’s Speaker Night');
    const legend = dialog.querySelector('details.legend') as HTMLDetailsElement;
    legend.querySelector('summary')!.click();
    await until(() => legend.open && legend.textContent!.includes('en même temps'), 'French legend');
    const terms = [...legend.querySelectorAll('dt')].map((d) => d.textContent!.trim());
    expect(terms).to.deep.equal(['Hybride', 'Réunion ouverte', 'Conférencier']);
    await expectAccessible(el);
  });
});

describe('<peer-meeting-finder> languages', () => {
  it('lists the feed’s languages in the visitor’s language; choosing filters (any of), syncs the URL, counts, and clears', async () => {
    const el = await fixture<PeerMeetingFinder>(html`<peer-meeting-finder src=${FEED} sync-url></peer-meeting-finder>`);
    await loaded(el);
    const field = $(el, 'fieldset.languages')!;
    expect(field.querySelector('legend')!.textContent).to.equal('Meeting language');
    await until(() => !field.textContent!.includes('ASL'), 'sign language named');
    const labels = [...field.querySelectorAll('label')].map((l) => l.textContent!.trim());
    expect(labels).to.have.members(['English', 'Spanish', 'French', 'American Sign Language', 'Polish', 'Russian']);
    expect(labels[0]).to.equal('English');
    await expectAccessible(el);
    const box = (l: string) => field.querySelector(`input[value="${l}"]`) as HTMLInputElement;
    box('es').click();
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Grupo Esperanza']);
    expect(el.getAttribute('languages')).to.equal('es');
    expect(new URLSearchParams(location.search).get('mf-languages')).to.equal('es');
    expect($(el, '.filters-toggle')!.textContent).to.contain('1');
    ($(el, 'fieldset.languages input[value="ase"]') as HTMLInputElement).click();
    await el.updateComplete;
    expect(names(el)).to.have.members(['Grupo Esperanza', 'Silent Signs']);
    expect(new URLSearchParams(location.search).get('mf-languages')).to.equal('es ase');
    await expectAccessible(el);
    ($(el, 'button.clear') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(el.languages).to.equal(undefined);
    expect(el.hasAttribute('languages')).to.equal(false);
    expect(new URLSearchParams(location.search).has('mf-languages')).to.equal(false);
    expect(names(el)).to.have.length(8);

    // Read back from the URL, as after a reload; named in Spanish.
    history.replaceState(null, '', '?mf-languages=fr%20pl');
    el.remove();
    const again = await fixture<PeerMeetingFinder>(html`<peer-meeting-finder src=${FEED} sync-url lang="es"></peer-meeting-finder>`);
    await loaded(again);
    expect(again.languages).to.equal('fr pl');
    expect(names(again)).to.have.members(['Réunion du mercredi', 'Mityng Nadzieja']);
    const checked = $$(again, 'fieldset.languages input:checked').map((i) => i.closest('label')!.textContent!.trim());
    expect(checked).to.have.members(['francés', 'polaco']);
    expect($(again, 'fieldset.languages legend')!.textContent).to.equal('Idioma de la reunión');
    await expectAccessible(again);
  });

  it('the languages attribute takes Meeting Guide codes too (ASL → ase), and the filter is not offered for a one-language feed', async () => {
    const el = await fixture<PeerMeetingFinder>(html`<peer-meeting-finder src=${FEED} languages="ASL"></peer-meeting-finder>`);
    await loaded(el);
    expect(names(el)).to.deep.equal(['Silent Signs']);
    const plain = await fixture<PeerMeetingFinder>(html`<peer-meeting-finder src="/test/fixtures/meeting-guide/feed-b.json"></peer-meeting-finder>`);
    await loaded(plain);
    expect($(plain, 'fieldset.languages')).to.equal(null);
  });

  it('fits 320 px: the language filter, the type list and its legend open, and a meeting’s legend', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="inline-size: 320px">
      <peer-meeting-finder src=${FEED} lang="es" type-names=${TYPE_NAMES}></peer-meeting-finder>
    </div>`);
    const el = wrap.querySelector('peer-meeting-finder') as PeerMeetingFinder;
    await loaded(el);
    ($(el, '.filters-toggle') as HTMLButtonElement).click();
    await el.updateComplete;
    await openTypes(el);
    const legend = $(el, '.types details.legend') as HTMLDetailsElement;
    legend.querySelector('summary')!.click();
    await until(() => legend.open, 'legend open');
    const box = el.getBoundingClientRect();
    expect(box.width).to.be.at.most(320);
    for (const node of $$(el, 'fieldset.languages label, details.legend, details.legend dd, .type-list label')) {
      const r = node.getBoundingClientRect();
      expect(r.right, node.textContent!.trim().slice(0, 30)).to.be.at.most(box.right + 0.5);
    }
    await expectAccessible(el);
    const dialog = await openDetail(el, 'Grupo Esperanza');
    (dialog.querySelector('details.legend summary') as HTMLElement).click();
    await el.updateComplete;
    for (const node of dialog.querySelectorAll('details.legend dd')) expect(node.getBoundingClientRect().right).to.be.at.most(dialog.getBoundingClientRect().right + 0.5);
    await expectAccessible(el);
  });
});
