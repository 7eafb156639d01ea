/**
 * Headings follow the page (issue 14): on a bare page whose only heading is an h1, the finder's
 * meeting names and the carousel's story titles sit under a heading one level above them, with no
 * level skipped (axe `heading-order`), at their default and with `heading-level` under an h3.
 */
import {fixture, html, expect} from '@open-wc/testing';
import type {TemplateResult} from 'lit';
import {expectAccessible, until, $$} from '../support/a11y.js';
import {loaded} from '../support/meeting-finder.js';
import '../../src/elements/meeting-finder/peer-meeting-finder.js';
import '../../src/elements/story-carousel/peer-story-carousel.js';
import type {PeerMeetingFinder} from '../../src/elements/meeting-finder/meeting-finder.js';
import type {PeerStoryCarousel} from '../../src/elements/story-carousel/story-carousel.js';

const FEED = '/test/fixtures/meeting-guide/feed.json';
const STORIES = '/test/fixtures/stories/stories.json';

/** Every heading in document order, shadow roots included: [level, text]. */
function outline(root: Node): [number, string][] {
  const out: [number, string][] = [];
  const walk = (n: Node) => {
    if (n instanceof HTMLElement) {
      const tag = /^H([1-6])$/.exec(n.tagName);
      const level = tag ? Number(tag[1]) : n.getAttribute('role') === 'heading' ? Number(n.getAttribute('aria-level')) : 0;
      if (level) out.push([level, n.textContent!.trim().slice(0, 30)]);
      if (n.shadowRoot) walk(n.shadowRoot);
    }
    for (const c of n.childNodes) walk(c);
  };
  walk(root);
  return out;
}

/** No level skipped going down (h1 → h3 is a gap; h4 → h2 is fine). */
function gaps(headings: [number, string][]): string[] {
  return headings.flatMap(([level, text], i) => (i && level > headings[i - 1][0] + 1 ? [`h${headings[i - 1][0]} → h${level} "${text}"`] : []));
}

async function headingOrder(page: Element): Promise<unknown[]> {
  const axe = (window as unknown as {axe: {run: (c: Element, o: object) => Promise<{violations: unknown[]}>}}).axe;
  return (await axe.run(page, {runOnly: ['heading-order']})).violations;
}

async function check(page: HTMLElement, names: number, title: number): Promise<[number, string][]> {
  await expectAccessible(page); // loads axe too
  expect(await headingOrder(page)).to.deep.equal([]);
  const headings = outline(page);
  expect(gaps(headings)).to.deep.equal([]);
  expect(headings.some(([level]) => level === names)).to.equal(true);
  expect(headings.some(([level]) => level === title)).to.equal(true);
  return headings;
}

const bare = (body: TemplateResult) => fixture<HTMLElement>(html`<main>${body}</main>`);

describe('heading-level: headings follow the page', () => {
  it('the finder on a page whose only heading is an h1: an h2 names the list, the names are h3', async () => {
    const page = await bare(html`<h1>Meetings near you</h1><peer-meeting-finder src=${FEED} limit="3"></peer-meeting-finder>`);
    await loaded(page.querySelector('peer-meeting-finder') as PeerMeetingFinder);
    const headings = await check(page, 3, 2);
    expect(headings.filter(([l]) => l === 3).length).to.equal(3);
  });

  it('the finder with heading-level="4" under an h3', async () => {
    const page = await bare(html`<h1>Site</h1><h2>Section</h2><h3>Meetings</h3><peer-meeting-finder src=${FEED} limit="3" heading-level="4"></peer-meeting-finder>`);
    const el = page.querySelector('peer-meeting-finder') as PeerMeetingFinder;
    await loaded(el);
    await check(page, 4, 3);
    expect($$(el, '.meeting [role=heading]').map((h) => h.getAttribute('aria-level'))).to.deep.equal(['4', '4', '4']);
  });

  for (const layout of ['carousel', 'list']) {
    it(`the carousel (${layout}) on a page whose only heading is an h1: an h2 names the stories, the titles are h3`, async () => {
      const page = await bare(html`<h1>Stories</h1><peer-story-carousel src=${STORIES} layout=${layout} no-submit lang="en"></peer-story-carousel>`);
      const el = page.querySelector('peer-story-carousel') as PeerStoryCarousel;
      await until(() => $$(el, '.story').length > 0, 'stories', 15000);
      await el.updateComplete;
      await check(page, 3, 2);
      expect($$(el, '.story .title').every((h) => h.tagName === 'H3')).to.equal(true);
      expect($$(el, 'h2.visually-hidden').length).to.equal(1);
    });
  }

  it('the carousel with heading-level="4" under an h3, and heading-level="2" (no hidden heading: the region is named by its label)', async () => {
    const page = await bare(html`<h1>Site</h1><h2>Section</h2><h3>Stories</h3><peer-story-carousel src=${STORIES} heading-level="4" no-submit lang="en"></peer-story-carousel>`);
    const el = page.querySelector('peer-story-carousel') as PeerStoryCarousel;
    await until(() => $$(el, '.story').length > 0, 'stories', 15000);
    await el.updateComplete;
    await check(page, 4, 3);
    expect($$(el, '.story .title').every((h) => h.tagName === 'H4')).to.equal(true);
    expect($$(el, 'h3.visually-hidden').length).to.equal(1);
    el.headingLevel = 2;
    await el.updateComplete;
    expect($$(el, '.story .title').every((h) => h.tagName === 'H2')).to.equal(true);
    expect($$(el, '.visually-hidden').filter((h) => /^H\d$/.test(h.tagName)).length).to.equal(0);
    // Out of range: the default.
    el.setAttribute('heading-level', '9');
    await el.updateComplete;
    expect($$(el, '.story .title').every((h) => h.tagName === 'H3')).to.equal(true);
    await expectAccessible(page);
  });
});
