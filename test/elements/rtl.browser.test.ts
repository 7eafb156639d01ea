/**
 * Right to left: every visitor widget (and the desk signed out) in Arabic on a bare page. The host
 * says `dir="rtl"`, the shadow root lays out right to left, and the layout mirrors, checked by
 * geometry (where controls sit), not by class names: the carousel's "previous" is to the right of
 * "next", a finder's first filter starts at the right edge, ArrowLeft moves to the next tab, the
 * map's zoom buttons are top right. A code field stays left to right (it is Latin text).
 */
import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../../src/elements/meeting-finder/peer-meeting-finder.js';
import '../../src/elements/resource-directory/peer-resource-directory.js';
import '../../src/elements/question-box/peer-question-box.js';
import '../../src/elements/story-carousel/peer-story-carousel.js';
import '../../src/elements/moderation-desk/peer-moderation-desk.js';
import type {PeerElement} from '../../src/core/peer-element.js';
import type {PeerMeetingFinder} from '../../src/elements/meeting-finder/meeting-finder.js';
import type {PeerResourceDirectory} from '../../src/elements/resource-directory/resource-directory.js';
import type {PeerQuestionBox} from '../../src/elements/question-box/question-box.js';
import type {PeerStoryCarousel} from '../../src/elements/story-carousel/story-carousel.js';
import {render} from 'lit';
import {isolateIn, isolatePhones, joinIsolated} from '../../src/core/bidi.js';
import {expectAccessible, until, $, $$} from '../support/a11y.js';
import {loaded as finderLoaded} from '../support/meeting-finder.js';
import {loaded as directoryLoaded} from '../support/resource-directory.js';
import {apiOf, newNs} from '../support/question-box.js';

const FEED = '/test/fixtures/meeting-guide/feed.json';
const SERVICES = '/test/fixtures/hsds/services.json';
const STORIES = '/fake-api/stories/ok';
const TILES = '/fake-api/meeting-finder/tiles/{z}/{x}/{y}.png';

const box = (el: Element | null) => el!.getBoundingClientRect();
/** The element's writing direction as laid out (computed `direction`), not its attribute. */
const direction = (el: Element | null) => getComputedStyle(el!).direction;
/** A wrapper of a fixed width (container queries decide the layout), the widget inside. */
async function mount<T extends PeerElement>(template: ReturnType<typeof html>, width = 900): Promise<T> {
  const wrap = await fixture<HTMLElement>(html`<div style="inline-size: ${width}px; font-size: 16px">${template}</div>`);
  const el = wrap.firstElementChild as T;
  await el.updateComplete;
  return el;
}

/** Host `dir="rtl"`, and right to left inside the shadow root (the first rendered element, and `inner`). */
function expectRtl(el: PeerElement, inner: string) {
  expect(el.getAttribute('dir')).to.equal('rtl');
  expect(el.matches(':dir(rtl)')).to.equal(true);
  expect(direction(el.shadowRoot!.firstElementChild)).to.equal('rtl');
  expect(direction($(el, inner)), inner).to.equal('rtl');
}

afterEach(() => {
  localStorage.clear();
  sessionStorage.clear();
  history.replaceState(null, '', location.pathname);
});

