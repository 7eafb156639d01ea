/**
 * Issue 19 §1, end to end: the embed builder's snippets for the question box and the story carousel,
 * pasted into a plain page on a second origin (another local HTTP server, another port), against the
 * real server (`peerkit serve --demo`).
 *  - With PEERKIT_ALLOWED_ORIGINS empty (the default) a question and a story sent from that page are
 *    each stored exactly once.
 *  - With PEERKIT_ALLOWED_ORIGINS naming some other site, reads still work there but the writes are
 *    refused by the browser (CORS): the widgets say plainly that the site cannot send to its server,
 *    never that it will be sent automatically, nothing is stored, and the console says what to set.
 */
import {test, before, after, describe} from 'node:test';
import assert from 'node:assert/strict';
import {randomUUID} from 'node:crypto';
import type {Browser, Page} from 'playwright-core';
import {startServer, launchBrowser, otherSite, type RunningServer} from './support.js';

let browser: Browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

/** The builder's snippet for one widget, as a web admin gets it from /embed.html. */
async function snippetFor(server: RunningServer, widget: 'Question box' | 'Story carousel'): Promise<string> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.url}/embed.html`);
  await page.getByLabel(widget).check();
  const snippet = await page.getByLabel('Copy this and paste it where the widget should appear.').inputValue();
  await context.close();
  return snippet;
}

async function pastedPage(server: RunningServer) {
  const snippets = [await snippetFor(server, 'Question box'), await snippetFor(server, 'Story carousel')];
  assert.match(snippets[0], new RegExp(`api="${server.url}/api"`));
  return otherSite(`<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Our clinic</title></head>
