/**
 * OutboxWriteController on a bare LitElement host, as the question box and the story form use it:
 * against the fake peerkit API (test/support/middleware/questions.mjs), what is sent and how often,
 * what stays on the device, and what the host is told.
 */
import {fixture, html, expect} from '@open-wc/testing';
import {LitElement, html as lit} from 'lit';
import {until} from '../support/a11y.js';
import {apiOf, control, newNs, received, settle} from '../support/question-box.js';
import {OutboxWriteController, type WritePhase} from '../../src/controllers/outbox-write.js';
import {Outbox} from '../../src/core/outbox.js';
import {keptCodeKey} from '../../src/core/device.js';
import {questionsUrl} from '../../src/sources/peerkit-questions.js';
import {FORGET_EVENT} from '../../src/core/forget-event.js';

interface Note {
  text: string;
}
const draftKey = (url: string) => `test-write-draft:${url}`;

class WriteHost extends LitElement {
  static override properties = {api: {type: String}};
  declare api: string;
  moves: string[] = [];
  phases: WritePhase[] = [];
  codes: (string | undefined)[] = [];
  write = new OutboxWriteController<Note>(this, {
    kind: 'question',
    what: 'questions',
    url: () => this.api && questionsUrl(this.api),
    draftKey,
    empty: () => ({text: ''}),
    hasContent: (d) => !!d.text.trim(),
    draftOf: (body) => ({text: String(body.body ?? '')}),
    codeOf: (result) => (result as {receipt?: string} | undefined)?.receipt,
    keepWith: (body) => ({long: String(body.body).length > 20}),
    moved: (to) => this.moves.push(to),
    sent: (code) => this.codes.push(code),
  });
  override updated() {
    if (this.phases.at(-1) !== this.write.phase) this.phases.push(this.write.phase);
  }
  override render() {
    return lit`<p>${this.write.phase}</p>`;
  }
  send(text: string) {
    this.write.edit({text});
    return this.write.send({body: text, publish_ok: false, lang: 'en', fax: ''});
  }
}
customElements.define('tx-write-host', WriteHost);

async function mount(ns: string): Promise<WriteHost> {
  const el = await fixture<WriteHost>(html`<tx-write-host api=${apiOf(ns)}></tx-write-host>`);
  await el.updateComplete;
  return el;
}
const stored = async (ns: string) => (await Outbox.shared().list('question')).filter((i) => i.url === questionsUrl(apiOf(ns)));

