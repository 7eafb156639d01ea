/**
 * Issue 18 as a visitor sees it in the finder: feeds as real intergroups and BMLT servers publish
 * them (fixtures built from quoted records in test/fixtures/meeting-guide and test/fixtures/bmlt).
 */
import {fixture, html, expect, oneEvent} from '@open-wc/testing';
import {expectAccessible, until, $, $$} from '../../support/a11y.js';
import {loaded, names, openDetail} from '../../support/meeting-finder.js';
import '../../../src/elements/config/peer-config.js';
import '../../../src/elements/meeting-finder/peer-meeting-finder.js';
import type {PeerMeetingFinder} from '../../../src/elements/meeting-finder/meeting-finder.js';
import type {FeedIssue, FeedWarning} from '../../../src/model/meeting.js';

const MG = '/test/fixtures/meeting-guide';

afterEach(() => {
  localStorage.clear();
  history.replaceState(null, '', location.pathname);
});

/** Console warnings and `peer-feed-issues` events while `run` runs. */
async function watching(run: () => Promise<void>): Promise<{console: string[]; events: {issues: FeedIssue[]; warnings?: FeedWarning[]}[]}> {
  const seen = {console: [] as string[], events: [] as {issues: FeedIssue[]; warnings?: FeedWarning[]}[]};
  const warn = console.warn;
  console.warn = (...args: unknown[]) => seen.console.push(args.join(' '));
  const listener = (e: Event) => seen.events.push((e as CustomEvent).detail);
  document.addEventListener('peer-feed-issues', listener);
  try {
    await run();
  } finally {
    console.warn = warn;
    document.removeEventListener('peer-feed-issues', listener);
  }
  return seen;
}

