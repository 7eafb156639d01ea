import {expect} from '@open-wc/testing';
import {Outbox, type OutboxItem} from '../../src/core/outbox.js';

const control = (body: object) => fetch('/fake-api/core/control', {method: 'POST', body: JSON.stringify(body)});
const received = async () => (await (await fetch('/fake-api/core/received')).json()) as {body: Record<string, unknown>; key: string}[];
const waitFor = async (fn: () => Promise<boolean>, ms = 5000) => {
  const end = Date.now() + ms;
  while (!(await fn())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 25));
  }
};

describe('Outbox', () => {
  let dbName: string;
  beforeEach(async () => {
    dbName = `peerkit-test-${Math.random().toString(36).slice(2)}`;
    await control({down: false, reset: true});
  });

  it('sends a write once and keeps the server result', async () => {
    const box = new Outbox({dbName});
    const item = await box.enqueue('question', '/fake-api/core/items', {body: 'hello there'});
    expect(item.body.idempotency_key).to.equal(item.id);
    await waitFor(async () => (await box.get(item.id))?.status === 'sent');
    const stored = (await box.get(item.id)) as OutboxItem;
    expect(stored.result).to.deep.equal({receipt: 'R-1'});
    const got = await received();
    expect(got).to.have.length(1);
    expect(got[0].key).to.equal(item.id);
    expect(got[0].body.idempotency_key).to.equal(item.id);
    box.close();
  });

  it('keeps a write made while offline across a reload and delivers it exactly once when the network returns', async () => {
    await control({down: true});
    const first = new Outbox({dbName, backoffMs: 50});
    const item = await first.enqueue('question', '/fake-api/core/items', {body: 'typed while offline'});
    await first.flush();
    expect((await first.get(item.id))?.status).to.equal('pending');
    first.close(); // the tab is closed / reloaded

    const second = new Outbox({dbName, backoffMs: 50}); // the page is opened again
    second.claim('question');
    const pending = await second.list('question');
    expect(pending.map((i) => i.id)).to.deep.equal([item.id]);
    expect(pending[0].body.body).to.equal('typed while offline');

    // Several triggers at once (online event, visibility, a second widget): still one delivery.
    const third = new Outbox({dbName, backoffMs: 50});
    third.claim('question');
    await control({down: false});
    window.dispatchEvent(new Event('online'));
    await Promise.all([second.flush(), third.flush(), second.flush()]);
    await waitFor(async () => (await second.get(item.id))?.status === 'sent');
    await new Promise((r) => setTimeout(r, 300));
    const got = await received();
    expect(got).to.have.length(1);
    expect(got[0].body.body).to.equal('typed while offline');
    second.close();
    third.close();
  });

  it('marks a write the server refuses as failed, with the reason, and does not retry it', async () => {
    const box = new Outbox({dbName, backoffMs: 20});
    const item = await box.enqueue('question', '/fake-api/core/reject', {body: 'x'});
    await waitFor(async () => (await box.get(item.id))?.status === 'failed');
    const stored = await box.get(item.id);
    expect(stored?.error?.status).to.equal(422);
    expect((stored?.error?.body as {message: string}).message).to.equal('body too short');
    box.close();
  });

  it('an item removed while it is being sent stays removed (the visitor deleted it from the device)', async () => {
    const box = new Outbox({dbName});
    const item = await box.enqueue('question', '/fake-api/core/slow', {body: 'delete me'});
    const sending = box.flush();
    await new Promise((r) => setTimeout(r, 300)); // the answer takes 1.5 s
    await box.remove(item.id);
    await sending;
    expect(await box.get(item.id)).to.equal(undefined);
    expect(await box.list('question')).to.deep.equal([]);
    box.close();
  });

  it('notifies subscribers and keeps drafts', async () => {
    const box = new Outbox({dbName});
    const seen: string[] = [];
    box.subscribe((i) => seen.push(i.status));
    const item = await box.enqueue('story', '/fake-api/core/items', {title: 't'});
    await waitFor(async () => (await box.get(item.id))?.status === 'sent');
    expect(seen).to.include('pending');
    expect(seen).to.include('sent');
    await box.saveDraft('story:draft', {title: 'My first year'});
    const reopened = new Outbox({dbName});
    expect(await reopened.loadDraft('story:draft')).to.deep.equal({title: 'My first year'});
    await reopened.clearDraft('story:draft');
    expect(await reopened.loadDraft('story:draft')).to.equal(undefined);
    box.close();
    reopened.close();
  });
});

describe('Outbox kinds', () => {
  it('sends only the kinds a widget on this page handles; others wait for their own page', async () => {
    await fetch('/fake-api/core/control', {method: 'POST', body: JSON.stringify({down: true, reset: true})});
    const dbName = `peerkit-test-${Math.random().toString(36).slice(2)}`;
    const ask = new Outbox({dbName, backoffMs: 20});
    const item = await ask.enqueue('question', '/fake-api/core/items', {body: 'queued on the ask page'});
    await ask.flush();
    // The failed try put the item off for the back-off (20 ms): wait until it is due, so that what
    // keeps it pending below is its kind, not the back-off (and the last flush does send it).
    const dueAt = (await ask.get(item.id))!.nextAt;
    ask.close();
    await fetch('/fake-api/core/control', {method: 'POST', body: JSON.stringify({down: false})});
    await new Promise((r) => setTimeout(r, Math.max(0, dueAt - Date.now()) + 5));

    const storiesPage = new Outbox({dbName, backoffMs: 20});
    storiesPage.claim('story');
    await storiesPage.flush();
    expect((await storiesPage.get(item.id))?.status).to.equal('pending');
    expect(await (await fetch('/fake-api/core/received')).json()).to.have.length(0);

    storiesPage.claim('question');
    await storiesPage.flush();
    expect((await storiesPage.get(item.id))?.status).to.equal('sent');
    storiesPage.close();
  });
});
