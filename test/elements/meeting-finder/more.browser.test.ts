/**
 * <peer-meeting-finder>: several finders without ids on one page, the details' dial-in number,
 * 7th Tradition links, the calendar file's content and Spanish "report a problem", a long
 * searchable area list, the dark theme, and 320 px at 200 % zoom.
 */
import {fixture, html, expect} from '@open-wc/testing';
import {expectAccessible, until, $, $$} from '../../support/a11y.js';
import {loaded, names, openDetail, type} from '../../support/meeting-finder.js';
import '../../../src/elements/meeting-finder/peer-meeting-finder.js';
import type {PeerMeetingFinder} from '../../../src/elements/meeting-finder/meeting-finder.js';

const FEED = '/test/fixtures/meeting-guide/feed.json';
const FEED_B = '/test/fixtures/meeting-guide/feed-b.json';
const REGIONS = '/test/fixtures/meeting-guide/regions.json';

afterEach(() => {
  localStorage.clear();
  history.replaceState(null, '', location.pathname);
});

describe('<peer-meeting-finder> several finders without ids', () => {
  it('each keeps its own URL parameters and deep links', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <peer-meeting-finder src=${FEED} sync-url></peer-meeting-finder>
      <peer-meeting-finder src=${FEED_B} sync-url></peer-meeting-finder>
    </div>`);
    const [a, b] = [...wrapper.querySelectorAll('peer-meeting-finder')] as PeerMeetingFinder[];
    await loaded(a);
    await loaded(b);
    const bCount = b.resultCount;
    await type($(a, 'input[name=query]') as HTMLInputElement, 'owls');
    await a.updateComplete;
    await b.updateComplete;
    const params = new URLSearchParams(location.search);
    expect(params.get('mf-query')).to.equal('owls');
    expect([...params.keys()].filter((k) => k.startsWith('mf2-'))).to.deep.equal([]);
    expect(b.resultCount).to.equal(bCount);

    await type($(b, 'input[name=query]') as HTMLInputElement, 'a');
    await b.updateComplete;
    expect(new URLSearchParams(location.search).get('mf2-query')).to.equal('a');
    expect(new URLSearchParams(location.search).get('mf-query')).to.equal('owls');

    // A meeting opened in the first finder is its deep link only: the second stays closed.
    ($(a, '.meeting .open') as HTMLButtonElement).click();
    await until(() => ($(a, 'dialog.detail') as HTMLDialogElement).open, 'detail in the first finder');
    expect(location.hash).to.match(/^#mf-meeting=/);
    await b.updateComplete;
    expect(($(b, 'dialog.detail') as HTMLDialogElement).open).to.equal(false);
  });

  it('share one set of favourites per feed: stars from one show in the other and none is lost', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <peer-meeting-finder src=${FEED}></peer-meeting-finder>
      <peer-meeting-finder src=${FEED} favourites></peer-meeting-finder>
    </div>`);
    const [a, b] = [...wrapper.querySelectorAll('peer-meeting-finder')] as PeerMeetingFinder[];
    await loaded(a);
    await loaded(b);
    expect(b.resultCount).to.equal(0);
    const star = (el: PeerMeetingFinder, name: string) => $$(el, '.meeting').find((m) => m.querySelector('.name')!.textContent!.trim() === name)!.querySelector('.star') as HTMLButtonElement;

    // The lists show a page at a time: each step narrows the finder to the meeting it stars.
    a.query = 'night owls';
    await a.updateComplete;
    star(a, 'Night Owls').click();
    await a.updateComplete;
    await until(() => names(b).includes('Night Owls'), 'the star reaches the other finder’s favourites-only list');
    // Unfiltered, the second finder shows the first one's star and stars another meeting: both are kept.
    b.favourites = false;
    b.query = 'night owls';
    await b.updateComplete;
    expect(star(b, 'Night Owls').getAttribute('aria-pressed')).to.equal('true');
    b.query = 'early bird';
    await b.updateComplete;
    star(b, 'Early Bird').click();
    await b.updateComplete;
    a.query = 'early bird';
    await a.updateComplete;
    expect(star(a, 'Early Bird').getAttribute('aria-pressed')).to.equal('true');
    const key = Object.keys(localStorage).find((k) => k.startsWith('peerkit:meeting-favourites:'))!;
    expect(JSON.parse(localStorage.getItem(key)!).sort()).to.deep.equal(['early-bird', 'night-owls']);
    await expectAccessible(wrapper);
  });
});

