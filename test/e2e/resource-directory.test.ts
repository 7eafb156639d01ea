/**
 * <peer-resource-directory> end to end: demo/directory.html (a treatment network's "Find help" page
 * loading /cdn/peer-resource-directory.js with src="/api/hsds" format="hsds", crisis-row and
 * quick-exit) against the real server's HSDS API, in Chromium.
 */
import {test, before, after, describe} from 'node:test';
import assert from 'node:assert/strict';
import type {Browser, BrowserContext, Page} from 'playwright-core';
import {startServer, launchBrowser, type RunningServer, watchPage} from './support.js';

let server: RunningServer;
let browser: Browser;

before(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

interface Opened {
  context: BrowserContext;
  page: Page;
  requests: string[];
  errors: string[];
}

async function open(path = '/directory.html'): Promise<Opened> {
  const context = await browser.newContext({viewport: {width: 1000, height: 900}});
  // The neutral site of the quick exit, served locally: no test ever leaves the machine.
  await context.route('https://www.google.com/**', (route) => route.fulfill({status: 200, contentType: 'text/html', body: '<title>Google</title><p>neutral</p>'}));
  const page = await context.newPage();
  const {requests, errors} = watchPage(page);
  await page.goto(server.url + path);
  return {context, page, requests, errors};
}

const cardNames = (page: Page) => page.locator('peer-resource-directory .results .card h3').allTextContents();

describe('resource directory on the demo "Find help" page', () => {
  test('lists the server’s services with hours, actions and the crisis row, contacting only the server', async () => {
    const {context, page, requests, errors} = await open();
    await page.locator('peer-resource-directory .results .card').first().waitFor();
    const names = await cardNames(page);
    assert.ok(names.length >= 10, `expected a page of services, got ${names.length}`);
    assert.ok(names.includes('Bridge Clinic (buprenorphine)'), names.join(' | '));
    const count = await page.locator('peer-resource-directory [part=count]').textContent();
    assert.match(count ?? '', /services (found|shown)/);
    // Hours from the engine, never a guess.
    const statuses = await page.locator('peer-resource-directory .results [part=status]').allTextContents();
    assert.ok(statuses.every((s) => /^(Open|Closed|Hours unknown)/.test(s)), statuses.join(' | '));
    const bridge = page.locator('peer-resource-directory .card', {hasText: 'Bridge Clinic (buprenorphine)'});
    assert.match((await bridge.locator('[part=status]').textContent()) ?? '', /^(Open · closes (in \d+ min|at \d+:\d\d [AP]M)|Closed · opens (at|\w+day at) \d+:\d\d [AP]M)$/);
    assert.equal(await bridge.locator('a[href^="tel:"]').first().getAttribute('href'), 'tel:3085550142');
    assert.equal(await bridge.locator('a[href^="sms:"]').first().getAttribute('href'), 'sms:3085550143');
    assert.match((await bridge.locator('.verified').textContent()) ?? '', /^Last verified Sep 15, 2026$/);
    // Crisis row and quick exit, as the page asked.
    assert.deepEqual(await page.locator('peer-resource-directory [part=crisis] a').evaluateAll((as) => as.map((a) => a.getAttribute('href'))), ['tel:988', 'sms:988', 'tel:+18006624357']);
    assert.equal(await page.locator('peer-resource-directory [part=quick-exit]').textContent(), 'Quick exit');
    const origin = new URL(server.url).origin;
    assert.deepEqual(requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:')), []);
    assert.ok(requests.some((u) => u.includes('/api/hsds/')), 'the directory asked the HSDS API');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('searches on the server, syncs the URL, opens the detail from /services/{id}, and Escape closes it', async () => {
    const {context, page, requests} = await open();
    await page.locator('peer-resource-directory .results .card').first().waitFor();
    await page.locator('peer-resource-directory #q').fill('naloxone');
    await page.waitForFunction(() => {
      const el = document.querySelector('peer-resource-directory')!;
      const names = [...el.shadowRoot!.querySelectorAll('.results .card h3')].map((h) => h.textContent!);
      return names.length > 0 && names.every((n) => /naloxone/i.test(n));
    });
    assert.ok((await cardNames(page)).includes('Free Naloxone and Test Strips'));
    assert.ok(requests.some((u) => /\/api\/hsds\/[a-z_]+\?.*search=naloxone/.test(u)), 'server-side search');
    assert.equal(new URL(page.url()).searchParams.get('rd-q'), 'naloxone');
    assert.equal(await page.locator('peer-resource-directory').getAttribute('query'), 'naloxone');
    await page.locator('peer-resource-directory .card h3 button', {hasText: 'Free Naloxone and Test Strips'}).click();
    const dialog = page.locator('peer-resource-directory dialog[open]');
    await dialog.waitFor();
    await page.waitForFunction(() => !document.querySelector('peer-resource-directory')!.shadowRoot!.querySelector('dialog .hint[role=status]'));
    assert.ok(requests.some((u) => u.endsWith('/api/hsds/services/svc-naloxone-np')), 'detail fetched from /services/{id}');
    const text = (await dialog.textContent()) ?? '';
    assert.match(text, /fentanyl and xylazine test strips/);
    assert.match(text, /Monday/);
    await page.keyboard.press('Escape');
    await dialog.waitFor({state: 'detached'}).catch(() => undefined);
    assert.equal(await page.locator('peer-resource-directory dialog[open]').count(), 0);
    assert.equal(await page.evaluate(() => document.querySelector('peer-resource-directory')!.shadowRoot!.activeElement?.textContent), 'Free Naloxone and Test Strips');
    await context.close();
  });

  test('a saved list shared as a link opens on another device with the same services', async () => {
    const {context, page} = await open();
    await page.locator('peer-resource-directory .results .card').first().waitFor();
    await page.locator('peer-resource-directory .card', {hasText: 'Bridge Clinic (buprenorphine)'}).locator('.save').click();
    await page.locator('peer-resource-directory .saved-toggle').click();
    await page.locator('peer-resource-directory .panel-actions button', {hasText: 'Copy share link'}).click();
    const link = await page.locator('peer-resource-directory #share-link').inputValue();
    assert.equal(new URL(link).hash, '#saved=svc-bridge-moud');
    await context.close();
    const other = await open(new URL(link).pathname + new URL(link).hash);
    await other.page.locator('peer-resource-directory [part=saved] .card').first().waitFor();
    assert.equal(await other.page.locator('peer-resource-directory [part=saved] h2').textContent(), 'Shared list');
    assert.deepEqual(await other.page.locator('peer-resource-directory [part=saved] .card h3').allTextContents(), ['Bridge Clinic (buprenorphine)']);
    await other.context.close();
  });

  test('quick exit replaces the page with the neutral site, so Back does not stay on the directory', async () => {
    const {context, page} = await open();
    await page.goto(server.url + '/');
    await page.goto(server.url + '/directory.html');
    await page.locator('peer-resource-directory [part=quick-exit]').waitFor();
    await Promise.all([page.waitForURL('https://www.google.com/**'), page.locator('peer-resource-directory [part=quick-exit]').click()]);
    assert.match(page.url(), /^https:\/\/www\.google\.com\//);
    // Back lands on the entry quick exit left behind, which leaves again before the directory renders.
    await page.goBack();
    await page.waitForURL('https://www.google.com/**', {timeout: 5000});
    assert.ok(!page.url().includes('/directory.html'), `Back stayed on ${page.url()}`);
    await context.close();
  });

  test('quick exit: Back from the neutral site leaves again instead of showing the site', async () => {
    const {context, page} = await open();
    await page.locator('peer-resource-directory .results .card').first().waitFor();
    // Told once (this tab) how to clear their history, since no page can erase it.
    assert.match((await page.locator('peer-resource-directory [part=quick-exit-tip]').textContent()) ?? '', /cannot erase your history: clear it afterwards/);
    await page.goto(server.url + '/');
    await page.goto(server.url + '/directory.html');
    await page.locator('peer-resource-directory .results .card').first().waitFor();
    assert.equal(await page.locator('peer-resource-directory [part=quick-exit-tip]').count(), 0);
    await Promise.all([page.waitForURL('https://www.google.com/**'), page.locator('peer-resource-directory .quick-exit-bar [part~=quick-exit]').click()]);
    await page.goBack();
    // Back lands on the entry the exit left behind, and the directory leaves again at once.
    await page.waitForURL('https://www.google.com/**', {timeout: 5000});
    assert.match(page.url(), /^https:\/\/www\.google\.com\//);
    await context.close();
  });

  test('quick exit is reachable with a service’s details open; Escape there first closes the details', async () => {
    const {context, page} = await open();
    await page.locator('peer-resource-directory .results .card').first().waitFor();
    await page.locator('peer-resource-directory .card h3 button', {hasText: 'Bridge Clinic (buprenorphine)'}).click();
    const dialog = page.locator('peer-resource-directory dialog[open]');
    await dialog.waitFor();
    // One Escape closes the details and is not counted; the page stays.
    await page.keyboard.press('Escape');
    await dialog.waitFor({state: 'detached'}).catch(() => undefined);
    assert.equal(await page.locator('peer-resource-directory dialog[open]').count(), 0);
    assert.match(page.url(), /directory\.html/);
    await page.locator('peer-resource-directory .card h3 button', {hasText: 'Bridge Clinic (buprenorphine)'}).click();
    await dialog.waitFor();
    await Promise.all([page.waitForURL('https://www.google.com/**'), dialog.locator('[part~=quick-exit]').click()]);
    assert.match(page.url(), /^https:\/\/www\.google\.com\//);
    await context.close();
  });

  test('Escape twice while a search holds text does not leave', async () => {
    const {context, page} = await open();
    await page.locator('peer-resource-directory .results .card').first().waitFor();
    await page.locator('peer-resource-directory #q').fill('detox');
    await page.locator('peer-resource-directory .saved-toggle').focus();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.locator('peer-resource-directory .saved-toggle').click();
    assert.match(page.url(), /directory\.html/);
    await context.close();
  });

  test('Escape twice also leaves', async () => {
    const {context, page} = await open();
    await page.locator('peer-resource-directory .results .card').first().waitFor();
    await page.locator('body').click({position: {x: 5, y: 5}});
    await Promise.all([page.waitForURL('https://www.google.com/**'), (async () => {
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');
    })()]);
    assert.match(page.url(), /^https:\/\/www\.google\.com\//);
    await context.close();
  });
});
