/**
 * Language choice and a site's rewording (`strings`), as a visitor sees them: the question box in
 * the language the page asks for, the site's words in place of peerkit's, nothing else changed.
 */
import {expect, fixture, html} from '@open-wc/testing';
import '../../src/elements/question-box/peer-question-box.js';
import '../../src/elements/config/peer-config.js';
import type {PeerQuestionBox} from '../../src/elements/question-box/question-box.js';
import {apiOf, newNs, text, type} from '../support/question-box.js';
import {$} from '../support/a11y.js';

const heading = (el: Element) => text($(el, 'h2'));
const count = (el: Element) => text($(el, '#question-count'));

async function box(markup: ReturnType<typeof html>) {
  const wrapper = await fixture<HTMLElement>(markup);
  const el = (wrapper.matches('peer-question-box') ? wrapper : wrapper.querySelector('peer-question-box')) as PeerQuestionBox;
  await el.updateComplete;
  return el;
}

describe('language choice', () => {
  it('takes the own lang, then <peer-config lang>, then the nearest lang ancestor; a tag peerkit does not ship falls through', async () => {
    const api = apiOf(newNs());
    expect(heading(await box(html`<peer-question-box api=${api} lang="fr" no-public-list></peer-question-box>`))).to.equal('Poser une question');
    expect(heading(await box(html`<div lang="de"><peer-config lang="ja"><peer-question-box api=${api} no-public-list></peer-question-box></peer-config></div>`))).to.equal(
      heading(await box(html`<peer-question-box api=${api} lang="ja" no-public-list></peer-question-box>`)),
    );
    expect(heading(await box(html`<div lang="pt-PT"><peer-question-box api=${api} no-public-list></peer-question-box></div>`))).to.equal(heading(await box(html`<peer-question-box api=${api} lang="pt" no-public-list></peer-question-box>`)));
    const hindi = await box(html`<div lang="hi"><peer-question-box api=${api} no-public-list></peer-question-box></div>`);
    // `hi` is not shipped: the next candidate is the browser's language (en-US in the test browser).
    expect(heading(hindi)).to.equal('Ask a question');
  });

  it('switches language when the attribute changes, and writes numbers as the language does', async () => {
    const el = await box(html`<peer-question-box api=${apiOf(newNs())} lang="en" no-public-list></peer-question-box>`);
    await type(el, 'x'.repeat(12));
    expect(count(el)).to.equal('12 of 2,000 characters');
    el.lang = 'fa';
    await el.updateComplete;
    expect(el.getAttribute('dir')).to.equal('rtl');
    expect(count(el)).to.contain('۲٬۰۰۰');
    el.lang = 'de';
    await el.updateComplete;
    expect(el.getAttribute('dir')).to.equal('ltr');
    expect(count(el)).to.contain('2.000');
  });
});

describe('strings: a site rewords any string', () => {
  it('replaces a string, a string made from values ({0}) and plural forms, per language', async () => {
    const strings = JSON.stringify({
      en: {'questionBox.title': 'Ask our peer team', 'questionBox.count': '{0} / {1}'},
      es: {'questionBox.title': 'Pregunta a nuestro equipo'},
    });
    const el = await box(html`<peer-question-box api=${apiOf(newNs())} strings=${strings} no-public-list></peer-question-box>`);
    await type(el, 'x'.repeat(12));
    expect(heading(el)).to.equal('Ask our peer team');
    expect(count(el)).to.equal('12 / 2,000');
    el.lang = 'es';
    await el.updateComplete;
    expect(heading(el)).to.equal('Pregunta a nuestro equipo');
    expect(count(el)).to.not.contain('/', 'Spanish was not reworded: its own count');
    el.lang = 'fr';
    await el.updateComplete;
    expect(heading(el)).to.equal('Poser une question');
  });

  it('<peer-config strings> applies to every widget inside; a widget’s own strings win; nested configs merge', async () => {
    const api = apiOf(newNs());
    const wrapper = await fixture<HTMLElement>(html`<peer-config strings=${JSON.stringify({en: {'questionBox.title': 'Outer', 'questionBox.submit': 'Send it'}})}>
      <peer-config strings=${JSON.stringify({en: {'questionBox.title': 'Inner'}})}>
        <peer-question-box id="a" api=${api} no-public-list></peer-question-box>
        <peer-question-box id="b" api=${api} no-public-list strings=${JSON.stringify({en: {'questionBox.title': 'Own'}})}></peer-question-box>
      </peer-config>
    </peer-config>`);
    const [a, b] = ['#a', '#b'].map((s) => wrapper.querySelector(s) as PeerQuestionBox);
    await a.updateComplete;
    await b.updateComplete;
    expect(heading(a)).to.equal('Inner');
    expect(heading(b)).to.equal('Own');
    expect(text($(a, 'button[type="submit"]'))).to.equal('Send it');
  });

  it('warns once about an unknown key, a wrong type or bad JSON, and keeps peerkit’s words', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
    try {
      const strings = JSON.stringify({en: {'questionBox.titel': 'Typo', 'questionBox.title': 42, 'nonsense.key': 'x'}, xx: {}});
      const el = await box(html`<peer-question-box api=${apiOf(newNs())} strings=${strings} no-public-list></peer-question-box>`);
      el.requestUpdate();
      await el.updateComplete;
      expect(heading(el)).to.equal('Ask a question');
      const bad = await box(html`<peer-question-box api=${apiOf(newNs())} strings="{not json" no-public-list></peer-question-box>`);
      expect(heading(bad)).to.equal('Ask a question');
      const joined = warnings.join('\n');
      expect(joined).to.contain('"questionBox.titel" is not a string of questionBox');
      expect(joined).to.contain('"questionBox.title" has the wrong type (number)');
      expect(joined).to.contain('"nonsense.key" names no table');
      expect(joined).to.contain('"xx" is not a language peerkit ships');
      expect(joined).to.contain('not JSON');
      expect(warnings.filter((w) => w.includes('questionBox.titel')).length).to.equal(1, 'once, not per render');
    } finally {
      console.warn = original;
    }
  });
});