describe('right to left (lang="ar")', () => {
  it('the meeting finder: filters start at the right edge, the types chevron points left, the map’s zoom is top right', async function () {
    this.timeout(60000);
    const el = await mount<PeerMeetingFinder>(html`<peer-meeting-finder src=${FEED} lang="ar" tile-url=${TILES}></peer-meeting-finder>`);
    await finderLoaded(el);
    expectRtl(el, '.list');
    // The filters panel is always open at this width: its first control (today's chip) starts on the right.
    const filters = box($(el, '.filters'));
    const first = box($(el, '.filters fieldset .chip'));
    expect(filters.right - first.right, 'first filter at the right edge').to.be.lessThan(40);
    expect(first.left - filters.left, 'and far from the left one').to.be.greaterThan(filters.width / 2);
    // The search field comes first in the toolbar: on the right, the view buttons to its left.
    expect(box($(el, '.search input')).left).to.be.greaterThan(box($(el, '.views')).right - 1);
    // A meeting's time column is on the right, its name to the left of it, the star at the far left.
    const row = $(el, '.meeting')!;
    expect(box(row.querySelector('.when')).left).to.be.greaterThan(box(row.querySelector('.what')).right - 1);
    expect(box(row.querySelector('.star')).right).to.be.lessThan(box(row.querySelector('.what')).left + 1);
    // The closed "meeting types" chevron points to the inline end: left (its rotation's cosine is negative).
    const chevron = new DOMMatrix(getComputedStyle($(el, '.types summary')!, '::before').transform);
    expect(chevron.a, 'chevron mirrored').to.be.lessThan(0);
    await expectAccessible(el);

    // The map (Leaflet, loaded only now): the zoom buttons at the top right, the start of an RTL line.
    ($$(el, '.views button')[1] as HTMLButtonElement).click();
    await until(() => $(el, '.leaflet-container .mf-pin'), 'map with pins', 15000);
    const canvas = box($(el, '.map-canvas'));
    const zoom = $(el, '.leaflet-control-zoom')!;
    expect(zoom.closest('.leaflet-top.leaflet-right'), 'zoom at the top right').to.not.equal(null);
    expect(box(zoom).left).to.be.greaterThan(canvas.left + canvas.width / 2);
    // The popup's close button sits on the left, its text starts on the right.
    ($(el, '.mf-pin') as HTMLElement).click();
    await until(() => $(el, '.mf-popup button'), 'popup');
    const popup = box($(el, '.leaflet-popup-content-wrapper'));
    const close = box($(el, '.leaflet-popup-close-button'));
    expect(close.left - popup.left, 'close at the left').to.be.lessThan(popup.width / 4);
    expect(getComputedStyle($(el, '.leaflet-popup-content-wrapper')!).textAlign).to.equal('start');
    expect(direction($(el, '.mf-popup'))).to.equal('rtl');
    // The language changes to English: the controls move back to the top left.
    el.lang = 'en';
    await el.updateComplete;
    expect(el.getAttribute('dir')).to.equal('ltr');
    await until(() => $(el, '.leaflet-control-zoom')?.closest('.leaflet-top.leaflet-left'), 'zoom back at the top left');
  });

  it('the resource directory: the search field first on the right, the quick exit on the left, a name from the feed keeps its own order', async () => {
    const el = await mount<PeerResourceDirectory>(html`<peer-resource-directory src=${SERVICES} format="json" lang="ar" quick-exit crisis-row></peer-resource-directory>`);
    await directoryLoaded(el);
    expectRtl(el, '.list');
    const filters = box($(el, '.filters'));
    const search = box($(el, '.filters .field'));
    expect(filters.right - search.right, 'search at the right edge').to.be.lessThan(40);
    expect(search.left - filters.left).to.be.greaterThan(0);
    // The sticky quick exit goes to the inline end of its bar: the left.
    const exit = box($(el, '.quick-exit-bar [part~=quick-exit]'));
    expect(exit.left - box($(el, '.quick-exit-bar')).left).to.be.lessThan(5);
    // An English name is isolated: laid out left to right inside the Arabic card, which stays right aligned.
    const name = $(el, '.card .name bdi')!;
    expect(direction(name)).to.equal('ltr');
    expect(box($(el, '.card')).right - box(name).right).to.be.lessThan(40);
    // A phone number inside the Arabic crisis line reads left to right (not its groups reversed).
    const number = $$(el, '.crisis a span[dir=ltr]').find((s) => /\d{3}-\d{3}-\d{4}/.test(s.textContent!));
    expect(number, 'the SAMHSA number isolated').to.not.equal(undefined);
    expect(direction(number!)).to.equal('ltr');
    await expectAccessible(el);
  });

  it('the question box: ArrowLeft moves to the next tab (on the left), and the receipt code field stays left to right', async () => {
    const el = await mount<PeerQuestionBox>(html`<peer-question-box api=${apiOf(newNs())} lang="ar" no-public-list></peer-question-box>`);
    await until(() => $(el, '#tab-ask'), 'tabs');
    expectRtl(el, 'form');
    const [ask, check] = [box($(el, '#tab-ask')), box($(el, '#tab-check'))];
    expect(check.right, 'the second tab is to the left of the first').to.be.at.most(ask.left);
    ($(el, '#tab-ask') as HTMLButtonElement).focus();
    await sendKeys({press: 'ArrowLeft'});
    await until(() => el.shadowRoot!.activeElement?.id === 'tab-check', 'ArrowLeft to the next tab');
    await until(() => $(el, '#code'), 'the check panel', 10000);
    await el.updateComplete;
    const code = $(el, '#code') as HTMLInputElement;
    expect(code.getAttribute('dir')).to.equal('ltr');
    expect(direction(code)).to.equal('ltr');
    // Its text still starts where its label does: on the right.
    expect(getComputedStyle(code).textAlign).to.equal('right');
    expect(box($(el, 'label[for=code]')).right - box(code).right).to.be.lessThan(2);
    await sendKeys({press: 'ArrowRight'});
    await until(() => el.shadowRoot!.activeElement?.id === 'tab-ask', 'ArrowRight back to the first tab');
    await expectAccessible(el);
  });

  it('the story carousel: "previous" is to the right of "next", its arrow points right, slides run right to left', async () => {
    const el = await mount<PeerStoryCarousel>(html`<peer-story-carousel api=${STORIES} lang="ar" no-submit></peer-story-carousel>`, 400);
    await until(() => $$(el, '.story').length >= 2, 'stories', 15000);
    await until(() => !($(el, '.slide') as HTMLElement).inert, 'first slide measured');
    await el.updateComplete;
    expectRtl(el, '.slides');
    const previous = $(el, '[part=previous]')!;
    const next = $(el, '[part=next]')!;
    expect(box(previous).left, 'previous on the right').to.be.greaterThan(box(next).right - 1);
    // ← drawn mirrored: it points right, to the earlier stories; → points left.
    expect(new DOMMatrix(getComputedStyle(previous.querySelector('span')!).transform).a).to.equal(-1);
    expect(new DOMMatrix(getComputedStyle(next.querySelector('span')!).transform).a).to.equal(-1);
    // The first story fills the view from the right edge; the second waits to its left.
    const slides = $$(el, '.slide');
    const scroller = box($(el, '.slides'));
    expect(Math.abs(box(slides[0]).right - scroller.right)).to.be.lessThan(2);
    expect(box(slides[1]).right).to.be.at.most(box(slides[0]).left + 1);
    // "Next" brings the second story in from the left: it now sits at the right edge.
    (next as HTMLButtonElement).click();
    await until(() => Math.abs(box(slides[1]).right - box($(el, '.slides')).right) < 2, 'the second story in view', 5000);
    await until(() => !slides[1].inert && slides[0].inert, 'the first one out of view');
    (previous as HTMLButtonElement).click();
    await until(() => Math.abs(box(slides[0]).right - box($(el, '.slides')).right) < 2, 'back to the first story', 5000);
    await expectAccessible(el);
  });

  it('the moderation desk, signed out: its sign-in form lines up on the right', async () => {
    const el = await mount<PeerElement>(html`<peer-moderation-desk api=${apiOf(newNs())} lang="ar"></peer-moderation-desk>`);
    await until(() => $(el, '#token'), 'sign-in form');
    expectRtl(el, 'form');
    const form = box($(el, 'form'));
    expect(form.right - box($(el, 'label[for=token]')).right).to.be.lessThan(2);
    expect(form.right - box($(el, '#token')).right).to.be.lessThan(2);
    expect(form.right - box($(el, 'form button[type=submit]')).right).to.be.lessThan(2);
    await expectAccessible(el);
  });
});

