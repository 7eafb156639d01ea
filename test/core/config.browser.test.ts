import {expect, fixture, html} from '@open-wc/testing';
import {LitElement} from 'lit';
import {PeerElement} from '../../src/core/peer-element.js';
import '../../src/elements/config/peer-config.js';
import {defineElement} from '../../src/core/define.js';
import {attachContextRoot} from '../../src/core/context-root.js';
import type {PeerConfigElement} from '../../src/elements/config/config.js';
import {expectAccessible} from '../support/a11y.js';

/** A probe element that shows what it received. */
class ProbeElement extends PeerElement {
  override render() {
    return html`<p>${this.locale.lang}|${this.config.api ?? ''}|${this.effectiveTheme}|${this.effectiveTimezone}|${this.coreText.retry}</p>`;
  }
}
defineElement('test-probe', ProbeElement);
const text = (el: Element) => el.shadowRoot!.querySelector('p')!.textContent!;
const next = () => new Promise((r) => setTimeout(r, 0));

describe('<peer-config> and context', () => {
  it('provides api, lang, theme and timezone to nested elements, deep inside other markup and shadow roots', async () => {
    const root = await fixture<PeerConfigElement>(html`<peer-config api="https://x.example/api" lang="es" theme="dark" timezone="America/Chicago">
      <section><div><test-probe></test-probe></div></section>
    </peer-config>`);
    const probe = root.querySelector('test-probe') as ProbeElement;
    await probe.updateComplete;
    expect(text(probe)).to.equal('es|https://x.example/api|dark|America/Chicago|Intentar de nuevo');
    expect(probe.dataset.theme).to.equal('dark');
    await expectAccessible(root);
  });

  it('updates descendants when the configuration changes', async () => {
    const root = await fixture<PeerConfigElement>(html`<peer-config api="/a"><test-probe></test-probe></peer-config>`);
    const probe = root.querySelector('test-probe') as ProbeElement;
    root.api = '/b';
    root.theme = 'light';
    await root.updateComplete;
    await probe.updateComplete;
    expect(text(probe)).to.contain('|/b|light|');
  });

  it("lets an element's own attributes win over the configuration", async () => {
    const root = await fixture(html`<peer-config lang="es" theme="dark"><test-probe lang="en" theme="light"></test-probe></peer-config>`);
    const probe = root.querySelector('test-probe') as ProbeElement;
    await probe.updateComplete;
    expect(text(probe).startsWith('en|')).to.equal(true);
    expect(probe.effectiveTheme).to.equal('light');
  });

  it('nested configurations inherit what they do not set', async () => {
    const root = await fixture(html`<peer-config api="/outer" theme="dark"><peer-config lang="es"><test-probe></test-probe></peer-config></peer-config>`);
    const probe = root.querySelector('test-probe') as ProbeElement;
    await probe.updateComplete;
    await next();
    await probe.updateComplete;
    expect(text(probe)).to.match(/^es\|\/outer\|dark\|/);
  });

  it('reaches an element registered after the page was built (late-loading script)', async () => {
    attachContextRoot();
    const root = await fixture(html`<peer-config api="/late" lang="es"><test-late-probe></test-late-probe></peer-config>`);
    class LateProbe extends ProbeElement {}
    defineElement('test-late-probe', LateProbe);
    const probe = root.querySelector('test-late-probe') as ProbeElement;
    await probe.updateComplete;
    await next();
    expect(text(probe)).to.match(/^es\|\/late\|/);
  });

  it('reaches an element when <peer-config> itself upgrades late (ContextRoot)', async () => {
    attachContextRoot();
    const root = await fixture(html`<test-late-config api="/cfg"><test-probe></test-probe></test-late-config>`);
    const probe = root.querySelector('test-probe') as ProbeElement;
    await probe.updateComplete;
    expect(text(probe)).to.contain('||'); // nothing yet
    const {PeerConfigElement} = await import('../../src/elements/config/config.js');
    defineElement('test-late-config', class extends PeerConfigElement {});
    await next();
    await probe.updateComplete;
    expect(text(probe)).to.contain('|/cfg|');
  });

  it('a second definition of a tag warns and does not throw', async () => {
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...a: unknown[]) => warnings.push(a.join(' '));
    try {
      defineElement('test-probe', class extends LitElement {});
    } finally {
      console.warn = original;
    }
    expect(String(warnings[0])).to.contain('already defined');
  });
});

describe('locale resolution', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'en'));

  it('uses the element lang, then the nearest ancestor, then <html lang>', async () => {
    document.documentElement.lang = 'es-MX';
    const wrapper = await fixture(html`<div>
      <test-probe id="a"></test-probe>
      <div lang="en-GB"><test-probe id="b"></test-probe></div>
      <test-probe id="c" lang="es"></test-probe>
    </div>`);
    const [a, b, c] = ['a', 'b', 'c'].map((id) => wrapper.querySelector(`#${id}`) as ProbeElement);
    await Promise.all([a, b, c].map((p) => p.updateComplete));
    expect(a.locale).to.deep.equal({lang: 'es', tag: 'es-MX', dir: 'ltr'});
    expect(b.locale).to.deep.equal({lang: 'en', tag: 'en-GB', dir: 'ltr'});
    expect(c.locale.lang).to.equal('es');
  });

  it('falls back from an unsupported language to the next candidate, the browser’s languages, then English', async () => {
    document.documentElement.lang = 'es';
    const el = await fixture<ProbeElement>(html`<test-probe lang="hi"></test-probe>`);
    expect(el.locale.lang).to.equal('es');
    document.documentElement.lang = 'sw';
    const el2 = await fixture<ProbeElement>(html`<test-probe lang="hi"></test-probe>`);
    // The test browser prefers en-US.
    expect(el2.locale).to.deep.equal({lang: 'en', tag: navigator.language, dir: 'ltr'});
  });

  it('sets dir from the language, and leaves a dir the page set alone', async () => {
    const wrapper = await fixture(html`<div dir="rtl" lang="ar">
      <test-probe id="a"></test-probe>
      <test-probe id="b" lang="en"></test-probe>
      <test-probe id="c" lang="fa" dir="ltr"></test-probe>
    </div>`);
    const [a, b, c] = ['a', 'b', 'c'].map((id) => wrapper.querySelector(`#${id}`) as ProbeElement);
    await Promise.all([a, b, c].map((p) => p.updateComplete));
    expect(a.getAttribute('dir')).to.equal('rtl');
    expect(b.getAttribute('dir')).to.equal('ltr', 'English text in an Arabic page reads left to right');
    expect(c.getAttribute('dir')).to.equal('ltr', 'the page’s own dir on the element wins');
    a.lang = 'de';
    await a.updateComplete;
    expect(a.getAttribute('dir')).to.equal('ltr');
  });

  it('re-renders when <html lang> changes', async () => {
    document.documentElement.lang = 'en';
    const el = await fixture<ProbeElement>(html`<test-probe></test-probe>`);
    expect(text(el)).to.contain('Try again');
    document.documentElement.lang = 'es';
    await next();
    await el.updateComplete;
    expect(text(el)).to.contain('Intentar de nuevo');
  });

  it('crosses shadow roots to find the lang of a host', async () => {
    const host = await fixture(html`<div lang="es"></div>`);
    const shadow = host.attachShadow({mode: 'open'});
    const probe = document.createElement('test-probe') as ProbeElement;
    shadow.append(probe);
    await probe.updateComplete;
    expect(probe.locale.lang).to.equal('es');
  });
});
