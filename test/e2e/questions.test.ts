/**
 * End to end, in Chromium against the real server (`peerkit serve --demo`): ask → receipt →
 * moderator answers in the desk → the asker reads the answer → publish → public list; the same
 * with the network cut before submitting; the crisis panel in both languages; 401 for moderation
 * calls without a token; XSS rendered as text; the visitor's user agent stored nowhere.
 */
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, readFileSync} from 'node:fs';
import {randomUUID} from 'node:crypto';
import type {Browser, BrowserContext, Page} from 'playwright-core';
import {startServer, launchBrowser, type RunningServer} from './support.js';

const UA = `PeerkitE2EAgent/${randomUUID()}`;
const XSS = '<img src=x onerror="window.__xss=1"><script>window.__xss=1</script>';
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

async function visitor(): Promise<{ctx: BrowserContext; page: Page}> {
  const ctx = await browser.newContext({userAgent: UA, locale: 'en-US', permissions: ['clipboard-read', 'clipboard-write']});
  contexts.push(ctx);
  const page = await ctx.newPage();
  page.on('pageerror', (err) => console.error('page error:', err.message));
  return {ctx, page};
}

async function openQuestions(page: Page) {
  await page.goto(`${server.url}/questions.html`);
  await page.locator('peer-question-box #question').waitFor();
}

async function openDesk(page: Page) {
  await page.goto(`${server.url}/desk`);
  await page.locator('peer-moderation-desk #token').fill(server.token);
  await page.locator('peer-moderation-desk button[type="submit"]').click();
  await page.locator('peer-moderation-desk #signed-in').waitFor();
}

const api = (path: string, init: RequestInit = {}) => fetch(`${server.url}/api/${path}`, init);

async function storedQuestions(marker: string) {
  const r = await api('v1/moderation/questions?status=all', {headers: {Authorization: `Bearer ${server.token}`}});
  assert.equal(r.status, 200);
  const {items} = (await r.json()) as {items: {id: number; body: string; status: string}[]};
  return items.filter((q) => q.body.includes(marker));
}

test('ask → receipt → moderator answers → asker reads the answer → publish → public list, with XSS rendered as text', async () => {
  const marker = `zq${Date.now().toString(36)}`;
  const question = `How long do cravings usually last after detox? ${marker} ${XSS}`;
  const answer = `Most people find cravings ease within weeks; each one passes in minutes. ${marker}-answer`;

  const {page} = await visitor();
  await openQuestions(page);
  const box = page.locator('peer-question-box');
  await box.locator('#question').fill(question);
  await box.locator('#publish').check();
  await box.locator('form[part="form"] button[type="submit"]').click();
  const code = box.locator('[part="receipt-code"]');
  await code.waitFor({timeout: 20_000});
  const receipt = (await code.textContent())!.trim();
  assert.match(receipt, /^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/);

  // The moderator answers in the desk (its own browser context: its own sessionStorage).
  const staff = await visitor();
  await openDesk(staff.page);
  const desk = staff.page.locator('peer-moderation-desk');
  const item = desk.locator('ol.items > li > article', {hasText: marker});
  await item.waitFor();
  assert.equal((await item.locator('.question-body').textContent())!.trim(), question);
  assert.equal(await item.locator('.question-body img, .question-body script').count(), 0);
  assert.equal(await staff.page.evaluate(() => (window as unknown as {__xss?: number}).__xss), undefined);
  await item.locator('textarea').fill(answer);
  await item.locator('input[value="clinician"]').check();
  await item.getByRole('button', {name: 'Save answer'}).click();
  await item.getByText('Answer saved.').waitFor();

  // The asker reads the answer with the receipt, typed loosely.
  await box.getByRole('button', {name: 'Check my answer'}).first().click();
  await box.locator('.result').waitFor();
  await box.locator('#code').fill(` ${receipt.toLowerCase().replace(/-/g, ' ')} `);
  await box.locator('[part="lookup"] button[type="submit"]').click();
  await box.locator('.result .answer', {hasText: `${marker}-answer`}).waitFor();
  assert.match((await box.locator('.result').textContent())!, /Answered by a clinician/);

  // A wrong code: not found.
  await box.locator('#code').fill('AAAA-BBBB-CCCC-DDDD');
  await box.locator('[part="lookup"] button[type="submit"]').click();
  await box.getByText('We couldn’t find that code').waitFor();

  // Publish, then the question is in the public list, as text.
  await item.getByRole('button', {name: 'Publish'}).click();
  await item.getByText('Published in the public list.').waitFor();
  await page.reload();
  await box.locator('#search').fill(marker);
  await box.locator('form[role="search"] button').click();
  const published = box.locator('ol.qa > li', {hasText: marker});
  await published.waitFor();
  const text = (await published.textContent())!;
  assert.ok(text.includes(XSS), 'the XSS payload is shown as text');
  assert.ok(text.includes(`${marker}-answer`));
  assert.match(text, /Clinician answer/);
  assert.equal(await published.locator('img, script').count(), 0);
  assert.equal(await page.evaluate(() => (window as unknown as {__xss?: number}).__xss), undefined);

  // The audit log recorded the moderator's actions.
  await desk.getByRole('tab', {name: 'Audit log'}).click();
  await desk.locator('tbody tr').first().waitFor();
  assert.match((await desk.locator('tbody').textContent())!, /Published/);
});

