import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../../../src/elements/story-carousel/peer-story-carousel.js';
import type {PeerStoryCarousel} from '../../../src/elements/story-carousel/story-carousel.js';
import type {PeerStoryShare} from '../../../src/elements/story-carousel/story-share.js';
import {Outbox} from '../../../src/core/outbox.js';
import {keptCodeKey} from '../../../src/core/device.js';
import {dataUrlBytes} from '../../../src/model/story-draft.js';
import {HIDDEN_WARNINGS_KEY} from '../../../src/model/story.js';
import {expectAccessible, until, $, $$} from '../../support/a11y.js';
import {forgetFrom} from '../../support/forget.js';

const control = (body: object) => fetch('/fake-api/stories/control', {method: 'POST', body: JSON.stringify(body)});
type Received = {received: {body: Record<string, unknown>; key: string; scenario: string}[]; withdrawn: string[]; tokens: number};
const received = async () => (await (await fetch('/fake-api/stories/received')).json()) as Received;
const SHARE_OPEN_KEY = 'peerkit:stories:share-open';

async function cleanOutbox() {
  const box = Outbox.shared();
  for (const item of await box.list('story')) await box.remove(item.id);
  for (const scenario of ['ok', 'reject']) {
    const url = new URL(`/fake-api/stories/${scenario}/v1/stories`, location.href).href;
    await box.clearDraft(`story:draft:${url}`);
    await box.clearDraft(keptCodeKey('story', url));
  }
}

async function carousel(scenario = 'ok', lang = 'en') {
  const wrap = await fixture(html`<div style="inline-size: 700px">
    <peer-story-carousel api=${`/fake-api/stories/${scenario}`} lang=${lang}></peer-story-carousel>
  </div>`);
  const el = wrap.querySelector('peer-story-carousel') as PeerStoryCarousel;
  await until(() => $$(el, '.story').length > 0, 'stories', 15000);
  return el;
}

async function openPanel(el: PeerStoryCarousel, which: 'share' | 'withdraw' = 'share'): Promise<PeerStoryShare> {
  ($(el, which === 'share' ? 'button.share-open' : 'button.withdraw-open') as HTMLButtonElement).click();
  return shareOf(el);
}

async function shareOf(el: PeerStoryCarousel): Promise<PeerStoryShare> {
  await until(() => el.shadowRoot!.querySelector('peer-story-share')?.shadowRoot?.querySelector('h3'), 'the form');
  const share = el.shadowRoot!.querySelector('peer-story-share') as PeerStoryShare;
  await share.updateComplete;
  return share;
}

function type(share: PeerStoryShare, selector: string, value: string) {
  const input = $(share, selector) as HTMLInputElement | HTMLTextAreaElement;
  input.value = value;
  input.dispatchEvent(new Event('input', {bubbles: true, composed: true}));
}

function click(share: PeerStoryShare, selector: string) {
  ($(share, selector) as HTMLElement).click();
}

const STORY = 'For years I thought asking for help meant I had failed. My counsellor said it was the bravest thing I could do.';

async function fillValid(share: PeerStoryShare) {
  type(share, '#f-title', 'Learning to ask');
  type(share, '#f-body', STORY);
  type(share, '#f-name', 'Robin');
  type(share, '#f-years', '2');
  type(share, '#f-months', '3');
  click(share, 'input[value=relapse]');
  click(share, 'input[name=consent_publish]');
  click(share, 'input[name=duration][value="3y"]');
  await share.updateComplete;
}

