import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../../../src/elements/moderation-desk/peer-moderation-desk.js';
import type {PeerModerationDesk} from '../../../src/elements/moderation-desk/moderation-desk.js';
import {expectAccessible, until, $, $$} from '../../support/a11y.js';

let counter = 0;
const newNs = () => `md${Date.now().toString(36)}${counter++}`;
const apiOf = (ns: string) => `/fake-api/questions/${ns}`;
const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const XSS_TEXT = '<img src=x onerror="window.__xss=1"><script>window.__xss=1</script>';

async function mount(ns: string, lang = 'en') {
  const el = await fixture<PeerModerationDesk>(html`<peer-moderation-desk api=${apiOf(ns)} lang=${lang}></peer-moderation-desk>`);
  await el.updateComplete;
  return el;
}

async function signIn(el: PeerModerationDesk, token = 'good-token') {
  const input = $(el, '#token') as HTMLInputElement;
  input.value = token;
  ($(el, 'form[part="sign-in"] button[type="submit"]') as HTMLButtonElement).click();
  await el.updateComplete;
}

function button(root: Element | ShadowRoot, label: string): HTMLButtonElement {
  const b = [...root.querySelectorAll('button')].find((x) => text(x) === label);
  if (!b) throw new Error(`no button "${label}"`);
  return b;
}

const articles = (el: PeerModerationDesk) => $$(el, 'ol.items > li > article');