test('the network cut before submitting: the question is kept, sent when back online, stored exactly once', async () => {
  const marker = `off${Date.now().toString(36)}`;
  const {ctx, page} = await visitor();
  await openQuestions(page);
  await page.waitForLoadState('networkidle'); // the form token has arrived
  const box = page.locator('peer-question-box');
  await box.locator('#question').fill(`Is it okay to skip a meeting when I am sick? ${marker}`);
  await ctx.setOffline(true);
  await box.locator('form[part="form"] button[type="submit"]').click();
  await box.getByText('Your question is saved on this device and will be sent automatically when you’re back online').waitFor({timeout: 20_000});
  assert.equal((await storedQuestions(marker)).length, 0);
  await ctx.setOffline(false);
  await box.locator('[part="receipt-code"]').waitFor({timeout: 60_000});
  // Reloading afterwards sends nothing again (still one), and the receipt was for that visit only.
  await page.reload();
  await box.locator('#question').waitFor();
  assert.equal(await box.locator('[part="receipt-code"]').count(), 0);
  const stored = await storedQuestions(marker);
  assert.equal(stored.length, 1);
  assert.equal(stored[0].status, 'pending');
});

test('the crisis panel appears for crisis text, in English and in Spanish, without blocking submission', async () => {
  const {page} = await visitor();
  await openQuestions(page);
  const box = page.locator('peer-question-box');
  await box.locator('#question').fill('I took too many pills and I want to end it all');
  const panel = box.getByRole('region', {name: 'You do not have to go through this alone'});
  await panel.waitFor();
  assert.equal(await panel.locator('a[href="tel:988"]').count(), 1);
  assert.equal(await panel.locator('a[href="tel:911"]').count(), 1);
  assert.match((await panel.textContent())!, /1-800-662-4357/);
  assert.equal(await box.locator('form[part="form"] button[type="submit"]').isEnabled(), true);

  await page.getByRole('combobox', {name: 'Language', exact: true}).selectOption('es');
  await box.locator('#question').fill('Mi hermano tuvo una sobredosis y no respira');
  const es = box.getByRole('region', {name: 'No tienes que pasar por esto solo'});
  await es.waitFor();
  assert.match((await es.textContent())!, /marca 2/);
  assert.equal(await es.locator('a[href="tel:911"]').count(), 1);
});

