// <peer-meeting-finder>: sharing a meeting from its details. With the Web Share API the share sheet
// gets the meeting's name and deep link; without it the deep link is copied and a confirmation shown.
// navigator.share and navigator.clipboard.writeText are stubbed: they are the browser API boundary
// (headless Chromium has no share sheet, and the clipboard needs a user gesture and a permission).
import {fixture, html, expect} from '@open-wc/testing';
import {expectAccessible, until, $, $$} from '../../support/a11y.js';
import {loaded} from '../../support/meeting-finder.js';
import '../../../src/elements/meeting-finder/peer-meeting-finder.js';
import type {PeerMeetingFinder} from '../../../src/elements/meeting-finder/meeting-finder.js';
import type {Meeting} from '../../../src/model/meeting.js';

const FEED = '/test/fixtures/meeting-guide/near.json';

const dialogOf = (el: PeerMeetingFinder) => $(el, 'dialog.detail') as HTMLDialogElement;
const shareButton = (el: PeerMeetingFinder) => dialogOf(el).querySelector('button.share') as HTMLButtonElement;
/** The confirmation inside the details dialog. */
const dialogNotice = (el: PeerMeetingFinder) => dialogOf(el).querySelector('.notice') as HTMLElement | null;

/** Opens a meeting's details from the list, as a visitor does; resolves with the meeting the finder opened. */
async function openMeeting(el: PeerMeetingFinder, name: string): Promise<Meeting> {
  let opened: Meeting | undefined;
  const listener = (e: Event) => (opened = (e as CustomEvent<{meeting: Meeting}>).detail.meeting);
  el.addEventListener('peer-meeting-open', listener);
  try {
    const button = $$(el, '.meeting .open').find((b) => b.textContent!.trim() === name) as HTMLButtonElement | undefined;
    if (!button) throw new Error(`no meeting named ${name} in the list`);
    button.click();
    await until(() => dialogOf(el).open && opened, 'details open');
    await el.updateComplete;
    expect(dialogOf(el).querySelector('h2')!.textContent).to.equal(name);
    return opened!;
  } finally {
    el.removeEventListener('peer-meeting-open', listener);
  }
}

/** What the visitor's share sheet / clipboard received. */
let shared: ShareData[];
let copied: string[];
let shareBehaviour: 'ok' | 'cancel';
let clipboardBehaviour: 'ok' | 'refuse';

function withWebShare() {
  Object.defineProperty(navigator, 'share', {
    configurable: true,
    writable: true,
    value: async (data: ShareData) => {
      shared.push({...data});
      if (shareBehaviour === 'cancel') throw new DOMException('Share canceled', 'AbortError');
    },
  });
}

function withoutWebShare() {
  Object.defineProperty(navigator, 'share', {configurable: true, writable: true, value: undefined});
}

beforeEach(() => {
  shared = [];
  copied = [];
  shareBehaviour = 'ok';
  clipboardBehaviour = 'ok';
  Object.defineProperty(navigator.clipboard, 'writeText', {
    configurable: true,
    writable: true,
    value: async (text: string) => {
      if (clipboardBehaviour === 'refuse') throw new DOMException('Write permission denied.', 'NotAllowedError');
      copied.push(text);
    },
  });
});

afterEach(() => {
  // Own properties shadow the browser's; deleting them brings the real ones back.
  delete (navigator as unknown as Record<string, unknown>).share;
  delete (navigator.clipboard as unknown as Record<string, unknown>).writeText;
  localStorage.clear();
  history.replaceState(null, '', location.pathname);
});

/** The deep link the finder documents: this page, `#<prefix>meeting=<encoded id>` (prefix `mf-`, or `<id>-`). */
function deepLink(meeting: Meeting, prefix = 'mf-'): string {
  const url = new URL(location.href);
  url.hash = `${prefix}meeting=${encodeURIComponent(meeting.id)}`;
  return url.href;
}