describe('<peer-moderation-desk>', () => {
  beforeEach(() => sessionStorage.clear());

  it('signed out: asks for a token in a password field, and never puts it in an attribute or the URL', async () => {
    const ns = newNs();
    const el = await mount(ns);
    const input = $(el, '#token') as HTMLInputElement;
    expect(input.type).to.equal('password');
    expect(text($(el, 'label[for="token"]'))).to.equal('Moderator token');
    await expectAccessible(el);
    await signIn(el, 'wrong-token');
    await until(() => $(el, '#sign-in-error'), 'error');
    expect(text($(el, '#sign-in-error'))).to.equal('That token was not accepted. Check it and try again.');
    expect(sessionStorage.length).to.equal(0);
    await expectAccessible(el);
    await signIn(el);
    await until(() => $(el, '#signed-in'), 'signed in');
    expect(text($(el, 'header.top'))).to.contain('Signed in as Sam');
    expect(sessionStorage.getItem(`peerkit-moderation-token:${apiOf(ns)}`)).to.equal('good-token');
    expect(el.outerHTML).to.not.contain('good-token');
    expect(location.href).to.not.contain('good-token');
    expect([...el.attributes].map((a) => a.value).join(' ')).to.not.contain('good-token');
  });

  it('stays signed in across a reload of the tab (sessionStorage), and sign-out forgets the token', async () => {
    const ns = newNs();
    const first = await mount(ns);
    await signIn(first);
    await until(() => $(first, '#signed-in'), 'signed in');
    first.remove();
    const el = await mount(ns);
    await until(() => $(el, '#signed-in'), 'signed in again');
    button(el.shadowRoot!, 'Sign out').click();
    await el.updateComplete;
    expect(sessionStorage.getItem(`peerkit-moderation-token:${apiOf(ns)}`)).to.equal(null);
    expect(text($(el, '[part="sign-in"] [role="status"]'))).to.equal('You are signed out.');
    await expectAccessible(el);
  });

  it('queue: urgent questions first and clearly marked; visitor text rendered as text', async () => {
    const el = await mount(newNs());
    await signIn(el);
    await until(() => articles(el).length === 2, 'queue');
    const [first, second] = articles(el);
    expect(first.classList.contains('urgent')).to.equal(true);
    expect(text(first.querySelector('.badge.urgent'))).to.equal('Urgent: may be a crisis');
    expect(text(first.querySelector('.question-body'))).to.equal(`I want to end it all ${XSS_TEXT}`);
    expect(first.querySelector('.question-body img, .question-body script')).to.equal(null);
    expect((window as unknown as {__xss?: number}).__xss).to.equal(undefined);
    expect(second.classList.contains('urgent')).to.equal(false);
    expect(text(second)).to.contain('How do I talk to my family about treatment?');
    await expectAccessible(el);
  });

  it('answer, then publish; publish is disabled with an explanation when the asker did not allow it', async () => {
    const el = await mount(newNs());
    await signIn(el);
    await until(() => articles(el).length === 2, 'queue');
    const urgent = articles(el)[0];
    const noConsent = button(urgent, 'Publish');
    expect(noConsent.disabled).to.equal(true);
    const why = urgent.querySelector(`#${noConsent.getAttribute('aria-describedby')}`);
    expect(text(why)).to.equal('Cannot publish: the asker did not allow it.');

    const item = articles(el)[1];
    expect(button(item, 'Publish').disabled).to.equal(true);
    expect(text(item)).to.contain('Publish becomes available once the question has an answer.');
    // Saving an empty answer is caught before it is sent.
    button(item, 'Save answer').click();
    await el.updateComplete;
    expect(text(item)).to.contain('Write an answer first.');
    const ta = item.querySelector('textarea')!;
    ta.value = 'Start with how you feel, not with the plan. Family groups such as Al-Anon can help too.';
    ta.dispatchEvent(new Event('input'));
    (item.querySelector('input[value="clinician"]') as HTMLInputElement).click();
    await expectAccessible(el);
    button(item, 'Save answer').click();
    await until(() => text(item).includes('Answer saved.'), 'answer saved');
    expect(text(item)).to.contain('Status: Answered');
    expect(button(item, 'Publish').disabled).to.equal(false);
    await expectAccessible(el);
    button(item, 'Publish').click();
    await until(() => text(item).includes('Published in the public list.'), 'published');
    expect(text(item)).to.contain('Status: Published');

    // The public list (same fake server) now has it? The fake keeps published questions separately;
    // check instead that the audit log recorded both actions.
    button(el.shadowRoot!, 'Audit log').click();
    await until(() => $$(el, 'tbody tr').length >= 3, 'audit rows');
    const rows = $$(el, 'tbody tr').map(text);
    // The server's values ("publish", "question") in the desk's words.
    expect(rows[0]).to.contain('Published');
    expect(rows[0]).to.contain('Question 11');
    expect(rows[1]).to.contain('Answered');
    expect(text($(el, 'tbody'))).to.contain(`Sam ${XSS_TEXT}`);
    expect($(el, 'tbody img, tbody script')).to.equal(null);
    await expectAccessible(el);
  });

  it('declines a question, and filters the queue by status', async () => {
    const el = await mount(newNs());
    await signIn(el);
    await until(() => articles(el).length === 2, 'queue');
    button(articles(el)[1], 'Decline').click();
    await until(() => text(articles(el)[1]).includes('Question declined.'), 'declined');
    const select = $(el, '#question-filter') as HTMLSelectElement;
    select.value = 'answered';
    select.dispatchEvent(new Event('change'));
    await until(() => articles(el).length === 1 && text(articles(el)[0]).includes('is naloxone safe'), 'answered filter');
    expect((articles(el)[0].querySelector('textarea') as HTMLTextAreaElement).value).to.equal('Yes, it is safe.');
    select.value = 'pending';
    select.dispatchEvent(new Event('change'));
    await until(() => articles(el).length === 1, 'pending minus declined');
  });

  it('stories: edits content warnings, approves, and shows when the story goes live', async () => {
    const el = await mount(newNs(), 'es');
    await signIn(el);
    await until(() => $(el, '#signed-in'), 'signed in');
    button(el.shadowRoot!, 'Historias').click();
    await until(() => articles(el).length === 1, 'pending stories');
    const story = articles(el)[0];
    expect(text(story.querySelector('h3'))).to.equal(`Eighteen months ${XSS_TEXT}`);
    expect(story.querySelector('img, script')).to.equal(null);
    expect((story.querySelector('input[id$="substance-use"]') as HTMLInputElement).checked).to.equal(true);
    (story.querySelector('input[id$="relapse"]') as HTMLInputElement).click();
    await expectAccessible(el);
    button(story, 'Aprobar').click();
    await until(() => text(story).includes('Historia aprobada.'), 'approved');
    expect(text(story)).to.match(/Se publica el|Publicada desde el/);
    expect((story.querySelector('input[id$="relapse"]') as HTMLInputElement).checked).to.equal(true);
    await expectAccessible(el);
  });

  it('stories: shows the photo before approval, and approves with the text as the moderator edited it', async () => {
    const ns = newNs();
    const el = await mount(ns);
    await signIn(el);
    await until(() => $(el, '#signed-in'), 'signed in');
    button(el.shadowRoot!, 'Stories').click();
    await until(() => $(el, '#story-filter'), 'stories tab');
    ($(el, '#story-filter') as HTMLSelectElement).value = 'all';
    $(el, '#story-filter')!.dispatchEvent(new Event('change'));
    await until(() => articles(el).length === 2, 'all stories');
    const withPhoto = articles(el).find((a) => text(a.querySelector('h3')) === 'One day at a time')!;
    await until(() => withPhoto.querySelector('figure.photo img'), 'the photo');
    const img = withPhoto.querySelector('figure.photo img') as HTMLImageElement;
    expect(img.src).to.match(/^blob:/);
    expect(img.alt).to.equal('A sunrise');
    await until(() => img.complete && img.naturalWidth === 1, 'the photo decoded');
    await expectAccessible(el);

    const story = articles(el).find((a) => text(a.querySelector('h3')).startsWith('Eighteen months'))!;
    expect(story.querySelector('figure.photo')).to.equal(null);
    (story.querySelector('details.edit summary') as HTMLElement).click();
    const body = story.querySelector('textarea[id$="-body"]') as HTMLTextAreaElement;
    const name = story.querySelector('input[id$="-name"]') as HTMLInputElement;
    expect(body.value).to.equal('Eighteen months ago I could not walk into a meeting. Today I chair one on Tuesdays and I am grateful.');
    // Too short: a clear message, nothing sent.
    body.value = 'Too short.';
    body.dispatchEvent(new Event('input'));
    button(story, 'Approve').click();
    await until(() => story.querySelector('[role="alert"]'), 'length message');
    expect(text(story.querySelector('[role="alert"]'))).to.equal('The story needs 50 to 5,000 characters.');
    expect(await (await fetch(`${apiOf(ns)}/edits`)).json()).to.deep.equal([]);
    await expectAccessible(el);
    body.value = 'Eighteen months ago I could not walk into a meeting. Today I chair one on Tuesdays, and I am grateful.  ';
    body.dispatchEvent(new Event('input'));
    name.value = 'R.';
    name.dispatchEvent(new Event('input'));
    button(story, 'Approve').click();
    await until(() => text(story).includes('Story approved.'), 'approved');
    // Only the changed fields, trimmed, go to the API as `edits`; the card shows the edited text.
    expect(await (await fetch(`${apiOf(ns)}/edits`)).json()).to.deep.equal([{body: 'Eighteen months ago I could not walk into a meeting. Today I chair one on Tuesdays, and I am grateful.', name: 'R.'}]);
    expect(text(story.querySelector('.story-body'))).to.contain('Tuesdays, and I am grateful.');
    expect(text(story)).to.contain('By R.');
  });

  it('names a question’s language in words, in the desk’s language', async () => {
    const el = await mount(newNs(), 'es');
    await signIn(el);
    await until(() => articles(el).length === 2, 'queue');
    expect(text(articles(el)[0].querySelector('h3'))).to.contain('inglés');
    expect(text(articles(el)[0].querySelector('h3'))).to.not.match(/: en\b/);
    const en = await mount(newNs());
    await signIn(en);
    await until(() => articles(en).length === 2, 'queue');
    expect(text(articles(en)[0].querySelector('h3'))).to.contain('Language: English');
  });

  it('audit tab lists moderation actions in a table', async () => {
    const ns = newNs();
    const el = await mount(ns);
    await signIn(el);
    await until(() => $(el, '#signed-in'), 'signed in');
    button(el.shadowRoot!, 'Audit log').click();
    await until(() => $$(el, 'tbody tr').length === 1, 'audit');
    expect(text($(el, 'caption'))).to.contain('newest first');
    await expectAccessible(el);
  });

  it('signs out with an explanation when the token stops working mid-session', async () => {
    const ns = newNs();
    const el = await mount(ns);
    await signIn(el);
    await until(() => articles(el).length === 2, 'queue');
    // The token is revoked on the server; the moderator refreshes the list.
    await fetch(`${apiOf(ns)}/control`, {method: 'POST', body: JSON.stringify({revoked: true})});
    button(el.shadowRoot!, 'Refresh').click();
    await until(() => $(el, '#sign-in-error'), 'expired');
    expect(text($(el, '#sign-in-error'))).to.contain('Your session has ended');
    expect(sessionStorage.length).to.equal(0);
  });

  it('is accessible in the dark theme too (urgent item, badges)', async () => {
    const el = await fixture<PeerModerationDesk>(html`<peer-moderation-desk api=${apiOf(newNs())} theme="dark"></peer-moderation-desk>`);
    await el.updateComplete;
    await signIn(el);
    await until(() => articles(el).length === 2, 'queue');
    await expectAccessible(el);
  });

  it('fits a 320 px wide column: nothing overflows sideways', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="inline-size: 320px"><peer-moderation-desk api=${apiOf(newNs())}></peer-moderation-desk></div>`);
    const el = wrap.querySelector('peer-moderation-desk') as PeerModerationDesk;
    await el.updateComplete;
    await signIn(el);
    await until(() => articles(el).length === 2, 'queue');
    const right = wrap.getBoundingClientRect().right;
    const overflowing = [...el.shadowRoot!.querySelectorAll('*')].filter((n) => n.getBoundingClientRect().right > right + 0.5);
    expect(overflowing.map((n) => n.tagName + '.' + n.className)).to.deep.equal([]);
  });

  it('is usable with the keyboard: arrow keys across tabs', async () => {
    const el = await mount(newNs());
    ($(el, '#token') as HTMLInputElement).focus();
    await sendKeys({type: 'good-token'});
    await sendKeys({press: 'Enter'});
    await until(() => $(el, '#tab-questions'), 'signed in');
    ($(el, '#tab-questions') as HTMLButtonElement).focus();
    await sendKeys({press: 'ArrowRight'});
    await until(() => el.shadowRoot!.activeElement?.id === 'tab-stories', 'stories tab focused');
    expect($(el, '#tab-stories')!.getAttribute('aria-selected')).to.equal('true');
    await sendKeys({press: 'End'});
    await until(() => el.shadowRoot!.activeElement?.id === 'tab-audit', 'audit tab focused');
    await sendKeys({press: 'ArrowRight'});
    await until(() => el.shadowRoot!.activeElement?.id === 'tab-questions', 'wraps to questions');
  });
});
