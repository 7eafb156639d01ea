/**
 * <peer-meeting-finder> wording: meetings already over today marked "Ended" and counted, plurals
 * of distances, the filters button's name said once, and time zones named, never "GMT-6".
 */
import {fixture, html, expect} from '@open-wc/testing';
import {expectAccessible, $, $$} from '../../support/a11y.js';
import {loaded, names} from '../../support/meeting-finder.js';
import '../../../src/elements/meeting-finder/peer-meeting-finder.js';
import type {PeerMeetingFinder} from '../../../src/elements/meeting-finder/meeting-finder.js';

const FEED = '/test/fixtures/meeting-guide/feed.json';
const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** A Meeting Guide feed of today's meetings in the visitor's zone, as a same-origin blob URL. */
function todayFeed(meetings: {name: string; start: number; end: number}[]): string {
  const parts = new Intl.DateTimeFormat('en-US', {timeZone: zone, weekday: 'short'}).format(new Date());
  const day = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(parts);
  const feed = meetings.map((m, i) => ({name: m.name, slug: `m-${i}`, day, time: hhmm(m.start), end_time: hhmm(m.end), timezone: zone, conference_url: `https://zoom.us/j/10000000${i}`}));
  return URL.createObjectURL(new Blob([JSON.stringify(feed)], {type: 'application/json'}));
}

/** A button's name as assistive technology reads it: its text without what is aria-hidden. */
function accessibleName(el: HTMLElement): string {
  const copy = el.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('[aria-hidden=true]').forEach((n) => n.remove());
  return el.getAttribute('aria-label') ?? copy.textContent!.replace(/\s+/g, ' ').replace(/\s+,/g, ',').trim();
}

function minutesNow(): number {
  const [h, m] = new Intl.DateTimeFormat('en-GB', {timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23'}).format(new Date()).split(':').map(Number);
  return h * 60 + m;
}

describe('<peer-meeting-finder> wording', () => {
  it('"today" marks meetings already over as ended, lists them last, and says so in the count', async function () {
    const now = minutesNow();
    // The earliest and latest minutes of the day; skip the two minutes a day when they would be in progress.
    if (now < 3 || now > 23 * 60 + 56) this.skip();
    const src = todayFeed([
      {name: 'Just After Midnight', start: 0, end: 1},
      {name: 'Last Call', start: 23 * 60 + 58, end: 23 * 60 + 59},
    ]);
    const el = await fixture<PeerMeetingFinder>(html`<peer-meeting-finder src=${src} day="today"></peer-meeting-finder>`);
    await loaded(el);
    expect(names(el)).to.deep.equal(['Last Call', 'Just After Midnight']);
    const badges = $$(el, '.meeting').map((li) => [...li.querySelectorAll('[part=badge]')].map((b) => b.textContent!.trim()));
    expect(badges[0]).to.not.include('Ended');
    expect(badges[1]).to.include('Ended');
    expect($(el, '.count')!.textContent!.trim()).to.equal('2 meetings (1 has already ended)');
    await expectAccessible(el);
    el.setAttribute('lang', 'es');
    await el.updateComplete;
    expect($(el, '.count')!.textContent!.trim()).to.equal('2 reuniones (1 ya terminó)');
    expect($$(el, '.meeting')[1].textContent).to.contain('Terminó');
    // Without a day chosen, nothing is marked: the list is simply upcoming-first.
    el.day = undefined as unknown as string;
    await el.updateComplete;
    expect($(el, '.count')!.textContent!.trim()).to.equal('2 reuniones');
    expect($$(el, '.badge.ended').length).to.equal(0);
  });

  it('says "1 mile", "5 miles" (and "1 milla" in Spanish) for the radius', async () => {
    const el = await fixture<PeerMeetingFinder>(html`<peer-meeting-finder src=${FEED} near="39.7817,-89.6501" filters-open></peer-meeting-finder>`);
    await loaded(el);
    el.shadowRoot!.querySelector<HTMLButtonElement>('.filters-toggle')!.click();
    await el.updateComplete;
    const options = () => [...el.shadowRoot!.querySelectorAll('select[name=radius] option')].map((o) => o.textContent!.trim());
    expect(options()).to.include.members(['1 mile', '2 miles', '5 miles']);
    expect(options()).to.not.include('1 miles');
    el.setAttribute('lang', 'es');
    await el.updateComplete;
    expect(options()).to.include.members(['1 milla', '5 millas']);
    el.distanceUnit = 'km';
    await el.updateComplete;
    expect(options()).to.include('1 km');
  });

  it('names the filters button once with its count ("Filters, 2 filters on"), not "Filters 2, 2 filters on"', async () => {
    const el = await fixture<PeerMeetingFinder>(html`<peer-meeting-finder src=${FEED} day="1" attendance="online"></peer-meeting-finder>`);
    await loaded(el);
    const button = $(el, '.filters-toggle')!;
    expect(accessibleName(button)).to.equal('Filters, 2 filters on');
  });

  it('names the time zone in Spanish too, never a bare offset like "GMT-6"', async () => {
    const el = await fixture<PeerMeetingFinder>(html`<peer-meeting-finder src=${FEED} lang="es-MX"></peer-meeting-finder>`);
    await loaded(el);
    const times = $$(el, '.meeting .when').map((w) => w.textContent!.replace(/\s+/g, ' ').trim());
    expect(times.length).to.be.greaterThan(3);
    for (const t of times) expect(t).to.not.match(/GMT[+-−]|UTC[+-−]/);
    expect(times.some((t) => /hora/.test(t)), times.join(' | ')).to.equal(true);
  });
});