describe('<peer-story-carousel> sharing a story', () => {
  beforeEach(async () => {
    await control({reset: true, down: false});
    await cleanOutbox();
    localStorage.removeItem(SHARE_OPEN_KEY);
  });
  afterEach(async () => {
    await control({down: false});
    localStorage.removeItem(SHARE_OPEN_KEY);
  });

  it('loads the form only when asked, with plain guidance and nothing pre-ticked', async () => {
    const el = await carousel();
    expect(el.shadowRoot!.querySelector('peer-story-share')).to.equal(null);
    expect(customElements.get('peer-story-share')).to.equal(undefined);
    const open = $(el, 'button.share-open')!;
    expect(open.getAttribute('aria-expanded')).to.equal('false');
    const share = await openPanel(el);
    expect(open.getAttribute('aria-expanded')).to.equal('true');
    expect(share.shadowRoot!.activeElement?.tagName).to.equal('H3');
    const guidance = $(share, '.guidance')!.textContent!;
    expect(guidance).to.contain('first name or a made-up name only');
    expect(guidance).to.contain('do not have to name a fellowship');
    expect(guidance).to.contain('leave out details of how anyone used drugs');
    const boxes = $$(share, 'input[type=checkbox], input[type=radio]') as HTMLInputElement[];
    expect(boxes.length).to.equal(5 + 1 + 3);
    expect(boxes.filter((b) => b.checked)).to.have.length(0);
    expect($$(share, 'input[name=duration]').map((r) => (r.closest('label') as HTMLElement).textContent!.trim())).to.deep.equal(['For 1 year', 'For 3 years', 'Until I withdraw it']);
    const fax = $(share, 'input[name=fax]') as HTMLInputElement;
    expect(fax.tabIndex).to.equal(-1);
    expect(fax.closest('[aria-hidden=true]')).not.to.equal(null);
    await expectAccessible(el);
    await until(async () => (await received()).tokens === 1, 'form token');
  });

  it('explains every problem before sending, and sends nothing', async () => {
    const el = await carousel();
    const share = await openPanel(el);
    click(share, 'button.submit');
    await until(() => $(share, '.problems'), 'problems');
    const problems = $(share, '.problems')!;
    expect(share.shadowRoot!.activeElement).to.equal(problems);
    expect(problems.textContent).to.contain('Please fix 5 problems');
    expect(problems.textContent).to.contain('Consent: tick the box');
    expect(problems.textContent).to.contain('For how long: choose');
    expect($(share, '#f-title')!.getAttribute('aria-invalid')).to.equal('true');
    expect($(share, '#f-title')!.getAttribute('aria-describedby')).to.contain('f-title-error');
    await expectAccessible(el);
    expect((await received()).received).to.have.length(0);
  });

  it('suggests a pseudonym under a year in recovery, and notices a named fellowship', async () => {
    const el = await carousel();
    const share = await openPanel(el);
    expect($(share, '.pseudonym')).to.equal(null);
    type(share, '#f-months', '7');
    await share.updateComplete;
    expect($(share, '.pseudonym')!.textContent).to.contain('We suggest a made-up name');
    expect($(share, '#f-name')!.getAttribute('aria-describedby')).to.contain('f-name-suggest');
    type(share, '#f-years', '1');
    await share.updateComplete;
    expect($(share, '.pseudonym')).to.equal(null);
    type(share, '#f-body', 'My first Narcotics Anonymous meeting changed everything for me and my family.');
    await share.updateComplete;
    expect($(share, '.fellowship')!.textContent).to.contain('names a fellowship');
    await expectAccessible(el);
  });

  it('sends a valid story once through the outbox and shows the withdrawal code', async () => {
    const el = await carousel();
    const share = await openPanel(el);
    await fillValid(share);
    const submitted = new Promise((r) => el.addEventListener('peer-story-submit', r, {once: true}));
    click(share, 'button.submit');
    await submitted;
    await until(() => $(share, '.code'), 'withdrawal code', 10000);
    const {received: got} = await received();
    expect(got).to.have.length(1);
    const body = got[0].body;
    expect(body).to.include({title: 'Learning to ask', body: STORY, name: 'Robin', recovery_months: 27, lang: 'en', fax: ''});
    expect(body.consent).to.deep.equal({publish: true, duration: '3y'});
    expect(body.content_warnings).to.deep.equal(['relapse']);
    expect(body.form_token).to.match(/^token-/);
    expect(body.idempotency_key).to.equal(got[0].key);
    const code = $(share, '.code')!;
    expect(code.textContent).to.match(/^[A-Z0-9]{4}(-[A-Z0-9]{4}){3}$/);
    expect(parseFloat(getComputedStyle(code).fontSize)).to.be.greaterThan(parseFloat(getComputedStyle($(share, '.promise')!).fontSize));
    expect($(share, '.promise')!.textContent).to.contain('removes your story from this site at once');
    expect(share.shadowRoot!.activeElement?.tagName).to.equal('H3');
    expect($(share, 'button.copy')).not.to.equal(null);
    expect($(share, 'button.save-note')).not.to.equal(null);
    await expectAccessible(el);
    // Done: the outbox forgets it, the form closes.
    ($(share, 'button.done') as HTMLButtonElement).focus();
    click(share, 'button.done');
    await until(() => !el.shadowRoot!.querySelector('peer-story-share'), 'form closed');
    await until(() => el.shadowRoot!.activeElement === $(el, 'button.share-open'), 'focus back on "Share your story"');
    expect(await Outbox.shared().list('story')).to.have.length(0);
    expect((await received()).received).to.have.length(1);
  });

  it('keeps a draft across a reload', async () => {
    const el = await carousel();
    const share = await openPanel(el);
    type(share, '#f-title', 'Half-written');
    type(share, '#f-body', 'I started writing this on the bus home.');
    click(share, 'input[value=overdose]');
    await share.flushDraft();
    el.parentElement!.remove(); // the page goes away

    const again = await carousel();
    const restored = await shareOf(again); // reopens by itself: a draft was in progress
    await until(() => ($(restored, '#f-title') as HTMLInputElement).value === 'Half-written', 'restored title');
    expect(($(restored, '#f-body') as HTMLTextAreaElement).value).to.equal('I started writing this on the bus home.');
    expect(($(restored, 'input[value=overdose]') as HTMLInputElement).checked).to.equal(true);
    expect((await received()).received).to.have.length(0);
  });

  it('keeps a story written offline and sends it exactly once when the connection returns', async () => {
    const el = await carousel();
    const share = await openPanel(el);
    await until(async () => (await received()).tokens === 1, 'form token');
    await fillValid(share);
    await control({down: true});
    click(share, 'button.submit');
    await until(() => $(share, '.send-now'), 'queued state', 10000);
    expect($(share, '[role=status]')!.textContent).to.contain('saved on this device');
    await expectAccessible(el);
    el.parentElement!.remove(); // closed while offline

    await control({down: false});
    const again = await carousel();
    const restored = await shareOf(again);
    window.dispatchEvent(new Event('online'));
    await until(() => $(restored, '.code'), 'withdrawal code after reconnecting', 15000);
    window.dispatchEvent(new Event('online'));
    await Outbox.shared().flush();
    const {received: got} = await received();
    expect(got).to.have.length(1);
    expect(got[0].body.title).to.equal('Learning to ask');
  });

  it('a story the browser refuses: said plainly, and "Delete my story from this device" deletes its draft too', async () => {
    const el = await carousel();
    const share = await openPanel(el);
    await fillValid(share);
    await control({blocked: true});
    click(share, 'button.submit');
    await until(() => $(share, '.delete-queued'), 'blocked state', 10000);
    expect($(share, '.blocked')!.textContent).to.contain('This site cannot send stories to its server yet; please tell the site.');
    expect($(share, '[part="panel"]')!.textContent).to.not.contain('as soon as the connection is back');
    await expectAccessible(el);
    click(share, 'button.delete-queued');
    await until(() => ($(share, '#f-title') as HTMLInputElement | null)?.value === '', 'the empty form');
    await control({blocked: false});
    el.parentElement!.remove();
    const again = await carousel();
    // The form was open when the page went: it opens again by itself.
    const fresh = localStorage.getItem(SHARE_OPEN_KEY) === 'share' ? await shareOf(again) : await openPanel(again);
    await new Promise((r) => setTimeout(r, 100));
    expect(($(fresh, '#f-title') as HTMLInputElement).value).to.equal('');
    expect($(fresh, '.draft-notice')).to.equal(null);
    expect(await Outbox.shared().list('story')).to.have.length(0);
    expect((await received()).received).to.have.length(0);
  });

  it('shows the server refusal and keeps what was written', async () => {
    const el = await carousel('reject');
    const share = await openPanel(el);
    await fillValid(share);
    click(share, 'button.submit');
    await until(() => $(share, '.refusal'), 'refusal', 10000);
    expect($(share, '.refusal')!.textContent).to.contain('The story is too short.');
    expect(($(share, '#f-title') as HTMLInputElement).value).to.equal('Learning to ask');
    await expectAccessible(el);
  });

  it('resizes a large photo to a JPEG under 400 KB and requires its description', async () => {
    const el = await carousel();
    const share = await openPanel(el);
    const canvas = document.createElement('canvas');
    canvas.width = 3000;
    canvas.height = 2000;
    const ctx = canvas.getContext('2d')!;
    const noise = ctx.createImageData(3000, 2000);
    for (let i = 0; i < noise.data.length; i++) noise.data[i] = (i * 2654435761) >>> 24;
    ctx.putImageData(noise, 0, 0);
    const blob = await new Promise<Blob>((r) => canvas.toBlob((b) => r(b!), 'image/png'));
    expect(blob.size).to.be.greaterThan(400 * 1024);
    const file = new File([blob], 'big.png', {type: 'image/png'});
    const input = $(share, '#f-photo') as HTMLInputElement;
    const dt = new DataTransfer();
    dt.items.add(file);
    input.files = dt.files;
    input.dispatchEvent(new Event('change'));
    await until(() => $(share, 'img.preview'), 'preview', 15000);
    const src = ($(share, 'img.preview') as HTMLImageElement).src;
    expect(src.startsWith('data:image/jpeg;base64,')).to.equal(true);
    expect(dataUrlBytes(src)).to.be.at.most(400 * 1024);
    await fillValid(share);
    click(share, 'button.submit');
    await until(() => $(share, '.problems'), 'problems');
    expect($(share, '.problems')!.textContent).to.contain('Photo description: this is required.');
    type(share, '#f-photoAlt', 'A lake at dawn');
    click(share, 'button.submit');
    await until(() => $(share, '.code'), 'sent', 10000);
    const photo = (await received()).received[0].body.photo as {data_url: string; alt: string};
    expect(photo.alt).to.equal('A lake at dawn');
    expect(photo.data_url).to.equal(src);
  });

  it('a rate-limited send that answers the server’s challenge never says it will wait for the connection', async () => {
    const el = await carousel('challenge');
    const share = await openPanel(el);
    await fillValid(share);
    const seen = new Set<string>();
    const watch = new MutationObserver(() => {
      if ((share.shadowRoot!.textContent ?? '').includes('as soon as the connection is back')) seen.add('queued');
      if ($(share, '.code')) seen.add('code');
    });
    watch.observe(share.shadowRoot!, {childList: true, subtree: true, characterData: true});
    try {
      click(share, 'button.submit');
      await until(() => $(share, '.code'), 'withdrawal code', 10000);
    } finally {
      watch.disconnect();
    }
    expect([...seen]).to.deep.equal(['code']);
    const {received: got} = await received();
    expect((got.at(-1)!.body.pow as {number: number}).number).to.equal(7);
  });

  it('withdraws a story with its code', async () => {
    const el = await carousel();
    const share = await openPanel(el, 'withdraw');
    expect($(share, 'h3')!.textContent).to.equal('Withdraw a story');
    await expectAccessible(el);
    type(share, '#f-code', 'k7qh m3xd');
    click(share, 'button.withdraw-submit');
    await share.updateComplete;
    expect($(share, '.withdraw-result')!.textContent).to.contain('enter all 16 characters');
    type(share, '#f-code', 'AAAA-BBBB-CCCC-DDDD');
    click(share, 'button.withdraw-submit');
    await share.updateComplete;
    click(share, 'button.withdraw-confirm');
    await until(() => $(share, '.withdraw-result')!.textContent!.includes('No story has this code'), 'not found');
    const withdrawn = new Promise((r) => el.addEventListener('peer-story-withdrawn', r, {once: true}));
    type(share, '#f-code', ' k7qh m3xd 9trv 2pwa ');
    click(share, 'button.withdraw-submit');
    await share.updateComplete;
    click(share, 'button.withdraw-confirm');
    await withdrawn;
    await until(() => $(share, '.withdraw-result')!.textContent!.includes('has been removed'), 'withdrawn');
    expect((await received()).withdrawn).to.deep.equal(['K7QH-M3XD-9TRV-2PWA']);
    await expectAccessible(el);
  });

  it('shows the withdrawal code for this visit only, unless the visitor keeps it on this device', async () => {
    const el = await carousel();
    const share = await openPanel(el);
    await fillValid(share);
    click(share, 'button.submit');
    await until(() => $(share, '.code'), 'withdrawal code', 10000);
    expect($(share, '.keep-code')!.textContent).to.contain('This code disappears when you leave or reload this page');
    expect(($(share, 'input.keep') as HTMLInputElement).checked).to.equal(false);
    await expectAccessible(el);
    expect(await Outbox.shared().list('story')).to.have.length(0); // nothing sent is left on the device
    // Reloaded with the form still open: an empty form, no code.
    el.parentElement!.remove();
    const again = await carousel();
    const reopened = await shareOf(again);
    expect($(reopened, '.code')).to.equal(null);
    expect(($(reopened, '#f-title') as HTMLInputElement).value).to.equal('');
    expect($(reopened, '.draft-notice')).to.equal(null);
    // Sent again and kept: the code comes back after a reload, until "I have saved my code".
    await fillValid(reopened);
    click(reopened, 'button.submit');
    await until(() => $(reopened, '.code'), 'second code', 10000);
    const code = $(reopened, '.code')!.textContent;
    click(reopened, 'input.keep');
    await new Promise((r) => setTimeout(r, 100));
    again.parentElement!.remove();
    const third = await carousel();
    const kept = await shareOf(third);
    await until(() => $(kept, '.code'), 'the kept code');
    expect($(kept, '.code')!.textContent).to.equal(code);
    expect(($(kept, 'input.keep') as HTMLInputElement).checked).to.equal(true);
    click(kept, 'button.done');
    await until(() => !third.shadowRoot!.querySelector('peer-story-share'), 'form closed');
    third.parentElement!.remove();
    const fourth = await carousel();
    const fresh = await openPanel(fourth);
    expect($(fresh, '.code')).to.equal(null);
  });

  it('a draft from an earlier visit comes back with a notice; "Discard draft" and "Forget this device" clear it', async () => {
    const el = await carousel();
    const share = await openPanel(el);
    expect($(share, '.draft-notice')).to.equal(null);
    type(share, '#f-title', 'Half-written');
    type(share, '#f-body', 'My husband does not know I relapsed.');
    await share.flushDraft();
    el.parentElement!.remove();
    const again = await carousel();
    const restored = await shareOf(again);
    await until(() => $(restored, '.draft-notice'), 'draft notice');
    expect($(restored, '.draft-notice')!.textContent).to.contain('What you wrote here last time was kept on this device');
    await expectAccessible(again);
    click(restored, 'button.discard-draft');
    await until(() => ($(restored, '#f-title') as HTMLInputElement).value === '', 'emptied');
    expect($(restored, '.draft-notice')).to.equal(null);
    await until(() => restored.shadowRoot!.activeElement?.id === 'f-title', 'focus in the title');
    // A new draft, then "Forget this device": the form empties and nothing comes back.
    type(restored, '#f-body', 'Something else I should not leave here.');
    await restored.flushDraft();
    await forgetFrom(restored);
    expect(($(restored, '#f-body') as HTMLTextAreaElement).value).to.equal('');
    expect(localStorage.getItem(SHARE_OPEN_KEY)).to.equal(null);
    again.parentElement!.remove();
    const third = await carousel();
    const fresh = await openPanel(third);
    await new Promise((r) => setTimeout(r, 100));
    expect(($(fresh, '#f-body') as HTMLTextAreaElement).value).to.equal('');
    expect($(fresh, '.draft-notice')).to.equal(null);
  });

  it('"Forget this device" forgets the carousel\'s content settings at once: no story stays hidden, and the next choice does not bring the old ones back', async () => {
    const el = await carousel();
    const all = $$(el, '.story').length;
    ($(el, 'details.settings') as HTMLDetailsElement).open = true;
    ($$(el, 'details.settings input[type=checkbox]')[0] as HTMLInputElement).click();
    await el.updateComplete;
    expect($$(el, '.story').length).to.be.lessThan(all);
    const share = await openPanel(el);
    await forgetFrom(share);
    expect(localStorage.getItem(HIDDEN_WARNINGS_KEY)).to.equal(null);
    await until(() => $$(el, '.story').length === all, 'every story shown again');
    expect($$(el, 'details.settings input[type=checkbox]').some((b) => (b as HTMLInputElement).checked)).to.equal(false);
    ($$(el, 'details.settings input[type=checkbox]')[1] as HTMLInputElement).click();
    await el.updateComplete;
    expect(JSON.parse(localStorage.getItem(HIDDEN_WARNINGS_KEY)!)).to.have.length(1);
    expect(JSON.parse(localStorage.getItem(HIDDEN_WARNINGS_KEY)!)[0]).to.equal(($$(el, 'details.settings input[type=checkbox]')[1] as HTMLInputElement).value);
    await expectAccessible(el);
    localStorage.removeItem(HIDDEN_WARNINGS_KEY);
  });

  it('asks before withdrawing: nothing is deleted until the storyteller confirms, and "keep" keeps it', async () => {
    const el = await carousel();
    const share = await openPanel(el, 'withdraw');
    type(share, '#f-code', 'K7QH-M3XD-9TRV-2PWA');
    click(share, 'button.withdraw-submit');
    await share.updateComplete;
    expect($(share, '.confirm')!.textContent).to.contain('This cannot be undone.');
    expect(share.shadowRoot!.activeElement?.id).to.equal('withdraw-confirm-text');
    expect((await received()).withdrawn).to.deep.equal([]);
    await expectAccessible(el);
    click(share, 'button.withdraw-keep');
    await share.updateComplete;
    expect($(share, '.confirm')).to.equal(null);
    expect(share.shadowRoot!.activeElement?.className).to.contain('withdraw-submit');
    expect((await received()).withdrawn).to.deep.equal([]);
    click(share, 'button.withdraw-submit');
    await share.updateComplete;
    click(share, 'button.withdraw-confirm');
    await until(() => $(share, '.withdraw-result')!.textContent!.includes('has been removed'), 'withdrawn');
    expect((await received()).withdrawn).to.deep.equal(['K7QH-M3XD-9TRV-2PWA']);
  });

  it('after "Yes, withdraw it" from the keyboard, focus stays on the form’s button (it is not dropped to <body>), while withdrawing and after', async () => {
    // `hang`: the stories and the withdrawal answer only when released.
    const wrap = await fixture(html`<div style="inline-size: 700px"><peer-story-carousel api="/fake-api/stories/hang"></peer-story-carousel></div>`);
    const el = wrap.querySelector('peer-story-carousel') as PeerStoryCarousel;
    for (let i = 0; i < 200 && !$$(el, '.story').length; i++) {
      await control({release: true});
      await new Promise((r) => setTimeout(r, 50));
    }
    const share = await openPanel(el, 'withdraw');
    ($(share, '#f-code') as HTMLInputElement).focus();
    await sendKeys({type: 'AAAA-BBBB-CCCC-DDDD'});
    await sendKeys({press: 'Enter'});
    await until(() => $(share, 'button.withdraw-confirm'), 'the confirmation');
    await sendKeys({press: 'Tab'});
    expect(share.shadowRoot!.activeElement?.className).to.contain('withdraw-confirm');
    await sendKeys({press: 'Enter'});
    await until(() => $(share, 'button.withdraw-submit')?.textContent!.trim() === 'Withdrawing…', 'withdrawing');
    const focused = () => share.shadowRoot!.activeElement?.className ?? `<${document.activeElement?.tagName.toLowerCase()}>`;
    expect(focused(), 'while withdrawing').to.contain('withdraw-submit');
    await expectAccessible(el);
    // Pressed again while withdrawing: nothing more is sent.
    await sendKeys({press: 'Enter'});
    await share.updateComplete;
    await control({release: true});
    await until(() => $(share, '.withdraw-result')!.textContent!.includes('No story has this code'), 'not found');
    await control({release: true});
    expect(focused(), 'after the answer').to.contain('withdraw-submit');
    expect($(share, 'button.withdraw-submit')!.textContent!.trim()).to.equal('Withdraw my story');
    expect($(share, '.confirm'), 'not asked again by the second press').to.equal(null);
  });

  it('speaks Spanish', async () => {
    const el = await carousel('ok', 'es');
    expect($(el, 'button.share-open')!.textContent).to.equal('Comparte tu historia');
    const share = await openPanel(el);
    expect($(share, 'h3')!.textContent).to.equal('Comparte tu historia');
    expect($(share, 'label[for=f-name]')!.textContent).to.equal('Nombre de pila o seudónimo');
    expect($(share, 'input[value=relapse]')!.closest('label')!.textContent).to.contain('recaídas');
    click(share, 'button.submit');
    await until(() => $(share, '.problems'), 'problems');
    expect($(share, '.problems')!.textContent).to.contain('Corrige 5 problemas');
    await expectAccessible(el);
  });
});