test('moderation calls without a valid token get 401', async () => {
  const calls: [string, RequestInit][] = [
    ['v1/moderation/me', {}],
    ['v1/moderation/questions?status=all', {}],
    ['v1/moderation/questions/1', {method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify({action: 'decline'})}],
    ['v1/moderation/stories?status=all', {}],
    ['v1/moderation/audit', {}],
  ];
  for (const [path, init] of calls) {
    for (const auth of [undefined, 'Bearer not-a-real-token']) {
      const r = await api(path, {...init, headers: {...(init.headers as Record<string, string>), ...(auth ? {Authorization: auth} : {})}});
      assert.equal(r.status, 401, `${path} with ${auth ?? 'no token'}`);
      assert.equal(((await r.json()) as {error: string}).error, 'unauthorized');
    }
  }
  // The desk refuses a wrong token and stores nothing.
  const {page} = await visitor();
  await page.goto(`${server.url}/desk`);
  await page.locator('peer-moderation-desk #token').fill('not-a-real-token');
  await page.locator('peer-moderation-desk button[type="submit"]').click();
  await page.locator('peer-moderation-desk').getByText('That token was not accepted').waitFor();
  assert.equal(await page.evaluate(() => sessionStorage.length), 0);
});

test('the desk Stories tab: a pending story, content warnings edited, approved, shown as live', async () => {
  const marker = `st${Date.now().toString(36)}`;
  const token = ((await (await api('v1/form-token')).json()) as {token: string}).token;
  await new Promise((r) => setTimeout(r, 2200)); // older than the form token's minimum age
  const created = await api('v1/stories', {
    method: 'POST',
    headers: {'Content-Type': 'application/json'},
    body: JSON.stringify({
      title: `A year of mornings ${marker}`,
      body: `A year ago I could not get through a morning without a drink. Today I make breakfast for my kids. ${XSS}`,
      name: 'Robin',
      recovery_months: 12,
      content_warnings: ['substance-use'],
      consent: {publish: true, duration: '1y'},
      lang: 'en',
      idempotency_key: `e2e-${marker}-${randomUUID()}`,
      form_token: token,
      fax: '',
    }),
  });
  assert.equal(created.status, 201);

  const staff = await visitor();
  await openDesk(staff.page);
  const desk = staff.page.locator('peer-moderation-desk');
  await desk.getByRole('tab', {name: 'Stories'}).click();
  const story = desk.locator('ol.items > li > article', {hasText: marker});
  await story.waitFor();
  assert.ok((await story.locator('.story-body').textContent())!.includes(XSS));
  assert.equal(await story.locator('.story-body img, .story-body script').count(), 0);
  assert.equal(await story.locator('input[id$="-substance-use"]').isChecked(), true);
  await story.locator('input[id$="-relapse"]').check();
  await story.getByRole('button', {name: 'Approve'}).click();
  await story.getByText('Story approved.').waitFor();
  // PEERKIT_STORY_COOLING_OFF_HOURS=0 in e2e: live at once.
  assert.match((await story.textContent())!, /Live since|Goes live/);
  const r = await api('v1/moderation/stories?status=approved', {headers: {Authorization: `Bearer ${server.token}`}});
  const {items} = (await r.json()) as {items: {title: string; content_warnings: string[]}[]};
  const saved = items.find((x) => x.title.includes(marker));
  assert.deepEqual(saved?.content_warnings.sort(), ['relapse', 'substance-use']);
});

test("after the flows, the visitor's user agent appears nowhere in the database or the server logs", async () => {
  // Let any write in flight land, then read the database file and its write-ahead log.
  await new Promise((r) => setTimeout(r, 300));
  const files = [server.dbFile, `${server.dbFile}-wal`].filter((f) => existsSync(f));
  assert.ok(files.length >= 1, 'the database file exists');
  const needle = Buffer.from(UA.split('/')[1]);
  for (const f of files) {
    const bytes = readFileSync(f);
    assert.equal(bytes.indexOf(needle), -1, `user agent found in ${f}`);
    assert.equal(bytes.indexOf(Buffer.from('PeerkitE2EAgent')), -1, `user agent found in ${f}`);
  }
  assert.ok(!server.logs().includes('PeerkitE2EAgent'), 'user agent found in the server logs');
  // The questions asked in these tests are in the database, so the search above was meaningful.
  assert.ok((await storedQuestions('off')).length >= 1);
});