<body><main><h1>Ask us, or share your story</h1>
${snippets.join('\n')}
</main></body></html>`);
}

async function visit(url: string): Promise<{page: Page; console: string[]; close: () => Promise<void>}> {
  const context = await browser.newContext({locale: 'en-US', viewport: {width: 1000, height: 900}});
  const page = await context.newPage();
  const console: string[] = [];
  page.on('console', (m) => console.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => console.push(`uncaught: ${e.message}`));
  await page.goto(url);
  return {page, console, close: () => context.close()};
}

async function ask(page: Page, text: string) {
  const box = page.locator('peer-question-box');
  await box.locator('#question').fill(text);
  await box.locator('form[part="form"] button[type="submit"]').click();
  return box;
}

async function share(page: Page, title: string) {
  await page.locator('peer-story-carousel button.share-open').click();
  const form = page.locator('peer-story-share');
  await form.locator('#f-title').fill(title);
  await form.locator('#f-body').fill('I did not believe the people who said it gets better. I believed them a little more every week I kept showing up.');
  await form.locator('#f-name').fill('Robin');
  await form.locator('input[name="consent_publish"]').check();
  await form.locator('input[name="duration"][value="1y"]').check();
  await form.locator('button.submit').click();
  return form;
}

async function stored(server: RunningServer, marker: string) {
  const auth = {headers: {Authorization: `Bearer ${server.token}`}};
  const q = (await (await fetch(`${server.url}/api/v1/moderation/questions?status=all`, auth)).json()) as {items: {body: string}[]};
  const s = (await (await fetch(`${server.url}/api/v1/moderation/stories?status=all`, auth)).json()) as {items: {title: string}[]};
  return {questions: q.items.filter((x) => x.body.includes(marker)).length, stories: s.items.filter((x) => x.title.includes(marker)).length};
}

describe('embedded on another origin, PEERKIT_ALLOWED_ORIGINS empty (the default)', () => {
  let server: RunningServer;
  before(async () => {
    server = await startServer();
  });
  after(() => server?.stop());

  test('a question and a story sent from the other site are each stored exactly once', async () => {
    const site = await pastedPage(server);
    const marker = `xo${randomUUID().slice(0, 8)}`;
    const v = await visit(site.url);
    try {
      await v.page.locator('peer-question-box #question').waitFor();
      await v.page.waitForLoadState('networkidle');
      const box = await ask(v.page, `Can my partner come to an open meeting with me? ${marker}`);
      await box.locator('[part="receipt-code"]').waitFor({timeout: 20_000});
      const receipt = (await box.locator('[part="receipt-code"]').textContent())!.trim();
      const form = await share(v.page, `Showing up ${marker}`);
      await form.locator('.code').waitFor({timeout: 20_000});
      const code = (await form.locator('.code').textContent())!.trim();
      await v.page.waitForLoadState('networkidle');
      assert.deepEqual(await stored(server, marker), {questions: 1, stories: 1});
      // The receipt lookup and the withdrawal work from the other site too.
      await box.getByRole('button', {name: 'Check my answer'}).first().click();
      await box.locator('#result-status').waitFor({timeout: 20_000});
      assert.equal((await box.locator('#result-status').textContent())!.trim(), 'Waiting for an answer. Please check again in a few days.');
      await form.locator('button.done').click();
      await v.page.locator('peer-story-carousel button.withdraw-open').click();
      await form.locator('#f-code').fill(code);
      await form.locator('button.withdraw-submit').click();
      await form.locator('button.withdraw-confirm').click(); // asked once before anything is deleted
      await form.getByText('Your story has been removed from this site.').waitFor({timeout: 20_000});
      assert.deepEqual(await stored(server, marker), {questions: 1, stories: 0});
      // A reload sends nothing twice.
      await v.page.reload();
      await v.page.locator('peer-question-box #question').waitFor();
      await v.page.waitForLoadState('networkidle');
      assert.deepEqual(await stored(server, marker), {questions: 1, stories: 0});
      assert.ok(receipt.length >= 16, receipt);
      assert.deepEqual(v.console.filter((l) => l.startsWith('error') || l.startsWith('uncaught')), []);
    } finally {
      await v.close();
      site.close();
    }
  });
});

describe('embedded on an origin PEERKIT_ALLOWED_ORIGINS does not list', () => {
  let server: RunningServer;
  before(async () => {
    server = await startServer({env: {PEERKIT_ALLOWED_ORIGINS: 'https://the-only-site.example'}});
  });
  after(() => server?.stop());

  test('reads work, writes are refused: the widgets say so plainly, promise nothing, and tell the site what to set', async () => {
    const site = await pastedPage(server);
    const marker = `xb${randomUUID().slice(0, 8)}`;
    const v = await visit(site.url);
    try {
      // Reads work from this origin: the published questions and the stories are there.
      await v.page.locator('peer-question-box ol.qa > li').first().waitFor({timeout: 20_000});
      await v.page.locator('peer-story-carousel .story').first().waitFor({timeout: 20_000});

      const box = await ask(v.page, `Is it okay to miss a meeting when I am sick? ${marker}`);
      const blocked = box.locator('#blocked-title');
      await blocked.waitFor({timeout: 20_000});
      const notice = (await box.locator('[part="base"]').textContent())!.replace(/\s+/g, ' ');
      assert.match(notice, /This site cannot send questions to its server yet; please tell the site\./);
      assert.doesNotMatch(notice, /automatically|back online/);
      assert.equal(await box.locator('#queued-title').count(), 0);

      const form = await share(v.page, `Refused here ${marker}`);
      await form.getByText('This site cannot send stories to its server yet; please tell the site.').waitFor({timeout: 20_000});
      const formText = (await form.locator('[part="panel"]').textContent())!.replace(/\s+/g, ' ');
      assert.doesNotMatch(formText, /as soon as the connection is back|automatically/);

      assert.deepEqual(await stored(server, marker), {questions: 0, stories: 0});
      const advice = v.console.filter((l) => l.includes('PEERKIT_ALLOWED_ORIGINS'));
      assert.equal(advice.filter((l) => l.includes(site.url) && /send questions/.test(l)).length, 1, `console advice for questions: ${v.console.join('\n')}`);
      assert.equal(advice.filter((l) => l.includes(site.url) && /send stories/.test(l)).length, 1, 'console advice for stories');

      // Checking a receipt code and withdrawing a story are refused the same way: said plainly, not
      // "check your connection" (the visitor is online and the server answers).
      await box.locator('#tab-check').click();
      await box.locator('#code').fill('K7QH-M3XD-9TRV-2PWA');
      await box.locator('#code').press('Enter');
      await box.getByText('This site cannot check answers with its server yet; please tell the site.', {exact: false}).waitFor({timeout: 20_000});
      assert.doesNotMatch((await box.locator('#panel-check').textContent())!, /Check your connection/);
      await v.page.locator('peer-story-carousel button.withdraw-open').click();
      await form.locator('#f-code').fill('K7QH-M3XD-9TRV-2PWA');
      await form.locator('button.withdraw-submit').click();
      await form.locator('button.withdraw-confirm').click(); // asked once before anything is deleted
      await form.getByText('This site cannot withdraw stories through its server yet; please tell the site.', {exact: false}).waitFor({timeout: 20_000});
      assert.doesNotMatch((await form.locator('.withdraw-result').textContent())!, /Check your connection/);
      await box.locator('#tab-ask').click();

      // Kept on the device, not lost: after a reload the question box still says so.
      await v.page.reload();
      await v.page.locator('peer-question-box #blocked-title').waitFor({timeout: 20_000});
      // The visitor may take it off the device.
      await v.page.locator('peer-question-box').getByRole('button', {name: 'Delete my question from this device'}).click();
      await v.page.locator('peer-question-box #question').waitFor();
      assert.equal(await v.page.locator('peer-question-box #question').inputValue(), '');
      // A second question on the same page: blocked too, and the console advice is not repeated.
      const before = v.console.length;
      await ask(v.page, `And what if I relapse on a holiday? ${marker}`);
      await v.page.locator('peer-question-box #blocked-title').waitFor({timeout: 20_000});
      const again = v.console.slice(before).filter((l) => l.includes('PEERKIT_ALLOWED_ORIGINS') && /questions/.test(l));
      assert.deepEqual(again, [], 'the advice is given once per page');
    } finally {
      await v.close();
      site.close();
    }
  });
});
