import {expect, fixture, html} from '@open-wc/testing';
import {emulateMedia, sendKeys, sendMouse, resetMouse} from '@web/test-runner-commands';
import '../../../src/elements/story-carousel/peer-story-carousel.js';
import type {PeerStoryCarousel} from '../../../src/elements/story-carousel/story-carousel.js';
import {HIDDEN_WARNINGS_KEY} from '../../../src/model/story.js';
import {expectAccessible, until, $, $$} from '../../support/a11y.js';

const API = '/fake-api/stories/ok';
const control = (body: object) => fetch('/fake-api/stories/control', {method: 'POST', body: JSON.stringify(body)});
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function ready(el: PeerStoryCarousel, count = 1) {
  await until(() => $$(el, '.story').length >= count, 'stories', 15000); // the first run compiles zod/mini
  await until(() => !$$(el, '.slide').length || !($(el, '.slide') as HTMLElement).inert, 'first slide measured');
  await el.updateComplete;
}

/** A carousel of the given width (1 per view under 38em, 2 up to 58em, 3 above). */
async function carousel(attrs: {width?: number; autoplay?: boolean; interval?: number; api?: string; src?: string; layout?: string; lang?: string} = {}) {
  const el = await fixture<PeerStoryCarousel>(html`<div style="inline-size: ${attrs.width ?? 400}px; font-size: 16px">
    <peer-story-carousel
      api=${attrs.src ? '' : (attrs.api ?? API)}
      src=${attrs.src ?? ''}
      lang=${attrs.lang ?? 'en'}
      layout=${attrs.layout ?? 'carousel'}
      interval=${attrs.interval ?? 7}
      ?autoplay=${attrs.autoplay}
      no-submit
    ></peer-story-carousel>
  </div>`);
  return el.querySelector('peer-story-carousel') as PeerStoryCarousel;
}

/** A button just before the carousel, to Tab in from. */
function buttonBefore(el: PeerStoryCarousel): HTMLButtonElement {
  const b = document.createElement('button');
  b.textContent = 'before';
  el.parentElement!.before(b);
  return b;
}

const active = (el: PeerStoryCarousel) => el.shadowRoot!.activeElement as HTMLElement | null;
const slideOf = (node: Element | null) => node?.closest('.slide') as HTMLElement | null;