describe('<peer-meeting-finder> sharing a meeting', () => {
  it('with the Web Share API: "Share" hands the share sheet the meeting’s name and its deep link', async () => {
    withWebShare();
    const el = await fixture<PeerMeetingFinder>(html`<peer-meeting-finder src=${FEED}></peer-meeting-finder>`);
    await loaded(el);
    const meeting = await openMeeting(el, 'Capitol Noon');
    expect(shareButton(el).textContent!.trim()).to.equal('Share');
    await expectAccessible(el);

    shareButton(el).click();
    await until(() => shared.length, 'navigator.share called');
    expect(shared).to.have.length(1);
    const data = shared[0];
    expect(data.title).to.equal('Capitol Noon');
    expect(data.url).to.equal(deepLink(meeting));
    expect(new URL(data.url!).hash).to.equal(`#mf-meeting=${encodeURIComponent(meeting.id)}`);
    // The share sheet did the work: nothing copied, no "Link copied".
    expect(copied).to.deep.equal([]);
    await el.updateComplete;
    expect(dialogNotice(el)).to.equal(null);

    // The shared link opens that meeting for whoever follows it.
    (dialogOf(el).querySelector('.close') as HTMLButtonElement).click();
    await until(() => !dialogOf(el).open && location.hash === '', 'details closed, the deep link gone from the address bar');
    history.replaceState(null, '', data.url!);
    el.remove(); // the shared link opens on a page with one finder
    const other = await fixture<PeerMeetingFinder>(html`<peer-meeting-finder src=${FEED}></peer-meeting-finder>`);
    await loaded(other);
    await until(() => dialogOf(other).open, 'details opened from the shared link');
    expect(dialogOf(other).querySelector('h2')!.textContent).to.equal('Capitol Noon');
  });

  it('with the Web Share API: the shared text names the meeting and its time (share targets that ignore the title)', async () => {
    withWebShare();
    const el = await fixture<PeerMeetingFinder>(html`<peer-meeting-finder src=${FEED}></peer-meeting-finder>`);
    await loaded(el);
    await openMeeting(el, 'Capitol Noon');
    shareButton(el).click();
    await until(() => shared.length, 'navigator.share called');
    expect(shared[0].text ?? '').to.match(/^Capitol Noon – \w+day \d{1,2}:\d{2}/);
  });

  it('with the Web Share API: a finder with an id shares a link in its own namespace', async () => {
    withWebShare();
    const el = await fixture<PeerMeetingFinder>(html`<peer-meeting-finder id="springfield" src=${FEED}></peer-meeting-finder>`);
    await loaded(el);
    const meeting = await openMeeting(el, 'Bradley Big Book');
    shareButton(el).click();
    await until(() => shared.length, 'navigator.share called');
    expect(shared[0].title).to.equal('Bradley Big Book');
    expect(shared[0].url).to.equal(deepLink(meeting, 'springfield-'));
  });

  it('with the Web Share API: closing the share sheet without sharing copies nothing and says nothing', async () => {
    withWebShare();
    shareBehaviour = 'cancel';
    const el = await fixture<PeerMeetingFinder>(html`<peer-meeting-finder src=${FEED}></peer-meeting-finder>`);
    await loaded(el);
    await openMeeting(el, 'Capitol Noon');
    shareButton(el).click();
    await until(() => shared.length, 'navigator.share called');
    // Let the rejected share settle before looking for a fallback.
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    await el.updateComplete;
    expect(copied).to.deep.equal([]);
    expect(dialogNotice(el)).to.equal(null);
    expect($(el, '.summary .notice')).to.equal(null);
  });

  for (const {lang, button, confirmation} of [
    {lang: 'en', button: 'Copy link', confirmation: 'Link copied'},
    {lang: 'es', button: 'Copiar enlace', confirmation: 'Enlace copiado'},
  ]) {
    it(`lang="${lang}": without the Web Share API, "${button}" copies the deep link and confirms it in the dialog`, async () => {
      withoutWebShare();
      const el = await fixture<PeerMeetingFinder>(html`<peer-meeting-finder src=${FEED} lang=${lang}></peer-meeting-finder>`);
      await loaded(el);
      const meeting = await openMeeting(el, 'Washington Park Group');
      expect(shareButton(el).textContent!.trim()).to.equal(button);
      expect(dialogNotice(el)).to.equal(null);

      shareButton(el).click();
      await until(() => dialogNotice(el), 'the confirmation');
      expect(copied).to.deep.equal([deepLink(meeting)]);
      const note = dialogNotice(el)!;
      expect(note.textContent).to.equal(confirmation);
      expect(note.getAttribute('role')).to.equal('status');
      expect(note.checkVisibility(), 'the confirmation is visible').to.equal(true);
      expect(dialogOf(el).open).to.equal(true);
      await expectAccessible(el);
    });
  }

  it('the "Link copied" confirmation goes away with the dialog, and is said once, inside it', async () => {
    withoutWebShare();
    const el = await fixture<PeerMeetingFinder>(html`<peer-meeting-finder src=${FEED}></peer-meeting-finder>`);
    await loaded(el);
    await openMeeting(el, 'Capitol Noon');
    shareButton(el).click();
    await until(() => dialogNotice(el), 'the confirmation');
    // One live region says it: the dialog's, not also the one under the count behind it.
    expect($(el, '.summary .notice')).to.equal(null);
    (dialogOf(el).querySelector('.close') as HTMLButtonElement).click();
    await until(() => !dialogOf(el).open && location.hash === '', 'details closed');
    await el.updateComplete;
    expect($(el, '.summary .notice')?.textContent ?? null).to.equal(null);
  });

  it('without the Web Share API, when the clipboard refuses, the link itself is shown to copy by hand', async () => {
    withoutWebShare();
    clipboardBehaviour = 'refuse';
    const el = await fixture<PeerMeetingFinder>(html`<peer-meeting-finder src=${FEED}></peer-meeting-finder>`);
    await loaded(el);
    const meeting = await openMeeting(el, 'Capitol Noon');
    shareButton(el).click();
    await until(() => dialogNotice(el), 'the link');
    expect(copied).to.deep.equal([]);
    expect(dialogNotice(el)!.textContent).to.equal(deepLink(meeting));
    expect(dialogNotice(el)!.checkVisibility()).to.equal(true);
    await expectAccessible(el);
  });
});