describe('<peer-story-share> on two servers on one page', () => {
  const apis = ['/fake-api/stories/ok', '/fake-api/stories/second'];
  beforeEach(async () => {
    await control({reset: true, down: false});
    await cleanOutbox();
    const box = Outbox.shared();
    await box.clearDraft(`story:draft:${new URL('/fake-api/stories/second/v1/stories', location.href).href}`);
  });
  afterEach(() => control({down: false}));

  it('each form sends its story to its own server, with that server’s form token, also when the tokens are fetched later', async () => {
    await import('../../../src/elements/story-carousel/peer-story-share.js');
    // Offline when the forms open: neither has a form token, so the outbox fetches each one before sending.
    await control({down: true});
    const wrap = await fixture(html`<div>${apis.map((api) => html`<peer-story-share api=${api} lang="en"></peer-story-share>`)}</div>`);
    const [first, second] = [...wrap.querySelectorAll('peer-story-share')] as PeerStoryShare[];
    for (const [share, title] of [
      [first, 'Told to the first server'],
      [second, 'Told to the second server'],
    ] as const) {
      await share.updateComplete;
      await fillValid(share);
      type(share, '#f-title', title);
      click(share, 'button.submit');
      await until(() => $(share, '.send-now'), `${title}: kept on the device`, 10000);
    }
    await control({down: false});
    window.dispatchEvent(new Event('online'));
    await until(() => $(first, '.code') && $(second, '.code'), 'both withdrawal codes', 15000);
    const {received: got} = await received();
    expect(got.map((r) => [r.scenario, r.body.title]).sort()).to.deep.equal([
      ['ok', 'Told to the first server'],
      ['second', 'Told to the second server'],
    ]);
    for (const r of got) expect(r.body.form_token).to.match(new RegExp(`^token-${r.scenario}-`));
    expect(await Outbox.shared().list('story')).to.have.length(0);
  });
});