describe('<peer-story-carousel> states', () => {
  beforeEach(() => control({reset: true, down: false}));
  afterEach(() => localStorage.removeItem(HIDDEN_WARNINGS_KEY));

  it('shows a loading state while the stories are on their way', async () => {
    const el = await carousel({api: '/fake-api/stories/hang'});
    const loading = $(el, '[part=loading]');
    expect(loading?.getAttribute('role')).to.equal('status');
    expect(loading?.textContent).to.contain('Loading');
    await expectAccessible(el);
    await control({release: true});
    await ready(el);
  });

  it('shows an error with a working retry', async () => {
    await control({failures: 3});
    const el = await carousel({api: '/fake-api/stories/flaky'});
    await until(() => $(el, '[part=error]'), 'error state');
    const error = $(el, '[part=error]')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent).to.contain('error 503');
    await expectAccessible(el);
    ($(el, '[part=error] button') as HTMLButtonElement).click();
    await ready(el, 6);
    expect($$(el, '.story')).to.have.length(6);
  });

  it('shows an empty state', async () => {
    const el = await carousel({api: '/fake-api/stories/empty'});
    await until(() => $(el, '[part=empty]'), 'empty state');
    expect($(el, '[part=empty]')!.textContent).to.contain('No stories have been shared here yet.');
    await expectAccessible(el);
  });

  it('treats a file that is not a list of stories as an error', async () => {
    const el = await carousel({src: '/test/fixtures/stories/invalid.json'});
    await until(() => $(el, '[part=error]'), 'error state');
    expect($(el, '[part=error]')!.textContent).to.contain('could not be read');
    await expectAccessible(el);
  });

  it('skips and reports stories it cannot read (peer-feed-issues)', async () => {
    const el = document.createElement('peer-story-carousel') as PeerStoryCarousel;
    el.src = '/test/fixtures/stories/mixed.json';
    el.noSubmit = true;
    const reported = new Promise<{issues: {index: number; reason: string}[]}>((resolve) => el.addEventListener('peer-feed-issues', (e) => resolve((e as CustomEvent).detail), {once: true}));
    const host = await fixture(html`<div style="inline-size: 400px"></div>`);
    host.append(el);
    const detail = await reported;
    expect(detail.issues.map((i) => i.index)).to.deep.equal([1, 2, 4]);
    await ready(el, 3);
    expect($$(el, '.story h3').map((h) => h.textContent)).to.deep.equal(['Small mornings', 'One year', 'Photo with javascript URL']);
    expect($(el, '.note')!.textContent).to.contain('3 records could not be read');
    // The javascript: photo URL was dropped; the unknown warning too.
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect($$(el, '.warning')[0].textContent).to.contain('abuse');
    await expectAccessible(el);
  });

  it('says what is missing when it has neither api nor src (never a blank box, nothing to retry), in English and Spanish', async () => {
    for (const [lang, message] of [
      ['en', 'No stories address was given (set the api or src attribute).'],
      ['es', 'No se indicó la dirección de las historias (atributo api o src).'],
    ]) {
      const wrap = await fixture(html`<div style="inline-size: 400px"><peer-story-carousel lang=${lang}></peer-story-carousel></div>`);
      const el = wrap.querySelector('peer-story-carousel') as PeerStoryCarousel;
      await until(() => $(el, '[part=error]'), `the ${lang} error state`);
      const error = $(el, '[part=error]')!;
      expect(error.getAttribute('role')).to.equal('alert');
      expect(error.textContent!.trim()).to.equal(message);
      expect(el.shadowRoot!.querySelectorAll('button')).to.have.length(0);
      await expectAccessible(el);
      // Given an address later, it reads the stories.
      el.src = '/test/fixtures/stories/array.json';
      await ready(el, 2);
      expect($(el, '[part=error]')).to.equal(null);
    }
  });

  it('reads a static file given as a plain array', async () => {
    const el = await carousel({src: '/test/fixtures/stories/array.json'});
    await ready(el, 2);
    expect($$(el, '.story h3').map((h) => h.textContent)).to.deep.equal(['Small mornings', "My brother's voice"]);
  });
});

