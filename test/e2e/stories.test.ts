/**
 * End to end, in Chromium against the real server (`peerkit serve --demo`, cooling-off 0 h):
 * a visitor shares a story in the form → a moderator approves it through the moderation API →
 * it is in the API and the carousel → the storyteller withdraws it with the code → it is gone from
 * the API and the carousel. Consent expiry: an approved story whose consent has run out is no longer
 * served (the server has no clock option, so the test moves the stored expiry into the past).
 */
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {randomUUID} from 'node:crypto';
import Database from 'better-sqlite3';
import type {Browser, BrowserContext, Page} from 'playwright-core';
import {startServer, launchBrowser, type RunningServer} from './support.js';

let server: RunningServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

after(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  await browser?.close();
  await server?.stop();
});

async function visitor(): Promise<Page> {
  const ctx = await browser.newContext({locale: 'en-US', viewport: {width: 900, height: 900}});
  contexts.push(ctx);
  const page = await ctx.newPage();
  page.on('pageerror', (err) => console.error('page error:', err.message));
  return page;
}

const api = (path: string, init: RequestInit = {}) => fetch(`${server.url}/api/${path}`, init);
const asModerator = (init: RequestInit = {}): RequestInit => ({...init, headers: {Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json', ...init.headers}});

interface PublicStory {
  id: number;
  title: string;
  body: string;
}
async function publicStories(): Promise<PublicStory[]> {
  const r = await api('v1/stories');
  assert.equal(r.status, 200);
  return ((await r.json()) as {items: PublicStory[]}).items;
}

async function approve(title: string): Promise<number> {
  const r = await api('v1/moderation/stories?status=pending', asModerator());
  assert.equal(r.status, 200);
  const {items} = (await r.json()) as {items: {id: number; title: string; consent_duration: string; content_warnings: string[]}[]};
  const item = items.find((s) => s.title === title);
  assert.ok(item, `pending story "${title}" not found`);
  const ok = await api(`v1/moderation/stories/${item.id}`, asModerator({method: 'POST', body: JSON.stringify({action: 'approve'})}));
  assert.equal(ok.status, 200);
  return item.id;
}

const storyTitles = (page: Page) => page.locator('peer-story-carousel .story h3').allTextContents();

async function openStories(page: Page) {
  await page.goto(`${server.url}/stories.html`);
  await page.locator('peer-story-carousel button.share-open').waitFor();
  await page.locator('peer-story-carousel .story, peer-story-carousel [part=empty]').first().waitFor();
}

test('share in the form → approve → in the carousel → withdraw with the code → gone everywhere', async () => {
  const title = `Finding my way back ${randomUUID().slice(0, 8)}`;
  const page = await visitor();
  await openStories(page);
  assert.ok(!(await storyTitles(page)).includes(title));

  await page.locator('peer-story-carousel button.share-open').click();
  const form = page.locator('peer-story-share');
  await form.locator('#f-title').fill(title);
  await form.locator('#f-body').fill('I did not believe the people who said it gets better. I believed them a little more every week I kept showing up.');
  await form.locator('#f-name').fill('Robin');
  await form.locator('#f-years').fill('2');
  await form.locator('input[value="relapse"]').check();
  await form.locator('input[name="consent_publish"]').check();
  await form.locator('input[name="duration"][value="until-withdrawn"]').check();
  await form.locator('button.submit').click();
  const code = (await form.locator('.code').textContent({timeout: 20_000}))!.trim();
  assert.match(code, /^[A-Z0-9]{4}(-[A-Z0-9]{4}){3}$/);
  assert.match((await form.locator('.promise').textContent())!, /removes your story from this site at once/);

  // Not public before a moderator approves it.
  assert.ok(!(await publicStories()).some((s) => s.title === title));
  const r = await api('v1/moderation/stories?status=pending', asModerator());
  const pending = ((await r.json()) as {items: {title: string; recovery_months?: number; content_warnings: string[]; consent_duration: string}[]}).items.find((s) => s.title === title)!;
  assert.equal(pending.recovery_months, 24);
  assert.deepEqual(pending.content_warnings, ['relapse']);
  assert.equal(pending.consent_duration, 'until-withdrawn');
  await approve(title);
  assert.ok((await publicStories()).some((s) => s.title === title));

  // Visible in the carousel (cooling-off is 0 h here), behind its content warning.
  await page.reload();
  await page.locator('peer-story-carousel .story').first().waitFor();
  assert.ok((await storyTitles(page)).includes(title));
  const card = page.locator('peer-story-carousel .story', {hasText: title});
  assert.match((await card.locator('.warning').textContent())!, /relapse/);
  assert.match((await card.locator('.recovery').textContent())!, /2 years in recovery/);

  // Withdraw with the code: gone from the API and the carousel at once.
  await page.locator('peer-story-carousel button.withdraw-open').click();
  await form.locator('#f-code').fill(code.toLowerCase().replaceAll('-', ' '));
  await form.locator('button.withdraw-submit').click();
  // Asked once before anything is deleted.
  await form.locator('.confirm', {hasText: 'This cannot be undone.'}).waitFor();
  assert.ok((await publicStories()).some((s) => s.title === title), 'still published until confirmed');
  await form.locator('button.withdraw-confirm').click();
  await form.locator('.withdraw-result', {hasText: 'has been removed'}).waitFor();
  assert.ok(!(await publicStories()).some((s) => s.title === title));
  await page.waitForFunction(
    (t) => ![...(document.querySelector('peer-story-carousel')!.shadowRoot!.querySelectorAll('.story h3'))].some((h) => h.textContent === t),
    title,
  );
  const mod = (await (await api('v1/moderation/stories?status=all', asModerator())).json()) as {items: {title: string}[]};
  assert.ok(!mod.items.some((s) => s.title === title), 'the text is deleted, not only hidden');
  // The same code again: nothing left to withdraw.
  const again = await api('v1/stories/withdraw', {method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify({withdraw_code: code})});
  assert.equal(again.status, 404);
});

test('a story whose consent has expired is no longer shown', async () => {
  const title = `One year of consent ${randomUUID().slice(0, 8)}`;
  const token = ((await (await api('v1/form-token')).json()) as {token: string}).token;
  await new Promise((r) => setTimeout(r, 2100)); // the server ignores writes faster than 2 s after the token
  const created = await api('v1/stories', {
    method: 'POST',
    headers: {'Content-Type': 'application/json'},
    body: JSON.stringify({
      title,
      body: 'I agreed to share this for one year. After that it should quietly disappear from the site.',
      name: 'Alex',
      content_warnings: [],
      consent: {publish: true, duration: '1y'},
      lang: 'en',
      idempotency_key: randomUUID(),
      form_token: token,
      fax: '',
    }),
  });
  assert.equal(created.status, 201);
  const id = await approve(title);
  const mod = (await (await api('v1/moderation/stories?status=approved', asModerator())).json()) as {items: {id: number; expires_on?: string}[]};
  const expires = mod.items.find((s) => s.id === id)!.expires_on!;
  assert.equal(Number(expires.slice(0, 4)), new Date().getUTCFullYear() + 1);

  const page = await visitor();
  await openStories(page);
  assert.ok((await storyTitles(page)).includes(title));

  // A year later: move the stored expiry into the past (the server has no clock option).
  const db = new Database(server.dbFile);
  db.pragma('busy_timeout = 5000');
  const changed = db.prepare('UPDATE stories SET expires_at = ? WHERE id = ?').run('2001-01-01T00:00:00.000Z', id).changes;
  db.close();
  assert.equal(changed, 1);

  assert.ok(!(await publicStories()).some((s) => s.title === title));
  await openStories(page);
  assert.ok(!(await storyTitles(page)).includes(title));
});
