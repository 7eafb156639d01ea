import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../../../src/elements/question-box/peer-question-box.js';
import type {PeerQuestionBox} from '../../../src/elements/question-box/question-box.js';
import {OutboxWriteController} from '../../../src/controllers/outbox-write.js';
import {expectAccessible, until, $, $$} from '../../support/a11y.js';
import {apiOf, button, control, mount, newNs, received, settle, submit, text, type} from '../../support/question-box.js';

describe('<peer-question-box>', () => {
  beforeEach(() => {
    OutboxWriteController.minTokenAgeMs = 0;
  });

  it('renders a calm form: question, live count, visibility choice, what we store, hidden honeypot', async () => {
    const ns = newNs();
    const el = await mount(ns, {topics: 'family, relapse'});
    expect(text($(el, 'label[for="question"]'))).to.equal('Your question');
    expect(text($(el, '#question-count'))).to.equal('0 of 2,000 characters');
    await type(el, 'Hello there');
    expect(text($(el, '#question-count'))).to.equal('11 of 2,000 characters');
    expect(($(el, '#private') as HTMLInputElement).checked).to.equal(true);
    expect(text($(el, '.store'))).to.contain('no IP address');
    const options = $$(el, '#topic option').map((o) => text(o));
    expect(options).to.deep.equal(['No particular topic', 'family', 'relapse']);
    const fax = $(el, '#fax')!;
    expect(fax.closest('[aria-hidden="true"]')).to.not.equal(null);
    expect(fax.getAttribute('tabindex')).to.equal('-1');
    expect(fax.getBoundingClientRect().right).to.be.below(0);
    expect($(el, '.crisis')).to.equal(null);
    await expectAccessible(el);
  });

  it('shows the crisis help panel as soon as the draft suggests a crisis, without blocking submission (English)', async () => {
    const el = await mount(newNs());
    await type(el, 'Some days I feel like I want to end it all');
    const panel = $(el, '[part="crisis"]')!;
    expect(panel.getAttribute('role')).to.equal('region');
    expect(text(panel.querySelector('h3'))).to.equal('You do not have to go through this alone');
    const hrefs = [...panel.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).to.include.members(['tel:988', 'sms:988', 'https://988lifeline.org/chat/', 'tel:+18006624357', 'tel:911']);
    expect(text(panel)).to.contain('1-800-662-4357');
    expect(panel.querySelector('[role="alert"]')).to.equal(null);
    expect(($(el, 'button[type="submit"]') as HTMLButtonElement).disabled).to.equal(false);
    await expectAccessible(el);
    await type(el, 'Just a regular question about meetings');
    expect($(el, '[part="crisis"]')).to.equal(null);
  });

  it('shows the crisis help panel in Spanish (988, press 2)', async () => {
    const el = await mount(newNs(), {lang: 'es'});
    await type(el, 'A veces quiero morir y no sé qué hacer');
    const panel = $(el, '[part="crisis"]')!;
    expect(text(panel.querySelector('h3'))).to.equal('No tienes que pasar por esto solo');
    expect(text(panel)).to.contain('marca 2');
    expect(text(panel)).to.contain('Llamar al 911');
    await expectAccessible(el);
  });

  it('uses the site crisis lines for its region, and a generic line for an unknown region', async () => {
    const el = await mount(newNs());
    el.crisisRegion = 'uk';
    el.crisisLines = {uk: {en: [{name: 'Samaritans', description: 'Call 116 123', actions: [{label: 'Call 116 123', href: 'tel:116123'}, {label: 'Bad', href: 'javascript:alert(1)'}]}]}};
    await type(el, 'I think about suicide a lot');
    const panel = $(el, '[part="crisis"]')!;
    expect(text(panel)).to.contain('Samaritans');
    expect([...panel.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['tel:116123']);
    el.crisisRegion = 'zz';
    await el.updateComplete;
    expect(text($(el, '[part="crisis"]'))).to.contain('call your local emergency number');
    await expectAccessible(el);
  });

  it('takes the site’s crisis lines from the crisis-lines attribute too (the property’s shape, as JSON)', async () => {
    const lines = {uk: {en: [{name: 'Samaritans', description: 'Call 116 123, free, day or night', actions: [{label: 'Call 116 123', href: 'tel:116123'}, {label: 'Bad', href: 'javascript:alert(1)'}]}]}};
    const el = await fixture<PeerQuestionBox>(html`<peer-question-box api=${apiOf(newNs())} lang="en" crisis-region="uk" crisis-lines=${JSON.stringify(lines)} no-public-list></peer-question-box>`);
    await el.updateComplete;
    await type(el, 'I think about suicide a lot');
    const panel = $(el, '[part="crisis"]')!;
    expect(text(panel.querySelector('h4'))).to.equal('Samaritans');
    expect([...panel.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['tel:116123']);
    await expectAccessible(el);
  });

  it('refuses a question that is too short, with a message tied to the field', async () => {
    const ns = newNs();
    const el = await mount(ns);
    await type(el, 'short');
    await submit(el);
    const ta = $(el, '#question')!;
    expect(ta.getAttribute('aria-invalid')).to.equal('true');
    expect(ta.getAttribute('aria-describedby')).to.contain('question-error');
    expect(text($(el, '#question-error'))).to.contain('at least 10 characters');
    await expectAccessible(el);
    await settle();
    expect(await received(ns)).to.have.length(0);
  });

  it('warns about personal information before sending: edit, or send anyway', async () => {
    const ns = newNs();
    const el = await mount(ns);
    await type(el, 'My name is Maria and you can call me at 555-123-4567 or maria@example.org');
    await submit(el);
    const warning = $(el, '.warning')!;
    expect(text(warning.querySelector('h3'))).to.equal('Before you send: this might identify you');
    expect([...warning.querySelectorAll('li')].map(text)).to.deep.equal(['a name', 'a phone number', 'an email address']);
    await expectAccessible(el);
    button(el, 'Edit my question').click();
    await el.updateComplete;
    await until(() => el.shadowRoot!.activeElement?.id === 'question', 'focus back in the question');
    expect($(el, '.warning')).to.equal(null);
    await submit(el);
    button(el, 'Send anyway').click();
    await until(() => $(el, '[part="receipt-code"]'), 'receipt');
    const got = await received(ns);
    expect(got).to.have.length(1);
    expect(got[0].body).to.contain('Maria');
  });

  it('submits through the outbox (submitting state), then shows the receipt large with copy, save and how to come back', async () => {
    OutboxWriteController.minTokenAgeMs = 1500; // the form token's minimum age holds the question for a moment
    const ns = newNs();
    const el = await mount(ns, {topics: 'family, relapse'});
    let submitted: unknown;
    el.addEventListener('peer-question-submit', (e) => (submitted = (e as CustomEvent).detail));
    await type(el, 'How do I tell my family that I relapsed?');
    const select = $(el, '#topic') as HTMLSelectElement;
    select.value = 'relapse';
    select.dispatchEvent(new Event('change'));
    ($(el, '#publish') as HTMLInputElement).click();
    await submit(el);
    await el.updateComplete;
    expect($(el, 'form[part="form"]')!.getAttribute('aria-busy')).to.equal('true');
    expect(text($(el, '[role="status"]'))).to.equal('Sending your question…');
    await expectAccessible(el);
    await until(() => $(el, '[part="receipt-code"]'), 'receipt', 8000);
    expect(text($(el, '[part="receipt-code"]'))).to.equal('QA01-M3XD-9TRV-2PWA');
    expect(el.shadowRoot!.activeElement?.id).to.equal('receipt-title');
    expect(text($(el, '[part="receipt"]'))).to.contain('Check my answer');
    const [body] = await received(ns);
    expect(body).to.include({body: 'How do I tell my family that I relapsed?', topic: 'relapse', publish_ok: true, lang: 'en', fax: '', form_token: 'tok-1'});
    expect(body.idempotency_key).to.be.a('string');
    expect(submitted).to.deep.equal({topic: 'relapse', publishOk: true});
    await expectAccessible(el);
    button(el, 'Copy code').click();
    await until(() => text($(el, '[part="receipt"] [role="status"]')), 'copy status');
    // "Save as a note" downloads a text file with the code.
    let downloaded: {name: string; href: string} | undefined;
    const origClick = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      downloaded = {name: this.download, href: this.href};
    };
    try {
      button(el, 'Save as a note').click();
    } finally {
      HTMLAnchorElement.prototype.click = origClick;
    }
    expect(downloaded?.name).to.equal('question-receipt.txt');
    expect(await (await fetch(downloaded!.href)).text()).to.contain('QA01-M3XD-9TRV-2PWA');
    button(el, 'Ask another question').click();
    await el.updateComplete;
    expect(($(el, '#question') as HTMLTextAreaElement).value).to.equal('');
  });

  it('keeps a question written offline on the device, then sends it exactly once (also after a reload) and shows the receipt', async () => {
    const ns = newNs();
    const el = await mount(ns);
    await settle(); // the form token arrived
    await control(ns, {down: true});
    await type(el, 'Can I still go to a meeting if I drank last night?');
    await submit(el);
    await until(() => $(el, '#queued-title'), 'queued notice', 8000);
    expect(text($(el, '.notice'))).to.contain('Your question is saved on this device and will be sent automatically when you’re back online');
    await expectAccessible(el);
    // The visitor closes the page; it comes back online and they open it again.
    el.remove();
    await control(ns, {down: false});
    const again = await mount(ns);
    await until(() => $(again, '[part="receipt-code"]'), 'receipt after reload', 10000);
    expect(text($(again, '[part="receipt-code"]'))).to.equal('QA01-M3XD-9TRV-2PWA');
    await settle();
    const got = await received(ns);
    expect(got).to.have.length(1);
    expect(got[0].body).to.equal('Can I still go to a meeting if I drank last night?');
    // Shown once, for that visit: the next reload (the next person at this computer) does not see it.
    again.remove();
    const third = await mount(ns);
    await settle();
    await third.updateComplete;
    expect($(third, '[part="receipt-code"]')).to.equal(null);
    expect(($(third, '#question') as HTMLTextAreaElement).value).to.equal('');
  });

  it('a rate-limited send that answers the server’s challenge keeps saying "Sending", never "when you’re back online"', async () => {
    const ns = newNs();
    await control(ns, {challenge: true});
    const el = await mount(ns);
    // Every state the box goes through, however briefly.
    const seen = new Set<string>();
    const watch = new MutationObserver(() => {
      if ($(el, '#queued-title')) seen.add('queued');
      if ($(el, '[part="receipt-code"]')) seen.add('receipt');
    });
    watch.observe(el.shadowRoot!, {childList: true, subtree: true, characterData: true});
    try {
      await type(el, 'How do I tell my family that I relapsed?');
      await submit(el);
      await until(() => $(el, '[part="receipt-code"]'), 'receipt', 8000);
    } finally {
      watch.disconnect();
    }
    expect([...seen]).to.deep.equal(['receipt']);
    const [body] = await received(ns);
    expect((body.pow as {number: number}).number).to.equal(7);
  });

  it('"Try sending now" sends a queued question when the server is back', async () => {
    const ns = newNs();
    const el = await mount(ns);
    await settle();
    await control(ns, {down: true});
    await type(el, 'A question sent while the server is down');
    await submit(el);
    await until(() => $(el, '#queued-title'), 'queued notice', 8000);
    await control(ns, {down: false});
    button(el, 'Try sending now').click();
    await until(() => $(el, '[part="receipt-code"]'), 'receipt', 8000);
    expect(await received(ns)).to.have.length(1);
  });

  it('shows a clear message when the server refuses the question, and keeps the text', async () => {
    const ns = newNs();
    await control(ns, {refuse: {status: 422, body: {error: 'invalid', message: 'body too short'}}});
    const el = await mount(ns, {lang: 'es'});
    await type(el, 'Una pregunta que el servidor rechaza');
    await submit(el);
    await until(() => $(el, '#refused-title'), 'refusal', 8000);
    expect(text($(el, '#refused-title'))).to.equal('Tu pregunta no fue aceptada');
    expect(text($(el, '.refused'))).to.contain('entre 10 y 2000 caracteres');
    expect(($(el, '#question') as HTMLTextAreaElement).value).to.equal('Una pregunta que el servidor rechaza');
    await expectAccessible(el);
  });

  it('keeps the draft across a reload', async () => {
    const ns = newNs();
    const el = await mount(ns);
    await type(el, 'A draft I have not sent yet');
    ($(el, '#publish') as HTMLInputElement).click();
    await new Promise((r) => setTimeout(r, 400));
    el.remove();
    const again = await mount(ns);
    await until(() => ($(again, '#question') as HTMLTextAreaElement).value === 'A draft I have not sent yet', 'draft restored');
    expect(($(again, '#publish') as HTMLInputElement).checked).to.equal(true);
  });

  it('checks an answer with a receipt code typed loosely, rendering the answer as text', async () => {
    const el = await mount(newNs());
    ($(el, '#tab-check') as HTMLButtonElement).click();
    await el.updateComplete;
    const input = $(el, '#code') as HTMLInputElement;
    input.value = ' k7qh m3xd 9trv2pwa ';
    input.dispatchEvent(new Event('input'));
    ($(el, '[part="lookup"] button[type="submit"]') as HTMLButtonElement).click();
    await until(() => $(el, '.result'), 'result');
    const result = $(el, '.result')!;
    expect(text(result)).to.contain('Your question has been answered.');
    expect(text(result.querySelector('.answer'))).to.equal('Thank you for asking. <img src=x onerror="window.__xss=1"><script>window.__xss=1</script>');
    expect(result.querySelector('img, script')).to.equal(null);
    expect(text(result)).to.contain('Answered by a peer supporter');
    expect(text(result)).to.contain('Nov 20, 2026');
    expect((window as unknown as {__xss?: number}).__xss).to.equal(undefined);
    await expectAccessible(el);
  });

  it('says "We couldn\'t find that code" for an unknown receipt', async () => {
    const el = await mount(newNs());
    ($(el, '#tab-check') as HTMLButtonElement).click();
    await el.updateComplete;
    const input = $(el, '#code') as HTMLInputElement;
    input.value = 'AAAA-BBBB-CCCC-DDDD';
    input.dispatchEvent(new Event('input'));
    ($(el, '[part="lookup"] button[type="submit"]') as HTMLButtonElement).click();
    await until(() => $(el, '#lookup-result'), 'not found');
    expect(text($(el, '#lookup-result'))).to.contain('We couldn’t find that code');
    expect($(el, '#code')!.getAttribute('aria-invalid')).to.equal('true');
    await expectAccessible(el);
  });

  it('is usable with the keyboard: arrow keys move between tabs, Tab reaches the form', async () => {
    const el = await mount(newNs());
    ($(el, '#tab-ask') as HTMLButtonElement).focus();
    await sendKeys({press: 'ArrowRight'});
    await el.updateComplete;
    await until(() => el.shadowRoot!.activeElement?.id === 'tab-check', 'focus on the check tab');
    expect($(el, '#tab-check')!.getAttribute('aria-selected')).to.equal('true');
    expect($(el, '#code')).to.not.equal(null);
    await sendKeys({press: 'ArrowLeft'});
    await until(() => el.shadowRoot!.activeElement?.id === 'tab-ask', 'focus back on the ask tab');
    await sendKeys({press: 'Tab'});
    expect(el.shadowRoot!.activeElement?.id).to.equal('question');
    await sendKeys({type: 'Is it normal to feel tired in early recovery?'});
    await el.updateComplete;
    expect(text($(el, '#question-count'))).to.equal('45 of 2,000 characters');
  });

  it('fits a 320 px wide column: nothing overflows sideways (form, crisis panel, receipt, list)', async () => {
    const ns = newNs();
    const wrap = await fixture<HTMLDivElement>(html`<div style="inline-size: 320px"><peer-question-box api=${apiOf(ns)} lang="es" topics="Familia, Recaídas"></peer-question-box></div>`);
    const el = wrap.querySelector('peer-question-box') as PeerQuestionBox;
    await el.updateComplete;
    await type(el, 'Quiero morir a veces, ¿es normal? Llevo seis meses sin consumir y no sé a quién decírselo.');
    await until(() => $$(el, 'ol.qa > li').length === 2, 'results');
    const right = wrap.getBoundingClientRect().right;
    const overflowing = [...el.shadowRoot!.querySelectorAll('*')].filter((n) => n.getBoundingClientRect().right > right + 0.5 && !(n as HTMLElement).closest('.fax'));
    expect(overflowing.map((n) => n.tagName + '.' + n.className)).to.deep.equal([]);
    await submit(el);
    await until(() => $(el, '[part="receipt-code"]'), 'receipt');
    const codeRight = $(el, '[part="receipt-code"]')!.getBoundingClientRect().right;
    expect(codeRight).to.be.at.most(right + 0.5);
    // The receipt with the crisis panel above, "keep the code" and "Forget this device" opened.
    ($(el, 'button.forget-open') as HTMLButtonElement).click();
    await until(() => $(el, '.forget-panel'), 'forget panel');
    const wide = [...el.shadowRoot!.querySelectorAll('*')].filter((n) => n.getBoundingClientRect().right > right + 0.5);
    expect(wide.map((n) => n.tagName + '.' + n.className)).to.deep.equal([]);
    expect($(el, '[part="crisis"]')).to.not.equal(null);
  });

  it('is accessible in the dark theme too (crisis panel, PII warning, list)', async () => {
    const ns = newNs();
    const el = await fixture<PeerQuestionBox>(html`<peer-question-box api=${apiOf(ns)} theme="dark"></peer-question-box>`);
    await type(el, 'My name is Ana and I think about suicide');
    await submit(el);
    await until(() => $(el, '.warning') && $$(el, 'ol.qa > li').length === 2, 'warning and list');
    expect(getComputedStyle(el).colorScheme).to.equal('dark');
    await expectAccessible(el);
  });

  describe('published list', () => {
    it('shows a loading state, then the published questions as text with peer/clinician marks and dates only', async () => {
      const ns = newNs();
      await control(ns, {listDelay: 600});
      const el = await mount(ns, {noList: false});
      expect(text($(el, '[part="list"] [part="loading"]'))).to.equal('Loading questions…');
      await expectAccessible(el);
      await until(() => $$(el, 'ol.qa > li').length === 2, 'results');
      const items = $$(el, 'ol.qa > li');
      expect(text(items[0])).to.contain('Is it normal to still crave after 6 months?');
      expect(text(items[0].querySelector('.badge'))).to.equal('Clinician answer');
      expect(text(items[0])).to.contain('Published Oct 2, 2026');
      expect(text(items[1].querySelector('.badge'))).to.equal('Peer answer');
      expect(text(items[1])).to.contain('<img src=x onerror="window.__xss=1">');
      expect(text(items[1])).to.contain('Published Nov 1, 2026');
      expect(text(items[1])).to.not.contain('18:22');
      expect(el.shadowRoot!.querySelector('ol.qa img, ol.qa script')).to.equal(null);
      expect((window as unknown as {__xss?: number}).__xss).to.equal(undefined);
      await expectAccessible(el);
    });

    it('marks a question and answer in another language with its lang, and only them', async () => {
      const ns = newNs();
      await control(ns, {published: [
        {id: 4, body: '¿Puedo ir a una reunión si recaí ayer?', answer: 'Sí, eres bienvenido.', answered_by_role: 'peer', published_on: '2026-10-05', lang: 'es'},
        {id: 5, body: 'Is it normal to still crave?', answer: 'Yes.', answered_by_role: 'peer', published_on: '2026-10-06', lang: 'en'},
        {id: 6, body: 'No language given', answer: 'Fine.', answered_by_role: 'peer', published_on: '2026-10-07'},
      ]});
      const el = await mount(ns, {noList: false});
      await until(() => $$(el, 'ol.qa > li').length === 3, 'results');
      const [es, en, none] = $$(el, 'ol.qa > li');
      expect([...es.querySelectorAll('[lang]')].map((n) => [n.getAttribute('lang'), text(n)])).to.deep.equal([
        ['es', '¿Puedo ir a una reunión si recaí ayer?'],
        ['es', 'Sí, eres bienvenido.'],
      ]);
      // The page's own words around them ("Peer answer", the date) stay in the page's language.
      expect(es.querySelector('.badge')!.closest('[lang]')).to.equal(null);
      expect(en.querySelector('.q [lang]')!.getAttribute('lang')).to.equal('en');
      expect(none.querySelector('[lang]')).to.equal(null);
      await expectAccessible(el);
    });

    it('searches the list', async () => {
      const ns = newNs();
      const el = await mount(ns, {noList: false});
      await until(() => $$(el, 'ol.qa > li').length === 2, 'results');
      ($(el, '#search') as HTMLInputElement).value = 'crave';
      ($(el, 'form[role="search"] button') as HTMLButtonElement).click();
      await until(() => $$(el, 'ol.qa > li').length === 1, 'filtered');
      expect(text($(el, 'ol.qa'))).to.contain('crave');
      ($(el, '#search') as HTMLInputElement).value = 'nothing like this';
      ($(el, 'form[role="search"] button') as HTMLButtonElement).click();
      await until(() => text($(el, '[part="list"] p.state')).includes('No published questions match'), 'no match');
    });

    it('shows an error with a retry, and an empty state', async () => {
      const ns = newNs();
      await control(ns, {listFail: true, published: []});
      const el = await mount(ns, {noList: false});
      await until(() => $(el, '[part="list"] [part="error"]'), 'error state', 10000);
      expect(text($(el, '[part="error"]'))).to.contain('error 500');
      await expectAccessible(el);
      await control(ns, {listFail: false});
      ($(el, '[part="error"] button') as HTMLButtonElement).click();
      await until(() => text($(el, '[part="list"] p.state')) === 'No published questions yet.', 'empty state');
      await expectAccessible(el);
    });

    it('pages through long lists', async () => {
      const ns = newNs();
      await control(ns, {perPage: 1});
      const el = await mount(ns, {noList: false});
      await until(() => $(el, '.pager'), 'pager');
      expect(text($(el, '.pager'))).to.contain('Page 1 of 3');
      button(el, 'Next page').click();
      await until(() => text($(el, '.pager')).includes('Page 2 of 3'), 'page 2');
      expect(text($(el, 'ol.qa'))).to.contain('relapsed yesterday');
    });

    it('is not shown with no-public-list', async () => {
      const el = await mount(newNs(), {noList: true});
      expect($(el, '[part="list"]')).to.equal(null);
    });
  });
});