describe('direction follows the widget’s own language, not the page’s', () => {
  it('a widget with lang="ar" on a left-to-right page is right to left', async () => {
    const wrap = await fixture<HTMLElement>(html`<div lang="en" dir="ltr">
      <peer-question-box api=${apiOf(newNs())} lang="ar" no-public-list></peer-question-box>
    </div>`);
    const el = wrap.querySelector('peer-question-box') as PeerQuestionBox;
    await el.updateComplete;
    expectRtl(el, 'form');
  });

  it('a widget with lang="en" on an <html dir=rtl lang=ar> page is left to right', async () => {
    const root = document.documentElement;
    const before = {lang: root.getAttribute('lang'), dir: root.getAttribute('dir')};
    root.setAttribute('lang', 'ar');
    root.setAttribute('dir', 'rtl');
    try {
      const wrap = await fixture<HTMLElement>(html`<div>
        <peer-question-box api=${apiOf(newNs())} lang="en" no-public-list></peer-question-box>
        <peer-question-box api=${apiOf(newNs())} no-public-list></peer-question-box>
      </div>`);
      const [en, inherited] = [...wrap.querySelectorAll('peer-question-box')] as PeerQuestionBox[];
      await en.updateComplete;
      await inherited.updateComplete;
      expect(en.getAttribute('dir')).to.equal('ltr');
      expect(direction(en.shadowRoot!.firstElementChild)).to.equal('ltr');
      expect(direction($(en, 'form'))).to.equal('ltr');
      expect(box($(en, '#tab-check')).left, 'English tabs run left to right').to.be.greaterThan(box($(en, '#tab-ask')).right - 1);
      // Without a lang of its own, the widget speaks the page's Arabic, right to left.
      expect(inherited.locale.lang).to.equal('ar');
      expect(inherited.getAttribute('dir')).to.equal('rtl');
      expect(direction($(inherited, 'form'))).to.equal('rtl');
    } finally {
      for (const [k, v] of Object.entries(before)) {
        if (v === null) root.removeAttribute(k);
        else root.setAttribute(k, v);
      }
    }
  });
});