describe('<peer-meeting-finder> details, more', () => {
  it('shows the dial-in number to dial by hand, and offers a calendar file that repeats weekly in the meeting’s zone', async () => {
    const el = await fixture<PeerMeetingFinder>(html`<peer-meeting-finder src=${FEED}></peer-meeting-finder>`);
    await loaded(el);
    const dialog = await openDetail(el, 'Grupo Nueva Vida');
    expect(dialog.querySelector('.phone')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Number: +13126266799');
    // The meeting id the one-tap pauses lead to, for dialling by hand.
    expect([...dialog.querySelectorAll('.phone-code')].map((p) => p.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal(['Meeting ID: 81234567890 then #']);

    const original = URL.createObjectURL;
    let blob: Blob | undefined;
    URL.createObjectURL = (b: Blob | MediaSource) => {
      blob = b as Blob;
      return original.call(URL, b);
    };
    try {
      (dialog.querySelector('button.ics') as HTMLButtonElement).click();
    } finally {
      URL.createObjectURL = original;
    }
    expect(blob!.type).to.match(/^text\/calendar/);
    const ics = await blob!.text();
    expect(ics).to.contain('BEGIN:VCALENDAR\r\n');
    expect(ics).to.contain('SUMMARY:Grupo Nueva Vida\r\n');
    expect(ics).to.match(/DTSTART;TZID=America\/Chicago:\d{8}T200000\r\n/);
    expect(ics).to.contain('RRULE:FREQ=WEEKLY;BYDAY=WE');
    expect(ics).to.contain('BEGIN:VTIMEZONE\r\nTZID:America/Chicago');
    await expectAccessible(el);
  });

  it('in Spanish: 7th Tradition links and a "report a problem" e-mail whose subject names the meeting', async () => {
    const el = await fixture<PeerMeetingFinder>(html`<peer-meeting-finder src=${FEED} lang="es"></peer-meeting-finder>`);
    await loaded(el);
    const dialog = await openDetail(el, 'Hope on Sangamon');
    const links = [...dialog.querySelectorAll<HTMLAnchorElement>('section a')].map((a) => [a.textContent!.trim(), a.href]);
    expect(links).to.deep.include(['Venmo @HopeOnSangamon', 'https://venmo.com/u/HopeOnSangamon']);
    expect(links.some(([text, href]) => text.startsWith('PayPal') && href.startsWith('https://'))).to.equal(true);
    const feedback = dialog.querySelector('a.feedback') as HTMLAnchorElement;
    expect(feedback.textContent).to.equal('Informar de un problema');
    const mail = new URL(feedback.href);
    expect(mail.protocol).to.equal('mailto:');
    expect(mail.searchParams.get('subject')).to.equal('Actualización de la reunión: Hope on Sangamon');
    await expectAccessible(el);
  });
});

describe('<peer-meeting-finder> long area lists, themes and zoom', () => {
  it('offers a search over a long list of areas, keeping the tree order', async () => {
    const el = await fixture<PeerMeetingFinder>(html`<peer-meeting-finder src=${REGIONS}></peer-meeting-finder>`);
    await loaded(el);
    ($(el, '.filters-toggle') as HTMLButtonElement).click();
    await el.updateComplete;
    const search = $(el, 'input[name=region-search]') as HTMLInputElement;
    expect(search).not.to.equal(null);
    const options = () => [...($(el, 'select[name=region]') as HTMLSelectElement).options].map((o) => o.value);
    expect(options()).to.have.length(22); // any area, the county and its 20 places
    await type(search, 'berl');
    await el.updateComplete;
    expect(options()).to.deep.equal(['', 'Berlin', 'New Berlin']);
    const select = $(el, 'select[name=region]') as HTMLSelectElement;
    select.value = 'New Berlin';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.getAttribute('region')).to.equal('New Berlin');
    expect(names(el)).to.deep.equal(['New Berlin Group']);
    await expectAccessible(el);
  });

  it('has no axe violations in the dark theme, in the list and the details', async () => {
    const el = await fixture<PeerMeetingFinder>(html`<peer-meeting-finder src=${FEED} theme="dark"></peer-meeting-finder>`);
    await loaded(el);
    ($(el, '.filters-toggle') as HTMLButtonElement).click();
    await el.updateComplete;
    await expectAccessible(el);
    await openDetail(el, 'Grupo Nueva Vida');
    await expectAccessible(el);
  });

  it('fits 320 px at 200 % zoom: filters, list and details no wider than the page', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="inline-size: 320px; font-size: 32px">
      <peer-meeting-finder src=${FEED} lang="es"></peer-meeting-finder>
    </div>`);
    const el = wrap.querySelector('peer-meeting-finder') as PeerMeetingFinder;
    await loaded(el);
    ($(el, '.filters-toggle') as HTMLButtonElement).click();
    await el.updateComplete;
    const box = el.getBoundingClientRect();
    expect(box.width).to.be.at.most(320);
    const inside = (selector: string, within: DOMRect) => {
      for (const node of $$(el, selector)) {
        const r = node.getBoundingClientRect();
        if (!r.width) continue;
        expect(r.right, `${selector} ${node.className} ${node.textContent!.trim().slice(0, 40)}`).to.be.at.most(within.right + 0.5);
        expect(r.left, `${selector} ${node.className}`).to.be.at.least(within.left - 0.5);
      }
    };
    inside('button, input, select, .meeting, .chip, summary', box);
    await expectAccessible(el);
    const dialog = await openDetail(el, 'Grupo Nueva Vida');
    const d = dialog.getBoundingClientRect();
    expect(d.width).to.be.at.most(innerWidth);
    expect(dialog.scrollWidth).to.be.at.most(dialog.clientWidth + 1);
    // The title never runs under the close button.
    const title = dialog.querySelector('h2')!.getBoundingClientRect();
    const close = dialog.querySelector('.close')!.getBoundingClientRect();
    const overlaps = title.right > close.left && title.left < close.right && title.bottom > close.top && title.top < close.bottom;
    expect(overlaps).to.equal(false);
    await expectAccessible(el);
  });
});
