/**
 * The demo site, end to end, against the real server (`peerkit serve --demo`) in Chromium:
 *  - every page in demo/ loads with no console error, no failed request and no request to any host
 *    but the server, every peerkit widget on it renders a real state (not blank, not an error), the
 *    page passes axe (zero violations, light and dark), and nothing overflows at 320 px;
 *  - every page has the language menu in its header: all 18 languages by their own names, chosen
 *    by keyboard, kept in the address (?lang=xx, no cookie, no storage), right to left for Arabic;
 *  - the embed builder offers every language and writes the chosen one into the snippet;
 *  - the embed builder produces a snippet that, pasted into a page on another site, renders the
 *    chosen widget with the server's data; its copy button copies exactly that snippet;
 *  - issue 2's "done when": a plain HTML page with one script tag for /cdn/peerkit.js and a
 *    `<peer-config lang="es">` renders with no console error.
 */
import {test, before, after, describe} from 'node:test';
import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';
import {resolve} from 'node:path';
import type {Browser, BrowserContext, Page} from 'playwright-core';
import {startServer, launchBrowser, otherSite, type RunningServer} from './support.js';
import {LANGS} from '../../src/core/i18n.js';
import {LANGUAGE_NAMES} from '../../src/model/language-names.js';
import {questionBox as arQuestionBox} from '../../src/locales/ar/question-box.js';
import {questionBox as jaQuestionBox} from '../../src/locales/ja/question-box.js';

const root = resolve(import.meta.dirname, '../..');
const AXE = resolve(root, 'node_modules/axe-core/axe.min.js');

let server: RunningServer;
let browser: Browser;

before(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

/** Every demo page, by the path the server serves it at. */
function demoPages(): string[] {
  const files = readdirSync(resolve(root, 'demo')).filter((f) => f.endsWith('.html'));
  return files.map((f) => (f === 'index.html' ? '/' : f === 'desk.html' ? '/desk' : `/${f}`)).sort();
}

interface Watched {
  context: BrowserContext;
  page: Page;
  /** Console errors, uncaught exceptions, failed requests and requests to other hosts. */
  problems: string[];
}

/** A fresh context and page that records every problem, including any request to an origin not in `allowed`. */
async function watchedPage(allowed: string[], options: {colorScheme?: 'light' | 'dark'; width?: number; permissions?: string[]} = {}): Promise<Watched> {
  const context = await browser.newContext({
    colorScheme: options.colorScheme ?? 'light',
    viewport: {width: options.width ?? 1280, height: 900},
  });
  if (options.permissions) await context.grantPermissions(options.permissions, {origin: server.url});
  const problems: string[] = [];
  // Observed rather than intercepted: routing every request through the test slows pages several-fold.
  context.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith('data:') && !allowed.includes(new URL(url).origin)) problems.push(`request to another host: ${url}`);
  });
  // Every Content-Security-Policy violation the page reports (the pages are served with a strict CSP).
  await context.exposeBinding('__cspViolation', (_source, text: string) => problems.push(`CSP violation: ${text}`));
  await context.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) => (window as unknown as {__cspViolation(t: string): void}).__cspViolation(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`)),
  );
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()} (${m.location().url})`);
  });
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`failed request: ${r.url()} (${r.failure()?.errorText})`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  return {context, page, problems};
}

/**
 * Waits until every peerkit widget on the page shows something other than its loading state; on a
 * timeout, fails with what each widget shows and the problems seen so far.
 */
async function widgetsSettled(page: Page, problems: string[] = []): Promise<void> {
  try {
    await page.waitForFunction(
      () => {
        const widgets = [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('peer-') && e.localName !== 'peer-config');
        return widgets.every((w) => {
          const shadow = w.shadowRoot;
          if (!customElements.get(w.localName) || !shadow) return false;
          return !shadow.querySelector('[part~="loading"]') && (shadow.textContent ?? '').trim().length > 0;
        });
      },
      undefined,
      {timeout: 30_000},
    );
  } catch (err) {
    const report = await widgetReport(page).catch(() => []);
    throw new Error(`widgets did not settle on ${page.url()}: ${(err as Error).message}\nwidgets: ${JSON.stringify(report, null, 1)}\nproblems: ${problems.join('\n')}`);
  }
}

/** What each widget on the page shows, with any error part it renders. */
function widgetReport(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('*')]
      .filter((e) => e.localName.startsWith('peer-') && e.localName !== 'peer-config')
      .map((w) => ({
        tag: w.localName,
        defined: !!customElements.get(w.localName),
        error: (w.shadowRoot?.querySelector('[part~="error"]')?.textContent ?? '').trim().replace(/\s+/g, ' '),
        text: (w.shadowRoot?.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 200),
      })),
  );
}