describe('OutboxWriteController', () => {
  beforeEach(() => {
    OutboxWriteController.minTokenAgeMs = 0;
  });

  it('sends a write once with its form token, shows the code for this visit, and leaves nothing on the device', async () => {
    const ns = newNs();
    const el = await mount(ns);
    await settle(); // the form token arrived
    const item = await el.send('A question sent once');
    expect(item?.body.form_token).to.equal('tok-1');
    await until(() => el.write.phase === 'sent', 'sent', 8000);
    expect(el.write.code).to.equal('QA01-M3XD-9TRV-2PWA');
    expect(el.moves).to.deep.equal(['sent']);
    expect(el.codes).to.deep.equal(['QA01-M3XD-9TRV-2PWA']);
    await settle();
    expect(await stored(ns)).to.deep.equal([]);
    expect(await Outbox.shared().loadDraft(draftKey(questionsUrl(apiOf(ns))))).to.equal(undefined);
    expect((await received(ns)).map((b) => b.body)).to.deep.equal(['A question sent once']);
    // The next write gets a token of its own.
    await el.write.finish();
    await settle();
    expect(el.write.phase).to.equal('form');
    expect((await el.send('And a second one'))?.body.form_token).to.equal('tok-2');
  });

  it('keeps the draft on the device as it is typed, restores it with a notice, and stores no empty draft', async () => {
    const ns = newNs();
    const el = await mount(ns);
    el.write.edit({text: 'half a thought'});
    await el.write.flushDraft();
    el.remove();
    const again = await mount(ns);
    await until(() => again.write.draftRestored, 'draft restored');
    expect(again.write.draft).to.deep.equal({text: 'half a thought'});
    again.write.edit({text: '   '});
    await again.write.flushDraft();
    expect(await Outbox.shared().loadDraft(draftKey(questionsUrl(apiOf(ns))))).to.equal(undefined);
  });

  it('offline: kept on the device, then sent exactly once after a reload, never called blocked for a server that was only down', async () => {
    const ns = newNs();
    const el = await mount(ns);
    await settle();
    await control(ns, {down: true});
    await el.send('Written on the train');
    await until(() => el.write.phase === 'queued', 'queued', 8000);
    expect(el.moves).to.deep.equal(['queued']);
    el.remove();
    await control(ns, {down: false});
    const again = await mount(ns);
    await until(() => again.write.phase === 'sent', 'sent after the reload', 10000);
    expect(again.phases).to.not.include('blocked');
    expect(again.moves, 'nothing the visitor did on this page: focus stays').to.deep.equal([]);
    expect(again.codes).to.deep.equal(['QA01-M3XD-9TRV-2PWA']);
    await Outbox.shared().flush();
    expect(await received(ns)).to.have.length(1);
  });

  it('a write the browser refuses is "blocked"; deleting it takes it and its draft off the device', async () => {
    const ns = newNs();
    await control(ns, {blocked: true});
    const el = await mount(ns);
    await el.send('Refused by the browser');
    await until(() => el.write.phase === 'blocked', 'blocked', 8000);
    expect(el.moves).to.deep.equal(['blocked']);
    await el.write.deleteQueued();
    expect(el.write.phase).to.equal('form');
    expect(el.write.draft.text).to.equal('');
    expect(await stored(ns)).to.deep.equal([]);
    expect(await Outbox.shared().loadDraft(draftKey(questionsUrl(apiOf(ns))))).to.equal(undefined);
  });

  it('a form token the server no longer takes is replaced once, and the write still goes once', async () => {
    const ns = newNs();
    const el = await mount(ns);
    await settle();
    await control(ns, {expired: ['tok-1']});
    await el.send('Sent with a stale token');
    await until(() => el.write.phase === 'sent', 'sent with a fresh token', 10000);
    const got = await received(ns);
    expect(got.map((b) => b.form_token)).to.deep.equal(['tok-2']);
    expect(el.write.refusal).to.equal(undefined);
  });

  it('a refusal brings the form back with the text and the reason', async () => {
    const ns = newNs();
    await control(ns, {refuse: {status: 422, body: {error: 'invalid', message: 'too short'}}});
    const el = await mount(ns);
    await el.send('Refused by the server');
    await until(() => el.write.refusal, 'refused', 8000);
    expect(el.write.phase).to.equal('form');
    expect(el.write.refusal?.status).to.equal(422);
    expect(el.write.draft.text).to.equal('Refused by the server');
    expect(el.moves).to.deep.equal(['refused']);
    expect(await stored(ns)).to.deep.equal([]);
  });

  it('keeps the code on this device only when asked, with what the host keeps with it, never the text', async () => {
    const ns = newNs();
    const el = await mount(ns);
    await el.send('A question whose code I keep');
    await until(() => el.write.phase === 'sent', 'sent', 8000);
    el.write.keep(true);
    await settle();
    const key = keptCodeKey('question', questionsUrl(apiOf(ns)));
    expect(await Outbox.shared().loadDraft(key)).to.deep.equal({long: true, code: 'QA01-M3XD-9TRV-2PWA'});
    el.remove();
    const again = await mount(ns);
    await until(() => again.write.phase === 'sent', 'the kept code');
    expect([again.write.code, again.write.kept, again.write.keptWith]).to.deep.equal(['QA01-M3XD-9TRV-2PWA', true, {long: true}]);
    await again.write.finish();
    await settle();
    expect(await Outbox.shared().loadDraft(key)).to.equal(undefined);
  });

  it('"Forget this device" empties the form but keeps a write that is still waiting to be sent', async () => {
    const typing = await mount(newNs());
    typing.write.edit({text: 'nobody else should read this'});
    const ns = newNs();
    const waiting = await mount(ns);
    await settle();
    await control(ns, {down: true});
    await waiting.send('Still to be sent');
    await until(() => waiting.write.phase === 'queued', 'queued', 8000);
    dispatchEvent(new CustomEvent(FORGET_EVENT, {detail: {favourites: false}}));
    await typing.updateComplete;
    expect(typing.write.draft.text).to.equal('');
    expect(waiting.write.phase).to.equal('queued');
    await control(ns, {down: false});
    dispatchEvent(new Event('online'));
    await until(() => waiting.write.phase === 'sent', 'sent when the network returns', 8000);
    expect(await received(ns)).to.have.length(1);
  });
});