describe('bidi helpers (src/core/bidi.ts)', () => {
  const rendered = (value: unknown) => {
    const div = document.createElement('div');
    render(value, div);
    return div;
  };
  const ltr = (div: HTMLElement) => [...div.querySelectorAll('span[dir=ltr]')].map((s) => s.textContent);

  it('isolatePhones: phone numbers of six digits or more, in Latin, Arabic-Indic or Persian digits, and nothing else', () => {
    expect(ltr(rendered(isolatePhones('خط SAMHSA للمساعدة 1-800-662-4357 (بالإنجليزية)')))).to.deep.equal(['1-800-662-4357']);
    expect(ltr(rendered(isolatePhones('خط کمک SAMHSA ۱-۸۰۰-۶۶۲-۴۳۵۷')))).to.deep.equal(['۱-۸۰۰-۶۶۲-۴۳۵۷']);
    expect(ltr(rendered(isolatePhones('اتصل بـ 116 123 أو +44 20 7946 0958')))).to.deep.equal(['116 123', '+44 20 7946 0958']);
    expect(isolatePhones('اتصال بالرقم 988')).to.equal('اتصال بالرقم 988');
    expect(isolatePhones('بين 10 و2,000 حرف')).to.equal('بين 10 و2,000 حرف');
    expect(rendered(isolatePhones('Call 1-800-662-4357 now')).textContent).to.equal('Call 1-800-662-4357 now');
  });

  it('joinIsolated and isolateIn keep the text, each feed word in its own <bdi>', () => {
    const regions = rendered(joinIsolated(['North Platte', 'South Side'], ' › '));
    expect(regions.textContent).to.equal('North Platte › South Side');
    expect([...regions.querySelectorAll('bdi')].map((b) => b.textContent)).to.deep.equal(['North Platte', 'South Side']);
    const by = rendered(isolateIn((name) => `— ${name}`, 'Maya (18)'));
    expect(by.textContent).to.equal('— Maya (18)');
    expect(by.querySelector('bdi')!.textContent).to.equal('Maya (18)');
    // A sentence that uses the word twice (or not at all) is written as it is.
    expect(rendered(isolateIn((name) => `${name}, ${name}`, 'Eve')).textContent).to.equal('Eve, Eve');
  });
});