async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through DevTools: the pages' CSP (rightly) refuses an injected inline script tag.
  await page.evaluate(readFileSync(AXE, 'utf8'));
  return page.evaluate(async () => {
    const axe = (window as unknown as {axe: {run: (ctx: Document) => Promise<{violations: {id: string; help: string; nodes: {target: unknown[]}[]}[]}>}}).axe;
    const result = await axe.run(document);
    return result.violations.map((v) => `${v.id} (${v.help}): ${v.nodes.map((n) => JSON.stringify(n.target)).slice(0, 5).join(', ')}`);
  });
}

describe('demo pages', () => {
  test('the moderation desk does not load inside another site\'s frame (frame-ancestors none)', async () => {
    const site = await otherSite(`<!doctype html><html lang="en"><title>Framing</title><iframe title="desk" src="${server.url}/desk"></iframe><iframe title="demo" src="${server.url}/"></iframe></html>`);
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const refused: string[] = [];
      page.on('console', (m) => m.type() === 'error' && refused.push(m.text()));
      await page.goto(site.url, {waitUntil: 'load'});
      await page.waitForTimeout(500); // let the frames settle (no assertion on time: it only waits)
      const loaded = await Promise.all(page.frames().map(async (f) => (f === page.mainFrame() ? null : {url: f.url(), desk: await f.locator('peer-moderation-desk').count().catch(() => 0), title: await f.title().catch(() => '')})));
      assert.ok(!loaded.some((f) => f && f.desk > 0), `the desk rendered in a frame: ${JSON.stringify(loaded)}`);
      assert.ok(refused.some((t) => /frame-ancestors|X-Frame-Options|Refused to (display|frame)/i.test(t)), refused.join('\n'));
    } finally {
      await context.close();
      site.close();
    }
  });

  test('the site has the four shell pages, linked from the index', async () => {
    const pages = demoPages();
    for (const p of ['/', '/clinic.html', '/blog.html', '/embed.html']) assert.ok(pages.includes(p), `${p} exists`);
    const {context, page} = await watchedPage([server.url]);
    await page.goto(`${server.url}/`);
    const links = await page.$$eval('a[href]', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    for (const p of pages) assert.ok(links.includes(p), `the index links to ${p}`);
    await context.close();
  });

  for (const path of demoPages()) {
    test(`${path}: loads cleanly, widgets render, zero axe violations (light and dark), fits 320 px`, async () => {
      for (const colorScheme of ['light', 'dark'] as const) {
        const {context, page, problems} = await watchedPage([server.url], {colorScheme});
        const response = await page.goto(`${server.url}${path}`, {waitUntil: 'load'});
        const csp = response!.headers()['content-security-policy'] ?? '';
        assert.match(csp, /script-src 'self'(;|$)/, `${path} is served with a strict CSP`);
        assert.match(csp, /require-trusted-types-for 'script'/);
        await widgetsSettled(page, problems);
        await page.waitForLoadState('networkidle');

        const head = await page.evaluate(() => {
          const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
          return {
            lang: document.documentElement.lang,
            title: document.title,
            main: document.querySelectorAll('main').length,
            h1: document.querySelectorAll('h1').length,
            duplicateIds: ids.filter((id, i) => ids.indexOf(id) !== i),
            danglingLabels: [...document.querySelectorAll('label[for]')].map((l) => l.getAttribute('for')!).filter((id) => !document.getElementById(id)),
          };
        });
        assert.deepEqual(head.duplicateIds, [], 'ids are unique');
        assert.deepEqual(head.danglingLabels, [], 'every label points at a control');
        assert.ok(head.lang, 'the page has a lang');
        assert.ok(head.title.trim(), 'the page has a title');
        assert.equal(head.main, 1, 'one main landmark');
        assert.ok(head.h1 >= 1, 'a level-one heading');

        const widgets = await widgetReport(page);
        for (const w of widgets) {
          assert.ok(w.defined, `<${w.tag}> is defined`);
          assert.equal(w.error, '', `<${w.tag}> shows no error (it shows: ${w.text})`);
        }

        const violations = await axeViolations(page);
        assert.deepEqual(violations, [], `axe (${colorScheme}) on ${path}:\n${violations.join('\n')}`);
        assert.deepEqual(problems, [], `problems on ${path} (${colorScheme}):\n${problems.join('\n')}`);
        await context.close();
      }

      // 320 px wide: nothing scrolls sideways.
      const {context, page, problems} = await watchedPage([server.url], {width: 320});
      await page.goto(`${server.url}${path}`, {waitUntil: 'load'});
      await widgetsSettled(page, problems);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${path} scrolls sideways by ${overflow}px at 320 px`);
      await context.close();
    });
  }

  test('clinic page: the meeting finder and the directory show the server\'s data, themed by the clinic', async () => {
    const {context, page, problems} = await watchedPage([server.url]);
    await page.goto(`${server.url}/clinic.html`);
    await widgetsSettled(page, problems);
    const shown = await page.evaluate(() => ({
      finder: document.querySelector('peer-meeting-finder')?.shadowRoot?.textContent ?? '',
      directory: document.querySelector('peer-resource-directory')?.shadowRoot?.textContent ?? '',
      accent: getComputedStyle(document.querySelector('peer-meeting-finder')!).getPropertyValue('--peer-color-accent').trim(),
      lang: (document.querySelector('peer-meeting-finder') as unknown as {locale: {lang: string}}).locale.lang,
    }));
    const services = (await (await fetch(`${server.url}/api/hsds/services?per_page=100`)).json()) as {contents: {name: string}[]};
    assert.ok(services.contents.some((s) => shown.directory.includes(s.name)), 'the directory lists a service from /api/hsds');
    const meetings = (await (await fetch(`${server.url}/api/v1/meetings`)).json()) as {name: string}[];
    assert.ok(meetings.some((m) => shown.finder.includes(m.name)), 'the finder lists a meeting from /api/v1/meetings');
    assert.equal(shown.accent, '#00695c', 'the clinic\'s accent colour reaches the widgets');
    assert.equal(shown.lang, 'en');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('blog page: the carousel shows a published story and the question box its form', async () => {
    const {context, page, problems} = await watchedPage([server.url]);
    await page.goto(`${server.url}/blog.html`);
    await widgetsSettled(page, problems);
    const stories = (await (await fetch(`${server.url}/api/v1/stories?lang=en`)).json()) as {items: {title: string}[]};
    const carousel = await page.evaluate(() => document.querySelector('peer-story-carousel')?.shadowRoot?.textContent ?? '');
    assert.ok(stories.items.length > 0 && stories.items.some((s) => carousel.includes(s.title)), 'a published story title is shown');
    const box = page.locator('peer-question-box textarea');
    await assert.doesNotReject(box.first().waitFor(), 'the question box shows a text area');
    assert.deepEqual(problems, []);
    await context.close();
  });
});

/** The language menu's options: value, name, lang and dir; and what it shows chosen. */
function menuOf(page: Page) {
  return page.evaluate(() => {
    const select = document.querySelector('header #language-menu') as HTMLSelectElement | null;
    return {
      label: select?.labels?.[0]?.textContent?.trim(),
      visible: !!select && select.checkVisibility(),
      value: select?.value,
      options: [...(select?.options ?? [])].map((o) => ({value: o.value, name: o.textContent, lang: o.lang, dir: o.dir})),
    };
  });
}

const expectedOptions = LANGS.map((l) => ({value: l, name: LANGUAGE_NAMES[l], lang: l, dir: l === 'ar' || l === 'fa' ? 'rtl' : 'ltr'}));

describe('language menu', () => {
  for (const path of demoPages()) {
    test(`${path}: a "Language" menu in the header offers every language by its own name`, async () => {
      const {context, page, problems} = await watchedPage([server.url]);
      await page.goto(`${server.url}${path}`);
      await page.locator('header #language-menu option').first().waitFor({state: 'attached'});
      const menu = await menuOf(page);
      assert.equal(menu.label, 'Language');
      assert.ok(menu.visible, 'the menu is shown');
      assert.equal(menu.value, 'en', 'English (the page\'s language) is chosen at first');
      assert.deepEqual(menu.options, expectedOptions);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  test('questions page: chosen by keyboard, the form speaks Arabic right to left, the address keeps it, no cookie or storage', async () => {
    const {context, page, problems} = await watchedPage([server.url]);
    await page.goto(`${server.url}/questions.html`);
    await widgetsSettled(page, problems);
    assert.equal(await page.getByRole('button', {name: 'Español'}).count(), 0, 'the old en/es buttons are gone');
    // The menu is the next Tab stop after the header's links.
    await page.locator('header a').last().focus();
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'language-menu');
    await page.locator('#language-menu').selectOption('ar');
    const box = page.locator('peer-question-box');
    await page.waitForFunction((submit) => document.querySelector('peer-question-box')?.shadowRoot?.querySelector('form[part="form"] button[type="submit"]')?.textContent?.trim() === submit, arQuestionBox.submit);
    const state = await page.evaluate(() => ({
      search: location.search,
      lang: document.querySelector('peer-question-box')?.getAttribute('lang'),
      dir: document.querySelector('peer-question-box')?.getAttribute('dir'),
      region: [document.querySelector('[data-language-region]')?.getAttribute('lang'), document.querySelector('[data-language-region]')?.getAttribute('dir')],
      page: [document.documentElement.lang, document.documentElement.dir],
      links: [...document.querySelectorAll('header a[href]')].map((a) => a.getAttribute('href')),
      skip: document.querySelector('.skip-link')?.getAttribute('href'),
      cookie: document.cookie,
      stored: localStorage.length + sessionStorage.length,
    }));
    assert.equal(state.search, '?lang=ar');
    assert.equal(state.lang, 'ar');
    assert.equal(state.dir, 'rtl');
    assert.deepEqual(state.region, ['ar', 'rtl']);
    assert.deepEqual(state.page, ['en', ''], 'the page itself stays English');
    assert.ok(state.links.every((h) => h?.endsWith('?lang=ar')), `links to the other pages carry the language: ${state.links.join(' ')}`);
    assert.equal(state.skip, '#main', 'links within the page are left alone');
    assert.equal(state.cookie, '');
    assert.equal(state.stored, 0, 'nothing in localStorage or sessionStorage');
    assert.equal(await box.evaluate((el) => (el as unknown as {locale: {lang: string}}).locale.lang), 'ar');
    // The menu and the page still pass axe with the form in Arabic.
    const violations = await axeViolations(page);
    assert.deepEqual(violations, [], violations.join('\n'));
    // ArrowDown on the focused menu moves to the next language (فارسی) at once.
    await page.locator('#language-menu').focus();
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction(() => location.search === '?lang=fa');
    // Back to English: the address loses the parameter.
    await page.locator('#language-menu').selectOption('en');
    await page.waitForFunction(() => location.search === '');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a link with ?lang=ja opens the page in Japanese; one with an unknown language in English', async () => {
    const {context, page, problems} = await watchedPage([server.url]);
    await page.goto(`${server.url}/blog.html?lang=ja`);
    await widgetsSettled(page, problems);
    await page.waitForFunction((submit) => document.querySelector('peer-question-box')?.shadowRoot?.querySelector('form[part="form"] button[type="submit"]')?.textContent?.trim() === submit, jaQuestionBox.submit);
    const shown = await page.evaluate(() => ({
      menu: (document.getElementById('language-menu') as HTMLSelectElement).value,
      widgets: [...document.querySelectorAll('peer-story-carousel, peer-question-box')].map((w) => [w.getAttribute('lang'), w.getAttribute('dir')]),
      regions: [...document.querySelectorAll('[data-language-region]')].map((r) => r.getAttribute('dir')),
    }));
    assert.equal(shown.menu, 'ja');
    assert.deepEqual(shown.widgets, [['ja', 'ltr'], ['ja', 'ltr']]);
    assert.deepEqual(shown.regions, ['ltr', 'ltr']);
    // The clinic page's <peer-config lang> takes the choice; an unknown ?lang changes nothing.
    await page.goto(`${server.url}/clinic.html?lang=fa`);
    await widgetsSettled(page, problems);
    assert.equal(await page.locator('peer-config').getAttribute('lang'), 'fa');
    await page.waitForFunction(() => document.querySelector('peer-meeting-finder')?.getAttribute('dir') === 'rtl');
    await page.goto(`${server.url}/clinic.html?lang=xx`);
    await widgetsSettled(page, problems);
    assert.equal(await page.locator('peer-config').getAttribute('lang'), 'en');
    assert.equal(await page.locator('#language-menu').inputValue(), 'en');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('embed builder: the page menu sets the preview\'s language when the builder says "Same as my page"', async () => {
    const {context, page, problems} = await watchedPage([server.url]);
    await page.goto(`${server.url}/embed.html?lang=ar`);
    await page.getByLabel('Question box').check();
    await widgetsSettled(page, problems);
    const preview = page.locator('#preview > peer-question-box');
    await page.waitForFunction(() => document.querySelector('#preview > peer-question-box')?.getAttribute('dir') === 'rtl');
    assert.equal(await page.locator('#preview').getAttribute('dir'), 'rtl');
    assert.doesNotMatch(await page.locator('#snippet').inputValue(), /lang=/, 'the page menu is not the snippet\'s language');
    // The builder's own choice wins over the page menu, in the preview and in the snippet.
    await page.getByLabel('Language of the widget').selectOption('de');
    await page.waitForFunction(() => document.querySelector('#preview > peer-question-box')?.getAttribute('lang') === 'de');
    assert.equal(await preview.getAttribute('dir'), 'ltr');
    assert.match(await page.locator('#snippet').inputValue(), / lang="de"[\n>]/);
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('embed builder', () => {
  test('builds a snippet that renders the chosen widget on another site, and copies it', async () => {
    const {context, page, problems} = await watchedPage([server.url], {permissions: ['clipboard-read', 'clipboard-write']});
    await page.goto(`${server.url}/embed.html`);

    // A web admin picks the story carousel, Spanish, always dark, no "share your story".
    await page.getByLabel('Story carousel').check();
    await page.getByLabel('Language of the widget').selectOption('es');
    await page.getByLabel('Colours').selectOption('dark');
    await page.getByLabel('Hide “Share your story”').check();
    await page.getByLabel('Use my own button colour').check();
    await page.getByLabel('Button colour', {exact: true}).fill('#6b2c91');

    const snippet = await page.getByLabel('Copy this and paste it where the widget should appear.').inputValue();
    assert.match(snippet, new RegExp(`^<script type="module" src="${server.url}/cdn/peer-story-carousel\\.js"></script>\\n`));
    assert.match(snippet, /<peer-story-carousel\n/);
    assert.match(snippet, new RegExp(` api="${server.url}/api"\\n`));
    assert.match(snippet, / lang="es"\n/);
    assert.match(snippet, / theme="dark"\n/);
    assert.match(snippet, / no-submit\n/);
    assert.match(snippet, / style="--peer-color-accent: #6b2c91; --peer-color-accent-text: #ffffff"\n/);
    assert.match(snippet, /><\/peer-story-carousel>\n$/);

    // The live preview is the same element with the same attributes.
    const preview = await page.evaluate(() => {
      const el = document.querySelector('#preview > *');
      return el ? {tag: el.localName, attrs: Object.fromEntries([...el.attributes].filter((a) => a.name !== 'data-theme').map((a) => [a.name, a.value]))} : undefined;
    });
    assert.equal(preview?.tag, 'peer-story-carousel');
    const expected = {api: `${server.url}/api`, lang: 'es', theme: 'dark', 'no-submit': '', style: '--peer-color-accent: #6b2c91; --peer-color-accent-text: #ffffff'};
    // (The style goes in through the CSSOM, since the page's CSP refuses style attributes as text: the browser writes it back with a closing ';'.)
    for (const [name, value] of Object.entries(expected)) assert.equal(preview?.attrs[name]?.replace(/;$/, ''), value, `preview attribute ${name}`);

    // Copy: the clipboard holds exactly the snippet, and the admin is told.
    await page.getByRole('button', {name: 'Copy code'}).click();
    await page.getByRole('status').filter({hasText: 'Copied'}).waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), snippet);

    // A bad address is flagged, and copying is refused until it is fixed.
    await page.getByLabel('peerkit server address').fill('example.org/api');
    assert.equal(await page.getByLabel('peerkit server address').getAttribute('aria-invalid'), 'true');
    await page.getByRole('button', {name: 'Copy code'}).click();
    await page.getByRole('status').filter({hasText: 'Fix the highlighted address first.'}).waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'f-api');
    assert.deepEqual(problems, []);
    await context.close();

    // Pasted into a fresh page on somebody else's site: the carousel renders, in Spanish, with the server's Spanish story.
    const site = await otherSite(`<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Our recovery page</title></head><body><main><h1>Stories</h1>\n${snippet}</main></body></html>`);
    try {
      const pasted = await watchedPage([server.url, site.url]);
      await pasted.page.goto(site.url);
      await widgetsSettled(pasted.page, pasted.problems);
      const es = (await (await fetch(`${server.url}/api/v1/stories?lang=es`)).json()) as {items: {title: string}[]};
      const shown = await pasted.page.evaluate(() => {
        const el = document.querySelector('peer-story-carousel') as (HTMLElement & {locale: {lang: string}}) | null;
        return {lang: el?.locale.lang, text: el?.shadowRoot?.textContent ?? ''};
      });
      assert.equal(shown.lang, 'es');
      assert.ok(es.items.length > 0 && es.items.every((s) => shown.text.includes(s.title)), `the Spanish stories are shown (got: ${shown.text.slice(0, 200)})`);
      assert.deepEqual(pasted.problems, []);
      await pasted.context.close();
    } finally {
      site.close();
    }
  });

  test('offers every language by its own name, and "Same as my page" (no lang); the snippet carries the chosen one', async () => {
    const {context, page, problems} = await watchedPage([server.url]);
    await page.goto(`${server.url}/embed.html`);
    const select = page.getByLabel('Language of the widget');
    const options = await select.evaluate((el) => [...(el as HTMLSelectElement).options].map((o) => ({value: o.value, name: o.textContent, lang: o.lang, dir: o.dir})));
    assert.deepEqual(options[0], {value: '', name: 'Same as my page', lang: '', dir: ''});
    assert.deepEqual(options.slice(1), expectedOptions);
    assert.doesNotMatch(await page.locator('#snippet').inputValue(), /lang=/, 'the page\'s language: no lang attribute');
    for (const lang of ['zh-Hans', 'fa', 'tl']) {
      await select.selectOption(lang);
      assert.match(await page.locator('#snippet').inputValue(), new RegExp(` lang="${lang}"\\n`));
      await page.waitForFunction((l) => document.querySelector('#preview > *')?.getAttribute('lang') === l, lang);
    }
    // The choice survives a reload through the page address.
    await page.reload();
    assert.equal(await page.getByLabel('Language of the widget').inputValue(), 'tl');
    await page.getByLabel('Language of the widget').selectOption('');
    assert.doesNotMatch(await page.locator('#snippet').inputValue(), /lang=/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('writes the meeting finder\'s time zone, pre-filters and optional services into the snippet and the preview', async () => {
    const {context, page, problems} = await watchedPage([server.url]);
    await page.goto(`${server.url}/embed.html`);
    await page.getByLabel('Meeting finder').check();
    // Types and regions come from the feed itself, with their names: ticked and chosen, not typed as codes.
    await page.getByRole('status').filter({hasText: /Your feed has \d+ meeting types and \d+ regions/}).waitFor();
    const typeNames = await page.locator('#f-types-list label').allTextContents();
    assert.ok(typeNames.includes('Open') && typeNames.includes('Discussion'), typeNames.join(' | '));
    assert.ok(!typeNames.includes('O'), 'names, not codes');
    const regions = await page.locator('#f-region option').allTextContents();
    assert.ok(regions.some((r) => r.trim() === 'North Platte'), regions.join(' | '));
    await page.getByLabel('Open', {exact: true}).check();
    await page.getByLabel('Discussion', {exact: true}).check();
    await page.getByLabel('Region').selectOption('North Platte');
    await page.getByLabel('Distances in').selectOption('km');
    await page.getByLabel('Keep the visitor\'s search in the page address').check();
    await page.getByText('Optional: search near a place, and map tiles').click();
    await page.getByLabel('Place search service').fill('https://geocoder.example/search?q={query}&format=json');
    // The meetings' time zone (issue 18): filled in with this computer's, changed to the intergroup's.
    const zone = page.getByLabel('Time zone of the meetings');
    assert.equal(await zone.inputValue(), await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone));
    await zone.fill('Eastern');
    await zone.press('Tab');
    assert.equal(await zone.getAttribute('aria-invalid'), 'true');
    assert.match(await page.locator('#f-timezone-error').textContent() ?? '', /Choose a time zone from the list/);
    await zone.fill('America/New_York');
    await zone.press('Tab');
    assert.equal(await zone.getAttribute('aria-invalid'), null);
    await page.getByLabel('Place search service').press('Tab'); // the preview follows on change
    const snippet = await page.getByLabel('Copy this and paste it where the widget should appear.').inputValue();
    assert.match(snippet, / timezone="America\/New_York"\n/);
    assert.match(snippet, / types="O D"\n/);
    assert.match(snippet, / region="North Platte"\n/);
    assert.match(snippet, / distance-unit="km"\n/);
    assert.match(snippet, / sync-url\n/);
    assert.match(snippet, / geocoder="https:\/\/geocoder\.example\/search\?q=\{query\}&amp;format=json"\n/);
    assert.doesNotMatch(snippet, /tile-url/);
    const attrs = await page.evaluate(() => Object.fromEntries([...document.querySelector('#preview > peer-meeting-finder')!.attributes].map((a) => [a.name, a.value])));
    assert.equal(attrs.timezone, 'America/New_York');
    assert.equal(attrs.types, 'O D');
    assert.equal(attrs.region, 'North Platte');
    assert.equal(attrs['distance-unit'], 'km');
    assert.equal(attrs['sync-url'], '');
    assert.equal(attrs.geocoder, 'https://geocoder.example/search?q={query}&format=json');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('offers the finder\'s embed modes, heading level, languages, duplicates and own type names; bad values are flagged in words', async () => {
    const {context, page, problems} = await watchedPage([server.url], {permissions: ['clipboard-read', 'clipboard-write']});
    await page.goto(`${server.url}/embed.html`);
    await page.getByLabel('Meeting finder').check();
    await page.getByLabel('Show the list only, without search and filters').check();
    await page.getByLabel('Only meetings that have not started yet, soonest first').check();
    await page.getByLabel('Show at most this many meetings').fill('5');
    await page.getByLabel('Compact rows, for a narrow sidebar').check();
    await page.getByLabel('Heading level of meeting names and story titles').selectOption('4');
    await page.getByLabel('Meeting languages').fill('ES  fr');
    await page.getByLabel('Show a meeting twice when two of my feeds list it').check();
    await page.getByText('Optional: your own names and explanations of meeting types').click();
    await page.getByLabel('Meeting type names').fill('{"LGBTQ": {"en": "LGBTQ+", "es": "LGBTQ+"},\n "GR": "Grapevine & \\"friends\\""}');
    await page.getByLabel('What the meeting types mean').fill('{"O": {"en": "Anyone may attend."}}');
    await page.getByLabel('What the meeting types mean').press('Tab'); // the preview follows on change
    const snippet = await page.locator('#snippet').inputValue();
    for (const line of [' no-controls', ' upcoming', ' limit="5"', ' compact', ' heading-level="4"', ' languages="es fr"', ' keep-duplicates'])
      assert.match(snippet, new RegExp(`${line}\\n`), line);
    // JSON on one line, its quotes and ampersand escaped for the attribute.
    assert.match(snippet, / type-names="\{&quot;LGBTQ&quot;:\{&quot;en&quot;:&quot;LGBTQ\+&quot;,&quot;es&quot;:&quot;LGBTQ\+&quot;\},&quot;GR&quot;:&quot;Grapevine &amp; \\&quot;friends\\&quot;&quot;\}"\n/);
    assert.match(snippet, / type-descriptions="\{&quot;O&quot;:\{&quot;en&quot;:&quot;Anyone may attend\.&quot;\}\}"\n/);
    // The preview: the same attributes, and the finder shows the next five meetings without controls, compact.
    await page.waitForFunction(() => document.querySelector('#preview > peer-meeting-finder')?.hasAttribute('compact'));
    const attrs = await page.evaluate(() => Object.fromEntries([...document.querySelector('#preview > peer-meeting-finder')!.attributes].map((a) => [a.name, a.value])));
    assert.deepEqual(
      [attrs['no-controls'], attrs.upcoming, attrs.limit, attrs.compact, attrs['heading-level'], attrs.languages, attrs['keep-duplicates']],
      ['', '', '5', '', '4', 'es fr', ''],
    );
    assert.deepEqual(JSON.parse(attrs['type-names']), {LGBTQ: {en: 'LGBTQ+', es: 'LGBTQ+'}, GR: 'Grapevine & "friends"'});
    assert.deepEqual(JSON.parse(attrs['type-descriptions']), {O: {en: 'Anyone may attend.'}});
    // Languages off for the shown list's check (the server's meetings may name none).
    await page.getByLabel('Meeting languages').fill('');
    await page.getByLabel('Meeting languages').press('Tab');
    await page.waitForFunction(() => !document.querySelector('#preview > peer-meeting-finder')?.hasAttribute('languages'));
    await page.waitForFunction(() => (document.querySelector('#preview > peer-meeting-finder')?.shadowRoot?.querySelectorAll('.list.compact .meeting').length ?? 0) > 0, null, {timeout: 15000});
    const shown = await page.evaluate(() => {
      const root = document.querySelector('#preview > peer-meeting-finder')!.shadowRoot!;
      return {rows: root.querySelectorAll('.meeting').length, toolbar: !!root.querySelector('[part=toolbar]'), count: root.querySelector('.count')?.textContent?.trim(), level: root.querySelector('.meeting [role=heading]')?.getAttribute('aria-level')};
    });
    assert.ok(shown.rows >= 1 && shown.rows <= 5, `rows: ${shown.rows}`);
    assert.equal(shown.toolbar, false);
    assert.equal(shown.level, '4');
    assert.match(shown.count ?? '', /^Next 5 of \d+ meetings$|^\d+ upcoming meetings?$/);

    // Bad values: flagged beside the field, in words, and copying waits for a fix.
    const names = page.getByLabel('Meeting type names');
    await names.fill('{"LGBTQ": "LGBTQ+",}');
    await names.press('Tab');
    assert.equal(await names.getAttribute('aria-invalid'), 'true');
    assert.match((await page.locator('#f-type-names-error').textContent()) ?? '', /^This is not valid JSON \(.+\)\. Check the quotes, commas and braces/);
    await page.getByRole('button', {name: 'Copy code'}).click();
    await page.getByRole('status').filter({hasText: 'Fix the highlighted field first.'}).waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'f-type-names');
    await names.fill('["LGBTQ"]');
    await names.press('Tab');
    assert.match((await page.locator('#f-type-names-error').textContent()) ?? '', /Write one object in braces/);
    await names.fill('{"LGBTQ": {"en": 5}}');
    await names.press('Tab');
    assert.match((await page.locator('#f-type-names-error').textContent()) ?? '', /“LGBTQ” must be given a text/);
    await names.fill('');
    await names.press('Tab');
    assert.equal(await names.getAttribute('aria-invalid'), null);
    assert.doesNotMatch(await page.locator('#snippet').inputValue(), /type-names/);
    const limit = page.getByLabel('Show at most this many meetings');
    await limit.fill('0');
    await limit.press('Tab');
    assert.equal(await limit.getAttribute('aria-invalid'), 'true');
    assert.match((await page.locator('#f-limit-error').textContent()) ?? '', /whole number from 1 to 500/);
    await limit.fill('');
    await limit.press('Tab');
    assert.doesNotMatch(await page.locator('#snippet').inputValue(), /limit=/);
    await page.getByLabel('Meeting languages').fill('Spanish!');
    await page.getByLabel('Meeting languages').press('Tab');
    assert.match((await page.locator('#f-languages-error').textContent()) ?? '', /short language codes/);
    await page.getByLabel('Meeting languages').fill('');

    // The heading level goes to the story carousel too; the finder's own options do not.
    await page.getByLabel('Story carousel').check();
    const carousel = await page.locator('#snippet').inputValue();
    assert.match(carousel, / heading-level="4"[\n>]/);
    assert.doesNotMatch(carousel, /no-controls|compact|upcoming|keep-duplicates|type-descriptions/);
    // Everything survives a reload through the page address.
    await page.getByLabel('Meeting finder').check();
    const before = await page.locator('#snippet').inputValue();
    await page.reload();
    assert.equal(await page.locator('#snippet').inputValue(), before);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('works from the keyboard alone, with a visible focus ring', async () => {
    const {context, page, problems} = await watchedPage([server.url], {permissions: ['clipboard-read', 'clipboard-write']});
    await page.goto(`${server.url}/embed.html`);
    // The skip link is the first stop and takes the visitor to the main content.
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Skip to content');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => location.hash.startsWith('#main') || document.activeElement?.id === 'main' || document.querySelector('main:target') !== null), true);
    // Arrow keys move between widgets in the radio group.
    await page.locator('#w-meeting-finder').focus();
    await page.keyboard.press('ArrowDown');
    assert.equal(await page.getByLabel('Resource directory').isChecked(), true);
    assert.match(await page.locator('#snippet').inputValue(), /<peer-resource-directory /);
    // The copy button is reachable and shows where focus is.
    await page.locator('#copy').focus();
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    assert.notEqual(outline, 'none', 'the focused button has an outline');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({hasText: 'Copied'}).waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the form state survives a reload through the page address', async () => {
    const {context, page} = await watchedPage([server.url]);
    await page.goto(`${server.url}/embed.html`);
    await page.getByLabel('Resource directory').check();
    await page.getByLabel('Search words').fill('naloxone');
    await page.getByLabel('Search words').press('Tab');
    const before = await page.locator('#snippet').inputValue();
    await page.reload();
    assert.equal(await page.getByLabel('Resource directory').isChecked(), true);
    assert.equal(await page.locator('#snippet').inputValue(), before);
    assert.match(before, /query="naloxone"/);
    await context.close();
  });
});

test('issue 2: a plain page with one script tag and <peer-config lang="es"> renders with no console error', async () => {
  const site = await otherSite(`<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Plain page</title>
    <script type="module" src="${server.url}/cdn/peerkit.js"></script>
  </head>
  <body><main>
    <peer-config lang="es" api="${server.url}/api">
      <peer-question-box></peer-question-box>
    </peer-config>
  </main></body>
</html>`);
  try {
    const {context, page, problems} = await watchedPage([server.url, site.url]);
    await page.goto(site.url);
    await widgetsSettled(page, problems);
    const shown = await page.evaluate(() => {
      const el = document.querySelector('peer-question-box') as (HTMLElement & {locale: {lang: string}}) | null;
      return {config: !!customElements.get('peer-config'), lang: el?.locale.lang, text: el?.shadowRoot?.textContent ?? ''};
    });
    assert.equal(shown.config, true);
    assert.equal(shown.lang, 'es');
    assert.match(shown.text, /Enviar mi pregunta/);
    assert.deepEqual(problems, []);
    await context.close();
  } finally {
    site.close();
  }
});
