/**
 * AutoplayController (src/controllers/autoplay.ts) on a bare LitElement host laid out as a carousel
 * uses it: a region with the stop / start button and another button inside, one before it.
 */
import {fixture, html, expect} from '@open-wc/testing';
import {LitElement, html as lit} from 'lit';
import {sendKeys, sendMouse, resetMouse} from '@web/test-runner-commands';
import {until} from '../support/a11y.js';
import {AutoplayController} from '../../src/controllers/autoplay.js';

/** A stand-in for `matchMedia('(prefers-reduced-motion: reduce)')` that a test can switch. */
function fakeMotion(matches: boolean) {
  const list = Object.assign(new EventTarget(), {matches, media: '(prefers-reduced-motion: reduce)'});
  return {
    list: list as unknown as MediaQueryList,
    set(on: boolean) {
      list.matches = on;
      list.dispatchEvent(Object.assign(new Event('change'), {matches: on}));
    },
  };
}

let motion = fakeMotion(false);

class RotatingHost extends LitElement {
  static override properties = {autoplay: {type: Boolean}, slides: {type: Number}};
  declare autoplay: boolean;
  declare slides: number;
  steps = 0;
  readonly motion = motion;
  readonly rotation = new AutoplayController(this, {
    enabled: () => this.autoplay,
    match: () => this.motion.list,
    interval: () => 10,
    canAdvance: () => this.slides > 1,
    advance: () => this.steps++,
  });

  constructor() {
    super();
    this.autoplay = false;
    this.slides = 3;
  }

  override render() {
    const r = this.rotation;
    return lit`<button class="before">before</button>
      <section @focusin=${r.onFocusIn} @pointerenter=${r.onPointerEnter} @pointerleave=${r.onPointerLeave}>
        <button class="rotation" @pointerdown=${r.onButtonPointerDown} @click=${() => r.toggle()}>${r.rotating ? 'Stop' : 'Start'}</button>
        <button class="next">Next</button>
      </section>`;
  }
}
customElements.define('tx-rotating-host', RotatingHost);

const $ = (el: RotatingHost, selector: string) => el.shadowRoot!.querySelector(selector) as HTMLElement;
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function host(opts: {autoplay?: boolean; reduced?: boolean} = {}) {
  motion = fakeMotion(!!opts.reduced);
  const el = await fixture<RotatingHost>(html`<tx-rotating-host ?autoplay=${opts.autoplay}></tx-rotating-host>`);
  await el.updateComplete;
  return el;
}

async function click(el: RotatingHost, selector: string) {
  const r = $(el, selector).getBoundingClientRect();
  await sendMouse({type: 'click', position: [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)]});
  await resetMouse();
  await el.updateComplete;
}

describe('AutoplayController', () => {
  it('rotates only once autoplay is asked for, and never with one slide or once the host is gone', async () => {
    const el = await host();
    expect(el.rotation.rotating).to.equal(false);
    expect(el.rotation.scheduled).to.equal(false);
    el.autoplay = true;
    await el.updateComplete;
    expect(el.rotation.rotating).to.equal(true);
    expect($(el, '.rotation').textContent).to.equal('Stop');
    await until(() => el.steps >= 3, 'three steps');
    el.slides = 1;
    await el.updateComplete;
    expect(el.rotation.scheduled, 'one slide: nothing to rotate').to.equal(false);
    el.slides = 3;
    await el.updateComplete;
    expect(el.rotation.scheduled).to.equal(true);
    el.remove();
    expect(el.rotation.scheduled, 'disconnected').to.equal(false);
    const steps = el.steps;
    await pause(50);
    expect(el.steps).to.equal(steps);
  });

  it('pauses while a mouse is over the region (not for a touch), and goes on when it leaves', async () => {
    const el = await host({autoplay: true});
    const region = $(el, 'section');
    region.dispatchEvent(new PointerEvent('pointerenter', {pointerType: 'touch'}));
    expect(el.rotation.scheduled, 'a touch does not pause').to.equal(true);
    region.dispatchEvent(new PointerEvent('pointerenter', {pointerType: 'mouse'}));
    expect(el.rotation.scheduled).to.equal(false);
    expect(el.rotation.rotating, 'paused, not stopped').to.equal(true);
    const steps = el.steps;
    await pause(50);
    expect(el.steps).to.equal(steps);
    region.dispatchEvent(new PointerEvent('pointerleave', {pointerType: 'mouse'}));
    await until(() => el.steps > steps, 'a step after the pointer left');
  });

  it('stops for good when focus enters the region, until the visitor presses start', async () => {
    const el = await host({autoplay: true});
    ($(el, '.before') as HTMLButtonElement).focus();
    await sendKeys({press: 'Tab'});
    expect(el.shadowRoot!.activeElement).to.equal($(el, '.rotation'));
    expect(el.rotation.rotating).to.equal(false);
    await sendKeys({press: 'Tab'});
    ($(el, '.before') as HTMLButtonElement).focus();
    await el.updateComplete;
    expect(el.rotation.rotating, 'focus left: still stopped').to.equal(false);
    expect(el.rotation.scheduled).to.equal(false);
    expect($(el, '.rotation').textContent).to.equal('Start');
    // Start is a deliberate action: it rotates with focus inside.
    ($(el, '.rotation') as HTMLButtonElement).focus();
    await sendKeys({press: 'Enter'});
    await el.updateComplete;
    expect(el.rotation.rotating).to.equal(true);
    const steps = el.steps;
    await until(() => el.steps > steps, 'rotation to go on');
  });

  it('a mouse press on stop stops it (the focus that press gives the button is not taken for a second stop)', async () => {
    const el = await host({autoplay: true});
    await click(el, '.rotation');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '.rotation'));
    expect(el.rotation.rotating).to.equal(false);
    await click(el, '.rotation');
    expect(el.rotation.rotating, 'and start starts it').to.equal(true);
    // Any other press in the region is focus entering: it stops.
    await click(el, '.next');
    expect(el.rotation.rotating).to.equal(false);
  });

  it('reduced motion: starts stopped (start still works), and stops a rotation when turned on', async () => {
    const still = await host({autoplay: true, reduced: true});
    expect(still.rotation.rotating).to.equal(false);
    expect(still.rotation.scheduled).to.equal(false);
    still.rotation.toggle();
    await still.updateComplete;
    expect(still.rotation.rotating, "the visitor's choice wins").to.equal(true);

    const moving = await host({autoplay: true});
    expect(moving.rotation.rotating).to.equal(true);
    moving.motion.set(true);
    await moving.updateComplete;
    expect(moving.rotation.rotating).to.equal(false);
    expect(moving.rotation.scheduled).to.equal(false);
    moving.motion.set(false);
    await moving.updateComplete;
    expect(moving.rotation.rotating, 'turning it off again does not restart it').to.equal(false);
  });
});
