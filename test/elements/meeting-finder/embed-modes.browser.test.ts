/**
 * <peer-meeting-finder> embed modes: `no-controls` (a preset list), `limit`, `upcoming` (the next
 * meetings from now on), `compact` (sidebar rows), and their combinations: what a visitor sees and
 * hears (the count line), axe-clean, opened from the keyboard, at 320 px and in a 240 px sidebar.
 */
import {fixture, html, expect} from '@open-wc/testing';
import {sendKeys, setViewport} from '@web/test-runner-commands';
import {expectAccessible, until, $, $$} from '../../support/a11y.js';
import {loaded, names} from '../../support/meeting-finder.js';
import '../../../src/elements/meeting-finder/peer-meeting-finder.js';
import type {PeerMeetingFinder} from '../../../src/elements/meeting-finder/meeting-finder.js';

const FEED = '/test/fixtures/meeting-guide/feed.json';
const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const count = (el: PeerMeetingFinder) => $(el, '.count')?.textContent?.trim() ?? '';

/** Day (0–6) and "HH:MM" of an instant in the visitor's zone. */
function wall(t: number): {day: number; time: string} {
  const parts = new Intl.DateTimeFormat('en-US', {timeZone: zone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23'}).formatToParts(t);
  const get = (type: string) => parts.find((p) => p.type === type)!.value;
  return {day: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(get('weekday')), time: `${get('hour')}:${get('minute')}`};
}

/** A feed of meetings starting `offset` minutes from now (negative: already started), as a blob URL. */
function relativeFeed(meetings: {name: string; offset: number; length?: number}[]): string {
  const now = Math.floor(Date.now() / 60_000) * 60_000;
  const feed = meetings.map((m, i) => {
    const start = wall(now + m.offset * 60_000);
    const end = wall(now + (m.offset + (m.length ?? 60)) * 60_000);
    return {name: m.name, slug: `r-${i}`, day: start.day, time: start.time, end_time: end.time, timezone: zone, location: `Hall ${i}`, conference_url: `https://zoom.us/j/20000000${i}`};
  });
  return URL.createObjectURL(new Blob([JSON.stringify(feed)], {type: 'application/json'}));
}

/** Sideways overflow of the host or of any row past the host's edges. */
function overflows(el: PeerMeetingFinder): string[] {
  const host = el.getBoundingClientRect();
  const out: string[] = [];
  if (el.scrollWidth > el.clientWidth + 1) out.push(`host ${el.scrollWidth} > ${el.clientWidth}`);
  for (const n of $$(el, '.count, .list, .meeting, .meeting *')) {
    const r = n.getBoundingClientRect();
    if (r.width && (r.left < host.left - 1 || r.right > host.right + 1)) out.push(`${n.className || n.localName}: ${Math.round(r.left)}–${Math.round(r.right)}`);
  }
  return out;
}

async function opensFromKeyboard(el: PeerMeetingFinder): Promise<void> {
  const button = $(el, '.meeting .open') as HTMLButtonElement;
  button.focus();
  await sendKeys({press: 'Enter'});
  await until(() => ($(el, 'dialog.detail') as HTMLDialogElement).open, 'detail open');
  expect($(el, 'dialog.detail')!.textContent).to.contain(button.textContent!.trim());
  await sendKeys({press: 'Escape'});
  await until(() => !($(el, 'dialog.detail') as HTMLDialogElement).open, 'detail closed');
}

describe('<peer-meeting-finder> embed modes', () => {
  afterEach(() => setViewport({width: 800, height: 600}));

  it('no-controls: a preset list without the search box, filters or view switch; the count, the headings and the details stay', async () => {
    const page = await fixture<HTMLElement>(html`<main><h1>Our Spanish meetings</h1><peer-meeting-finder no-controls src=${FEED} types="S"></peer-meeting-finder></main>`);
    const el = page.querySelector('peer-meeting-finder') as PeerMeetingFinder;
    await loaded(el);
    expect($(el, '[part=toolbar]')).to.equal(null);
    expect($(el, 'input')).to.equal(null);
    expect($(el, '[part=filters]')).to.equal(null);
    expect(names(el)).to.include.members(['Grupo Nueva Vida', 'Reunión de los Lunes y Miércoles']);
    expect(names(el)).to.not.include('Early Bird');
    expect($(el, '.count')!.getAttribute('role')).to.equal('status');
    expect(count(el)).to.equal(`${names(el).length} meetings`);
    // The page's h1, the list's (visually hidden) h2, the names' h3: no gap.
    expect($(el, '.visually-hidden[role=heading]')!.getAttribute('aria-level')).to.equal('2');
    expect($$(el, '.meeting [role=heading]').every((h) => h.getAttribute('aria-level') === '3')).to.equal(true);
    await expectAccessible(page);
    await opensFromKeyboard(el);
  });

  it('no-controls with nothing to list: the message without "Clear filters" (the visitor has no filters to clear)', async () => {
    const el = await fixture<PeerMeetingFinder>(html`<peer-meeting-finder no-controls src=${FEED} types="S W"></peer-meeting-finder>`);
    await loaded(el);
    expect($(el, '.empty')!.textContent).to.contain('No meetings match');
    expect($(el, '.empty button')).to.equal(null);
    await expectAccessible(el);
  });

  it('limit: at most N rows, no "show more", and the count says how many match ("5 of 37 meetings"), in the page language', async () => {
    const el = await fixture<PeerMeetingFinder>(html`<peer-meeting-finder src=${FEED} limit="5"></peer-meeting-finder>`);
    await loaded(el);
    const total = el.resultCount;
    expect(total).to.be.greaterThan(24);
    expect($$(el, '.meeting').length).to.equal(5);
    expect($(el, '.more')).to.equal(null);
    expect(count(el)).to.equal(`5 of ${total} meetings`);
    await expectAccessible(el);
    el.setAttribute('lang', 'es');
    await el.updateComplete;
    await until(() => count(el).startsWith('5 de'), 'Spanish count');
    expect(count(el)).to.equal(`5 de ${total} reuniones`);
    // A limit above the matches: every match, counted as usual; a limit over a page: no "show more" either.
    el.types = 'S';
    await el.updateComplete;
    expect(count(el)).to.match(/^\d reuniones$/);
    el.types = undefined;
    el.limit = 30;
    el.lang = 'en';
    await el.updateComplete;
    expect($$(el, '.meeting').length).to.equal(30);
    expect($(el, '.more')).to.equal(null);
    // Not a number: no limit (the usual first page and "show more").
    el.setAttribute('limit', 'many');
    await el.updateComplete;
    expect($$(el, '.meeting').length).to.equal(24);
    expect($(el, '.more')).to.not.equal(null);
    expect(count(el)).to.equal(`${total} meetings`);
  });

  it('upcoming: the meetings that have not started yet, soonest first across days; one in progress is left out', async () => {
    const src = relativeFeed([
      {name: 'Started Ten Minutes Ago', offset: -10},
      {name: 'In Two Days', offset: 2 * 1440 + 5},
      {name: 'In An Hour', offset: 60},
      {name: 'In Ten Minutes', offset: 10},
      {name: 'Tomorrow', offset: 1440 + 30},
    ]);
    const el = await fixture<PeerMeetingFinder>(html`<peer-meeting-finder src=${src} upcoming></peer-meeting-finder>`);
    await loaded(el);
    expect(names(el)).to.deep.equal(['In Ten Minutes', 'In An Hour', 'Tomorrow', 'In Two Days']);
    expect(count(el)).to.equal('4 upcoming meetings');
    await expectAccessible(el);
    // Without it: the usual list, the meeting in progress first.
    el.upcoming = false;
    await el.updateComplete;
    expect(names(el)[0]).to.equal('Started Ten Minutes Ago');
    expect(count(el)).to.equal('5 meetings');
  });

  it('limit="2" upcoming: the next two meetings ("Next 2 of 4 meetings"), axe-clean, opened from the keyboard', async () => {
    const src = relativeFeed([
      {name: 'Started Ten Minutes Ago', offset: -10},
      {name: 'In An Hour', offset: 60},
      {name: 'In Ten Minutes', offset: 10},
      {name: 'Tomorrow', offset: 1440 + 30},
      {name: 'In Two Days', offset: 2 * 1440 + 5},
    ]);
    const el = await fixture<PeerMeetingFinder>(html`<peer-meeting-finder src=${src} limit="2" upcoming></peer-meeting-finder>`);
    await loaded(el);
    expect(names(el)).to.deep.equal(['In Ten Minutes', 'In An Hour']);
    expect(count(el)).to.equal('Next 2 of 4 meetings');
    expect(el.resultCount).to.equal(4);
    await expectAccessible(el);
    await opensFromKeyboard(el);
    el.setAttribute('lang', 'fr');
    await until(() => count(el).startsWith('Prochaines'), 'French count');
    expect(count(el)).to.equal('Prochaines réunions\u00a0: 2 sur 4');
  });

  it('the next five meetings of the fixture feed are its five soonest starts', async () => {
    const el = await fixture<PeerMeetingFinder>(html`<peer-meeting-finder src=${FEED} limit="5" upcoming></peer-meeting-finder>`);
    await loaded(el);
    expect($$(el, '.meeting').length).to.equal(5);
    expect(count(el)).to.match(/^Next 5 of \d+ meetings$/);
    expect($$(el, '.badge.now').length).to.equal(0);
  });

  it('compact: one or two lines a row (name as a heading, then time and place), no star; 320 px without overflow', async () => {
    await setViewport({width: 320, height: 640});
    const el = await fixture<PeerMeetingFinder>(html`<peer-meeting-finder src=${FEED} compact limit="8"></peer-meeting-finder>`);
    await loaded(el);
    expect($(el, '.list')!.classList.contains('compact')).to.equal(true);
    expect($$(el, '.meeting').length).to.equal(8);
    expect($(el, '.star')).to.equal(null);
    const first = $(el, '.meeting')!;
    expect(first.querySelector('[role=heading]')!.getAttribute('aria-level')).to.equal('3');
    expect(first.querySelector('.line .time')!.textContent!.trim()).to.not.equal('');
    // Compact: far shorter than a full row (which is about 7em).
    const rows = $$(el, '.meeting').map((r) => r.getBoundingClientRect().height);
    const line = parseFloat(getComputedStyle(first).lineHeight) || 24;
    expect(Math.min(...rows)).to.be.below(line * 3.5);
    expect(overflows(el)).to.deep.equal([]);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    await expectAccessible(el);
  });

  it('no-controls compact in a 240 px sidebar, under an h3 with heading-level="4": axe-clean, no overflow, details from the keyboard', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <h1>Site</h1>
      <h2>Sidebar</h2>
      <aside style="width: 240px">
        <h3>Spanish meetings</h3>
        <peer-meeting-finder no-controls compact heading-level="5" src=${FEED} types="S" lang="es"></peer-meeting-finder>
      </aside>
    </div>`);
    const el = page.querySelector('peer-meeting-finder') as PeerMeetingFinder;
    await loaded(el);
    await until(() => count(el).includes('reuni'), 'Spanish');
    expect($(el, '[part=toolbar]')).to.equal(null);
    expect($(el, '.visually-hidden[role=heading]')!.getAttribute('aria-level')).to.equal('4');
    expect($$(el, '.meeting [role=heading]').every((h) => h.getAttribute('aria-level') === '5')).to.equal(true);
    expect(overflows(el)).to.deep.equal([]);
    expect(el.getBoundingClientRect().width).to.be.at.most(240);
    await expectAccessible(page);
    await opensFromKeyboard(el);
  });
});