describe('<peer-story-carousel> carousel pattern', () => {
  beforeEach(() => control({reset: true, down: false}));
  afterEach(async () => {
    localStorage.removeItem(HIDDEN_WARNINGS_KEY);
    await emulateMedia({reducedMotion: 'no-preference'});
  });

  it('has the roles and names of the WAI-ARIA carousel pattern', async () => {
    const el = await carousel();
    await ready(el, 6);
    const region = $(el, '[aria-roledescription=carousel]')!;
    expect(region.tagName).to.equal('SECTION');
    expect(region.getAttribute('aria-label')).to.equal('Stories from people in recovery');
    expect(region.getAttribute('aria-label')!.toLowerCase()).not.to.contain('carousel');
    const slides = $$(el, '.slide');
    expect(slides).to.have.length(6);
    for (const slide of slides) {
      expect(slide.getAttribute('role')).to.equal('group');
      expect(slide.getAttribute('aria-roledescription')).to.equal('slide');
      const heading = el.shadowRoot!.getElementById(slide.getAttribute('aria-labelledby')!)!;
      expect(heading.tagName).to.equal('H3');
      expect(slide.contains(heading)).to.equal(true);
    }
    expect(el.shadowRoot!.getElementById(slides[0].getAttribute('aria-labelledby')!)!.textContent).to.equal('The seat next to hers');
    // Native buttons, at least 24 × 24 CSS px; no rotation control without autoplay.
    for (const b of [$(el, 'button.previous')!, $(el, 'button.next')!]) {
      expect(b.tagName).to.equal('BUTTON');
      const r = b.getBoundingClientRect();
      expect(r.width).to.be.at.least(24);
      expect(r.height).to.be.at.least(24);
    }
    expect($(el, 'button.previous')!.getAttribute('aria-label')).to.equal('Previous story');
    expect($(el, '.rotation')).to.equal(null);
    expect(el.rotating).to.equal(false);
    // Not rotating: the wrapper is polite, and nothing has been announced before any user action.
    expect($(el, '.slides')!.getAttribute('aria-live')).to.equal('polite');
    expect($(el, '.announcer')!.textContent!.trim()).to.equal('');
    // Only the story in view can be reached.
    expect(slides.map((s) => s.inert)).to.deep.equal([false, true, true, true, true, true]);
    await expectAccessible(el);
  });

  it('shows 1, 2 or 3 stories at a time by the width of its container', async () => {
    for (const [width, perView] of [
      [360, 1],
      [700, 2],
      [1000, 3],
    ] as const) {
      const el = await carousel({width});
      await ready(el, 6);
      await until(() => $$(el, '.slide').filter((s) => !s.inert).length === perView, `${perView} in view at ${width}px`);
      expect($$(el, '.slide').map((s) => s.inert)).to.deep.equal([0, 1, 2, 3, 4, 5].map((i) => i >= perView));
    }
  });

  it('moves with next / previous without moving focus, and announces after the action', async () => {
    const el = await carousel();
    await ready(el, 6);
    const next = $(el, 'button.next') as HTMLButtonElement;
    next.focus();
    await sendKeys({press: 'Enter'});
    await until(() => !$$(el, '.slide')[1].inert && $$(el, '.slide')[0].inert, 'second story in view');
    expect(active(el)).to.equal(next);
    expect(el.currentIndex).to.equal(1);
    expect($(el, '.announcer')!.textContent).to.equal('Story 2 of 6: Learning to ask for help');
    expect($(el, '.position')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('2 / 6');
    await sendKeys({press: 'Space'});
    await until(() => el.currentIndex === 2 && !$$(el, '.slide')[2].inert, 'third story');
    expect(active(el)).to.equal(next);
    expect($(el, '.announcer')!.textContent).to.equal('Story 3 of 6: After the relapse');
    const prev = $(el, 'button.previous') as HTMLButtonElement;
    prev.focus();
    await sendKeys({press: 'Enter'});
    await until(() => el.currentIndex === 1 && !$$(el, '.slide')[1].inert, 'back to the second');
    expect(active(el)).to.equal(prev);
    await expectAccessible(el);
  });

  it('right to left: next moves toward the left, two to a view, and the arrows point that way', async () => {
    const el = await carousel({width: 700});
    // English stories, laid out right to left by the page (an Arabic carousel is rtl by itself: rtl tests).
    el.setAttribute('dir', 'rtl');
    await ready(el, 6);
    const scroller = $(el, '.slides')!;
    const startEdge = () => scroller.getBoundingClientRect().right;
    expect(Math.abs($$(el, '.slide')[0].getBoundingClientRect().right - startEdge())).to.be.lessThan(2);
    ($(el, 'button.next') as HTMLButtonElement).click();
    await until(() => el.currentIndex === 1 && !$$(el, '.slide')[1].inert && $$(el, '.slide')[0].inert, 'second story in view');
    await until(() => Math.abs($$(el, '.slide')[1].getBoundingClientRect().right - startEdge()) < 2, 'second story at the right edge');
    // The first story went off to the right, as reading order goes in Arabic or Hebrew; the third
    // is now in view on the left.
    expect($$(el, '.slide')[0].getBoundingClientRect().left).to.be.greaterThan(scroller.getBoundingClientRect().right - 2);
    expect($$(el, '.slide')[2].inert).to.equal(false);
    ($(el, 'button.previous') as HTMLButtonElement).click();
    await until(() => el.currentIndex === 0 && Math.abs($$(el, '.slide')[0].getBoundingClientRect().right - startEdge()) < 2, 'back to the first');
    // "Previous" (the inline start) points right, "next" left.
    const mirrored = (b: string) => getComputedStyle($(el, `button.${b} > span`)!).transform;
    expect(mirrored('previous')).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
    expect(mirrored('next')).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
    el.setAttribute('dir', 'ltr');
    await el.updateComplete;
    expect(mirrored('previous')).to.equal('none');
    await expectAccessible(el);
  });

  it('wraps around at both ends', async () => {
    const el = await carousel();
    await ready(el, 6);
    ($(el, 'button.previous') as HTMLButtonElement).click();
    await until(() => el.currentIndex === 5 && !$$(el, '.slide')[5].inert, 'last story');
    expect($(el, '.announcer')!.textContent).to.equal('Story 6 of 6: One year');
    ($(el, 'button.next') as HTMLButtonElement).click();
    await until(() => el.currentIndex === 0 && !$$(el, '.slide')[0].inert, 'first story again');
  });

  it('keyboard: without autoplay, Tab goes previous → next → the story in view, never into off-screen stories', async () => {
    const el = await carousel();
    await ready(el, 6);
    const before = buttonBefore(el);
    before.focus();
    const order: string[] = [];
    for (let i = 0; i < 5; i++) {
      await sendKeys({press: 'Tab'});
      const a = active(el);
      if (!a) break;
      expect(slideOf(a)?.inert ?? false, `Tab stop ${i} is in an inert slide`).to.equal(false);
      order.push(a.className.split(' ').find((c) => ['previous', 'next', 'read-more', 'layout-toggle', 'open-story'].includes(c)) ?? a.tagName);
      if (slideOf(a)) expect($$(el, '.slide').indexOf(slideOf(a)!)).to.equal(el.currentIndex);
    }
    expect(order.slice(0, 4)).to.deep.equal(['previous', 'next', 'read-more', 'layout-toggle']);
    // After moving on, the new story in view is reachable and the old one is not.
    ($(el, 'button.next') as HTMLButtonElement).click();
    await until(() => !$$(el, '.slide')[1].inert && $$(el, '.slide')[0].inert, 'second story in view');
    ($(el, 'button.next') as HTMLButtonElement).focus();
    await sendKeys({press: 'Tab'});
    expect(active(el)?.classList.contains('open-story')).to.equal(true);
    expect(slideOf(active(el))).to.equal($$(el, '.slide')[1]);
  });

  it('keyboard: with autoplay, the rotation button comes first; focus stops rotation for good until start is pressed', async () => {
    const el = await carousel({autoplay: true, interval: 1});
    await ready(el, 6);
    const rotation = $(el, 'button.rotation') as HTMLButtonElement;
    expect(el.rotating).to.equal(true);
    expect(rotation.textContent!.trim()).to.equal('Stop automatic slide show');
    expect(rotation.hasAttribute('aria-pressed')).to.equal(false);
    expect($(el, '.slides')!.getAttribute('aria-live')).to.equal('off');
    await expectAccessible(el);
    // It rotates, silently.
    await until(() => el.currentIndex >= 1, 'rotation to advance');
    expect($(el, '.announcer')!.textContent!.trim()).to.equal('');

    const before = buttonBefore(el);
    before.focus();
    await sendKeys({press: 'Tab'});
    expect(active(el)).to.equal(rotation);
    expect(el.rotating).to.equal(false);
    expect(rotation.textContent!.trim()).to.equal('Start automatic slide show');
    expect($(el, '.slides')!.getAttribute('aria-live')).to.equal('polite');
    await sendKeys({press: 'Tab'});
    expect(active(el)?.classList.contains('previous')).to.equal(true);
    await sendKeys({press: 'Tab'});
    expect(active(el)?.classList.contains('next')).to.equal(true);

    // Stays stopped, even after focus leaves.
    const at = el.currentIndex;
    before.focus();
    await sleep(2500);
    expect(el.currentIndex).to.equal(at);
    expect(el.rotating).to.equal(false);

    // Start is a deliberate action: rotation resumes with focus still inside.
    rotation.focus();
    await sendKeys({press: 'Enter'});
    expect(el.rotating).to.equal(true);
    await el.updateComplete;
    expect(rotation.textContent!.trim()).to.equal('Stop automatic slide show');
    expect(active(el)).to.equal(rotation);
    await until(() => el.currentIndex !== at, 'rotation to resume');
    await sendKeys({press: 'Enter'});
    expect(el.rotating).to.equal(false);
  });

  it('pauses while the pointer is over it', async () => {
    const el = await carousel({autoplay: true, interval: 1});
    await ready(el, 6);
    const region = $(el, '[part=base]')!;
    region.dispatchEvent(new PointerEvent('pointerenter', {pointerType: 'mouse'}));
    const at = el.currentIndex;
    await sleep(2200);
    expect(el.currentIndex).to.equal(at);
    expect(el.rotating).to.equal(true); // paused, not stopped
    region.dispatchEvent(new PointerEvent('pointerleave', {pointerType: 'mouse'}));
    await until(() => el.currentIndex !== at, 'rotation after the pointer leaves');
  });

  it('prefers-reduced-motion: reduce starts autoplay paused', async () => {
    await emulateMedia({reducedMotion: 'reduce'});
    const el = await carousel({autoplay: true, interval: 1});
    await ready(el, 6);
    expect(el.rotating).to.equal(false);
    expect($(el, 'button.rotation')!.textContent!.trim()).to.equal('Start automatic slide show');
    expect($(el, '.slides')!.getAttribute('aria-live')).to.equal('polite');
    await sleep(1600);
    expect(el.currentIndex).to.equal(0);
    await expectAccessible(el);
    // Switching to reduced motion while rotating stops it too.
    await emulateMedia({reducedMotion: 'no-preference'});
    const other = await carousel({autoplay: true, interval: 5});
    await ready(other, 6);
    expect(other.rotating).to.equal(true);
    await emulateMedia({reducedMotion: 'reduce'});
    await until(() => !other.rotating, 'rotation to stop');
  });

  it('scrolls by dragging with a mouse, and a drag never fires a click', async () => {
    const el = await carousel();
    await ready(el, 6);
    let clicks = 0;
    el.addEventListener('click', () => clicks++);
    const text = $$(el, '.slide')[0].querySelector('.text p')!.getBoundingClientRect();
    const y = Math.round(text.top + 10);
    const x = Math.round(text.left + text.width * 0.8);
    await sendMouse({type: 'move', position: [x, y]});
    await sendMouse({type: 'down'});
    for (let dx = 20; dx <= 240; dx += 20) await sendMouse({type: 'move', position: [x - dx, y]});
    await sendMouse({type: 'up'});
    await resetMouse();
    await until(() => el.currentIndex === 1 && !$$(el, '.slide')[1].inert, 'second story after the drag');
    expect(clicks).to.equal(0);
    expect($(el, '.announcer')!.textContent).to.equal('Story 2 of 6: Learning to ask for help');
  });
});

describe('<peer-story-carousel> stories', () => {
  beforeEach(() => control({reset: true, down: false}));
  afterEach(() => localStorage.removeItem(HIDDEN_WARNINGS_KEY));

  it('shows a content warning first and opens the story on request', async () => {
    const el = await carousel({width: 1000});
    await ready(el, 6);
    const slide = $$(el, '.slide')[2];
    expect(slide.querySelector('h3')!.textContent).to.equal('After the relapse');
    expect(slide.querySelector('.warning')!.textContent).to.contain('Content warning:');
    expect(slide.querySelector('.warning')!.textContent).to.contain('relapse and drug or alcohol use');
    expect(slide.querySelector('.text')).to.equal(null);
    expect(slide.textContent).not.to.contain('midnight');
    await expectAccessible(el);
    (slide.querySelector('button.open-story') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(slide.querySelector('.warning')).to.equal(null);
    expect(slide.querySelector('.text')!.textContent).to.contain('My sponsor picked up the phone at midnight');
    // The button is gone: focus goes to the story it opened, not to <body>.
    const focused = el.shadowRoot!.activeElement;
    expect(focused?.classList.contains('text') ? 'the story text' : String((focused ?? document.activeElement)?.tagName)).to.equal('the story text');
    await expectAccessible(el);
  });

  it('lets readers hide stories by warning, and remembers it', async () => {
    const el = await carousel({width: 1000});
    await ready(el, 6);
    const settings = $(el, 'details.settings') as HTMLDetailsElement;
    settings.open = true;
    const boxes = $$(el, 'details.settings input[type=checkbox]') as HTMLInputElement[];
    expect(boxes.map((b) => b.value)).to.deep.equal(['substance-use', 'relapse', 'overdose']);
    expect(boxes.every((b) => !b.checked)).to.equal(true);
    await expectAccessible(el);
    boxes[0].click();
    await el.updateComplete;
    expect($$(el, '.story h3').map((h) => h.textContent)).to.deep.equal(['The seat next to hers', 'Small mornings', "My brother's voice", 'One year']);
    expect($(el, '.note')!.textContent).to.contain('2 stories are hidden by your content settings.');
    expect(JSON.parse(localStorage.getItem(HIDDEN_WARNINGS_KEY)!)).to.deep.equal(['substance-use']);

    const again = await carousel({width: 1000});
    await ready(again, 4);
    expect($$(again, '.story')).to.have.length(4);
    expect($$(again, 'details.settings input[type=checkbox]').map((b) => (b as HTMLInputElement).checked)).to.deep.equal([true, false, false]);
  });

  it('shares the content settings at once with another carousel on the page and with another tab', async () => {
    const wrap = await fixture(html`<div style="inline-size: 1000px; font-size: 16px">
      <peer-story-carousel api=${API} lang="en" no-submit></peer-story-carousel>
      <peer-story-carousel api=${API} lang="en" layout="list" no-submit></peer-story-carousel>
    </div>`);
    const [a, b] = [...wrap.querySelectorAll('peer-story-carousel')] as PeerStoryCarousel[];
    await ready(a, 6);
    await ready(b, 6);
    const titles = (el: PeerStoryCarousel) => $$(el, '.story h3').map((h) => h.textContent);
    const box = (el: PeerStoryCarousel, w: string) => $(el, `details.settings input[value=${w}]`) as HTMLInputElement;
    box(a, 'substance-use').click();
    await until(() => titles(b).length === 4, 'the other carousel to hide them too');
    expect(titles(b)).to.deep.equal(['The seat next to hers', 'Small mornings', "My brother's voice", 'One year']);
    expect(box(b, 'substance-use').checked).to.equal(true);
    expect($(b, '.note')!.textContent).to.contain('2 stories are hidden by your content settings.');
    // Shown again from the other one.
    box(b, 'substance-use').click();
    await until(() => titles(a).length === 6, 'every story back in the first');
    expect(box(a, 'substance-use').checked).to.equal(false);
    expect(localStorage.getItem(HIDDEN_WARNINGS_KEY)).to.equal(null);
    // Another tab of the same site hides a warning (it writes storage; this page hears a storage
    // event, as the browser sends): both follow without a reload.
    localStorage.setItem(HIDDEN_WARNINGS_KEY, JSON.stringify(['overdose']));
    dispatchEvent(new StorageEvent('storage', {key: HIDDEN_WARNINGS_KEY}));
    await until(() => titles(a).length === 5 && titles(b).length === 5, 'both carousels to follow the other tab');
    expect(titles(a)).not.to.include("My brother's voice");
    expect(box(a, 'overdose').checked).to.equal(true);
    expect(box(b, 'overdose').checked).to.equal(true);
    await expectAccessible(a);
    await expectAccessible(b);
  });

  it('collapses long stories behind "read more"', async () => {
    const el = await carousel();
    await ready(el, 6);
    const first = $$(el, '.slide')[0];
    const button = first.querySelector('button.read-more') as HTMLButtonElement;
    const text = first.querySelector('.text') as HTMLElement;
    expect(button.textContent!.trim()).to.equal('Read more');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(button.getAttribute('aria-controls')).to.equal(text.id);
    expect(text.classList.contains('collapsed')).to.equal(true);
    const collapsedHeight = text.getBoundingClientRect().height;
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(button.textContent!.trim()).to.equal('Show less');
    expect(text.getBoundingClientRect().height).to.be.greaterThan(collapsedHeight);
    // Short stories have no button.
    expect($$(el, '.slide')[3].querySelector('button.read-more')).to.equal(null);
    await expectAccessible(el);
  });

  it('shows name, time in recovery, date and a lazy photo with its alt text', async () => {
    const el = await carousel({width: 1000});
    await ready(el, 6);
    const first = $$(el, '.story')[0];
    expect(first.querySelector('.name')!.textContent).to.equal('— Maya');
    expect(first.querySelector('.recovery')!.textContent).to.equal('1 year, 6 months in recovery');
    expect(first.querySelector('time')!.getAttribute('datetime')).to.equal('2026-03-12');
    expect(first.querySelector('time')!.textContent).to.equal('Shared Mar 12, 2026');
    const img = first.querySelector('img')!;
    expect(img.getAttribute('loading')).to.equal('lazy');
    expect(img.alt).to.equal('A sunrise over a calm lake');
    expect($$(el, '.story')[3].querySelector('.recovery')).to.equal(null); // not given
    expect($$(el, '.story')[5].querySelector('.recovery')!.textContent).to.equal('1 year in recovery');
  });

  it('speaks Spanish', async () => {
    const el = await carousel({lang: 'es', width: 1000});
    await ready(el, 6);
    expect($(el, '[part=base]')!.getAttribute('aria-label')).to.equal('Historias de personas en recuperación');
    expect($(el, '[part=base]')!.getAttribute('aria-roledescription')).to.equal('carrusel');
    expect($(el, '.slide')!.getAttribute('aria-roledescription')).to.equal('diapositiva');
    expect($$(el, '.story')[0].querySelector('.recovery')!.textContent).to.equal('1 año y 6 meses en recuperación');
    expect($$(el, '.story')[1].querySelector('.warning')!.textContent).to.contain('consumo de drogas o alcohol');
    expect($(el, 'button.next')!.getAttribute('aria-label')).to.equal('Historia siguiente');
    expect($(el, '.layout-toggle')!.textContent!.trim()).to.equal('Mostrar todas las historias');
    await expectAccessible(el);
  });

  it('offers a list layout, and a toggle between the two', async () => {
    const el = await carousel({layout: 'list'});
    await ready(el, 6);
    expect($(el, '[aria-roledescription=carousel]')).to.equal(null);
    expect($$(el, '.list > li')).to.have.length(6);
    expect($(el, '[part=base]')!.getAttribute('aria-label')).to.equal('Stories from people in recovery');
    await expectAccessible(el);
    const toggle = $(el, '.layout-toggle') as HTMLButtonElement;
    expect(toggle.textContent!.trim()).to.equal('Show one at a time');
    toggle.click();
    await el.updateComplete;
    expect(el.currentLayout).to.equal('carousel');
    expect($(el, '[aria-roledescription=carousel]')).not.to.equal(null);
    ($(el, '.layout-toggle') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(el.currentLayout).to.equal('list');
    expect($$(el, '.slide')).to.have.length(0);
  });

  it('is usable at 320 px and at 200 % zoom: nothing wider than the page, stories not clipped', async () => {
    const wrap = await fixture(html`<div style="inline-size: 320px; font-size: 32px">
      <peer-story-carousel api=${API} lang="en"></peer-story-carousel>
    </div>`);
    const el = wrap.querySelector('peer-story-carousel') as PeerStoryCarousel;
    await ready(el, 6);
    const box = el.getBoundingClientRect();
    expect(box.width).to.be.at.most(320);
    for (const node of el.shadowRoot!.querySelectorAll<HTMLElement>('button, summary, .controls, .footer, .share-bar')) {
      if ((node.closest('.slide') as HTMLElement | null)?.inert) continue; // off-screen stories are scrolled away
      const r = node.getBoundingClientRect();
      expect(r.right, node.className).to.be.at.most(box.right + 0.5);
      expect(r.left, node.className).to.be.at.least(box.left - 0.5);
    }
    const slide = $$(el, '.slide')[0];
    const scroller = $(el, '.slides')!;
    await until(() => scroller.getBoundingClientRect().height >= slide.getBoundingClientRect().height, 'wrapper as tall as the story');
    (slide.querySelector('button.read-more') as HTMLButtonElement).click();
    await until(() => scroller.getBoundingClientRect().height >= slide.getBoundingClientRect().height && slide.getBoundingClientRect().height > 600, 'wrapper grows with the opened story');
    await expectAccessible(el);
  });

  it('renders every field of a hostile story as text', async () => {
    const w = window as unknown as {__xss?: number};
    delete w.__xss;
    const el = await carousel({src: '/test/fixtures/stories/xss.json'});
    await ready(el, 1);
    const story = $(el, '.story')!;
    expect(story.querySelector('h3')!.textContent).to.equal('<script>window.__xss=1</script>Title');
    expect(story.querySelector('.text')!.textContent).to.contain('<img src=x onerror="window.__xss=1"> body <b>bold</b>');
    expect(story.querySelector('.name')!.textContent).to.contain('<i onmouseover="window.__xss=1">Eve</i>');
    expect(el.shadowRoot!.querySelectorAll('script, b, i, [onerror], [onmouseover]')).to.have.length(0);
    const img = story.querySelector('img')!;
    expect(img.alt).to.equal('"><script>window.__xss=1</script>');
    expect(img.getAttributeNames().sort()).to.deep.equal(['alt', 'class', 'decoding', 'draggable', 'loading', 'part', 'src']);
    await sleep(100);
    expect(w.__xss).to.equal(undefined);
    await expectAccessible(el);
  });
});
