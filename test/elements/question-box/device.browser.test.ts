/**
 * <peer-question-box> on a shared device (issue 19 §3) and crisis help that stays (§2): the receipt
 * lasts for the visit unless kept, restored drafts say so and can be discarded, "Forget this device"
 * clears what peerkit stored but still sends what is queued; the crisis panel stays above the receipt
 * and is announced once.
 */
import {expect} from '@open-wc/testing';
import '../../../src/elements/question-box/peer-question-box.js';
import type {PeerQuestionBox} from '../../../src/elements/question-box/question-box.js';
import {OutboxWriteController} from '../../../src/controllers/outbox-write.js';
import {Outbox} from '../../../src/core/outbox.js';
import {expectAccessible, until, $, $$} from '../../support/a11y.js';
import {forgetFrom} from '../../support/forget.js';
import {button, control, mount, newNs, received, settle, submit, text, type} from '../../support/question-box.js';

const receiptShown = (el: PeerQuestionBox) => $(el, '[part="receipt-code"]');
const keep = (el: PeerQuestionBox) => $(el, '[part="receipt"] input.keep') as HTMLInputElement;
const questionsIn = async (ns: string) => (await Outbox.shared().list('question')).filter((i) => i.url.includes(`/${ns}/`));

/** Sends `question` from `el`, ticks "Keep the code on this device" on its receipt, and reloads: the box of the next page view. */
async function keptAcrossReload(ns: string, el: PeerQuestionBox, question: string, receipt?: string): Promise<PeerQuestionBox> {
  await type(el, question);
  await submit(el);
  await until(() => receiptShown(el) && (!receipt || text(receiptShown(el)) === receipt), 'receipt', 8000);
  keep(el).click();
  await el.updateComplete;
  await settle();
  el.remove();
  const again = await mount(ns);
  await until(() => receiptShown(again), 'the kept receipt');
  return again;
}

