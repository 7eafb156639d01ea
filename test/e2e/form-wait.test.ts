/**
 * The widgets wait as long as the server says (`min_submit_ms` in the form token), so a receipt is
 * only ever shown for a write the server stored: on a server started with PEERKIT_MIN_SUBMIT_MS=5000
 * (the default is 2000), a question sent at once gets a receipt that looks up as pending, and a
 * story's withdrawal code withdraws it.
 */
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {randomUUID} from 'node:crypto';
import type {Browser, BrowserContext} from 'playwright-core';
import {startServer, launchBrowser, type RunningServer} from './support.js';

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;

before(async () => {
  [server, browser] = await Promise.all([startServer({env: {PEERKIT_MIN_SUBMIT_MS: '5000'}}), launchBrowser()]);
  context = await browser.newContext({locale: 'en-US'});
});
after(async () => {
  await context?.close().catch(() => undefined);
  await browser?.close();
  await server?.stop();
});

const api = (path: string, body: unknown) => fetch(`${server.url}/api/${path}`, {method: 'POST', headers: {'content-type': 'application/json'}, body: JSON.stringify(body)});

test('a question sent at once on a server that asks for 5 s gets a receipt the server knows', async () => {
  const page = await context.newPage();
  await page.goto(`${server.url}/questions.html`);
  const box = page.locator('peer-question-box');
  await box.locator('#question').fill(`Is it normal to feel tired all the time in early recovery? ${randomUUID().slice(0, 8)}`);
  await box.locator('form[part="form"] button[type="submit"]').click();
  const code = box.locator('[part="receipt-code"]');
  await code.waitFor({timeout: 30_000});
  const receipt = (await code.textContent())!.trim();
  const lookup = await api('v1/questions/lookup', {receipt});
  assert.equal(lookup.status, 200, `the receipt ${receipt} is real`);
  assert.deepEqual(await lookup.json(), {status: 'pending'});
  await page.close();
});

test('a story sent at once on that server gets a withdrawal code that withdraws it', async () => {
  const page = await context.newPage();
  await page.goto(`${server.url}/stories.html`);
  await page.locator('peer-story-carousel button.share-open').click();
  const form = page.locator('peer-story-share');
  await form.locator('#f-title').fill(`Slow and steady ${randomUUID().slice(0, 8)}`);
  await form.locator('#f-body').fill('I did not believe the people who said it gets better. I believed them a little more every week I kept showing up.');
  await form.locator('#f-name').fill('Robin');
  await form.locator('input[name="consent_publish"]').check();
  await form.locator('input[name="duration"][value="1y"]').check();
  await form.locator('button.submit').click();
  const code = (await form.locator('.code').textContent({timeout: 30_000}))!.trim();
  const w = await api('v1/stories/withdraw', {withdraw_code: code});
  assert.equal(w.status, 200, `the withdrawal code ${code} is real`);
  assert.deepEqual(await w.json(), {withdrawn: true});
  await page.close();
});

test('on a server that asks every write for a proof of work, the question box solves it (its solver loads then) and the receipt is real', async () => {
  const pow = await startServer({env: {PEERKIT_POW: 'always', PEERKIT_POW_MAX: '3000'}});
  const page = await context.newPage();
  try {
    const solver: string[] = [];
    page.on('request', (r) => /pow-solver/.test(r.url()) && solver.push(r.url()));
    await page.goto(`${pow.url}/questions.html`);
    const box = page.locator('peer-question-box');
    await box.locator('#question').fill(`Does a proof of work slow my question down? ${randomUUID().slice(0, 8)}`);
    assert.deepEqual(solver, [], 'the solver is not part of the first load');
    await box.locator('form[part="form"] button[type="submit"]').click();
    const code = box.locator('[part="receipt-code"]');
    await code.waitFor({timeout: 30_000});
    const receipt = (await code.textContent())!.trim();
    const lookup = await fetch(`${pow.url}/api/v1/questions/lookup`, {method: 'POST', headers: {'content-type': 'application/json'}, body: JSON.stringify({receipt})});
    assert.equal(lookup.status, 200);
    assert.equal(solver.length, 1, 'the solver chunk was fetched for the challenge');
  } finally {
    await page.close();
    await pow.stop();
  }
});