describe('<peer-meeting-finder> with real feeds (issue 18)', () => {
  it('point 1: an online meeting whose address is a city is listed as Online, with no directions and no "other meetings here"', async () => {
    const el = await fixture<PeerMeetingFinder>(html`<peer-meeting-finder src=${`${MG}/online-city.json`} timezone="America/New_York"></peer-meeting-finder>`);
    await loaded(el);
    const item = $$(el, '.meeting').find((li) => li.querySelector('.name')!.textContent!.trim() === 'shoulder-shoulder-group-Sun12am')!;
    expect(item.querySelector('.badge.online')?.textContent).to.equal('Online');
    expect(item.querySelector('.badge.in-person, .badge.hybrid')).to.equal(null);
    // "In person" lists the church meetings only.
    (($$(el, 'input[name=attendance]') as HTMLInputElement[]).find((i) => i.value === 'in-person')!).click();
    await el.updateComplete;
    expect($$(el, '.meeting .name').map((n) => n.textContent!.trim()).sort()).to.deep.equal(['Friday Night Big Book', 'Thursday Hybrid']);
    (($$(el, 'input[name=attendance]') as HTMLInputElement[]).find((i) => i.value === '')!).click();
    await el.updateComplete;
    const dialog = await openDetail(el, 'Early Risers');
    expect(dialog.querySelector('.directions')).to.equal(null);
    expect(dialog.querySelector('.join')).to.not.equal(null);
    expect(dialog.textContent).to.not.contain('Other meetings here');
    await expectAccessible(el);
  });

  it('point 3: a feed with no time zone shows each meeting’s local time with no zone and no "your time", and warns the site once', async () => {
    let el!: PeerMeetingFinder;
    const seen = await watching(async () => {
      el = await fixture<PeerMeetingFinder>(html`<peer-meeting-finder src=${`${MG}/no-timezone.json`}></peer-meeting-finder>`);
      await loaded(el);
    });
    const times = $$(el, '.meeting .time').map((t) => t.textContent!.trim());
    expect(times).to.include.members(['Sunday 12:00 AM', 'Monday 7:00 PM', 'Wednesday 12:00 PM']);
    expect($$(el, '.meeting .yours')).to.have.length(0);
    expect(seen.events).to.have.length(1);
    expect(seen.events[0].issues).to.deep.equal([]);
    expect(seen.events[0].warnings!.map((w) => [w.code, w.count])).to.deep.equal([['no-timezone', 3]]);
    expect(seen.console.filter((w) => /name no time zone/.test(w))).to.have.length(1);
    expect($(el, '.skipped')).to.equal(null, 'nothing was skipped');
    const dialog = await openDetail(el, 'Fishtown Monday Night');
    expect(dialog.querySelector('.hint')!.textContent).to.contain('Local time where the meeting is held');
    expect(dialog.querySelector('.yours')).to.equal(null);
    await expectAccessible(el);
    // Reloading the same feed does not warn again.
    const again = await watching(async () => {
      el.src = `${MG}/no-timezone.json `;
      await until(() => $$(el, '.meeting').length > 0 && !$(el, '[part=loading]'), 'reloaded');
      await el.updateComplete;
    });
    expect(again.events).to.have.length(0);
  });

  it('point 3: the zone from <peer-config timezone> labels those times (and converts them for the visitor)', async () => {
    const wrapper = await fixture<HTMLElement>(html`<peer-config timezone="America/New_York"><peer-meeting-finder src=${`${MG}/no-timezone.json`}></peer-meeting-finder></peer-config>`);
    const el = wrapper.querySelector('peer-meeting-finder') as PeerMeetingFinder;
    await loaded(el);
    const time = $$(el, '.meeting .time').map((t) => t.textContent!.trim()).find((t) => t.startsWith('Monday'))!;
    expect(time).to.match(/^Monday 7:00\s?PM (EST|EDT|GMT-[45])$/);
    const visitor = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (visitor !== 'America/New_York') expect($$(el, '.meeting .yours').length).to.be.greaterThan(0);
    await expectAccessible(el);
  });

  it('point 4: a BMLT server’s men’s and women’s formats (world ids M and W) can be filtered, named in the visitor’s language, never "BMLT-…"', async () => {
    const el = await fixture<PeerMeetingFinder>(html`<peer-meeting-finder src="/test/fixtures/bmlt/german.json"></peer-meeting-finder>`);
    await loaded(el);
    const details = $(el, 'details.types') as HTMLDetailsElement;
    details.querySelector('summary')!.click();
    await oneEvent(details, 'toggle');
    await el.updateComplete;
    const labels = $$(el, '.type-list label span').map((x) => x.textContent!.trim());
    expect(labels).to.include.members(['Men', 'Women', 'Topic', 'Literature', 'Wheelchair Access', 'Speaker', 'IP study', 'Präsenz']);
    expect(labels.filter((l) => /BMLT/.test(l))).to.deep.equal([]);
    const men = $(el, 'select[data-code=M]') as HTMLSelectElement;
    men.value = 'with';
    men.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Männermeeting']);
    const dialog = await openDetail(el, 'Männermeeting');
    const tags = [...dialog.querySelectorAll('.tags li')].map((li) => li.textContent!.trim());
    expect(tags).to.deep.equal(['Men', 'Präsenz', 'Wheelchair Access', 'Topic', 'Literature', 'Speaker']);
    await expectAccessible(el);
  });

  /** The list item of the meeting named `name`. */
  const item = (el: PeerMeetingFinder, name: string) => $$(el, '.meeting').find((li) => li.querySelector('.name')!.textContent!.trim() === name)!;

  it('point 1: an in-person or hybrid meeting at a street written without a leading house number keeps its place, badge and directions', async () => {
    const el = await fixture<PeerMeetingFinder>(html`<peer-meeting-finder src=${`${MG}/street-addresses.json`}></peer-meeting-finder>`);
    await loaded(el);
    const amsterdam = item(el, 'Amsterdam Monday Hybrid');
    expect(amsterdam.querySelector('.badge.hybrid')?.textContent).to.equal('Hybrid');
    expect(amsterdam.querySelector('.place')!.textContent).to.equal('De Kerk · Kerkstraat 5, Amsterdam, Netherlands');
    expect(item(el, 'Springfield Thursday Night').querySelector('.badge.hybrid')).to.not.equal(null);
    expect(item(el, 'Berlin Dienstag').querySelector('.badge.in-person')).to.not.equal(null);
    expect(item(el, 'Tweed Online').querySelector('.badge.online')).to.not.equal(null);
    const dialog = await openDetail(el, 'Amsterdam Monday Hybrid');
    expect(dialog.querySelector('.directions')).to.not.equal(null);
    expect(dialog.querySelector('.join')).to.not.equal(null);
    expect(dialog.textContent).to.not.contain('Location is approximate');
    await expectAccessible(el);
  });

  it('points 2, 5, 6, 7 and 10 in the list: 12-hour times, an upper-case link, two links in one field, types as text, the country by name', async () => {
    let el!: PeerMeetingFinder;
    const seen = await watching(async () => {
      el = await fixture<PeerMeetingFinder>(html`<peer-meeting-finder src=${`${MG}/twelve-hour.json ${MG}/links.json ${MG}/type-strings.json ${MG}/addresses.json`} timezone="America/Edmonton"></peer-meeting-finder>`);
      await loaded(el);
    });
    // Point 2: the Edmonton feed's "8:00 PM" is read (0 of 315 were shown).
    expect(item(el, 'Chapter House - South Side').querySelector('.time')!.textContent).to.match(/^Friday 8:00\sPM M[SD]T$/);
    expect(item(el, 'Lunch Bunch').querySelector('.time')!.textContent).to.match(/^Thursday 12:00\sPM/);
    // Point 10: "country": "CA" next to Tweed is Canada; no ",," from a trailing comma.
    expect(item(el, 'Tweed Tuesday Group').querySelector('.place')!.textContent).to.equal('255 Metcalf St, Tweed, Canada');
    expect(item(el, 'Washington Street Group').querySelector('.place')!.textContent).to.equal('20811 Washington St, Lynwood, IL 60411');
    // Point 6: the repeated link is reported once, to the site.
    const extra = seen.events.flatMap((e) => e.warnings ?? []).filter((w) => w.code === 'extra-links');
    expect(extra.map((w) => w.slug)).to.deep.equal(['two-links', 'link-and-text']);
    expect(seen.console.filter((w) => /conference_url holds more than one thing/.test(w))).to.have.length(2);
    // Point 7: "Open" finds the meetings whose types came as "[open]" and as '["O","SP"]'.
    const details = $(el, 'details.types') as HTMLDetailsElement;
    details.querySelector('summary')!.click();
    await oneEvent(details, 'toggle');
    await el.updateComplete;
    const open = $(el, 'select[data-code=O]') as HTMLSelectElement;
    open.value = 'with';
    open.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(names(el)).to.include.members(['Touch of Soul', 'Friday Speaker', 'Reunión de Mujeres']);
    expect(names(el)).to.not.include("Westside Men's Stag");
    open.value = 'any';
    open.dispatchEvent(new Event('change'));
    await el.updateComplete;
    // Points 5 and 6: each joins on its (first) link.
    let dialog = await openDetail(el, 'Friday Night Live');
    expect((dialog.querySelector('.join') as HTMLAnchorElement).href).to.equal('http://us04web.zoom.us/j/2374459068');
    const closed = oneEvent(dialog, 'close');
    (dialog.querySelector('.close') as HTMLButtonElement).click();
    await closed;
    await el.updateComplete;
    dialog = await openDetail(el, 'Saturday Registration Meeting');
    expect((dialog.querySelector('.join') as HTMLAnchorElement).href).to.equal('https://us02web.zoom.us/meeting/register/tZEuf-2tqTwvG9Za7');
    await expectAccessible(el);
  });

  it('a meeting whose place is temporarily closed (TC) says so in the list, keeps its address and is never "In person"', async () => {
    const el = await fixture<PeerMeetingFinder>(html`<peer-meeting-finder src=${`${MG}/temporarily-closed.json`} lang="es"></peer-meeting-finder>`);
    await loaded(el);
    const badges = (name: string) => [...item(el, name).querySelectorAll('.badge')].map((b) => b.textContent!.trim());
    expect(badges("St. Mark's Monday (building closed)")).to.deep.equal(['En línea', 'Lugar cerrado temporalmente']);
    expect(badges("St. Mark's Wednesday (building closed)")).to.deep.equal(['Lugar cerrado temporalmente']);
    expect(badges("St. Mark's Friday")).to.deep.equal(['Presencial']);
    expect(item(el, "St. Mark's Wednesday (building closed)").querySelector('.place')!.textContent).to.equal("St. Mark's Church · 1625 Locust St, Philadelphia, PA 19103, USA");
    const dialog = await openDetail(el, "St. Mark's Wednesday (building closed)");
    expect(dialog.querySelector('.directions')).to.equal(null);
    expect([...dialog.querySelectorAll('.badges .badge')].map((b) => b.textContent!.trim())).to.deep.equal(['Lugar cerrado temporalmente']);
    await expectAccessible(el);
  });
});