describe('<peer-question-box> on a shared device', () => {
  beforeEach(() => {
    OutboxWriteController.minTokenAgeMs = 0;
  });

  it('shows the receipt for this visit only: a reload (the next person) finds an empty form, and nothing sent is left on the device', async () => {
    const ns = newNs();
    const el = await mount(ns);
    await type(el, 'My husband does not know I relapsed. What do I do?');
    await submit(el);
    await until(() => receiptShown(el), 'receipt', 8000);
    expect(text($(el, '[part="receipt"]'))).to.contain('This code disappears when you leave or reload this page');
    expect(keep(el).checked).to.equal(false);
    await expectAccessible(el);
    await settle();
    expect(await questionsIn(ns)).to.have.length(0);
    // The page is reloaded (or another page of the site opened): the receipt is gone.
    el.remove();
    const next = await mount(ns);
    await settle();
    await next.updateComplete;
    expect(receiptShown(next)).to.equal(null);
    expect(text($(next, '[part="base"]'))).to.not.contain('Your question was sent');
    expect(($(next, '#question') as HTMLTextAreaElement).value).to.equal('');
    expect($(next, '.draft-notice')).to.equal(null);
  });

  it('"Keep the code on this device" keeps the receipt across reloads until the visitor moves on', async () => {
    const ns = newNs();
    const again = await keptAcrossReload(ns, await mount(ns), 'Is it normal to feel numb in the first month?');
    expect(text(receiptShown(again))).to.equal('QA01-M3XD-9TRV-2PWA');
    expect(keep(again).checked).to.equal(true);
    await expectAccessible(again);
    // Unticked: gone after the next reload.
    keep(again).click();
    await settle();
    again.remove();
    const third = await mount(ns);
    await settle();
    await third.updateComplete;
    expect(receiptShown(third)).to.equal(null);
  });

  it('a draft from an earlier visit comes back with a notice, and "Discard draft" clears it for good', async () => {
    const ns = newNs();
    const el = await mount(ns);
    await type(el, 'my husband does not know I relapsed');
    await new Promise((r) => setTimeout(r, 400)); // the draft is saved
    expect($(el, '.draft-notice')).to.equal(null); // typed in this visit: no notice
    el.remove();
    const again = await mount(ns);
    await until(() => $(again, '.draft-notice'), 'draft notice');
    expect(($(again, '#question') as HTMLTextAreaElement).value).to.equal('my husband does not know I relapsed');
    expect(text($(again, '.draft-notice'))).to.contain('What you wrote here last time was kept on this device');
    await expectAccessible(again);
    button(again, 'Discard draft').click();
    await again.updateComplete;
    expect(($(again, '#question') as HTMLTextAreaElement).value).to.equal('');
    expect($(again, '.draft-notice')).to.equal(null);
    await until(() => again.shadowRoot!.activeElement?.id === 'question', 'focus in the empty question');
    await settle();
    again.remove();
    const third = await mount(ns);
    await settle();
    await third.updateComplete;
    expect(($(third, '#question') as HTMLTextAreaElement).value).to.equal('');
    expect($(third, '.draft-notice')).to.equal(null);
  });

  it('"Forget this device" clears drafts, kept codes, sent items and peerkit settings, keeps favourites unless asked, and still sends what is queued', async () => {
    localStorage.setItem('peerkit:stories:share-open', 'share');
    localStorage.setItem('peerkit:meeting-favourites:https://feed.example/meetings.json', '["monday-night"]');
    localStorage.setItem('peerkit:resource-directory:saved', '["svc-1"]');
    localStorage.setItem('someone-else', 'kept');
    sessionStorage.setItem('peerkit:hsds-endpoint:https://directory.example/api', 'services');
    sessionStorage.setItem('someone-else', 'kept');
    // A kept receipt in one box, a question waiting for the server in another.
    const nsKept = newNs();
    const kept = await mount(nsKept);
    await type(kept, 'A question whose code I keep');
    await submit(kept);
    await until(() => receiptShown(kept), 'receipt', 8000);
    keep(kept).click();
    const nsQueued = newNs();
    const queued = await mount(nsQueued);
    await settle();
    await control(nsQueued, {down: true});
    await type(queued, 'A question written while the server is down');
    await submit(queued);
    await until(() => $(queued, '#queued-title'), 'queued', 8000);
    // And a draft in a third.
    const nsDraft = newNs();
    const drafting = await mount(nsDraft);
    await type(drafting, 'A draft nobody else should read');
    await new Promise((r) => setTimeout(r, 400));

    await forgetFrom(kept);
    expect(text($(kept, '.forget-status'))).to.contain('your saved meetings and services, if you have any, are still here');
    await expectAccessible(kept);
    // Every box on the page forgets what it shows; the queued one keeps its question.
    expect(receiptShown(kept)).to.equal(null);
    expect(($(drafting, '#question') as HTMLTextAreaElement).value).to.equal('');
    expect($(queued, '#queued-title')).to.not.equal(null);
    expect(localStorage.getItem('peerkit:stories:share-open')).to.equal(null);
    expect(localStorage.getItem('peerkit:meeting-favourites:https://feed.example/meetings.json')).to.equal('["monday-night"]');
    expect(localStorage.getItem('someone-else')).to.equal('kept');
    expect(sessionStorage.getItem('peerkit:hsds-endpoint:https://directory.example/api')).to.equal(null);
    expect(sessionStorage.getItem('someone-else')).to.equal('kept');
    sessionStorage.removeItem('someone-else');
    // After a reload nothing comes back...
    kept.remove();
    drafting.remove();
    for (const ns of [nsKept, nsDraft]) {
      const fresh = await mount(ns);
      await settle();
      await fresh.updateComplete;
      expect(receiptShown(fresh), ns).to.equal(null);
      expect(($(fresh, '#question') as HTMLTextAreaElement).value, ns).to.equal('');
      fresh.remove();
    }
    // ...but the queued question is still sent, once.
    await control(nsQueued, {down: false});
    button(queued, 'Try sending now').click();
    await until(() => receiptShown(queued), 'the queued question is sent', 8000);
    expect(await received(nsQueued)).to.have.length(1);

    // Asked for, the favourites go too.
    const other = await mount(newNs());
    await forgetFrom(other, {favourites: true});
    expect(text($(other, '.forget-status'))).to.equal('Done. Nothing these tools saved is left in this browser.');
    expect(localStorage.getItem('peerkit:meeting-favourites:https://feed.example/meetings.json')).to.equal(null);
    expect(localStorage.getItem('peerkit:resource-directory:saved')).to.equal(null);
    expect(localStorage.getItem('someone-else')).to.equal('kept');
    localStorage.removeItem('someone-else');
  });

  it('"Forget this device" also takes a private answer checked in this visit off the screen', async () => {
    const el = await mount(newNs());
    ($(el, '#tab-check') as HTMLButtonElement).click();
    await el.updateComplete;
    const code = $(el, '#code') as HTMLInputElement;
    code.value = 'K7QH-M3XD-9TRV-2PWA';
    code.dispatchEvent(new Event('input'));
    ($(el, '[part="lookup"] button[type="submit"]') as HTMLButtonElement).click();
    await until(() => $(el, '.result .answer'), 'the private answer');
    ($(el, '#tab-ask') as HTMLButtonElement).click();
    await el.updateComplete;
    await forgetFrom(el);
    // The next person opens "Check my answer": no code, no answer.
    ($(el, '#tab-check') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(($(el, '#code') as HTMLInputElement).value).to.equal('');
    expect($(el, '.result')).to.equal(null);
    expect(text($(el, '[part="base"]'))).to.not.contain('Thank you for asking');
    await expectAccessible(el);
  });

  it('a question the browser refuses: "Delete my question from this device" deletes its draft too, so a reload finds an empty form', async () => {
    const ns = newNs();
    await control(ns, {blocked: true});
    const el = await mount(ns);
    await type(el, 'My husband does not know I relapsed. What do I do?');
    await new Promise((r) => setTimeout(r, 400)); // the draft is saved while typing
    await submit(el);
    await until(() => $(el, '#blocked-title'), 'blocked', 8000);
    expect(text($(el, '[part="ask"], #panel-ask'))).to.contain('This site cannot send questions to its server yet; please tell the site.');
    button(el, 'Delete my question from this device').click();
    await until(() => ($(el, '#question') as HTMLTextAreaElement | null)?.value === '', 'the empty form');
    await settle();
    el.remove();
    const next = await mount(ns);
    await settle();
    await next.updateComplete;
    expect(($(next, '#question') as HTMLTextAreaElement).value).to.equal('');
    expect($(next, '.draft-notice')).to.equal(null);
    expect(await questionsIn(ns)).to.have.length(0);
    expect(await received(ns)).to.have.length(0);
  });

  it('"Forget this device" works from the keyboard: Cancel returns focus to the button', async () => {
    const el = await mount(newNs(), {lang: 'es'});
    const open = $(el, 'button.forget-open') as HTMLButtonElement;
    expect(text(open)).to.equal('Olvidar este dispositivo');
    open.click();
    await until(() => el.shadowRoot!.activeElement?.matches('.forget-panel input'), 'focus in the confirmation');
    expect(text($(el, '.forget-panel'))).to.contain('Olvidar también mis reuniones y servicios guardados');
    await expectAccessible(el);
    ($(el, 'button.forget-cancel') as HTMLButtonElement).click();
    await until(() => el.shadowRoot!.activeElement?.matches('button.forget-open'), 'focus back on the button');
    expect($(el, '.forget-panel')).to.equal(null);
  });
});

describe('<peer-question-box> crisis help that stays', () => {
  beforeEach(() => {
    OutboxWriteController.minTokenAgeMs = 0;
  });

  it('keeps the crisis panel, with the 911 overdose line, above the receipt after a crisis-like question', async () => {
    const ns = newNs();
    const el = await mount(ns);
    await type(el, 'I think I took too much and I cant breathe');
    expect($(el, '[part="crisis"]')).to.not.equal(null);
    await submit(el);
    await until(() => receiptShown(el), 'receipt', 8000);
    const panel = $(el, '[part="crisis"]');
    expect(panel, 'crisis panel on the receipt screen').to.not.equal(null);
    expect([...panel!.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.include.members(['tel:911', 'tel:988']);
    expect(text(panel)).to.contain('Overdose or immediate danger');
    // Above the receipt.
    expect(panel!.compareDocumentPosition($(el, '[part="receipt"]')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    await expectAccessible(el);
    // An ordinary question afterwards: no panel.
    button(el, 'Ask another question').click();
    await el.updateComplete;
    await type(el, 'How long do meetings usually last?');
    await submit(el);
    await until(() => receiptShown(el) && text(receiptShown(el)) === 'QA02-M3XD-9TRV-2PWA', 'second receipt', 8000);
    expect($(el, '[part="crisis"]')).to.equal(null);
  });

  it('keeps the crisis panel above the "saved on this device" notice too', async () => {
    const ns = newNs();
    const el = await mount(ns, {lang: 'es'});
    await settle();
    await control(ns, {down: true});
    await type(el, 'creo que tomé demasiadas pastillas y no puedo respirar');
    await submit(el);
    await until(() => $(el, '#queued-title'), 'queued', 8000);
    expect(text($(el, '[part="crisis"] h3'))).to.equal('No tienes que pasar por esto solo');
    expect($(el, '[part="crisis"] a[href="tel:911"]')).to.not.equal(null);
    await expectAccessible(el);
    await control(ns, {down: false});
  });

  it('keeps the crisis panel above a receipt kept on this device, after a reload', async () => {
    const ns = newNs();
    const again = await keptAcrossReload(ns, await mount(ns), 'i wanna kill my self tonight');
    const panel = $(again, '[part="crisis"]');
    expect(panel, 'crisis panel above the kept receipt').to.not.equal(null);
    expect(panel!.querySelector('a[href="tel:988"]')).to.not.equal(null);
    expect(panel!.compareDocumentPosition($(again, '[part="receipt"]')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    await expectAccessible(again);
    // An ordinary question kept the same way has none.
    button(again, 'Ask another question').click();
    await again.updateComplete;
    const third = await keptAcrossReload(ns, again, 'How long do meetings usually last?', 'QA02-M3XD-9TRV-2PWA');
    expect($(third, '[part="crisis"]')).to.equal(null);
  });

  it('keeps the crisis panel above "This site cannot send questions" too', async () => {
    const ns = newNs();
    await control(ns, {blocked: true});
    const el = await mount(ns);
    await type(el, 'I think I took too much and I cant breathe');
    await submit(el);
    await until(() => $(el, '#blocked-title'), 'blocked', 8000);
    const panel = $(el, '[part="crisis"]');
    expect(panel).to.not.equal(null);
    expect(panel!.querySelector('a[href="tel:911"]')).to.not.equal(null);
    expect(panel!.compareDocumentPosition($(el, '#blocked-title')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    await expectAccessible(el);
    button(el, 'Delete my question from this device').click();
    await el.updateComplete;
  });

  it('announces the panel once, politely, when it appears', async () => {
    const el = await mount(newNs());
    const live = $$(el, '[aria-live="polite"]').find((n) => !n.closest('.forget'))!;
    expect(live, 'a polite live region exists before the panel').to.not.equal(undefined);
    expect(text(live)).to.equal('');
    await type(el, 'thinking about ending it');
    expect($(el, '[part="crisis"]')).to.equal(null);
    expect(text(live)).to.equal('');
    await type(el, 'thinking about ending it all');
    expect($(el, '[part="crisis"]')).to.not.equal(null);
    expect(text(live)).to.equal('Help is available now: crisis lines are listed below your question.');
    expect(live.closest('[role="alert"], [aria-live="assertive"]')).to.equal(null);
    // Typing on (panel still there, or gone and back) does not announce it again.
    const announced: string[] = [];
    const observer = new MutationObserver(() => announced.push(text(live)));
    observer.observe(live, {childList: true, characterData: true, subtree: true});
    await type(el, 'thinking about ending it all. I do not know');
    await type(el, 'I feel fine today');
    await type(el, 'I want to end it all');
    observer.disconnect();
    expect(announced).to.deep.equal([]);
    expect(text(live)).to.equal('Help is available now: crisis lines are listed below your question.');
    await expectAccessible(el);
  });
});
