import {fixture, html, expect} from '@open-wc/testing';
import {emulateMedia, setViewport} from '@web/test-runner-commands';
import {expectAccessible, until, $, $$} from '../../support/a11y.js';
import '../../../src/elements/resource-directory/peer-resource-directory.js';
import type {PeerResourceDirectory} from '../../../src/elements/resource-directory/resource-directory.js';
import {loaded} from '../../support/resource-directory.js';

const FILE = '/test/fixtures/hsds/services.json';

async function savedList(): Promise<PeerResourceDirectory> {
  const el = await fixture<PeerResourceDirectory>(html`<peer-resource-directory src=${FILE} format="json"></peer-resource-directory>`);
  await loaded(el);
  for (const b of $$(el, '.card button.save').slice(0, 2)) (b as HTMLButtonElement).click();
  await el.updateComplete;
  ($(el, '.saved-toggle') as HTMLButtonElement).click();
  await until(() => $(el, '.send-sms'), 'send links');
  return el;
}

afterEach(async () => {
  localStorage.clear();
  await emulateMedia({media: 'screen'});
});

describe('<peer-resource-directory> handing a list over', () => {
  it('sends the saved list by sms:?&body= and mailto: with names, phones and the share link', async () => {
    const el = await savedList();
    const names = $$(el, '.panel .card h3').map((h) => h.textContent!.trim());
    const sms = ($(el, '.send-sms') as HTMLAnchorElement).getAttribute('href')!;
    expect(sms.startsWith('sms:?&body=')).to.equal(true);
    const body = decodeURIComponent(sms.slice('sms:?&body='.length));
    for (const n of names) expect(body).to.contain(n);
    expect(body).to.match(/#saved=[^\s]+,[^\s]+$/);
    const mail = ($(el, '.send-mail') as HTMLAnchorElement).getAttribute('href')!;
    const q = new URLSearchParams(mail.slice('mailto:?'.length));
    expect(q.get('subject')).to.equal('Services I saved');
    expect(q.get('body')).to.contain(names[0]);
    await expectAccessible(el);
  });

  it('prints a handout with names, hours, phones and a QR code, and hides the rest', async () => {
    const el = await savedList();
    let seen: {names: string[]; qr?: string | null; text: string; hidden: boolean; modules: number} | undefined;
    const print = window.print;
    window.print = () => {
      const h = $(el, '.handout')!;
      seen = {
        names: $$(el, '.handout h3').map((n) => n.textContent!.trim()),
        qr: h.querySelector('svg.qr')?.getAttribute('aria-label'),
        text: h.textContent!,
        hidden: getComputedStyle($(el, '.panel')!).display === 'none',
        modules: Number(h.querySelector('svg.qr')?.getAttribute('data-modules')),
      };
    };
    try {
      ($(el, '.print-handout') as HTMLButtonElement).click();
      await until(() => seen, 'print called');
    } finally {
      window.print = print;
    }
    expect(seen!.names.length).to.equal(2);
    expect(seen!.qr).to.equal('QR code of the share link');
    expect(seen!.modules).to.be.greaterThan(20);
    expect(seen!.text).to.contain('#saved=');
    expect(seen!.hidden).to.equal(true);
    await el.updateComplete;
    expect($(el, '.handout')).to.equal(null);
  });

  it('the send links fit at 320 px', async () => {
    await setViewport({width: 320, height: 640});
    const el = await savedList();
    expect($(el, '.send')!.scrollWidth).to.be.at.most(320);
    await expectAccessible(el);
  });
});
